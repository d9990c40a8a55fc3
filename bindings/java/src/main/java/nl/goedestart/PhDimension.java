/*
 * libgoedestart Java binding - gs_ph_dimension (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Positive Health dimensions, scored 0-10 ({@code gs_ph_dimension}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#PH_DIMENSION}).
 */
public enum PhDimension implements Coded {
    /** {@code bodily-functions} */
    BODILY_FUNCTIONS(1),
    /** {@code mental-wellbeing} */
    MENTAL_WELLBEING(2),
    /** {@code meaningfulness} */
    MEANINGFULNESS(3),
    /** {@code quality-of-life} */
    QUALITY_OF_LIFE(4),
    /** {@code participation} */
    PARTICIPATION(5),
    /** {@code daily-functioning} */
    DAILY_FUNCTIONING(6);

    private static final PhDimension[] BY_CODE = CodeTables.index(values(), PhDimension::code);

    private final int code;

    PhDimension(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.PH_DIMENSION;
    }

    @Override
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
    public static PhDimension of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_ph_dimension");
    }
}
