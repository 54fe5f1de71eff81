/**
 * The clinical domain: patients, clinicians, findings and their scales, exams and observations, medication orders.
 * Plain Java records and enums; no JavaFX, no SQL, no I/O. Every other layer depends on this one, never the reverse
 * (ArchitectureTest).
 */
package org.bedsideneuro.domain;
