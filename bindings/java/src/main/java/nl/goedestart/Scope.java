/*
 * libgoedestart Java binding - gs_scope (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Scope of a care-path offer (besides a municipality code) ({@code gs_scope}, gs-codes.h).
 */
public enum Scope {
    /** {@code national} */
    NATIONAL(1),
    /** {@code region} */
    REGION(2),
    /** a province code such as {@code DR}, {@code GR} */
    PROVINCE(3),
    /** a municipality code {@code GMnnnn} */
    MUNICIPALITY(4);

    private static final Scope[] BY_CODE = CodeTables.index(values(), Scope::code);

    private final int code;

    Scope(int code) {
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
    public static Scope of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_scope");
    }
}
