/*
 * libgoedestart Java binding - gs_concern (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Pregnancy-screening concern ({@code gs_concern}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#CONCERN}).
 */
public enum Concern implements Coded {
    /** {@code low} */
    LOW(1),
    /** {@code some} */
    SOME(2),
    /** {@code high} */
    HIGH(3);

    private static final Concern[] BY_CODE = CodeTables.index(values(), Concern::code);

    private final int code;

    Concern(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.CONCERN;
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
    public static Concern of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_concern");
    }
}
