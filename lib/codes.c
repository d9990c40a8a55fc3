/*
 * libgoedestart - the code tables: every enumeration's stable codes, XML
 * tokens and Dutch/English labels (spec/model.md, decisions.md, plan.md,
 * schedule.md, care-paths.md), the topic mappings of decisions.md "Needs"
 * and model.md, and the eleven Goede Start municipalities.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Everything is static data; nothing allocates.
 */
#include <stdio.h>
#include <string.h>

#include "codes.h"

typedef struct code_entry {
  int code;
  const char *token;
  const char *nl;
  const char *en;
} code_entry;

/* Entries of each table are in code order (gs_code_at relies on it). */

static const code_entry roles[] = {
  { GS_ROLE_BIRTH_PARENT, "birth-parent", "barende ouder (moeder)", "birth parent (mother)" },
  { GS_ROLE_PARTNER, "partner", "partner", "partner" },
  { GS_ROLE_OTHER_CAREGIVER, "other-caregiver", "andere verzorger", "other caregiver" },
};

static const code_entry child_wishes[] = {
  { GS_CHILD_WISH_UNKNOWN, "unknown", "onbekend", "unknown" },
  { GS_CHILD_WISH_NOT_NOW, "not-now", "nu geen kinderwens", "no wish for a child now" },
  { GS_CHILD_WISH_ACTIVE, "active", "actieve kinderwens", "active wish for a child" },
};

static const code_entry outcomes[] = {
  { GS_OUTCOME_BIRTH, "birth", "geboorte", "birth" },
  { GS_OUTCOME_LOSS, "loss", "zwangerschapsverlies", "pregnancy loss" },
};

static const code_entry settings[] = {
  { GS_SETTING_MIDWIFE_PRACTICE, "midwife-practice", "verloskundige praktijk", "midwifery practice" },
  { GS_SETTING_MATERNITY_CARE, "maternity-care", "kraamzorg", "maternity care" },
  { GS_SETTING_HOSPITAL, "hospital", "ziekenhuis (moeder-kindzorg)",
    "hospital (mother and child care)" },
  { GS_SETTING_WELL_BABY_CLINIC, "well-baby-clinic", "consultatiebureau (JGZ 0-4)",
    "well-baby clinic (JGZ 0-4)" },
  { GS_SETTING_PRESCHOOL, "preschool", "peuteropvang / voorschool",
    "preschool / early childhood education (peuteropvang / voorschool)" },
  { GS_SETTING_PRIMARY_SCHOOL, "primary-school", "basisschool (JGZ-arts)",
    "primary school (JGZ doctor)" },
  { GS_SETTING_SECONDARY_SCHOOL, "secondary-school", "middelbare school (JGZ-arts)",
    "secondary school (JGZ doctor)" },
  { GS_SETTING_PRECONCEPTION_CLINIC, "preconception-clinic", "preconceptiespreekuur",
    "preconception clinic" },
  { GS_SETTING_HOME, "home", "thuis (huisbezoek)", "home (home visit)" },
  { GS_SETTING_OTHER, "other", "anders", "other" },
};

static const code_entry signallers[] = {
  { GS_BY_MIDWIFE, "midwife", "verloskundige", "midwife" },
  { GS_BY_GYNAECOLOGIST, "gynaecologist", "gynaecoloog", "gynaecologist" },
  { GS_BY_MATERNITY_NURSE, "maternity-nurse", "kraamverzorgende", "maternity nurse" },
  { GS_BY_JGZ_NURSE, "jgz-nurse", "jeugdverpleegkundige (JGZ)", "youth health nurse (JGZ)" },
  { GS_BY_JGZ_DOCTOR, "jgz-doctor", "jeugdarts (JGZ)", "youth health doctor (JGZ)" },
  { GS_BY_GP, "gp", "huisarts", "general practitioner" },
  { GS_BY_FAMILY, "family", "gezin zelf", "the family itself" },
  { GS_BY_NEAR_ENVIRONMENT, "near-environment", "directe omgeving", "the family's own circle (directe omgeving)" },
  { GS_BY_NEIGHBOURHOOD_TEAM, "neighbourhood-team", "wijkteam", "neighbourhood team" },
  { GS_BY_MEE_GGZ, "mee-ggz", "MEE / GGZ", "MEE (client support) / mental health care (GGZ)" },
  { GS_BY_TEACHER, "teacher", "leerkracht", "teacher" },
  { GS_BY_SPORTS_COACH, "sports-coach", "sportcoach", "sports coach" },
  { GS_BY_OTHER, "other", "anders", "other" },
};

