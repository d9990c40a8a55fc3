/*
 * libgoedestart - stable codes of every enumeration (spec/model.md,
 * decisions.md, plan.md), their XML tokens and Dutch/English labels.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_CODES_H
#define GOEDESTART_GS_CODES_H

/**
 * @file gs-codes.h
 * @brief Enumerations with the spec's numeric codes; token and label lookup.
 *
 * Every value has a fixed number (the enum value) and a fixed XML token.
 * Numbers are never reused or renumbered; new values are appended. One
 * generic set of functions converts between codes, tokens and labels for
 * every kind (::gs_kind): gs_code_token(), gs_code_parse(), gs_code_label(),
 * gs_code_count() and gs_code_at(). All are thread-safe and return static
 * strings.
 *
 * gs_code_label() is the one label function for every kind: there are no
 * per-enum label functions. Labels exist in Dutch (GS_LANG_NL, the wording
 * of the Dutch standards where one exists) and English (GS_LANG_EN).
 *
 * The file also holds the table of the eleven Goede Start municipalities
 * (gs_municipality_count() and friends). Any other well-formed CBS code
 * `GMnnnn` is still a valid municipality for a family; the table only
 * adds names and provinces.
 */

#include <goedestart/gs-common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Role of a caregiver in the family. @since 0.1 */
typedef enum gs_role {
  GS_ROLE_BIRTH_PARENT = 1,    /**< `birth-parent` */
  GS_ROLE_PARTNER = 2,         /**< `partner` */
  GS_ROLE_OTHER_CAREGIVER = 3  /**< `other-caregiver` */
} gs_role;

/** @brief The family's wish for a child (kinderwens). @since 0.1 */
typedef enum gs_child_wish {
  GS_CHILD_WISH_UNKNOWN = 0,   /**< `unknown` (default) */
  GS_CHILD_WISH_NOT_NOW = 1,   /**< `not-now` */
  GS_CHILD_WISH_ACTIVE = 2     /**< `active` */
} gs_child_wish;

/** @brief Outcome of an ended pregnancy. @since 0.1 */
typedef enum gs_pregnancy_outcome {
  GS_OUTCOME_NONE = 0,         /**< not ended (no token) */
  GS_OUTCOME_BIRTH = 1,        /**< `birth` */
  GS_OUTCOME_LOSS = 2          /**< `loss` */
} gs_pregnancy_outcome;

/** @brief Where a signal moment takes place. @since 0.1 */
typedef enum gs_setting {
  GS_SETTING_MIDWIFE_PRACTICE = 1,     /**< `midwife-practice` */
  GS_SETTING_MATERNITY_CARE = 2,       /**< `maternity-care` */
  GS_SETTING_HOSPITAL = 3,             /**< `hospital` */
  GS_SETTING_WELL_BABY_CLINIC = 4,     /**< `well-baby-clinic` */
  GS_SETTING_PRESCHOOL = 5,            /**< `preschool` */
  GS_SETTING_PRIMARY_SCHOOL = 6,       /**< `primary-school` */
  GS_SETTING_SECONDARY_SCHOOL = 7,     /**< `secondary-school` */
  GS_SETTING_PRECONCEPTION_CLINIC = 8, /**< `preconception-clinic` */
  GS_SETTING_HOME = 9,                 /**< `home` */
  GS_SETTING_OTHER = 10                /**< `other` */
} gs_setting;

/** @brief Who signals (also the `responsible` of a plan action). @since 0.1 */
typedef enum gs_signaller {
  GS_BY_MIDWIFE = 1,            /**< `midwife` */
  GS_BY_GYNAECOLOGIST = 2,      /**< `gynaecologist` */
  GS_BY_MATERNITY_NURSE = 3,    /**< `maternity-nurse` */
  GS_BY_JGZ_NURSE = 4,          /**< `jgz-nurse` */
  GS_BY_JGZ_DOCTOR = 5,         /**< `jgz-doctor` */
  GS_BY_GP = 6,                 /**< `gp` */
  GS_BY_FAMILY = 7,             /**< `family` */
  GS_BY_NEAR_ENVIRONMENT = 8,   /**< `near-environment` */
  GS_BY_NEIGHBOURHOOD_TEAM = 9, /**< `neighbourhood-team` */
  GS_BY_MEE_GGZ = 10,           /**< `mee-ggz` */
  GS_BY_TEACHER = 11,           /**< `teacher` */
  GS_BY_SPORTS_COACH = 12,      /**< `sports-coach` */
  GS_BY_OTHER = 13              /**< `other` */
} gs_signaller;

