package org.bedsideneuro.domain.finding;

/** Body regions where myoclonus is seen (shared/clinical-reference.md section 5). */
public enum BodyRegion implements Coded {
    FACE("face", "Face"),
    NECK("neck", "Neck"),
    TRUNK("trunk", "Trunk"),
    LEFT_ARM("left_arm", "Left arm"),
    RIGHT_ARM("right_arm", "Right arm"),
    LEFT_LEG("left_leg", "Left leg"),
    RIGHT_LEG("right_leg", "Right leg");

    private final String code;
    private final String label;

    BodyRegion(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
