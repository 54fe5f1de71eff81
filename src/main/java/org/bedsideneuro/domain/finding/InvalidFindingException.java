package org.bedsideneuro.domain.finding;

/** A finding that cannot exist: a value off its scale, a side where none belongs, or a missing side. */
public final class InvalidFindingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient FindingCode code;

    public InvalidFindingException(FindingCode code, String problem) {
        super(code.label() + " (" + code.code() + "): " + problem);
        this.code = code;
    }

    public FindingCode findingCode() {
        return code;
    }
}
