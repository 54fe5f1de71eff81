package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.patient.PatientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDraftsTest {
    @TempDir
    Path dir;

    private final ClinicianId ada = ClinicianId.parse(UUID.randomUUID().toString());
    private final ClinicianId ben = ClinicianId.parse(UUID.randomUUID().toString());

    private Draft draft(ClinicianId author, String text, Instant at) {
        return new Draft(UUID.randomUUID(), author, new PatientId("SYN-007"), "exam", ExamId.random(),
                Map.of("strength.hip_flexion.L", text, "note", "line one\nline two = with equals\\ and a backslash"), at);
    }

    @Test
    void keepsDraftsPerAuthorExactlyAsTypedNewestFirst() {
        LocalDrafts drafts = LocalDrafts.in(dir);
        Draft older = draft(ada, "4", Instant.parse("2026-03-01T10:00:00Z"));
        Draft newer = draft(ada, "4-", Instant.parse("2026-03-01T10:05:00Z"));
        drafts.save(older);
        drafts.save(newer);
        drafts.save(draft(ben, "5", Instant.parse("2026-03-01T10:06:00Z")));

        assertThat(drafts.byAuthor(ada)).containsExactly(newer, older);
        assertThat(LocalDrafts.in(dir).byAuthor(ben)).hasSize(1);
    }

    @Test
    void savingAgainReplacesTheDraftAndDeleteForgetsIt() {
        LocalDrafts drafts = LocalDrafts.in(dir);
        Draft first = draft(ada, "4", Instant.parse("2026-03-01T10:00:00Z"));
        drafts.save(first);
        Draft typedOn = first.withFields(Map.of("strength.hip_flexion.L", "3"), Instant.parse("2026-03-01T10:01:00Z"));
        drafts.save(typedOn);
        assertThat(drafts.byAuthor(ada)).containsExactly(typedOn);

        drafts.delete(ada, first.id());
        assertThat(drafts.byAuthor(ada)).isEmpty();
    }

    @Test
    void filesAreTheUsersOnlyAndNoTemporaryFileIsLeft() throws Exception {
        LocalDrafts drafts = LocalDrafts.in(dir);
        Draft d = draft(ada, "4", Instant.parse("2026-03-01T10:00:00Z"));
        drafts.save(d);
        Path folder = dir.resolve(ada.toString());
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(d.id() + ".draft");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(d.id() + ".draft")))).isEqualTo("rw-------");
    }

    @Test
    void anUnreadableFileIsSkippedNotFatal() throws Exception {
        LocalDrafts drafts = LocalDrafts.in(dir);
        drafts.save(draft(ada, "4", Instant.parse("2026-03-01T10:00:00Z")));
        Files.writeString(dir.resolve(ada.toString()).resolve(UUID.randomUUID() + ".draft"), "id=not-a-uuid\n");
        assertThat(drafts.byAuthor(ada)).hasSize(1);
    }

    @Test
    void noneKeepsNothing() {
        assertThat(LocalDrafts.none().keeps()).isFalse();
        assertThat(LocalDrafts.none().byAuthor(ada)).isEmpty();
    }
}
