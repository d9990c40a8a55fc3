/*
 * libgoedestart Java binding - gs_meldcode_decision (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * The decision recorded at step 5 of the Meldcode huiselijk geweld en kindermishandeling (model.md "Meldcode") ({@code gs_meldcode_decision}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#MELDCODE_DECISION}).
 *
 * <p>Steps 1-4 carry no decision ({@code GS_MELDCODE_DECISION_NONE}, 0),
 * which is {@code null}. The steps themselves are the numbers 1-5 of
 * {@link Kind#MELDCODE_STEP}.
 */
public enum MeldcodeDecision implements Coded {
    /** {@code help}: offer or organise help */
    HELP(1),
    /** {@code report}: report to Veilig Thuis */
    REPORT(2),
    /** {@code help-and-report}: report and offer help */
    HELP_AND_REPORT(3);

    private static final MeldcodeDecision[] BY_CODE = CodeTables.index(values(), MeldcodeDecision::code);

    private final int code;

    MeldcodeDecision(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.MELDCODE_DECISION;
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
    public static MeldcodeDecision of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_meldcode_decision");
    }
}
