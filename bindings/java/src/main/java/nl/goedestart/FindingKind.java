/*
 * libgoedestart Java binding - gs_finding_kind (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Kinds of finding a contact can hold, in document order ({@code gs_finding_kind}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#FINDING}).
 */
public enum FindingKind implements Coded {
    /** {@code dmop}: item gs_dmop_domain, value gs_dmop_rating */
    DMOP(1),
    /** {@code dmop-overall}: value gs_dmop_rating (informational) */
    DMOP_OVERALL(2),
    /** {@code consult}: value gs_consult_status */
    CONSULT(3),
    /** {@code giz}: item gs_giz_area, value GOM 1-5 */
    GIZ(4),
    /** {@code screening}: item gs_topic, value gs_concern */
    SCREENING(5),
    /** {@code help-requested}: value 1 (yes) or 0 (no) */
    HELP_REQUESTED(6),
    /** {@code zrm}: item gs_zrm_domain, value 1-5, a caregiver */
    ZRM(7),
    /** {@code positive-health}: item gs_ph_dimension, value 0-10 */
    POSITIVE_HEALTH(8),
    /** {@code signal}: item gs_topic, value severity 1-3, kind, id, resolved */
    SIGNAL(9);

    private static final FindingKind[] BY_CODE = CodeTables.index(values(), FindingKind::code);

    private final int code;

    FindingKind(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.FINDING;
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
    public static FindingKind of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_finding_kind");
    }
}
