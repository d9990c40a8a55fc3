/*
 * libgoedestart Java binding - the JNA declarations of the C API.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.DoubleByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.Collections;
import java.util.Map;

/**
 * The C functions of libgoedestart, declared for JNA, one section per C
 * header. Each method has the C name and maps the C types directly:
 * {@code gs_status} and {@code int} are {@code int}, {@code gs_date} and
 * {@code int32_t} are {@code int}, {@code size_t} is {@link SizeT},
 * {@code const char *} results are {@code String} (UTF-8), out-parameters
 * are {@code *ByReference}, opaque handles are {@link Pointer}. See the C
 * headers for what each function does.
 *
 * <p>Prefer the wrapping classes ({@link Family}, {@link Assessment},
 * {@link Pack}, {@link Catalog}, ...), which cover the library; this
 * interface is public for the calls they leave out (the allocator hook
 * {@code gs_set_allocator}, which a JVM has no use for) and for programs
 * that need the C API as it is.
 *
 * <p>Adding a C function: declare it in the section of its header, in the
 * header's order, then wrap it.
 */
public interface GsLibrary extends Library {

    /**
     * The loaded library: from the system property {@code goedestart.library},
     * else the environment variable {@code GOEDESTART_LIBRARY}, else the
     * name {@code goedestart} on JNA's search path.
     */
    GsLibrary INSTANCE = Loader.load();

    /** How the library is found (kept out of the interface's API). */
    final class Loader {
        private Loader() {
        }

        /**
         * The path or name the library is loaded from.
         *
         * @return a path or a library name
         */
        static String location() {
            String path = System.getProperty("goedestart.library");
            if (path == null || path.isEmpty()) {
                path = System.getenv("GOEDESTART_LIBRARY");
            }
            return path == null || path.isEmpty() ? "goedestart" : path;
        }

        static GsLibrary load() {
            Map<String, Object> options =
                    Collections.singletonMap(Library.OPTION_STRING_ENCODING, "UTF-8");
            return Native.load(location(), GsLibrary.class, options);
        }
    }

    /** {@code gs_allocator} (gs-common.h): a replacement allocator, versioned. */
    @Structure.FieldOrder({"version", "malloc", "realloc", "free", "user_data"})
    class Allocator extends Structure {
        /** {@code GS_ALLOCATOR_VERSION}. */
        public int version;
        /** {@code void *(*malloc)(void *user_data, size_t size)}. */
        public Pointer malloc;
        /** {@code void *(*realloc)(void *user_data, void *ptr, size_t size)}. */
        public Pointer realloc;
        /** {@code void (*free)(void *user_data, void *ptr)}. */
        public Pointer free;
        /** Passed to each function. */
        public Pointer user_data;
    }

    /** {@code gs_population_options} (gs-generate.h): what to generate, versioned. */
    @Structure.FieldOrder({"version", "seed", "families", "as_of"})
    class PopulationOptions extends Structure {
        /** {@code GS_POPULATION_OPTIONS_VERSION}. */
        public int version;
        /** Seed of the pseudo-random generator ({@code uint64_t}). */
        public long seed;
        /** Number of families ({@code uint64_t}). */
        public long families;
        /** The date the population stands on ({@code gs_date}). */
        public int as_of;
    }

    /** {@code gs_survival_options} (gs-survival.h): a survival analysis, versioned. */
    @Structure.FieldOrder({"version", "as_of", "horizon", "group_by", "min_group"})
    class SurvivalOptions extends Structure {
        /** {@code GS_SURVIVAL_OPTIONS_VERSION}. */
        public int version;
        /** The as-of date ({@code gs_date}). */
        public int as_of;
        /** Horizon in days. */
        public int horizon;
        /** A {@code gs_group_by}. */
        public int group_by;
        /** Groups with fewer children are left out. */
        public int min_group;
    }

    /** {@code gs_indicators_options} (gs-indicators.h): an indicator run, versioned. */
    @Structure.FieldOrder({"version", "from", "to", "group_by", "suppress_k", "no_suppress"})
    class IndicatorsOptions extends Structure {
        /** {@code GS_INDICATORS_OPTIONS_VERSION}. */
        public int version;
        /** First day of the period ({@code gs_date}). */
        public int from;
        /** Last day of the period ({@code gs_date}). */
        public int to;
        /** {@code GS_GROUP_BY_MUNICIPALITY}, {@code _PROVINCE} or {@code _NONE}. */
        public int group_by;
        /** Small-cell threshold k. */
        public int suppress_k;
        /** 1 switches suppression off. */
        public int no_suppress;
    }

    /** {@code gs_export_options} (gs-export.h): a research export, versioned. */
    @Structure.FieldOrder({"version", "as_of", "horizon", "format"})
    class ExportOptions extends Structure {
        /** {@code GS_EXPORT_OPTIONS_VERSION}. */
        public int version;
        /** The as-of date ({@code gs_date}). */
        public int as_of;
        /** Survival horizon in days. */
        public int horizon;
        /** A {@code gs_export_format}. */
        public int format;
    }

    /**
     * {@code gs_assess_callback} (gs-assess.h): called by
     * {@link #gs_assess_many} for each family, in order.
     */
    interface AssessCallback extends Callback {
        /**
         * One result.
         *
         * @param userData as given to {@code gs_assess_many}
         * @param index the index of the family
         * @param assessment its assessment, valid only during the call
         * @return 0 to go on, anything else to stop
         */
        int invoke(Pointer userData, SizeT index, Pointer assessment);
    }

    /** {@code GS_ALLOCATOR_VERSION}. */
    int GS_ALLOCATOR_VERSION = 1;
    /** {@code GS_DATE_NONE}: an absent optional date. */
    int GS_DATE_NONE = Integer.MIN_VALUE;
    /** {@code GS_DATE_BUFSIZE}: "YYYY-MM-DD" and a NUL. */
    int GS_DATE_BUFSIZE = 11;

    // ---- gs-common.h: status, errors, memory, initialisation, version ----

    /**
     * {@code const gs_error *gs_error_last(void)}.
     *
     * @return the calling thread's last error, never NULL
     */
    Pointer gs_error_last();

    /**
     * {@code gs_status gs_error_code(const gs_error *err)}.
     *
     * @param err an error from {@link #gs_error_last()}
     * @return the status
     */
    int gs_error_code(Pointer err);

    /**
     * {@code const char *gs_error_message(const gs_error *err)}.
     *
     * @param err an error from {@link #gs_error_last()}
     * @return the message without the position
     */
    String gs_error_message(Pointer err);

    /**
     * {@code const char *gs_error_file(const gs_error *err)}.
     *
     * @param err an error from {@link #gs_error_last()}
     * @return the file, or "" when none
     */
    String gs_error_file(Pointer err);

    /**
     * {@code int gs_error_line(const gs_error *err)}.
     *
     * @param err an error from {@link #gs_error_last()}
     * @return the 1-based line, or 0
     */
    int gs_error_line(Pointer err);

    /**
     * {@code int gs_error_column(const gs_error *err)}.
     *
     * @param err an error from {@link #gs_error_last()}
     * @return the 1-based column, or 0
     */
    int gs_error_column(Pointer err);

    /**
     * {@code const char *gs_error_format(const gs_error *err)}.
     *
     * @param err an error from {@link #gs_error_last()}
     * @return {@code FILE:LINE:COLUMN: message}, unknown parts left out
     */
    String gs_error_format(Pointer err);

    /**
     * {@code const char *gs_status_str(gs_status status)}.
     *
     * @param status any value
     * @return a short English description
     */
    String gs_status_str(int status);

    /**
     * {@code const char *gs_status_name(gs_status status)}.
     *
     * @param status any value
     * @return the token, e.g. "GS_ENOMEM", or "GS_UNKNOWN"
     */
    String gs_status_name(int status);

    /**
     * {@code void gs_free(void *ptr)}.
     *
     * @param ptr memory the library handed out, or NULL
     */
    void gs_free(Pointer ptr);

    /**
     * {@code void gs_allocator_init(gs_allocator *allocator)}.
     *
     * @param allocator the struct to fill with {@code GS_ALLOCATOR_INIT}
     */
    void gs_allocator_init(Allocator allocator);

    /**
     * {@code gs_status gs_set_allocator(const gs_allocator *allocator)}.
     *
     * @param allocator the allocator, or NULL for the system allocator
     * @return the status ({@code GS_ESTATE} after {@code gs_init})
     */
    int gs_set_allocator(Allocator allocator);

    /**
     * {@code gs_status gs_init(void)}.
     *
     * @return the status
     */
    int gs_init();

    /** {@code void gs_shutdown(void)}. */
    void gs_shutdown();

    /**
     * {@code const char *gs_version_string(void)}.
     *
     * @return the loaded library's version, e.g. "0.1.0"
     */
    String gs_version_string();

    /**
     * {@code int gs_version_number(void)}.
     *
     * @return {@code major * 10000 + minor * 100 + micro}
     */
    int gs_version_number();

    // ---- gs-date.h: calendar dates ----

    /**
     * {@code int gs_date_valid(gs_date date)}.
     *
     * @param date any value
     * @return 1 when valid, else 0
     */
    int gs_date_valid(int date);

    /**
     * {@code gs_status gs_date_from_ymd(gs_date *out, int year, int month, int day)}.
     *
     * @param out the date
     * @param year 1900-2199
     * @param month 1-12
     * @param day 1 to the length of the month
     * @return the status
     */
    int gs_date_from_ymd(IntByReference out, int year, int month, int day);

    /**
     * {@code gs_status gs_date_to_ymd(gs_date date, int *year, int *month, int *day)}.
     *
     * @param date a valid date
     * @param year the year
     * @param month the month
     * @param day the day
     * @return the status
     */
    int gs_date_to_ymd(int date, IntByReference year, IntByReference month, IntByReference day);

    /**
     * {@code gs_status gs_date_parse(gs_date *out, const char *text)}.
     *
     * @param out the date
     * @param text exactly {@code YYYY-MM-DD}
     * @return the status
     */
    int gs_date_parse(IntByReference out, String text);

    /**
     * {@code gs_status gs_date_format(gs_date date, char *buf, size_t size)}.
     *
     * @param date a valid date
     * @param buf at least {@code size} bytes
     * @param size at least {@link #GS_DATE_BUFSIZE}
     * @return the status
     */
    int gs_date_format(int date, byte[] buf, SizeT size);

    /**
     * {@code gs_status gs_date_add_days(gs_date *out, gs_date date, int32_t days)}.
     *
     * @param out the date
     * @param date a valid date
     * @param days days to add
     * @return the status
     */
    int gs_date_add_days(IntByReference out, int date, int days);

    /**
     * {@code gs_status gs_date_add_years(gs_date *out, gs_date date, int years)}.
     *
     * @param out the date
     * @param date a valid date
     * @param years whole years
     * @return the status
     */
    int gs_date_add_years(IntByReference out, int date, int years);

    /**
     * {@code int32_t gs_date_diff(gs_date to, gs_date from)}.
     *
     * @param to a date
     * @param from a date
     * @return {@code to - from} in days
     */
    int gs_date_diff(int to, int from);

    /**
     * {@code gs_status gs_date_age_years(int *out, gs_date born, gs_date as_of)}.
     *
     * @param out the age in completed years
     * @param born a valid date
     * @param asOf a valid date
     * @return the status
     */
    int gs_date_age_years(IntByReference out, int born, int asOf);

    /**
     * {@code gs_status gs_date_age_months(int *out, gs_date born, gs_date as_of)}.
     *
     * @param out the age in completed months
     * @param born a valid date
     * @param asOf a valid date
     * @return the status
     */
    int gs_date_age_months(IntByReference out, int born, int asOf);

    // ---- gs-codes.h: codes, tokens, labels and the municipality table ----

    /**
     * {@code const char *gs_code_token(gs_kind kind, int code)}.
     * The XML token of a code, e.g. {@code social-support} for (GS_KIND_TOPIC, GS_TOPIC_SOCIAL_SUPPORT).
     *
     * @param kind The enumeration.
     * @param code A code of that enumeration.
     * @return A static string, or NULL when {@code kind} or {@code code} is not valid.
     */
    String gs_code_token(int kind, int code);

    /**
     * {@code gs_status gs_code_parse(gs_kind kind, const char *token, int *out)}.
     * The code of an XML token (exact, case-sensitive match).
     *
     * @param kind The enumeration.
     * @param token The token, e.g. "not-good".
     * @param out The code; untouched on error.
     * @return GS_OK; GS_EPARSE for an unknown token, with a message such as "unknown topic 'foo'" (small enumerations also list the valid tokens); GS_EINVAL for an invalid {@code kind} or a NULL argument.
     */
    int gs_code_parse(int kind, String token, IntByReference out);

    /**
     * {@code const char *gs_code_label(gs_kind kind, int code, gs_lang lang)}.
     * The human-readable label of a code: the one label function for every kind.
     *
     * @param kind The enumeration.
     * @param code A code of that enumeration.
     * @param lang GS_LANG_NL or GS_LANG_EN; GS_LANG_NONE gives the English label.
     * @return A static UTF-8 string, or NULL when {@code kind}, {@code code} or {@code lang} is not valid.
     */
    String gs_code_label(int kind, int code, int lang);

    /**
     * {@code size_t gs_code_count(gs_kind kind)}.
     * The number of valid codes of an enumeration.
     *
     * @param kind The enumeration.
     * @return The count, or 0 when {@code kind} is not valid.
     */
    SizeT gs_code_count(int kind);

    /**
     * {@code int gs_code_at(gs_kind kind, size_t i)}.
     * The {@code i}-th valid code of an enumeration, in code order.
     *
     * @param kind The enumeration.
     * @param i Index, 0 to gs_code_count() - 1.
     * @return The code, or -1 when {@code kind} or {@code i} is not valid.
     */
    int gs_code_at(int kind, SizeT i);

    /**
     * {@code size_t gs_municipality_count(void)}.
     * The number of Goede Start municipalities the library knows (11).
     *
     * @return The count.
     */
    SizeT gs_municipality_count();

    /**
     * {@code const char *gs_municipality_code(size_t i)}.
     * The CBS code of known municipality {@code i}, e.g. "GM0114".
     *
     * @param i Index, 0 to gs_municipality_count() - 1.
     * @return A static string, or NULL when {@code i} is out of range.
     */
    String gs_municipality_code(SizeT i);

    /**
     * {@code const char *gs_municipality_name(size_t i)}.
     * The name of known municipality {@code i}, e.g. "Emmen".
     *
     * @param i Index, 0 to gs_municipality_count() - 1.
     * @return A static UTF-8 string, or NULL when {@code i} is out of range.
     */
    String gs_municipality_name(SizeT i);

    /**
     * {@code const char *gs_municipality_province(size_t i)}.
     * The province of known municipality {@code i} as its token ("DR" or "GR"); see GS_KIND_PROVINCE for the province's label.
     *
     * @param i Index, 0 to gs_municipality_count() - 1.
     * @return A static string, or NULL when {@code i} is out of range.
     */
    String gs_municipality_province(SizeT i);

    /**
     * {@code gs_status gs_municipality_find(const char *code, size_t *index)}.
     * Finds a known municipality by its CBS code.
     *
     * @param code A code {@code GMnnnn}.
     * @param index Its index in the table (may be NULL); untouched on error.
     * @return GS_OK; GS_ENOTFOUND for a well-formed code that is not one of the eleven Goede Start municipalities; GS_EINVAL for a malformed code or NULL.
     */
    int gs_municipality_find(String code, SizeT.ByReference index);

    // ---- gs-family.h: the family model, builder and accessors ----

    /**
     * {@code gs_status gs_family_new(gs_family **out, const char *id, const char *municipality, gs_date enrolled)}.
     * Creates an empty family.
     *
     * @param out The new family (free with gs_family_free()); untouched on error.
     * @param id The family's identifier.
     * @param municipality CBS code {@code GMnnnn}.
     * @param enrolled The date the family was enrolled in the programme.
     * @return GS_OK, GS_EINVAL (bad id, code or date) or GS_ENOMEM.
     */
    int gs_family_new(PointerByReference out, String id, String municipality, int enrolled);

    /**
     * {@code void gs_family_free(gs_family *family)}.
     * Frees a family and everything it holds.
     *
     * @param family The family, or NULL (does nothing).
     */
    void gs_family_free(Pointer family);

    /**
     * {@code gs_status gs_family_clone(gs_family **out, const gs_family *family)}.
     * Makes an independent deep copy.
     *
     * @param out The copy; untouched on error.
     * @param family The family to copy.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_clone(PointerByReference out, Pointer family);

    /**
     * {@code int gs_family_equal(const gs_family *a, const gs_family *b)}.
     * Whether two families hold the same data (in canonical order).
     *
     * @param a A family.
     * @param b A family.
     * @return 1 when equal, 0 otherwise (also when either is NULL or not finished).
     */
    int gs_family_equal(Pointer a, Pointer b);

    /**
     * {@code gs_status gs_family_set_child_wish(gs_family *family, gs_child_wish wish)}.
     * Sets the wish for a child (default unknown).
     *
     * @param family The family.
     * @param wish The wish.
     * @return GS_OK or GS_EINVAL.
     */
    int gs_family_set_child_wish(Pointer family, int wish);

    /**
     * {@code gs_status gs_family_add_caregiver(gs_family *family, const char *id, gs_role role)}.
     * Adds a caregiver.
     *
     * @param family The family.
     * @param id Caregiver id.
     * @param role Its role.
     * @return GS_OK, GS_EINVAL (bad or duplicate id, bad role) or GS_ENOMEM.
     */
    int gs_family_add_caregiver(Pointer family, String id, int role);

    /**
     * {@code gs_status gs_family_add_pregnancy(gs_family *family, const char *id, const char *caregiver, gs_date due, gs_date ended, gs_pregnancy_outcome outcome, const char *child)}.
     * Adds a pregnancy.
     *
     * @param family The family.
     * @param id Pregnancy id.
     * @param caregiver Id of the pregnant caregiver (resolved at finish).
     * @param due Expected due date.
     * @param ended Date the pregnancy ended, or GS_DATE_NONE.
     * @param outcome GS_OUTCOME_BIRTH or GS_OUTCOME_LOSS when {@code ended} is given, GS_OUTCOME_NONE otherwise.
     * @param child Id of the child born (only with outcome birth), or NULL.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_add_pregnancy(Pointer family, String id, String caregiver, int due, int ended, int outcome, String child);

    /**
     * {@code gs_status gs_family_add_child(gs_family *family, const char *id, gs_date born, const char *pregnancy)}.
     * Adds a child.
     *
     * @param family The family.
     * @param id Child id.
     * @param born Date of birth.
     * @param pregnancy Id of the pregnancy it was born from, or NULL.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_add_child(Pointer family, String id, int born, String pregnancy);

    /**
     * {@code gs_status gs_family_set_caregiver_birth_year(gs_family *family, const char *caregiver, int year)}.
     * Sets or clears a caregiver's year of birth (spec/model.md).
     *
     * @param family The family.
     * @param caregiver Id of an existing caregiver.
     * @param year 1900-2199, or 0 to clear (not recorded).
     * @return GS_OK, or GS_EINVAL (no such caregiver, year out of range); nothing changes on error.
     */
    int gs_family_set_caregiver_birth_year(Pointer family, String caregiver, int year);

    /**
     * {@code gs_status gs_family_set_child_gestational_age(gs_family *family, const char *child, int days)}.
     * Sets or clears a child's gestational age at birth (spec/model.md).
     *
     * @param family The family.
     * @param child Id of an existing child.
     * @param days Gestational age at birth in days, 140-315, or 0 to clear.
     * @return GS_OK, or GS_EINVAL (no such child, value out of range); nothing changes on error.
     */
    int gs_family_set_child_gestational_age(Pointer family, String child, int days);

    /**
     * {@code gs_status gs_family_set_child_birth_weight(gs_family *family, const char *child, int grams)}.
     * Sets or clears a child's birth weight (spec/model.md).
     *
     * @param family The family.
     * @param child Id of an existing child.
     * @param grams Birth weight in grams, 300-6000, or 0 to clear.
     * @return GS_OK, or GS_EINVAL (no such child, value out of range); nothing changes on error.
     */
    int gs_family_set_child_birth_weight(Pointer family, String child, int grams);

    /**
     * {@code gs_status gs_family_add_contact(gs_family *family, const char *id, gs_date date, const char *moment, gs_setting setting, gs_signaller by, const char *subject)}.
     * Adds a contact (a signal moment held, or an ad-hoc contact).
     *
     * @param family The family.
     * @param id Contact id.
     * @param date Date of the contact.
     * @param moment A schedule moment id, or "ad-hoc".
     * @param setting Where it took place.
     * @param by Who signalled.
     * @param subject Id of a caregiver, pregnancy or child, or NULL (or the family's own id) for the whole family.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_add_contact(Pointer family, String id, int date, String moment, int setting, int by, String subject);

    /**
     * {@code gs_status gs_family_add_finding(gs_family *family, const char *contact, gs_finding_kind kind, int item, int value)}.
     * Adds a finding without a caregiver or signal details to a contact.
     *
     * @param family The family.
     * @param contact Id of an existing contact.
     * @param kind The kind of finding.
     * @param item The item, as above.
     * @param value The value, as above.
     * @return GS_OK, GS_EINVAL (unknown contact, kind, item or value) or GS_ENOMEM.
     */
    int gs_family_add_finding(Pointer family, String contact, int kind, int item, int value);