static const code_entry topics[] = {
  { GS_TOPIC_SOCIAL_SUPPORT, "social-support", "sociale steun / isolement",
    "social support / isolation" },
  { GS_TOPIC_LIFE_EVENTS, "life-events", "stressvolle gebeurtenissen", "stressful life events" },
  { GS_TOPIC_PARTNER_RELATIONSHIP, "partner-relationship", "partnerrelatie",
    "partner relationship" },
  { GS_TOPIC_DOMESTIC_VIOLENCE, "domestic-violence", "huiselijk geweld", "domestic violence" },
  { GS_TOPIC_CHILD_SAFETY, "child-safety", "veiligheid kind / kindermishandeling",
    "child safety / child abuse" },
  { GS_TOPIC_FINANCES_DEBT, "finances-debt", "armoede en schulden", "poverty and debt" },
  { GS_TOPIC_HOUSING, "housing", "huisvesting", "housing" },
  { GS_TOPIC_WORK_EDUCATION, "work-education", "werk, inkomen en opleiding",
    "work, income and education" },
  { GS_TOPIC_HEALTH_LITERACY, "health-literacy", "basisvaardigheden, taal, gezondheidsvaardigheden",
    "basic skills, language, health literacy" },
  { GS_TOPIC_SMOKING, "smoking", "roken / rookvrij opgroeien", "smoking / growing up smoke-free" },
  { GS_TOPIC_ALCOHOL_DRUGS, "alcohol-drugs", "alcohol en drugs", "alcohol and drugs" },
  { GS_TOPIC_HEALTHY_WEIGHT, "healthy-weight", "gezond gewicht", "healthy weight" },
  { GS_TOPIC_MENTAL_HEALTH, "mental-health", "psychische gezondheid ouder",
    "mental health of a parent" },
  { GS_TOPIC_PARENTING, "parenting", "opvoeding, hechting, ouderschap",
    "parenting, attachment, parenthood" },
  { GS_TOPIC_CHILD_DEVELOPMENT, "child-development", "ontwikkeling kind", "child development" },
  { GS_TOPIC_CONTRACEPTION, "contraception", "kinderwens en anticonceptie",
    "wish for a child and contraception" },
  { GS_TOPIC_PREGNANCY_HEALTH, "pregnancy-health", "medische zwangerschapsrisico's",
    "medical pregnancy risks" },
  { GS_TOPIC_LATE_PRENATAL_CARE, "late-prenatal-care",
    "late aanmelding / late start van de zwangerschapscontroles",
    "late booking / late start of antenatal care" },
  { GS_TOPIC_FEELINGS_PREGNANCY, "feelings-pregnancy", "gevoelens over de zwangerschap",
    "feelings about the pregnancy" },
  { GS_TOPIC_CHILDHOOD_EXPERIENCE, "childhood-experience", "eigen jeugdervaringen",
    "own childhood experiences" },
  { GS_TOPIC_PHYSICAL_HEALTH, "physical-health", "lichamelijke gezondheid", "physical health" },
  { GS_TOPIC_SCHOOL_ABSENCE, "school-absence", "schoolverzuim", "school absence" },
  { GS_TOPIC_BULLYING, "bullying", "pesten", "bullying" },
  { GS_TOPIC_SEXUAL_HEALTH, "sexual-health", "seksuele gezondheid", "sexual health" },
  { GS_TOPIC_YOUNG_CARER, "young-carer", "jonge mantelzorger (KOPP/KVO)",
    "young carer (children of parents with mental-health or addiction problems)" },
  { GS_TOPIC_CHILD_MENTAL_HEALTH, "child-mental-health", "psychische gezondheid kind of jongere",
    "mental health of the child or young person" },
  { GS_TOPIC_YOUTH_SUBSTANCE_USE, "youth-substance-use",
    "middelengebruik jongere (alcohol, roken, drugs)",
    "the young person's own substance use (alcohol, smoking, drugs)" },
};

static const code_entry dmop_domains[] = {
  { GS_DMOP_PARENT_COMPETENCE, "parent-competence", "competentie van de ouders",
    "parents' competence" },
  { GS_DMOP_PARTNER_ROLE, "partner-role", "rol van de partner", "role of the partner" },
  { GS_DMOP_SOCIAL_NETWORK, "social-network", "sociaal netwerk / sociale steun",
    "social network / social support" },
  { GS_DMOP_EVENTS_CIRCUMSTANCES, "events-circumstances", "gebeurtenissen en omstandigheden",
    "events and circumstances" },
  { GS_DMOP_CHILD_WELLBEING, "child-wellbeing", "welbevinden van het kind", "child's wellbeing" },
};

static const code_entry dmop_ratings[] = {
  { GS_RATING_GOOD, "good", "goed", "good" },
  { GS_RATING_FAIR, "fair", "gaat wel", "fair" },
  { GS_RATING_NOT_GOOD, "not-good", "niet goed", "not good" },
  { GS_RATING_NOT_DISCUSSED, "not-discussed", "niet besproken", "not discussed" },
};

static const code_entry consult_statuses[] = {
  { GS_CONSULT_FINE, "fine", "prima", "fine" },
  { GS_CONSULT_ATTENTION, "attention", "goed met aandachtspunten", "good, with points for attention" },
  { GS_CONSULT_PROBLEM, "problem", "probleem", "problem" },
};