/** @brief Topics shared by signals, screening, needs and offers. @since 0.1 */
typedef enum gs_topic {
  GS_TOPIC_SOCIAL_SUPPORT = 1,        /**< `social-support` */
  GS_TOPIC_LIFE_EVENTS = 2,           /**< `life-events` */
  GS_TOPIC_PARTNER_RELATIONSHIP = 3,  /**< `partner-relationship` */
  GS_TOPIC_DOMESTIC_VIOLENCE = 4,     /**< `domestic-violence` (safety) */
  GS_TOPIC_CHILD_SAFETY = 5,          /**< `child-safety` (safety) */
  GS_TOPIC_FINANCES_DEBT = 6,         /**< `finances-debt` (priority theme) */
  GS_TOPIC_HOUSING = 7,               /**< `housing` */
  GS_TOPIC_WORK_EDUCATION = 8,        /**< `work-education` */
  GS_TOPIC_HEALTH_LITERACY = 9,       /**< `health-literacy` (priority theme) */
  GS_TOPIC_SMOKING = 10,              /**< `smoking` (priority theme) */
  GS_TOPIC_ALCOHOL_DRUGS = 11,        /**< `alcohol-drugs` */
  GS_TOPIC_HEALTHY_WEIGHT = 12,       /**< `healthy-weight` (priority theme) */
  GS_TOPIC_MENTAL_HEALTH = 13,        /**< `mental-health` */
  GS_TOPIC_PARENTING = 14,            /**< `parenting` */
  GS_TOPIC_CHILD_DEVELOPMENT = 15,    /**< `child-development` */
  GS_TOPIC_CONTRACEPTION = 16,        /**< `contraception` */
  GS_TOPIC_PREGNANCY_HEALTH = 17,     /**< `pregnancy-health` */
  GS_TOPIC_LATE_PRENATAL_CARE = 18,   /**< `late-prenatal-care` */
  GS_TOPIC_FEELINGS_PREGNANCY = 19,   /**< `feelings-pregnancy` */
  GS_TOPIC_CHILDHOOD_EXPERIENCE = 20, /**< `childhood-experience` */
  GS_TOPIC_PHYSICAL_HEALTH = 21,      /**< `physical-health` */
  GS_TOPIC_SCHOOL_ABSENCE = 22,       /**< `school-absence` (children 4-19) */
  GS_TOPIC_BULLYING = 23,             /**< `bullying` (children 4-19) */
  GS_TOPIC_SEXUAL_HEALTH = 24,        /**< `sexual-health` (young people 13-19) */
  GS_TOPIC_YOUNG_CARER = 25,          /**< `young-carer` (KOPP/KVO) */
  GS_TOPIC_CHILD_MENTAL_HEALTH = 26,  /**< `child-mental-health` (the child's own) */
  GS_TOPIC_YOUTH_SUBSTANCE_USE = 27   /**< `youth-substance-use` (the young person's own) */
} gs_topic;

/** @brief The five DMOP domains (SamenStarten). @since 0.1 */
typedef enum gs_dmop_domain {
  GS_DMOP_PARENT_COMPETENCE = 1,    /**< `parent-competence` (BDS 1627) */
  GS_DMOP_PARTNER_ROLE = 2,         /**< `partner-role` (BDS 1626) */
  GS_DMOP_SOCIAL_NETWORK = 3,       /**< `social-network` (BDS 1628) */
  GS_DMOP_EVENTS_CIRCUMSTANCES = 4, /**< `events-circumstances` (BDS 1624) */
  GS_DMOP_CHILD_WELLBEING = 5       /**< `child-wellbeing` (BDS 1625) */
} gs_dmop_domain;

/** @brief DMOP rating (also the overall DMOP conclusion). @since 0.1 */
typedef enum gs_dmop_rating {
  GS_RATING_GOOD = 1,          /**< `good` (01 Goed) */
  GS_RATING_FAIR = 2,          /**< `fair` (02 Gaat wel) */
  GS_RATING_NOT_GOOD = 3,      /**< `not-good` (03 Niet goed) */
  GS_RATING_NOT_DISCUSSED = 4  /**< `not-discussed` (04 Niet besproken) */
} gs_dmop_rating;

