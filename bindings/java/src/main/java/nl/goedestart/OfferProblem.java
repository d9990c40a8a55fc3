/*
 * libgoedestart Java binding - gs_offer_problem (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Problem found by the plan's offer check ({@code gs_offer_problem}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#OFFER_PROBLEM}).
 */
public enum OfferProblem implements Coded {
    /** {@code unknown-offer} */
    UNKNOWN(1),
    /** {@code level-mismatch} */
    LEVEL_MISMATCH(2);

    private static final OfferProblem[] BY_CODE = CodeTables.index(values(), OfferProblem::code);

    private final int code;

    OfferProblem(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.OFFER_PROBLEM;
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
    public static OfferProblem of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_offer_problem");
    }
}
