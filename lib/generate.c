/*
 * libgoedestart - the synthetic population generator (spec/cli.md
 * "Synthetic population").
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Family i is a pure function of (seed, i): its own xoshiro256** stream is
 * seeded through splitmix64 from both, every draw is an unbiased integer
 * in a range (rejection sampling), and dates are whole days. Nothing reads
 * the clock or formats a floating-point number, so the same options give
 * the same families everywhere.
 *
 * How a family is drawn (docs/cli.md explains the figures):
 *
 * 1. Municipality, weighted by population (thousands of inhabitants).
 * 2. The care need the family will have at the as-of date: 75% positive
 *    confirmation, 20% additional care, 5% urgent support.
 * 3. Its composition. Births follow a constant rate (about 4,000 a year per
 *    450,000 inhabitants), so the youngest child's age is uniform over the
 *    19 years before the as-of date; 1-4 children 15-48 months apart, each
 *    born from a pregnancy of the birth parent. Pregnancies in progress
 *    (a first one, or a next one 1-10 years after the youngest child), and
 *    childless families with a wish for a child (preconception) or without
 *    one now (anticonception) come in the shares the birth rate implies.
 *    Each child has a gestational age and birth weight (mostly term, about
 *    7% preterm), from which its pregnancy's due date follows; caregivers
 *    have a year of birth (the birth parent 15-45 at her pregnancies).
 * 4. A contact at most of the scheduled moments of the default pack (not
 *    all: some are missed, some are simply not held yet) since the family
 *    was enrolled (five years back at most), with the findings of the
 *    instruments the pack expects there. These findings come from a benign
 *    profile that fires no rule of the care-need table beyond C-DEFAULT
 *    (but A-CUMULATIVE when three of its attention points meet, in 0.2%
 *    of families): at most one DMOP domain often `fair`, at most one GIZ
 *    area at GOM 2, at most two screening topics of concern `some` per
 *    pregnancy (never a safety topic), ZRM scores of 3-5, at most one
 *    current risk signal, of severity 1. The 8-week consult records a
 *    SamenStarten consult status; `attention` and `problem` are usually
 *    followed up at the pack's indicated moments (draw_indicated()).
 * 5. For a family that is to need additional care or urgent support, one
 *    triggering finding at the latest contact, at most 75 days before the
 *    as-of date (within every validity period): a DMOP domain `not-good`,
 *    a ZRM score of 2, GIZ 3-4, a `high` screening concern, a safety
 *    signal, a help request, a consult status `problem`; or, for urgent
 *    support, a ZRM score of 1, GIZ 5, an acute signal or a `high`
 *    domestic-violence concern. Since the benign findings fire (almost)
 *    nothing, the default pack proposes the care need drawn in step 2 at
 *    the as-of date. A safety finding usually starts the Meldcode: its
 *    steps are recorded from that day on (draw_meldcode()).
 * 6. Plans: most families with a triggered need have an open goal on its
 *    topic with an action at an offer the Veenkoloniën catalogue routes
 *    the need to (at the offer's level) and reviews every six weeks; some
 *    families have a closed goal from an earlier episode; conclusions
 *    record the agreed care need.
 */
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "internal.h"
#include "goedestart/gs-catalog.h"
#include "goedestart/gs-dossier.h"
#include "goedestart/gs-generate.h"
#include "goedestart/gs-pack.h"

/* ---- pseudo-random numbers ---------------------------------------------- */

typedef struct gen_rng {
  uint64_t s[4];
} gen_rng;

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += UINT64_C(0x9E3779B97F4A7C15));
  z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static uint64_t rotl64(uint64_t x, int k) {
  return (x << k) | (x >> (64 - k));
}

/* xoshiro256** 1.0 (Blackman and Vigna, public domain). */
static uint64_t rng_next(gen_rng *r) {
  uint64_t *s = r->s;
  const uint64_t result = rotl64(s[1] * 5, 7) * 9;
  const uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl64(s[3], 45);
  return result;
}

/* The stream of family `index`: the seed is mixed first, so streams of
 * neighbouring seeds and of neighbouring indices are unrelated. */
static void rng_seed(gen_rng *r, uint64_t seed, uint64_t index) {
  uint64_t x = seed;
  uint64_t mixed = splitmix64(&x);
  x = mixed + index * UINT64_C(0xD1B54A32D192ED03);
  for (int i = 0; i < 4; i++)
    r->s[i] = splitmix64(&x);
  if ((r->s[0] | r->s[1] | r->s[2] | r->s[3]) == 0)
    r->s[0] = 1;
}

/* Uniform in [0, n), n >= 1, without modulo bias. */
static uint32_t rng_below(gen_rng *r, uint32_t n) {
  uint64_t threshold = (UINT64_C(0) - n) % n; /* 2^64 mod n */
  for (;;) {
    uint64_t x = rng_next(r);
    if (x >= threshold)
      return (uint32_t)(x % n);
  }
}

/* Uniform in [lo, hi]; lo when hi <= lo. */
static int rng_range(gen_rng *r, int lo, int hi) {
  if (hi <= lo)
    return lo;
  return lo + (int)rng_below(r, (uint32_t)(hi - lo) + 1u);
}

static bool rng_permille(gen_rng *r, uint32_t p) {
  return rng_below(r, 1000) < p;
}

/* Index into weights[0..n) with probability weights[i] / sum (sum > 0). */
static int rng_weighted(gen_rng *r, const unsigned *weights, int n) {
  unsigned total = 0;
  for (int i = 0; i < n; i++)
    total += weights[i];
  uint32_t x = rng_below(r, total ? total : 1);
  for (int i = 0; i < n; i++) {
    if (x < weights[i])
      return i;
    x -= weights[i];
  }
  return n - 1;
}

/* ---- fixed figures ------------------------------------------------------- */

/* spec/cli.md: inhabitants in thousands. */
static const struct {
  const char *code;
  unsigned weight;
} MUNICIPALITIES[] = {
  { "GM0114", 108 }, /* Emmen */
  { "GM1952", 61 },  /* Midden-Groningen */
  { "GM0118", 56 },  /* Hoogeveen */
  { "GM1895", 39 },  /* Oldambt */
  { "GM0109", 35 },  /* Coevorden */
  { "GM0037", 32 },  /* Stadskanaal */
  { "GM0047", 28 },  /* Veendam */
  { "GM1681", 26 },  /* Borger-Odoorn */
  { "GM1950", 26 },  /* Westerwolde */
  { "GM1680", 25 },  /* Aa en Hunze */
  { "GM0765", 12 },  /* Pekela */
};
#define N_MUNI ((int)GSI_ARRAY_LEN(MUNICIPALITIES))

#define CONCEPTION 280          /* days from conception anchor to due date */
#define HISTORY_DAYS 1826       /* contacts are kept for five years */
#define MAX_CHILDREN 4
#define MAX_PREGNANCIES 6
#define MAX_CONTACTS 160
#define MAX_MOMENTS 64
#define TRIGGER_WINDOW 75       /* days before as-of; every validity is >= 90 */
#define REVIEW_DAYS 42
#define MELDCODE_STEPS 5
#define PRETERM 259             /* gestational days: born before 37 weeks */

/* Topics a benign finding may raise (never a safety topic). */
static const int BENIGN_TOPICS[] = {
  GS_TOPIC_SOCIAL_SUPPORT, GS_TOPIC_LIFE_EVENTS, GS_TOPIC_FINANCES_DEBT, GS_TOPIC_HOUSING,
  GS_TOPIC_WORK_EDUCATION, GS_TOPIC_HEALTH_LITERACY, GS_TOPIC_SMOKING, GS_TOPIC_HEALTHY_WEIGHT,
  GS_TOPIC_MENTAL_HEALTH, GS_TOPIC_PHYSICAL_HEALTH,
};
/* Topics asked in the pregnancy screening besides domestic violence. */
static const int SCREEN_TOPICS[] = {
  GS_TOPIC_SOCIAL_SUPPORT, GS_TOPIC_LIFE_EVENTS, GS_TOPIC_PARTNER_RELATIONSHIP,
  GS_TOPIC_FINANCES_DEBT, GS_TOPIC_HOUSING, GS_TOPIC_WORK_EDUCATION, GS_TOPIC_HEALTH_LITERACY,
  GS_TOPIC_SMOKING, GS_TOPIC_ALCOHOL_DRUGS, GS_TOPIC_HEALTHY_WEIGHT, GS_TOPIC_MENTAL_HEALTH,
  GS_TOPIC_PREGNANCY_HEALTH, GS_TOPIC_LATE_PRENATAL_CARE, GS_TOPIC_FEELINGS_PREGNANCY,
  GS_TOPIC_CHILDHOOD_EXPERIENCE,
};
/* GIZ areas other than the safety area. */
static const int GIZ_PLAIN[] = {
  GS_GIZ_PHYSICAL_DEVELOPMENT, GS_GIZ_COGNITIVE_DEVELOPMENT, GS_GIZ_EMOTIONAL_DEVELOPMENT,
  GS_GIZ_SOCIAL_DEVELOPMENT, GS_GIZ_PARENTING, GS_GIZ_PARENTHOOD_EXPERIENCE,
  GS_GIZ_MUTUAL_SUPPORT, GS_GIZ_FAMILY_CIRCUMSTANCES, GS_GIZ_NETWORK,
};
/* GIZ areas that make sense without children. */
static const int GIZ_ADULT[] = {
  GS_GIZ_MUTUAL_SUPPORT, GS_GIZ_FAMILY_CIRCUMSTANCES, GS_GIZ_NETWORK,
};
static const int ZRM_LOW[] = {
  GS_ZRM_FINANCES, GS_ZRM_WORK_EDUCATION, GS_ZRM_HOUSING, GS_ZRM_DOMESTIC_RELATIONS,
  GS_ZRM_MENTAL_HEALTH, GS_ZRM_SOCIAL_NETWORK, GS_ZRM_PARTICIPATION,
};
static const int ZRM_ACUTE[] = {
  GS_ZRM_FINANCES, GS_ZRM_HOUSING, GS_ZRM_DOMESTIC_RELATIONS, GS_ZRM_MENTAL_HEALTH,
  GS_ZRM_SUBSTANCE_USE,
};
static const int ACUTE_TOPICS[] = {
  GS_TOPIC_DOMESTIC_VIOLENCE, GS_TOPIC_CHILD_SAFETY, GS_TOPIC_MENTAL_HEALTH, GS_TOPIC_HOUSING,
  GS_TOPIC_ALCOHOL_DRUGS, GS_TOPIC_FINANCES_DEBT,
};
#define PICK(r, arr) ((arr)[rng_below((r), (uint32_t)GSI_ARRAY_LEN(arr))])

