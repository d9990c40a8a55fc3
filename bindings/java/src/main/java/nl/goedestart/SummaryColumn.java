/*
 * libgoedestart Java binding - gs_summary_column (gs-summary.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * The integer columns of a summary ({@code gs_summary_column}, gs-summary.h).
 */
public enum SummaryColumn {
    /** proposed gs_care_need code */
    OUTCOME(1),
    /** number of needs */
    NEEDS(2),
    /** highest start level, 0 without needs */
    MAX_LEVEL(3),
    /** listed schedule instances with status overdue */
    OVERDUE(4),
    /** the number nnnn of the municipality code GMnnnn */
    MUNICIPALITY(5),
    /** 1 when the family is in the programme, else 0 */
    IN_PROGRAMME(6);

    private static final SummaryColumn[] BY_CODE = CodeTables.index(values(), SummaryColumn::code);

    private final int code;

    SummaryColumn(int code) {
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
    public static SummaryColumn of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_summary_column");
    }
}
