package org.bedsideneuro.domain.account;

/** What the access log records (HIPAA 45 CFR 164.312(b) audit controls). */
public enum AccessAction {
    OPEN_PATIENT("open-patient"),
    PRINT_SUMMARY("print-summary"),
    EXPORT_SUMMARY("export-summary"),
    EXPORT_DATA("export-data"),
    /** The whole database replaced by a backup: recorded in the restored database, which otherwise holds only the backup's own log. */
    RESTORE("restore"),
    LOGIN("login"),
    LOGIN_FAILED("login-failed"),
    LOCK("lock"),
    UNLOCK("unlock"),
    LOGOUT("logout"),
    /** Orders, doses and laboratory values read from the hospital's EHR for one patient (the detail names the server). */
    PULL_FROM_EHR("pull-from-ehr");

    private final String code;

    AccessAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AccessAction parse(String code) {
        for (AccessAction a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown access-log action: " + code);
    }
}