static const code_entry giz_areas[] = {
  { GS_GIZ_PHYSICAL_DEVELOPMENT, "physical-development", "lichamelijke ontwikkeling",
    "physical development" },
  { GS_GIZ_COGNITIVE_DEVELOPMENT, "cognitive-development", "verstandelijke ontwikkeling",
    "cognitive development" },
  { GS_GIZ_EMOTIONAL_DEVELOPMENT, "emotional-development", "emotionele ontwikkeling",
    "emotional development" },
  { GS_GIZ_SOCIAL_DEVELOPMENT, "social-development", "sociale en seksuele ontwikkeling",
    "social and sexual development" },
  { GS_GIZ_BASIC_CARE_SAFETY, "basic-care-safety", "basiszorg / veiligheid", "basic care / safety" },
  { GS_GIZ_PARENTING, "parenting", "opvoeden", "parenting" },
  { GS_GIZ_PARENTHOOD_EXPERIENCE, "parenthood-experience", "beleving ouderschap",
    "experience of parenthood" },
  { GS_GIZ_MUTUAL_SUPPORT, "mutual-support", "onderlinge steun ouders",
    "mutual support of the parents" },
  { GS_GIZ_FAMILY_CIRCUMSTANCES, "family-circumstances", "gezinsomstandigheden",
    "family circumstances" },
  { GS_GIZ_NETWORK, "network", "netwerk", "network" },
};

/* GOM level 4 is BDS code 04 without a published label: "GOM 4" (model.md). */
static const code_entry gom_levels[] = {
  { 1, "1", "normale zorgen", "normal concerns" },
  { 2, "2", "spanning", "tension" },
  { 3, "3", "veel stress", "a lot of stress" },
  { 4, "4", "GOM 4", "GOM 4" },
  { 5, "5", "noodsituatie", "emergency" },
};

static const code_entry concerns[] = {
  { GS_CONCERN_LOW, "low", "weinig zorgen", "few concerns" },
  { GS_CONCERN_SOME, "some", "enige zorgen", "some concerns" },
  { GS_CONCERN_HIGH, "high", "veel zorgen", "many concerns" },
};

static const code_entry zrm_domains[] = {
  { GS_ZRM_FINANCES, "finances", "financiën", "finances" },
  { GS_ZRM_WORK_EDUCATION, "work-education", "werk & opleiding", "work and education" },
  { GS_ZRM_TIME_USE, "time-use", "tijdsbesteding", "time use" },
  { GS_ZRM_HOUSING, "housing", "huisvesting", "housing" },
  { GS_ZRM_DOMESTIC_RELATIONS, "domestic-relations", "huiselijke relaties", "domestic relations" },
  { GS_ZRM_MENTAL_HEALTH, "mental-health", "geestelijke gezondheid", "mental health" },
  { GS_ZRM_PHYSICAL_HEALTH, "physical-health", "lichamelijke gezondheid", "physical health" },
  { GS_ZRM_SUBSTANCE_USE, "substance-use", "middelengebruik", "substance use" },
  { GS_ZRM_BASIC_ADL, "basic-adl", "basale ADL", "basic activities of daily living" },
  { GS_ZRM_INSTRUMENTAL_ADL, "instrumental-adl", "instrumentele ADL",
    "instrumental activities of daily living" },
  { GS_ZRM_SOCIAL_NETWORK, "social-network", "sociaal netwerk", "social network" },
  { GS_ZRM_PARTICIPATION, "participation", "maatschappelijke participatie",
    "participation in society" },
  { GS_ZRM_JUSTICE, "justice", "justitie", "justice" },
};

static const code_entry zrm_scores[] = {
  { 1, "1", "acute problematiek", "acute problems" },
  { 2, "2", "niet zelfredzaam", "not self-reliant" },
  { 3, "3", "beperkt zelfredzaam", "limited self-reliance" },
  { 4, "4", "voldoende zelfredzaam", "sufficiently self-reliant" },
  { 5, "5", "volledig zelfredzaam", "fully self-reliant" },
};

static const code_entry ph_dimensions[] = {
  { GS_PH_BODILY_FUNCTIONS, "bodily-functions", "lichaamsfuncties", "bodily functions" },
  { GS_PH_MENTAL_WELLBEING, "mental-wellbeing", "mentaal welbevinden", "mental wellbeing" },
  { GS_PH_MEANINGFULNESS, "meaningfulness", "zingeving", "meaningfulness" },
  { GS_PH_QUALITY_OF_LIFE, "quality-of-life", "kwaliteit van leven", "quality of life" },
  { GS_PH_PARTICIPATION, "participation", "meedoen", "participation" },
  { GS_PH_DAILY_FUNCTIONING, "daily-functioning", "dagelijks functioneren", "daily functioning" },
};

static const code_entry signal_kinds[] = {
  { GS_SIGNAL_RISK, "risk", "risicofactor", "risk factor" },
  { GS_SIGNAL_PROTECTIVE, "protective", "beschermende factor", "protective factor" },
};

static const code_entry severities[] = {
  { 1, "1", "aandachtspunt", "attention" },
  { 2, "2", "zorgen", "concern" },
  { 3, "3", "acuut", "acute" },
};