    /**
     * {@code gs_status gs_family_add_zrm(gs_family *family, const char *contact, const char *caregiver, gs_zrm_domain domain, int score)}.
     * Adds a ZRM score for a caregiver to a contact.
     *
     * @param family The family.
     * @param contact Id of an existing contact.
     * @param caregiver Id of the caregiver scored (resolved at finish).
     * @param domain ZRM domain.
     * @param score 1 (acute problems) .. 5 (fully self-reliant).
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_add_zrm(Pointer family, String contact, String caregiver, int domain, int score);

    /**
     * {@code gs_status gs_family_add_signal(gs_family *family, const char *contact, const char *id, gs_topic topic, gs_signal_kind kind, int severity, gs_date resolved)}.
     * Adds a signal to a contact.
     *
     * @param family The family.
     * @param contact Id of an existing contact.
     * @param id Signal id (in the family's namespace).
     * @param topic Its topic.
     * @param kind Risk or protective.
     * @param severity 1 attention, 2 concern, 3 acute.
     * @param resolved Date resolved, or GS_DATE_NONE.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_add_signal(Pointer family, String contact, String id, int topic, int kind, int severity, int resolved);

    /**
     * {@code gs_status gs_family_add_conclusion(gs_family *family, gs_date date, gs_care_need agreed, int proposed, const char *reason)}.
     * Adds a conclusion: the care need agreed with the family.
     *
     * @param family The family.
     * @param date Date of the conclusion.
     * @param agreed The care need agreed.
     * @param proposed What the library proposed then, or 0 when not recorded.
     * @param reason Free text, required when {@code agreed} differs from a recorded {@code proposed}; NULL otherwise allowed.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_add_conclusion(Pointer family, int date, int agreed, int proposed, String reason);

    /**
     * {@code gs_status gs_family_add_goal(gs_family *family, const char *id, gs_topic topic, gs_date opened, gs_date target, gs_goal_status status, gs_date closed)}.
     * Adds a plan goal.
     *
     * @param family The family.
     * @param id Goal id.
     * @param topic Its topic (at most one open goal per topic at any time).
     * @param opened Date opened.
     * @param target Target date, or GS_DATE_NONE.
     * @param status Open, achieved or stopped.
     * @param closed Date closed: given exactly when {@code status} is not open.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_add_goal(Pointer family, String id, int topic, int opened, int target, int status, int closed);

    /**
     * {@code gs_status gs_family_add_action(gs_family *family, const char *goal, const char *id, int level, const char *offer, gs_date start, gs_date end, int warm_handover, gs_signaller responsible)}.
     * Adds an action under a goal.
     *
     * @param family The family.
     * @param goal Id of an existing goal.
     * @param id Action id.
     * @param level Pyramid level 1-5.
     * @param offer Catalogue offer id (checked at assessment time), or NULL.
     * @param start Start date.
     * @param end End date, or GS_DATE_NONE.
     * @param warmHandover 1 when the family was handed over in person, else 0.
     * @param responsible Role responsible for the action.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_add_action(Pointer family, String goal, String id, int level, String offer, int start, int end, int warmHandover, int responsible);

    /**
     * {@code gs_status gs_family_add_review(gs_family *family, const char *action, gs_date date, gs_review_outcome outcome)}.
     * Adds a review of an action.
     *
     * @param family The family.
     * @param action Id of an existing action.
     * @param date Date of the review.
     * @param outcome Its outcome.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_add_review(Pointer family, String action, int date, int outcome);

    /**
     * {@code gs_status gs_family_add_meldcode_step(gs_family *family, int n, gs_date date, gs_meldcode_decision decision)}.
     * Records a step of the Meldcode huiselijk geweld en kindermishandeling (spec/model.md "Meldcode").
     *
     * @param family The family.
     * @param n The step, 1-5 (GS_KIND_MELDCODE_STEP).
     * @param date Date the step was taken.
     * @param decision For step 5: GS_MELDCODE_HELP, GS_MELDCODE_REPORT or GS_MELDCODE_HELP_AND_REPORT; for steps 1-4: GS_MELDCODE_DECISION_NONE.
     * @return GS_OK, GS_EINVAL (step out of range, bad date, a decision missing on step 5 or given on another step) or GS_ENOMEM.
     */
    int gs_family_add_meldcode_step(Pointer family, int n, int date, int decision);

    /**
     * {@code gs_status gs_family_finish(gs_family *family)}.
     * Checks the whole family and puts it in canonical order.
     *
     * @param family The family.
     * @return GS_OK, GS_EPARSE, GS_EINVAL or GS_ENOMEM.
     */
    int gs_family_finish(Pointer family);

    /**
     * {@code int gs_family_is_finished(const gs_family *family)}.
     * Whether the family is finished (checked and in canonical order).
     *
     * @param family The family.
     * @return 1 or 0.
     */
    int gs_family_is_finished(Pointer family);

    /**
     * {@code const char *gs_family_id(const gs_family *family)}.
     * The family id.
     *
     * @param family The family.
     * @return Borrowed.
     */
    String gs_family_id(Pointer family);

    /**
     * {@code const char *gs_family_municipality(const gs_family *family)}.
     * The municipality code {@code GMnnnn}.
     *
     * @param family The family.
     * @return Borrowed.
     */
    String gs_family_municipality(Pointer family);

    /**
     * {@code gs_date gs_family_enrolled(const gs_family *family)}.
     * The enrolment date.
     *
     * @param family The family.
     * @return The date.
     */
    int gs_family_enrolled(Pointer family);

    /**
     * {@code gs_child_wish gs_family_child_wish(const gs_family *family)}.
     * The wish for a child.
     *
     * @param family The family.
     * @return The wish.
     */
    int gs_family_child_wish(Pointer family);

    /**
     * {@code size_t gs_family_caregiver_count(const gs_family *family)}.
     * Number of caregivers.
     *
     * @param family The family.
     * @return The count.
     */
    SizeT gs_family_caregiver_count(Pointer family);

    /**
     * {@code const char *gs_family_caregiver_id(const gs_family *family, size_t i)}.
     * Id of caregiver {@code i}.
     *
     * @param family The family.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_family_caregiver_id(Pointer family, SizeT i);

    /**
     * {@code gs_role gs_family_caregiver_role(const gs_family *family, size_t i)}.
     * Role of caregiver {@code i}.
     *
     * @param family The family.
     * @param i Index.
     * @return The role, or 0.
     */
    int gs_family_caregiver_role(Pointer family, SizeT i);

    /**
     * {@code int gs_family_caregiver_birth_year(const gs_family *family, size_t i)}.
     * Year of birth of caregiver {@code i}.
     *
     * @param family The family.
     * @param i Index.
     * @return 1900-2199, or 0 when not recorded (or out of range).
     */
    int gs_family_caregiver_birth_year(Pointer family, SizeT i);

    /**
     * {@code size_t gs_family_pregnancy_count(const gs_family *family)}.
     * Number of pregnancies.
     *
     * @param family The family.
     * @return The count.
     */
    SizeT gs_family_pregnancy_count(Pointer family);

    /**
     * {@code const char *gs_family_pregnancy_id(const gs_family *family, size_t i)}.
     * Id of pregnancy {@code i}.
     *
     * @param family The family.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_family_pregnancy_id(Pointer family, SizeT i);

    /**
     * {@code const char *gs_family_pregnancy_caregiver(const gs_family *family, size_t i)}.
     * Id of the pregnant caregiver.
     *
     * @param family The family.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_family_pregnancy_caregiver(Pointer family, SizeT i);

    /**
     * {@code gs_date gs_family_pregnancy_due(const gs_family *family, size_t i)}.
     * Due date.
     *
     * @param family The family.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_pregnancy_due(Pointer family, SizeT i);

    /**
     * {@code gs_date gs_family_pregnancy_ended(const gs_family *family, size_t i)}.
     * End date.
     *
     * @param family The family.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_pregnancy_ended(Pointer family, SizeT i);

    /**
     * {@code gs_pregnancy_outcome gs_family_pregnancy_outcome(const gs_family *family, size_t i)}.
     * Outcome.
     *
     * @param family The family.
     * @param i Index.
     * @return The outcome, GS_OUTCOME_NONE when not ended.
     */
    int gs_family_pregnancy_outcome(Pointer family, SizeT i);

    /**
     * {@code const char *gs_family_pregnancy_child(const gs_family *family, size_t i)}.
     * Id of the child born.
     *
     * @param family The family.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_family_pregnancy_child(Pointer family, SizeT i);

    /**
     * {@code size_t gs_family_child_count(const gs_family *family)}.
     * Number of children.
     *
     * @param family The family.
     * @return The count.
     */
    SizeT gs_family_child_count(Pointer family);

    /**
     * {@code const char *gs_family_child_id(const gs_family *family, size_t i)}.
     * Id of child {@code i}.
     *
     * @param family The family.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_family_child_id(Pointer family, SizeT i);

    /**
     * {@code gs_date gs_family_child_born(const gs_family *family, size_t i)}.
     * Date of birth.
     *
     * @param family The family.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_child_born(Pointer family, SizeT i);

    /**
     * {@code const char *gs_family_child_pregnancy(const gs_family *family, size_t i)}.
     * Id of the pregnancy it was born from.
     *
     * @param family The family.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_family_child_pregnancy(Pointer family, SizeT i);

    /**
     * {@code int gs_family_child_gestational_age(const gs_family *family, size_t i)}.
     * Gestational age at birth in days.
     *
     * @param family The family.
     * @param i Index.
     * @return 140-315, or 0 when not recorded (or out of range).
     */
    int gs_family_child_gestational_age(Pointer family, SizeT i);

    /**
     * {@code int gs_family_child_birth_weight(const gs_family *family, size_t i)}.
     * Birth weight in grams.
     *
     * @param family The family.
     * @param i Index.
     * @return 300-6000, or 0 when not recorded (or out of range).
     */
    int gs_family_child_birth_weight(Pointer family, SizeT i);

    /**
     * {@code size_t gs_family_contact_count(const gs_family *family)}.
     * Number of contacts.
     *
     * @param family The family.
     * @return The count.
     */
    SizeT gs_family_contact_count(Pointer family);

    /**
     * {@code const char *gs_family_contact_id(const gs_family *family, size_t i)}.
     * Contact id.
     *
     * @param family The family.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_family_contact_id(Pointer family, SizeT i);

    /**
     * {@code gs_date gs_family_contact_date(const gs_family *family, size_t i)}.
     * Contact date.
     *
     * @param family The family.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_contact_date(Pointer family, SizeT i);

    /**
     * {@code const char *gs_family_contact_moment(const gs_family *family, size_t i)}.
     * Moment id or "ad-hoc".
     *
     * @param family The family.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_family_contact_moment(Pointer family, SizeT i);

    /**
     * {@code gs_setting gs_family_contact_setting(const gs_family *family, size_t i)}.
     * Setting.
     *
     * @param family The family.
     * @param i Index.
     * @return The setting, or 0.
     */
    int gs_family_contact_setting(Pointer family, SizeT i);

    /**
     * {@code gs_signaller gs_family_contact_by(const gs_family *family, size_t i)}.
     * Signaller.
     *
     * @param family The family.
     * @param i Index.
     * @return The role, or 0.
     */
    int gs_family_contact_by(Pointer family, SizeT i);

    /**
     * {@code const char *gs_family_contact_subject(const gs_family *family, size_t i)}.
     * Subject id; NULL when the subject is the whole family.
     *
     * @param family The family.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_family_contact_subject(Pointer family, SizeT i);

    /**
     * {@code size_t gs_family_finding_count(const gs_family *family, size_t i)}.
     * Number of findings of contact {@code i}.
     *
     * @param family The family.
     * @param i Contact index.
     * @return The count.
     */
    SizeT gs_family_finding_count(Pointer family, SizeT i);

    /**
     * {@code gs_finding_kind gs_family_finding_kind(const gs_family *family, size_t i, size_t j)}.
     * Kind of finding {@code j} of contact {@code i}.
     *
     * @param family The family.
     * @param i Contact index.
     * @param j Finding index.
     * @return The kind, or 0.
     */
    int gs_family_finding_kind(Pointer family, SizeT i, SizeT j);

    /**
     * {@code int gs_family_finding_item(const gs_family *family, size_t i, size_t j)}.
     * Item (domain, area, topic, dimension; 0 when none).
     *
     * @param family The family.
     * @param i Contact index.
     * @param j Finding index.
     * @return The item.
     */
    int gs_family_finding_item(Pointer family, SizeT i, SizeT j);

    /**
     * {@code int gs_family_finding_value(const gs_family *family, size_t i, size_t j)}.
     * Value (rating, status, GOM, concern, 0/1, score, severity).
     *
     * @param family The family.
     * @param i Contact index.
     * @param j Finding index.
     * @return The value.
     */
    int gs_family_finding_value(Pointer family, SizeT i, SizeT j);

    /**
     * {@code const char *gs_family_finding_caregiver(const gs_family *family, size_t i, size_t j)}.
     * Caregiver id of a ZRM finding, else NULL.
     *
     * @param family The family.
     * @param i Contact index.
     * @param j Finding index.
     * @return Borrowed, or NULL.
     */
    String gs_family_finding_caregiver(Pointer family, SizeT i, SizeT j);

    /**
     * {@code const char *gs_family_finding_signal_id(const gs_family *family, size_t i, size_t j)}.
     * Id of a signal, else NULL.
     *
     * @param family The family.
     * @param i Contact index.
     * @param j Finding index.
     * @return Borrowed, or NULL.
     */
    String gs_family_finding_signal_id(Pointer family, SizeT i, SizeT j);

    /**
     * {@code gs_signal_kind gs_family_finding_signal_kind(const gs_family *family, size_t i, size_t j)}.
     * Kind of a signal, else 0.
     *
     * @param family The family.
     * @param i Contact index.
     * @param j Finding index.
     * @return The kind.
     */
    int gs_family_finding_signal_kind(Pointer family, SizeT i, SizeT j);

    /**
     * {@code gs_date gs_family_finding_resolved(const gs_family *family, size_t i, size_t j)}.
     * Resolution date of a signal, else GS_DATE_NONE.
     *
     * @param family The family.
     * @param i Contact index.
     * @param j Finding index.
     * @return The date.
     */
    int gs_family_finding_resolved(Pointer family, SizeT i, SizeT j);

    /**
     * {@code size_t gs_family_conclusion_count(const gs_family *family)}.
     * Number of conclusions.
     *
     * @param family The family.
     * @return The count.
     */
    SizeT gs_family_conclusion_count(Pointer family);

    /**
     * {@code gs_date gs_family_conclusion_date(const gs_family *family, size_t i)}.
     * Date.
     *
     * @param family The family.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_conclusion_date(Pointer family, SizeT i);

    /**
     * {@code gs_care_need gs_family_conclusion_care_need(const gs_family *family, size_t i)}.
     * Agreed care need.
     *
     * @param family The family.
     * @param i Index.
     * @return The care need, or 0.
     */
    int gs_family_conclusion_care_need(Pointer family, SizeT i);

    /**
     * {@code int gs_family_conclusion_proposed(const gs_family *family, size_t i)}.
     * Care need proposed then, 0 when not recorded.
     *
     * @param family The family.
     * @param i Index.
     * @return The code.
     */
    int gs_family_conclusion_proposed(Pointer family, SizeT i);

    /**
     * {@code const char *gs_family_conclusion_reason(const gs_family *family, size_t i)}.
     * Reason (free text), or NULL.
     *
     * @param family The family.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_family_conclusion_reason(Pointer family, SizeT i);

    /**
     * {@code size_t gs_family_meldcode_step_count(const gs_family *family)}.
     * Number of recorded Meldcode steps (0: no {@code meldcode}).
     *
     * @param family The family.
     * @return The count.
     */
    SizeT gs_family_meldcode_step_count(Pointer family);

    /**
     * {@code int gs_family_meldcode_step_n(const gs_family *family, size_t i)}.
     * The step number of recorded step {@code i}.
     *
     * @param family The family.
     * @param i Index.
     * @return 1-5, or 0 when out of range.
     */
    int gs_family_meldcode_step_n(Pointer family, SizeT i);

    /**
     * {@code gs_date gs_family_meldcode_step_date(const gs_family *family, size_t i)}.
     * The date of recorded step {@code i}.
     *
     * @param family The family.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_meldcode_step_date(Pointer family, SizeT i);

    /**
     * {@code gs_meldcode_decision gs_family_meldcode_step_decision(const gs_family *family, size_t i)}.
     * The decision of recorded step {@code i} (step 5 only).
     *
     * @param family The family.
     * @param i Index.
     * @return The decision; GS_MELDCODE_DECISION_NONE for steps 1-4 or out of range.
     */
    int gs_family_meldcode_step_decision(Pointer family, SizeT i);

    /**
     * {@code size_t gs_family_goal_count(const gs_family *family)}.
     * Number of goals.
     *
     * @param family The family.
     * @return The count.
     */
    SizeT gs_family_goal_count(Pointer family);

    /**
     * {@code const char *gs_family_goal_id(const gs_family *family, size_t g)}.
     * Goal id.
     *
     * @param family The family.
     * @param g Goal index.
     * @return Borrowed, or NULL.
     */
    String gs_family_goal_id(Pointer family, SizeT g);

    /**
     * {@code gs_topic gs_family_goal_topic(const gs_family *family, size_t g)}.
     * Goal topic.
     *
     * @param family The family.
     * @param g Goal index.
     * @return The topic, or 0.
     */
    int gs_family_goal_topic(Pointer family, SizeT g);

    /**
     * {@code gs_date gs_family_goal_opened(const gs_family *family, size_t g)}.
     * Date opened.
     *
     * @param family The family.
     * @param g Goal index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_goal_opened(Pointer family, SizeT g);

    /**
     * {@code gs_date gs_family_goal_target(const gs_family *family, size_t g)}.
     * Target date.
     *
     * @param family The family.
     * @param g Goal index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_goal_target(Pointer family, SizeT g);

    /**
     * {@code gs_goal_status gs_family_goal_status(const gs_family *family, size_t g)}.
     * Status.
     *
     * @param family The family.
     * @param g Goal index.
     * @return The status, or 0.
     */
    int gs_family_goal_status(Pointer family, SizeT g);

    /**
     * {@code gs_date gs_family_goal_closed(const gs_family *family, size_t g)}.
     * Date closed.
     *
     * @param family The family.
     * @param g Goal index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_goal_closed(Pointer family, SizeT g);

    /**
     * {@code size_t gs_family_action_count(const gs_family *family, size_t g)}.
     * Number of actions of goal {@code g}.
     *
     * @param family The family.
     * @param g Goal index.
     * @return The count.
     */
    SizeT gs_family_action_count(Pointer family, SizeT g);

    /**
     * {@code const char *gs_family_action_id(const gs_family *family, size_t g, size_t a)}.
     * Action id.
     *
     * @param family The family.
     * @param g Goal index.
     * @param a Action index within the goal.
     * @return Borrowed, or NULL.
     */
    String gs_family_action_id(Pointer family, SizeT g, SizeT a);

    /**
     * {@code int gs_family_action_level(const gs_family *family, size_t g, size_t a)}.
     * Action level 1-5.
     *
     * @param family The family.
     * @param g Goal index.
     * @param a Action index.
     * @return The level, or 0.
     */
    int gs_family_action_level(Pointer family, SizeT g, SizeT a);

    /**
     * {@code const char *gs_family_action_offer(const gs_family *family, size_t g, size_t a)}.
     * Offer id, or NULL.
     *
     * @param family The family.
     * @param g Goal index.
     * @param a Action index.
     * @return Borrowed, or NULL.
     */
    String gs_family_action_offer(Pointer family, SizeT g, SizeT a);

    /**
     * {@code gs_date gs_family_action_start(const gs_family *family, size_t g, size_t a)}.
     * Start date.
     *
     * @param family The family.
     * @param g Goal index.
     * @param a Action index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_action_start(Pointer family, SizeT g, SizeT a);

    /**
     * {@code gs_date gs_family_action_end(const gs_family *family, size_t g, size_t a)}.
     * End date, or GS_DATE_NONE.
     *
     * @param family The family.
     * @param g Goal index.
     * @param a Action index.
     * @return The date.
     */
    int gs_family_action_end(Pointer family, SizeT g, SizeT a);

    /**
     * {@code int gs_family_action_warm_handover(const gs_family *family, size_t g, size_t a)}.
     * Warm handover (1) or not (0).
     *
     * @param family The family.
     * @param g Goal index.
     * @param a Action index.
     * @return 1 or 0.
     */
    int gs_family_action_warm_handover(Pointer family, SizeT g, SizeT a);

    /**
     * {@code gs_signaller gs_family_action_responsible(const gs_family *family, size_t g, size_t a)}.
     * Responsible role.
     *
     * @param family The family.
     * @param g Goal index.
     * @param a Action index.
     * @return The role, or 0.
     */
    int gs_family_action_responsible(Pointer family, SizeT g, SizeT a);

    /**
     * {@code size_t gs_family_review_count(const gs_family *family, size_t g, size_t a)}.
     * Number of reviews of an action.
     *
     * @param family The family.
     * @param g Goal index.
     * @param a Action index.
     * @return The count.
     */
    SizeT gs_family_review_count(Pointer family, SizeT g, SizeT a);

    /**
     * {@code gs_date gs_family_review_date(const gs_family *family, size_t g, size_t a, size_t r)}.
     * Review date.
     *
     * @param family The family.
     * @param g Goal index.
     * @param a Action index.
     * @param r Review index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_family_review_date(Pointer family, SizeT g, SizeT a, SizeT r);

    /**
     * {@code gs_review_outcome gs_family_review_outcome(const gs_family *family, size_t g, size_t a, size_t r)}.
     * Review outcome.
     *
     * @param family The family.
     * @param g Goal index.
     * @param a Action index.
     * @param r Review index.
     * @return The outcome, or 0.
     */
    int gs_family_review_outcome(Pointer family, SizeT g, SizeT a, SizeT r);