/* The default topic of DMOP domains, GIZ areas and ZRM domains (model.md). */
static int dmop_topic(int domain) {
  static const int t[] = { 0, GS_TOPIC_PARENTING, GS_TOPIC_PARTNER_RELATIONSHIP,
                           GS_TOPIC_SOCIAL_SUPPORT, GS_TOPIC_LIFE_EVENTS,
                           GS_TOPIC_CHILD_DEVELOPMENT };
  return t[domain];
}
static int giz_topic(int area) {
  static const int t[] = { 0, GS_TOPIC_CHILD_DEVELOPMENT, GS_TOPIC_CHILD_DEVELOPMENT,
                           GS_TOPIC_CHILD_DEVELOPMENT, GS_TOPIC_CHILD_DEVELOPMENT,
                           GS_TOPIC_CHILD_SAFETY, GS_TOPIC_PARENTING, GS_TOPIC_PARENTING,
                           GS_TOPIC_PARTNER_RELATIONSHIP, GS_TOPIC_LIFE_EVENTS,
                           GS_TOPIC_SOCIAL_SUPPORT };
  return t[area];
}
static int zrm_topic(int domain) {
  static const int t[] = { 0, GS_TOPIC_FINANCES_DEBT, GS_TOPIC_WORK_EDUCATION,
                           GS_TOPIC_WORK_EDUCATION, GS_TOPIC_HOUSING,
                           GS_TOPIC_PARTNER_RELATIONSHIP, GS_TOPIC_MENTAL_HEALTH,
                           GS_TOPIC_PHYSICAL_HEALTH, GS_TOPIC_ALCOHOL_DRUGS,
                           GS_TOPIC_PHYSICAL_HEALTH, GS_TOPIC_HEALTH_LITERACY,
                           GS_TOPIC_SOCIAL_SUPPORT, GS_TOPIC_SOCIAL_SUPPORT,
                           GS_TOPIC_LIFE_EVENTS };
  return t[domain];
}

/* ---- the population ------------------------------------------------------ */

enum {
  INSTR_SIGNALS = 1u << 0,
  INSTR_SCREENING = 1u << 1,
  INSTR_GIZ = 1u << 2,
  INSTR_DMOP = 1u << 3,
  INSTR_DMOP_EXTENDED = 1u << 4,
};

typedef struct gen_moment {
  const char *id;               /* borrowed from the pack */
  int anchor, open, due, overdue, close, condition;
  int trigger;                  /* gs_trigger of an indicated moment, 0 otherwise */
  int setting;
  unsigned instruments;
} gen_moment;

struct gs_population {
  gs_population_options opts;
  uint64_t next;
  gs_pack *pack;
  gs_catalog *catalog;
  gen_moment moments[MAX_MOMENTS];
  size_t n_moments;
  int indicated[3];             /* moment index per gs_trigger, -1 none */
  int valid_dmop;               /* days a consult status counts */
};

/* ---- one family ------------------------------------------------------------ */

enum { SUBJ_FAMILY = 0, SUBJ_PREGNANCY = 1, SUBJ_CHILD = 2 };

/* What a triggering finding is. */
enum {
  TRIG_NONE = 0,
  TRIG_DMOP_NOT_GOOD, TRIG_ZRM_LOW, TRIG_GIZ_STRESS, TRIG_SCREEN_HIGH, TRIG_SAFETY_SIGNAL,
  TRIG_HELP, TRIG_ZRM_ACUTE, TRIG_GIZ_EMERGENCY, TRIG_ACUTE_SIGNAL, TRIG_SCREEN_SAFETY,
  TRIG_CONSULT_PROBLEM,
};

typedef struct gen_pregnancy {
  gs_date due, ended;
  int outcome;
  int child;                    /* index, -1 none */
} gen_pregnancy;

typedef struct gen_child {
  gs_date born;
  int pregnancy;
  int gestational_age;          /* days, 0 not recorded */
  int birth_weight;             /* grams, 0 not recorded */
} gen_child;

typedef struct gen_contact {
  gs_date date;
  int moment;                   /* index into moments, -1 ad-hoc */
  int subject_kind, subject;
  int setting, by;
  unsigned instruments;
  bool zrm;                     /* an ad-hoc neighbourhood-team contact scoring ZRM */
  bool ph;                      /* records Positive Health */
  bool trigger;                 /* carries the triggering finding (step 5) */
  int consult;                  /* gs_consult_status recorded, 0 none */
  int depth;                    /* 0, or 1 + the depth of the contact it follows up */
  int resolved_topic;           /* a risk signal of an earlier episode, 0 none */
  gs_date resolved;
} gen_contact;

typedef struct gen_family {
  gen_rng r;
  const gs_population *p;
  gs_date as_of, enrolled;
  int muni;
  int target;                   /* gs_care_need at as-of */
  int wish;
  int n_caregivers;             /* P1 birth parent, P2 partner */
  bool third_caregiver;         /* P3 other caregiver */
  int birth_year[3];            /* of P1, P2, P3; 0 not recorded */
  gen_pregnancy preg[MAX_PREGNANCIES];
  int n_preg;
  int current;                  /* pregnancy in progress, -1 none */
  gen_child child[MAX_CHILDREN];
  int n_child;
  /* benign profile */
  int fair_domain, giz_area, signal_topic, protective_topic;
  int screen_topic[MAX_PREGNANCIES][2];
  /* contacts */
  gen_contact contacts[MAX_CONTACTS];
  int n_contacts;
  /* the trigger */
  int trig, trig_item, trig_value, trig_topic, trig_caregiver;
  gs_date trig_date;
  /* earlier episode */
  int hist_topic;
  gs_date hist_opened, hist_closed;
  /* the Meldcode steps taken on the safety finding */
  int n_steps;
  int step_n[MELDCODE_STEPS];
  gs_date step_date[MELDCODE_STEPS];
  int step_decision[MELDCODE_STEPS];
  /* builder */
  gs_family *fam;
  int signal_seq;
} gen_family;

static void id_of(char *buf, size_t size, char prefix, int n) {
  snprintf(buf, size, "%c%d", prefix, n);
}

static bool preg_in_phase3(const gen_pregnancy *p, gs_date d) {
  gs_date from = p->due - CONCEPTION;
  gs_date until = p->ended != GS_DATE_NONE && p->ended <= d ? p->ended + 42 : p->due + 42;
  return from <= d && d < until;
}

/* The family's phase set and youngest age in months on date d (for routing
 * plan actions as they were then). */
static uint32_t phases_on(const gen_family *g, gs_date d, int *youngest) {
  uint32_t set = 0;
  bool pregnant = false;
  for (int i = 0; i < g->n_preg; i++)
    if (preg_in_phase3(&g->preg[i], d))
      pregnant = true;
  if (pregnant)
    set |= GS_PHASE_BIT(GS_PHASE_PREGNANCY_BIRTH);
  if (g->wish == GS_CHILD_WISH_NOT_NOW)
    set |= GS_PHASE_BIT(GS_PHASE_ANTICONCEPTION);
  else if (g->wish == GS_CHILD_WISH_ACTIVE && !pregnant)
    set |= GS_PHASE_BIT(GS_PHASE_PRECONCEPTION);
  *youngest = -1;
  for (int i = 0; i < g->n_child; i++) {
    gs_date born = g->child[i].born;
    if (born > d)
      continue;
    int years = gsi_age_years(born, d), months = gsi_age_months(born, d);
    if (years < 4)
      set |= GS_PHASE_BIT(GS_PHASE_CHILD_0_4);
    else if (years < 13)
      set |= GS_PHASE_BIT(GS_PHASE_CHILD_5_12);
    else if (years < 19)
      set |= GS_PHASE_BIT(GS_PHASE_CHILD_13_19);
    if (*youngest < 0 || months < *youngest)
      *youngest = months;
  }
  return set;
}

/* The youngest child aged 14 .. `days` days at the as-of date, -1 none. */
static int youngest_child_under(const gen_family *g, int days) {
  int best = -1;
  for (int i = 0; i < g->n_child; i++)
    if (g->as_of - g->child[i].born >= 14 && g->as_of - g->child[i].born <= days &&
        (best < 0 || g->child[i].born > g->child[best].born))
      best = i;
  return best;
}

