/*
 * libgoedestart Java binding - gs_aggregation (gs-pack.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Aggregation of a COLLECT table ({@code gs_aggregation}, gs-pack.h).
 */
public enum Aggregation {
    /** No aggregation: the list of matches. */
    NONE(0),
    /** {@code SUM} of the numeric outputs. */
    SUM(1),
    /** {@code COUNT}: the number of matching rules. */
    COUNT(2),
    /** {@code MIN} of the numeric outputs. */
    MIN(3),
    /** {@code MAX} of the numeric outputs. */
    MAX(4);

    private static final Aggregation[] BY_CODE = CodeTables.index(values(), Aggregation::code);

    private final int code;

    Aggregation(int code) {
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
    public static Aggregation of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_aggregation");
    }
}
