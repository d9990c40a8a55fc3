/*
 * libgoedestart Java binding - gs_topic (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Topics shared by signals, screening, needs and offers ({@code gs_topic}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#TOPIC}).
 */
public enum Topic implements Coded {
    /** {@code social-support} */
    SOCIAL_SUPPORT(1),
    /** {@code life-events} */
    LIFE_EVENTS(2),
    /** {@code partner-relationship} */
    PARTNER_RELATIONSHIP(3),
    /** {@code domestic-violence} (safety) */
    DOMESTIC_VIOLENCE(4),
    /** {@code child-safety} (safety) */
    CHILD_SAFETY(5),
    /** {@code finances-debt} (priority theme) */
    FINANCES_DEBT(6),
    /** {@code housing} */
    HOUSING(7),
    /** {@code work-education} */
    WORK_EDUCATION(8),
    /** {@code health-literacy} (priority theme) */
    HEALTH_LITERACY(9),
    /** {@code smoking} (priority theme) */
    SMOKING(10),
    /** {@code alcohol-drugs} */
    ALCOHOL_DRUGS(11),
    /** {@code healthy-weight} (priority theme) */
    HEALTHY_WEIGHT(12),
    /** {@code mental-health} */
    MENTAL_HEALTH(13),
    /** {@code parenting} */
    PARENTING(14),
    /** {@code child-development} */
    CHILD_DEVELOPMENT(15),
    /** {@code contraception} */
    CONTRACEPTION(16),
    /** {@code pregnancy-health} */
    PREGNANCY_HEALTH(17),
    /** {@code late-prenatal-care} */
    LATE_PRENATAL_CARE(18),
    /** {@code feelings-pregnancy} */
    FEELINGS_PREGNANCY(19),
    /** {@code childhood-experience} */
    CHILDHOOD_EXPERIENCE(20),
    /** {@code physical-health} */
    PHYSICAL_HEALTH(21),
    /** {@code school-absence}. */
    SCHOOL_ABSENCE(22),
    /** {@code bullying}. */
    BULLYING(23),
    /** {@code sexual-health}. */
    SEXUAL_HEALTH(24),
    /** {@code young-carer}. */
    YOUNG_CARER(25),
    /** {@code child-mental-health}. */
    CHILD_MENTAL_HEALTH(26),
    /** {@code youth-substance-use}. */
    YOUTH_SUBSTANCE_USE(27);

    private static final Topic[] BY_CODE = CodeTables.index(values(), Topic::code);

    private final int code;

    Topic(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.TOPIC;
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
    public static Topic of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_topic");
    }
}
