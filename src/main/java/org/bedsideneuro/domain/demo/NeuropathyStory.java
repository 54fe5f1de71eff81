package org.bedsideneuro.domain.demo;

import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FootDrop;
import org.bedsideneuro.domain.finding.GaitPattern;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.PinprickLevel;
import org.bedsideneuro.domain.finding.PlantarResponse;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.WalkPerformance;
import org.bedsideneuro.domain.finding.WalkingAid;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Route;

/**
 * Story (b): progressive length-dependent distal weakness over months of high-dose opioids: ankle dorsiflexors and
 * peroneals down to 3 and 2, ankle reflexes lost, foot drop with a steppage gait, and in the last exam the wrist
 * extensors weakening too (the hands follow the feet: clinical reference, opening paragraph). Weekly exams, the last
 * one {@link #LAST_EXAM_DAYS_AGO} days before the clock's day, so that the ward list on the day the demo is made shows
 * this week's new flag. The right side lags the left by a week, never by two full grades (a polyneuropathy is
 * symmetric).
 */
final class NeuropathyStory {
    /** Grades by week, from normal to severe weakness. */
    private static final MrcGrade[] DORSIFLEXION = {MrcGrade.FIVE, MrcGrade.FIVE, MrcGrade.FIVE, MrcGrade.FOUR_PLUS,
            MrcGrade.FOUR_PLUS, MrcGrade.FOUR, MrcGrade.FOUR, MrcGrade.FOUR, MrcGrade.FOUR_MINUS, MrcGrade.FOUR_MINUS,
            MrcGrade.THREE, MrcGrade.THREE, MrcGrade.THREE, MrcGrade.THREE, MrcGrade.THREE, MrcGrade.TWO, MrcGrade.TWO,
            MrcGrade.TWO, MrcGrade.TWO, MrcGrade.TWO, MrcGrade.TWO};
    private static final int WEEKS = DORSIFLEXION.length;
    /** Recent enough that the wrist extensors' new weakness is a flag of this week on the ward list. */
    static final int LAST_EXAM_DAYS_AGO = 2;

    private NeuropathyStory() {
    }

    static void build(DemoBuilder b, Clinician neurologist, Clinician otherNeurologist) {
        Patient p = b.patient(2, "Sample", "Bruno", 61, 7, Sex.MALE, "2");
        b.oral(p, "oxycodone", "40", "3", b.at(165, 9, 0), null, "chronic back pain, long-term");
        b.order(p, "fentanyl", "50", DoseUnit.MCG_PER_HOUR, Route.TRANSDERMAL, "1", b.at(120, 9, 0), null, "added for breakthrough");
        b.oral(p, "gabapentin", "300", "3", b.at(100, 9, 0), null, "neuropathic pain");
        for (int week = 0; week < WEEKS; week++) {
            int daysAgo = LAST_EXAM_DAYS_AGO + (WEEKS - 1 - week) * 7;
            int right = Math.max(0, week - 1);
            NeuroExam exam = new NeuroExam()
                    .sides(FindingCode.ANKLE_DORSIFLEXION, DORSIFLEXION[week], DORSIFLEXION[right])
                    .sides(FindingCode.ANKLE_EVERSION, DORSIFLEXION[Math.min(WEEKS - 1, week + 1)], DORSIFLEXION[week])
                    .both(FindingCode.TOE_EXTENSION, week < 6 ? MrcGrade.FIVE : week < 12 ? MrcGrade.FOUR : MrcGrade.THREE)
                    .both(FindingCode.ANKLE_PLANTARFLEXION, week < 10 ? MrcGrade.FIVE : MrcGrade.FOUR)
                    .both(FindingCode.ANKLE_INVERSION, week < 12 ? MrcGrade.FIVE : MrcGrade.FOUR_PLUS)
                    .both(FindingCode.FINGER_ABDUCTION, week < 16 ? MrcGrade.FIVE : MrcGrade.FOUR_PLUS)
                    .both(FindingCode.WRIST_EXTENSION, week < WEEKS - 1 ? MrcGrade.FIVE : MrcGrade.FOUR_PLUS)
                    .both(FindingCode.ACHILLES_REFLEX, week < 4 ? ReflexGrade.LOW_NORMAL : week < 10 ? ReflexGrade.REDUCED : ReflexGrade.ABSENT)
                    .both(FindingCode.PATELLAR_REFLEX, week < 14 ? ReflexGrade.LOW_NORMAL : ReflexGrade.REDUCED)
                    .set(FindingCode.REFLEX_REINFORCEMENT, week < 10 ? YesNo.NO : YesNo.YES)
                    .both(FindingCode.PLANTAR_RESPONSE, week < 15 ? PlantarResponse.FLEXOR : PlantarResponse.ABSENT)
                    .sides(FindingCode.FOOT_DROP, week < 12 ? FootDrop.NONE : week < 17 ? FootDrop.PARTIAL : FootDrop.COMPLETE,
                            week < 13 ? FootDrop.NONE : FootDrop.PARTIAL)
                    .set(FindingCode.GAIT_PATTERN, week < 12 ? GaitPattern.NORMAL : GaitPattern.STEPPAGE)
                    .set(FindingCode.HEEL_WALK, week < 6 ? WalkPerformance.NORMAL : week < 12 ? WalkPerformance.IMPAIRED : WalkPerformance.UNABLE)
                    .set(FindingCode.WALKING_AID, week < 14 ? WalkingAid.NONE : WalkingAid.CANE)
                    .both(FindingCode.VIBRATION_HALLUX_SECONDS, NumericValue.of(Math.max(2, 12 - week / 2)))
                    .both(FindingCode.PINPRICK_LEVEL, week < 5 ? PinprickLevel.NONE : week < 10 ? PinprickLevel.TOES
                            : week < 16 ? PinprickLevel.ANKLE : PinprickLevel.MID_SHIN);
            b.exam(p, b.at(daysAgo, 11, 0), week % 3 == 2 ? otherNeurologist : neurologist, exam.findings(),
                    week == 0 ? "baseline before high-dose therapy review" : "", week == 0);
        }
        studies(b, p, neurologist, otherNeurologist);
    }

