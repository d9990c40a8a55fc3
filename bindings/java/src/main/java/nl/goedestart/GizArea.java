/*
 * libgoedestart Java binding - gs_giz_area (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * GIZ areas, rated on the GOM scale 1-5 ({@code gs_giz_area}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#GIZ_AREA}).
 */
public enum GizArea implements Coded {
    /** {@code physical-development} */
    PHYSICAL_DEVELOPMENT(1),
    /** {@code cognitive-development} */
    COGNITIVE_DEVELOPMENT(2),
    /** {@code emotional-development} */
    EMOTIONAL_DEVELOPMENT(3),
    /** {@code social-development} */
    SOCIAL_DEVELOPMENT(4),
    /** {@code basic-care-safety} */
    BASIC_CARE_SAFETY(5),
    /** {@code parenting} */
    PARENTING(6),
    /** {@code parenthood-experience} */
    PARENTHOOD_EXPERIENCE(7),
    /** {@code mutual-support} */
    MUTUAL_SUPPORT(8),
    /** {@code family-circumstances} */
    FAMILY_CIRCUMSTANCES(9),
    /** {@code network} */
    NETWORK(10);

    private static final GizArea[] BY_CODE = CodeTables.index(values(), GizArea::code);

    private final int code;

    GizArea(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.GIZ_AREA;
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
    public static GizArea of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_giz_area");
    }
}
