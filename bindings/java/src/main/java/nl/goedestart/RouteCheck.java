/*
 * libgoedestart Java binding - gs_route_check (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * What the professional must check before proposing a route (care-paths.md "Routing a need", step 2) ({@code gs_route_check}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#ROUTE_CHECK}).
 *
 * <p>{@code GS_CHECK_NONE} (0, nothing to check) is {@code null}.
 */
public enum RouteCheck implements Coded {
    /** {@code caregiver-age}: an age criterion needs a birth year the dossier lacks */
    CAREGIVER_AGE(1);

    private static final RouteCheck[] BY_CODE = CodeTables.index(values(), RouteCheck::code);

    private final int code;

    RouteCheck(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.ROUTE_CHECK;
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
    public static RouteCheck of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_route_check");
    }
}
