/*
 * libgoedestart Java binding - gs_anchor (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Anchor of a schedule moment ({@code gs_anchor}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#ANCHOR}).
 */
public enum Anchor implements Coded {
    /** {@code conception} (due - 280 of a pregnancy) */
    CONCEPTION(1),
    /** {@code birth} (a child's birth date) */
    BIRTH(2),
    /** {@code indication} (the date of the trigger contact; see {@link Trigger}) */
    INDICATION(3);

    private static final Anchor[] BY_CODE = CodeTables.index(values(), Anchor::code);

    private final int code;

    Anchor(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.ANCHOR;
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
    public static Anchor of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_anchor");
    }
}