    // ---- gs-phases.h: life phases at an as-of date ----

    /**
     * {@code gs_status gs_phases_new(gs_phases **out, const gs_family *family, gs_date as_of, const gs_pack *pack)}.
     * Computes the life phases of a family at an as-of date.
     *
     * @param out The phases (free with gs_phases_free()); untouched on error.
     * @param family A finished family (gs_family_finish()).
     * @param asOf The date to evaluate at.
     * @param pack The pack whose parameters {@code phase.child-5-12.from-years}, {@code phase.child-13-19.from-years} and {@code phase.end-years} give the child-phase boundaries, or NULL for the defaults 4, 13 and 19.
     * @return GS_OK; GS_EINVAL for NULL arguments, a family that is not finished, an invalid as-of date or pack boundaries that do not increase; GS_ENOMEM.
     */
    int gs_phases_new(PointerByReference out, Pointer family, int asOf, Pointer pack);

    /**
     * {@code void gs_phases_free(gs_phases *phases)}.
     * Frees phases.
     *
     * @param phases The phases, or NULL (does nothing).
     */
    void gs_phases_free(Pointer phases);

    /**
     * {@code size_t gs_phases_count(const gs_phases *phases)}.
     * The number of active phases (0 when the family is outside the programme).
     *
     * @param phases The phases; NULL gives 0.
     * @return The count.
     */
    SizeT gs_phases_count(Pointer phases);

    /**
     * {@code gs_phase gs_phases_code(const gs_phases *phases, size_t i)}.
     * The code of phase {@code i}.
     *
     * @param phases The phases.
     * @param i Index, 0 to gs_phases_count() - 1.
     * @return The phase, or 0 when {@code i} is out of range.
     */
    int gs_phases_code(Pointer phases, SizeT i);

    /**
     * {@code const char *gs_phases_subject(const gs_phases *phases, size_t i)}.
     * The subject of phase {@code i}: the family id for the family-level phases (anticonception, preconception), else the id of the pregnancy or child.
     *
     * @param phases The phases.
     * @param i Index, 0 to gs_phases_count() - 1.
     * @return Borrowed from {@code phases} (a copy; it does not depend on the family), or NULL when {@code i} is out of range.
     */
    String gs_phases_subject(Pointer phases, SizeT i);

    /**
     * {@code gs_date gs_phases_from(const gs_phases *phases, size_t i)}.
     * The first day of phase {@code i} (inclusive).
     *
     * @param phases The phases.
     * @param i Index, 0 to gs_phases_count() - 1.
     * @return The date; GS_DATE_NONE for family-level phases or when {@code i} is out of range.
     */
    int gs_phases_from(Pointer phases, SizeT i);

    /**
     * {@code gs_date gs_phases_until(const gs_phases *phases, size_t i)}.
     * The day phase {@code i} ends (exclusive: the first day outside it).
     *
     * @param phases The phases.
     * @param i Index, 0 to gs_phases_count() - 1.
     * @return The date; GS_DATE_NONE for family-level phases or when {@code i} is out of range.
     */
    int gs_phases_until(Pointer phases, SizeT i);

    /**
     * {@code int gs_phases_first_1000_days(const gs_phases *phases)}.
     * Whether the family is in its first 1000 days at the as-of date: some pregnancy is ongoing (due - 280 &lt;= as-of &lt; due + 42 and not ended on or before the as-of date) or some child is younger than two years.
     *
     * @param phases The phases; NULL gives 0.
     * @return 1 or 0.
     */
    int gs_phases_first_1000_days(Pointer phases);

    /**
     * {@code int gs_phases_in_programme(const gs_phases *phases)}.
     * Whether the family is in the programme: it has at least one active phase.
     *
     * @param phases The phases; NULL gives 0.
     * @return 1 or 0.
     */
    int gs_phases_in_programme(Pointer phases);

    // ---- gs-dossier.h: dossier files, streaming reader and writer ----

    /**
     * {@code gs_status gs_dossier_load_file(gs_dossier **out, const char *path)}.
     * Loads a whole dossier file.
     *
     * @param out The dossier (free with gs_dossier_free()); untouched on error.
     * @param path The file (UTF-8 XML, at most 256 MiB).
     * @return GS_OK; GS_EIO when the file cannot be read; GS_EPARSE when it is not a valid dossier (message with file, line and column); GS_EINVAL for a NULL argument; GS_ENOMEM.
     */
    int gs_dossier_load_file(PointerByReference out, String path);

    /**
     * {@code gs_status gs_dossier_load_memory(gs_dossier **out, const char *data, size_t len, const char *name)}.
     * Loads a dossier from memory.
     *
     * @param out The dossier (free with gs_dossier_free()); untouched on error.
     * @param data The XML (need not be NUL-terminated); not kept.
     * @param len Its length in bytes (at most 256 MiB).
     * @param name Name used in error messages (e.g. the original file name), or NULL for "memory".
     * @return GS_OK, GS_EPARSE, GS_EINVAL or GS_ENOMEM.
     */
    int gs_dossier_load_memory(PointerByReference out, byte[] data, SizeT len, String name);

    /**
     * {@code void gs_dossier_free(gs_dossier *dossier)}.
     * Frees a dossier and the families it still owns.
     *
     * @param dossier The dossier, or NULL (does nothing).
     */
    void gs_dossier_free(Pointer dossier);

    /**
     * {@code size_t gs_dossier_family_count(const gs_dossier *dossier)}.
     * Number of families in the dossier (in document order).
     *
     * @param dossier The dossier.
     * @return The count; 0 for NULL.
     */
    SizeT gs_dossier_family_count(Pointer dossier);

    /**
     * {@code const gs_family *gs_dossier_family(const gs_dossier *dossier, size_t i)}.
     * The {@code i}-th family, finished and in canonical order.
     *
     * @param dossier The dossier.
     * @param i Index in document order.
     * @return The family, borrowed from the dossier (valid until the dossier is freed); NULL when {@code i} is out of range or the family was taken with gs_dossier_take_family().
     */
    Pointer gs_dossier_family(Pointer dossier, SizeT i);

    /**
     * {@code int gs_dossier_root_is_family(const gs_dossier *dossier)}.
     * Whether the file's root element was a single {@code family} (rather than {@code dossiers}). An assessment of such a file has root {@code assessment}, otherwise {@code assessments} (formats.md).
     *
     * @param dossier The dossier.
     * @return 1 or 0.
     */
    int gs_dossier_root_is_family(Pointer dossier);

    /**
     * {@code gs_status gs_dossier_find_family(const gs_dossier *dossier, const char *id, size_t *index)}.
     * Finds a family by its id.
     *
     * @param dossier The dossier.
     * @param id The family id.
     * @param index Its index (may be NULL); untouched when not found.
     * @return GS_OK, GS_ENOTFOUND (no such family) or GS_EINVAL (NULL argument).
     */
    int gs_dossier_find_family(Pointer dossier, String id, SizeT.ByReference index);

    /**
     * {@code gs_status gs_dossier_take_family(gs_dossier *dossier, size_t i, gs_family **out)}.
     * Takes the {@code i}-th family out of the dossier: the caller owns it.
     *
     * @param dossier The dossier.
     * @param i Index in document order.
     * @param out The family (free with gs_family_free()); untouched on error.
     * @return GS_OK, GS_EINVAL (NULL argument or {@code i} out of range) or GS_ENOTFOUND (the family was already taken).
     */
    int gs_dossier_take_family(Pointer dossier, SizeT i, PointerByReference out);

    /**
     * {@code gs_status gs_dossier_reader_open_file(gs_dossier_reader **out, const char *path)}.
     * Opens a streaming reader on a file and reads up to its root element.
     *
     * @param out The reader (free with gs_dossier_reader_free()); untouched on error.
     * @param path The file (any size).
     * @return GS_OK; GS_EIO when the file cannot be opened; GS_EPARSE when the document does not start as a dossier (not well-formed before the root, a DOCTYPE, a root other than {@code dossiers} or {@code family}); GS_EINVAL; GS_ENOMEM.
     */
    int gs_dossier_reader_open_file(PointerByReference out, String path);

    /**
     * {@code gs_status gs_dossier_reader_open_memory(gs_dossier_reader **out, const char *data, size_t len, const char *name)}.
     * Opens a streaming reader on a copy of a buffer.
     *
     * @param out The reader; untouched on error.
     * @param data The XML (need not be NUL-terminated); copied.
     * @param len Its length in bytes.
     * @param name Name used in error messages, or NULL for "memory".
     * @return As gs_dossier_reader_open_file(), without GS_EIO.
     */
    int gs_dossier_reader_open_memory(PointerByReference out, byte[] data, SizeT len, String name);

    /**
     * {@code gs_status gs_dossier_reader_next(gs_dossier_reader *reader, gs_family **out)}.
     * Reads the next family.
     *
     * @param reader The reader.
     * @param out The family, finished, owned by the caller (free with gs_family_free()); NULL at the end of the file, untouched on error.
     * @return GS_OK (also at the end), GS_EPARSE, GS_EIO, GS_EINVAL or GS_ENOMEM.
     */
    int gs_dossier_reader_next(Pointer reader, PointerByReference out);

    /**
     * {@code int gs_dossier_reader_root_is_family(const gs_dossier_reader *reader)}.
     * Whether the root element is a single {@code family}.
     *
     * @param reader The reader.
     * @return 1 or 0.
     */
    int gs_dossier_reader_root_is_family(Pointer reader);

    /**
     * {@code void gs_dossier_reader_free(gs_dossier_reader *reader)}.
     * Closes a reader.
     *
     * @param reader The reader, or NULL (does nothing).
     */
    void gs_dossier_reader_free(Pointer reader);

    /**
     * {@code gs_status gs_dossier_save_memory(const gs_family *const *families, size_t n, int root_family, char **out, size_t *len)}.
     * Writes families as a canonical dossier document in memory.
     *
     * @param families The families, finished (gs_family_finish()).
     * @param n Their number, at least 1.
     * @param rootFamily 1 for a {@code family} root (then {@code n} must be 1), 0 for a {@code dossiers} root.
     * @param out The document, NUL-terminated (free with gs_free()); untouched on error.
     * @param len Its length in bytes (may be NULL).
     * @return GS_OK, GS_EINVAL (NULL, an unfinished family, {@code n} of 0 or a {@code family} root with more than one family) or GS_ENOMEM.
     */
    int gs_dossier_save_memory(Pointer families, SizeT n, int rootFamily, PointerByReference out, SizeT.ByReference len);

    /**
     * {@code gs_status gs_dossier_save_file(const gs_family *const *families, size_t n, int root_family, const char *path)}.
     * Writes families as a canonical dossier file, atomically.
     *
     * @param families The families, finished.
     * @param n Their number, at least 1.
     * @param rootFamily 1 for a {@code family} root (then {@code n} must be 1), 0 for {@code dossiers}.
     * @param path The target; replaced only when everything was written.
     * @return GS_OK, GS_EINVAL, GS_EIO (the old file is untouched) or GS_ENOMEM.
     */
    int gs_dossier_save_file(Pointer families, SizeT n, int rootFamily, String path);

    /**
     * {@code gs_status gs_dossier_writer_open(gs_dossier_writer **out, const char *path)}.
     * Starts writing a {@code dossiers} file of any size, family by family.
     *
     * @param out The writer; untouched on error.
     * @param path The target file.
     * @return GS_OK, GS_EINVAL, GS_EIO (the directory is not writable) or GS_ENOMEM.
     */
    int gs_dossier_writer_open(PointerByReference out, String path);

    /**
     * {@code gs_status gs_dossier_writer_add(gs_dossier_writer *writer, const gs_family *family)}.
     * Appends a family.
     *
     * @param writer The writer.
     * @param family A finished family; not kept.
     * @return GS_OK, GS_EINVAL (NULL or unfinished; nothing written), GS_EIO or GS_ENOMEM. After GS_EIO or GS_ENOMEM the writer can only be freed.
     */
    int gs_dossier_writer_add(Pointer writer, Pointer family);

    /**
     * {@code gs_status gs_dossier_writer_close(gs_dossier_writer *writer)}.
     * Finishes the document and commits it: flushed to disk and renamed over the target.
     *
     * @param writer The writer; still to be freed with gs_dossier_writer_free() afterwards, whatever the result.
     * @return GS_OK; GS_EINVAL when no family was added (a dossier holds at least one; nothing is committed); GS_EIO (the target is untouched); GS_ESTATE when already closed or after an earlier failure.
     */
    int gs_dossier_writer_close(Pointer writer);

    /**
     * {@code void gs_dossier_writer_free(gs_dossier_writer *writer)}.
     * Frees a writer. Without a successful gs_dossier_writer_close() the temporary file is removed and the target is left untouched.
     *
     * @param writer The writer, or NULL (does nothing).
     */
    void gs_dossier_writer_free(Pointer writer);

    // ---- gs-pack.h: packs, schedule, decision tables and the evaluator ----

    /**
     * {@code gs_status gs_pack_load_file(gs_pack **out, const char *path)}.
     * Loads a pack file and the decisions file it names.
     *
     * @param out Receives the new pack; untouched on failure.
     * @param path The pack file (UTF-8 path).
     * @return GS_OK; GS_EINVAL for NULL arguments; GS_EIO when a file cannot be read; GS_EPARSE for invalid content; GS_EVERSION for an unsupported DMN version; GS_ENOMEM.
     */
    int gs_pack_load_file(PointerByReference out, String path);

    /**
     * {@code gs_status gs_pack_load_memory(gs_pack **out, const char *pack_xml, size_t pack_len, const char *dmn_xml, size_t dmn_len, const char *name)}.
     * Loads a pack from two buffers: the pack XML and its DMN document.
     *
     * @param out Receives the new pack; untouched on failure.
     * @param packXml The pack document (need not be NUL-terminated).
     * @param packLen Its length in bytes.
     * @param dmnXml The DMN document (need not be NUL-terminated).
     * @param dmnLen Its length in bytes.
     * @param name Name of the pack document in error messages (e.g. its file name); NULL gives "memory".
     * @return As gs_pack_load_file(), without GS_EIO.
     */
    int gs_pack_load_memory(PointerByReference out, byte[] packXml, SizeT packLen, byte[] dmnXml, SizeT dmnLen, String name);

    /**
     * {@code gs_status gs_pack_load_default(gs_pack **out)}.
     * Loads the default pack {@code gs-default} compiled into the library.
     *
     * @param out Receives the new pack; untouched on failure.
     * @return GS_OK, GS_EINVAL for a NULL {@code out}, or GS_ENOMEM.
     */
    int gs_pack_load_default(PointerByReference out);

    /**
     * {@code void gs_pack_free(gs_pack *pack)}.
     * Frees a pack.
     *
     * @param pack The pack, or NULL (does nothing). Free every evaluator and assessment that borrows it first.
     */
    void gs_pack_free(Pointer pack);

    /**
     * {@code const char *gs_pack_id(const gs_pack *pack)}.
     * The pack's id, e.g. "gs-default".
     *
     * @param pack The pack (not NULL).
     * @return Borrowed string, valid while the pack lives.
     */
    String gs_pack_id(Pointer pack);

    /**
     * {@code const char *gs_pack_version(const gs_pack *pack)}.
     * The pack's version, e.g. "2026.1".
     *
     * @param pack The pack (not NULL).
     * @return Borrowed string, valid while the pack lives.
     */
    String gs_pack_version(Pointer pack);

    /**
     * {@code const char *gs_pack_title(const gs_pack *pack, gs_lang lang)}.
     * The pack's title in a language.
     *
     * @param pack The pack (not NULL).
     * @param lang GS_LANG_NL or GS_LANG_EN; when the pack has no title in that language (or GS_LANG_NONE is given) the other title is returned.
     * @return Borrowed string, valid while the pack lives.
     */
    String gs_pack_title(Pointer pack, int lang);

    /**
     * {@code const char *gs_pack_decisions_file(const gs_pack *pack)}.
     * The file name of the pack's decisions document (the {@code href}).
     *
     * @param pack The pack (not NULL).
     * @return Borrowed string, valid while the pack lives.
     */
    String gs_pack_decisions_file(Pointer pack);

    /**
     * {@code const char *gs_pack_sha256(const gs_pack *pack)}.
     * The SHA-256 of the pack's content (pack bytes, then decisions bytes),
     * as 64 lowercase hex digits.
     *
     * @param pack The pack; NULL gives NULL.
     * @return Borrowed string, valid while the pack lives.
     */
    String gs_pack_sha256(Pointer pack);

    /**
     * {@code size_t gs_pack_param_count(void)}.
     * The number of pack parameters (formats.md; 13 in this version).
     *
     * @return The count; the same for every pack.
     */
    SizeT gs_pack_param_count();

    /**
     * {@code const char *gs_pack_param_name(size_t index)}.
     * The name of a pack parameter, e.g. "valid.dmop".
     *
     * @param index 0 .. gs_pack_param_count() - 1, in the order of the parameter table in formats.md.
     * @return A static string, or NULL when {@code index} is out of range.
     */
    String gs_pack_param_name(SizeT index);

    /**
     * {@code gs_status gs_pack_param(const gs_pack *pack, const char *name, int *out)}.
     * The value of a parameter: the pack's, or the default when the pack does not set it.
     *
     * @param pack The pack (not NULL).
     * @param name The parameter name, e.g. "schedule.horizon".
     * @param out Receives the value (days or years); untouched on failure.
     * @return GS_OK; GS_ENOTFOUND for an unknown name; GS_EINVAL for NULL arguments.
     */
    int gs_pack_param(Pointer pack, String name, IntByReference out);

    /**
     * {@code size_t gs_pack_moment_count(const gs_pack *pack)}.
     * The number of signal moments in the pack's schedule.
     *
     * @param pack The pack (not NULL).
     * @return The count.
     */
    SizeT gs_pack_moment_count(Pointer pack);

    /**
     * {@code gs_status gs_pack_moment_find(const gs_pack *pack, const char *id, size_t *index)}.
     * Finds a moment by id.
     *
     * @param pack The pack (not NULL).
     * @param id The moment id, e.g. "jgz-8w".
     * @param index Receives the moment's index (document order); untouched on failure.
     * @return GS_OK; GS_ENOTFOUND when the schedule has no such moment; GS_EINVAL for NULL arguments.
     */
    int gs_pack_moment_find(Pointer pack, String id, SizeT.ByReference index);

    /**
     * {@code const char *gs_pack_moment_id(const gs_pack *pack, size_t index)}.
     * The id of a moment.
     *
     * @param pack The pack (not NULL).
     * @param index 0 .. gs_pack_moment_count() - 1 (document order).
     * @return Borrowed string, or NULL when {@code index} is out of range.
     */
    String gs_pack_moment_id(Pointer pack, SizeT index);

    /**
     * {@code const char *gs_pack_moment_label(const gs_pack *pack, size_t index, gs_lang lang)}.
     * The label of a moment in a language.
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @param lang GS_LANG_NL or GS_LANG_EN (GS_LANG_NONE gives Dutch); a missing label falls back to the other language.
     * @return Borrowed string, or NULL when {@code index} is out of range.
     */
    String gs_pack_moment_label(Pointer pack, SizeT index, int lang);

    /**
     * {@code gs_phase gs_pack_moment_phase(const gs_pack *pack, size_t index)}.
     * The life phase a moment serves.
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @return The phase, or 0 when {@code index} is out of range.
     */
    int gs_pack_moment_phase(Pointer pack, SizeT index);

    /**
     * {@code gs_setting gs_pack_moment_setting(const gs_pack *pack, size_t index)}.
     * Where a moment takes place.
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @return The setting, or 0 when {@code index} is out of range.
     */
    int gs_pack_moment_setting(Pointer pack, SizeT index);

    /**
     * {@code gs_anchor gs_pack_moment_anchor(const gs_pack *pack, size_t index)}.
     * The anchor of a moment's offsets (conception or birth).
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @return The anchor, or 0 when {@code index} is out of range.
     */
    int gs_pack_moment_anchor(Pointer pack, SizeT index);

    /**
     * {@code gs_trigger gs_pack_moment_trigger(const gs_pack *pack, size_t index)}.
     * The trigger of an indicated moment (anchor GS_ANCHOR_INDICATION; schedule.md "Anchors").
     *
     * @param pack A loaded pack.
     * @param index 0 .. gs_pack_moment_count() - 1.
     * @return The gs_trigger; GS_TRIGGER_NONE for a moment anchored on a pregnancy start or a birth, or when {@code index} is out of range.
     */
    int gs_pack_moment_trigger(Pointer pack, SizeT index);

    /**
     * {@code int gs_pack_moment_open(const gs_pack *pack, size_t index)}.
     * The first day a moment can be held, in days from its anchor.
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @return The offset, or 0 when {@code index} is out of range.
     */
    int gs_pack_moment_open(Pointer pack, SizeT index);

    /**
     * {@code int gs_pack_moment_due(const gs_pack *pack, size_t index)}.
     * The day a moment is due, in days from its anchor.
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @return The offset, or 0 when {@code index} is out of range.
     */
    int gs_pack_moment_due(Pointer pack, SizeT index);

    /**
     * {@code int gs_pack_moment_overdue(const gs_pack *pack, size_t index)}.
     * The last day a moment is due (overdue from the next day), in days from its anchor.
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @return The offset, or 0 when {@code index} is out of range.
     */
    int gs_pack_moment_overdue(Pointer pack, SizeT index);

    /**
     * {@code int gs_pack_moment_close(const gs_pack *pack, size_t index)}.
     * The last day a moment can be held (missed after it), in days from its anchor.
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @return The offset, or 0 when {@code index} is out of range.
     */
    int gs_pack_moment_close(Pointer pack, SizeT index);

