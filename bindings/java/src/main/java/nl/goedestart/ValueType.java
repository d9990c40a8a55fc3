/*
 * libgoedestart Java binding - gs_value_type (gs-pack.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Type of a decision-table input, output or result value ({@code gs_value_type}, gs-pack.h).
 */
public enum ValueType {
    /** No value. */
    NULL(0),
    /** A number ({@code typeRef} number, integer, long, double). */
    NUMBER(1),
    /** A UTF-8 string. */
    STRING(2),
    /** A boolean. */
    BOOL(3);

    private static final ValueType[] BY_CODE = CodeTables.index(values(), ValueType::code);

    private final int code;

    ValueType(int code) {
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
    public static ValueType of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_value_type");
    }
}
