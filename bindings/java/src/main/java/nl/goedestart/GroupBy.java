/*
 * libgoedestart Java binding - gs_group_by (gs-survival.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * How families are grouped in population analyses ({@code gs_group_by}, gs-survival.h).
 */
public enum GroupBy {
    /** the municipality code {@code GMnnnn} */
    MUNICIPALITY(1),
    /** the province token ({@code DR}, {@code GR}, ...) or {@code unknown} */
    PROVINCE(2),
    /** one group {@code all} */
    NONE(3),
    /** a caller-supplied label per family (gs_labels) */
    LABEL(4);

    private static final GroupBy[] BY_CODE = CodeTables.index(values(), GroupBy::code);

    private final int code;

    GroupBy(int code) {
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
    public static GroupBy of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_group_by");
    }
}