static bool has_young_child(const gen_family *g, gs_date d) {
  for (int i = 0; i < g->n_child; i++)
    if (g->child[i].born <= d && gsi_age_years(g->child[i].born, d) < 4)
      return true;
  return false;
}

static gen_contact *add_contact(gen_family *g, gs_date date) {
  if (g->n_contacts >= MAX_CONTACTS)
    return NULL;
  gen_contact *c = &g->contacts[g->n_contacts++];
  memset(c, 0, sizeof *c);
  c->date = date;
  c->moment = -1;
  c->subject_kind = SUBJ_FAMILY;
  c->resolved = GS_DATE_NONE;
  return c;
}

static int signaller_for(gen_rng *r, int setting) {
  switch (setting) {
  case GS_SETTING_MIDWIFE_PRACTICE: return GS_BY_MIDWIFE;
  case GS_SETTING_MATERNITY_CARE: return GS_BY_MATERNITY_NURSE;
  case GS_SETTING_HOSPITAL: return GS_BY_GYNAECOLOGIST;
  case GS_SETTING_WELL_BABY_CLINIC:
    return rng_permille(r, 300) ? GS_BY_JGZ_DOCTOR : GS_BY_JGZ_NURSE;
  case GS_SETTING_PRIMARY_SCHOOL:
  case GS_SETTING_SECONDARY_SCHOOL:
    return rng_permille(r, 300) ? GS_BY_JGZ_NURSE : GS_BY_JGZ_DOCTOR;
  case GS_SETTING_PRECONCEPTION_CLINIC: return GS_BY_GP;
  case GS_SETTING_HOME: return GS_BY_JGZ_NURSE;
  default: return GS_BY_OTHER;
  }
}

static int year_of(gs_date d) {
  int y, m, day;
  gsi_civil_from_days(d, &y, &m, &day);
  return y;
}

/* Step 3 (birth outcome): the gestational age at birth and the birth
 * weight of a child. About 7% are born preterm (before 37 weeks, day 259),
 * 1% before 32 weeks; the rest at term, most around 39-40 weeks, a few
 * after 42. The weight follows the median of the Dutch birth-weight
 * curves for the gestational age (piecewise linear), spread by about 13%;
 * so about 6% weigh under 2500 g. Five percent of children have no birth
 * data recorded (0). Returns the gestational age, also when it is not
 * recorded: the pregnancy's due date follows from it. */
static int draw_birth_outcome(gen_rng *r, gen_child *c) {
  /* gestational day and median weight in grams */
  static const int CURVE[][2] = {
    { 154, 450 },  { 168, 650 },  { 196, 1100 }, { 224, 1800 }, { 238, 2300 }, { 252, 2800 },
    { 259, 3000 }, { 266, 3200 }, { 273, 3400 }, { 280, 3500 }, { 287, 3650 }, { 301, 3750 },
  };
  static const unsigned SPAN_W[] = { 8, 12, 48, 922, 10 };
  static const int SPAN[][2] = { { 168, 223 }, { 224, 244 }, { 245, 258 }, { 259, 293 }, { 294, 300 } };
  int span = rng_weighted(r, SPAN_W, (int)GSI_ARRAY_LEN(SPAN_W));
  int ga;
  if (span == 3) /* term: a triangle over 37+0 .. 41+6, peaking near 39+3 */
    ga = SPAN[3][0] + rng_range(r, 0, 17) + rng_range(r, 0, 17);
  else
    ga = rng_range(r, SPAN[span][0], SPAN[span][1]);
  int median = CURVE[0][1];
  for (size_t i = 1; i < GSI_ARRAY_LEN(CURVE); i++)
    if (ga <= CURVE[i][0]) {
      int d0 = CURVE[i - 1][0], w0 = CURVE[i - 1][1], d1 = CURVE[i][0], w1 = CURVE[i][1];
      median = w0 + (w1 - w0) * (ga - d0) / (d1 - d0);
      break;
    }
  /* four uniform draws of +-11%: about normal, sd 13% */
  int spread = 0;
  for (int i = 0; i < 4; i++)
    spread += rng_range(r, -110, 110);
  int grams = median * (1000 + spread) / 1000;
  if (grams < 300)
    grams = 300;
  if (grams > 6000)
    grams = 6000;
  bool recorded = rng_permille(r, 950);
  c->gestational_age = recorded ? ga : 0;
  c->birth_weight = recorded ? grams : 0;
  return ga;
}

/* An age in years from weighted five-year bands starting at `from`. */
static int draw_age(gen_rng *r, int from, const unsigned *weights, int n) {
  int band = rng_weighted(r, weights, n);
  return from + 5 * band + rng_range(r, 0, 4);
}

/* Step 3 (ages): the caregivers' years of birth. The birth parent's age at
 * the first pregnancy's due date: 3% 15-19, 15% 20-24, 34% 25-29, 33%
 * 30-34, 12.5% 35-39, 2.5% 40-44 (a mean of about 29, a little under the
 * Dutch 30: the Veenkolonien have more young mothers); at most 45 at the
 * last one. Childless families: the age at the as-of date.
 * The partner is 0-7 years older, sometimes younger; a third caregiver (a
 * grandparent) 20-30 years older. Not every dossier records them: 8% of
 * birth parents, 15% of partners and half of the third caregivers have no
 * year. Years before 1900 are not recorded (as-of dates early in the
 * calendar). */
static void draw_ages(gen_family *g) {
  gen_rng *r = &g->r;
  static const unsigned FIRST[] = { 30, 150, 340, 330, 125, 25 };       /* from 15 */
  static const unsigned NOT_NOW[] = { 120, 230, 250, 200, 120, 80 };    /* from 17 */
  static const unsigned WISH[] = { 0, 150, 350, 300, 150, 50 };         /* from 17 */
  int year;
  if (g->n_preg > 0) {
    gs_date first = g->preg[0].due, last = g->preg[g->n_preg - 1].due;
    int age = draw_age(r, 15, FIRST, (int)GSI_ARRAY_LEN(FIRST));
    int span = year_of(last) - year_of(first);
    if (age + span > 45)
      age = 45 - span > 16 ? 45 - span : 16;
    year = year_of(first) - age;
  } else {
    const unsigned *w = g->wish == GS_CHILD_WISH_NOT_NOW ? NOT_NOW : WISH;
    year = year_of(g->as_of) - draw_age(r, 17, w, 6);
  }
  int years[3];
  years[0] = year;
  years[1] = year - (rng_permille(r, 850) ? rng_range(r, 0, 7) : rng_range(r, -4, -1));
  years[2] = year - rng_range(r, 20, 30);
  static const unsigned RECORDED[] = { 920, 850, 500 };
  for (int i = 0; i < 3; i++) {
    bool keep = rng_permille(r, RECORDED[i]);
    g->birth_year[i] = keep && years[i] >= 1900 ? years[i] : 0;
  }
}

/* Step 3: who is in the family, and since when it is enrolled. */
static void draw_composition(gen_family *g) {
  gen_rng *r = &g->r;
  gs_date as_of = g->as_of;
  g->current = -1;
  g->n_caregivers = rng_permille(r, 800) ? 2 : 1;
  g->third_caregiver = rng_permille(r, 20);
  uint32_t kind = rng_below(r, 1000);
  if (kind < 40) {                        /* anticonception */
    g->wish = GS_CHILD_WISH_NOT_NOW;
    g->enrolled = as_of - rng_range(r, 30, 720);
    return;
  }
  if (kind < 85) {                        /* preconception */
    g->wish = GS_CHILD_WISH_ACTIVE;
    g->enrolled = as_of - rng_range(r, 30, 540);
    return;
  }
  if (kind < 130) {                       /* a first pregnancy in progress */
    g->wish = rng_permille(r, 500) ? GS_CHILD_WISH_ACTIVE : GS_CHILD_WISH_UNKNOWN;
    gen_pregnancy *p = &g->preg[g->n_preg++];
    p->due = as_of + rng_range(r, 7, 238);
    p->ended = GS_DATE_NONE;
    p->child = -1;
    g->current = 0;
    gs_date e = p->due - CONCEPTION + rng_range(r, 42, 84);
    g->enrolled = e < as_of ? e : as_of;
    return;
  }
  /* children: 30% one, 40% two, 20% three, 10% four */
  uint32_t k = rng_below(r, 100);
  int n = k < 30 ? 1 : k < 70 ? 2 : k < 90 ? 3 : 4;
  uint32_t w = rng_below(r, 100);
  g->wish = w < 8 ? GS_CHILD_WISH_NOT_NOW : w < 13 ? GS_CHILD_WISH_ACTIVE : GS_CHILD_WISH_UNKNOWN;
  gs_date born[MAX_CHILDREN];
  born[n - 1] = as_of - rng_range(r, 0, 19 * 365 - 1);
  for (int i = n - 2; i >= 0; i--)
    born[i] = born[i + 1] - rng_range(r, 450, 1460);
  /* an earlier loss, between the two youngest children or before the only one */
  bool loss = rng_permille(r, 30) && (n == 1 || born[n - 1] - born[n - 2] >= 900);
  for (int i = 0; i < n; i++) {
    if (loss && i == n - 1) {
      gen_pregnancy *lp = &g->preg[g->n_preg++];
      lp->ended = born[i] - rng_range(r, 330, 420);
      lp->due = lp->ended + rng_range(r, 100, 200);
      lp->outcome = GS_OUTCOME_LOSS;
      lp->child = -1;
    }
    gen_pregnancy *p = &g->preg[g->n_preg];
    gen_child *c = &g->child[g->n_child];
    p->due = born[i] + CONCEPTION - draw_birth_outcome(r, c);
    p->ended = born[i];
    p->outcome = GS_OUTCOME_BIRTH;
    p->child = g->n_child;
    c->born = born[i];
    c->pregnancy = g->n_preg;
    g->n_preg++;
    g->n_child++;
  }
  /* a next pregnancy in progress: the youngest is 1-10 years old */
  int32_t youngest_days = as_of - born[n - 1];
  if (n < MAX_CHILDREN && youngest_days >= 365 && youngest_days <= 3650 &&
      rng_permille(r, 110)) {
    gen_pregnancy *p = &g->preg[g->n_preg];
    p->due = as_of + rng_range(r, 7, 238);
    p->ended = GS_DATE_NONE;
    p->child = -1;
    g->current = g->n_preg++;
  }
  gs_date first = g->preg[0].due - CONCEPTION + rng_range(r, 42, 84);
  if (first < as_of - HISTORY_DAYS)
    first = as_of - HISTORY_DAYS;
  g->enrolled = first < as_of ? first : as_of;
}

