package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.report.ProgressSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signature on paper (21 CFR 11.50(b)): the progress summary PDF, as the window's Summary
 * dialog and {@code export-pdf} both write it through {@link SummaryService}, read back with PDFBox's text stripper.
 */
class SignedSummaryPdfTest {
    @TempDir
    Path dir;

    @Test
    void theExportedSummaryNamesWhoSignedEachExamVersionWhenAndWhatItMeans() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:30:00Z"), ZoneId.of("Europe/Warsaw"));
        PatientId mrn = new PatientId("SYN-PDF");
        Path pdf = dir.resolve("summary.pdf");
        try (Database db = Database.open(dir.resolve("ward.db"), clock)) {
            Account ada = db.write(s -> s.accounts().create("Dr Ada Testwell", new LoginName("ada"), EnumSet.of(AccountRole.NEUROLOGIST),
                    "ada-password".toCharArray(), false, s.clinicians().findOrCreate("os:it", Role.OTHER)));
            Clinician by = ada.clinician();
            Exam first = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00Z"), by,
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
            Exam unsigned = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-02T07:00:00Z"), by,
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE)), "");
            db.write(s -> {
                s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), by);
                s.exams().add(first, by);
                s.exams().add(unsigned, by);
                return null;
            });
            SigningService signing = new SigningService(db);
            signing.sign(first.id(), ada, "ada-password".toCharArray());
            Exam amended = first.amend(List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.THREE)), "",
                    by, clock.instant(), "re-tested");
            signing.saveAndSign(amended, by, "ada-password".toCharArray(), s -> null);

            SummaryService summaries = new SummaryService(db, clock, "test");
            ProgressSummary summary = summaries.summary(mrn, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "Dr Ada Testwell").orElseThrow();
            summaries.writePdf(summary, PaperSize.A4, pdf);
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
        }
        String signed = "Signed by Dr Ada Testwell, neurologist, 2026-03-02 09:30 \u2014 meaning: author";
        assertThat(text).contains("Signatures of the exams")
                .contains("Exam of 2026-03-01 10:00 by Dr Ada Testwell (earlier version, since amended)\n" + signed)
                .contains("Exam of 2026-03-01 10:00 by Dr Ada Testwell (current version, corrects an earlier one)\n" + signed)
                .contains("Exam of 2026-03-02 08:00 by Dr Ada Testwell (current version)\nNot signed");
    }
}
