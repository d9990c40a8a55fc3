/*
 * libgoedestart Java binding - survival analysis (gs-survival.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time from birth to the first identification of a (risk for a)
 * social-emotional problem: Kaplan-Meier curves per group and the
 * log-rank, Tarone-Ware and Gehan-Breslow tests ({@code gs_survival},
 * spec/indicators.md "Survival analysis").
 *
 * <p>Add families (or a whole dossier file, streamed, or observations
 * from elsewhere), then {@link #finish()} and read the groups, curves and
 * tests, or write them as CSV. Memory stays flat whatever the number of
 * families. One thread at a time; close it when done.
 */
public final class Survival extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private Survival(Pointer pointer, NativeHandle... borrowed) {
        super(pointer, LIB::gs_survival_free, borrowed);
    }

    /**
     * Options of an analysis, starting from the library's defaults
     * ({@code gs_survival_options_init}). Not shared between threads.
     */
    public static final class Options {
        private final GsLibrary.SurvivalOptions c = new GsLibrary.SurvivalOptions();

        private Options(LocalDate asOf) {
            LIB.gs_survival_options_init(c);
            c.read();
            c.as_of = Interop.date(asOf, "asOf");
        }

        /**
         * The horizon (default 548 days, 18 months).
         *
         * @param days the horizon in days, at least 0
         * @return these options
         */
        public Options horizon(int days) {
            c.horizon = days;
            return this;
        }

        /**
         * The grouping (default {@link GroupBy#MUNICIPALITY}).
         *
         * @param groupBy the grouping ({@link GroupBy#LABEL} needs labels)
         * @return these options
         */
        public Options groupBy(GroupBy groupBy) {
            c.group_by = groupBy.code();
            return this;
        }

        /**
         * The smallest group in the curves and tests (default 5).
         *
         * @param children the minimum number of children, at least 0
         * @return these options
         */
        public Options minGroup(int children) {
            c.min_group = children;
            return this;
        }

        /**
         * The horizon set.
         *
         * @return days
         */
        public int horizon() {
            return c.horizon;
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
         * The minimum group size set.
         *
         * @return children
         */
        public int minGroup() {
            return c.min_group;
        }
    }

    /**
     * Options with the library's defaults.
     *
     * @param asOf the as-of date (required)
     * @return the options
     */
    public static Options options(LocalDate asOf) {
        return new Options(asOf);
    }

    /**
     * Starts an analysis ({@code gs_survival_new}).
     *
     * @param options the options (copied)
     * @param catalog a catalogue whose provinces are used with
     *        {@link GroupBy#PROVINCE}, or {@code null}; kept until this closes
     * @param labels the labels for {@link GroupBy#LABEL}, or {@code null};
     *        kept until this closes
     * @return the analysis
     * @throws GoedestartException {@link Status#EINVAL} for bad options or
     *         missing labels
     */
    public static Survival create(Options options, Catalog catalog, Labels labels) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_survival_new(out, options.c, catalog == null ? null : catalog.ptr(),
                labels == null ? null : labels.ptr()));
        List<NativeHandle> borrowed = new ArrayList<>();
        if (catalog != null) {
            borrowed.add(catalog);
        }
        if (labels != null) {
            borrowed.add(labels);
        }
        return new Survival(out.getValue(), borrowed.toArray(new NativeHandle[0]));
    }

    private Survival done(int status) {
        Interop.check(status);
        fence();
        return this;
    }

    /**
     * Adds the children of a family ({@code gs_survival_add}).
     *
     * @param family a family; not kept
     * @return this analysis
     * @throws GoedestartException {@link Status#ESTATE} after {@link #finish()}
     */
    public Survival add(Family family) {
        done(LIB.gs_survival_add(ptr(), family.ptr()));
        family.fence();
        return this;
    }

    /**
     * Adds every family of a dossier file, streaming it ({@code gs_survival_add_file}).
     *
     * @param dossier the dossier file
     * @return this analysis
     * @throws GoedestartException {@link Status#EIO} or {@link Status#EPARSE}
     *         (with the position of the bad family); then nothing was added
     */
    public Survival addFile(Path dossier) {
        return done(LIB.gs_survival_add_file(ptr(), dossier.toString()));
    }

    /**
     * Adds subjects from elsewhere ({@code gs_survival_add_observation}).
     *
     * @param group the group name
     * @param time the time in days, at least 0
     * @param event {@code true} for an event, {@code false} for censored
     * @param count the number of such subjects, at least 1
     * @return this analysis
     */
    public Survival addObservation(String group, int time, boolean event, long count) {
        return done(LIB.gs_survival_add_observation(ptr(), group, time, event ? 1 : 0, count));
    }

    /**
     * Computes the curves and tests ({@code gs_survival_finish}); nothing can
     * be added afterwards.
     *
     * @return this analysis
     * @throws GoedestartException {@link Status#ESTATE} when already finished
     */
    public Survival finish() {
        return done(LIB.gs_survival_finish(ptr()));
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /**
     * The groups in byte order of their names, with their curves (after
     * {@link #finish()}).
     *
     * @return an immutable list
     */
    public List<Group> groups() {
        Pointer s = ptr();
        int n = LIB.gs_survival_group_count(s).toIndex();
        List<Group> out = new ArrayList<>(n);
        for (int g = 0; g < n; g++) {
            SizeT sg = new SizeT(g);
            int nr = LIB.gs_survival_km_count(s, sg).toIndex();
            List<KmRow> rows = new ArrayList<>(nr);
            for (int r = 0; r < nr; r++) {
                SizeT sr = new SizeT(r);
                rows.add(new KmRow(LIB.gs_survival_km_time(s, sg, sr),
                        LIB.gs_survival_km_at_risk(s, sg, sr), LIB.gs_survival_km_events(s, sg, sr),
                        LIB.gs_survival_km_censored(s, sg, sr),
                        nan(LIB.gs_survival_km_survival(s, sg, sr)),
                        nan(LIB.gs_survival_km_se(s, sg, sr)),
                        nan(LIB.gs_survival_km_lower(s, sg, sr)),
                        nan(LIB.gs_survival_km_upper(s, sg, sr))));
            }
            int median = LIB.gs_survival_group_median(s, sg);
            out.add(new Group(LIB.gs_survival_group_name(s, sg),
                    LIB.gs_survival_group_subjects(s, sg), LIB.gs_survival_group_events(s, sg),
                    LIB.gs_survival_group_included(s, sg) != 0, median < 0 ? null : median,
                    Collections.unmodifiableList(rows)));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The tests over the included groups (none with fewer than two).
     *
     * @return an immutable list
     */
    public List<Test> tests() {
        Pointer s = ptr();
        int n = LIB.gs_survival_test_count(s).toIndex();
        List<Test> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new Test(SurvivalTest.of(LIB.gs_survival_test_kind(s, si)),
                    LIB.gs_survival_test_name(s, si), LIB.gs_survival_test_chisq(s, si),
                    LIB.gs_survival_test_df(s, si), LIB.gs_survival_test_p(s, si)));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The Kaplan-Meier rows as CSV ({@code gs_survival_write_km_csv}).
     *
     * @return the table
     * @throws GoedestartException {@link Status#ESTATE} before {@link #finish()}
     */
    public String kmCsv() {
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_survival_write_km_csv(ptr(), out, len));
        fence();
        return Interop.take(out, len.getValue());
    }

    /**
     * The tests as CSV ({@code gs_survival_write_tests_csv}).
     *
     * @return the table
     * @throws GoedestartException {@link Status#ESTATE} before {@link #finish()}
     */
    public String testsCsv() {
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_survival_write_tests_csv(ptr(), out, len));
        fence();
        return Interop.take(out, len.getValue());
    }

    /**
     * The per-group summary as CSV ({@code gs_survival_write_summary_csv}):
     * n, events, the median as R's survfit prints it and its 95% interval
     * from the log-log bands.
     *
     * @return the table {@code group,n,events,median,lower,upper,left_out}
     * @throws GoedestartException {@link Status#ESTATE} before {@link #finish()}
     */
    public String summaryCsv() {
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_survival_write_summary_csv(ptr(), out, len));
        fence();
        return Interop.take(out, len.getValue());
    }

    /**
     * The median of group {@code g} as R's survfit prints it and its 95%
     * limits ({@code gs_survival_summary_median}, {@code _lower},
     * {@code _upper}).
     *
     * @param g the group index
     * @return {median, lower, upper}, each NaN when not reached
     */
    public double[] summary(int g) {
        Pointer s = ptr();
        SizeT sg = new SizeT(g);
        double[] r = { LIB.gs_survival_summary_median(s, sg), LIB.gs_survival_summary_lower(s, sg),
                LIB.gs_survival_summary_upper(s, sg) };
        fence();
        return r;
    }

    /**
     * The subjects as CSV for other tools, e.g. R's {@code survival}
     * ({@code gs_survival_write_subjects_csv}).
     *
     * @return the table {@code group,time,event}
     * @throws GoedestartException {@link Status#ESTATE} before {@link #finish()}
     */
    public String subjectsCsv() {
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_survival_write_subjects_csv(ptr(), out, len));
        fence();
        return Interop.take(out, len.getValue());
    }

    /** A group of children with its Kaplan-Meier curve. Immutable. */
    public static final class Group extends Value {
        private final String name;
        private final long subjects;
        private final long events;
        private final boolean included;
        private final Integer median;
        private final List<KmRow> curve;

        Group(String name, long subjects, long events, boolean included, Integer median,
                List<KmRow> curve) {
            this.name = name;
            this.subjects = subjects;
            this.events = events;
            this.included = included;
            this.median = median;
            this.curve = curve;
        }

        /**
         * The group's name.
         *
         * @return e.g. {@code GM0114}, {@code DR}, {@code all} or a label
         */
        public String name() {
            return name;
        }

        /**
         * The children in the group.
         *
         * @return the count
         */
        public long subjects() {
            return subjects;
        }

        /**
         * The events in the group.
         *
         * @return the count
         */
        public long events() {
            return events;
        }

        /**
         * Whether the group is in the curves and tests (it has at least
         * the minimum number of children).
         *
         * @return {@code true} when included
         */
        public boolean included() {
            return included;
        }

        /**
         * The Kaplan-Meier median time.
         *
         * @return days, or {@code null} when the survival never reaches 0.5
         *         or the group is left out
         */
        public Integer median() {
            return median;
        }

        /**
         * The Kaplan-Meier rows, one per distinct event time.
         *
         * @return an immutable list (empty for a left-out group)
         */
        public List<KmRow> curve() {
            return curve;
        }

        @Override
        Object[] fields() {
            return new Object[] {name, subjects, events, included, median, curve};
        }
    }

    /** One row of a Kaplan-Meier curve. Immutable. */
    public static final class KmRow extends Value {
        private final int time;
        private final long atRisk;
        private final long events;
        private final long censored;
        private final Double survival;
        private final Double se;
        private final Double lower;
        private final Double upper;

        KmRow(int time, long atRisk, long events, long censored, Double survival, Double se,
                Double lower, Double upper) {
            this.time = time;
            this.atRisk = atRisk;
            this.events = events;
            this.censored = censored;
            this.survival = survival;
            this.se = se;
            this.lower = lower;
            this.upper = upper;
        }

        /**
         * The time.
         *
         * @return days
         */
        public int time() {
            return time;
        }

        /**
         * The number at risk (time at least t).
         *
         * @return the count
         */
        public long atRisk() {
            return atRisk;
        }

        /**
         * The events at t.
         *
         * @return the count
         */
        public long events() {
            return events;
        }

        /**
         * The censorings at t.
         *
         * @return the count
         */
        public long censored() {
            return censored;
        }

        /**
         * The survival estimate just after t.
         *
         * @return the estimate, or {@code null} when undefined
         */
        public Double survival() {
            return survival;
        }

        /**
         * The Greenwood standard error.
         *
         * @return the error, or {@code null} when undefined
         */
        public Double se() {
            return se;
        }

        /**
         * The lower 95% bound (log-log).
         *
         * @return the bound, or {@code null} when undefined
         */
        public Double lower() {
            return lower;
        }

        /**
         * The upper 95% bound (log-log).
         *
         * @return the bound, or {@code null} when undefined
         */
        public Double upper() {
            return upper;
        }

        @Override
        Object[] fields() {
            return new Object[] {time, atRisk, events, censored, survival, se, lower, upper};
        }
    }

    /** A comparison of the curves. Immutable. */
    public static final class Test extends Value {
        private final SurvivalTest kind;
        private final String name;
        private final double chisq;
        private final int df;
        private final double p;

        Test(SurvivalTest kind, String name, double chisq, int df, double p) {
            this.kind = kind;
            this.name = name;
            this.chisq = chisq;
            this.df = df;
            this.p = p;
        }

        /**
         * The kind of test.
         *
         * @return the test
         */
        public SurvivalTest kind() {
            return kind;
        }

        /**
         * The test's name.
         *
         * @return {@code log-rank}, {@code tarone-ware} or {@code gehan-breslow}
         */
        public String name() {
            return name;
        }

        /**
         * The chi-square statistic.
         *
         * @return the statistic
         */
        public double chisq() {
            return chisq;
        }

        /**
         * The degrees of freedom.
         *
         * @return groups - 1
         */
        public int df() {
            return df;
        }

        /**
         * The p-value.
         *
         * @return p
         */
        public double p() {
            return p;
        }

        @Override
        Object[] fields() {
            return new Object[] {kind, name, chisq, df, p};
        }
    }
}
