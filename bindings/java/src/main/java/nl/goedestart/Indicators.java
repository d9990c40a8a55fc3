/*
 * libgoedestart Java binding - process indicators (gs-indicators.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The process indicators of spec/indicators.md over a set of families and
 * a period, per municipality, province or overall, with small-cell
 * suppression ({@code gs_indicators}).
 *
 * <p>Add families one at a time or stream a dossier file (only counters
 * are kept, so memory stays flat), then {@link #finish()} and read the
 * rows or write them as CSV or XML; or do it all in one call with
 * {@link #compute}. Suppression is on (publication mode) unless switched
 * off in the options. One thread at a time; the pack and catalogue may be
 * shared and are kept until this closes.
 */
public final class Indicators extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    /** {@code GS_IND_NUMERATOR_SUPPRESSED}. */
    static final int NUMERATOR_SUPPRESSED = 1;
    /** {@code GS_IND_DENOMINATOR_SUPPRESSED}. */
    static final int DENOMINATOR_SUPPRESSED = 2;
    /** {@code GS_IND_VALUE_SUPPRESSED}. */
    static final int VALUE_SUPPRESSED = 4;
    /** {@code GS_IND_HAS_DENOMINATOR}. */
    static final int HAS_DENOMINATOR = 8;
    /** {@code GS_IND_HAS_VALUE}. */
    static final int HAS_VALUE = 16;

    private Indicators(Pointer pointer, Pack pack, Catalog catalog) {
        super(pointer, LIB::gs_indicators_free, pack, catalog);
    }

    /**
     * Options of a run, starting from the library's defaults
     * ({@code gs_indicators_options_init}). Not shared between threads.
     */
    public static final class Options {
        private final GsLibrary.IndicatorsOptions c = new GsLibrary.IndicatorsOptions();

        private Options(LocalDate from, LocalDate to) {
            LIB.gs_indicators_options_init(c);
            c.read();
            c.from = Interop.date(from, "from");
            c.to = Interop.date(to, "to");
        }

        /**
         * The grouping (default {@link GroupBy#MUNICIPALITY}).
         *
         * @param groupBy {@link GroupBy#MUNICIPALITY}, {@link GroupBy#PROVINCE}
         *        or {@link GroupBy#NONE}
         * @return these options
         */
        public Options groupBy(GroupBy groupBy) {
            c.group_by = groupBy.code();
            return this;
        }

        /**
         * The small-cell threshold k (default 5).
         *
         * @param k at least 1
         * @return these options
         */
        public Options suppressK(int k) {
            c.suppress_k = k;
            return this;
        }

        /**
         * Switches small-cell suppression on (the default, publication
         * mode) or off.
         *
         * @param on {@code false} to switch it off
         * @return these options
         */
        public Options suppress(boolean on) {
            c.no_suppress = on ? 0 : 1;
            return this;
        }

        /**
         * The grouping set.
         *
         * @return the grouping
         */
        public GroupBy groupBy() {
            return GroupBy.of(c.group_by);
        }

        /**
         * The threshold set.
         *
         * @return k
         */
        public int suppressK() {
            return c.suppress_k;
        }

        /**
         * Whether suppression is on.
         *
         * @return {@code true} in publication mode
         */
        public boolean suppress() {
            return c.no_suppress == 0;
        }
    }

    /**
     * Options with the library's defaults.
     *
     * @param from the first day of the period
     * @param to the last day of the period (at least {@code from})
     * @return the options
     */
    public static Options options(LocalDate from, LocalDate to) {
        return new Options(from, to);
    }

    /**
     * The number of indicators per group ({@code gs_indicator_count}).
     *
     * @return 19
     */
    public static int indicatorCount() {
        return LIB.gs_indicator_count().toIndex();
    }

    /**
     * Starts a run ({@code gs_indicators_new}).
     *
     * @param options the options (copied)
     * @param pack the pack; kept until this closes
     * @param catalog the catalogue (provinces, care gaps); kept until this closes
     * @return the run
     * @throws GoedestartException {@link Status#EINVAL} for a missing or
     *         reversed period, a bad grouping or k
     */
    public static Indicators create(Options options, Pack pack, Catalog catalog) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_indicators_new(out, options.c, pack.ptr(), catalog.ptr()));
        return new Indicators(out.getValue(), pack, catalog);
    }

    /**
     * Computes the indicators of families in one call ({@code gs_indicators_compute}).
     *
     * @param families the families
     * @param options the options
     * @param pack the pack
     * @param catalog the catalogue
     * @return the finished run
     */
    public static Indicators compute(List<Family> families, Options options, Pack pack,
            Catalog catalog) {
        Memory array = Interop.pointers(families);
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_indicators_compute(out, array, new SizeT(families.size()), options.c,
                pack.ptr(), catalog.ptr()));
        Reference.reachabilityFence(array);
        families.forEach(NativeHandle::fence);
        return new Indicators(out.getValue(), pack, catalog);
    }

    private Indicators done(int status) {
        Interop.check(status);
        fence();
        return this;
    }

    /**
     * Adds one family ({@code gs_indicators_add}).
     *
     * @param family a family; not kept
     * @return this run
     * @throws GoedestartException {@link Status#ESTATE} after {@link #finish()}
     */
    public Indicators add(Family family) {
        done(LIB.gs_indicators_add(ptr(), family.ptr()));
        family.fence();
        return this;
    }

    /**
     * Adds every family of a dossier file, streaming it ({@code gs_indicators_add_file}).
     *
     * @param dossier the dossier file
     * @return this run
     * @throws GoedestartException {@link Status#EIO} or {@link Status#EPARSE}
     *         (with the position); then nothing of the file was added
     */
    public Indicators addFile(Path dossier) {
        return done(LIB.gs_indicators_add_file(ptr(), dossier.toString()));
    }

    /**
     * Computes the rows ({@code gs_indicators_finish}).
     *
     * @return this run
     * @throws GoedestartException {@link Status#ESTATE} when already finished
     */
    public Indicators finish() {
        return done(LIB.gs_indicators_finish(ptr()));
    }

    /**
     * The families added so far ({@code gs_indicators_family_count}).
     *
     * @return the count
     */
    public long familyCount() {
        long n = LIB.gs_indicators_family_count(ptr());
        fence();
        return n;
    }

    /**
     * The rows, by group (byte order, {@code all} last), then indicator
     * (empty before {@link #finish()}).
     *
     * @return an immutable list
     */
    public List<Row> rows() {
        Pointer ind = ptr();
        int n = LIB.gs_indicators_row_count(ind).toIndex();
        List<Row> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            int flags = LIB.gs_indicators_row_flags(ind, si);
            long den = LIB.gs_indicators_row_denominator(ind, si);
            double value = LIB.gs_indicators_row_value(ind, si);
            out.add(new Row(LIB.gs_indicators_row_group(ind, si),
                    Indicator.of(LIB.gs_indicators_row_indicator(ind, si)),
                    LIB.gs_indicators_row_numerator(ind, si),
                    (flags & HAS_DENOMINATOR) != 0 ? Long.valueOf(den) : null,
                    Double.isNaN(value) ? null : value, flags));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The rows as CSV ({@code gs_indicators_write_csv}); suppressed figures
     * are empty.
     *
     * @return the table
     * @throws GoedestartException {@link Status#ESTATE} before {@link #finish()}
     */
    public String toCsv() {
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_indicators_write_csv(ptr(), out, len));
        fence();
        return Interop.take(out, len.getValue());
    }

    /**
     * The rows as XML (namespace {@code urn:goedestart:indicators:1};
     * {@code gs_indicators_write_xml}).
     *
     * @return the document
     * @throws GoedestartException {@link Status#ESTATE} before {@link #finish()}
     */
    public String toXml() {
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_indicators_write_xml(ptr(), out, len));
        fence();
        return Interop.take(out, len.getValue());
    }

    /**
     * One row: an indicator of a group. The counts are given also when
     * suppressed: check the flags before publishing. Immutable.
     */
    public static final class Row extends Value {
        private final String group;
        private final Indicator indicator;
        private final long numerator;
        private final Long denominator;
        private final Double value;
        private final int flags;

        Row(String group, Indicator indicator, long numerator, Long denominator, Double value,
                int flags) {
            this.group = group;
            this.indicator = indicator;
            this.numerator = numerator;
            this.denominator = denominator;
            this.value = value;
            this.flags = flags;
        }

        /**
         * The group.
         *
         * @return a municipality code, a province token, {@code unknown} or {@code all}
         */
        public String group() {
            return group;
        }

        /**
         * The indicator.
         *
         * @return the indicator
         */
        public Indicator indicator() {
            return indicator;
        }

        /**
         * The numerator (also when suppressed).
         *
         * @return the count
         */
        public long numerator() {
            return numerator;
        }

        /**
         * The denominator.
         *
         * @return the count, or {@code null} for an indicator without one
         */
        public Long denominator() {
            return denominator;
        }

        /**
         * The value: the share, or the median in days.
         *
         * @return the value, or {@code null} without one
         */
        public Double value() {
            return value;
        }

        /**
         * Whether the numerator is suppressed.
         *
         * @return {@code true} when it is
         */
        public boolean numeratorSuppressed() {
            return (flags & NUMERATOR_SUPPRESSED) != 0;
        }

        /**
         * Whether the denominator is suppressed.
         *
         * @return {@code true} when it is
         */
        public boolean denominatorSuppressed() {
            return (flags & DENOMINATOR_SUPPRESSED) != 0;
        }

        /**
         * Whether the value is suppressed.
         *
         * @return {@code true} when it is
         */
        public boolean valueSuppressed() {
            return (flags & VALUE_SUPPRESSED) != 0;
        }

        /**
         * The raw flags ({@code gs_indicators_row_flags}).
         *
         * @return {@code GS_IND_*} bits
         */
        public int flags() {
            return flags;
        }

        @Override
        Object[] fields() {
            return new Object[] {group, indicator, numerator, denominator, value, flags};
        }
    }
}
