package org.bedsideneuro.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.AdverseEffect;
import org.bedsideneuro.domain.finding.AdverseEffectsScale;
import org.bedsideneuro.domain.finding.AmplitudeScale;
import org.bedsideneuro.domain.finding.BodyRegion;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.finding.CodedScale;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NoResponse;
import org.bedsideneuro.domain.finding.OrdinalValue;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.RegionSetScale;
import org.bedsideneuro.domain.finding.Scale;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.score.DistalMotorScore;
import org.bedsideneuro.domain.score.MrcSumScore;
import org.bedsideneuro.domain.score.PegScore;
import org.bedsideneuro.domain.trend.FlagCode;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * BedsideNeuro's CodeSystems, generated from the domain enums so that a grade, a finding or a flag is defined once
 * (in the domain) and the Bundle carries the definitions of every local code it uses. Ordered scales carry the
 * ordinalValue extension on each concept (shared/fhir-notes.md "Modelling": graded findings).
 */
public final class LocalCodeSystems {
    /** Observation codes: the exam and observation panels, every finding, the scores and the daily MME. */
    public static final String OBSERVATION = FhirCodes.CODE_SYSTEM_BASE + "observation";
    public static final String BODY_SITE = FhirCodes.CODE_SYSTEM_BASE + "body-site";
    public static final String BODY_REGION = FhirCodes.CODE_SYSTEM_BASE + "body-region";
    /** "absent": no response on a nerve conduction study, a value of its own (clinical reference section 9). */
    public static final String NO_RESPONSE = FhirCodes.CODE_SYSTEM_BASE + "no-response";
    /** The grouping Observation of a nerve conduction study (a record of ncs.* findings). */
    public static final String NCS_PANEL = "panel.nerve_conduction_study";
    public static final String ADVERSE_EFFECT = FhirCodes.CODE_SYSTEM_BASE + "adverse-effect";
    public static final String CLINICIAN_ROLE = FhirCodes.CODE_SYSTEM_BASE + "clinician-role";
    public static final String DRUG = FhirCodes.CODE_SYSTEM_BASE + "drug";
    public static final String FLAG = FhirCodes.CODE_SYSTEM_BASE + "flag";

    /** Codes of the observations that are not findings. */
    public static final String MRC_SUM = "score.mrc_sum";
    public static final String DISTAL_MOTOR = "score.distal_motor";
    public static final String PEG = "score.peg";
    /** The grouping Observation of an opioid review (a record with a review decision). */
    public static final String REVIEW_PANEL = "panel.opioid_review";
    public static final String DAILY_MME = "mme.daily";

    private LocalCodeSystems() {
    }

    /** "panel.exam" / "panel.observation": the code of a grouping Observation. */
    public static String panelCode(ExamKind kind) {
        return "panel." + kind.code();
    }

    /** The CodeSystem of a coded scale's values, named after its value type: MrcGrade -> .../mrc-grade. */
    public static String valueSystem(Scale scale) {
        if (scale instanceof CodedScale<?> coded) {
            return FhirCodes.CODE_SYSTEM_BASE + kebab(coded.type().getSimpleName());
        }
        if (scale instanceof RegionSetScale) {
            return BODY_REGION;
        }
        if (scale instanceof AmplitudeScale) {
            return NO_RESPONSE;
        }
        if (scale instanceof AdverseEffectsScale) {
            return ADVERSE_EFFECT;
        }
        throw new IllegalArgumentException("A number scale has no code system: its unit is UCUM");
    }

    /** Every coded scale a finding uses, each once, in the order findings first use them. */
    static List<CodedScale<?>> codedScales() {
        Map<Class<?>, CodedScale<?>> scales = new LinkedHashMap<>();
        for (FindingCode code : FindingCode.values()) {
            if (code.scale() instanceof CodedScale<?> coded) {
                scales.putIfAbsent(coded.type(), coded);
            }
        }
        return List.copyOf(scales.values());
    }

    /** New instances every call (HAPI resources are mutable): one per local system. */
    public static List<CodeSystem> all() {
        List<CodeSystem> all = new ArrayList<>();
        all.add(observationCodes());
        for (CodedScale<?> scale : codedScales()) {
            all.add(scale(scale));
        }
        all.add(simple(BODY_REGION, "BodyRegion", "Body regions where myoclonus is seen (clinical reference section 5)",
                Arrays.asList(BodyRegion.values())));
        all.add(simple(NO_RESPONSE, "NoResponse", "No response on a nerve conduction study (clinical reference section 9)",
                Arrays.asList(NoResponse.values())));
        all.add(simple(ADVERSE_EFFECT, "AdverseEffect", "Adverse effects named at an opioid review (clinical reference section 8)",
                Arrays.asList(AdverseEffect.values())));
        all.add(simple(BODY_SITE, "BodySite", "Muscles and sites of sided findings (FindingMapping)", Arrays.asList(BodySite.values())));
        all.add(simple(CLINICIAN_ROLE, "ClinicianRole", "Roles of clinicians on the ward", Arrays.asList(Role.values())));
        all.add(drugs());
        CodeSystem flags = base(FLAG, "Flag", "Decision-support flags of shared/clinical-reference.md sections 7 to 9");
        for (FlagCode f : FlagCode.values()) {
            flags.addConcept().setCode(f.code()).setDisplay(f.code()).setDefinition(f.description());
        }
        all.add(flags);
        return all;
    }

