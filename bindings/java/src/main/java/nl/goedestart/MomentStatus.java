/*
 * libgoedestart Java binding - gs_moment_status (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Status of a schedule instance at an as-of date ({@code gs_moment_status}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#MOMENT_STATUS}).
 */
public enum MomentStatus implements Coded {
    /** {@code upcoming} */
    UPCOMING(1),
    /** {@code due} */
    DUE(2),
    /** {@code overdue} */
    OVERDUE(3),
    /** {@code missed} */
    MISSED(4),
    /** {@code done} */
    DONE(5),
    /** {@code not-applicable} */
    NOT_APPLICABLE(6);

    private static final MomentStatus[] BY_CODE = CodeTables.index(values(), MomentStatus::code);

    private final int code;

    MomentStatus(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.MOMENT_STATUS;
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
    public static MomentStatus of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_moment_status");
    }
}