static const code_entry phases[] = {
  { GS_PHASE_ANTICONCEPTION, "anticonception", "Anticonceptiefase", "Contraception phase" },
  { GS_PHASE_PRECONCEPTION, "preconception", "Preconceptie", "Preconception" },
  { GS_PHASE_PREGNANCY_BIRTH, "pregnancy-birth", "Zwangerschap en geboorte", "Pregnancy and birth" },
  { GS_PHASE_CHILD_0_4, "child-0-4", "Kind 0-4 jaar", "Child 0-4 years" },
  { GS_PHASE_CHILD_5_12, "child-5-12", "Kind 4-12 jaar", "Child 4-12 years" },
  { GS_PHASE_CHILD_13_19, "child-13-19", "Kind 13-19 jaar", "Child 13-19 years" },
};

static const code_entry care_needs[] = {
  { GS_CARE_POSITIVE_CONFIRMATION, "positive-confirmation", "positieve bevestiging",
    "positive confirmation" },
  { GS_CARE_ADDITIONAL_CARE, "additional-care", "aanvullende zorg", "additional care" },
  { GS_CARE_URGENT_SUPPORT, "urgent-support", "urgente ondersteuning", "urgent support" },
};

static const code_entry levels[] = {
  { GS_LEVEL_OWN_STRENGTH, "own-strength", "eigen kracht van het gezin",
    "the family's own strength" },
  { GS_LEVEL_NETWORK, "network", "familie en directe omgeving (naoberschap)",
    "family and neighbourly help (naoberschap)" },
  { GS_LEVEL_VOLUNTEERS, "volunteers", "vrijwilligers en wijkteam",
    "volunteers and neighbourhood team" },
  { GS_LEVEL_LIGHT_PROFESSIONAL, "light-professional",
    "lichte professionele ondersteuning, niet geïndiceerd / eerste lijn",
    "light professional support, not indicated / first line" },
  { GS_LEVEL_INTENSIVE_PROFESSIONAL, "intensive-professional",
    "intensievere professionele ondersteuning", "more intensive professional support" },
};

static const code_entry goal_statuses[] = {
  { GS_GOAL_OPEN, "open", "open", "open" },
  { GS_GOAL_ACHIEVED, "achieved", "behaald", "achieved" },
  { GS_GOAL_STOPPED, "stopped", "gestopt", "stopped" },
};

static const code_entry review_outcomes[] = {
  { GS_REVIEW_ACHIEVED, "achieved", "behaald", "achieved" },
  { GS_REVIEW_PARTIAL, "partial", "gedeeltelijk behaald", "partly achieved" },
  { GS_REVIEW_NOT_ACHIEVED, "not-achieved", "niet behaald", "not achieved" },
  { GS_REVIEW_WORSENED, "worsened", "verslechterd", "worsened" },
};

static const code_entry finding_kinds[] = {
  { GS_FINDING_DMOP, "dmop", "waardering DMOP-domein", "DMOP domain rating" },
  { GS_FINDING_DMOP_OVERALL, "dmop-overall", "overall conclusie DMOP", "DMOP overall conclusion" },
  { GS_FINDING_CONSULT, "consult", "consultstatus SamenStarten", "SamenStarten consult status" },
  { GS_FINDING_GIZ, "giz", "GIZ-gebied (GOM-niveau)", "GIZ area (GOM level)" },
  { GS_FINDING_SCREENING, "screening", "zwangerschapsscreening", "pregnancy screening" },
  { GS_FINDING_HELP_REQUESTED, "help-requested", "hulpvraag van de zwangere", "the pregnant woman asks for help" },
  { GS_FINDING_ZRM, "zrm", "ZRM-score", "ZRM score" },
  { GS_FINDING_POSITIVE_HEALTH, "positive-health", "Positieve Gezondheid", "Positive Health" },
  { GS_FINDING_SIGNAL, "signal", "signaal", "signal" },
};

static const code_entry anchors[] = {
  { GS_ANCHOR_CONCEPTION, "conception", "eerste dag laatste menstruatie (AD − 280 dagen)",
    "start of pregnancy: first day of the last menstrual period (due date − 280 days)" },
  { GS_ANCHOR_BIRTH, "birth", "geboorte", "birth" },
  { GS_ANCHOR_INDICATION, "indication", "op indicatie (na een consult)",
    "on indication (after a consult)" },
};

static const code_entry triggers[] = {
  { GS_TRIGGER_CONSULT_PROBLEM, "consult-problem", "consultstatus probleem",
    "consult status problem" },
  { GS_TRIGGER_CONSULT_ATTENTION, "consult-attention", "consultstatus aandachtspunten",
    "consult status attention" },
};

static const code_entry route_checks[] = {
  { GS_CHECK_CAREGIVER_AGE, "caregiver-age", "leeftijd ouder controleren",
    "check the caregiver's age" },
};

