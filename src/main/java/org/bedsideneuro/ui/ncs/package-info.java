/**
 * Nerve conduction studies on the patient page (shared/clinical-reference.md section 9): the study form, typed from the
 * laboratory's report (date and time, laboratory, examiner; per nerve and side the amplitude or "absent" and the
 * conduction velocity, each with the laboratory's lower limit), and the serial flowsheet of studies, newest first.
 * View models hold properties only; the views bind to them; the records are read, and written through the services,
 * on the window's background runner.
 */
package org.bedsideneuro.ui.ncs;
