package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class DraftRepositoryTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aDraftSurvivesReopeningAndComesBackOnlyToItsAuthor() {
        PatientId mrn = new PatientId("SYN-1");
        Clinician author;
        Clinician colleague;
        Draft draft;
        try (Database db = backend.open(dir, "ward", clock)) {
            author = db.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
            colleague = db.write(s -> s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE));
            db.write(s -> {
                s.patients().add(new Patient(mrn, "Sample", "Sam", LocalDate.of(1960, 1, 1), Sex.OTHER, "", ""), author);
                return null;
            });
            Draft first = Draft.start(author.id(), mrn, "exam", null, clock.instant())
                    .withFields(Map.of("strength.ankle_dorsiflexion.L", "4"), clock.instant());
            db.write(s -> { s.drafts().save(first); return null; });
            // typing goes on: the same draft is replaced, never doubled
            draft = first.withFields(Map.of("strength.ankle_dorsiflexion.L", "4+", "note", "line one\nline=two \\ done"), clock.instant());
            Draft latest = draft;
            db.write(s -> { s.drafts().save(latest); return null; });
        }
        try (Database db = backend.open(dir, "ward", clock)) {
            List<Draft> mine = db.read(s -> s.drafts().byAuthor(author.id()));
            assertThat(mine).containsExactly(draft);
            assertThat(mine.get(0).fields()).containsEntry("note", "line one\nline=two \\ done");
            assertThat(db.<List<Draft>>read(s -> s.drafts().byAuthor(colleague.id()))).isEmpty();
            db.write(s -> { s.drafts().delete(draft.id()); return null; });
            assertThat(db.<List<Draft>>read(s -> s.drafts().byAuthor(author.id()))).isEmpty();
        }
    }
}
