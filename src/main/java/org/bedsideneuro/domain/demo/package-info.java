/**
 * A synthetic demo ward (fictional patients, clinicians, exams and orders) built entirely through the domain types,
 * so it always passes validation. Deterministic for a given clock and seed; everything lies strictly before the
 * clock's instant. Used for demos, screenshots and tests; never real patient data. Pure Java.
 */
package org.bedsideneuro.domain.demo;