static const code_entry note_kinds[] = {
  { GS_NOTE_EXPIRED, "expired", "geldigheid verlopen", "expired" },
  { GS_NOTE_SCREENING_UNASSIGNED, "screening-unassigned", "screening zonder zwangerschap",
    "screening of no pregnancy" },
  { GS_NOTE_UNKNOWN_MOMENT, "unknown-moment", "onbekend contactmoment", "unknown contact moment" },
  { GS_NOTE_MUNICIPALITY_UNKNOWN, "municipality-unknown", "onbekende gemeente",
    "unknown municipality" },
  { GS_NOTE_MUNICIPALITY_FORMER, "municipality-former", "vroegere gemeentecode",
    "former municipality code" },
};

static const code_entry moment_statuses[] = {
  { GS_MOMENT_UPCOMING, "upcoming", "nog niet aan de orde", "not yet due" },
  { GS_MOMENT_DUE, "due", "uitvoeren", "due" },
  { GS_MOMENT_OVERDUE, "overdue", "te laat", "overdue" },
  { GS_MOMENT_MISSED, "missed", "termijn verlopen", "missed (window closed)" },
  { GS_MOMENT_DONE, "done", "uitgevoerd", "done" },
  { GS_MOMENT_NOT_APPLICABLE, "not-applicable", "niet van toepassing", "not applicable" },
};

static const code_entry moves[] = {
  { GS_MOVE_STAY, "stay", "ondersteuning op dit niveau voortzetten", "continue at this level" },
  { GS_MOVE_STEP_UP, "step-up", "opschalen", "step up" },
  { GS_MOVE_STEP_DOWN, "step-down", "afschalen", "step down" },
  { GS_MOVE_JUMP_INTENSIVE, "jump-intensive", "direct naar intensieve ondersteuning",
    "straight to intensive support" },
  { GS_MOVE_CLOSE, "close", "afsluiten", "close" },
};

static const code_entry safeties[] = {
  { GS_SAFETY_NONE, "none", "geen zorgen over veiligheid", "no safety concerns" },
  { GS_SAFETY_SOME, "some", "enige zorgen over veiligheid", "some safety concerns" },
  { GS_SAFETY_HIGH, "high", "ernstige zorgen over veiligheid", "serious safety concerns" },
};

static const code_entry strengths[] = {
  { GS_STRENGTH_UNKNOWN, "unknown", "onbekend", "unknown" },
  { GS_STRENGTH_WEAK, "weak", "zwak", "weak" },
  { GS_STRENGTH_STRONG, "strong", "sterk", "strong" },
};

static const code_entry offer_problems[] = {
  { GS_OFFER_UNKNOWN, "unknown-offer", "aanbod staat niet in de catalogus", "offer not in the catalogue" },
  { GS_OFFER_LEVEL_MISMATCH, "level-mismatch", "het aanbod hoort bij een ander niveau",
    "the offer belongs to another level" },
};

static const code_entry provinces[] = {
  { 1, "DR", "Drenthe", "Drenthe" },
  { 2, "GR", "Groningen", "Groningen" },
  { 3, "FR", "Fryslân", "Friesland" },
  { 4, "OV", "Overijssel", "Overijssel" },
  { 5, "FL", "Flevoland", "Flevoland" },
  { 6, "GE", "Gelderland", "Gelderland" },
  { 7, "UT", "Utrecht", "Utrecht" },
  { 8, "NH", "Noord-Holland", "North Holland" },
  { 9, "ZH", "Zuid-Holland", "South Holland" },
  { 10, "ZE", "Zeeland", "Zeeland" },
  { 11, "NB", "Noord-Brabant", "North Brabant" },
  { 12, "LI", "Limburg", "Limburg" },
};

/* Meldcode huiselijk geweld en kindermishandeling (model.md "Meldcode"). */
static const code_entry meldcode_decisions[] = {
  { GS_MELDCODE_HELP, "help", "hulp bieden of organiseren", "offer or organise help" },
  { GS_MELDCODE_REPORT, "report", "melden bij Veilig Thuis", "report to Veilig Thuis" },
  { GS_MELDCODE_HELP_AND_REPORT, "help-and-report", "melden en hulp bieden",
    "report and offer help" },
};

static const code_entry meldcode_steps[] = {
  { 1, "1", "Breng signalen in kaart.", "Map the signals." },
  { 2, "2", "Overleg met een collega en raadpleeg zo nodig Veilig Thuis (of een letselexpert).",
    "Consult a colleague and, if needed, Veilig Thuis (or a forensic medical expert)." },
  { 3, "3", "Ga in gesprek met de ouders (en waar mogelijk het kind).",
    "Talk with the parents (and, where possible, the child)." },
  { 4, "4", "Weeg het geweld of de kindermishandeling aan de hand van het afwegingskader.",
    "Weigh the violence or abuse using the assessment framework (afwegingskader)." },
  { 5, "5",
    "Beslis: is melden bij Veilig Thuis noodzakelijk, en is hulp bieden of organiseren (ook) "
    "mogelijk?",
    "Decide: is a report to Veilig Thuis necessary, and is offering or organising help (also) "
    "possible?" },
};

