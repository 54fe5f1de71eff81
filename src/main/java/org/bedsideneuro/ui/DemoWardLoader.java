package org.bedsideneuro.ui;

import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.persistence.Database;

/**
 * Fills an empty database with the demo ward (invented patients and exams), supplied by the app wiring: the UI
 * only offers it on first run and calls it off the FX thread. Throw with a plain-language message on failure.
 */
@FunctionalInterface
public interface DemoWardLoader {
    void load(Database db, Clinician by) throws Exception;
}
