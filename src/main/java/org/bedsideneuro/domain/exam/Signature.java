package org.bedsideneuro.domain.exam;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.clinician.Role;

/**
 * A neurologist's electronic signature of one exam version. Carries the signer's printed name and
 * role as they were at signing, the time, and the meaning (21 CFR 11.50(a)); it belongs to exactly this version
 * (11.70): an amendment is a new version and needs a new signature.
 */
public record Signature(ExamId examId, ClinicianId signerId, String signerName, Role signerRole, Instant signedAt, SignatureMeaning meaning) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public Signature {
        Objects.requireNonNull(examId, "exam");
        Objects.requireNonNull(signerId, "signer");
        Objects.requireNonNull(signerName, "signer's name");
        Objects.requireNonNull(signerRole, "signer's role");
        Objects.requireNonNull(signedAt, "signed at");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** "Signed by Dr Ada Testwell, neurologist, 2026-03-01 10:00 — meaning: author", in {@code zone}'s local time. */
    public String text(ZoneId zone) {
        return "Signed by " + signerName + ", " + signerRole.code() + ", " + WHEN.format(signedAt.atZone(zone)) + " \u2014 meaning: " + meaning.code();
    }
}
