/*
 * libgoedestart Java binding - gs_trigger (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * What creates an instance of an indicated moment (anchor {@link Anchor#INDICATION}; schedule.md) ({@code gs_trigger}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#TRIGGER}).
 *
 * <p>{@code GS_TRIGGER_NONE} (0, a moment anchored on a pregnancy start
 * or a birth) is {@code null}.
 */
public enum Trigger implements Coded {
    /** {@code consult-problem}: a contact with consult status {@code problem} */
    CONSULT_PROBLEM(1),
    /** {@code consult-attention}: a contact with consult status {@code attention} */
    CONSULT_ATTENTION(2);

    private static final Trigger[] BY_CODE = CodeTables.index(values(), Trigger::code);

    private final int code;

    Trigger(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.TRIGGER;
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
    public static Trigger of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_trigger");
    }
}