/* Step 4 (profile): which benign attention points this family has. */
static void draw_profile(gen_family *g) {
  gen_rng *r = &g->r;
  g->fair_domain = rng_permille(r, 400) ? rng_range(r, 1, 5) : 0;
  g->giz_area = rng_permille(r, 400) ? PICK(r, GIZ_PLAIN) : 0;
  g->signal_topic = rng_permille(r, 300) ? PICK(r, BENIGN_TOPICS) : 0;
  if (g->wish == GS_CHILD_WISH_NOT_NOW && g->n_child == 0 && rng_permille(r, 500))
    g->signal_topic = GS_TOPIC_CONTRACEPTION;
  g->protective_topic = rng_permille(r, 500) ? GS_TOPIC_SOCIAL_SUPPORT : GS_TOPIC_PARENTING;
  for (int i = 0; i < g->n_preg; i++) {
    g->screen_topic[i][0] = rng_permille(r, 450) ? PICK(r, SCREEN_TOPICS) : 0;
    g->screen_topic[i][1] = rng_permille(r, 200) ? PICK(r, SCREEN_TOPICS) : 0;
  }
}

/* Step 4 (contacts): the scheduled moments held. */
static void draw_schedule(gen_family *g) {
  gen_rng *r = &g->r;
  const gs_population *p = g->p;
  for (size_t m = 0; m < p->n_moments; m++) {
    const gen_moment *mo = &p->moments[m];
    if (mo->anchor == GS_ANCHOR_INDICATION)
      continue;                           /* follow-ups of a consult: draw_indicated() */
    int n_anchors = mo->anchor == GS_ANCHOR_CONCEPTION ? g->n_preg : g->n_child;
    for (int a = 0; a < n_anchors; a++) {
      gs_date anchor, last = g->as_of;
      if (mo->anchor == GS_ANCHOR_CONCEPTION) {
        const gen_pregnancy *pr = &g->preg[a];
        anchor = pr->due - CONCEPTION;
        if (pr->ended != GS_DATE_NONE) {
          if (pr->ended < anchor + mo->open)
            continue;                     /* it ended before the moment opened */
          if (pr->ended < last)
            last = pr->ended;             /* held before the birth */
        }
      } else {
        anchor = g->child[a].born;
      }
      if (mo->condition > 0 && g->target < mo->condition)
        continue;                         /* only offered to families that need it */
      /* held at most moments: a little more often in the first four years */
      uint32_t held = mo->anchor == GS_ANCHOR_BIRTH && mo->due > 1461 ? 800 : 880;
      bool is_held = rng_permille(r, held);
      int offset = rng_permille(r, 850) ? rng_range(r, mo->open, mo->overdue)
                                        : rng_range(r, mo->overdue, mo->close);
      gs_date date = anchor + offset;
      if (!is_held || date < g->enrolled || date > last)
        continue;
      gen_contact *c = add_contact(g, date);
      if (c == NULL)
        return;
      c->moment = (int)m;
      c->subject_kind = mo->anchor == GS_ANCHOR_CONCEPTION ? SUBJ_PREGNANCY : SUBJ_CHILD;
      c->subject = a;
      c->setting = mo->setting;
      c->by = signaller_for(r, mo->setting);
      c->instruments = mo->instruments;
      c->ph = rng_permille(r, 200);
      if (mo->instruments & INSTR_DMOP_EXTENDED) {
        /* the SamenStarten consult status after the 8-week consult */
        static const unsigned w[] = { 720, 200, 80 };
        c->consult = GS_CONSULT_FINE + rng_weighted(r, w, 3);
      }
    }
  }
}

/* Step 4 (ad-hoc): contacts outside the schedule. */
static void draw_adhoc(gen_family *g) {
  gen_rng *r = &g->r;
  gs_date as_of = g->as_of;
  if (g->n_child == 0 && g->current < 0) {
    /* the preconception clinic or the GP about the wish for a child */
    int n = rng_range(r, 1, 2);
    for (int i = 0; i < n; i++) {
      gen_contact *c = add_contact(g, rng_range(r, g->enrolled, as_of));
      if (c == NULL)
        return;
      c->setting = g->wish == GS_CHILD_WISH_ACTIVE ? GS_SETTING_PRECONCEPTION_CLINIC
                                                   : GS_SETTING_OTHER;
      c->by = GS_BY_GP;
      c->instruments = INSTR_SIGNALS;
      c->ph = rng_permille(r, 500);
    }
  }
  /* a neighbourhood-team visit with the self-reliance matrix */
  if (rng_permille(r, 100)) {
    gs_date from = as_of - 700 > g->enrolled ? as_of - 700 : g->enrolled;
    gen_contact *c = add_contact(g, rng_range(r, from, as_of));
    if (c == NULL)
      return;
    c->setting = GS_SETTING_HOME;
    c->by = GS_BY_NEIGHBOURHOOD_TEAM;
    c->zrm = true;
  }
}

/* Step 6 (earlier episode): a risk that was resolved, under a closed goal. */
static void draw_history(gen_family *g) {
  gen_rng *r = &g->r;
  g->hist_topic = 0;
  if (g->as_of - g->enrolled < 300 || !rng_permille(r, 150))
    return;
  int topic;
  do
    topic = PICK(r, BENIGN_TOPICS);
  while (topic == g->signal_topic);
  gs_date opened = rng_range(r, g->enrolled, g->as_of - 240);
  gs_date closed = opened + rng_range(r, 60, 200);
  gen_contact *c = add_contact(g, opened);
  if (c == NULL)
    return;
  c->setting = GS_SETTING_HOME;
  c->by = rng_permille(r, 500) ? GS_BY_JGZ_NURSE : GS_BY_NEIGHBOURHOOD_TEAM;
  c->resolved_topic = topic;
  c->resolved = closed;
  g->hist_topic = topic;
  g->hist_opened = opened;
  g->hist_closed = closed;
}

static void sort_contacts(gen_family *g) {
  /* insertion sort by date, stable; n is small */
  for (int i = 1; i < g->n_contacts; i++) {
    gen_contact tmp = g->contacts[i];
    int j = i - 1;
    while (j >= 0 && g->contacts[j].date > tmp.date) {
      g->contacts[j + 1] = g->contacts[j];
      j--;
    }
    g->contacts[j + 1] = tmp;
  }
}

