/*
 * libgoedestart Java binding - gs_goal_status (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Status of a plan goal ({@code gs_goal_status}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#GOAL_STATUS}).
 */
public enum GoalStatus implements Coded {
    /** {@code open} */
    OPEN(1),
    /** {@code achieved} */
    ACHIEVED(2),
    /** {@code stopped} */
    STOPPED(3);

    private static final GoalStatus[] BY_CODE = CodeTables.index(values(), GoalStatus::code);

    private final int code;

    GoalStatus(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.GOAL_STATUS;
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
    public static GoalStatus of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_goal_status");
    }
}
