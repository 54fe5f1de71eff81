package org.bedsideneuro.domain.finding;

/** The side of the body of a lateralised finding. Codes as in the exchange format (`L`, `R`). */
public enum Side implements Coded {
    LEFT("L", "Left"),
    RIGHT("R", "Right");

    private final String code;
    private final String label;

    Side(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