/* Step 5: the finding that gives the family its care need. */
static void draw_trigger(gen_family *g) {
  gen_rng *r = &g->r;
  g->trig = TRIG_NONE;
  if (g->target == GS_CARE_POSITIVE_CONFIRMATION)
    return;
  bool pregnant = g->current >= 0;
  bool young = has_young_child(g, g->as_of) || pregnant;
  bool children = g->n_child > 0;
  int baby = youngest_child_under(g, 365);
  if (g->target == GS_CARE_ADDITIONAL_CARE) {
    static const int kinds[] = { TRIG_DMOP_NOT_GOOD, TRIG_ZRM_LOW, TRIG_GIZ_STRESS,
                                 TRIG_SCREEN_HIGH, TRIG_SAFETY_SIGNAL, TRIG_HELP,
                                 TRIG_CONSULT_PROBLEM };
    unsigned w[] = { young ? 30u : 0u, 25u, 15u, pregnant ? 15u : 0u, 10u, pregnant ? 5u : 0u,
                     baby >= 0 ? 20u : 0u };
    g->trig = kinds[rng_weighted(r, w, 7)];
  } else {
    static const int kinds[] = { TRIG_ZRM_ACUTE, TRIG_GIZ_EMERGENCY, TRIG_ACUTE_SIGNAL,
                                 TRIG_SCREEN_SAFETY };
    unsigned w[] = { 30u, 20u, 40u, pregnant ? 10u : 0u };
    g->trig = kinds[rng_weighted(r, w, 4)];
  }
  g->trig_caregiver = g->n_caregivers == 2 && rng_permille(r, 300) ? 2 : 1;
  switch (g->trig) {
  case TRIG_DMOP_NOT_GOOD:
  case TRIG_CONSULT_PROBLEM:
    /* a DMOP domain not good, or a consult status `problem` with the
     * domain it is about `fair` */
    g->trig_item = rng_range(r, 1, 5);
    if (g->trig_item == GS_DMOP_PARTNER_ROLE && g->n_caregivers == 1)
      g->trig_item = GS_DMOP_SOCIAL_NETWORK;
    g->trig_value = g->trig == TRIG_DMOP_NOT_GOOD ? GS_RATING_NOT_GOOD : GS_CONSULT_PROBLEM;
    g->trig_topic = dmop_topic(g->trig_item);
    break;
  case TRIG_ZRM_LOW:
    g->trig_item = PICK(r, ZRM_LOW);
    g->trig_value = 2;
    g->trig_topic = zrm_topic(g->trig_item);
    break;
  case TRIG_GIZ_STRESS:
    g->trig_item = children ? PICK(r, GIZ_PLAIN) : PICK(r, GIZ_ADULT);
    g->trig_value = rng_permille(r, 750) ? 3 : 4;
    g->trig_topic = giz_topic(g->trig_item);
    break;
  case TRIG_SCREEN_HIGH:
    g->trig_item = PICK(r, SCREEN_TOPICS);
    g->trig_value = GS_CONCERN_HIGH;
    g->trig_topic = g->trig_item;
    break;
  case TRIG_SAFETY_SIGNAL:
    g->trig_item = children && rng_permille(r, 500) ? GS_TOPIC_CHILD_SAFETY
                                                    : GS_TOPIC_DOMESTIC_VIOLENCE;
    g->trig_value = rng_range(r, 1, 2);
    g->trig_topic = g->trig_item;
    break;
  case TRIG_HELP:
    g->trig_item = PICK(r, SCREEN_TOPICS);
    g->trig_value = GS_CONCERN_SOME;
    g->trig_topic = g->trig_item;
    break;
  case TRIG_ZRM_ACUTE:
    g->trig_item = PICK(r, ZRM_ACUTE);
    g->trig_value = 1;
    g->trig_topic = zrm_topic(g->trig_item);
    break;
  case TRIG_GIZ_EMERGENCY:
    g->trig_item = children ? PICK(r, GIZ_PLAIN) : PICK(r, GIZ_ADULT);
    g->trig_value = 5;
    g->trig_topic = giz_topic(g->trig_item);
    break;
  case TRIG_ACUTE_SIGNAL:
    do
      g->trig_item = PICK(r, ACUTE_TOPICS);
    while (g->trig_item == GS_TOPIC_CHILD_SAFETY && !children);
    g->trig_value = 3;
    g->trig_topic = g->trig_item;
    break;
  default: /* TRIG_SCREEN_SAFETY */
    g->trig_item = GS_TOPIC_DOMESTIC_VIOLENCE;
    g->trig_value = GS_CONCERN_HIGH;
    g->trig_topic = g->trig_item;
    break;
  }
  /* at the latest contact when it is recent enough and fits, else at a new
   * one on or after it: nothing later may overwrite the finding */
  gs_date date = g->as_of - rng_range(r, 0, TRIGGER_WINDOW);
  int last = g->n_contacts - 1;
  bool screening = g->trig == TRIG_SCREEN_HIGH || g->trig == TRIG_HELP ||
                   g->trig == TRIG_SCREEN_SAFETY;
  if (last >= 0 && g->contacts[last].date >= g->as_of - TRIGGER_WINDOW) {
    const gen_contact *lc = &g->contacts[last];
    bool fits;
    switch (g->trig) {
    case TRIG_DMOP_NOT_GOOD:
      fits = (lc->instruments & (INSTR_DMOP | INSTR_DMOP_EXTENDED)) != 0;
      break;
    case TRIG_GIZ_STRESS:
    case TRIG_GIZ_EMERGENCY:
      fits = (lc->instruments & INSTR_GIZ) != 0;
      break;
    case TRIG_ZRM_LOW:
    case TRIG_ZRM_ACUTE:
      fits = lc->zrm;
      break;
    case TRIG_SAFETY_SIGNAL:
    case TRIG_ACUTE_SIGNAL:
      fits = true;
      break;
    case TRIG_CONSULT_PROBLEM:
      fits = (lc->instruments & INSTR_DMOP_EXTENDED) != 0;
      break;
    default: /* the screening triggers */
      fits = (lc->instruments & INSTR_SCREENING) != 0 && lc->subject_kind == SUBJ_PREGNANCY &&
             lc->subject == g->current;
      break;
    }
    if (fits && rng_permille(r, 600)) {
      gen_contact *tc = &g->contacts[last];
      tc->trigger = true;
      g->trig_date = tc->date;
      if (g->trig == TRIG_CONSULT_PROBLEM ||
          (g->trig == TRIG_DMOP_NOT_GOOD && tc->consult != 0))
        tc->consult = GS_CONSULT_PROBLEM; /* a domain not good: a problem */
      return;
    }
    if (date < lc->date)
      date = lc->date;
  }
  if (g->trig == TRIG_CONSULT_PROBLEM && date < g->child[baby].born + 14)
    date = g->child[baby].born + 14;      /* <= as_of: the baby is 14 days or older */
  gen_contact *c = add_contact(g, date);
  if (c == NULL) {                        /* cannot happen: room was kept */
    g->trig = TRIG_NONE;
    return;
  }
  c->trigger = true;
  g->trig_date = date;
  if (g->trig == TRIG_CONSULT_PROBLEM) {
    /* a consult at the clinic about the baby */
    c->subject_kind = SUBJ_CHILD;
    c->subject = baby;
    c->setting = GS_SETTING_WELL_BABY_CLINIC;
    c->by = GS_BY_JGZ_NURSE;
    c->consult = GS_CONSULT_PROBLEM;
  } else if (screening) {
    c->subject_kind = SUBJ_PREGNANCY;
    c->subject = g->current;
    c->setting = GS_SETTING_MIDWIFE_PRACTICE;
    c->by = GS_BY_MIDWIFE;
  } else if (g->trig == TRIG_ZRM_LOW || g->trig == TRIG_ZRM_ACUTE) {
    c->setting = GS_SETTING_HOME;
    c->by = GS_BY_NEIGHBOURHOOD_TEAM;
  } else if (g->trig == TRIG_SAFETY_SIGNAL || g->trig == TRIG_ACUTE_SIGNAL) {
    static const int who[] = { GS_BY_GP, GS_BY_NEIGHBOURHOOD_TEAM, GS_BY_JGZ_NURSE,
                               GS_BY_NEAR_ENVIRONMENT, GS_BY_TEACHER };
    c->setting = GS_SETTING_OTHER;
    c->by = PICK(r, who);
    if (c->by == GS_BY_TEACHER && g->n_child == 0)
      c->by = GS_BY_GP;
  } else {
    c->setting = has_young_child(g, g->as_of) ? GS_SETTING_WELL_BABY_CLINIC : GS_SETTING_HOME;
    c->by = GS_BY_JGZ_NURSE;
  }
  c->ph = rng_permille(r, 300);
}

/* Step 4 (indicated contacts): SamenStarten's extra contact after a
 * consult status `problem` (at home within two weeks) or `attention` (at
 * the clinic within four), the indicated moments of the pack. Most are
 * held (88% / 78%), most of them in time, by a JGZ nurse or doctor about
 * the same subject; none after the as-of date. A follow-up of a problem
 * records a consult status again (mostly fine or attention, sometimes a
 * problem again, which asks for another follow-up); one of an attention
 * sometimes does. Two rules keep the drawn care need: in a family drawn
 * for positive confirmation a problem that still counts at the as-of date
 * was followed up with a better status (or, when that cannot have
 * happened yet, it was an attention), and after the triggering finding
 * of step 5 a follow-up keeps it (no better consult status, the same
 * DMOP rating: emit_findings()). Contacts are in date order; follow-ups
 * are appended, visited in turn, and sorted in afterwards. */
static void draw_indicated(gen_family *g) {
  gen_rng *r = &g->r;
  const gs_population *p = g->p;
  bool benign = g->target == GS_CARE_POSITIVE_CONFIRMATION;
  for (int i = 0; i < g->n_contacts; i++) {
    gen_contact *c = &g->contacts[i];
    if (c->consult != GS_CONSULT_PROBLEM && c->consult != GS_CONSULT_ATTENTION)
      continue;
    bool problem = c->consult == GS_CONSULT_PROBLEM;
    int mi = p->indicated[problem ? GS_TRIGGER_CONSULT_PROBLEM : GS_TRIGGER_CONSULT_ATTENTION];
    if (mi < 0)
      continue;
    const gen_moment *mo = &p->moments[mi];
    bool held = c->depth < 2 && rng_permille(r, problem ? 880 : 780);
    int offset = rng_permille(r, 850) ? rng_range(r, mo->open, mo->overdue)
                                      : rng_range(r, mo->overdue + 1, mo->close);
    bool must = benign && problem && g->as_of - c->date <= p->valid_dmop;
    if (must && (!held || c->date + offset > g->as_of)) {
      int latest = g->as_of - c->date < mo->overdue ? g->as_of - c->date : mo->overdue;
      if (latest < mo->open) {
        c->consult = GS_CONSULT_ATTENTION; /* too recent to have been followed up */
        i--;
        continue;
      }
      held = true;
      offset = rng_range(r, mo->open, latest);
    }
    if (!held || c->date + offset > g->as_of)
      continue;
    gen_contact *f = add_contact(g, c->date + offset);
    if (f == NULL) {
      if (must) {
        c->consult = GS_CONSULT_ATTENTION;
        i--;
        continue;
      }
      return;
    }
    c = &g->contacts[i];
    f->moment = mi;
    f->subject_kind = c->subject_kind;
    f->subject = c->subject;
    f->setting = mo->setting;
    f->by = rng_permille(r, 850) ? GS_BY_JGZ_NURSE : GS_BY_JGZ_DOCTOR;
    f->instruments = mo->instruments;
    f->depth = c->depth + 1;
    bool again = f->depth < 2;
    if (problem) {
      unsigned w[] = { 550, 350, again && !benign ? 100u : 0u };
      f->consult = GS_CONSULT_FINE + rng_weighted(r, w, 3);
    } else {
      unsigned w[] = { 500, 400, again ? 100u : 0u };
      int k = rng_weighted(r, w, 3);
      f->consult = k == 0 ? 0 : k == 1 ? GS_CONSULT_FINE : GS_CONSULT_ATTENTION;
    }
    if (g->trig == TRIG_CONSULT_PROBLEM && f->date >= g->trig_date)
      f->consult = again && rng_permille(r, 200) ? GS_CONSULT_PROBLEM : 0; /* not solved yet */
  }
}