    /**
     * {@code const char *gs_pack_moment_instruments(const gs_pack *pack, size_t index)}.
     * The instruments expected at a moment, as space-separated tokens (e.g. "dmop-extended giz").
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @return Borrowed string ("" when none), or NULL when {@code index} is out of range.
     */
    String gs_pack_moment_instruments(Pointer pack, SizeT index);

    /**
     * {@code int gs_pack_moment_condition(const gs_pack *pack, size_t index)}.
     * A moment's condition {@code care-need-at-least:X}.
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @return The minimum gs_care_need the family's proposed care need must reach for the moment to apply, or 0 when the moment has no condition (or {@code index} is out of range).
     */
    int gs_pack_moment_condition(Pointer pack, SizeT index);

    /**
     * {@code const char *gs_pack_moment_bds(const gs_pack *pack, size_t index)}.
     * The BDS JGZ contact code of a moment (e.g. "37").
     *
     * @param pack The pack (not NULL).
     * @param index The moment's index.
     * @return Borrowed string, or NULL when the moment has none or {@code index} is out of range.
     */
    String gs_pack_moment_bds(Pointer pack, SizeT index);

    /**
     * {@code size_t gs_pack_decision_count(const gs_pack *pack)}.
     * The number of decision tables in the pack's decisions file (including tables the library itself does not use).
     *
     * @param pack The pack (not NULL).
     * @return The count.
     */
    SizeT gs_pack_decision_count(Pointer pack);

    /**
     * {@code const gs_decision *gs_pack_decision_at(const gs_pack *pack, size_t index)}.
     * A decision table by position (document order).
     *
     * @param pack The pack (not NULL).
     * @param index 0 .. gs_pack_decision_count() - 1.
     * @return Borrowed decision, or NULL when {@code index} is out of range.
     */
    Pointer gs_pack_decision_at(Pointer pack, SizeT index);

    /**
     * {@code gs_status gs_decision_find(const gs_pack *pack, const char *id_or_name, const gs_decision **out)}.
     * Finds a decision table by its decision id, else by its name.
     *
     * @param pack The pack (not NULL).
     * @param idOrName E.g. "care-need".
     * @param out Receives the borrowed decision; untouched on failure.
     * @return GS_OK; GS_ENOTFOUND when no decision has that id or name; GS_EINVAL for NULL arguments.
     */
    int gs_decision_find(Pointer pack, String idOrName, PointerByReference out);

    /**
     * {@code const char *gs_decision_id(const gs_decision *decision)}.
     * The decision's id ("" when it has none).
     *
     * @param decision The decision (not NULL).
     * @return Borrowed string, valid while the pack lives.
     */
    String gs_decision_id(Pointer decision);

    /**
     * {@code const char *gs_decision_name(const gs_decision *decision)}.
     * The decision's name ("" when it has none).
     *
     * @param decision The decision (not NULL).
     * @return Borrowed string, valid while the pack lives.
     */
    String gs_decision_name(Pointer decision);

    /**
     * {@code gs_hit_policy gs_decision_hit_policy(const gs_decision *decision)}.
     * The table's hit policy.
     *
     * @param decision The decision (not NULL).
     * @return The hit policy.
     */
    int gs_decision_hit_policy(Pointer decision);

    /**
     * {@code gs_aggregation gs_decision_aggregation(const gs_decision *decision)}.
     * The table's aggregation (COLLECT tables only).
     *
     * @param decision The decision (not NULL).
     * @return The aggregation; GS_AGGREGATION_NONE for other hit policies.
     */
    int gs_decision_aggregation(Pointer decision);

    /**
     * {@code size_t gs_decision_input_count(const gs_decision *decision)}.
     * The number of input columns.
     *
     * @param decision The decision (not NULL).
     * @return The count (may be 0).
     */
    SizeT gs_decision_input_count(Pointer decision);

    /**
     * {@code const char *gs_decision_input_name(const gs_decision *decision, size_t index)}.
     * The name of an input (the text of its input expression, e.g. "giz_max"); the evaluator's setters take this name.
     *
     * @param decision The decision (not NULL).
     * @param index 0 .. gs_decision_input_count() - 1.
     * @return Borrowed string, or NULL when {@code index} is out of range.
     */
    String gs_decision_input_name(Pointer decision, SizeT index);

    /**
     * {@code gs_value_type gs_decision_input_type(const gs_decision *decision, size_t index)}.
     * The type of an input.
     *
     * @param decision The decision (not NULL).
     * @param index The input's index.
     * @return The type, or GS_VALUE_NULL when {@code index} is out of range.
     */
    int gs_decision_input_type(Pointer decision, SizeT index);

    /**
     * {@code const char *gs_decision_input_values(const gs_decision *decision, size_t index)}.
     * The allowed values of an input as written in the file ({@code inputValues}), e.g. "\"none\",\"some\",\"high\"".
     *
     * @param decision The decision (not NULL).
     * @param index The input's index.
     * @return Borrowed string ("" when the input is unrestricted), or NULL when {@code index} is out of range.
     */
    String gs_decision_input_values(Pointer decision, SizeT index);

    /**
     * {@code size_t gs_decision_output_count(const gs_decision *decision)}.
     * The number of output columns (at least 1).
     *
     * @param decision The decision (not NULL).
     * @return The count.
     */
    SizeT gs_decision_output_count(Pointer decision);

    /**
     * {@code const char *gs_decision_output_name(const gs_decision *decision, size_t index)}.
     * The name of an output (e.g. "care_need"; "" for a single unnamed output).
     *
     * @param decision The decision (not NULL).
     * @param index 0 .. gs_decision_output_count() - 1.
     * @return Borrowed string, or NULL when {@code index} is out of range.
     */
    String gs_decision_output_name(Pointer decision, SizeT index);

    /**
     * {@code gs_value_type gs_decision_output_type(const gs_decision *decision, size_t index)}.
     * The type of an output.
     *
     * @param decision The decision (not NULL).
     * @param index The output's index.
     * @return The type, or GS_VALUE_NULL when {@code index} is out of range.
     */
    int gs_decision_output_type(Pointer decision, SizeT index);

    /**
     * {@code size_t gs_decision_rule_count(const gs_decision *decision)}.
     * The number of rules.
     *
     * @param decision The decision (not NULL).
     * @return The count.
     */
    SizeT gs_decision_rule_count(Pointer decision);

    /**
     * {@code const char *gs_decision_rule_id(const gs_decision *decision, size_t rule)}.
     * The id of a rule, e.g. "A-HELP" ("" when the rule has none).
     *
     * @param decision The decision (not NULL).
     * @param rule 0 .. gs_decision_rule_count() - 1 (table order).
     * @return Borrowed string, or NULL when {@code rule} is out of range.
     */
    String gs_decision_rule_id(Pointer decision, SizeT rule);

    /**
     * {@code const char *gs_decision_rule_text(const gs_decision *decision, size_t rule, gs_lang lang)}.
     * The reason text of a rule in a language: the annotation column {@code nl} or {@code en}; English falls back to the rule's description.
     *
     * @param decision The decision (not NULL).
     * @param rule The rule's index.
     * @param lang GS_LANG_NL or GS_LANG_EN.
     * @return Borrowed string, or NULL when the rule has no text in that language (or {@code rule} is out of range).
     */
    String gs_decision_rule_text(Pointer decision, SizeT rule, int lang);

    /**
     * {@code const char *gs_decision_rule_input_text(const gs_decision *decision, size_t rule, size_t input)}.
     * The test of a rule on an input, as written in the file (e.g. "&gt;= 1", "[3..4]"; "-" for any value).
     *
     * @param decision The decision (not NULL).
     * @param rule The rule's index.
     * @param input The input's index.
     * @return Borrowed string, or NULL when an index is out of range.
     */
    String gs_decision_rule_input_text(Pointer decision, SizeT rule, SizeT input);

    /**
     * {@code const char *gs_decision_rule_output_text(const gs_decision *decision, size_t rule, size_t output)}.
     * The output literal of a rule, as written in the file (e.g. "\"additional-care\""; "" for an empty cell).
     *
     * @param decision The decision (not NULL).
     * @param rule The rule's index.
     * @param output The output's index.
     * @return Borrowed string, or NULL when an index is out of range.
     */
    String gs_decision_rule_output_text(Pointer decision, SizeT rule, SizeT output);

    /**
     * {@code gs_status gs_evaluator_new(gs_evaluator **out, const gs_decision *decision)}.
     * Creates an evaluator for a decision.
     *
     * @param out Receives the evaluator; untouched on failure.
     * @param decision The decision; it (and its pack) must outlive the evaluator.
     * @return GS_OK, GS_EINVAL for NULL arguments, or GS_ENOMEM.
     */
    int gs_evaluator_new(PointerByReference out, Pointer decision);

    /**
     * {@code void gs_evaluator_free(gs_evaluator *ev)}.
     * Frees an evaluator.
     *
     * @param ev The evaluator, or NULL (does nothing).
     */
    void gs_evaluator_free(Pointer ev);

    /**
     * {@code gs_status gs_evaluator_set_number(gs_evaluator *ev, const char *input, double value)}.
     * Sets every input with this name to a number.
     *
     * @param ev The evaluator (not NULL).
     * @param input An input name (gs_decision_input_name()).
     * @param value The number (finite).
     * @return GS_OK; GS_ENOTFOUND when the table has no input of that name; GS_EINVAL for NULL arguments.
     */
    int gs_evaluator_set_number(Pointer ev, String input, double value);

    /**
     * {@code gs_status gs_evaluator_set_string(gs_evaluator *ev, const char *input, const char *value)}.
     * Sets every input with this name to a string (copied).
     *
     * @param ev The evaluator (not NULL).
     * @param input An input name.
     * @param value UTF-8 string, copied into the evaluator.
     * @return GS_OK; GS_ENOTFOUND; GS_EINVAL for NULL arguments; GS_ENOMEM (the input keeps its previous value).
     */
    int gs_evaluator_set_string(Pointer ev, String input, String value);

    /**
     * {@code gs_status gs_evaluator_set_bool(gs_evaluator *ev, const char *input, int value)}.
     * Sets every input with this name to a boolean.
     *
     * @param ev The evaluator (not NULL).
     * @param input An input name.
     * @param value 0 for false, anything else for true.
     * @return GS_OK; GS_ENOTFOUND; GS_EINVAL for NULL arguments.
     */
    int gs_evaluator_set_bool(Pointer ev, String input, int value);

    /**
     * {@code gs_status gs_evaluator_set_null(gs_evaluator *ev, const char *input)}.
     * Sets every input with this name to null (it then matches only {@code -}).
     *
     * @param ev The evaluator (not NULL).
     * @param input An input name.
     * @return GS_OK; GS_ENOTFOUND; GS_EINVAL for NULL arguments.
     */
    int gs_evaluator_set_null(Pointer ev, String input);

    /**
     * {@code void gs_evaluator_clear(gs_evaluator *ev)}.
     * Sets every input to null and forgets the last results.
     *
     * @param ev The evaluator, or NULL (does nothing).
     */
    void gs_evaluator_clear(Pointer ev);

    /**
     * {@code gs_status gs_evaluator_run(gs_evaluator *ev)}.
     * Evaluates the decision on the current inputs. Allocates nothing.
     *
     * @param ev The evaluator (not NULL).
     * @return GS_OK, or GS_EEVAL with a message naming the table and the rule ids: a UNIQUE table with two matches, an ANY table whose matches give different outputs, an input outside its inputValues, an input of the wrong type. After a failure there are no matches and no results.
     */
    int gs_evaluator_run(Pointer ev);

    /**
     * {@code size_t gs_evaluator_match_count(const gs_evaluator *ev)}.
     * The number of matching rules of the last run (for FIRST at most 1).
     *
     * @param ev The evaluator (not NULL).
     * @return The count.
     */
    SizeT gs_evaluator_match_count(Pointer ev);

    /**
     * {@code size_t gs_evaluator_match_rule(const gs_evaluator *ev, size_t k)}.
     * A matching rule of the last run, in table order.
     *
     * @param ev The evaluator (not NULL).
     * @param k 0 .. gs_evaluator_match_count() - 1.
     * @return The rule's index in the table, or (size_t)-1 when {@code k} is out of range.
     */
    SizeT gs_evaluator_match_rule(Pointer ev, SizeT k);

    /**
     * {@code int gs_evaluator_has_result(const gs_evaluator *ev)}.
     * Whether the last run gave a result: a chosen rule (UNIQUE, FIRST, PRIORITY, ANY), at least one rule in the result list (RULE ORDER, OUTPUT ORDER, COLLECT) or an aggregate.
     *
     * @param ev The evaluator (not NULL).
     * @return 1 or 0.
     */
    int gs_evaluator_has_result(Pointer ev);

    /**
     * {@code size_t gs_evaluator_result_count(const gs_evaluator *ev)}.
     * The number of rules in the result list of the last run.
     *
     * @param ev The evaluator (not NULL).
     * @return The count.
     */
    SizeT gs_evaluator_result_count(Pointer ev);

    /**
     * {@code size_t gs_evaluator_result_rule(const gs_evaluator *ev, size_t k)}.
     * The rule behind a result.
     *
     * @param ev The evaluator (not NULL).
     * @param k 0 .. gs_evaluator_result_count() - 1.
     * @return The rule's index in the table, or (size_t)-1 when {@code k} is out of range.
     */
    SizeT gs_evaluator_result_rule(Pointer ev, SizeT k);

    /**
     * {@code gs_value_type gs_evaluator_result_type(const gs_evaluator *ev, size_t k, size_t output)}.
     * The type of output {@code output} of result {@code k}.
     *
     * @param ev The evaluator (not NULL).
     * @param k The result's index.
     * @param output The output's index.
     * @return The type; GS_VALUE_NULL for an empty output cell or when an index is out of range.
     */
    int gs_evaluator_result_type(Pointer ev, SizeT k, SizeT output);

    /**
     * {@code double gs_evaluator_result_number(const gs_evaluator *ev, size_t k, size_t output)}.
     * A numeric output of result {@code k}.
     *
     * @param ev The evaluator (not NULL).
     * @param k The result's index.
     * @param output The output's index.
     * @return The number, or 0 when the value is not a number.
     */
    double gs_evaluator_result_number(Pointer ev, SizeT k, SizeT output);

    /**
     * {@code const char *gs_evaluator_result_string(const gs_evaluator *ev, size_t k, size_t output)}.
     * A string output of result {@code k}.
     *
     * @param ev The evaluator (not NULL).
     * @param k The result's index.
     * @param output The output's index.
     * @return Borrowed from the pack, or NULL when the value is not a string.
     */
    String gs_evaluator_result_string(Pointer ev, SizeT k, SizeT output);

    /**
     * {@code int gs_evaluator_result_bool(const gs_evaluator *ev, size_t k, size_t output)}.
     * A boolean output of result {@code k}.
     *
     * @param ev The evaluator (not NULL).
     * @param k The result's index.
     * @param output The output's index.
     * @return 1 or 0 (0 also when the value is not a boolean).
     */
    int gs_evaluator_result_bool(Pointer ev, SizeT k, SizeT output);

    /**
     * {@code gs_status gs_evaluator_aggregate(const gs_evaluator *ev, size_t output, double *out)}.
     * The aggregate of a COLLECT table with SUM, COUNT, MIN or MAX.
     *
     * @param ev The evaluator (not NULL).
     * @param output The output's index.
     * @param out Receives the value; untouched on failure.
     * @return GS_OK; GS_ENOTFOUND when the last run has no aggregate (SUM, MIN and MAX of no match are null; COUNT of no match is 0); GS_EINVAL when the table does not aggregate, {@code output} is out of range or an argument is NULL.
     */
    int gs_evaluator_aggregate(Pointer ev, SizeT output, DoubleByReference out);

    // ---- gs-catalog.h: catalogues, routing and the care-gap analysis ----

    /**
     * {@code gs_status gs_catalog_load_file(gs_catalog **out, const char *path)}.
     * Loads a catalogue from a file.
     *
     * @param out The new catalogue, owned by the caller (gs_catalog_free()); untouched on error.
     * @param path File name (UTF-8).
     * @return GS_OK; GS_EIO when the file cannot be read; GS_EPARSE for a document that is not well-formed or not a valid catalogue; GS_EVERSION for a catalogue namespace other than {@code urn:goedestart:catalog:1}; GS_ENOMEM; GS_EINVAL for NULL arguments.
     */
    int gs_catalog_load_file(PointerByReference out, String path);

    /**
     * {@code gs_status gs_catalog_load_memory(gs_catalog **out, const char *data, size_t len, const char *name)}.
     * Loads a catalogue from memory (see gs_catalog_load_file()).
     *
     * @param out The new catalogue, owned by the caller (gs_catalog_free()); untouched on error.
     * @param data The XML document; need not be NUL-terminated.
     * @param len Its length in bytes.
     * @param name Name used in error messages (e.g. the original file name); NULL gives "memory".
     * @return As gs_catalog_load_file(), without GS_EIO.
     */
    int gs_catalog_load_memory(PointerByReference out, byte[] data, SizeT len, String name);

    /**
     * {@code gs_status gs_catalog_load_default(gs_catalog **out)}.
     * Loads the Veenkoloniën example catalogue compiled into the library.
     *
     * @param out The new catalogue, owned by the caller (gs_catalog_free()).
     * @return GS_OK, GS_ENOMEM, or GS_EINVAL when {@code out} is NULL.
     */
    int gs_catalog_load_default(PointerByReference out);

    /**
     * {@code void gs_catalog_free(gs_catalog *catalog)}.
     * Frees a catalogue.
     *
     * @param catalog The catalogue, or NULL (does nothing).
     */
    void gs_catalog_free(Pointer catalog);

    /**
     * {@code const char *gs_catalog_id(const gs_catalog *catalog)}.
     * The catalogue's id (e.g. "veenkolonien").
     *
     * @param catalog A catalogue.
     * @return Borrowed string; NULL when {@code catalog} is NULL.
     */
    String gs_catalog_id(Pointer catalog);

    /**
     * {@code const char *gs_catalog_version(const gs_catalog *catalog)}.
     * The catalogue's version (e.g. "2026.1").
     *
     * @param catalog A catalogue.
     * @return Borrowed string; NULL when {@code catalog} is NULL.
     */
    String gs_catalog_version(Pointer catalog);

    /**
     * {@code const char *gs_catalog_sha256(const gs_catalog *catalog)}.
     * The SHA-256 of the catalogue document's bytes, as 64 lowercase hex
     * digits.
     *
     * @param catalog A catalogue.
     * @return Borrowed string; NULL when {@code catalog} is NULL.
     */
    String gs_catalog_sha256(Pointer catalog);

    /**
     * {@code gs_date gs_catalog_valid_from(const gs_catalog *catalog)}.
     * The catalogue's own valid-from date (informational).
     *
     * @param catalog A catalogue.
     * @return The date; GS_DATE_NONE when {@code catalog} is NULL.
     */
    int gs_catalog_valid_from(Pointer catalog);

    /**
     * {@code const char *gs_catalog_note(const gs_catalog *catalog, gs_lang lang)}.
     * The catalogue's note in a language.
     *
     * @param catalog A catalogue.
     * @param lang GS_LANG_EN for the English note; any other value for the Dutch one. When the catalogue has no note in that language the other language's note is returned.
     * @return Borrowed string, or NULL when the catalogue has no note.
     */
    String gs_catalog_note(Pointer catalog, int lang);

    /**
     * {@code size_t gs_catalog_municipality_count(const gs_catalog *catalog)}.
     * The number of municipalities the catalogue declares.
     *
     * @param catalog A catalogue.
     * @return The count; 0 when {@code catalog} is NULL.
     */
    SizeT gs_catalog_municipality_count(Pointer catalog);

    /**
     * {@code const char *gs_catalog_municipality_code(const gs_catalog *catalog, size_t index)}.
     * The CBS code of a declared municipality ("GMnnnn").
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_municipality_count() - 1, document order.
     * @return Borrowed string; NULL when out of range.
     */
    String gs_catalog_municipality_code(Pointer catalog, SizeT index);

    /**
     * {@code const char *gs_catalog_municipality_name(const gs_catalog *catalog, size_t index)}.
     * The name of a declared municipality.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_municipality_count() - 1.
     * @return Borrowed string; NULL when out of range.
     */
    String gs_catalog_municipality_name(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_municipality_province(const gs_catalog *catalog, size_t index)}.
     * The province of a declared municipality.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_municipality_count() - 1.
     * @return The province code (GS_KIND_PROVINCE, e.g. 1 for {@code DR}); 0 when out of range.
     */
    int gs_catalog_municipality_province(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_province_of(const gs_catalog *catalog, const char *municipality)}.
     * The province of any municipality, as routing sees it.
     *
     * @param catalog A catalogue.
     * @param municipality A code "GMnnnn".
     * @return The province code (GS_KIND_PROVINCE); 0 when unknown or when the arguments are invalid.
     */
    int gs_catalog_province_of(Pointer catalog, String municipality);

    /**
     * {@code gs_status gs_catalog_find_municipality(const gs_catalog *catalog, const char *code, size_t *index)}.
     * Finds a declared municipality by its CBS code (current codes only; see gs_catalog_find_former() for former codes).
     *
     * @param catalog A catalogue.
     * @param code A code "GMnnnn".
     * @param index Its index (0 .. gs_catalog_municipality_count() - 1); may be NULL to test existence only; untouched on error.
     * @return GS_OK; GS_ENOTFOUND when the catalogue does not declare it (a former code included); GS_EINVAL for NULL arguments or a malformed code.
     */
    int gs_catalog_find_municipality(Pointer catalog, String code, SizeT.ByReference index);

