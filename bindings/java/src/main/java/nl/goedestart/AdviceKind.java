/*
 * libgoedestart Java binding - gs_advice_kind (gs-assess.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Kinds of plan advice (plan.md), in the order they are reported ({@code gs_advice_kind}, gs-assess.h).
 */
public enum AdviceKind {
    /** {@code offer-check}: an active action's offer is unknown or at another level */
    OFFER_CHECK(1),
    /** {@code review-advice}: the level-review table's move for an active action */
    REVIEW(2),
    /** {@code review-overdue}: no review for more than plan.review-days */
    REVIEW_OVERDUE(3),
    /** {@code conclusion-differs}: the agreed care need differs from the proposal now */
    CONCLUSION_DIFFERS(4),
    /** {@code plan-closable}: every goal closed and positive confirmation */
    PLAN_CLOSABLE(5),
    /** {@code meldcode}: safety concerns; the Meldcode's next step (reported first) */
    MELDCODE(6),
    /** {@code integrated-plan}: concerns on three or more topics (after the Meldcode) */
    INTEGRATED_PLAN(7);

    private static final AdviceKind[] BY_CODE = CodeTables.index(values(), AdviceKind::code);

    private final int code;

    AdviceKind(int code) {
        this.code = code;
    }

    /**
     * The C value.
     *
     * @return the code
     */
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
    public static AdviceKind of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_advice_kind");
    }
}
