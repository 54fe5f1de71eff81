package org.bedsideneuro.ui.trend;

/** The periods the trend view offers; "custom" takes the from/to the clinician picks. */
public enum TrendPeriod {
    LAST_7("7 days", 7), LAST_30("30 days", 30), LAST_90("90 days", 90), ALL("All", 0), CUSTOM("Custom", 0);

    private final String label;
    private final int days;

    TrendPeriod(String label, int days) {
        this.label = label;
        this.days = days;
    }

    public String label() {
        return label;
    }

    /** Days back including today, for the "last n days" periods; 0 for the others. */
    public int days() {
        return days;
    }
}
