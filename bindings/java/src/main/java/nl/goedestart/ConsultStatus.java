/*
 * libgoedestart Java binding - gs_consult_status (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Consult status after the 8-week SamenStarten consult ({@code gs_consult_status}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#CONSULT_STATUS}).
 */
public enum ConsultStatus implements Coded {
    /** {@code fine} */
    FINE(1),
    /** {@code attention} */
    ATTENTION(2),
    /** {@code problem} */
    PROBLEM(3);

    private static final ConsultStatus[] BY_CODE = CodeTables.index(values(), ConsultStatus::code);

    private final int code;

    ConsultStatus(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.CONSULT_STATUS;
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
    public static ConsultStatus of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_consult_status");
    }
}