    /**
     * {@code size_t gs_catalog_municipality_former_count(const gs_catalog *catalog, size_t index)}.
     * The number of former codes of a declared municipality: codes that no longer exist and route as this municipality (care-paths.md).
     *
     * @param catalog A catalogue.
     * @param index Municipality index.
     * @return The count; 0 when none or out of range.
     */
    SizeT gs_catalog_municipality_former_count(Pointer catalog, SizeT index);

    /**
     * {@code const char *gs_catalog_municipality_former_code(const gs_catalog *catalog, size_t index, size_t k)}.
     * A former code of a declared municipality ("GMnnnn").
     *
     * @param catalog A catalogue.
     * @param index Municipality index.
     * @param k Former-code index, 0 .. gs_catalog_municipality_former_count() - 1, in document order.
     * @return Borrowed string; NULL when out of range.
     */
    String gs_catalog_municipality_former_code(Pointer catalog, SizeT index, SizeT k);

    /**
     * {@code const char *gs_catalog_municipality_former_name(const gs_catalog *catalog, size_t index, size_t k)}.
     * The name of a former municipality (e.g. "Vlagtwedde").
     *
     * @param catalog A catalogue.
     * @param index Municipality index.
     * @param k Former-code index.
     * @return Borrowed string; NULL when out of range.
     */
    String gs_catalog_municipality_former_name(Pointer catalog, SizeT index, SizeT k);

    /**
     * {@code gs_date gs_catalog_municipality_former_until(const gs_catalog *catalog, size_t index, size_t k)}.
     * The last day a former code existed (informational).
     *
     * @param catalog A catalogue.
     * @param index Municipality index.
     * @param k Former-code index.
     * @return The date; GS_DATE_NONE when out of range.
     */
    int gs_catalog_municipality_former_until(Pointer catalog, SizeT index, SizeT k);

    /**
     * {@code gs_status gs_catalog_find_former(const gs_catalog *catalog, const char *code, size_t *municipality, size_t *former)}.
     * Finds a former municipality code: the municipality that succeeded it, as which a family with that code is routed.
     *
     * @param catalog A catalogue.
     * @param code A code "GMnnnn".
     * @param municipality Index of the successor; may be NULL; untouched on error.
     * @param former Index of the code among the successor's former codes; may be NULL; untouched on error.
     * @return GS_OK; GS_ENOTFOUND when {@code code} is not a former code of the catalogue (a current one included); GS_EINVAL for NULL arguments or a malformed code.
     */
    int gs_catalog_find_former(Pointer catalog, String code, SizeT.ByReference municipality, SizeT.ByReference former);

    /**
     * {@code size_t gs_catalog_offer_count(const gs_catalog *catalog)}.
     * The number of offers.
     *
     * @param catalog A catalogue.
     * @return The count; 0 when {@code catalog} is NULL.
     */
    SizeT gs_catalog_offer_count(Pointer catalog);

    /**
     * {@code gs_status gs_catalog_find_offer(const gs_catalog *catalog, const char *id, size_t *index)}.
     * Finds an offer by id.
     *
     * @param catalog A catalogue.
     * @param id The offer id (compared byte for byte).
     * @param index Its index (document order); may be NULL to test existence only; untouched on error.
     * @return GS_OK; GS_ENOTFOUND when the catalogue has no such offer; GS_EINVAL for NULL arguments.
     */
    int gs_catalog_find_offer(Pointer catalog, String id, SizeT.ByReference index);

    /**
     * {@code const char *gs_catalog_offer_id(const gs_catalog *catalog, size_t index)}.
     * The offer's id.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return Borrowed string; NULL when out of range.
     */
    String gs_catalog_offer_id(Pointer catalog, SizeT index);

    /**
     * {@code const char *gs_catalog_offer_name(const gs_catalog *catalog, size_t index, gs_lang lang)}.
     * The offer's name.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @param lang GS_LANG_EN for the English name, any other value for the Dutch one; an offer named in one language only gives that name for both.
     * @return Borrowed string; NULL when out of range.
     */
    String gs_catalog_offer_name(Pointer catalog, SizeT index, int lang);

    /**
     * {@code const char *gs_catalog_offer_provider(const gs_catalog *catalog, size_t index)}.
     * The organisation providing the offer.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return Borrowed string; NULL when out of range.
     */
    String gs_catalog_offer_provider(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_offer_level(const gs_catalog *catalog, size_t index)}.
     * The offer's pyramid level.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return 1-5 (gs_level); 0 when out of range.
     */
    int gs_catalog_offer_level(Pointer catalog, SizeT index);

    /**
     * {@code const char *gs_catalog_offer_scope(const gs_catalog *catalog, size_t index)}.
     * The offer's scope as written: {@code national}, {@code region}, a province token or a municipality code.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return Borrowed string; NULL when out of range.
     */
    String gs_catalog_offer_scope(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_offer_scope_kind(const gs_catalog *catalog, size_t index)}.
     * The kind of the offer's scope.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return A gs_scope value; 0 when out of range.
     */
    int gs_catalog_offer_scope_kind(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_offer_indication(const gs_catalog *catalog, size_t index)}.
     * Whether the offer needs a formal referral or indication.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return 1 or 0 (also 0 when out of range).
     */
    int gs_catalog_offer_indication(Pointer catalog, SizeT index);

    /**
     * {@code size_t gs_catalog_offer_topic_count(const gs_catalog *catalog, size_t index)}.
     * The number of topics the offer serves.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return At least 1; 0 when out of range.
     */
    SizeT gs_catalog_offer_topic_count(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_offer_topic(const gs_catalog *catalog, size_t index, size_t k)}.
     * One topic the offer serves.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @param k 0 .. gs_catalog_offer_topic_count() - 1; topics in ascending code order.
     * @return A gs_topic code; 0 when out of range.
     */
    int gs_catalog_offer_topic(Pointer catalog, SizeT index, SizeT k);

    /**
     * {@code uint32_t gs_catalog_offer_topics(const gs_catalog *catalog, size_t index)}.
     * The topics the offer serves as a bit set (bit {@code 1u &lt;&lt; topic}).
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return The set; 0 when out of range.
     */
    int gs_catalog_offer_topics(Pointer catalog, SizeT index);

    /**
     * {@code size_t gs_catalog_offer_phase_count(const gs_catalog *catalog, size_t index)}.
     * The number of phases the offer serves.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return At least 1; 0 when out of range.
     */
    SizeT gs_catalog_offer_phase_count(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_offer_phase(const gs_catalog *catalog, size_t index, size_t k)}.
     * One phase the offer serves.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @param k 0 .. gs_catalog_offer_phase_count() - 1; phases in ascending code order.
     * @return A gs_phase code; 0 when out of range.
     */
    int gs_catalog_offer_phase(Pointer catalog, SizeT index, SizeT k);

    /**
     * {@code uint32_t gs_catalog_offer_phases(const gs_catalog *catalog, size_t index)}.
     * The phases the offer serves as a bit set (GS_PHASE_BIT()).
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return The set; 0 when out of range.
     */
    int gs_catalog_offer_phases(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_offer_min_age_months(const gs_catalog *catalog, size_t index)}.
     * The lower bound of the offer's age range (youngest child, in completed months, inclusive).
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return The bound; -1 when the offer has none or out of range.
     */
    int gs_catalog_offer_min_age_months(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_offer_max_age_months(const gs_catalog *catalog, size_t index)}.
     * The upper bound of the offer's age range (inclusive).
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return The bound; -1 when the offer has none or out of range.
     */
    int gs_catalog_offer_max_age_months(Pointer catalog, SizeT index);

    /**
     * {@code gs_date gs_catalog_offer_valid_from(const gs_catalog *catalog, size_t index)}.
     * The first day the offer is valid.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return The date; GS_DATE_NONE when the offer has none or out of range.
     */
    int gs_catalog_offer_valid_from(Pointer catalog, SizeT index);

    /**
     * {@code gs_date gs_catalog_offer_valid_to(const gs_catalog *catalog, size_t index)}.
     * The last day the offer is valid.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return The date; GS_DATE_NONE when the offer has none or out of range.
     */
    int gs_catalog_offer_valid_to(Pointer catalog, SizeT index);

    /**
     * {@code const char *gs_catalog_offer_url(const gs_catalog *catalog, size_t index)}.
     * The offer's contact URL.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return Borrowed string; NULL when absent or out of range.
     */
    String gs_catalog_offer_url(Pointer catalog, SizeT index);

    /**
     * {@code const char *gs_catalog_offer_phone(const gs_catalog *catalog, size_t index)}.
     * The offer's contact phone number.
     *
     * @param catalog A catalogue.
     * @param index 0 .. gs_catalog_offer_count() - 1.
     * @return Borrowed string; NULL when absent or out of range.
     */
    String gs_catalog_offer_phone(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_offer_first_child(const gs_catalog *catalog, size_t index)}.
     * Entry criterion {@code first-child}: the programme is for a first child only (it matches only while the family has no child born on or before the as-of date; care-paths.md "Routing a need", step 2).
     *
     * @param catalog A catalogue.
     * @param index Offer index.
     * @return 1 or 0 (also 0 when out of range).
     */
    int gs_catalog_offer_first_child(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_offer_max_caregiver_age(const gs_catalog *catalog, size_t index)}.
     * Entry criterion {@code max-caregiver-age}: the highest caregiver age in whole years the programme admits, inclusive.
     *
     * @param catalog A catalogue.
     * @param index Offer index.
     * @return 1-99; -1 when the offer has none or out of range.
     */
    int gs_catalog_offer_max_caregiver_age(Pointer catalog, SizeT index);

    /**
     * {@code int gs_catalog_offer_max_gestational_weeks(const gs_catalog *catalog, size_t index)}.
     * Entry criterion {@code max-gestational-weeks} N: the programme admits an ongoing pregnancy whose gestational age is below N x 7 days.
     *
     * @param catalog A catalogue.
     * @param index Offer index.
     * @return 1-42; -1 when the offer has none or out of range.
     */
    int gs_catalog_offer_max_gestational_weeks(Pointer catalog, SizeT index);

    /**
     * {@code gs_status gs_catalog_offers_matching(const gs_catalog *catalog, const char *municipality, int topic, int phase, int level, gs_date on, size_t *indices, size_t cap, size_t *n)}.
     * The offers matching a filter, in document order.
     *
     * @param catalog A catalogue.
     * @param municipality "GMnnnn": only offers whose scope covers it (the municipality itself, its province, {@code region} when the catalogue declares it, {@code national}); NULL for any.
     * @param topic A gs_topic the offer serves; 0 for any.
     * @param phase A gs_phase the offer serves; 0 for any.
     * @param level Exactly this level 1-5; 0 for any.
     * @param on Only offers valid on this date; GS_DATE_NONE for any.
     * @param indices Receives the first {@code cap} matching offer indices; may be NULL when {@code cap} is 0.
     * @param cap Capacity of {@code indices}.
     * @param n The total number of matches (may exceed {@code cap}: call again with a larger buffer).
     * @return GS_OK, or GS_EINVAL for a bad argument.
     */
    int gs_catalog_offers_matching(Pointer catalog, String municipality, int topic, int phase, int level, int on, Pointer indices, SizeT cap, SizeT.ByReference n);

    /**
     * {@code gs_status gs_catalog_route(const gs_catalog *catalog, const char *municipality, int topic, int level, uint32_t phases, int youngest_months, gs_date as_of, size_t *routes, size_t cap, size_t *n_routes, int *gap_from, int *gap_to)}.
     * Routes one need through the catalogue (care-paths.md "Routing a need").
     *
     * @param catalog A catalogue.
     * @param municipality The family's municipality "GMnnnn".
     * @param topic The need's gs_topic.
     * @param level The start level 1-5.
     * @param phases The family's phase set (GS_PHASE_BIT() of each phase).
     * @param youngestMonths The youngest child's age in completed months; -1 for a family without children.
     * @param asOf The as-of date.
     * @param routes Receives up to {@code cap} offer indices in route order; may be NULL when {@code cap} is 0.
     * @param cap The most routes to return (the pack's {@code route.max}).
     * @param nRoutes The number of routes written.
     * @param gapFrom First level of the gap, 0 when there is none; may be NULL.
     * @param gapTo Last level of the gap, 0 when there is none; may be NULL.
     * @return GS_OK, or GS_EINVAL for a bad argument.
     */
    int gs_catalog_route(Pointer catalog, String municipality, int topic, int level, int phases, int youngestMonths, int asOf, Pointer routes, SizeT cap, SizeT.ByReference nRoutes, IntByReference gapFrom, IntByReference gapTo);

    /**
     * {@code int gs_topic_applies(int topic, int phase)}.
     * Whether a topic applies in a phase.
     *
     * @param topic A gs_topic.
     * @param phase A gs_phase.
     * @return 1 or 0 (0 for invalid codes).
     */
    int gs_topic_applies(int topic, int phase);

    /**
     * {@code gs_status gs_gaps_compute(gs_gaps **out, const gs_catalog *catalog, const char *municipality, gs_date on, uint32_t flags)}.
     * Computes the care-gap analysis (care-paths.md "Care-gap analysis").
     *
     * @param out The analysis, owned by the caller (gs_gaps_free()); untouched on error.
     * @param catalog A catalogue.
     * @param municipality "GMnnnn" for that one municipality (declared or not: an undeclared one gets its province from the library's table and no {@code region} offers); NULL for every municipality the catalogue declares, in document order.
     * @param on Validity date of the offers; GS_DATE_NONE for the catalogue's own valid-from date.
     * @param flags 0 or GS_GAPS_APPLICABLE_ONLY.
     * @return GS_OK, GS_ENOMEM, or GS_EINVAL for a bad argument.
     */
    int gs_gaps_compute(PointerByReference out, Pointer catalog, String municipality, int on, int flags);

    /**
     * {@code void gs_gaps_free(gs_gaps *gaps)}.
     * Frees an analysis.
     *
     * @param gaps The analysis, or NULL (does nothing).
     */
    void gs_gaps_free(Pointer gaps);

    /**
     * {@code gs_date gs_gaps_on(const gs_gaps *gaps)}.
     * The validity date the analysis used.
     *
     * @param gaps An analysis.
     * @return The date; GS_DATE_NONE when {@code gaps} is NULL.
     */
    int gs_gaps_on(Pointer gaps);

    /**
     * {@code uint32_t gs_gaps_flags(const gs_gaps *gaps)}.
     * The flags the analysis was computed with.
     *
     * @param gaps An analysis.
     * @return The flags; 0 when {@code gaps} is NULL.
     */
    int gs_gaps_flags(Pointer gaps);

    /**
     * {@code size_t gs_gaps_municipality_count(const gs_gaps *gaps)}.
     * The number of municipalities analysed.
     *
     * @param gaps An analysis.
     * @return The count; 0 when {@code gaps} is NULL.
     */
    SizeT gs_gaps_municipality_count(Pointer gaps);

    /**
     * {@code const char *gs_gaps_municipality_code(const gs_gaps *gaps, size_t index)}.
     * The code of an analysed municipality.
     *
     * @param gaps An analysis.
     * @param index 0 .. gs_gaps_municipality_count() - 1.
     * @return Borrowed string "GMnnnn"; NULL when out of range.
     */
    String gs_gaps_municipality_code(Pointer gaps, SizeT index);

    /**
     * {@code const char *gs_gaps_municipality_name(const gs_gaps *gaps, size_t index)}.
     * The name of an analysed municipality (from the catalogue, else from the library's table).
     *
     * @param gaps An analysis.
     * @param index 0 .. gs_gaps_municipality_count() - 1.
     * @return Borrowed string; NULL when unknown or out of range.
     */
    String gs_gaps_municipality_name(Pointer gaps, SizeT index);

    /**
     * {@code int gs_gaps_municipality_province(const gs_gaps *gaps, size_t index)}.
     * The province of an analysed municipality.
     *
     * @param gaps An analysis.
     * @param index 0 .. gs_gaps_municipality_count() - 1.
     * @return The province code (GS_KIND_PROVINCE); 0 when unknown or out of range.
     */
    int gs_gaps_municipality_province(Pointer gaps, SizeT index);

    /**
     * {@code int gs_gaps_cell(const gs_gaps *gaps, size_t municipality, int topic, int phase, int level)}.
     * One cell of the matrix: the number of offers at exactly {@code level}.
     *
     * @param gaps An analysis.
     * @param municipality 0 .. gs_gaps_municipality_count() - 1.
     * @param topic A gs_topic.
     * @param phase A gs_phase.
     * @param level 3-5.
     * @return The count; -1 when an argument is out of range.
     */
    int gs_gaps_cell(Pointer gaps, SizeT municipality, int topic, int phase, int level);

    /**
     * {@code size_t gs_gaps_count(const gs_gaps *gaps)}.
     * The number of gaps.
     *
     * @param gaps An analysis.
     * @return The count; 0 when {@code gaps} is NULL.
     */
    SizeT gs_gaps_count(Pointer gaps);

    /**
     * {@code gs_status gs_gaps_gap(const gs_gaps *gaps, size_t index, size_t *municipality, int *topic, int *phase, int *level)}.
     * One gap.
     *
     * @param gaps An analysis.
     * @param index 0 .. gs_gaps_count() - 1.
     * @param municipality Index of its municipality; may be NULL.
     * @param topic Its gs_topic; may be NULL.
     * @param phase Its gs_phase; may be NULL.
     * @param level Its level 3-5; may be NULL.
     * @return GS_OK, or GS_EINVAL when {@code index} is out of range (outputs untouched).
     */
    int gs_gaps_gap(Pointer gaps, SizeT index, SizeT.ByReference municipality, IntByReference topic, IntByReference phase, IntByReference level);

    /**
     * {@code gs_status gs_gaps_write_xml(const gs_gaps *gaps, char **out, size_t *len)}.
     * Writes the analysis as XML (namespace {@code urn:goedestart:gaps:1}, schema {@code data/schema/gaps.xsd}).
     *
     * @param gaps An analysis.
     * @param out The document, NUL-terminated; free with gs_free().
     * @param len Its length without the NUL; may be NULL.
     * @return GS_OK, GS_ENOMEM, or GS_EINVAL for NULL arguments.
     */
    int gs_gaps_write_xml(Pointer gaps, PointerByReference out, SizeT.ByReference len);

    /**
     * {@code gs_status gs_gaps_write_csv(const gs_gaps *gaps, char **out, size_t *len)}.
     * Writes the analysis as CSV (RFC 4180, UTF-8, CRLF line ends).
     *
     * @param gaps An analysis.
     * @param out The table, NUL-terminated; free with gs_free().
     * @param len Its length without the NUL; may be NULL.
     * @return GS_OK, GS_ENOMEM, or GS_EINVAL for NULL arguments.
     */
    int gs_gaps_write_csv(Pointer gaps, PointerByReference out, SizeT.ByReference len);

    // ---- gs-assess.h: assessments and the assessment writer ----

    /**
     * {@code gs_status gs_assessment_new(gs_assessment **out)}.
     * Creates an empty assessment to assess into (gs_assess_into()).
     *
     * @param out The assessment; untouched on error.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_assessment_new(PointerByReference out);

    /**
     * {@code void gs_assessment_free(gs_assessment *assessment)}.
     * Frees an assessment.
     *
     * @param assessment The assessment, or NULL (does nothing).
     */
    void gs_assessment_free(Pointer assessment);

    /**
     * {@code gs_status gs_assess(gs_assessment **out, const gs_family *family, gs_date as_of, const gs_pack *pack, const gs_catalog *catalog)}.
     * Assesses a family into a new assessment.
     *
     * @param out The new assessment (free with gs_assessment_free()); untouched on error.
     * @param family A finished family (gs_family_finish(), or any loaded family).
     * @param asOf The as-of date: everything dated after it has not happened yet.
     * @param pack The pack (parameters, schedule, decision tables).
     * @param catalog The care-path catalogue for routing, or NULL.
     * @return GS_OK; GS_EINVAL (NULL or unfinished family, invalid date); GS_EEVAL when a decision table gives no result (a regional pack without a default rule), naming the table; GS_ENOMEM.
     */
    int gs_assess(PointerByReference out, Pointer family, int asOf, Pointer pack, Pointer catalog);

    /**
     * {@code gs_status gs_assess_into(gs_assessment *assessment, const gs_family *family, gs_date as_of, const gs_pack *pack, const gs_catalog *catalog)}.
     * Assesses a family into an existing assessment, reusing its buffers.
     *
     * @param assessment The assessment to fill.
     * @param family A finished family.
     * @param asOf The as-of date.
     * @param pack The pack.
     * @param catalog The catalogue, or NULL.
     * @return As gs_assess().
     */
    int gs_assess_into(Pointer assessment, Pointer family, int asOf, Pointer pack, Pointer catalog);

    /**
     * {@code gs_status gs_assess_many(const gs_family *const *families, size_t count, gs_date as_of, const gs_pack *pack, const gs_catalog *catalog, gs_assess_callback callback, void *user_data)}.
     * Assesses many families with one reused assessment (the batch path).
     *
     * @param families The families (finished).
     * @param count Their number.
     * @param asOf The as-of date.
     * @param pack The pack.
     * @param catalog The catalogue, or NULL.
     * @param callback Called with each result; may be NULL (then the run only checks that every family can be assessed).
     * @param userData Passed to the callback.
     * @return GS_OK; the first error (its message names the family); GS_OK also when the callback stopped the run.
     */
    int gs_assess_many(Pointer families, SizeT count, int asOf, Pointer pack, Pointer catalog, AssessCallback callback, Pointer userData);

