/*
 * libgoedestart Java binding - the JNA declarations of the C API.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
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
 * <p>Prefer the wrapping classes ({@link Goedestart}, {@link Dates}); this
 * interface is public for functions not wrapped yet.
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
}
