package org.bedsideneuro.domain.account;

/** What someone may try to do; {@link Permissions} says who may. */
public enum Action {
    READ_RECORDS("read patient records"),
    REGISTER_PATIENT("register or update a patient"),
    RECORD_OBSERVATION("record, amend or withdraw an observation"),
    RECORD_EXAM("record, amend or withdraw a neurological exam"),
    SIGN_EXAM("sign an exam"),
    MANAGE_MEDICATION("manage medication orders"),
    RECORD_ADMINISTRATION("record or withdraw a dose given, held or refused"),
    MANAGE_ACCOUNTS("manage accounts"),
    BACKUP_RESTORE("back up or restore the database"),
    /** The ward's parenteral MME factor table (clinical reference section 6): the hospital's choice. */
    SET_MME_FACTORS("change the ward's parenteral MME factors");

    private final String description;

    Action(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
