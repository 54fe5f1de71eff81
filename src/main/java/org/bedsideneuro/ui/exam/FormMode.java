package org.bedsideneuro.ui.exam;

/** What the exam form is doing: nothing yet, a new exam, a saved exam shown read-only, or an amendment of one. */
public enum FormMode {
    CLOSED, NEW, VIEW, AMEND;

    boolean editable() {
        return this == NEW || this == AMEND;
    }
}
