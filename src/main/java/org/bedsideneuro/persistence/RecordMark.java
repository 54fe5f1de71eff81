package org.bedsideneuro.persistence;

/**
 * What a patient's clinical record looks like from outside, cheaply: how many exam versions, withdrawals, orders and
 * stopped orders it holds, and when the patient's details last changed. Exams, withdrawals and orders are only ever
 * inserted and an order is only ever stopped once, so two equal marks of one database mean an unchanged record: a
 * cache of something computed from the record (the ward's flags column) can be kept while its mark stays.
 */
public record RecordMark(long examVersions, long withdrawals, long orders, long stoppedOrders, long patientUpdatedAt) {
}