/* Step 5 (Meldcode): on a safety finding (a domestic-violence or
 * child-safety signal, a `high` domestic-violence concern) the
 * professional follows the Meldcode: in 85% of these families step 1 is
 * recorded on the day of the finding or soon after, each next step a few
 * days later (sooner with serious concerns), until the as-of date or a
 * pause (10% per step); step 5 decides help, a report to Veilig Thuis or
 * both (more reports with serious concerns). */
static void draw_meldcode(gen_family *g) {
  gen_rng *r = &g->r;
  g->n_steps = 0;
  bool safety_topic = g->trig_item == GS_TOPIC_DOMESTIC_VIOLENCE ||
                      g->trig_item == GS_TOPIC_CHILD_SAFETY;
  bool safety = g->trig == TRIG_SAFETY_SIGNAL || g->trig == TRIG_SCREEN_SAFETY ||
                (g->trig == TRIG_ACUTE_SIGNAL && safety_topic);
  if (!safety || !rng_permille(r, 850))
    return;
  bool high = g->trig == TRIG_SCREEN_SAFETY || g->trig_value >= 3;
  gs_date d = g->trig_date + rng_range(r, 0, high ? 1 : 3);
  for (int n = 1; n <= MELDCODE_STEPS && d <= g->as_of; n++) {
    g->step_n[g->n_steps] = n;
    g->step_date[g->n_steps] = d;
    g->step_decision[g->n_steps] = GS_MELDCODE_DECISION_NONE;
    if (n == MELDCODE_STEPS) {
      static const unsigned serious[] = { 150, 350, 500 }, some[] = { 650, 50, 300 };
      g->step_decision[g->n_steps] = GS_MELDCODE_HELP + rng_weighted(r, high ? serious : some, 3);
    }
    g->n_steps++;
    if (!rng_permille(r, 900))
      break;
    d += high ? rng_range(r, 1, 4) : rng_range(r, 2, 10);
  }
}

/* ---- emitting the family through the builder ------------------------------ */

#define TRY(x) do { gs_status st_ = (x); if (st_ != GS_OK) return st_; } while (0)

static gs_status add_signal(gen_family *g, const char *k, int topic, int kind, int severity,
                            gs_date resolved) {
  char sid[16];
  id_of(sid, sizeof sid, 'S', ++g->signal_seq);
  return gs_family_add_signal(g->fam, k, sid, (gs_topic)topic, (gs_signal_kind)kind, severity,
                              resolved);
}

/* Fills items[0..*n) with `extra` distinct draws from pool besides the
 * ones already there, adds `must` when not 0, and sorts them (a form lists
 * items in code order). */
static void pick_items(gen_rng *r, int *items, int *n, int want, const int *pool, size_t n_pool,
                       int must, int avoid) {
  while (*n < want) {
    int v = pool[rng_below(r, (uint32_t)n_pool)];
    bool dup = v == avoid;
    for (int i = 0; i < *n; i++)
      dup |= items[i] == v;
    if (!dup)
      items[(*n)++] = v;
  }
  if (must) {
    bool dup = false;
    for (int i = 0; i < *n; i++)
      dup |= items[i] == must;
    if (!dup)
      items[(*n)++] = must;
  }
  for (int i = 1; i < *n; i++)
    for (int j = i; j > 0 && items[j - 1] > items[j]; j--) {
      int tmp = items[j];
      items[j] = items[j - 1];
      items[j - 1] = tmp;
    }
}

/* The findings of one contact, in kind order; the trigger replaces the
 * benign value of its item. */
static gs_status emit_findings(gen_family *g, int ci, const char *k, bool after_trigger) {
  gen_rng *r = &g->r;
  const gen_contact *c = &g->contacts[ci];
  int t = c->trigger ? g->trig : TRIG_NONE;
  unsigned in = c->instruments;
  /* a DMOP domain not good stays so at the follow-ups after it */
  bool keep = t == TRIG_DMOP_NOT_GOOD || (after_trigger && g->trig == TRIG_DMOP_NOT_GOOD);

  if ((in & (INSTR_DMOP | INSTR_DMOP_EXTENDED)) || keep || c->consult) {
    for (int d = 1; d <= 5; d++) {
      int rating = GS_RATING_GOOD;
      if (d == g->fair_domain ? rng_permille(r, 500) : rng_permille(r, 40))
        rating = GS_RATING_FAIR;
      if (d == GS_DMOP_PARTNER_ROLE && g->n_caregivers == 1)
        rating = GS_RATING_NOT_DISCUSSED;
      if (t == TRIG_CONSULT_PROBLEM && d == g->trig_item)
        rating = GS_RATING_FAIR;
      if (keep && d == g->trig_item)
        rating = GS_RATING_NOT_GOOD;
      TRY(gs_family_add_finding(g->fam, k, GS_FINDING_DMOP, d, rating));
    }
  }
  if (in & INSTR_DMOP_EXTENDED) {
    int overall = t == TRIG_DMOP_NOT_GOOD || c->consult == GS_CONSULT_PROBLEM ||
                  !rng_permille(r, 800) ? GS_RATING_FAIR : GS_RATING_GOOD;
    TRY(gs_family_add_finding(g->fam, k, GS_FINDING_DMOP_OVERALL, 0, overall));
  }
  if (c->consult)
    TRY(gs_family_add_finding(g->fam, k, GS_FINDING_CONSULT, 0, c->consult));
  bool giz_trig = t == TRIG_GIZ_STRESS || t == TRIG_GIZ_EMERGENCY;
  if ((in & INSTR_GIZ) || giz_trig) {
    int areas[8], n = 0;
    if (g->giz_area)
      areas[n++] = g->giz_area;
    if (g->n_child)
      pick_items(r, areas, &n, 3, GIZ_PLAIN, GSI_ARRAY_LEN(GIZ_PLAIN), giz_trig ? g->trig_item : 0,
                 0);
    else
      pick_items(r, areas, &n, 2, GIZ_ADULT, GSI_ARRAY_LEN(GIZ_ADULT), giz_trig ? g->trig_item : 0,
                 0);
    for (int i = 0; i < n; i++) {
      int gom = areas[i] == g->giz_area && rng_permille(r, 500) ? 2 : 1;
      if (giz_trig && areas[i] == g->trig_item)
        gom = g->trig_value;
      TRY(gs_family_add_finding(g->fam, k, GS_FINDING_GIZ, areas[i], gom));
    }
  }
  bool screen_trig = t == TRIG_SCREEN_HIGH || t == TRIG_HELP || t == TRIG_SCREEN_SAFETY;
  if (((in & INSTR_SCREENING) || screen_trig) && c->subject_kind == SUBJ_PREGNANCY) {
    const int *mine = g->screen_topic[c->subject];
    int topics[10], n = 0;
    topics[n++] = GS_TOPIC_DOMESTIC_VIOLENCE;
    for (int i = 0; i < 2; i++)
      if (mine[i] && (n < 2 || topics[1] != mine[i]))
        topics[n++] = mine[i];
    pick_items(r, topics, &n, 5, SCREEN_TOPICS, GSI_ARRAY_LEN(SCREEN_TOPICS),
               screen_trig ? g->trig_item : 0, 0);
    for (int i = 0; i < n; i++) {
      int concern = GS_CONCERN_LOW;
      if ((topics[i] == mine[0] || topics[i] == mine[1]) && rng_permille(r, 600))
        concern = GS_CONCERN_SOME;
      if (screen_trig && topics[i] == g->trig_item)
        concern = g->trig_value;
      TRY(gs_family_add_finding(g->fam, k, GS_FINDING_SCREENING, topics[i], concern));
    }
    TRY(gs_family_add_finding(g->fam, k, GS_FINDING_HELP_REQUESTED, 0, t == TRIG_HELP));
  }
  bool zrm_trig = t == TRIG_ZRM_LOW || t == TRIG_ZRM_ACUTE;
  if (c->zrm || zrm_trig) {
    char pid[16];
    id_of(pid, sizeof pid, 'P', zrm_trig ? g->trig_caregiver : 1);
    int domains[8], n = 0;
    pick_items(r, domains, &n, 3, ZRM_LOW, GSI_ARRAY_LEN(ZRM_LOW), zrm_trig ? g->trig_item : 0,
               zrm_trig ? g->trig_item : 0);
    for (int i = 0; i < n; i++) {
      int score = zrm_trig && domains[i] == g->trig_item ? g->trig_value : rng_range(r, 3, 5);
      TRY(gs_family_add_zrm(g->fam, k, pid, (gs_zrm_domain)domains[i], score));
    }
  }
  if (c->ph) {
    int first = rng_range(r, 1, 6), n = rng_range(r, 2, 3);
    for (int i = 0; i < n; i++)
      TRY(gs_family_add_finding(g->fam, k, GS_FINDING_POSITIVE_HEALTH, (first + i - 1) % 6 + 1,
                                rng_range(r, 4, 9)));
  }
  if (in & INSTR_SIGNALS) {
    if (rng_permille(r, 400))
      TRY(add_signal(g, k, g->protective_topic, GS_SIGNAL_PROTECTIVE, rng_range(r, 1, 2),
                     GS_DATE_NONE));
    if (g->signal_topic && rng_permille(r, 350))
      TRY(add_signal(g, k, g->signal_topic, GS_SIGNAL_RISK, 1, GS_DATE_NONE));
  }
  if (c->resolved_topic)
    TRY(add_signal(g, k, c->resolved_topic, GS_SIGNAL_RISK, 2, c->resolved));
  if (t == TRIG_SAFETY_SIGNAL || t == TRIG_ACUTE_SIGNAL)
    TRY(add_signal(g, k, g->trig_item, GS_SIGNAL_RISK, g->trig_value, GS_DATE_NONE));
  return GS_OK;
}

