/**
 * Nerve conduction studies read as a clinician reads them (shared/clinical-reference.md section 9): a study is a record
 * of ncs.* findings (an {@link org.bedsideneuro.domain.exam.Exam}: the examiner is who recorded it, the laboratory its
 * note); each value is judged against its own study's lower limit of normal, never one carried over from another
 * study; amplitudes are compared across studies as a fall from the first study. The flags built on these live in
 * {@code domain.trend}. Pure Java: no JavaFX, no SQL, no I/O.
 */
package org.bedsideneuro.domain.ncs;
