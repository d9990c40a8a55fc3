/*
 * libgoedestart Java binding - gs_child_wish (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * The family's wish for a child (kinderwens) ({@code gs_child_wish}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#CHILD_WISH}).
 */
public enum ChildWish implements Coded {
    /** {@code unknown} (default) */
    UNKNOWN(0),
    /** {@code not-now} */
    NOT_NOW(1),
    /** {@code active} */
    ACTIVE(2);

    private static final ChildWish[] BY_CODE = CodeTables.index(values(), ChildWish::code);

    private final int code;

    ChildWish(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.CHILD_WISH;
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
    public static ChildWish of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_child_wish");
    }
}
