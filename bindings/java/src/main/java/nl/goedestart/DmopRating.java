/*
 * libgoedestart Java binding - gs_dmop_rating (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * DMOP rating (also the overall DMOP conclusion) ({@code gs_dmop_rating}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#DMOP_RATING}).
 */
public enum DmopRating implements Coded {
    /** {@code good} (01 Goed) */
    GOOD(1),
    /** {@code fair} (02 Gaat wel) */
    FAIR(2),
    /** {@code not-good} (03 Niet goed) */
    NOT_GOOD(3),
    /** {@code not-discussed} (04 Niet besproken) */
    NOT_DISCUSSED(4);

    private static final DmopRating[] BY_CODE = CodeTables.index(values(), DmopRating::code);

    private final int code;

    DmopRating(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.DMOP_RATING;
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
    public static DmopRating of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_dmop_rating");
    }
}