    /**
     * Three nerve conduction studies two months apart confirming the length-dependent axonal neuropathy (clinical
     * reference section 9): the sural SNAP falls from 12 to 7.5 µV (a 37 % fall: no flag) and then to 2.5 µV, below
     * the laboratory's lower limit of 3 µV for his age (snap_below_normal) and 79 % below the first study
     * (amplitude_fell); the peroneal CMAP falls less, velocities stay near normal (axonal, not demyelinating). The
     * third study was done by another examiner, which the flags note.
     */
    private static void studies(DemoBuilder b, Patient p, Clinician neurologist, Clinician otherNeurologist) {
        String lab = "Neurophysiology lab, demo hospital";
        b.study(p, b.at(140, 14, 0), neurologist, lab, new NerveStudyValues()
                .both(Nerve.SURAL, "12.0", "3", "46", "40")
                .both(Nerve.SUPERFICIAL_PERONEAL, "9.0", "4", "45", "40")
                .both(Nerve.PERONEAL, "5.2", "2.5", "44", "41")
                .both(Nerve.TIBIAL, "8.5", "4", "43", "41"));
        b.study(p, b.at(80, 14, 0), neurologist, lab, new NerveStudyValues()
                .both(Nerve.SURAL, "7.5", "3", "44", "40")
                .both(Nerve.SUPERFICIAL_PERONEAL, "5.5", "4", "43", "40")
                .both(Nerve.PERONEAL, "3.9", "2.5", "43", "41")
                .both(Nerve.TIBIAL, "7.0", "4", "42", "41"));
        b.study(p, b.at(20, 14, 0), otherNeurologist, lab, new NerveStudyValues()
                .both(Nerve.SURAL, "2.5", "3", "41", "40")
                .side(Nerve.SUPERFICIAL_PERONEAL, Side.LEFT, "absent", "4", null, null)
                .side(Nerve.SUPERFICIAL_PERONEAL, Side.RIGHT, "3.0", "4", "40", "40")
                .both(Nerve.PERONEAL, "2.8", "2.5", "42", "41")
                .both(Nerve.TIBIAL, "6.1", "4", "41", "41"));
    }
}
