package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.persistence.ChainProblem;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.RecordConflictException;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class SigningServiceTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-001");
    private Database db;
    private Account ada;
    private Account ben;
    private Exam exam;
    private SigningService signing;

    @BeforeEach
    void open() {
        db = backend.open(dir, "ward", clock);
        db.write(s -> {
            Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
            ada = s.accounts().create("Dr Ada Testwell", new LoginName("ada"), EnumSet.of(AccountRole.NEUROLOGIST), "ada-password".toCharArray(), false, it);
            ben = s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "ben-password".toCharArray(), false, it);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada.clinician());
            exam = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00Z"), ada.clinician(),
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
            s.exams().add(exam, ada.clinician());
            return null;
        });
        signing = new SigningService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Signature> signatures(ExamId id) {
        List<Signature> found = db.read(s -> s.signatures().forExam(id));
        return found;
    }

    @Test
    void aNeurologistSignsWithTheirPasswordAndTheSignatureSaysWhoWhenAndWhatItMeans() {
        Signature signed = signing.sign(exam.id(), ada, "ada-password".toCharArray());
        assertThat(signed.text(ZoneId.of("Europe/Warsaw"))).isEqualTo("Signed by Dr Ada Testwell, neurologist, 2026-03-01 11:00 \u2014 meaning: author");
        assertThat(signatures(exam.id())).containsExactly(signed);
        Boolean awaiting = db.read(s -> s.signatures().awaitingSignature(exam.id()));
        assertThat(awaiting).isFalse();
        Optional<ChainProblem> chain = db.read(s -> s.chain().verify());
        assertThat(chain).isEmpty();
    }

    @Test
    void aWrongPasswordOrANurseSignsNothingAndThePasswordIsInNoMessage() {
        assertThatThrownBy(() -> signing.sign(exam.id(), ada, "ada-passw0rd".toCharArray()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("The password is not correct: the exam was not signed.");
        assertThatThrownBy(() -> signing.sign(exam.id(), ben, "ben-password".toCharArray()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only a neurologist").hasMessageNotContaining("ben-password");
        assertThatThrownBy(() -> db.write(s -> s.signatures().add(exam.id(), ben.clinician(), SignatureMeaning.AUTHOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> db.write(s -> s.signatures().add(exam.id(), db.write(t -> t.clinicians().findOrCreate("os:it", Role.OTHER)),
                SignatureMeaning.AUTHOR))).as("the command line cannot sign").isInstanceOf(AccessDeniedException.class);
        assertThat(signatures(exam.id())).isEmpty();
    }

    @Test
    void anAmendedSignedExamNeedsANewSignatureAndTheSignedOriginalStaysVisible() {
        signing.sign(exam.id(), ada, "ada-password".toCharArray());
        Exam amended = exam.amend(exam.findings(), "re-tested", ada.clinician(), clock.instant(), "typo");
        Signature again = signing.saveAndSign(amended, ada.clinician(), "ada-password".toCharArray(), s -> null);
        assertThat(again.examId()).isEqualTo(amended.id());
        Boolean awaiting = db.read(s -> s.signatures().awaitingSignature(amended.id()));
        assertThat(awaiting).isFalse();
        assertThatThrownBy(() -> signing.sign(exam.id(), ada, "ada-password".toCharArray())).isInstanceOf(RecordConflictException.class)
                .hasMessageContaining("newest version");
        Map<ExamId, List<Signature>> all = db.read(s -> s.signatures().forPatient(mrn));
        assertThat(all).containsOnlyKeys(exam.id(), amended.id());
        List<RecordedExam> history = db.read(s -> s.exams().history(mrn));
        assertThat(history).extracting(r -> r.exam().id() + " " + r.status())
                .containsExactlyInAnyOrder(exam.id() + " AMENDED", amended.id() + " CURRENT");
        Optional<ChainProblem> chain = db.read(s -> s.chain().verify());
        assertThat(chain).isEmpty();
    }

    /** Below the UI: a plain amend() of a signed exam, or one with a wrong password, saves nothing. */
    @Test
    void amendingASignedExamWithoutASignatureIsRefusedBelowTheUi() {
        signing.sign(exam.id(), ada, "ada-password".toCharArray());
        Exam amended = exam.amend(exam.findings(), "re-tested", ada.clinician(), clock.instant(), "typo");
        assertThatThrownBy(() -> db.write(s -> { s.exams().amend(amended); return null; }))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("This exam is signed (Signed by Dr Ada Testwell, neurologist, 2026-03-01 10:00 \u2014 meaning: author):"
                        + " an amendment must be signed too, with your password (Save and sign\u2026). Nothing was saved.");
        char[] wrong = "ada-passw0rd".toCharArray();
        assertThatThrownBy(() -> signing.saveAndSign(amended, ada.clinician(), wrong, s -> null))
                .isInstanceOf(AccessDeniedException.class).hasMessageStartingWith("The password is not correct: nothing was saved")
                .hasMessageNotContaining("ada-passw0rd");
        Optional<Exam> stillOne = db.read(s -> s.exams().current(mrn).stream().findFirst());
        assertThat(stillOne).get().extracting(Exam::id).isEqualTo(exam.id());
        List<AccessEntry> failures = db.read(s -> s.accessLog().find(null, "ada", null, null));
        assertThat(failures).extracting(AccessEntry::detail).contains("wrong password when signing a new exam version");
        Exam bensTry = exam.amend(exam.findings(), "", ben.clinician(), clock.instant(), "typo");
        assertThatThrownBy(() -> signing.saveAndSign(bensTry, ben.clinician(), "ben-password".toCharArray(), s -> null))
                .as("a nurse neither amends nor signs an exam").isInstanceOf(AccessDeniedException.class);
        Optional<ChainProblem> chain = db.read(s -> s.chain().verify());
        assertThat(chain).isEmpty();
    }

    @Test
    void anUnsignedExamIsStillAmendedAsBeforeAndANewExamIsSavedAndSignedInOneStep() {
        Exam amended = exam.amend(exam.findings(), "re-tested", ada.clinician(), clock.instant(), "typo");
        db.write(s -> { s.exams().amend(amended); return null; });
        Exam second = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:30:00Z"), ada.clinician(),
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE)), "");
        signing.saveAndSign(second, ada.clinician(), "ada-password".toCharArray(), s -> null);
        assertThat(signatures(second.id())).singleElement().extracting(Signature::signerName).isEqualTo("Dr Ada Testwell");
    }

    @Test
    void aSignatureChangedWithPlainSqlBreaksTheChain() throws Exception {
        signing.sign(exam.id(), ada, "ada-password".toCharArray());
        try (Connection c = Backend.raw(backend.location(dir, "ward")); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE exam_signature SET meaning = 'review'");
        }
        ChainProblem p = db.<Optional<ChainProblem>>read(s -> s.chain().verify()).orElseThrow();
        assertThat(p.entity()).isEqualTo("signature");
        assertThat(p.patientId()).isEqualTo("SYN-001");
    }

    @Test
    void aDisabledAccountDoesNotSignEvenWithItsPassword() {
        db.write(s -> {
            Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
            s.accounts().create("Dr Cy Admin", new LoginName("cy"), EnumSet.of(AccountRole.ADMINISTRATOR), "cy-password".toCharArray(), false, it);
            Clinician cy = s.accounts().find(new LoginName("cy")).orElseThrow().clinician();
            s.accounts().setDisabled(ada.login(), true, cy);
            return null;
        });
        assertThatThrownBy(() -> signing.sign(exam.id(), ada, "ada-password".toCharArray())).isInstanceOf(AccessDeniedException.class);
        assertThat(signatures(exam.id())).isEmpty();
    }
}
