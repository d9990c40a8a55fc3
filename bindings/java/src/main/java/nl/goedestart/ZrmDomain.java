/*
 * libgoedestart Java binding - gs_zrm_domain (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * ZRM (Zelfredzaamheid-Matrix 2017) domains, scored 1-5 ({@code gs_zrm_domain}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#ZRM_DOMAIN}).
 */
public enum ZrmDomain implements Coded {
    /** {@code finances} */
    FINANCES(1),
    /** {@code work-education} */
    WORK_EDUCATION(2),
    /** {@code time-use} */
    TIME_USE(3),
    /** {@code housing} */
    HOUSING(4),
    /** {@code domestic-relations} */
    DOMESTIC_RELATIONS(5),
    /** {@code mental-health} */
    MENTAL_HEALTH(6),
    /** {@code physical-health} */
    PHYSICAL_HEALTH(7),
    /** {@code substance-use} */
    SUBSTANCE_USE(8),
    /** {@code basic-adl} */
    BASIC_ADL(9),
    /** {@code instrumental-adl} */
    INSTRUMENTAL_ADL(10),
    /** {@code social-network} */
    SOCIAL_NETWORK(11),
    /** {@code participation} */
    PARTICIPATION(12),
    /** {@code justice} */
    JUSTICE(13);

    private static final ZrmDomain[] BY_CODE = CodeTables.index(values(), ZrmDomain::code);

    private final int code;

    ZrmDomain(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.ZRM_DOMAIN;
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
    public static ZrmDomain of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_zrm_domain");
    }
}
