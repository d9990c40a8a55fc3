/*
 * libgoedestart Java binding - gs_move (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Move proposed by the {@code level-review} table ({@code gs_move}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#MOVE}).
 */
public enum Move implements Coded {
    /** {@code stay} */
    STAY(1),
    /** {@code step-up} */
    STEP_UP(2),
    /** {@code step-down} */
    STEP_DOWN(3),
    /** {@code jump-intensive} */
    JUMP_INTENSIVE(4),
    /** {@code close} */
    CLOSE(5);

    private static final Move[] BY_CODE = CodeTables.index(values(), Move::code);

    private final int code;

    Move(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.MOVE;
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
    public static Move of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_move");
    }
}
