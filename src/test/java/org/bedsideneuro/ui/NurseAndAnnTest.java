package org.bedsideneuro.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the view-model tests (no window) start: Nurse Example and her patient Ann Amberley (MRN-1001, bed 12) on a
 * real SQLite file in a temporary folder, at a fixed clock (1 March 2026, 10:00 UTC), with a background runner, and
 * the toolkit started for the FX thread the view models live on. A subclass adds to the ward in its own
 * {@code @BeforeEach}, which JUnit runs after this one.
 */
public abstract class NurseAndAnnTest {
    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    protected Path dir;
    protected Database db;
    protected final BackgroundRunner runner = new BackgroundRunner();
    protected SyntheticWard ward;
    protected Clinician nurse;
    protected Patient ann;

    @BeforeAll
    static void startToolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void openNurseAndAnn() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        ward = new SyntheticWard(db);
        nurse = ward.clinician("Nurse Example", Role.NURSE);
        ann = ward.patient("MRN-1001", "Amberley", "Ann", LocalDate.of(1950, 3, 2), "12", nurse);
    }

    @AfterEach
    void closeNurseAndAnn() {
        runner.close();
        db.close();
    }
}
