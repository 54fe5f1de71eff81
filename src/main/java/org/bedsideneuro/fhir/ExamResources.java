package org.bedsideneuro.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.finding.AdverseEffect;
import org.bedsideneuro.domain.finding.AdverseEffects;
import org.bedsideneuro.domain.finding.BodyRegion;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.OrdinalValue;
import org.bedsideneuro.domain.finding.RegionSet;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.score.DistalMotorScore;
import org.bedsideneuro.domain.score.MrcSumScore;
import org.bedsideneuro.domain.score.PegScore;
import org.bedsideneuro.domain.score.ScoreResult;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;

/**
 * One exam or observation: a grouping Observation with hasMember to one Observation per finding
 * (shared/fhir-notes.md "Modelling", observation.html#obsgrouping), and the MRC sum and distal motor scores as
 * Observations derivedFrom their items. Status: final, or amended for the current version of an amended exam.
 * Voided exams are never exported: the export reads the current versions only, so entered-in-error never appears.
 */
final class ExamResources {
    private final BundleEntries entries;
    private final Patient patient;
    private final String patientUrl;
    /** The grouping Observation of each exported exam version, for flags and provenance. */
    final Map<ExamId, String> parents = new HashMap<>();
    /** The member Observation of each exported finding. */
    final Map<ExamId, Map<FindingKey, String>> members = new HashMap<>();

    ExamResources(BundleEntries entries, Patient patient, String patientUrl) {
        this.entries = entries;
        this.patient = patient;
        this.patientUrl = patientUrl;
    }

    static ObservationStatus status(Exam exam) {
        return exam.amendment() == null ? ObservationStatus.FINAL : ObservationStatus.AMENDED;
    }

    static String parentUrl(ExamId id) {
        return BundleEntries.urn(id.value());
    }

    static String memberUrl(ExamId id, FindingKey key) {
        return BundleEntries.urn("exam:" + id + "/" + key.columnName());
    }

    void add(Exam exam) {
        String performer = PeopleResources.role(entries, exam.recordedBy());
        boolean study = exam.isNerveConductionStudy();
        Observation parent = study
                ? base(exam, performer, LocalCodeSystems.NCS_PANEL, "Nerve conduction study", Section.NCS)
                : exam.isOpioidReview()
                ? base(exam, performer, LocalCodeSystems.REVIEW_PANEL, "Opioid review", Section.REVIEW)
                : base(exam, performer, LocalCodeSystems.panelCode(exam.kind()), exam.kind().label(), Section.STRENGTH);
        parent.addIdentifier().setSystem(FhirCodes.EXAM_VERSION_SYSTEM).setValue(exam.id().toString());
        if (!exam.note().isEmpty()) {
            parent.addNote().setText(study ? FhirBundleReader.LABORATORY + exam.note() : exam.note());
        }
        if (exam.baseline()) {
            parent.addNote().setText("Marked as baseline");
        }
        Map<FindingKey, String> memberUrls = new HashMap<>();
        for (Finding f : exam.findings()) {
            Observation member = member(exam, performer, f);
            NerveConductionValues.addLowerLimit(member, exam, f);
            String url = entries.add(memberUrl(exam.id(), f.key()), member);
            memberUrls.put(f.key(), url);
            parent.addHasMember(BundleEntries.ref(url, f.key().label()));
        }
        Narratives.set(parent, (study ? "Nerve conduction study" : exam.isOpioidReview() ? "Opioid review" : exam.kind().label()) + " by " + exam.recordedBy().signature() + " at " + exam.recordedAt()
                + ": " + exam.findings().size() + " findings");
        String parentUrl = entries.add(parentUrl(exam.id()), parent);
        parents.put(exam.id(), parentUrl);
        members.put(exam.id(), memberUrls);
        score(exam, MrcSumScore.of(exam), LocalCodeSystems.MRC_SUM, memberUrls, null);
        score(exam, DistalMotorScore.of(exam), LocalCodeSystems.DISTAL_MOTOR, memberUrls,
                "BedsideNeuro's own, not a validated scale (shared/clinical-reference.md section 1)");
        peg(exam, memberUrls);
    }

    /** The PEG score (mean of its three items) as an Observation derived from them; only when all three are there. */
    private void peg(Exam exam, Map<FindingKey, String> memberUrls) {
        PegScore peg = PegScore.of(exam.findings());
        if (!peg.computable()) {
            return;
        }
        Observation o = base(exam, null, LocalCodeSystems.PEG, "PEG score (0-10)", Section.PAIN);
        o.setValue(new Quantity().setValue(peg.mean().orElseThrow()).setSystem(FhirCodes.UCUM).setCode(FhirCodes.UCUM_SCORE).setUnit("score"));
        for (FindingCode item : PegScore.ITEMS) {
            FindingKey key = FindingKey.of(item, null);
            o.addDerivedFrom(BundleEntries.ref(memberUrls.get(key), key.label()));
        }
        o.addNote().setText(PegScore.SOURCE);
        Narratives.set(o, peg.display());
        entries.add(BundleEntries.urn("exam:" + exam.id() + "/" + LocalCodeSystems.PEG), o);
    }

