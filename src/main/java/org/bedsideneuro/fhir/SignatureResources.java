package org.bedsideneuro.fhir;

import java.util.Date;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;

/**
 * A signed exam (an opioid review, a study) as a Provenance whose target is the exam's grouping Observation and whose
 * {@code signature} says who signed, when and in what capacity. The signature is the app's (password re-entered, 21
 * CFR 11.200); no cryptographic signature data travels, so the Provenance states the signing, it does not prove it.
 */
final class SignatureResources {
    /** ASTM E1762-95 signature types, the R4 Signature.type value set (SignatureTypeCodes). */
    static final String ASTM_SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";

    private SignatureResources() {
    }

    static void add(BundleEntries entries, Exam exam, Signature s, ExamResources exams) {
        String target = exams.parents.get(exam.id());
        if (target == null) {
            return; // the exam is not in this export's period
        }
        Clinician signer = new Clinician(s.signerId(), s.signerName(), s.signerRole());
        Reference who = BundleEntries.ref(PeopleResources.role(entries, signer), signer.signature());
        Provenance p = new Provenance();
        p.addTarget(BundleEntries.ref(target, exam.kind().label() + " " + exam.id()));
        p.setRecorded(Date.from(s.signedAt()));
        p.addAgent().setType(BundleEntries.concept(FhirCodes.PROVENANCE_AGENT_TYPE, "attester", "Attester")).setWho(who);
        p.addSignature().addType(type(s.meaning())).setWhen(Date.from(s.signedAt())).setWho(who.copy());
        Narratives.set(p, "Signed by " + signer.signature() + " at " + s.signedAt() + ", meaning: " + s.meaning().code());
        entries.add(BundleEntries.urn("signature:" + exam.id() + "/" + s.signerId() + "/" + s.signedAt().toEpochMilli()), p);
    }

    /**
     * The signature's meaning as an ASTM E1762-95 type: author 1.2.840.10065.1.12.1.1 (Author's Signature), review
     * 1.2.840.10065.1.12.1.13 (Review Signature), approval 1.2.840.10065.1.12.1.5 (Verification Signature: the
     * nearest the table has to an approval of content someone else wrote).
     */
    static Coding type(SignatureMeaning meaning) {
        return switch (meaning) {
            case AUTHOR -> new Coding(ASTM_SIGNATURE_TYPE, "1.2.840.10065.1.12.1.1", "Author's Signature");
            case REVIEW -> new Coding(ASTM_SIGNATURE_TYPE, "1.2.840.10065.1.12.1.13", "Review Signature");
            case APPROVAL -> new Coding(ASTM_SIGNATURE_TYPE, "1.2.840.10065.1.12.1.5", "Verification Signature");
        };
    }
}