    /**
     * {@code gs_status gs_assess_file(const char *dossier_path, gs_date as_of, const gs_pack *pack, const gs_catalog *catalog, gs_assess_callback callback, void *user_data)}.
     * Streams a dossier file and assesses each family as it is read (the batch path for files of any size).
     *
     * @param dossierPath A dossier file.
     * @param asOf The as-of date.
     * @param pack The pack.
     * @param catalog The catalogue, or NULL.
     * @param callback Called with each result; may be NULL.
     * @param userData Passed to the callback.
     * @return GS_OK (also when the callback stopped the run); GS_EPARSE or GS_EIO with the file position of a bad family; the first assessment error; GS_ENOMEM.
     */
    int gs_assess_file(String dossierPath, int asOf, Pointer pack, Pointer catalog, AssessCallback callback, Pointer userData);

    /**
     * {@code const gs_family *gs_assessment_family(const gs_assessment *a)}.
     * The family assessed.
     *
     * @param a The assessment.
     * @return Borrowed, or NULL without a result.
     */
    Pointer gs_assessment_family(Pointer a);

    /**
     * {@code gs_date gs_assessment_as_of(const gs_assessment *a)}.
     * The as-of date.
     *
     * @param a The assessment.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_assessment_as_of(Pointer a);

    /**
     * {@code size_t gs_assessment_phase_count(const gs_assessment *a)}.
     * Number of phases (ordered by phase code, then subject position).
     *
     * @param a The assessment.
     * @return The count.
     */
    SizeT gs_assessment_phase_count(Pointer a);

    /**
     * {@code gs_phase gs_assessment_phase_code(const gs_assessment *a, size_t i)}.
     * Phase code.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The phase, or 0.
     */
    int gs_assessment_phase_code(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_phase_subject(const gs_assessment *a, size_t i)}.
     * Subject id (the family id for family-level phases).
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_phase_subject(Pointer a, SizeT i);

    /**
     * {@code gs_date gs_assessment_phase_from(const gs_assessment *a, size_t i)}.
     * First day.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The date, GS_DATE_NONE for family-level phases.
     */
    int gs_assessment_phase_from(Pointer a, SizeT i);

    /**
     * {@code gs_date gs_assessment_phase_until(const gs_assessment *a, size_t i)}.
     * Day after the last (exclusive).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The date, GS_DATE_NONE for family-level phases.
     */
    int gs_assessment_phase_until(Pointer a, SizeT i);

    /**
     * {@code int gs_assessment_first_1000_days(const gs_assessment *a)}.
     * Whether the family is in its first 1000 days.
     *
     * @param a The assessment.
     * @return 1 or 0.
     */
    int gs_assessment_first_1000_days(Pointer a);

    /**
     * {@code int gs_assessment_in_programme(const gs_assessment *a)}.
     * Whether the family is in the programme (some phase).
     *
     * @param a The assessment.
     * @return 1 or 0.
     */
    int gs_assessment_in_programme(Pointer a);

    /**
     * {@code size_t gs_assessment_moment_count(const gs_assessment *a)}.
     * Number of listed instances.
     *
     * @param a The assessment.
     * @return The count.
     */
    SizeT gs_assessment_moment_count(Pointer a);

    /**
     * {@code const char *gs_assessment_moment_id(const gs_assessment *a, size_t i)}.
     * Moment id.
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed from the pack, or NULL.
     */
    String gs_assessment_moment_id(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_moment_label(const gs_assessment *a, size_t i, gs_lang lang)}.
     * Moment label.
     *
     * @param a The assessment.
     * @param i Index.
     * @param lang Language.
     * @return Borrowed from the pack, or NULL.
     */
    String gs_assessment_moment_label(Pointer a, SizeT i, int lang);

    /**
     * {@code gs_phase gs_assessment_moment_phase(const gs_assessment *a, size_t i)}.
     * Phase the moment serves.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The phase, or 0.
     */
    int gs_assessment_moment_phase(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_moment_subject(const gs_assessment *a, size_t i)}.
     * Subject (pregnancy or child id).
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_moment_subject(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_moment_trigger(const gs_assessment *a, size_t i)}.
     * The contact that triggered an indicated moment (anchor {@code indication}, schedule.md): a contact with consult status {@code problem} or {@code attention}.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The trigger contact's id, borrowed from the family; NULL for a moment anchored on a pregnancy start or a birth, or out of range.
     */
    String gs_assessment_moment_trigger(Pointer a, SizeT i);

    /**
     * {@code gs_date gs_assessment_moment_open(const gs_assessment *a, size_t i)}.
     * Window opens.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_assessment_moment_open(Pointer a, SizeT i);

    /**
     * {@code gs_date gs_assessment_moment_due(const gs_assessment *a, size_t i)}.
     * Due date.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_assessment_moment_due(Pointer a, SizeT i);

    /**
     * {@code gs_date gs_assessment_moment_overdue(const gs_assessment *a, size_t i)}.
     * Last day it is due (overdue from the next day).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_assessment_moment_overdue(Pointer a, SizeT i);

    /**
     * {@code gs_date gs_assessment_moment_close(const gs_assessment *a, size_t i)}.
     * Window closes (last day).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_assessment_moment_close(Pointer a, SizeT i);

    /**
     * {@code gs_moment_status gs_assessment_moment_status(const gs_assessment *a, size_t i)}.
     * Status.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The status, or 0.
     */
    int gs_assessment_moment_status(Pointer a, SizeT i);

    /**
     * {@code gs_date gs_assessment_moment_done(const gs_assessment *a, size_t i)}.
     * Date of the earliest satisfying contact when done.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_assessment_moment_done(Pointer a, SizeT i);

    /**
     * {@code size_t gs_assessment_fact_count(const gs_assessment *a)}.
     * Number of facts (19).
     *
     * @param a The assessment.
     * @return The count, 0 without a result.
     */
    SizeT gs_assessment_fact_count(Pointer a);

    /**
     * {@code const char *gs_assessment_fact_name(const gs_assessment *a, size_t i)}.
     * Fact name, e.g. "dmop_not_good".
     *
     * @param a The assessment.
     * @param i Index.
     * @return Static, or NULL.
     */
    String gs_assessment_fact_name(Pointer a, SizeT i);

    /**
     * {@code gs_value_type gs_assessment_fact_type(const gs_assessment *a, size_t i)}.
     * Fact type (number, string or bool).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The type, GS_VALUE_NULL without a result.
     */
    int gs_assessment_fact_type(Pointer a, SizeT i);

    /**
     * {@code int gs_assessment_fact_int(const gs_assessment *a, size_t i)}.
     * Integer value of a number fact (booleans: 1/0; strings: 0).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The value.
     */
    int gs_assessment_fact_int(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_fact_value(const gs_assessment *a, size_t i)}.
     * The value as written in the assessment XML ("3", "true", "none").
     *
     * @param a The assessment.
     * @param i Index.
     * @return A string valid until the next call of this function on the calling thread, or NULL.
     */
    String gs_assessment_fact_value(Pointer a, SizeT i);

    /**
     * {@code gs_care_need gs_assessment_care_need(const gs_assessment *a)}.
     * The proposed care need.
     *
     * @param a The assessment.
     * @return The outcome, or 0 without a result.
     */
    int gs_assessment_care_need(Pointer a);

    /**
     * {@code size_t gs_assessment_reason_count(const gs_assessment *a)}.
     * Number of reasons (rules that fired, in table order).
     *
     * @param a The assessment.
     * @return The count.
     */
    SizeT gs_assessment_reason_count(Pointer a);

    /**
     * {@code const char *gs_assessment_reason_rule(const gs_assessment *a, size_t i)}.
     * Rule id of reason {@code i}.
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed from the pack, or NULL.
     */
    String gs_assessment_reason_rule(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_reason_table(const gs_assessment *a, size_t i)}.
     * Table (decision id) of reason {@code i}: "care-need".
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_reason_table(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_reason_text(const gs_assessment *a, size_t i, gs_lang lang)}.
     * Reason text in a language.
     *
     * @param a The assessment.
     * @param i Index.
     * @param lang GS_LANG_NL or GS_LANG_EN.
     * @return Borrowed from the pack, or NULL.
     */
    String gs_assessment_reason_text(Pointer a, SizeT i, int lang);

    /**
     * {@code size_t gs_assessment_need_count(const gs_assessment *a)}.
     * Number of needs.
     *
     * @param a The assessment.
     * @return The count.
     */
    SizeT gs_assessment_need_count(Pointer a);

    /**
     * {@code gs_topic gs_assessment_need_topic(const gs_assessment *a, size_t i)}.
     * Topic.
     *
     * @param a The assessment.
     * @param i Need index.
     * @return The topic, or 0.
     */
    int gs_assessment_need_topic(Pointer a, SizeT i);

    /**
     * {@code int gs_assessment_need_severity(const gs_assessment *a, size_t i)}.
     * Severity 1-3.
     *
     * @param a The assessment.
     * @param i Need index.
     * @return The severity, or 0.
     */
    int gs_assessment_need_severity(Pointer a, SizeT i);

    /**
     * {@code int gs_assessment_need_level(const gs_assessment *a, size_t i)}.
     * Start level 1-5 on the pyramid.
     *
     * @param a The assessment.
     * @param i Need index.
     * @return The level, or 0.
     */
    int gs_assessment_need_level(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_need_level_rule(const gs_assessment *a, size_t i)}.
     * Id of the start-level rule that chose the level.
     *
     * @param a The assessment.
     * @param i Need index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_need_level_rule(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_need_level_text(const gs_assessment *a, size_t i, gs_lang lang)}.
     * Text of that rule.
     *
     * @param a The assessment.
     * @param i Need index.
     * @param lang Language.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_need_level_text(Pointer a, SizeT i, int lang);

    /**
     * {@code int gs_assessment_need_new_goal(const gs_assessment *a, size_t i)}.
     * Whether no open goal has this topic (propose a new goal).
     *
     * @param a The assessment.
     * @param i Need index.
     * @return 1 or 0.
     */
    int gs_assessment_need_new_goal(Pointer a, SizeT i);

    /**
     * {@code size_t gs_assessment_need_route_count(const gs_assessment *a, size_t i)}.
     * Number of routes.
     *
     * @param a The assessment.
     * @param i Need index.
     * @return The count.
     */
    SizeT gs_assessment_need_route_count(Pointer a, SizeT i);

    /**
     * {@code size_t gs_assessment_need_route_offer(const gs_assessment *a, size_t i, size_t r)}.
     * Offer index in the catalogue of route {@code r}.
     *
     * @param a The assessment.
     * @param i Need index.
     * @param r Route index.
     * @return The index, or (size_t)-1.
     */
    SizeT gs_assessment_need_route_offer(Pointer a, SizeT i, SizeT r);

    /**
     * {@code int gs_assessment_need_route_fallback(const gs_assessment *a, size_t i, size_t r)}.
     * Whether route {@code r} of need {@code i} is a fallback: below the start level, "until support at the proposed level is available" (care-paths.md "Routing a need", step 4).
     *
     * @param a The assessment.
     * @param i Need index.
     * @param r Route index.
     * @return 1 for a fallback route, 0 otherwise or out of range.
     */
    int gs_assessment_need_route_fallback(Pointer a, SizeT i, SizeT r);

    /**
     * {@code gs_route_check gs_assessment_need_route_check(const gs_assessment *a, size_t i, size_t r)}.
     * What the professional must check before proposing route {@code r} of need {@code i}: an entry criterion that could not be decided (care-paths.md "Routing a need", step 2).
     *
     * @param a The assessment.
     * @param i Need index.
     * @param r Route index.
     * @return GS_CHECK_CAREGIVER_AGE or GS_CHECK_NONE (also out of range).
     */
    int gs_assessment_need_route_check(Pointer a, SizeT i, SizeT r);

    /**
     * {@code int gs_assessment_need_gap_from(const gs_assessment *a, size_t i)}.
     * Gap's first level, 0 when there is no gap.
     *
     * @param a The assessment.
     * @param i Need index.
     * @return The level.
     */
    int gs_assessment_need_gap_from(Pointer a, SizeT i);

    /**
     * {@code int gs_assessment_need_gap_to(const gs_assessment *a, size_t i)}.
     * Gap's last level, 0 when there is no gap.
     *
     * @param a The assessment.
     * @param i Need index.
     * @return The level.
     */
    int gs_assessment_need_gap_to(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_offer_id(const gs_assessment *a, size_t offer)}.
     * Offer id.
     *
     * @param a The assessment.
     * @param offer Offer index.
     * @return Borrowed from the catalogue, or NULL.
     */
    String gs_assessment_offer_id(Pointer a, SizeT offer);

    /**
     * {@code const char *gs_assessment_offer_name(const gs_assessment *a, size_t offer, gs_lang lang)}.
     * Offer name.
     *
     * @param a The assessment.
     * @param offer Offer index.
     * @param lang Language.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_offer_name(Pointer a, SizeT offer, int lang);

    /**
     * {@code const char *gs_assessment_offer_provider(const gs_assessment *a, size_t offer)}.
     * Offer provider.
     *
     * @param a The assessment.
     * @param offer Offer index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_offer_provider(Pointer a, SizeT offer);

    /**
     * {@code int gs_assessment_offer_level(const gs_assessment *a, size_t offer)}.
     * Offer level.
     *
     * @param a The assessment.
     * @param offer Offer index.
     * @return The level, or 0.
     */
    int gs_assessment_offer_level(Pointer a, SizeT offer);

    /**
     * {@code const char *gs_assessment_offer_scope(const gs_assessment *a, size_t offer)}.
     * Offer scope as written (national, region, DR, GM0114).
     *
     * @param a The assessment.
     * @param offer Offer index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_offer_scope(Pointer a, SizeT offer);

    /**
     * {@code int gs_assessment_offer_indication(const gs_assessment *a, size_t offer)}.
     * Whether the offer needs an indication.
     *
     * @param a The assessment.
     * @param offer Offer index.
     * @return 1 or 0.
     */
    int gs_assessment_offer_indication(Pointer a, SizeT offer);

    /**
     * {@code size_t gs_assessment_advice_count(const gs_assessment *a)}.
     * Number of advice items.
     *
     * @param a The assessment.
     * @return The count.
     */
    SizeT gs_assessment_advice_count(Pointer a);

    /**
     * {@code gs_advice_kind gs_assessment_advice_kind(const gs_assessment *a, size_t i)}.
     * Kind of item {@code i}.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The kind, or 0.
     */
    int gs_assessment_advice_kind(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_advice_goal(const gs_assessment *a, size_t i)}.
     * Goal id (offer check, review, overdue).
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_advice_goal(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_advice_action(const gs_assessment *a, size_t i)}.
     * Action id (offer check, review, overdue).
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_advice_action(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_advice_offer(const gs_assessment *a, size_t i)}.
     * Offer id of an offer check.
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_advice_offer(Pointer a, SizeT i);

    /**
     * {@code gs_offer_problem gs_assessment_advice_problem(const gs_assessment *a, size_t i)}.
     * Problem of an offer check.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The problem, or 0.
     */
    int gs_assessment_advice_problem(Pointer a, SizeT i);

    /**
     * {@code gs_review_outcome gs_assessment_advice_review(const gs_assessment *a, size_t i)}.
     * Latest review outcome (review advice).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The outcome, or 0.
     */
    int gs_assessment_advice_review(Pointer a, SizeT i);

    /**
     * {@code gs_move gs_assessment_advice_move(const gs_assessment *a, size_t i)}.
     * Proposed move (review advice).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The move, or 0.
     */
    int gs_assessment_advice_move(Pointer a, SizeT i);

    /**
     * {@code int gs_assessment_advice_level(const gs_assessment *a, size_t i)}.
     * New level (review advice).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The level, or 0.
     */
    int gs_assessment_advice_level(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_advice_rule(const gs_assessment *a, size_t i)}.
     * Level-review rule id (review advice).
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_advice_rule(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_advice_rule_text(const gs_assessment *a, size_t i, gs_lang lang)}.
     * Text of that rule.
     *
     * @param a The assessment.
     * @param i Index.
     * @param lang Language.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_advice_rule_text(Pointer a, SizeT i, int lang);

    /**
     * {@code gs_date gs_assessment_advice_since(const gs_assessment *a, size_t i)}.
     * Date counted from (review overdue).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_assessment_advice_since(Pointer a, SizeT i);

    /**
     * {@code gs_date gs_assessment_advice_date(const gs_assessment *a, size_t i)}.
     * Conclusion date (conclusion differs).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The date, or GS_DATE_NONE.
     */
    int gs_assessment_advice_date(Pointer a, SizeT i);

    /**
     * {@code gs_care_need gs_assessment_advice_agreed(const gs_assessment *a, size_t i)}.
     * Agreed care need (conclusion differs).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The care need, or 0.
     */
    int gs_assessment_advice_agreed(Pointer a, SizeT i);

    /**
     * {@code gs_care_need gs_assessment_advice_proposed_now(const gs_assessment *a, size_t i)}.
     * Proposal now (conclusion differs).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The care need, or 0.
     */
    int gs_assessment_advice_proposed_now(Pointer a, SizeT i);

    /**
     * {@code size_t gs_assessment_advice_route_count(const gs_assessment *a, size_t i)}.
     * Number of routes at the new level (review advice).
     *
     * @param a The assessment.
     * @param i Index.
     * @return The count.
     */
    SizeT gs_assessment_advice_route_count(Pointer a, SizeT i);

    /**
     * {@code size_t gs_assessment_advice_route_offer(const gs_assessment *a, size_t i, size_t r)}.
     * Offer index of route {@code r}.
     *
     * @param a The assessment.
     * @param i Index.
     * @param r Route index.
     * @return The index, or (size_t)-1.
     */
    SizeT gs_assessment_advice_route_offer(Pointer a, SizeT i, SizeT r);

    /**
     * {@code int gs_assessment_advice_route_fallback(const gs_assessment *a, size_t i, size_t r)}.
     * Whether route {@code r} of review advice {@code i} is a fallback (see gs_assessment_need_route_fallback()).
     *
     * @param a The assessment.
     * @param i Advice index.
     * @param r Route index.
     * @return 1 or 0.
     */
    int gs_assessment_advice_route_fallback(Pointer a, SizeT i, SizeT r);

    /**
     * {@code gs_route_check gs_assessment_advice_route_check(const gs_assessment *a, size_t i, size_t r)}.
     * What to check before proposing route {@code r} of review advice {@code i} (see gs_assessment_need_route_check()).
     *
     * @param a The assessment.
     * @param i Advice index.
     * @param r Route index.
     * @return The check, or GS_CHECK_NONE.
     */
    int gs_assessment_advice_route_check(Pointer a, SizeT i, SizeT r);

    /**
     * {@code int gs_assessment_advice_step(const gs_assessment *a, size_t i)}.
     * The Meldcode's next step (GS_ADVICE_MELDCODE; plan.md rule 7): 1 + the highest step recorded since the earliest current safety finding (gs_assessment_advice_since()), or 1.
     *
     * @param a The assessment.
     * @param i Advice index.
     * @return 1-5 (label: gs_code_label(GS_KIND_MELDCODE_STEP, step, lang)); 0 for other kinds or out of range.
     */
    int gs_assessment_advice_step(Pointer a, SizeT i);

    /**
     * {@code gs_safety gs_assessment_advice_safety(const gs_assessment *a, size_t i)}.
     * The fact {@code safety} behind a Meldcode advice: GS_SAFETY_HIGH adds "consult Veilig Thuis now".
     *
     * @param a The assessment.
     * @param i Advice index.
     * @return GS_SAFETY_SOME or GS_SAFETY_HIGH; GS_SAFETY_NONE for other kinds.
     */
    int gs_assessment_advice_safety(Pointer a, SizeT i);

    /**
     * {@code int gs_assessment_advice_concerns(const gs_assessment *a, size_t i)}.
     * The needs with concerns ({@code need_concern_count}) behind an integrated-plan advice (GS_ADVICE_INTEGRATED_PLAN; plan.md rule 8).
     *
     * @param a The assessment.
     * @param i Advice index.
     * @return The count (at least 3), or 0 for other kinds.
     */
    int gs_assessment_advice_concerns(Pointer a, SizeT i);

    /**
     * {@code int gs_assessment_advice_priorities(const gs_assessment *a, size_t i)}.
     * The pack parameter {@code plan.priorities} named by an integrated-plan advice.
     *
     * @param a The assessment.
     * @param i Advice index.
     * @return The number of priorities, or 0 for other kinds.
     */
    int gs_assessment_advice_priorities(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_advice_text(const gs_assessment *a, size_t i, gs_lang lang)}.
     * The text of a Meldcode or integrated-plan advice (plan.md, "Advice texts").
     *
     * @param a The assessment.
     * @param i Advice index.
     * @param lang GS_LANG_NL, or GS_LANG_EN (also for GS_LANG_NONE).
     * @return A thread-local string valid until the next call of this function in the same thread; NULL for other kinds or out of range.
     */
    String gs_assessment_advice_text(Pointer a, SizeT i, int lang);

    /**
     * {@code int gs_assessment_advice_gap_from(const gs_assessment *a, size_t i)}.
     * Gap's first level, 0 when none.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The level.
     */
    int gs_assessment_advice_gap_from(Pointer a, SizeT i);

    /**
     * {@code int gs_assessment_advice_gap_to(const gs_assessment *a, size_t i)}.
     * Gap's last level, 0 when none.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The level.
     */
    int gs_assessment_advice_gap_to(Pointer a, SizeT i);

    /**
     * {@code gs_ph_dimension gs_assessment_conversation_start(const gs_assessment *a)}.
     * Suggested conversation start: the lowest-scoring current Positive Health dimension (ties: lowest code).
     *
     * @param a The assessment.
     * @return The dimension, or 0 when no score is current.
     */
    int gs_assessment_conversation_start(Pointer a);

    /**
     * {@code size_t gs_assessment_note_count(const gs_assessment *a)}.
     * Number of notes.
     *
     * @param a The assessment.
     * @return The count.
     */
    SizeT gs_assessment_note_count(Pointer a);

