/*
 * libgoedestart Java binding - gs_dmop_domain (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * The five DMOP domains (SamenStarten) ({@code gs_dmop_domain}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#DMOP_DOMAIN}).
 */
public enum DmopDomain implements Coded {
    /** {@code parent-competence} (BDS 1627) */
    PARENT_COMPETENCE(1),
    /** {@code partner-role} (BDS 1626) */
    PARTNER_ROLE(2),
    /** {@code social-network} (BDS 1628) */
    SOCIAL_NETWORK(3),
    /** {@code events-circumstances} (BDS 1624) */
    EVENTS_CIRCUMSTANCES(4),
    /** {@code child-wellbeing} (BDS 1625) */
    CHILD_WELLBEING(5);

    private static final DmopDomain[] BY_CODE = CodeTables.index(values(), DmopDomain::code);

    private final int code;

    DmopDomain(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.DMOP_DOMAIN;
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
    public static DmopDomain of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_dmop_domain");
    }
}