/** @brief Consult status after the 8-week SamenStarten consult. @since 0.1 */
typedef enum gs_consult_status {
  GS_CONSULT_FINE = 1,       /**< `fine` */
  GS_CONSULT_ATTENTION = 2,  /**< `attention` */
  GS_CONSULT_PROBLEM = 3     /**< `problem` */
} gs_consult_status;

/** @brief GIZ areas, rated on the GOM scale 1-5. @since 0.1 */
typedef enum gs_giz_area {
  GS_GIZ_PHYSICAL_DEVELOPMENT = 1,   /**< `physical-development` */
  GS_GIZ_COGNITIVE_DEVELOPMENT = 2,  /**< `cognitive-development` */
  GS_GIZ_EMOTIONAL_DEVELOPMENT = 3,  /**< `emotional-development` */
  GS_GIZ_SOCIAL_DEVELOPMENT = 4,     /**< `social-development` */
  GS_GIZ_BASIC_CARE_SAFETY = 5,      /**< `basic-care-safety` */
  GS_GIZ_PARENTING = 6,              /**< `parenting` */
  GS_GIZ_PARENTHOOD_EXPERIENCE = 7,  /**< `parenthood-experience` */
  GS_GIZ_MUTUAL_SUPPORT = 8,         /**< `mutual-support` */
  GS_GIZ_FAMILY_CIRCUMSTANCES = 9,   /**< `family-circumstances` */
  GS_GIZ_NETWORK = 10                /**< `network` */
} gs_giz_area;

/** @brief Pregnancy-screening concern. @since 0.1 */
typedef enum gs_concern {
  GS_CONCERN_LOW = 1,   /**< `low` */
  GS_CONCERN_SOME = 2,  /**< `some` */
  GS_CONCERN_HIGH = 3   /**< `high` */
} gs_concern;

/** @brief ZRM (Zelfredzaamheid-Matrix 2017) domains, scored 1-5. @since 0.1 */
typedef enum gs_zrm_domain {
  GS_ZRM_FINANCES = 1,          /**< `finances` */
  GS_ZRM_WORK_EDUCATION = 2,    /**< `work-education` */
  GS_ZRM_TIME_USE = 3,          /**< `time-use` */
  GS_ZRM_HOUSING = 4,           /**< `housing` */
  GS_ZRM_DOMESTIC_RELATIONS = 5,/**< `domestic-relations` */
  GS_ZRM_MENTAL_HEALTH = 6,     /**< `mental-health` */
  GS_ZRM_PHYSICAL_HEALTH = 7,   /**< `physical-health` */
  GS_ZRM_SUBSTANCE_USE = 8,     /**< `substance-use` */
  GS_ZRM_BASIC_ADL = 9,         /**< `basic-adl` */
  GS_ZRM_INSTRUMENTAL_ADL = 10, /**< `instrumental-adl` */
  GS_ZRM_SOCIAL_NETWORK = 11,   /**< `social-network` */
  GS_ZRM_PARTICIPATION = 12,    /**< `participation` */
  GS_ZRM_JUSTICE = 13           /**< `justice` */
} gs_zrm_domain;

/** @brief Positive Health dimensions, scored 0-10. @since 0.1 */
typedef enum gs_ph_dimension {
  GS_PH_BODILY_FUNCTIONS = 1,   /**< `bodily-functions` */
  GS_PH_MENTAL_WELLBEING = 2,   /**< `mental-wellbeing` */
  GS_PH_MEANINGFULNESS = 3,     /**< `meaningfulness` */
  GS_PH_QUALITY_OF_LIFE = 4,    /**< `quality-of-life` */
  GS_PH_PARTICIPATION = 5,      /**< `participation` */
  GS_PH_DAILY_FUNCTIONING = 6   /**< `daily-functioning` */
} gs_ph_dimension;

/** @brief Kind of a signal. @since 0.1 */
typedef enum gs_signal_kind {
  GS_SIGNAL_RISK = 1,        /**< `risk` */
  GS_SIGNAL_PROTECTIVE = 2   /**< `protective` */
} gs_signal_kind;

