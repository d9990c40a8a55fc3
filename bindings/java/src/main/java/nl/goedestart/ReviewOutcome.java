/*
 * libgoedestart Java binding - gs_review_outcome (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Outcome of a plan review ({@code gs_review_outcome}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#REVIEW_OUTCOME}).
 */
public enum ReviewOutcome implements Coded {
    /** {@code achieved} */
    ACHIEVED(1),
    /** {@code partial} */
    PARTIAL(2),
    /** {@code not-achieved} */
    NOT_ACHIEVED(3),
    /** {@code worsened} */
    WORSENED(4);

    private static final ReviewOutcome[] BY_CODE = CodeTables.index(values(), ReviewOutcome::code);

    private final int code;

    ReviewOutcome(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.REVIEW_OUTCOME;
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
    public static ReviewOutcome of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_review_outcome");
    }
}
