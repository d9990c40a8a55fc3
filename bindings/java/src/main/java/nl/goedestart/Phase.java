/*
 * libgoedestart Java binding - gs_phase (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * The six life phases of the Goede Start programme ({@code gs_phase}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#PHASE}).
 */
public enum Phase implements Coded {
    /** {@code anticonception} (family) */
    ANTICONCEPTION(1),
    /** {@code preconception} (family) */
    PRECONCEPTION(2),
    /** {@code pregnancy-birth} (pregnancy) */
    PREGNANCY_BIRTH(3),
    /** {@code child-0-4} (child) */
    CHILD_0_4(4),
    /** {@code child-5-12} (child) */
    CHILD_5_12(5),
    /** {@code child-13-19} (child) */
    CHILD_13_19(6);

    private static final Phase[] BY_CODE = CodeTables.index(values(), Phase::code);

    private final int code;

    Phase(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.PHASE;
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
    public static Phase of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_phase");
    }
}