/** @brief The six life phases of the Goede Start programme. @since 0.1 */
typedef enum gs_phase {
  GS_PHASE_ANTICONCEPTION = 1,   /**< `anticonception` (family) */
  GS_PHASE_PRECONCEPTION = 2,    /**< `preconception` (family) */
  GS_PHASE_PREGNANCY_BIRTH = 3,  /**< `pregnancy-birth` (pregnancy) */
  GS_PHASE_CHILD_0_4 = 4,        /**< `child-0-4` (child) */
  GS_PHASE_CHILD_5_12 = 5,       /**< `child-5-12` (child) */
  GS_PHASE_CHILD_13_19 = 6       /**< `child-13-19` (child) */
} gs_phase;

/** @brief Proposed or agreed care need (zorgbehoefte), least to most. @since 0.1 */
typedef enum gs_care_need {
  GS_CARE_POSITIVE_CONFIRMATION = 1, /**< `positive-confirmation` */
  GS_CARE_ADDITIONAL_CARE = 2,       /**< `additional-care` */
  GS_CARE_URGENT_SUPPORT = 3         /**< `urgent-support` */
} gs_care_need;

/** @brief Levels of the self-reliance pyramid. @since 0.1 */
typedef enum gs_level {
  GS_LEVEL_OWN_STRENGTH = 1,            /**< `own-strength` */
  GS_LEVEL_NETWORK = 2,                 /**< `network` */
  GS_LEVEL_VOLUNTEERS = 3,              /**< `volunteers` */
  GS_LEVEL_LIGHT_PROFESSIONAL = 4,      /**< `light-professional` */
  GS_LEVEL_INTENSIVE_PROFESSIONAL = 5   /**< `intensive-professional` */
} gs_level;

/** @brief Status of a plan goal. @since 0.1 */
typedef enum gs_goal_status {
  GS_GOAL_OPEN = 1,      /**< `open` */
  GS_GOAL_ACHIEVED = 2,  /**< `achieved` */
  GS_GOAL_STOPPED = 3    /**< `stopped` */
} gs_goal_status;

/** @brief Outcome of a plan review. @since 0.1 */
typedef enum gs_review_outcome {
  GS_REVIEW_ACHIEVED = 1,      /**< `achieved` */
  GS_REVIEW_PARTIAL = 2,       /**< `partial` */
  GS_REVIEW_NOT_ACHIEVED = 3,  /**< `not-achieved` */
  GS_REVIEW_WORSENED = 4       /**< `worsened` */
} gs_review_outcome;

/** @brief Kinds of finding a contact can hold, in document order. @since 0.1 */
typedef enum gs_finding_kind {
  GS_FINDING_DMOP = 1,            /**< `dmop`: item gs_dmop_domain, value gs_dmop_rating */
  GS_FINDING_DMOP_OVERALL = 2,    /**< `dmop-overall`: value gs_dmop_rating (informational) */
  GS_FINDING_CONSULT = 3,         /**< `consult`: value gs_consult_status */
  GS_FINDING_GIZ = 4,             /**< `giz`: item gs_giz_area, value GOM 1-5 */
  GS_FINDING_SCREENING = 5,       /**< `screening`: item gs_topic, value gs_concern */
  GS_FINDING_HELP_REQUESTED = 6,  /**< `help-requested`: value 1 (yes) or 0 (no) */
  GS_FINDING_ZRM = 7,             /**< `zrm`: item gs_zrm_domain, value 1-5, a caregiver */
  GS_FINDING_POSITIVE_HEALTH = 8, /**< `positive-health`: item gs_ph_dimension, value 0-10 */
  GS_FINDING_SIGNAL = 9           /**< `signal`: item gs_topic, value severity 1-3, kind, id, resolved */
} gs_finding_kind;

/** @brief Anchor of a schedule moment. @since 0.1 */
typedef enum gs_anchor {
  GS_ANCHOR_CONCEPTION = 1,  /**< `conception` (the pregnancy start, due - 280) */
  GS_ANCHOR_BIRTH = 2,       /**< `birth` (a child's birth date) */
  GS_ANCHOR_INDICATION = 3   /**< `indication` (the date of the trigger contact; schedule.md) */
} gs_anchor;

/**
 * @brief What creates an instance of an indicated moment (anchor
 *        `indication`; SamenStarten "zorg op maat"). @since 0.1
 *
 * A contact whose consult status (its last `consult` finding) matches
 * creates one instance, anchored on the contact's date.
 */
