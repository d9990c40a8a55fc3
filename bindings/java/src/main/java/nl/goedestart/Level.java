/*
 * libgoedestart Java binding - gs_level (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Levels of the self-reliance pyramid ({@code gs_level}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#LEVEL}).
 */
public enum Level implements Coded {
    /** {@code own-strength} */
    OWN_STRENGTH(1),
    /** {@code network} */
    NETWORK(2),
    /** {@code volunteers} */
    VOLUNTEERS(3),
    /** {@code light-professional} */
    LIGHT_PROFESSIONAL(4),
    /** {@code intensive-professional} */
    INTENSIVE_PROFESSIONAL(5);

    private static final Level[] BY_CODE = CodeTables.index(values(), Level::code);

    private final int code;

    Level(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.LEVEL;
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
    public static Level of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_level");
    }
}
