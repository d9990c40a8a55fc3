/*
 * libgoedestart Java binding - gs_survival_test (gs-survival.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * The comparisons of survival curves ({@code gs_survival_test}, gs-survival.h).
 */
public enum SurvivalTest {
    /** {@code log-rank}: weight 1 */
    LOG_RANK(1),
    /** {@code tarone-ware}: weight sqrt(n at risk) */
    TARONE_WARE(2),
    /** {@code gehan-breslow}: weight n at risk (generalised Wilcoxon) */
    GEHAN_BRESLOW(3);

    private static final SurvivalTest[] BY_CODE = CodeTables.index(values(), SurvivalTest::code);

    private final int code;

    SurvivalTest(int code) {
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
    public static SurvivalTest of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_survival_test");
    }
}
