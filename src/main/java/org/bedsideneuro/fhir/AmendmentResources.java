package org.bedsideneuro.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.bedsideneuro.domain.exam.Amendment;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingKey;
import org.hl7.fhir.r4.model.Provenance;

/**
 * An amendment as a Provenance (shared/fhir-notes.md "Modelling": amendments): target the amended exam's Observation
 * and the findings that changed, recorded when, activity UPDATE, the amending clinician as author, the reason, and
 * the superseded version as a revision entity. The superseded version is not in the Bundle (the export carries the
 * current record), so the entity names it by its version identifier and lists what changed.
 */
final class AmendmentResources {
    private AmendmentResources() {
    }

    static void add(BundleEntries entries, Exam exam, List<RecordedExam> history, ExamResources exams) {
        Amendment a = exam.amendment();
        Optional<Exam> previous = history.stream().map(RecordedExam::exam).filter(e -> e.id().equals(a.supersedes())).findFirst();
        List<FindingKey> changed = previous.map(p -> changes(p, exam)).orElse(List.of());

        Provenance p = new Provenance();
        p.addTarget(BundleEntries.ref(exams.parents.get(exam.id()), exam.kind().label() + " " + exam.id()));
        Map<FindingKey, String> members = exams.members.get(exam.id());
        for (FindingKey key : changed) {
            if (members.containsKey(key)) {
                p.addTarget(BundleEntries.ref(members.get(key), key.label()));
            }
        }
        p.setRecorded(Date.from(a.at()));
        p.setActivity(BundleEntries.concept(FhirCodes.DATA_OPERATION, "UPDATE", "revise"));
        p.addAgent().setType(BundleEntries.concept(FhirCodes.PROVENANCE_AGENT_TYPE, "author", "Author"))
                .setWho(BundleEntries.ref(PeopleResources.role(entries, a.by()), a.by().signature()));
        p.addReason().setText(a.reason());
        String what = previous.map(prev -> describe(prev, exam, changed)).orElse("earlier version " + a.supersedes());
        p.addEntity().setRole(Provenance.ProvenanceEntityRole.REVISION)
                .setWhat(BundleEntries.byIdentifier(FhirCodes.EXAM_VERSION_SYSTEM, a.supersedes().toString(), what));
        Narratives.set(p, a.by().signature() + " amended on " + a.at() + " (" + a.reason() + "): " + what);
        entries.add(BundleEntries.urn("provenance:" + exam.id()), p);
    }

    /** Findings added, removed or given another value (a note alone is not a change of value). */
    static List<FindingKey> changes(Exam before, Exam after) {
        TreeSet<FindingKey> keys = new TreeSet<>();
        before.findings().forEach(f -> keys.add(f.key()));
        after.findings().forEach(f -> keys.add(f.key()));
        List<FindingKey> changed = new ArrayList<>();
        for (FindingKey key : keys) {
            Optional<Finding> b = before.finding(key);
            Optional<Finding> n = after.finding(key);
            if (b.isEmpty() || n.isEmpty() || !b.get().value().equals(n.get().value()) || !b.get().note().equals(n.get().note())) {
                changed.add(key);
            }
        }
        return changed;
    }

    private static String describe(Exam before, Exam after, List<FindingKey> changed) {
        List<String> parts = new ArrayList<>();
        for (FindingKey key : changed) {
            String was = before.finding(key).map(f -> f.value().label()).orElse("not recorded");
            String now = after.finding(key).map(f -> f.value().label()).orElse("removed");
            parts.add(key.label() + " " + was + " -> " + now);
        }
        return "Earlier version " + before.id() + " by " + before.recordedBy().signature()
                + (parts.isEmpty() ? "; no finding changed" : "; changed: " + String.join("; ", parts));
    }
}