    private static CodeSystem observationCodes() {
        CodeSystem cs = base(OBSERVATION, "Observation", "What BedsideNeuro observes: exam and observation panels, findings, scores, daily MME");
        for (ExamKind kind : ExamKind.values()) {
            cs.addConcept().setCode(panelCode(kind)).setDisplay(kind.label());
        }
        cs.addConcept().setCode(NCS_PANEL).setDisplay("Nerve conduction study");
        cs.addConcept().setCode(REVIEW_PANEL).setDisplay("Opioid review")
                .setDefinition("A record holding a review decision: PEG, function, adverse effects, decision (clinical reference section 8)");
        for (FindingCode code : FindingCode.values()) {
            cs.addConcept().setCode(code.code()).setDisplay(code.label()).setDefinition(code.section().label() + ": " + code.label());
        }
        cs.addConcept().setCode(MRC_SUM).setDisplay(MrcSumScore.DEFINITION.label()).setDefinition(MrcSumScore.DEFINITION.source());
        cs.addConcept().setCode(DISTAL_MOTOR).setDisplay(DistalMotorScore.DEFINITION.label()).setDefinition(DistalMotorScore.DEFINITION.source());
        cs.addConcept().setCode(PEG).setDisplay("PEG score (0-10)").setDefinition("Mean of the three PEG items; " + PegScore.SOURCE);
        cs.addConcept().setCode(DAILY_MME).setDisplay("Daily morphine milligram equivalents")
                .setDefinition("Sum over opioid orders of dose x doses per day x MME factor x fraction of the day run (clinical reference section 6)");
        return cs;
    }

    private static CodeSystem scale(CodedScale<?> scale) {
        String name = scale.type().getSimpleName();
        List<FindingCode> users = Arrays.stream(FindingCode.values()).filter(c -> c.scale() == scale).toList();
        CodeSystem cs = base(valueSystem(scale), name, "Values of " + String.join(", ", users.stream().map(FindingCode::code).toList()));
        for (FindingValue value : scale.values()) {
            ConceptDefinitionComponent concept = cs.addConcept().setCode(value.code()).setDisplay(value.label());
            meaning(value).ifPresent(concept::setDefinition);
            if (value instanceof OrdinalValue ordinal) {
                concept.addExtension(FhirCodes.EXT_ORDINAL_VALUE, new DecimalType(ordinal.rank()));
            }
        }
        return cs;
    }

    private static Optional<String> meaning(FindingValue value) {
        if (value instanceof MrcGrade g) {
            return Optional.of(g.meaning());
        }
        if (value instanceof ReflexGrade g) {
            return Optional.of(g.meaning());
        }
        return Optional.empty();
    }

    /** True for a drug of the DrugCatalog, which has a code in {@link #DRUG}; others travel as text only. */
    static boolean knownDrug(String drug) {
        return DrugCatalog.OPIOIDS.contains(drug) || DrugCatalog.ADJUVANTS.contains(drug);
    }

    private static CodeSystem drugs() {
        CodeSystem cs = base(DRUG, "Drug", "Drugs known to BedsideNeuro by lower-case generic name (DrugCatalog)");
        for (String drug : new TreeSet<>(Stream.concat(DrugCatalog.OPIOIDS.stream(), DrugCatalog.ADJUVANTS.stream()).toList())) {
            cs.addConcept().setCode(drug).setDisplay(drug);
        }
        return cs;
    }

    private static CodeSystem simple(String url, String name, String description, List<? extends Coded> values) {
        CodeSystem cs = base(url, name, description);
        values.forEach(v -> cs.addConcept().setCode(v.code()).setDisplay(v.label()));
        return cs;
    }

    private static CodeSystem base(String url, String name, String description) {
        CodeSystem cs = new CodeSystem();
        cs.setUrl(url);
        cs.setName("BedsideNeuro" + name);
        cs.setTitle("BedsideNeuro " + name);
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setExperimental(false);
        cs.setPublisher("BedsideNeuro");
        cs.setDescription(description);
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        Narratives.set(cs, "BedsideNeuro code system " + url);
        return cs;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