typedef struct kind_table {
  const char *name;             /* for messages: "unknown topic 'x'" */
  const code_entry *entries;
  size_t n;
} kind_table;

#define KT(name, arr) { name, arr, GSI_ARRAY_LEN(arr) }

/* Indexed by gs_kind. */
static const kind_table kinds[] = {
  { NULL, NULL, 0 },
  KT("role", roles),
  KT("child wish", child_wishes),
  KT("pregnancy outcome", outcomes),
  KT("setting", settings),
  KT("signaller", signallers),
  KT("topic", topics),
  KT("DMOP domain", dmop_domains),
  KT("DMOP rating", dmop_ratings),
  KT("consult status", consult_statuses),
  KT("GIZ area", giz_areas),
  KT("GOM level", gom_levels),
  KT("concern", concerns),
  KT("ZRM domain", zrm_domains),
  KT("ZRM score", zrm_scores),
  KT("Positive Health dimension", ph_dimensions),
  KT("signal kind", signal_kinds),
  KT("severity", severities),
  KT("phase", phases),
  KT("care need", care_needs),
  KT("level", levels),
  KT("goal status", goal_statuses),
  KT("review outcome", review_outcomes),
  KT("finding kind", finding_kinds),
  KT("anchor", anchors),
  KT("moment status", moment_statuses),
  KT("move", moves),
  KT("safety", safeties),
  KT("strength", strengths),
  KT("offer problem", offer_problems),
  KT("province", provinces),
  KT("Meldcode decision", meldcode_decisions),
  KT("Meldcode step", meldcode_steps),
  KT("trigger", triggers),
  KT("route check", route_checks),
  KT("note kind", note_kinds),
};

static const kind_table *kind_get(gs_kind kind) {
  if ((int)kind <= 0 || (size_t)kind >= GSI_ARRAY_LEN(kinds) || kinds[kind].entries == NULL)
    return NULL;
  return &kinds[kind];
}

/* Codes of every table are contiguous, so the entry is found by offset. */
static const code_entry *entry_get(gs_kind kind, int code) {
  const kind_table *t = kind_get(kind);
  if (t == NULL)
    return NULL;
  long i = (long)code - t->entries[0].code;
  if (i < 0 || (size_t)i >= t->n)
    return NULL;
  return &t->entries[i];
}

const char *gsi_code_token(gs_kind kind, int code) {
  const code_entry *e = entry_get(kind, code);
  return e ? e->token : NULL;
}

int gsi_code_parse(gs_kind kind, const char *token) {
  const kind_table *t = kind_get(kind);
  if (t == NULL || token == NULL || token[0] == '\0')
    return -1;
  for (size_t i = 0; i < t->n; i++) {
    const char *tok = t->entries[i].token;
    if (tok[0] == token[0] && strcmp(tok, token) == 0)
      return t->entries[i].code;
  }
  return -1;
}

const char *gsi_code_label(gs_kind kind, int code, gs_lang lang) {
  const code_entry *e = entry_get(kind, code);
  if (e == NULL)
    return NULL;
  switch (lang) {
  case GS_LANG_NL:
    return e->nl;
  case GS_LANG_NONE:
  case GS_LANG_EN:
    return e->en;
  }
  return NULL;
}

/* ---- topic mappings ---------------------------------------------------- */

/* model.md "Topics": the DMOP domain of each topic, indexed by topic code. */
static const uint8_t topic_domain[GSI_TOPIC_N + 1] = {
  0,
  GS_DMOP_SOCIAL_NETWORK,        /* social-support */
  GS_DMOP_EVENTS_CIRCUMSTANCES,  /* life-events */
  GS_DMOP_PARTNER_ROLE,          /* partner-relationship */
  GS_DMOP_PARTNER_ROLE,          /* domestic-violence */
  GS_DMOP_CHILD_WELLBEING,       /* child-safety */
  GS_DMOP_EVENTS_CIRCUMSTANCES,  /* finances-debt */
  GS_DMOP_EVENTS_CIRCUMSTANCES,  /* housing */
  GS_DMOP_EVENTS_CIRCUMSTANCES,  /* work-education */
  GS_DMOP_PARENT_COMPETENCE,     /* health-literacy */
  GS_DMOP_PARENT_COMPETENCE,     /* smoking */
  GS_DMOP_PARENT_COMPETENCE,     /* alcohol-drugs */
  GS_DMOP_PARENT_COMPETENCE,     /* healthy-weight */
  GS_DMOP_PARENT_COMPETENCE,     /* mental-health */
  GS_DMOP_PARENT_COMPETENCE,     /* parenting */
  GS_DMOP_CHILD_WELLBEING,       /* child-development */
  GS_DMOP_EVENTS_CIRCUMSTANCES,  /* contraception */
  GS_DMOP_CHILD_WELLBEING,       /* pregnancy-health */
  GS_DMOP_PARENT_COMPETENCE,     /* late-prenatal-care */
  GS_DMOP_PARENT_COMPETENCE,     /* feelings-pregnancy */
  GS_DMOP_PARENT_COMPETENCE,     /* childhood-experience */
  GS_DMOP_PARENT_COMPETENCE,     /* physical-health */
  GS_DMOP_CHILD_WELLBEING,       /* school-absence */
  GS_DMOP_CHILD_WELLBEING,       /* bullying */
  GS_DMOP_CHILD_WELLBEING,       /* sexual-health */
  GS_DMOP_CHILD_WELLBEING,       /* young-carer */
  GS_DMOP_CHILD_WELLBEING,       /* child-mental-health */
  GS_DMOP_CHILD_WELLBEING,       /* youth-substance-use */
};

