/*
 * libgoedestart Java binding - gs_indicator (gs-indicators.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * The indicators, in the order of the spec's table (row order) ({@code gs_indicator}, gs-indicators.h).
 */
public enum Indicator {
    /** {@code pregnancies} */
    PREGNANCIES(1),
    /** {@code screened-before-16w} */
    SCREENED_BEFORE_16W(2),
    /** {@code births} */
    BIRTHS(3),
    /** {@code jgz-8w-on-time} */
    JGZ_8W_ON_TIME(4),
    /** {@code moments-missed} */
    MOMENTS_MISSED(5),
    /** {@code care-need-positive-confirmation} */
    CARE_NEED_POSITIVE_CONFIRMATION(6),
    /** {@code care-need-additional-care} */
    CARE_NEED_ADDITIONAL_CARE(7),
    /** {@code care-need-urgent-support} */
    CARE_NEED_URGENT_SUPPORT(8),
    /** {@code time-to-support-median} */
    TIME_TO_SUPPORT_MEDIAN(9),
    /** {@code time-to-support-28d} */
    TIME_TO_SUPPORT_28D(10),
    /** {@code actions-by-level-1} */
    ACTIONS_BY_LEVEL_1(11),
    /** {@code actions-by-level-2} */
    ACTIONS_BY_LEVEL_2(12),
    /** {@code actions-by-level-3} */
    ACTIONS_BY_LEVEL_3(13),
    /** {@code actions-by-level-4} */
    ACTIONS_BY_LEVEL_4(14),
    /** {@code actions-by-level-5} */
    ACTIONS_BY_LEVEL_5(15),
    /** {@code started-at-proposed-level} */
    STARTED_AT_PROPOSED_LEVEL(16),
    /** {@code warm-handover} */
    WARM_HANDOVER(17),
    /** {@code goals-achieved} */
    GOALS_ACHIEVED(18),
    /** {@code care-gaps} */
    CARE_GAPS(19);

    private static final Indicator[] BY_CODE = CodeTables.index(values(), Indicator::code);

    private final int code;

    Indicator(int code) {
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
     * The indicator's id ({@code gs_indicator_id}).
     *
     * @return e.g. {@code jgz-8w-on-time}
     */
    public String id() {
        return Interop.LIB.gs_indicator_id(code);
    }

    /**
     * A one-line description for people ({@code gs_indicator_description}).
     *
     * @param lang {@link Lang#NL} or {@link Lang#EN} (anything else gives English)
     * @return the description
     */
    public String description(Lang lang) {
        return Interop.LIB.gs_indicator_description(code, lang.code());
    }

    /**
     * The constant with a C value.
     *
     * @param code a code
     * @return the constant, or {@code null} for 0 when 0 is no constant
     * @throws IllegalArgumentException for any other unknown code
     */
    public static Indicator of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_indicator");
    }
}
