/*
 * libgoedestart Java binding - gs_setting (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Where a signal moment takes place ({@code gs_setting}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#SETTING}).
 */
public enum Setting implements Coded {
    /** {@code midwife-practice} */
    MIDWIFE_PRACTICE(1),
    /** {@code maternity-care} */
    MATERNITY_CARE(2),
    /** {@code hospital} */
    HOSPITAL(3),
    /** {@code well-baby-clinic} */
    WELL_BABY_CLINIC(4),
    /** {@code preschool} */
    PRESCHOOL(5),
    /** {@code primary-school} */
    PRIMARY_SCHOOL(6),
    /** {@code secondary-school} */
    SECONDARY_SCHOOL(7),
    /** {@code preconception-clinic} */
    PRECONCEPTION_CLINIC(8),
    /** {@code home} */
    HOME(9),
    /** {@code other} */
    OTHER(10);

    private static final Setting[] BY_CODE = CodeTables.index(values(), Setting::code);

    private final int code;

    Setting(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.SETTING;
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
    public static Setting of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_setting");
    }
}
