/*
 * libgoedestart Java binding - gs_role (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Role of a caregiver in the family ({@code gs_role}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#ROLE}).
 */
public enum Role implements Coded {
    /** {@code birth-parent} */
    BIRTH_PARENT(1),
    /** {@code partner} */
    PARTNER(2),
    /** {@code other-caregiver} */
    OTHER_CAREGIVER(3);

    private static final Role[] BY_CODE = CodeTables.index(values(), Role::code);

    private final int code;

    Role(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.ROLE;
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
    public static Role of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_role");
    }
}
