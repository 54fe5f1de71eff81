package org.bedsideneuro.domain.exam;

/** Where one exam version stands: the current one, replaced by an amendment, or withdrawn (voided). */
public enum ExamStatus {
    CURRENT, AMENDED, VOIDED
}