typedef enum gs_trigger {
  GS_TRIGGER_NONE = 0,               /**< not an indicated moment (no token) */
  GS_TRIGGER_CONSULT_PROBLEM = 1,    /**< `consult-problem`: consult status `problem` */
  GS_TRIGGER_CONSULT_ATTENTION = 2   /**< `consult-attention`: consult status `attention` */
} gs_trigger;

/** @brief Status of a schedule instance at an as-of date. @since 0.1 */
typedef enum gs_moment_status {
  GS_MOMENT_UPCOMING = 1,        /**< `upcoming` */
  GS_MOMENT_DUE = 2,             /**< `due` */
  GS_MOMENT_OVERDUE = 3,         /**< `overdue` */
  GS_MOMENT_MISSED = 4,          /**< `missed` */
  GS_MOMENT_DONE = 5,            /**< `done` */
  GS_MOMENT_NOT_APPLICABLE = 6   /**< `not-applicable` */
} gs_moment_status;

/** @brief Move proposed by the `level-review` table. @since 0.1 */
typedef enum gs_move {
  GS_MOVE_STAY = 1,            /**< `stay` */
  GS_MOVE_STEP_UP = 2,         /**< `step-up` */
  GS_MOVE_STEP_DOWN = 3,       /**< `step-down` */
  GS_MOVE_JUMP_INTENSIVE = 4,  /**< `jump-intensive` */
  GS_MOVE_CLOSE = 5            /**< `close` */
} gs_move;

/** @brief Value of the `safety`, `network` and `competence` facts. @since 0.1 */
typedef enum gs_safety {
  GS_SAFETY_NONE = 0,  /**< `none` */
  GS_SAFETY_SOME = 1,  /**< `some` */
  GS_SAFETY_HIGH = 2   /**< `high` */
} gs_safety;

/** @brief Value of the `network` and `competence` facts. @since 0.1 */
typedef enum gs_strength {
  GS_STRENGTH_UNKNOWN = 0,  /**< `unknown` */
  GS_STRENGTH_WEAK = 1,     /**< `weak` */
  GS_STRENGTH_STRONG = 2    /**< `strong` */
} gs_strength;

/** @brief Scope of a care-path offer (besides a municipality code). @since 0.1 */
typedef enum gs_scope {
  GS_SCOPE_NATIONAL = 1,      /**< `national` */
  GS_SCOPE_REGION = 2,        /**< `region` */
  GS_SCOPE_PROVINCE = 3,      /**< a province code such as `DR`, `GR` */
  GS_SCOPE_MUNICIPALITY = 4   /**< a municipality code `GMnnnn` */
} gs_scope;

/**
 * @brief What the professional must check before proposing a route
 *        (care-paths.md "Routing a need", step 2). @since 0.1
 */
typedef enum gs_route_check {
  GS_CHECK_NONE = 0,           /**< nothing to check (no token) */
  GS_CHECK_CAREGIVER_AGE = 1   /**< `caregiver-age`: an age criterion needs a birth year the dossier lacks */
} gs_route_check;

/**
 * @brief Kind of a note: what an assessment did not count (formats.md
 *        "Notes"). @since 0.1
 */
typedef enum gs_note_kind {
  GS_NOTE_EXPIRED = 1,               /**< `expired`: the latest value of an item expired */
  GS_NOTE_SCREENING_UNASSIGNED = 2,  /**< `screening-unassigned`: screening of no single pregnancy */
  GS_NOTE_UNKNOWN_MOMENT = 3,        /**< `unknown-moment`: a contact names a moment not in the schedule */
  GS_NOTE_MUNICIPALITY_UNKNOWN = 4,  /**< `municipality-unknown`: only national offers can route */
  GS_NOTE_MUNICIPALITY_FORMER = 5    /**< `municipality-former`: a former code, routed as its successor */
} gs_note_kind;

/** @brief Problem found by the plan's offer check. @since 0.1 */
typedef enum gs_offer_problem {
  GS_OFFER_UNKNOWN = 1,         /**< `unknown-offer` */
  GS_OFFER_LEVEL_MISMATCH = 2   /**< `level-mismatch` */
} gs_offer_problem;

/**
 * @brief The decision recorded at step 5 of the Meldcode huiselijk geweld
 *        en kindermishandeling (spec/model.md "Meldcode").
 *
 * Steps 1-4 carry no decision (GS_MELDCODE_DECISION_NONE, which has no
 * token). The steps themselves are the codes of GS_KIND_MELDCODE_STEP.
 * @since 0.1
 */