    /**
     * {@code gs_note_kind gs_assessment_note_kind(const gs_assessment *a, size_t i)}.
     * Kind of note {@code i}.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The kind, or 0.
     */
    int gs_assessment_note_kind(Pointer a, SizeT i);

    /**
     * {@code gs_date gs_assessment_note_date(const gs_assessment *a, size_t i)}.
     * Date of note {@code i}: for {@code expired} the first day the value no longer counted, for the contact notes the contact's date, for {@code municipality-former} the former code's {@code until}.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The date, or GS_DATE_NONE ({@code municipality-unknown}).
     */
    int gs_assessment_note_date(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_note_contact(const gs_assessment *a, size_t i)}.
     * The contact of an {@code expired}, {@code screening-unassigned} or {@code unknown-moment} note.
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed id, or NULL.
     */
    String gs_assessment_note_contact(Pointer a, SizeT i);

    /**
     * {@code gs_finding_kind gs_assessment_note_finding(const gs_assessment *a, size_t i)}.
     * The finding kind of an {@code expired} or {@code screening-unassigned} note.
     *
     * @param a The assessment.
     * @param i Index.
     * @return The kind, or 0.
     */
    int gs_assessment_note_finding(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_note_item(const gs_assessment *a, size_t i)}.
     * The item of an {@code expired} note: the domain, area or dimension token, or the signal's id.
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed, or NULL (consult, help-requested, other kinds).
     */
    String gs_assessment_note_item(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_note_caregiver(const gs_assessment *a, size_t i)}.
     * The caregiver of an expired ZRM score.
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed id, or NULL.
     */
    String gs_assessment_note_caregiver(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_note_moment(const gs_assessment *a, size_t i)}.
     * The moment id of an {@code unknown-moment} note.
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_note_moment(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_note_municipality(const gs_assessment *a, size_t i)}.
     * The family's municipality code of a municipality note.
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed, or NULL.
     */
    String gs_assessment_note_municipality(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_note_successor(const gs_assessment *a, size_t i)}.
     * The successor of a {@code municipality-former} note (the code routed as).
     *
     * @param a The assessment.
     * @param i Index.
     * @return Borrowed from the catalogue, or NULL.
     */
    String gs_assessment_note_successor(Pointer a, SizeT i);

    /**
     * {@code const char *gs_assessment_note_text(const gs_assessment *a, size_t i, gs_lang lang)}.
     * The text of note {@code i} (formats.md, note texts; Dutch dates as DD-MM-YYYY).
     *
     * @param a The assessment.
     * @param i Index.
     * @param lang GS_LANG_NL, or GS_LANG_EN (also for GS_LANG_NONE).
     * @return A thread-local string valid until the next call of this function in the same thread; NULL out of range.
     */
    String gs_assessment_note_text(Pointer a, SizeT i, int lang);

    /**
     * {@code gs_status gs_assessment_write_xml(const gs_assessment *a, gs_lang lang, char **out, size_t *len)}.
     * Writes one assessment as a document with root {@code assessment}.
     *
     * @param a The assessment.
     * @param lang GS_LANG_NL or GS_LANG_EN to write reason texts, GS_LANG_NONE for none.
     * @param out NUL-terminated XML (free with gs_free()); untouched on error.
     * @param len Its length without the NUL; may be NULL.
     * @return GS_OK, GS_EINVAL (no result) or GS_ENOMEM.
     */
    int gs_assessment_write_xml(Pointer a, int lang, PointerByReference out, SizeT.ByReference len);

    /**
     * {@code gs_status gs_assessment_writer_new(gs_assessment_writer **out, int single, gs_lang lang)}.
     * Starts a document.
     *
     * @param out The writer; untouched on error.
     * @param single 1 for an {@code assessment} root (exactly one add), 0 for {@code assessments}.
     * @param lang Language of reason texts, or GS_LANG_NONE.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_assessment_writer_new(PointerByReference out, int single, int lang);

    /**
     * {@code gs_status gs_assessment_writer_add(gs_assessment_writer *w, const gs_assessment *a)}.
     * Appends one assessment.
     *
     * @param w The writer.
     * @param a The assessment.
     * @return GS_OK; GS_ESTATE after gs_assessment_writer_end() or a second add to a single writer; GS_EINVAL; GS_ENOMEM.
     */
    int gs_assessment_writer_add(Pointer w, Pointer a);

    /**
     * {@code gs_status gs_assessment_writer_end(gs_assessment_writer *w)}.
     * Closes the document (root end tag and final newline).
     *
     * @param w The writer.
     * @return GS_OK; GS_ESTATE when already ended or a single writer got no assessment; GS_ENOMEM.
     */
    int gs_assessment_writer_end(Pointer w);

    /**
     * {@code const char *gs_assessment_writer_pending(const gs_assessment_writer *w, size_t *len)}.
     * The bytes written and not yet cleared.
     *
     * @param w The writer.
     * @param len Their number; may be NULL.
     * @return Borrowed, valid until the next call on the writer (never NULL).
     */
    Pointer gs_assessment_writer_pending(Pointer w, SizeT.ByReference len);

    /**
     * {@code void gs_assessment_writer_clear(gs_assessment_writer *w)}.
     * Drops the pending bytes (after the caller wrote them out).
     *
     * @param w The writer.
     */
    void gs_assessment_writer_clear(Pointer w);

    /**
     * {@code void gs_assessment_writer_free(gs_assessment_writer *w)}.
     * Frees a writer.
     *
     * @param w The writer, or NULL.
     */
    void gs_assessment_writer_free(Pointer w);

    // ---- gs-summary.h: the summary table of a batch ----

    /**
     * {@code gs_status gs_summary_from_families(gs_summary **out, const gs_family *const *families, size_t count, gs_date as_of, const gs_pack *pack, const gs_catalog *catalog)}.
     * Assesses an array of families into a summary.
     *
     * @param out The summary (free with gs_summary_free()); untouched on error.
     * @param families Finished families.
     * @param count Their number.
     * @param asOf The as-of date.
     * @param pack The pack.
     * @param catalog The catalogue, or NULL.
     * @return GS_OK, or the first error (naming the family), GS_ENOMEM.
     */
    int gs_summary_from_families(PointerByReference out, Pointer families, SizeT count, int asOf, Pointer pack, Pointer catalog);

    /**
     * {@code gs_status gs_summary_from_file(gs_summary **out, const char *dossier_path, gs_date as_of, const gs_pack *pack, const gs_catalog *catalog)}.
     * Streams a dossier file and assesses every family into a summary.
     *
     * @param out The summary; untouched on error.
     * @param dossierPath A dossier file (any size).
     * @param asOf The as-of date.
     * @param pack The pack.
     * @param catalog The catalogue, or NULL.
     * @return GS_OK; GS_EPARSE/GS_EIO with the file position of a bad family; GS_ENOMEM.
     */
    int gs_summary_from_file(PointerByReference out, String dossierPath, int asOf, Pointer pack, Pointer catalog);

    /**
     * {@code void gs_summary_free(gs_summary *summary)}.
     * Frees a summary.
     *
     * @param summary The summary, or NULL.
     */
    void gs_summary_free(Pointer summary);

    /**
     * {@code size_t gs_summary_rows(const gs_summary *summary)}.
     * The number of rows (families, in input order).
     *
     * @param summary The summary.
     * @return The count.
     */
    SizeT gs_summary_rows(Pointer summary);

    /**
     * {@code const int32_t *gs_summary_column_data(const gs_summary *summary, gs_summary_column column)}.
     * The values of an integer column, one per row.
     *
     * @param summary The summary.
     * @param column The column.
     * @return Borrowed array of gs_summary_rows() values, or NULL for an unknown column.
     */
    Pointer gs_summary_column_data(Pointer summary, int column);

    /**
     * {@code const char *gs_summary_family_id(const gs_summary *summary, size_t row)}.
     * The family id of a row.
     *
     * @param summary The summary.
     * @param row The row.
     * @return Borrowed, or NULL when out of range.
     */
    String gs_summary_family_id(Pointer summary, SizeT row);

    /**
     * {@code const char *gs_summary_municipality(const gs_summary *summary, size_t row)}.
     * The municipality code {@code GMnnnn} of a row.
     *
     * @param summary The summary.
     * @param row The row.
     * @return Borrowed, or NULL when out of range.
     */
    String gs_summary_municipality(Pointer summary, SizeT row);

    /**
     * {@code const char *gs_summary_ids(const gs_summary *summary, size_t *len)}.
     * All family ids at once: each NUL-terminated, concatenated in row order.
     *
     * @param summary The summary.
     * @param len Total bytes, NULs included; may be NULL.
     * @return Borrowed; "" (length 0) for an empty summary.
     */
    Pointer gs_summary_ids(Pointer summary, SizeT.ByReference len);

    // ---- gs-generate.h: the synthetic population generator ----

    /**
     * {@code void gs_population_options_init(gs_population_options *opts)}.
     * Fills {@code opts} with GS_POPULATION_OPTIONS_INIT (for bindings that cannot expand macros).
     *
     * @param opts The struct to fill; NULL does nothing.
     */
    void gs_population_options_init(PopulationOptions opts);

    /**
     * {@code gs_status gs_population_new(gs_population **out, const gs_population_options *opts)}.
     * Starts generating a population.
     *
     * @param out The population (free with gs_population_free()); untouched on error.
     * @param opts The options; copied.
     * @return GS_OK; GS_EVERSION for an unknown &#64;c opts-&gt;version; GS_EINVAL for a NULL argument or an as-of date that is not set or lies outside 1925-01-01 .. 2198-12-31 (the generator needs 25 years before it and one after it); GS_ENOMEM.
     */
    int gs_population_new(PointerByReference out, PopulationOptions opts);

    /**
     * {@code gs_status gs_population_next(gs_population *p, gs_family **out)}.
     * Generates the next family.
     *
     * @param p The population.
     * @param out The family, finished and owned by the caller (free with gs_family_free()); NULL after the last family. Untouched on error.
     * @return GS_OK (also at the end); GS_EINVAL for a NULL argument; GS_ENOMEM (the same family is generated again by the next call, so the sequence stays the same).
     */
    int gs_population_next(Pointer p, PointerByReference out);

    /**
     * {@code void gs_population_free(gs_population *p)}.
     * Frees a population.
     *
     * @param p The population, or NULL (does nothing). Families it handed out are owned by the caller and stay valid.
     */
    void gs_population_free(Pointer p);

    /**
     * {@code gs_status gs_population_generate(const gs_population_options *opts, const char *path)}.
     * Generates a whole population into a dossier file (root {@code dossiers}), streaming, in flat memory and atomically.
     *
     * @param opts The options; &#64;c opts-&gt;families must be at least 1.
     * @param path The target file.
     * @return GS_OK; GS_EINVAL (NULL, no families, bad as-of date); GS_EVERSION; GS_EIO (the old file is untouched); GS_ENOMEM.
     */
    int gs_population_generate(PopulationOptions opts, String path);

    // ---- gs-survival.h: label tables and survival analysis ----

    /**
     * {@code gs_status gs_labels_new(gs_labels **out)}.
     * Creates an empty label table.
     *
     * @param out The table (free with gs_labels_free()); untouched on error.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_labels_new(PointerByReference out);

    /**
     * {@code gs_status gs_labels_set(gs_labels *labels, const char *family_id, const char *label)}.
     * Sets the label of a family.
     *
     * @param labels The table.
     * @param familyId The family id (1-64 bytes of UTF-8 without control characters).
     * @param label The label (1-64 bytes of UTF-8 without control characters); {@code all} is allowed.
     * @return GS_OK; GS_EINVAL for NULL or an invalid id or label, or a family that already has a label (the table is unchanged); GS_ENOMEM.
     */
    int gs_labels_set(Pointer labels, String familyId, String label);

    /**
     * {@code gs_status gs_labels_load_csv_file(gs_labels **out, const char *path)}.
     * Loads a label table from CSV (RFC 4180, UTF-8): header {@code family,label}, then one row per family.
     *
     * @param out The table; untouched on error.
     * @param path The file.
     * @return GS_OK; GS_EIO when it cannot be read; GS_EPARSE for a bad header, a row without two fields, an invalid id or label, or a family listed twice (message with FILE:LINE:COLUMN); GS_EINVAL; GS_ENOMEM.
     */
    int gs_labels_load_csv_file(PointerByReference out, String path);

    /**
     * {@code gs_status gs_labels_load_csv_memory(gs_labels **out, const char *data, size_t len, const char *name)}.
     * Loads a label table from CSV in memory (see gs_labels_load_csv_file()).
     *
     * @param out The table; untouched on error.
     * @param data The CSV (need not be NUL-terminated); not kept.
     * @param len Its length in bytes.
     * @param name Name used in error messages, or NULL for "memory".
     * @return As gs_labels_load_csv_file(), without GS_EIO.
     */
    int gs_labels_load_csv_memory(PointerByReference out, byte[] data, SizeT len, String name);

    /**
     * {@code const char *gs_labels_get(const gs_labels *labels, const char *family_id)}.
     * The label of a family.
     *
     * @param labels The table.
     * @param familyId The family id.
     * @return Borrowed from the table, or NULL when the family has no label.
     */
    String gs_labels_get(Pointer labels, String familyId);

    /**
     * {@code size_t gs_labels_count(const gs_labels *labels)}.
     * The number of families in the table.
     *
     * @param labels The table.
     * @return The count; 0 for NULL.
     */
    SizeT gs_labels_count(Pointer labels);

    /**
     * {@code void gs_labels_free(gs_labels *labels)}.
     * Frees a label table.
     *
     * @param labels The table, or NULL (does nothing).
     */
    void gs_labels_free(Pointer labels);

    /**
     * {@code void gs_survival_options_init(gs_survival_options *options)}.
     * Fills {@code options} with GS_SURVIVAL_OPTIONS_INIT.
     *
     * @param options The struct; NULL does nothing.
     */
    void gs_survival_options_init(SurvivalOptions options);

    /**
     * {@code gs_status gs_survival_new(gs_survival **out, const gs_survival_options *options, const gs_catalog *catalog, const gs_labels *labels)}.
     * Starts a survival analysis.
     *
     * @param out The analysis (free with gs_survival_free()); untouched on error.
     * @param options The options (copied).
     * @param catalog A catalogue whose declared provinces are used with GS_GROUP_BY_PROVINCE, or NULL (the library's table); borrowed, must outlive the analysis.
     * @param labels The labels for GS_GROUP_BY_LABEL (required then, else ignored); borrowed, must outlive the analysis.
     * @return GS_OK; GS_EVERSION for an unknown options version; GS_EINVAL for a missing as-of date, a negative horizon or minimum, an unknown grouping or missing labels; GS_ENOMEM.
     */
    int gs_survival_new(PointerByReference out, SurvivalOptions options, Pointer catalog, Pointer labels);

    /**
     * {@code gs_status gs_survival_add(gs_survival *s, const gs_family *family)}.
     * Adds the children of a family.
     *
     * @param s The analysis (not finished).
     * @param family A finished family; not kept.
     * @return GS_OK (also for a family that contributes nothing); GS_EINVAL; GS_ESTATE after gs_survival_finish(); GS_ENOMEM (nothing added).
     */
    int gs_survival_add(Pointer s, Pointer family);

    /**
     * {@code gs_status gs_survival_add_file(gs_survival *s, const char *path)}.
     * Adds every family of a dossier file, streaming it (flat memory).
     *
     * @param s The analysis (not finished).
     * @param path The dossier file.
     * @return GS_OK; GS_EIO, GS_EPARSE (FILE:LINE:COLUMN of the bad family) or GS_ENOMEM, and then nothing of the file was added; GS_EINVAL; GS_ESTATE after gs_survival_finish().
     */
    int gs_survival_add_file(Pointer s, String path);

    /**
     * {@code gs_status gs_survival_add_observation(gs_survival *s, const char *group, int time, int event, uint64_t count)}.
     * Adds subjects directly: {@code count} subjects of {@code group} with time {@code time}, with an event or censored (for data from elsewhere, e.g. a published data set). The horizon applies.
     *
     * @param s The analysis (not finished).
     * @param group The group name (1-64 bytes of UTF-8, no control characters).
     * @param time The time in days, &gt;= 0.
     * @param event 1 for an event, 0 for censored.
     * @param count The number of such subjects, &gt;= 1.
     * @return GS_OK; GS_EINVAL; GS_ESTATE after finishing; GS_ENOMEM (nothing added).
     */
    int gs_survival_add_observation(Pointer s, String group, int time, int event, long count);

    /**
     * {@code gs_status gs_survival_finish(gs_survival *s)}.
     * Computes the curves and the tests. Nothing can be added afterwards.
     *
     * @param s The analysis.
     * @return GS_OK; GS_ESTATE when already finished; GS_EINVAL; GS_ENOMEM (the analysis stays unfinished and can be finished again).
     */
    int gs_survival_finish(Pointer s);

    /**
     * {@code void gs_survival_free(gs_survival *s)}.
     * Frees an analysis.
     *
     * @param s The analysis, or NULL (does nothing).
     */
    void gs_survival_free(Pointer s);

    /**
     * {@code size_t gs_survival_group_count(const gs_survival *s)}.
     * Number of groups (included or not).
     *
     * @param s The analysis.
     * @return The count; 0 before finishing.
     */
    SizeT gs_survival_group_count(Pointer s);

    /**
     * {@code const char *gs_survival_group_name(const gs_survival *s, size_t g)}.
     * Group name.
     *
     * @param s The analysis.
     * @param g Group index.
     * @return Borrowed, or NULL.
     */
    String gs_survival_group_name(Pointer s, SizeT g);

    /**
     * {@code uint64_t gs_survival_group_subjects(const gs_survival *s, size_t g)}.
     * Children in the group.
     *
     * @param s The analysis.
     * @param g Group index.
     * @return The count.
     */
    long gs_survival_group_subjects(Pointer s, SizeT g);

    /**
     * {@code uint64_t gs_survival_group_events(const gs_survival *s, size_t g)}.
     * Events in the group.
     *
     * @param s The analysis.
     * @param g Group index.
     * @return The count.
     */
    long gs_survival_group_events(Pointer s, SizeT g);

    /**
     * {@code int gs_survival_group_included(const gs_survival *s, size_t g)}.
     * Whether the group is in the curves and tests (it has at least min_group children).
     *
     * @param s The analysis.
     * @param g Group index.
     * @return 1 or 0.
     */
    int gs_survival_group_included(Pointer s, SizeT g);

    /**
     * {@code int gs_survival_group_median(const gs_survival *s, size_t g)}.
     * Kaplan-Meier median time.
     *
     * @param s The analysis.
     * @param g Group index.
     * @return The smallest time at which the survival is at most 0.5; -1 when never or when the group is left out.
     */
    int gs_survival_group_median(Pointer s, SizeT g);

    /**
     * {@code double gs_survival_summary_median(const gs_survival *s, size_t g)}.
     * The Kaplan-Meier median as R's survfit prints it (a midpoint when S is exactly 0.5 over an interval).
     *
     * @param s The analysis.
     * @param g Group index.
     * @return days; NaN when not reached or the group is left out
     */
    double gs_survival_summary_median(Pointer s, SizeT g);

    /**
     * {@code double gs_survival_summary_lower(const gs_survival *s, size_t g)}.
     * Lower limit of the median's 95% interval (lower log-log band).
     *
     * @param s The analysis.
     * @param g Group index.
     * @return days; NaN when not reached or the group is left out
     */
    double gs_survival_summary_lower(Pointer s, SizeT g);

    /**
     * {@code double gs_survival_summary_upper(const gs_survival *s, size_t g)}.
     * Upper limit of the median's 95% interval (upper log-log band).
     *
     * @param s The analysis.
     * @param g Group index.
     * @return days; NaN when not reached or the group is left out
     */
    double gs_survival_summary_upper(Pointer s, SizeT g);

    /**
     * {@code size_t gs_survival_km_count(const gs_survival *s, size_t g)}.
     * Number of rows.
     *
     * @param s The analysis.
     * @param g Group index.
     * @return The count.
     */
    SizeT gs_survival_km_count(Pointer s, SizeT g);

    /**
     * {@code int gs_survival_km_time(const gs_survival *s, size_t g, size_t r)}.
     * Time in days.
     *
     * @param s The analysis.
     * @param g Group.
     * @param r Row.
     * @return The time, -1 out of range.
     */
    int gs_survival_km_time(Pointer s, SizeT g, SizeT r);

    /**
     * {@code uint64_t gs_survival_km_at_risk(const gs_survival *s, size_t g, size_t r)}.
     * Number at risk (time &gt;= t).
     *
     * @param s The analysis.
     * @param g Group.
     * @param r Row.
     * @return The count.
     */
    long gs_survival_km_at_risk(Pointer s, SizeT g, SizeT r);

    /**
     * {@code uint64_t gs_survival_km_events(const gs_survival *s, size_t g, size_t r)}.
     * Events at t.
     *
     * @param s The analysis.
     * @param g Group.
     * @param r Row.
     * @return The count.
     */
    long gs_survival_km_events(Pointer s, SizeT g, SizeT r);

    /**
     * {@code uint64_t gs_survival_km_censored(const gs_survival *s, size_t g, size_t r)}.
     * Censorings at t.
     *
     * @param s The analysis.
     * @param g Group.
     * @param r Row.
     * @return The count.
     */
    long gs_survival_km_censored(Pointer s, SizeT g, SizeT r);

    /**
     * {@code double gs_survival_km_survival(const gs_survival *s, size_t g, size_t r)}.
     * Survival estimate just after t.
     *
     * @param s The analysis.
     * @param g Group.
     * @param r Row.
     * @return The estimate, NaN out of range.
     */
    double gs_survival_km_survival(Pointer s, SizeT g, SizeT r);

