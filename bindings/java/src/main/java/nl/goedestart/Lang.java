/*
 * libgoedestart Java binding - gs_lang (gs-common.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * A natural language for labels and reason texts ({@code gs_lang}, gs-common.h).
 */
public enum Lang {
    /** No language: texts are left out where optional. */
    NONE(0),
    /** Dutch. */
    NL(1),
    /** English. */
    EN(2);

    private static final Lang[] BY_CODE = CodeTables.index(values(), Lang::code);

    private final int code;

    Lang(int code) {
        this.code = code;
    }

    /**
     * The C value.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * The constant with a C value.
     *
     * @param code a code
     * @return the constant, or {@code null} for 0 when 0 is no constant
     * @throws IllegalArgumentException for any other unknown code
     */
    public static Lang of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_lang");
    }
}
