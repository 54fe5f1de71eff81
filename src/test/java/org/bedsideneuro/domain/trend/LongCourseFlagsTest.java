package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamTimeOrder;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Side;
import org.junit.jupiter.api.Test;

/**
 * Pins the flag rules to what they gave before they were rewritten for speed: the file holds the flags of
 * {@link LongCourse} as the straightforward rules computed them (each exam's day converted at every check, a sort per
 * question, a HashMap of exams per finding), generated once from that code.
 */
class LongCourseFlagsTest {
    private static final LongCourse COURSE = new LongCourse();

    @Test
    void theRulesGiveExactlyTheFlagsTheyGaveBeforeTheirRewrite() throws IOException {
        List<String> pinned;
        try (InputStream in = LongCourseFlagsTest.class.getResourceAsStream("long-course-flags.txt")) {
            pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(pinned).hasSizeGreaterThan(1000);
        assertThat(COURSE.flagLines()).containsExactlyElementsOf(pinned);
    }

    @Test
    void examsAreOrderedExactlyAsTheComparatorOrdersThem() {
        List<Exam> shuffled = COURSE.exams;
        assertThat(ExamTimeOrder.byTime(shuffled)).containsExactlyElementsOf(
                shuffled.stream().sorted(Comparator.comparing(e -> e.recordedAt().toInstant())).toList());
        assertThat(ExamTimeOrder.byTimeThenId(shuffled)).containsExactlyElementsOf(shuffled.stream()
                .sorted(Comparator.comparing((Exam e) -> e.recordedAt().toInstant()).thenComparing(e -> e.id().toString())).toList());
        List<Exam> sorted = ExamTimeOrder.byTime(shuffled);
        assertThat(ExamTimeOrder.byTime(sorted)).containsExactlyElementsOf(sorted);
    }

    @Test
    void theTimelineIndexesEveryFindingAsAScanWould() {
        PatientTimeline timeline = PatientTimeline.of(Ward.PATIENT, COURSE.exams, List.of(), COURSE.mme, LongCourse.ZONE);
        for (FindingCode code : FindingCode.values()) {
            for (Side side : code.sided() ? Side.values() : new Side[] {null}) {
                FindingKey key = FindingKey.of(code, side);
                List<Exam> recording = timeline.exams().stream().filter(e -> e.finding(key).isPresent()).toList();
                assertThat(timeline.examsRecording(key)).containsExactlyElementsOf(recording);
                Exam baseline = recording.stream().filter(Exam::baseline).reduce((a, b) -> b)
                        .orElse(recording.isEmpty() ? null : recording.get(0));
                assertThat(timeline.baselineFor(key).orElse(null)).isSameAs(baseline);
            }
        }
        for (int i = 0; i < timeline.exams().size(); i++) {
            Exam e = timeline.exams().get(i);
            assertThat(timeline.dateAt(i)).isEqualTo(e.recordedAt().atZoneSameInstant(LongCourse.ZONE).toLocalDate());
            assertThat(timeline.instantAt(i)).isEqualTo(e.recordedAt().toInstant());
        }
    }
}
