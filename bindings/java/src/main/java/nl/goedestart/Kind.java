/*
 * libgoedestart Java binding - gs_kind (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.ptr.IntByReference;

/**
 * The enumerations the library's generic code functions know
 * ({@code gs_kind}, gs-codes.h): every lookup of a token or a label goes
 * through the C library with one of these.
 */
public enum Kind {
    /** {@code gs_role}: {@link Role}. */
    ROLE(1),
    /** {@code gs_child_wish}: {@link ChildWish}. */
    CHILD_WISH(2),
    /** {@code gs_pregnancy_outcome}: {@link PregnancyOutcome}. */
    PREGNANCY_OUTCOME(3),
    /** {@code gs_setting}: {@link Setting}. */
    SETTING(4),
    /** {@code gs_signaller}: {@link Signaller}. */
    SIGNALLER(5),
    /** {@code gs_topic}: {@link Topic}. */
    TOPIC(6),
    /** {@code gs_dmop_domain}: {@link DmopDomain}. */
    DMOP_DOMAIN(7),
    /** {@code gs_dmop_rating}: {@link DmopRating}. */
    DMOP_RATING(8),
    /** {@code gs_consult_status}: {@link ConsultStatus}. */
    CONSULT_STATUS(9),
    /** {@code gs_giz_area}: {@link GizArea}. */
    GIZ_AREA(10),
    /** GOM levels 1-5 (tokens "1".."5"). */
    GOM(11),
    /** {@code gs_concern}: {@link Concern}. */
    CONCERN(12),
    /** {@code gs_zrm_domain}: {@link ZrmDomain}. */
    ZRM_DOMAIN(13),
    /** ZRM scores 1-5 (tokens "1".."5"). */
    ZRM_SCORE(14),
    /** {@code gs_ph_dimension}: {@link PhDimension}. */
    PH_DIMENSION(15),
    /** {@code gs_signal_kind}: {@link SignalKind}. */
    SIGNAL_KIND(16),
    /** signal severity 1-3 (tokens "1".."3"). */
    SEVERITY(17),
    /** {@code gs_phase}: {@link Phase}. */
    PHASE(18),
    /** {@code gs_care_need}: {@link CareNeed}. */
    CARE_NEED(19),
    /** {@code gs_level}: {@link Level}. */
    LEVEL(20),
    /** {@code gs_goal_status}: {@link GoalStatus}. */
    GOAL_STATUS(21),
    /** {@code gs_review_outcome}: {@link ReviewOutcome}. */
    REVIEW_OUTCOME(22),
    /** {@code gs_finding_kind}: {@link FindingKind}. */
    FINDING(23),
    /** {@code gs_anchor}: {@link Anchor}. */
    ANCHOR(24),
    /** {@code gs_moment_status}: {@link MomentStatus}. */
    MOMENT_STATUS(25),
    /** {@code gs_move}: {@link Move}. */
    MOVE(26),
    /** {@code gs_safety}: {@link Safety}. */
    SAFETY(27),
    /** {@code gs_strength}: {@link Strength}. */
    STRENGTH(28),
    /** {@code gs_offer_problem}: {@link OfferProblem}. */
    OFFER_PROBLEM(29),
    /** Dutch provinces: {@link Province}. */
    PROVINCE(30),
    /** {@code gs_meldcode_decision}: {@link MeldcodeDecision}. */
    MELDCODE_DECISION(31),
    /** The five steps of the Meldcode (tokens "1".."5"; the label is the step's text). */
    MELDCODE_STEP(32),
    /** {@code gs_trigger}: {@link Trigger}. */
    TRIGGER(33),
    /** {@code gs_route_check}: {@link RouteCheck}. */
    ROUTE_CHECK(34),
    /** {@code gs_note_kind}: {@link NoteKind}. */
    NOTE(35);

    private static final Kind[] BY_CODE = CodeTables.index(values(), Kind::code);

    private final int code;

    Kind(int code) {
        this.code = code;
    }

    /**
     * The C value.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * The number of valid codes ({@code gs_code_count}).
     *
     * @return the count
     */
    public int count() {
        return Interop.LIB.gs_code_count(code).toIndex();
    }

    /**
     * The valid codes in code order ({@code gs_code_at}).
     *
     * @return the codes
     */
    public int[] codes() {
        int[] out = new int[count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Interop.LIB.gs_code_at(code, new SizeT(i));
        }
        return out;
    }

    /**
     * The XML token of a code ({@code gs_code_token}).
     *
     * @param value a code of this kind
     * @return the token, or {@code null} when the code is not valid
     */
    public String token(int value) {
        return Interop.LIB.gs_code_token(code, value);
    }

    /**
     * The label of a code ({@code gs_code_label}).
     *
     * @param value a code of this kind
     * @param lang {@link Lang#NL} or {@link Lang#EN}; {@link Lang#NONE} gives English
     * @return the label, or {@code null} when the code is not valid
     */
    public String label(int value, Lang lang) {
        return Interop.LIB.gs_code_label(code, value, lang.code());
    }

    /**
     * The code of an XML token ({@code gs_code_parse}; exact match).
     *
     * @param token the token
     * @return the code
     * @throws GoedestartException {@link Status#EPARSE} for an unknown token
     */
    public int parse(String token) {
        IntByReference out = new IntByReference();
        GoedestartException.check(Interop.LIB.gs_code_parse(code, token, out));
        return out.getValue();
    }

    /**
     * The kind with a C value.
     *
     * @param code a {@code gs_kind} value
     * @return the kind
     * @throws IllegalArgumentException for an unknown value
     */
    public static Kind of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_kind");
    }
}