uint8_t gsi_topic_domain(uint8_t topic) {
  return topic >= 1 && topic <= GSI_TOPIC_N ? topic_domain[topic] : 0;
}

bool gsi_topic_is_safety(uint8_t topic) {
  return topic == GS_TOPIC_DOMESTIC_VIOLENCE || topic == GS_TOPIC_CHILD_SAFETY;
}

/* decisions.md "Needs": the topic a DMOP domain's rating counts on. */
uint8_t gsi_dmop_domain_topic(uint8_t domain) {
  static const uint8_t map[] = {
    0,
    GS_TOPIC_PARENTING,             /* parent-competence */
    GS_TOPIC_PARTNER_RELATIONSHIP,  /* partner-role */
    GS_TOPIC_SOCIAL_SUPPORT,        /* social-network */
    GS_TOPIC_LIFE_EVENTS,           /* events-circumstances */
    GS_TOPIC_CHILD_DEVELOPMENT,     /* child-wellbeing */
  };
  return domain < GSI_ARRAY_LEN(map) ? map[domain] : 0;
}

/* model.md "GIZ": default topic per area. */
uint8_t gsi_giz_area_topic(uint8_t area) {
  static const uint8_t map[] = {
    0,
    GS_TOPIC_CHILD_DEVELOPMENT,     /* physical-development */
    GS_TOPIC_CHILD_DEVELOPMENT,     /* cognitive-development */
    GS_TOPIC_CHILD_MENTAL_HEALTH,   /* emotional-development (spec v5, D-7) */
    GS_TOPIC_CHILD_DEVELOPMENT,     /* social-development */
    GS_TOPIC_CHILD_SAFETY,          /* basic-care-safety */
    GS_TOPIC_PARENTING,             /* parenting */
    GS_TOPIC_PARENTING,             /* parenthood-experience */
    GS_TOPIC_PARTNER_RELATIONSHIP,  /* mutual-support */
    GS_TOPIC_LIFE_EVENTS,           /* family-circumstances */
    GS_TOPIC_SOCIAL_SUPPORT,        /* network */
  };
  return area < GSI_ARRAY_LEN(map) ? map[area] : 0;
}

/* model.md "ZRM": default topic per domain. */
uint8_t gsi_zrm_domain_topic(uint8_t domain) {
  static const uint8_t map[] = {
    0,
    GS_TOPIC_FINANCES_DEBT,         /* finances */
    GS_TOPIC_WORK_EDUCATION,        /* work-education */
    GS_TOPIC_WORK_EDUCATION,        /* time-use */
    GS_TOPIC_HOUSING,               /* housing */
    GS_TOPIC_PARTNER_RELATIONSHIP,  /* domestic-relations */
    GS_TOPIC_MENTAL_HEALTH,         /* mental-health */
    GS_TOPIC_PHYSICAL_HEALTH,       /* physical-health */
    GS_TOPIC_ALCOHOL_DRUGS,         /* substance-use */
    GS_TOPIC_PHYSICAL_HEALTH,       /* basic-adl */
    GS_TOPIC_HEALTH_LITERACY,       /* instrumental-adl */
    GS_TOPIC_SOCIAL_SUPPORT,        /* social-network */
    GS_TOPIC_SOCIAL_SUPPORT,        /* participation */
    GS_TOPIC_LIFE_EVENTS,           /* justice */
  };
  return domain < GSI_ARRAY_LEN(map) ? map[domain] : 0;
}

/* ---- municipalities ---------------------------------------------------- */

typedef struct municipality_entry {
  gsi_known_municipality m;
  const char *code_text;        /* "GMnnnn" */
} municipality_entry;

/* model.md, in the spec's order (Drenthe, then Groningen, by name). */
static const municipality_entry municipalities[] = {
  { { 1680, "Aa en Hunze", 1 }, "GM1680" },
  { { 1681, "Borger-Odoorn", 1 }, "GM1681" },
  { { 109, "Coevorden", 1 }, "GM0109" },
  { { 114, "Emmen", 1 }, "GM0114" },
  { { 118, "Hoogeveen", 1 }, "GM0118" },
  { { 1952, "Midden-Groningen", 2 }, "GM1952" },
  { { 1895, "Oldambt", 2 }, "GM1895" },
  { { 765, "Pekela", 2 }, "GM0765" },
  { { 37, "Stadskanaal", 2 }, "GM0037" },
  { { 47, "Veendam", 2 }, "GM0047" },
  { { 1950, "Westerwolde", 2 }, "GM1950" },
};

