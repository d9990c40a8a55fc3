/*
 * libgoedestart Java binding - gs_care_need (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Proposed or agreed care need (zorgbehoefte), least to most ({@code gs_care_need}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#CARE_NEED}).
 */
public enum CareNeed implements Coded {
    /** {@code positive-confirmation} */
    POSITIVE_CONFIRMATION(1),
    /** {@code additional-care} */
    ADDITIONAL_CARE(2),
    /** {@code urgent-support} */
    URGENT_SUPPORT(3);

    private static final CareNeed[] BY_CODE = CodeTables.index(values(), CareNeed::code);

    private final int code;

    CareNeed(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.CARE_NEED;
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
    public static CareNeed of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_care_need");
    }
}