static gs_status emit_contacts(gen_family *g) {
  bool after_trigger = false;
  for (int i = 0; i < g->n_contacts; i++) {
    const gen_contact *c = &g->contacts[i];
    char k[16], subject[16];
    id_of(k, sizeof k, 'K', i + 1);
    if (c->subject_kind == SUBJ_PREGNANCY)
      id_of(subject, sizeof subject, 'Z', c->subject + 1);
    else if (c->subject_kind == SUBJ_CHILD)
      id_of(subject, sizeof subject, 'C', c->subject + 1);
    const char *moment = c->moment >= 0 ? g->p->moments[c->moment].id : "ad-hoc";
    TRY(gs_family_add_contact(g->fam, k, c->date, moment, (gs_setting)c->setting,
                              (gs_signaller)c->by,
                              c->subject_kind == SUBJ_FAMILY ? NULL : subject));
    TRY(emit_findings(g, i, k, after_trigger));
    after_trigger |= c->trigger;
  }
  return GS_OK;
}

/* An offer the catalogue routes `topic` to at *level or above on date d,
 * with its level in *level; NULL when there is none (*level unchanged). */
static const char *route_offer(gen_family *g, int topic, int *level, gs_date d) {
  int youngest;
  uint32_t phases = phases_on(g, d, &youngest);
  size_t routes[5], n = 0;
  if (gs_catalog_route(g->p->catalog, MUNICIPALITIES[g->muni].code, topic, *level, phases,
                       youngest, d, routes, 5, &n, NULL, NULL) != GS_OK || n == 0)
    return NULL;
  size_t pick = routes[rng_below(&g->r, (uint32_t)n)];
  *level = gs_catalog_offer_level(g->p->catalog, pick);
  return gs_catalog_offer_id(g->p->catalog, pick);
}

static int responsible_for(gen_family *g) {
  static const int who[] = { GS_BY_JGZ_NURSE, GS_BY_JGZ_NURSE, GS_BY_NEIGHBOURHOOD_TEAM,
                             GS_BY_GP };
  if (g->current >= 0 && rng_permille(&g->r, 300))
    return GS_BY_MIDWIFE;
  return PICK(&g->r, who);
}

/* Reviews about every six weeks from start up to last; a closing episode
 * ends with an achieved review. */
static gs_status emit_reviews(gen_family *g, const char *action, gs_date start, gs_date last,
                              bool closing) {
  gen_rng *r = &g->r;
  gs_date d = start + REVIEW_DAYS + rng_range(r, -7, 7);
  while (d <= last) {
    gs_date next = d + REVIEW_DAYS + rng_range(r, -7, 7);
    int outcome;
    if (closing) {
      outcome = next > last || rng_permille(r, 500) ? GS_REVIEW_ACHIEVED : GS_REVIEW_PARTIAL;
    } else {
      static const unsigned w[] = { 30, 45, 20, 5 };
      outcome = rng_weighted(r, w, 4) + 1;
    }
    TRY(gs_family_add_review(g->fam, action, d, (gs_review_outcome)outcome));
    d = next;
  }
  return GS_OK;
}

static gs_status emit_plan(gen_family *g) {
  gen_rng *r = &g->r;
  int goal = 0, action = 0;
  char gid[16], aid[16];
  if (g->hist_topic) {
    id_of(gid, sizeof gid, 'G', ++goal);
    int status = rng_permille(r, 800) ? GS_GOAL_ACHIEVED : GS_GOAL_STOPPED;
    TRY(gs_family_add_goal(g->fam, gid, (gs_topic)g->hist_topic, g->hist_opened, GS_DATE_NONE,
                           (gs_goal_status)status, g->hist_closed));
    int level = rng_range(r, 2, 4);
    gs_date start = g->hist_opened + rng_range(r, 0, 10);
    const char *offer = route_offer(g, g->hist_topic, &level, start);
    gs_date end = g->hist_closed - rng_range(r, 0, 10);
    if (end < start)
      end = start;
    id_of(aid, sizeof aid, 'A', ++action);
    TRY(gs_family_add_action(g->fam, gid, aid, level, offer, start, end, rng_permille(r, 600),
                             (gs_signaller)responsible_for(g)));
    TRY(emit_reviews(g, aid, start, end, status == GS_GOAL_ACHIEVED));
  }
  if (g->trig == TRIG_NONE || !rng_permille(r, 650))
    return GS_OK;
  gs_date opened = g->trig_date + rng_range(r, 0, 7);
  if (opened > g->as_of)
    opened = g->as_of;
  /* one goal per topic at a time (plan.md): a new goal on the topic of the
   * earlier one opens when that one closed, or not at all */
  if (g->hist_topic == g->trig_topic && opened < g->hist_closed) {
    if (g->hist_closed > g->as_of)
      return GS_OK;
    opened = g->hist_closed;
  }
  id_of(gid, sizeof gid, 'G', ++goal);
  TRY(gs_family_add_goal(g->fam, gid, (gs_topic)g->trig_topic, opened,
                         opened + rng_range(r, 90, 270), GS_GOAL_OPEN, GS_DATE_NONE));
  int level;
  if (g->trig_topic == GS_TOPIC_DOMESTIC_VIOLENCE || g->trig_topic == GS_TOPIC_CHILD_SAFETY) {
    /* unsafety: professional support from the start (L-SAFETY) */
    level = g->target == GS_CARE_URGENT_SUPPORT || g->trig_value >= 2 ? 5 : 4;
  } else if (g->target == GS_CARE_URGENT_SUPPORT) {
    level = rng_permille(r, 700) ? 5 : 4;
  } else {
    static const unsigned w[] = { 15, 55, 30 };
    level = 2 + rng_weighted(r, w, 3);
  }
  gs_date start = opened + rng_range(r, 0, 14);
  if (start > g->as_of)
    start = g->as_of;
  const char *offer = route_offer(g, g->trig_topic, &level, start);
  id_of(aid, sizeof aid, 'A', ++action);
  TRY(gs_family_add_action(g->fam, gid, aid, level, offer, start, GS_DATE_NONE,
                           rng_permille(r, 600), (gs_signaller)responsible_for(g)));
  TRY(emit_reviews(g, aid, start, g->as_of, false));
  if (rng_permille(r, 150)) {
    /* and something the family does itself */
    int own = 1;
    const char *self_help = route_offer(g, g->trig_topic, &own, opened);
    if (self_help != NULL && own == 1) {
      id_of(aid, sizeof aid, 'A', ++action);
      TRY(gs_family_add_action(g->fam, gid, aid, 1, self_help, opened, GS_DATE_NONE, 0,
                               GS_BY_FAMILY));
    }
  }
  return GS_OK;
}

static gs_status emit_conclusions(gen_family *g) {
  gen_rng *r = &g->r;
  if (g->hist_topic)
    TRY(gs_family_add_conclusion(g->fam, g->hist_opened, GS_CARE_ADDITIONAL_CARE,
                                 GS_CARE_ADDITIONAL_CARE, NULL));
  if (g->trig != TRIG_NONE) {
    if (rng_permille(r, 900))
      return gs_family_add_conclusion(g->fam, g->trig_date, (gs_care_need)g->target, g->target,
                                      NULL);
    /* the family and the professional agreed on less than was proposed */
    return gs_family_add_conclusion(g->fam, g->trig_date, (gs_care_need)(g->target - 1),
                                    g->target,
                                    "Het netwerk van het gezin vangt veel op; samen zo afgesproken.");
  }
  /* a positive confirmation recorded at the latest DMOP conversation */
  for (int i = g->n_contacts - 1; i >= 0; i--)
    if (g->contacts[i].instruments & (INSTR_DMOP | INSTR_DMOP_EXTENDED)) {
      if (rng_permille(r, 400))
        return gs_family_add_conclusion(g->fam, g->contacts[i].date,
                                        GS_CARE_POSITIVE_CONFIRMATION,
                                        GS_CARE_POSITIVE_CONFIRMATION, NULL);
      break;
    }
  return GS_OK;
}