    /**
     * {@code double gs_survival_km_se(const gs_survival *s, size_t g, size_t r)}.
     * Greenwood standard error of the survival.
     *
     * @param s The analysis.
     * @param g Group.
     * @param r Row.
     * @return The error, NaN when undefined.
     */
    double gs_survival_km_se(Pointer s, SizeT g, SizeT r);

    /**
     * {@code double gs_survival_km_lower(const gs_survival *s, size_t g, size_t r)}.
     * Lower 95% bound (log-log).
     *
     * @param s The analysis.
     * @param g Group.
     * @param r Row.
     * @return The bound, NaN when undefined.
     */
    double gs_survival_km_lower(Pointer s, SizeT g, SizeT r);

    /**
     * {@code double gs_survival_km_upper(const gs_survival *s, size_t g, size_t r)}.
     * Upper 95% bound (log-log).
     *
     * @param s The analysis.
     * @param g Group.
     * @param r Row.
     * @return The bound, NaN when undefined.
     */
    double gs_survival_km_upper(Pointer s, SizeT g, SizeT r);

    /**
     * {@code size_t gs_survival_test_count(const gs_survival *s)}.
     * Number of tests (3 or 0).
     *
     * @param s The analysis.
     * @return The count.
     */
    SizeT gs_survival_test_count(Pointer s);

    /**
     * {@code gs_survival_test gs_survival_test_kind(const gs_survival *s, size_t i)}.
     * Kind of test {@code i}.
     *
     * @param s The analysis.
     * @param i Index.
     * @return The test, 0 out of range.
     */
    int gs_survival_test_kind(Pointer s, SizeT i);

    /**
     * {@code const char *gs_survival_test_name(const gs_survival *s, size_t i)}.
     * Name of test {@code i}: {@code log-rank}, {@code tarone-ware}, {@code gehan-breslow}.
     *
     * @param s The analysis.
     * @param i Index.
     * @return Static, or NULL.
     */
    String gs_survival_test_name(Pointer s, SizeT i);

    /**
     * {@code double gs_survival_test_chisq(const gs_survival *s, size_t i)}.
     * Chi-square statistic.
     *
     * @param s The analysis.
     * @param i Index.
     * @return The statistic, NaN out of range.
     */
    double gs_survival_test_chisq(Pointer s, SizeT i);

    /**
     * {@code int gs_survival_test_df(const gs_survival *s, size_t i)}.
     * Degrees of freedom.
     *
     * @param s The analysis.
     * @param i Index.
     * @return df, 0 out of range.
     */
    int gs_survival_test_df(Pointer s, SizeT i);

    /**
     * {@code double gs_survival_test_p(const gs_survival *s, size_t i)}.
     * p-value.
     *
     * @param s The analysis.
     * @param i Index.
     * @return p, NaN out of range.
     */
    double gs_survival_test_p(Pointer s, SizeT i);

    /**
     * {@code gs_status gs_survival_write_km_csv(const gs_survival *s, char **out, size_t *len)}.
     * Writes the Kaplan-Meier rows as CSV (RFC 4180, UTF-8, CRLF): header {@code group,time,at_risk,events,censored,survival,se,lower,upper}, the included groups in order, numbers with up to 10 significant digits, undefined values empty. Byte-identical for identical input.
     *
     * @param s A finished analysis.
     * @param out The table, NUL-terminated (free with gs_free()).
     * @param len Its length; may be NULL.
     * @return GS_OK, GS_EINVAL, GS_ESTATE (not finished) or GS_ENOMEM.
     */
    int gs_survival_write_km_csv(Pointer s, PointerByReference out, SizeT.ByReference len);

    /**
     * {@code gs_status gs_survival_write_tests_csv(const gs_survival *s, char **out, size_t *len)}.
     * Writes the tests as CSV: header {@code test,chisq,df,p}, one row per test (none with fewer than two included groups).
     *
     * @param s A finished analysis.
     * @param out The table, NUL-terminated (free with gs_free()).
     * @param len Its length; may be NULL.
     * @return GS_OK, GS_EINVAL, GS_ESTATE or GS_ENOMEM.
     */
    int gs_survival_write_tests_csv(Pointer s, PointerByReference out, SizeT.ByReference len);

    /**
     * {@code gs_status gs_survival_write_summary_csv(const gs_survival *s, char **out, size_t *len)}.
     * Writes the per-group summary as CSV: header {@code group,n,events,median,lower,upper,left_out}.
     *
     * @param s A finished analysis.
     * @param out The table (free with gs_free()).
     * @param len Its length; may be NULL.
     * @return GS_OK, GS_EINVAL, GS_ESTATE or GS_ENOMEM
     */
    int gs_survival_write_summary_csv(Pointer s, PointerByReference out, SizeT.ByReference len);

    /**
     * {@code gs_status gs_survival_write_subjects_csv(const gs_survival *s, char **out, size_t *len)}.
     * Writes the subjects as CSV for other tools (e.g. R's {@code survival}): header {@code group,time,event}, one row per child of the included groups, ordered by group, time, events first.
     *
     * @param s A finished analysis.
     * @param out The table, NUL-terminated (free with gs_free()).
     * @param len Its length; may be NULL.
     * @return GS_OK, GS_EINVAL, GS_ESTATE or GS_ENOMEM.
     */
    int gs_survival_write_subjects_csv(Pointer s, PointerByReference out, SizeT.ByReference len);

    // ---- gs-indicators.h: process indicators ----

    /**
     * {@code const char *gs_indicator_id(gs_indicator indicator)}.
     * The id of an indicator, e.g. "jgz-8w-on-time".
     *
     * @param indicator A gs_indicator.
     * @return A static string, or NULL for an unknown code.
     */
    String gs_indicator_id(int indicator);

    /**
     * {@code const char *gs_indicator_description(gs_indicator indicator, gs_lang lang)}.
     * A one-line description of an indicator for people.
     *
     * @param indicator A gs_indicator.
     * @param lang GS_LANG_NL or GS_LANG_EN (anything else gives English).
     * @return A static string, or NULL for an unknown code.
     */
    String gs_indicator_description(int indicator, int lang);

    /**
     * {@code size_t gs_indicator_count(void)}.
     * The number of indicators per group (19).
     *
     * @return The count.
     */
    SizeT gs_indicator_count();

    /**
     * {@code void gs_indicators_options_init(gs_indicators_options *options)}.
     * Fills {@code options} with GS_INDICATORS_OPTIONS_INIT.
     *
     * @param options The struct; NULL does nothing.
     */
    void gs_indicators_options_init(IndicatorsOptions options);

    /**
     * {@code gs_status gs_indicators_new(gs_indicators **out, const gs_indicators_options *options, const gs_pack *pack, const gs_catalog *catalog)}.
     * Starts an indicator run.
     *
     * @param out The run (free with gs_indicators_free()); untouched on error.
     * @param options The options (copied).
     * @param pack The pack (schedule, decision tables); borrowed, must outlive the run.
     * @param catalog The catalogue (provinces, care gaps); borrowed, must outlive the run.
     * @return GS_OK; GS_EVERSION; GS_EINVAL (a missing or reversed period, an unknown grouping, k &lt; 1, a NULL pack or catalogue); GS_ENOMEM.
     */
    int gs_indicators_new(PointerByReference out, IndicatorsOptions options, Pointer pack, Pointer catalog);

    /**
     * {@code gs_status gs_indicators_add(gs_indicators *ind, const gs_family *family)}.
     * Adds one family.
     *
     * @param ind The run (not finished).
     * @param family A finished family; not kept.
     * @return GS_OK; GS_EINVAL; GS_ESTATE after finishing; GS_EEVAL when an assessment fails (a regional pack without a default rule); GS_ENOMEM. On error nothing of the family was added.
     */
    int gs_indicators_add(Pointer ind, Pointer family);

    /**
     * {@code gs_status gs_indicators_add_file(gs_indicators *ind, const char *path)}.
     * Adds every family of a dossier file, streaming it (flat memory).
     *
     * @param ind The run (not finished).
     * @param path The dossier file.
     * @return GS_OK; GS_EIO, GS_EPARSE (FILE:LINE:COLUMN), GS_EEVAL or GS_ENOMEM, and then nothing of the file was added; GS_EINVAL; GS_ESTATE.
     */
    int gs_indicators_add_file(Pointer ind, String path);

    /**
     * {@code gs_status gs_indicators_finish(gs_indicators *ind)}.
     * Computes the rows (Kaplan-Meier figures, care gaps, suppression).
     *
     * @param ind The run.
     * @return GS_OK; GS_ESTATE when already finished; GS_EINVAL; GS_ENOMEM (the run stays unfinished and can be finished again).
     */
    int gs_indicators_finish(Pointer ind);

    /**
     * {@code gs_status gs_indicators_compute(gs_indicators **out, const gs_family *const *families, size_t count, const gs_indicators_options *options, const gs_pack *pack, const gs_catalog *catalog)}.
     * Computes the indicators of an array of families in one call.
     *
     * @param out The finished run; untouched on error.
     * @param families Finished families.
     * @param count Their number.
     * @param options The options.
     * @param pack The pack (borrowed by the result).
     * @param catalog The catalogue (borrowed by the result).
     * @return As gs_indicators_new(), gs_indicators_add() and gs_indicators_finish().
     */
    int gs_indicators_compute(PointerByReference out, Pointer families, SizeT count, IndicatorsOptions options, Pointer pack, Pointer catalog);

    /**
     * {@code void gs_indicators_free(gs_indicators *ind)}.
     * Frees a run.
     *
     * @param ind The run, or NULL (does nothing).
     */
    void gs_indicators_free(Pointer ind);

    /**
     * {@code uint64_t gs_indicators_family_count(const gs_indicators *ind)}.
     * Families added so far.
     *
     * @param ind The run.
     * @return The count.
     */
    long gs_indicators_family_count(Pointer ind);

    /**
     * {@code size_t gs_indicators_row_count(const gs_indicators *ind)}.
     * Number of rows (groups x 19).
     *
     * @param ind The run.
     * @return The count; 0 before finishing.
     */
    SizeT gs_indicators_row_count(Pointer ind);

    /**
     * {@code const char *gs_indicators_row_group(const gs_indicators *ind, size_t i)}.
     * Group of row {@code i}.
     *
     * @param ind The run.
     * @param i Row.
     * @return Borrowed, or NULL.
     */
    String gs_indicators_row_group(Pointer ind, SizeT i);

    /**
     * {@code gs_indicator gs_indicators_row_indicator(const gs_indicators *ind, size_t i)}.
     * Indicator of row {@code i}.
     *
     * @param ind The run.
     * @param i Row.
     * @return The code, 0 out of range.
     */
    int gs_indicators_row_indicator(Pointer ind, SizeT i);

    /**
     * {@code int64_t gs_indicators_row_numerator(const gs_indicators *ind, size_t i)}.
     * Numerator (also when suppressed: check the flags before publishing).
     *
     * @param ind The run.
     * @param i Row.
     * @return The count, -1 out of range.
     */
    long gs_indicators_row_numerator(Pointer ind, SizeT i);

    /**
     * {@code int64_t gs_indicators_row_denominator(const gs_indicators *ind, size_t i)}.
     * Denominator.
     *
     * @param ind The run.
     * @param i Row.
     * @return The count; -1 without a denominator or out of range.
     */
    long gs_indicators_row_denominator(Pointer ind, SizeT i);

    /**
     * {@code double gs_indicators_row_value(const gs_indicators *ind, size_t i)}.
     * Value: the share, or the median in days.
     *
     * @param ind The run.
     * @param i Row.
     * @return The value; NaN without one.
     */
    double gs_indicators_row_value(Pointer ind, SizeT i);

    /**
     * {@code uint32_t gs_indicators_row_flags(const gs_indicators *ind, size_t i)}.
     * Flags of row {@code i} (GS_IND_*_SUPPRESSED, GS_IND_HAS_*).
     *
     * @param ind The run.
     * @param i Row.
     * @return The flags, 0 out of range.
     */
    int gs_indicators_row_flags(Pointer ind, SizeT i);

    /**
     * {@code gs_status gs_indicators_write_csv(const gs_indicators *ind, char **out, size_t *len)}.
     * Writes the rows as CSV (RFC 4180, UTF-8, CRLF): header {@code group,indicator,numerator,denominator,value,suppressed}; value with six decimals (the median as whole days), empty without a value; a suppressed figure is empty and {@code suppressed} is 1.
     *
     * @param ind A finished run.
     * @param out The table, NUL-terminated (free with gs_free()).
     * @param len Its length; may be NULL.
     * @return GS_OK, GS_EINVAL, GS_ESTATE (not finished) or GS_ENOMEM.
     */
    int gs_indicators_write_csv(Pointer ind, PointerByReference out, SizeT.ByReference len);

    /**
     * {@code gs_status gs_indicators_write_xml(const gs_indicators *ind, char **out, size_t *len)}.
     * Writes the rows as XML (namespace {@code urn:goedestart:indicators:1}, schema {@code data/schema/indicators.xsd}).
     *
     * @param ind A finished run.
     * @param out The document, NUL-terminated (free with gs_free()).
     * @param len Its length; may be NULL.
     * @return GS_OK, GS_EINVAL, GS_ESTATE or GS_ENOMEM.
     */
    int gs_indicators_write_xml(Pointer ind, PointerByReference out, SizeT.ByReference len);

    // ---- gs-export.h: pseudonym mapping and research export ----

    /**
     * {@code gs_status gs_mapping_new(gs_mapping **out)}.
     * Creates an empty mapping.
     *
     * @param out The mapping (free with gs_mapping_free()); untouched on error.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_mapping_new(PointerByReference out);

    /**
     * {@code gs_status gs_mapping_load_file(gs_mapping **out, const char *path)}.
     * Loads a mapping file.
     *
     * @param out The mapping; untouched on error.
     * @param path The file.
     * @return GS_OK; GS_EIO; GS_EPARSE (not a valid mapping: schema, a bad pseudonym, a shift outside -14..14, a duplicate family, child or pseudonym; FILE:LINE:COLUMN); GS_EINVAL; GS_ENOMEM.
     */
    int gs_mapping_load_file(PointerByReference out, String path);

    /**
     * {@code gs_status gs_mapping_load_memory(gs_mapping **out, const char *data, size_t len, const char *name)}.
     * Loads a mapping from memory (see gs_mapping_load_file()).
     *
     * @param out The mapping; untouched on error.
     * @param data The XML (need not be NUL-terminated); not kept.
     * @param len Its length.
     * @param name Name used in error messages, or NULL for "memory".
     * @return As gs_mapping_load_file(), without GS_EIO.
     */
    int gs_mapping_load_memory(PointerByReference out, byte[] data, SizeT len, String name);

    /**
     * {@code gs_status gs_mapping_save_memory(const gs_mapping *m, char **out, size_t *len)}.
     * Writes the mapping as XML in memory (families by id, children by id).
     *
     * @param m The mapping.
     * @param out The document, NUL-terminated (free with gs_free()).
     * @param len Its length; may be NULL.
     * @return GS_OK, GS_EINVAL or GS_ENOMEM.
     */
    int gs_mapping_save_memory(Pointer m, PointerByReference out, SizeT.ByReference len);

    /**
     * {@code gs_status gs_mapping_save_file(const gs_mapping *m, const char *path)}.
     * Saves the mapping to a file atomically (temporary file, fsync, rename; mode 0600). On failure the old file is untouched.
     *
     * @param m The mapping.
     * @param path The file.
     * @return GS_OK, GS_EINVAL, GS_EIO or GS_ENOMEM.
     */
    int gs_mapping_save_file(Pointer m, String path);

    /**
     * {@code void gs_mapping_free(gs_mapping *m)}.
     * Frees a mapping.
     *
     * @param m The mapping, or NULL (does nothing).
     */
    void gs_mapping_free(Pointer m);

    /**
     * {@code size_t gs_mapping_family_count(const gs_mapping *m)}.
     * Number of families.
     *
     * @param m The mapping.
     * @return The count; 0 for NULL.
     */
    SizeT gs_mapping_family_count(Pointer m);

    /**
     * {@code size_t gs_mapping_child_count(const gs_mapping *m)}.
     * Number of children over all families.
     *
     * @param m The mapping.
     * @return The count; 0 for NULL.
     */
    SizeT gs_mapping_child_count(Pointer m);

    /**
     * {@code const char *gs_mapping_family_pseudonym(const gs_mapping *m, const char *family_id)}.
     * The pseudonym of a family.
     *
     * @param m The mapping.
     * @param familyId The family id.
     * @return Borrowed (32 hex characters), or NULL when the family is not mapped.
     */
    String gs_mapping_family_pseudonym(Pointer m, String familyId);

    /**
     * {@code gs_status gs_mapping_family_shift(const gs_mapping *m, const char *family_id, int *out)}.
     * The date shift of a family.
     *
     * @param m The mapping.
     * @param familyId The family id.
     * @param out The shift in days, -14..14.
     * @return GS_OK, GS_ENOTFOUND or GS_EINVAL.
     */
    int gs_mapping_family_shift(Pointer m, String familyId, IntByReference out);

    /**
     * {@code const char *gs_mapping_child_pseudonym(const gs_mapping *m, const char *family_id, const char *child_id)}.
     * The pseudonym of a child.
     *
     * @param m The mapping.
     * @param familyId The family id.
     * @param childId The child id.
     * @return Borrowed, or NULL when not mapped.
     */
    String gs_mapping_child_pseudonym(Pointer m, String familyId, String childId);

    /**
     * {@code void gs_export_options_init(gs_export_options *options)}.
     * Fills {@code options} with GS_EXPORT_OPTIONS_INIT.
     *
     * @param options The struct; NULL does nothing.
     */
    void gs_export_options_init(ExportOptions options);

    /**
     * {@code gs_status gs_exporter_new(gs_exporter **out, const gs_export_options *options, gs_mapping *mapping, const gs_pack *pack)}.
     * Starts an export; the header (CSV) or the root start tag (XML) becomes pending.
     *
     * @param out The exporter (free with gs_exporter_free()); untouched on error.
     * @param options The options (copied).
     * @param mapping The mapping to use and extend; borrowed, must outlive the exporter.
     * @param pack The pack (phases, care need, needs); borrowed.
     * @return GS_OK, GS_EVERSION, GS_EINVAL or GS_ENOMEM.
     */
    int gs_exporter_new(PointerByReference out, ExportOptions options, Pointer mapping, Pointer pack);

    /**
     * {@code gs_status gs_exporter_add(gs_exporter *e, const gs_family *family)}.
     * Exports the rows of one family, extending the mapping with its new pseudonyms.
     *
     * @param e The exporter (not ended).
     * @param family A finished family; not kept.
     * @return GS_OK; GS_EINVAL; GS_ESTATE after gs_exporter_end(); GS_EEVAL; GS_EIO when the CSPRNG fails; GS_ENOMEM. On error neither the output nor the mapping changed.
     */
    int gs_exporter_add(Pointer e, Pointer family);

    /**
     * {@code gs_status gs_exporter_add_file(gs_exporter *e, const char *path)}.
     * Exports every family of a dossier file (streamed).
     *
     * @param e The exporter (not ended).
     * @param path The dossier file.
     * @return GS_OK; GS_EIO, GS_EPARSE, GS_EEVAL or GS_ENOMEM, and then neither the output nor the mapping changed; GS_EINVAL; GS_ESTATE.
     */
    int gs_exporter_add_file(Pointer e, String path);

    /**
     * {@code gs_status gs_exporter_end(gs_exporter *e)}.
     * Ends the output (the XML end tag becomes pending).
     *
     * @param e The exporter.
     * @return GS_OK, GS_EINVAL, GS_ESTATE (already ended) or GS_ENOMEM.
     */
    int gs_exporter_end(Pointer e);

    /**
     * {@code const char *gs_exporter_pending(const gs_exporter *e, size_t *len)}.
     * The bytes written and not yet cleared.
     *
     * @param e The exporter.
     * @param len Their number; may be NULL.
     * @return Borrowed, valid until the next call on the exporter (never NULL).
     */
    Pointer gs_exporter_pending(Pointer e, SizeT.ByReference len);

    /**
     * {@code void gs_exporter_clear(gs_exporter *e)}.
     * Drops the pending bytes (after the caller wrote them out).
     *
     * @param e The exporter.
     */
    void gs_exporter_clear(Pointer e);

    /**
     * {@code uint64_t gs_exporter_row_count(const gs_exporter *e)}.
     * Rows written so far.
     *
     * @param e The exporter.
     * @return The count.
     */
    long gs_exporter_row_count(Pointer e);

    /**
     * {@code void gs_exporter_free(gs_exporter *e)}.
     * Frees an exporter (the mapping stays with the caller).
     *
     * @param e The exporter, or NULL (does nothing).
     */
    void gs_exporter_free(Pointer e);

    /**
     * {@code gs_status gs_export_families(const gs_family *const *families, size_t count, const gs_export_options *options, gs_mapping *mapping, const gs_pack *pack, char **out, size_t *len)}.
     * Exports an array of families in one call.
     *
     * @param families Finished families.
     * @param count Their number.
     * @param options The options.
     * @param mapping The mapping to use and extend (unchanged on error).
     * @param pack The pack.
     * @param out The whole document, NUL-terminated (free with gs_free()).
     * @param len Its length; may be NULL.
     * @return As gs_exporter_new(), gs_exporter_add() and gs_exporter_end().
     */
    int gs_export_families(Pointer families, SizeT count, ExportOptions options, Pointer mapping, Pointer pack, PointerByReference out, SizeT.ByReference len);
}