const gsi_known_municipality *gsi_known_municipality_find(int code) {
  for (size_t i = 0; i < GSI_ARRAY_LEN(municipalities); i++)
    if (municipalities[i].m.code == code)
      return &municipalities[i].m;
  return NULL;
}

size_t gsi_known_municipality_count(void) {
  return GSI_ARRAY_LEN(municipalities);
}

const gsi_known_municipality *gsi_known_municipality_at(size_t i) {
  return i < GSI_ARRAY_LEN(municipalities) ? &municipalities[i].m : NULL;
}

/* ---- public API -------------------------------------------------------- */

GS_EXPORT const char *gs_code_token(gs_kind kind, int code) {
  return gsi_code_token(kind, code);
}

void gsi_quote(const char *token, char *buf, size_t size) {
  if (token == NULL) {
    snprintf(buf, size, "(none)");
    return;
  }
  size_t n = strlen(token);
  size_t max = 40;
  if (n > max) {
    n = max;
    while (n > 0 && ((unsigned char)token[n] & 0xC0) == 0x80)
      n--;
  }
  bool printable = gsi_valid_utf8(token, n);
  for (size_t i = 0; printable && i < n; i++)
    if ((unsigned char)token[i] < 0x20 || token[i] == 0x7F)
      printable = false;
  if (!printable) {
    snprintf(buf, size, "(unprintable)");
    return;
  }
  snprintf(buf, size, "'%.*s%s'", (int)n, token, n < strlen(token) ? "..." : "");
}

GS_EXPORT gs_status gs_code_parse(gs_kind kind, const char *token, int *out) {
  const kind_table *t = kind_get(kind);
  if (t == NULL)
    return gsi_einval("gs_code_parse: %d is not a valid gs_kind", (int)kind);
  if (token == NULL || out == NULL)
    return gsi_einval("gs_code_parse: token and out must not be NULL");
  int code = gsi_code_parse(kind, token);
  if (code < 0) {
    char q[64];
    gsi_quote(token, q, sizeof q);
    /* Small kinds list their tokens; big ones (topics) would drown the message. */
    if (t->n <= 6) {
      char list[256];
      size_t len = 0;
      list[0] = '\0';
      for (size_t i = 0; i < t->n; i++) {
        const char *sep = i == 0 ? "" : (i + 1 == t->n ? " or " : ", ");
        int w = snprintf(list + len, sizeof list - len, "%s%s", sep, t->entries[i].token);
        if (w < 0 || (size_t)w >= sizeof list - len)
          break;
        len += (size_t)w;
      }
      return gsi_error(GS_EPARSE, NULL, 0, 0, "unknown %s %s (expected %s)", t->name, q, list);
    }
    return gsi_error(GS_EPARSE, NULL, 0, 0, "unknown %s %s", t->name, q);
  }
  *out = code;
  return GS_OK;
}

GS_EXPORT const char *gs_code_label(gs_kind kind, int code, gs_lang lang) {
  return gsi_code_label(kind, code, lang);
}

GS_EXPORT size_t gs_code_count(gs_kind kind) {
  const kind_table *t = kind_get(kind);
  return t ? t->n : 0;
}

GS_EXPORT int gs_code_at(gs_kind kind, size_t i) {
  const kind_table *t = kind_get(kind);
  if (t == NULL || i >= t->n)
    return -1;
  return t->entries[i].code;
}

GS_EXPORT size_t gs_municipality_count(void) {
  return GSI_ARRAY_LEN(municipalities);
}

GS_EXPORT const char *gs_municipality_code(size_t i) {
  return i < GSI_ARRAY_LEN(municipalities) ? municipalities[i].code_text : NULL;
}

GS_EXPORT const char *gs_municipality_name(size_t i) {
  return i < GSI_ARRAY_LEN(municipalities) ? municipalities[i].m.name : NULL;
}

GS_EXPORT const char *gs_municipality_province(size_t i) {
  if (i >= GSI_ARRAY_LEN(municipalities))
    return NULL;
  return gsi_code_token(GS_KIND_PROVINCE, municipalities[i].m.province);
}

GS_EXPORT gs_status gs_municipality_find(const char *code, size_t *index) {
  if (code == NULL)
    return gsi_einval("gs_municipality_find: code must not be NULL");
  int n = gsi_municipality_parse(code);
  if (n < 0) {
    char q[64];
    gsi_quote(code, q, sizeof q);
    return gsi_einval("%s is not a municipality code (GM and four digits, e.g. GM0114)", q);
  }
  for (size_t i = 0; i < GSI_ARRAY_LEN(municipalities); i++) {
    if (municipalities[i].m.code == n) {
      if (index)
        *index = i;
      return GS_OK;
    }
  }
  return gsi_error(GS_ENOTFOUND, NULL, 0, 0,
                   "municipality %s is not one of the eleven Goede Start municipalities", code);
}
