/*
 * libgoedestart Java binding - calendar dates.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.ptr.IntByReference;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Conversions between {@code gs_date} (days since 1970-01-01) and
 * {@link LocalDate}, and the date arithmetic of {@code gs-date.h}. Valid
 * dates run from 1900-01-01 to 2199-12-31. Every computation is done by
 * the C library (ages follow its 29 February rule).
 */
public final class Dates {
    /** The first valid date. */
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    /** The last valid date. */
    public static final LocalDate MAX = LocalDate.of(2199, 12, 31);
    /** The raw {@code GS_DATE_NONE} value: an absent optional date. */
    public static final int NONE = GsLibrary.GS_DATE_NONE;

    private static final GsLibrary LIB = GsLibrary.INSTANCE;
    private static final int MIN_VALUE = (int) MIN.toEpochDay();
    private static final int MAX_VALUE = (int) MAX.toEpochDay();

    private Dates() {
    }

    /**
     * The {@code gs_date} of a date.
     *
     * @param date a date from 1900-01-01 to 2199-12-31
     * @return days since 1970-01-01
     * @throws GoedestartException {@link Status#EINVAL} outside the range
     */
    public static int toGsDate(LocalDate date) {
        // A gs_date is by definition LocalDate's epoch day (days since
        // 1970-01-01, proleptic Gregorian): only dates outside the range go
        // to the library, for its error.
        if (date.isBefore(MIN) || date.isAfter(MAX)) {
            IntByReference out = new IntByReference();
            GoedestartException.check(LIB.gs_date_from_ymd(out, date.getYear(),
                    date.getMonthValue(), date.getDayOfMonth()));
            return out.getValue();
        }
        return (int) date.toEpochDay();
    }

    /**
     * The date of a valid {@code gs_date}.
     *
     * @param value days since 1970-01-01
     * @return the date
     * @throws GoedestartException {@link Status#EINVAL} for an invalid value
     */
    public static LocalDate fromGsDate(int value) {
        if (value >= MIN_VALUE && value <= MAX_VALUE) {
            return LocalDate.ofEpochDay(value);
        }
        IntByReference y = new IntByReference();
        IntByReference m = new IntByReference();
        IntByReference d = new IntByReference();
        GoedestartException.check(LIB.gs_date_to_ymd(value, y, m, d));
        return LocalDate.of(y.getValue(), m.getValue(), d.getValue());
    }

    /**
     * Like {@link #fromGsDate(int)}, but {@link #NONE} gives {@code null}.
     *
     * @param value days since 1970-01-01, or {@link #NONE}
     * @return the date, or {@code null}
     */
    public static LocalDate fromOptionalGsDate(int value) {
        return value == NONE ? null : fromGsDate(value);
    }

    /**
     * Parses exactly {@code YYYY-MM-DD}.
     *
     * @param text the text
     * @return the date
     * @throws GoedestartException {@link Status#EPARSE} with the reason
     */
    public static LocalDate parse(String text) {
        IntByReference out = new IntByReference();
        GoedestartException.check(LIB.gs_date_parse(out, text));
        return fromGsDate(out.getValue());
    }

    /**
     * Formats a date as {@code YYYY-MM-DD} (by the library).
     *
     * @param date a valid date
     * @return the text
     */
    public static String format(LocalDate date) {
        byte[] buf = new byte[GsLibrary.GS_DATE_BUFSIZE];
        GoedestartException.check(LIB.gs_date_format(toGsDate(date), buf, new SizeT(buf.length)));
        return new String(buf, 0, buf.length - 1, StandardCharsets.US_ASCII);
    }

    /**
     * A date plus a number of days.
     *
     * @param date a valid date
     * @param days days to add, may be negative
     * @return the new date
     * @throws GoedestartException {@link Status#EINVAL} outside the range
     */
    public static LocalDate addDays(LocalDate date, int days) {
        IntByReference out = new IntByReference();
        GoedestartException.check(LIB.gs_date_add_days(out, toGsDate(date), days));
        return fromGsDate(out.getValue());
    }

    /**
     * The anniversary of a date after a number of years; 29 February
     * becomes 1 March in a year without it.
     *
     * @param date a valid date
     * @param years whole years, may be negative
     * @return the anniversary
     */
    public static LocalDate addYears(LocalDate date, int years) {
        IntByReference out = new IntByReference();
        GoedestartException.check(LIB.gs_date_add_years(out, toGsDate(date), years));
        return fromGsDate(out.getValue());
    }

    /**
     * The number of days from one date to another.
     *
     * @param to a valid date
     * @param from a valid date
     * @return {@code to - from} in days
     */
    public static int diff(LocalDate to, LocalDate from) {
        return LIB.gs_date_diff(toGsDate(to), toGsDate(from));
    }

    /**
     * Age in completed years.
     *
     * @param born date of birth
     * @param asOf the as-of date
     * @return the age, negative when {@code asOf} is before {@code born}
     */
    public static int ageYears(LocalDate born, LocalDate asOf) {
        IntByReference out = new IntByReference();
        GoedestartException.check(LIB.gs_date_age_years(out, toGsDate(born), toGsDate(asOf)));
        return out.getValue();
    }

    /**
     * Age in completed calendar months (spec/model.md).
     *
     * @param born date of birth
     * @param asOf the as-of date
     * @return the age in months, negative when {@code asOf} is before {@code born}
     */
    public static int ageMonths(LocalDate born, LocalDate asOf) {
        IntByReference out = new IntByReference();
        GoedestartException.check(LIB.gs_date_age_months(out, toGsDate(born), toGsDate(asOf)));
        return out.getValue();
    }
}
