/*
 * libgoedestart Java binding - gs_signal_kind (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Kind of a signal ({@code gs_signal_kind}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#SIGNAL_KIND}).
 */
public enum SignalKind implements Coded {
    /** {@code risk} */
    RISK(1),
    /** {@code protective} */
    PROTECTIVE(2);

    private static final SignalKind[] BY_CODE = CodeTables.index(values(), SignalKind::code);

    private final int code;

    SignalKind(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.SIGNAL_KIND;
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
    public static SignalKind of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_signal_kind");
    }
}