typedef enum gs_meldcode_decision {
  GS_MELDCODE_DECISION_NONE = 0,   /**< no decision (steps 1-4; no token) */
  GS_MELDCODE_HELP = 1,            /**< `help`: offer or organise help */
  GS_MELDCODE_REPORT = 2,          /**< `report`: report to Veilig Thuis */
  GS_MELDCODE_HELP_AND_REPORT = 3  /**< `help-and-report`: report and offer help */
} gs_meldcode_decision;

/**
 * @brief The enumerations known to the generic code functions.
 * @since 0.1
 */
typedef enum gs_kind {
  GS_KIND_ROLE = 1,               /**< ::gs_role */
  GS_KIND_CHILD_WISH = 2,         /**< ::gs_child_wish */
  GS_KIND_PREGNANCY_OUTCOME = 3,  /**< ::gs_pregnancy_outcome */
  GS_KIND_SETTING = 4,            /**< ::gs_setting */
  GS_KIND_SIGNALLER = 5,          /**< ::gs_signaller */
  GS_KIND_TOPIC = 6,              /**< ::gs_topic */
  GS_KIND_DMOP_DOMAIN = 7,        /**< ::gs_dmop_domain */
  GS_KIND_DMOP_RATING = 8,        /**< ::gs_dmop_rating */
  GS_KIND_CONSULT_STATUS = 9,     /**< ::gs_consult_status */
  GS_KIND_GIZ_AREA = 10,          /**< ::gs_giz_area */
  GS_KIND_GOM = 11,               /**< GOM levels 1-5 (tokens "1".."5") */
  GS_KIND_CONCERN = 12,           /**< ::gs_concern */
  GS_KIND_ZRM_DOMAIN = 13,        /**< ::gs_zrm_domain */
  GS_KIND_ZRM_SCORE = 14,         /**< ZRM scores 1-5 (tokens "1".."5") */
  GS_KIND_PH_DIMENSION = 15,      /**< ::gs_ph_dimension */
  GS_KIND_SIGNAL_KIND = 16,       /**< ::gs_signal_kind */
  GS_KIND_SEVERITY = 17,          /**< signal severity 1-3 (tokens "1".."3") */
  GS_KIND_PHASE = 18,             /**< ::gs_phase */
  GS_KIND_CARE_NEED = 19,         /**< ::gs_care_need */
  GS_KIND_LEVEL = 20,             /**< ::gs_level */
  GS_KIND_GOAL_STATUS = 21,       /**< ::gs_goal_status */
  GS_KIND_REVIEW_OUTCOME = 22,    /**< ::gs_review_outcome */
  GS_KIND_FINDING = 23,           /**< ::gs_finding_kind */
  GS_KIND_ANCHOR = 24,            /**< ::gs_anchor */
  GS_KIND_MOMENT_STATUS = 25,     /**< ::gs_moment_status */
  GS_KIND_MOVE = 26,              /**< ::gs_move */
  GS_KIND_SAFETY = 27,            /**< ::gs_safety */
  GS_KIND_STRENGTH = 28,          /**< ::gs_strength */
  GS_KIND_OFFER_PROBLEM = 29,     /**< ::gs_offer_problem */
  GS_KIND_PROVINCE = 30,          /**< Dutch provinces: 1 `DR` Drenthe, 2 `GR` Groningen, then 3 `FR`, 4 `OV`, 5 `FL`, 6 `GE`, 7 `UT`, 8 `NH`, 9 `ZH`, 10 `ZE`, 11 `NB`, 12 `LI` */
  GS_KIND_MELDCODE_DECISION = 31, /**< ::gs_meldcode_decision (codes 1-3) */
  GS_KIND_MELDCODE_STEP = 32,     /**< the five steps of the Meldcode (tokens "1".."5"; the label is the step's text) */
  GS_KIND_TRIGGER = 33,           /**< ::gs_trigger (codes 1-2) */
  GS_KIND_ROUTE_CHECK = 34,       /**< ::gs_route_check (code 1) */
  GS_KIND_NOTE = 35               /**< ::gs_note_kind */
} gs_kind;