    private Observation base(Exam exam, String performer, String code, String display, Section section) {
        Observation o = new Observation();
        o.setStatus(status(exam));
        // The eGFR is a lab value, a nerve conduction study an electrodiagnostic procedure (observation-category
        // "procedure"), the PEG and pain scores the patient's answers ("survey"); everything else was found at the
        // bedside ("exam").
        String category = section == Section.LAB ? "laboratory" : section == Section.NCS ? "procedure" : section == Section.PAIN ? "survey" : "exam";
        String categoryDisplay = section == Section.LAB ? "Laboratory" : section == Section.NCS ? "Procedure" : section == Section.PAIN ? "Survey" : "Exam";
        o.addCategory(BundleEntries.concept(FhirCodes.OBSERVATION_CATEGORY, category, categoryDisplay));
        o.setCode(BundleEntries.concept(LocalCodeSystems.OBSERVATION, code, display));
        o.setSubject(BundleEntries.ref(patientUrl, patient.displayName()));
        o.setEffective(BundleEntries.dateTime(exam.recordedAt()));
        if (performer != null) {
            o.addPerformer(BundleEntries.ref(performer, PeopleResources.display(exam.recordedBy())));
        }
        return o;
    }

    private Observation member(Exam exam, String performer, Finding f) {
        Observation o = base(exam, performer, f.code().code(), f.code().label(), f.code().section());
        FindingMapping.externalCode(f.code()).ifPresent(c -> o.getCode().addCoding(BundleEntries.external(FhirCodes.SNOMED, c)));
        FindingMapping.site(f.code()).ifPresent(site -> o.setBodySite(bodySite(site, f.side())));
        if (f.value() instanceof RegionSet regions) {
            // A set of regions is not one concept: one component per region (obs-7 allows no value beside them).
            for (BodyRegion region : BodyRegion.values()) {
                if (regions.contains(region)) {
                    o.addComponent().setCode(BundleEntries.concept(LocalCodeSystems.OBSERVATION, f.code().code(), f.code().label()))
                            .setValue(BundleEntries.concept(LocalCodeSystems.BODY_REGION, region.code(), region.label()));
                }
            }
        } else if (f.value() instanceof AdverseEffects effects) {
            // As the regions: one component per adverse effect named ("none" is one component of its own).
            for (AdverseEffect effect : AdverseEffect.values()) {
                if (effects.effects().contains(effect)) {
                    o.addComponent().setCode(BundleEntries.concept(LocalCodeSystems.OBSERVATION, f.code().code(), f.code().label()))
                            .setValue(BundleEntries.concept(LocalCodeSystems.ADVERSE_EFFECT, effect.code(), effect.label()));
                }
            }
        } else if (f.value() instanceof NumericValue n) {
            String unit = NerveConductionValues.ucumUnit(f.code().scale());
            o.setValue(new Quantity().setValue(n.value()).setSystem(FhirCodes.UCUM).setCode(unit).setUnit(unit));
        } else {
            Coding coding = new Coding(LocalCodeSystems.valueSystem(f.code().scale()), f.value().code(), f.value().label());
            if (f.value() instanceof OrdinalValue ordinal) {
                coding.addExtension(FhirCodes.EXT_ORDINAL_VALUE, new DecimalType(ordinal.rank()));
            }
            o.setValue(new CodeableConcept().addCoding(coding).setText(f.value().label()));
        }
        if (!f.note().isEmpty()) {
            o.addNote().setText(f.note());
        }
        Narratives.set(o, f.key().label() + ": " + f.value().label());
        return o;
    }

    /** The muscle or site, with the side through a BodyStructure (one per patient, site and side). */
    private CodeableConcept bodySite(BodySite site, Side side) {
        CodeableConcept concept = siteConcept(site);
        if (side != null) {
            concept.addExtension(FhirCodes.EXT_BODY_SITE, BundleEntries.ref(bodyStructure(site, side), site.label() + ", " + side.label()));
        }
        return concept;
    }

    private static CodeableConcept siteConcept(BodySite site) {
        CodeableConcept concept = BundleEntries.concept(LocalCodeSystems.BODY_SITE, site.code(), site.label());
        site.snomed().ifPresent(c -> concept.addCoding(BundleEntries.external(FhirCodes.SNOMED, c)));
        return concept;
    }

    private String bodyStructure(BodySite site, Side side) {
        String url = BundleEntries.urn("body-structure:" + patient.id().value() + "/" + site.code() + "/" + side.code());
        if (!entries.has(url)) {
            BodyStructure b = new BodyStructure();
            b.setActive(true);
            b.setLocation(siteConcept(site));
            // shared/fhir-notes.md, row "left / right (SNOMED CT qualifier)": 7771000 left, 24028007 right.
            b.addLocationQualifier(new CodeableConcept().addCoding(BundleEntries.external(FhirCodes.SNOMED, FhirCodes.laterality(side)))
                    .setText(side.label()));
            b.setPatient(BundleEntries.ref(patientUrl, patient.displayName()));
            Narratives.set(b, site.label() + ", " + side.label().toLowerCase(Locale.ROOT));
            entries.add(url, b);
        }
        return url;
    }

    /** A computable score as an Observation derived from its item Observations; "not computable" is not exported. */
    private void score(Exam exam, ScoreResult result, String code, Map<FindingKey, String> memberUrls, String note) {
        OptionalInt value = result.value();
        if (value.isEmpty()) {
            return;
        }
        Observation o = base(exam, null, code, result.score().label(), Section.STRENGTH);
        o.setValue(new Quantity().setValue(value.getAsInt()).setSystem(FhirCodes.UCUM).setCode(FhirCodes.UCUM_SCORE).setUnit("score"));
        List<FindingKey> items = result.score().items();
        for (FindingKey item : items) {
            o.addDerivedFrom(BundleEntries.ref(memberUrls.get(item), item.label()));
        }
        o.addNote().setText(result.score().source());
        if (note != null) {
            o.addNote().setText(note);
        }
        Narratives.set(o, result.display());
        entries.add(BundleEntries.urn("exam:" + exam.id() + "/" + code), o);
    }
}
