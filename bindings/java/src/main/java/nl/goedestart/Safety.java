/*
 * libgoedestart Java binding - gs_safety (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Value of the {@code safety}, {@code network} and {@code competence} facts ({@code gs_safety}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#SAFETY}).
 */
public enum Safety implements Coded {
    /** {@code none} */
    NONE(0),
    /** {@code some} */
    SOME(1),
    /** {@code high} */
    HIGH(2);

    private static final Safety[] BY_CODE = CodeTables.index(values(), Safety::code);

    private final int code;

    Safety(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.SAFETY;
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
    public static Safety of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_safety");
    }
}
