/**
 * The patient page: who the patient is, every exam and observation recorded for them (newest first, amended and
 * voided versions kept and marked), and the findings of the one selected, grouped by exam section.
 * {@link org.bedsideneuro.ui.patient.PatientViewModel} holds it all without Nodes; {@link org.bedsideneuro.ui.patient.PatientView} binds.
 */
package org.bedsideneuro.ui.patient;