static gs_status emit_family(gen_family *g, const char *id) {
  TRY(gs_family_new(&g->fam, id, MUNICIPALITIES[g->muni].code, g->enrolled));
  TRY(gs_family_set_child_wish(g->fam, (gs_child_wish)g->wish));
  char buf[16], other[16];
  TRY(gs_family_add_caregiver(g->fam, "P1", GS_ROLE_BIRTH_PARENT));
  if (g->n_caregivers == 2)
    TRY(gs_family_add_caregiver(g->fam, "P2", GS_ROLE_PARTNER));
  if (g->third_caregiver)
    TRY(gs_family_add_caregiver(g->fam, "P3", GS_ROLE_OTHER_CAREGIVER));
  for (int i = 0; i < 3; i++) {
    bool present = i == 0 || (i == 1 && g->n_caregivers == 2) || (i == 2 && g->third_caregiver);
    id_of(buf, sizeof buf, 'P', i + 1);
    if (present && g->birth_year[i])
      TRY(gs_family_set_caregiver_birth_year(g->fam, buf, g->birth_year[i]));
  }
  for (int i = 0; i < g->n_preg; i++) {
    const gen_pregnancy *p = &g->preg[i];
    id_of(buf, sizeof buf, 'Z', i + 1);
    if (p->child >= 0)
      id_of(other, sizeof other, 'C', p->child + 1);
    TRY(gs_family_add_pregnancy(g->fam, buf, "P1", p->due, p->ended,
                                p->ended == GS_DATE_NONE ? GS_OUTCOME_NONE
                                                         : (gs_pregnancy_outcome)p->outcome,
                                p->child >= 0 ? other : NULL));
  }
  for (int i = 0; i < g->n_child; i++) {
    id_of(buf, sizeof buf, 'C', i + 1);
    id_of(other, sizeof other, 'Z', g->child[i].pregnancy + 1);
    TRY(gs_family_add_child(g->fam, buf, g->child[i].born, other));
    if (g->child[i].gestational_age)
      TRY(gs_family_set_child_gestational_age(g->fam, buf, g->child[i].gestational_age));
    if (g->child[i].birth_weight)
      TRY(gs_family_set_child_birth_weight(g->fam, buf, g->child[i].birth_weight));
  }
  TRY(emit_contacts(g));
  TRY(emit_conclusions(g));
  for (int i = 0; i < g->n_steps; i++)
    TRY(gs_family_add_meldcode_step(g->fam, g->step_n[i], g->step_date[i],
                                    (gs_meldcode_decision)g->step_decision[i]));
  TRY(emit_plan(g));
  return gs_family_finish(g->fam);
}

static gs_status make_family(const gs_population *p, uint64_t index, gs_family **out) {
  gen_family *g = gsi_calloc(1, sizeof *g);
  if (g == NULL)
    return gsi_oom();
  g->p = p;
  g->as_of = p->opts.as_of;
  rng_seed(&g->r, p->opts.seed, index);
  unsigned weights[N_MUNI];
  for (int i = 0; i < N_MUNI; i++)
    weights[i] = MUNICIPALITIES[i].weight;
  g->muni = rng_weighted(&g->r, weights, N_MUNI);
  uint32_t t = rng_below(&g->r, 100);
  g->target = t < 75 ? GS_CARE_POSITIVE_CONFIRMATION
              : t < 95 ? GS_CARE_ADDITIONAL_CARE : GS_CARE_URGENT_SUPPORT;
  draw_composition(g);
  draw_ages(g);
  draw_profile(g);
  draw_schedule(g);
  /* keep room for the ad-hoc, history, trigger and follow-up contacts */
  if (g->n_contacts > MAX_CONTACTS - 24)
    g->n_contacts = MAX_CONTACTS - 24;
  draw_adhoc(g);
  draw_history(g);
  sort_contacts(g);
  draw_trigger(g);
  draw_indicated(g);
  sort_contacts(g);
  draw_meldcode(g);

  char id[32];
  snprintf(id, sizeof id, "F-%06llu", (unsigned long long)index + 1u);
  gs_status st = emit_family(g, id);
  if (st == GS_OK) {
    *out = g->fam;
  } else {
    gs_family_free(g->fam);
    if (st != GS_ENOMEM) {
      /* the generator made a family the model rejects: a bug, reported
       * with the model's own message */
      char msg[512];
      snprintf(msg, sizeof msg, "%s", gs_error_message(gs_error_last()));
      st = gsi_error(GS_ERROR, NULL, 0, 0, "generator: family %s is invalid: %s", id, msg);
    }
  }
  gsi_free(g);
  return st;
}

/* ---- public API -------------------------------------------------------------- */

static unsigned instruments_of(const char *s) {
  static const struct {
    const char *token;
    unsigned flag;
  } known[] = {
    { "signals", INSTR_SIGNALS }, { "screening", INSTR_SCREENING }, { "giz", INSTR_GIZ },
    { "dmop", INSTR_DMOP }, { "dmop-extended", INSTR_DMOP_EXTENDED },
  };
  unsigned flags = 0;
  while (s != NULL && *s) {
    while (*s == ' ')
      s++;
    size_t n = strcspn(s, " ");
    for (size_t i = 0; i < GSI_ARRAY_LEN(known); i++)
      if (strlen(known[i].token) == n && strncmp(s, known[i].token, n) == 0)
        flags |= known[i].flag;
    s += n;
  }
  return flags;
}

static gs_status check_options(const gs_population_options *opts) {
  if (opts == NULL)
    return gsi_einval("gs_population: the options are NULL");
  if (opts->version != GS_POPULATION_OPTIONS_VERSION)
    return gsi_error(GS_EVERSION, NULL, 0, 0,
                     "gs_population_options version %u is not supported (this library knows %u)",
                     opts->version, GS_POPULATION_OPTIONS_VERSION);
  if (opts->as_of == GS_DATE_NONE)
    return gsi_einval("gs_population: as_of is not set (the library has no clock)");
  if (!gs_date_valid(opts->as_of) || opts->as_of < gsi_days_from_civil(1940, 1, 1) ||
      opts->as_of > gsi_days_from_civil(2198, 12, 31))
    return gsi_einval("gs_population: as_of must lie between 1940-01-01 and 2198-12-31");
  return GS_OK;
}

GS_EXPORT void gs_population_options_init(gs_population_options *opts) {
  if (opts == NULL)
    return;
  gs_population_options init = GS_POPULATION_OPTIONS_INIT;
  *opts = init;
}

GS_EXPORT gs_status gs_population_new(gs_population **out, const gs_population_options *opts) {
  if (out == NULL)
    return gsi_einval("gs_population_new: out is NULL");
  gs_status st = check_options(opts);
  if (st != GS_OK)
    return st;
  gs_population *p = gsi_calloc(1, sizeof *p);
  if (p == NULL)
    return gsi_oom();
  p->opts = *opts;
  st = gs_pack_load_default(&p->pack);
  if (st == GS_OK)
    st = gs_catalog_load_default(&p->catalog);
  if (st == GS_OK)
    st = gs_pack_param(p->pack, "valid.dmop", &p->valid_dmop);
  if (st != GS_OK) {
    gs_population_free(p);
    return st;
  }
  for (int t = 0; t < 3; t++)
    p->indicated[t] = -1;
  size_t n = gs_pack_moment_count(p->pack);
  for (size_t i = 0; i < n && p->n_moments < MAX_MOMENTS; i++) {
    gen_moment *m = &p->moments[p->n_moments++];
    m->id = gs_pack_moment_id(p->pack, i);
    m->anchor = gs_pack_moment_anchor(p->pack, i);
    m->open = gs_pack_moment_open(p->pack, i);
    m->due = gs_pack_moment_due(p->pack, i);
    m->overdue = gs_pack_moment_overdue(p->pack, i);
    m->close = gs_pack_moment_close(p->pack, i);
    m->condition = gs_pack_moment_condition(p->pack, i);
    m->trigger = gs_pack_moment_trigger(p->pack, i);
    m->setting = gs_pack_moment_setting(p->pack, i);
    m->instruments = instruments_of(gs_pack_moment_instruments(p->pack, i));
    if (m->anchor == GS_ANCHOR_INDICATION && m->trigger > 0 && m->trigger < 3 &&
        p->indicated[m->trigger] < 0)
      p->indicated[m->trigger] = (int)p->n_moments - 1;
  }
  *out = p;
  return GS_OK;
}

GS_EXPORT gs_status gs_population_next(gs_population *p, gs_family **out) {
  if (p == NULL || out == NULL)
    return gsi_einval("gs_population_next: %s is NULL", p == NULL ? "population" : "out");
  if (p->next >= p->opts.families) {
    *out = NULL;
    return GS_OK;
  }
  gs_family *f = NULL;
  gs_status st = make_family(p, p->next, &f);
  if (st != GS_OK)
    return st;
  p->next++;
  *out = f;
  return GS_OK;
}

GS_EXPORT void gs_population_free(gs_population *p) {
  if (p == NULL)
    return;
  gs_catalog_free(p->catalog);
  gs_pack_free(p->pack);
  gsi_free(p);
}

GS_EXPORT gs_status gs_population_generate(const gs_population_options *opts,
                                             const char *path) {
  gs_status st = check_options(opts);
  if (st != GS_OK)
    return st;
  if (path == NULL)
    return gsi_einval("gs_population_generate: path is NULL");
  if (opts->families == 0)
    return gsi_einval("gs_population_generate: a dossier holds at least one family");
  gs_population *p = NULL;
  st = gs_population_new(&p, opts);
  if (st != GS_OK)
    return st;
  gs_dossier_writer *w = NULL;
  st = gs_dossier_writer_open(&w, path);
  while (st == GS_OK) {
    gs_family *f = NULL;
    st = gs_population_next(p, &f);
    if (st != GS_OK || f == NULL)
      break;
    st = gs_dossier_writer_add(w, f);
    gs_family_free(f);
  }
  if (st == GS_OK)
    st = gs_dossier_writer_close(w);
  gs_dossier_writer_free(w);
  gs_population_free(p);
  return st;
}