/**
 * @brief The XML token of a code, e.g. `social-support` for
 *        (GS_KIND_TOPIC, GS_TOPIC_SOCIAL_SUPPORT).
 *
 * The score kinds GS_KIND_GOM, GS_KIND_ZRM_SCORE and GS_KIND_SEVERITY and
 * the Meldcode steps GS_KIND_MELDCODE_STEP have the digits as tokens
 * ("1".."5", "1".."3"); GS_KIND_PROVINCE has the
 * two-letter province codes ("DR", "GR", ...).
 * @param kind The enumeration.
 * @param code A code of that enumeration.
 * @return A static string, or NULL when @p kind or @p code is not valid.
 * @since 0.1
 */
GS_EXPORT const char *gs_code_token(gs_kind kind, int code);

/**
 * @brief The code of an XML token (exact, case-sensitive match).
 * @param kind The enumeration.
 * @param token The token, e.g. "not-good".
 * @param[out] out The code; untouched on error.
 * @return GS_OK; GS_EPARSE for an unknown token, with a message such as
 *         "unknown topic 'foo'" (small enumerations also list the valid
 *         tokens); GS_EINVAL for an invalid @p kind or a NULL argument.
 * @since 0.1
 */
GS_EXPORT gs_status gs_code_parse(gs_kind kind, const char *token, int *out);

/**
 * @brief The human-readable label of a code: the one label function for
 *        every kind.
 *
 * Dutch labels follow the spec tables (the wording of the BDS JGZ, the
 * SamenStarten and GIZ methods and the Goede Start programme); English
 * labels are translations of them. GOM level 4 has no published label and
 * is "GOM 4" in both languages.
 * @param kind The enumeration.
 * @param code A code of that enumeration.
 * @param lang GS_LANG_NL or GS_LANG_EN; GS_LANG_NONE gives the English label.
 * @return A static UTF-8 string, or NULL when @p kind, @p code or @p lang is
 *         not valid.
 * @since 0.1
 */
GS_EXPORT const char *gs_code_label(gs_kind kind, int code, gs_lang lang);

/**
 * @brief The number of valid codes of an enumeration.
 * @param kind The enumeration.
 * @return The count, or 0 when @p kind is not valid.
 * @since 0.1
 */
GS_EXPORT size_t gs_code_count(gs_kind kind);

/**
 * @brief The @p i-th valid code of an enumeration, in code order.
 *
 * Iterate with `for (size_t i = 0; i < gs_code_count(k); i++)
 * gs_code_at(k, i)`. Some enumerations start at 0 (::gs_child_wish,
 * ::gs_safety, ::gs_strength); GS_KIND_PREGNANCY_OUTCOME covers only the
 * outcomes with a token (birth, loss).
 * @param kind The enumeration.
 * @param i Index, 0 to gs_code_count() - 1.
 * @return The code, or -1 when @p kind or @p i is not valid.
 * @since 0.1
 */
GS_EXPORT int gs_code_at(gs_kind kind, size_t i);

/**
 * @brief The number of Goede Start municipalities the library knows (11).
 * @return The count.
 * @since 0.1
 */
GS_EXPORT size_t gs_municipality_count(void);

/**
 * @brief The CBS code of known municipality @p i, e.g. "GM0114".
 *
 * The table is in the order of spec/model.md: Drenthe, then Groningen,
 * each by name.
 * @param i Index, 0 to gs_municipality_count() - 1.
 * @return A static string, or NULL when @p i is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_municipality_code(size_t i);

/**
 * @brief The name of known municipality @p i, e.g. "Emmen".
 * @param i Index, 0 to gs_municipality_count() - 1.
 * @return A static UTF-8 string, or NULL when @p i is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_municipality_name(size_t i);

/**
 * @brief The province of known municipality @p i as its token ("DR" or
 *        "GR"); see GS_KIND_PROVINCE for the province's label.
 * @param i Index, 0 to gs_municipality_count() - 1.
 * @return A static string, or NULL when @p i is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_municipality_province(size_t i);

/**
 * @brief Finds a known municipality by its CBS code.
 * @param code A code `GMnnnn`.
 * @param[out] index Its index in the table (may be NULL); untouched on error.
 * @return GS_OK; GS_ENOTFOUND for a well-formed code that is not one of the
 *         eleven Goede Start municipalities; GS_EINVAL for a malformed code
 *         or NULL.
 * @since 0.1
 */
GS_EXPORT gs_status gs_municipality_find(const char *code, size_t *index);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_CODES_H */
