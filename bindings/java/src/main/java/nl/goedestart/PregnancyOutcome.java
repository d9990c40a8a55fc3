/*
 * libgoedestart Java binding - gs_pregnancy_outcome (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Outcome of an ended pregnancy ({@code gs_pregnancy_outcome}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#PREGNANCY_OUTCOME}).
 */
public enum PregnancyOutcome implements Coded {
    /** not ended (no token) */
    NONE(0),
    /** {@code birth} */
    BIRTH(1),
    /** {@code loss} */
    LOSS(2);

    private static final PregnancyOutcome[] BY_CODE = CodeTables.index(values(), PregnancyOutcome::code);

    private final int code;

    PregnancyOutcome(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.PREGNANCY_OUTCOME;
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
    public static PregnancyOutcome of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_pregnancy_outcome");
    }
}
