/*
 * libgoedestart Java binding - gs_signaller (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Who signals (also the {@code responsible} of a plan action) ({@code gs_signaller}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#SIGNALLER}).
 */
public enum Signaller implements Coded {
    /** {@code midwife} */
    MIDWIFE(1),
    /** {@code gynaecologist} */
    GYNAECOLOGIST(2),
    /** {@code maternity-nurse} */
    MATERNITY_NURSE(3),
    /** {@code jgz-nurse} */
    JGZ_NURSE(4),
    /** {@code jgz-doctor} */
    JGZ_DOCTOR(5),
    /** {@code gp} */
    GP(6),
    /** {@code family} */
    FAMILY(7),
    /** {@code near-environment} */
    NEAR_ENVIRONMENT(8),
    /** {@code neighbourhood-team} */
    NEIGHBOURHOOD_TEAM(9),
    /** {@code mee-ggz} */
    MEE_GGZ(10),
    /** {@code teacher} */
    TEACHER(11),
    /** {@code sports-coach} */
    SPORTS_COACH(12),
    /** {@code other} */
    OTHER(13);

    private static final Signaller[] BY_CODE = CodeTables.index(values(), Signaller::code);

    private final int code;

    Signaller(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.SIGNALLER;
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
    public static Signaller of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_signaller");
    }
}
