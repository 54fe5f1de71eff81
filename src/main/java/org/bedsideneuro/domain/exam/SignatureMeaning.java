package org.bedsideneuro.domain.exam;

/** What a signature means (21 CFR 11.50(a)(3)): the author's, a reviewer's, or an approval. */
public enum SignatureMeaning {
    AUTHOR("author"),
    REVIEW("review"),
    APPROVAL("approval");

    private final String code;

    SignatureMeaning(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SignatureMeaning parse(String code) {
        for (SignatureMeaning m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Signature meaning: one of author, review, approval (not '" + code + "')");
    }
}
