/*
 * libgoedestart Java binding - gs_strength (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Value of the {@code network} and {@code competence} facts ({@code gs_strength}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#STRENGTH}).
 */
public enum Strength implements Coded {
    /** {@code unknown} */
    UNKNOWN(0),
    /** {@code weak} */
    WEAK(1),
    /** {@code strong} */
    STRONG(2);

    private static final Strength[] BY_CODE = CodeTables.index(values(), Strength::code);

    private final int code;

    Strength(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.STRENGTH;
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
    public static Strength of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_strength");
    }
}
