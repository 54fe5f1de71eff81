package org.bedsideneuro.domain.finding;

/**
 * A value on an ordered scale. A higher {@link #rank()} is further along the scale as listed in
 * shared/clinical-reference.md (for MRC and reflexes: stronger; for foot drop, pinprick loss and aids: worse).
 */
public interface OrdinalValue extends FindingValue {
    int rank();
}
