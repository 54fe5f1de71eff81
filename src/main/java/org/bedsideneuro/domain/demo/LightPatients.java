package org.bedsideneuro.domain.demo;

import static org.bedsideneuro.domain.demo.Findings.concat;
import static org.bedsideneuro.domain.demo.Findings.jerks;
import static org.bedsideneuro.domain.demo.Findings.oin;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Route;

/**
 * The rest of the demo ward: a few normal exams and one or two orders each, varied by the seed. Bed 5 is the story
 * of {@link RisingMyoclonusStory} and bed 8 of {@link PostOperativePcaStory}, so their places are left to them.
 */
final class LightPatients {
    private static final String[][] NAMES = {{"Mockford", "Dario"}, {"Fictive", "Elsa"}, {"Specimen", "Fritz"},
            {"Dummy", "Greta"}, {"Testcase", "Hugo"}, {"Imaginary", "Ines"}, {"Madeup", "Jonas"}};
    private static final String[][] REGIMENS = {{"morphine", "10", "4"}, {"oxycodone", "5", "4"}, {"hydromorphone", "2", "6"},
            {"tramadol", "50", "4"}, {"codeine", "30", "4"}, {"hydrocodone", "10", "3"}, {"tapentadol", "50", "2"}};

    /** The index in {@link #NAMES} whose patient {@link RisingMyoclonusStory} builds. */
    static final int RISING_MYOCLONUS = 1;
    /** The index in {@link #NAMES} whose patient {@link PostOperativePcaStory} builds. */
    static final int POST_OPERATIVE = 4;

    private LightPatients() {
    }

    static void build(DemoBuilder b, Clinician neurologist, Clinician nurse) {
        Random random = new Random(b.seed);
        for (int i = 0; i < NAMES.length; i++) {
            if (i == RISING_MYOCLONUS || i == POST_OPERATIVE) {
                continue;
            }
            Patient p = b.patient(4 + i, NAMES[i][0], NAMES[i][1], 40 + random.nextInt(45), 1 + random.nextInt(12),
                    i % 2 == 0 ? Sex.MALE : Sex.FEMALE, String.valueOf(4 + i));
            int startDaysAgo = 20 + random.nextInt(100);
            String[] regimen = REGIMENS[random.nextInt(REGIMENS.length)];
            b.oral(p, regimen[0], regimen[1], regimen[2], b.at(startDaysAgo, 9, 0), null, "");
            if (i == 2) {
                b.order(p, "buprenorphine", "10", DoseUnit.MCG_PER_HOUR, Route.TRANSDERMAL, "1", b.at(startDaysAgo, 9, 0), null,
                        "not counted in MME");
            }
            if (i == 4) {
                b.oral(p, "pregabalin", "75", "2", b.at(startDaysAgo, 9, 0), null, "");
            }
            int exams = 1 + random.nextInt(3);
            for (int e = 0; e < exams; e++) {
                int daysAgo = Math.max(1, startDaysAgo - 2 - e * (5 + random.nextInt(20)));
                b.exam(p, b.at(daysAgo, 9 + random.nextInt(8), 15 * random.nextInt(4)), neurologist, new NeuroExam().findings(), "", e == 0);
            }
            b.exam(p, b.at(1 + random.nextInt(5), 14, 0), nurse, concat(jerks(0, 5 + random.nextInt(11), MyoclonusDistribution.NONE),
                    oin(PossLevel.AWAKE, CamResult.NEGATIVE, false, false, false)), "", false);
            // A ward that reviews its opioids (clinical reference section 8): whoever has had one for four weeks had a
            // review within the last month, so the overdue reviews on the demo's ward list are the stories' own.
            if (startDaysAgo >= 29) {
                b.exam(p, b.at(Math.min(startDaysAgo - 28, 20 + i), 11, 30), neurologist, Findings.review("same", "none", "continue"), "", false);
            }
        }
    }

    static List<String> familyNames() {
        return Arrays.stream(NAMES).map(n -> n[0]).toList();
    }
}
