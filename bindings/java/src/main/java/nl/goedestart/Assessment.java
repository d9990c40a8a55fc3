/*
 * libgoedestart Java binding - the assessment of one family (gs-assess.h).
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
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The assessment of one family at an as-of date ({@code gs_assessment},
 * gs-assess.h): the life phases, the listed schedule instances, every fact,
 * the proposed care need with the rules that fired as reasons, the needs
 * with start level, routes and gaps, plan advice and the Positive Health
 * conversation start. Nothing is hidden: every proposal comes with its
 * reasons.
 *
 * <p>Same family, pack, catalogue and date give the same result and
 * byte-identical XML in C, Python and Java. The accessors return
 * immutable values read from the C result.
 *
 * <p><b>Lifetimes and threads.</b> An assessment borrows its family, pack
 * and catalogue (it keeps Java references to them; using it after one was
 * closed throws {@link IllegalStateException}). It is used by one thread
 * at a time; many threads may each assess their own families with their
 * own assessments against one shared pack and catalogue. Close it when
 * done; {@link #assess} refills it, reusing its buffers.
 */
public final class Assessment extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private Family family;
    private Pack pack;
    private Catalog catalog;

    private Assessment(Pointer pointer) {
        super(pointer, LIB::gs_assessment_free);
    }

    private Assessment(Pointer pointer, Family family, Pack pack, Catalog catalog) {
        super(pointer, null, borrowed(family, pack, catalog));
        this.family = family;
        this.pack = pack;
        this.catalog = catalog;
    }

    private static NativeHandle[] borrowed(Family family, Pack pack, Catalog catalog) {
        List<NativeHandle> out = new ArrayList<>(3);
        for (NativeHandle h : new NativeHandle[] {family, pack, catalog}) {
            if (h != null) {
                out.add(h);
            }
        }
        return out.toArray(new NativeHandle[0]);
    }

    /**
     * Assesses a family ({@code gs_assess}).
     *
     * @param family the family
     * @param asOf the as-of date: everything dated after it has not happened yet
     * @param pack the pack (parameters, schedule, decision tables)
     * @param catalog the care-path catalogue for routing, or {@code null}
     *        (then needs carry no routes or gaps and plan offers are not checked)
     * @return the assessment, owned by the caller
     * @throws GoedestartException {@link Status#EEVAL} when a decision table
     *         gives no result, naming the table
     */
    public static Assessment of(Family family, LocalDate asOf, Pack pack, Catalog catalog) {
        int date = Interop.date(asOf, "asOf");
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_assess(out, family.ptr(), date, pack.ptr(),
                catalog == null ? null : catalog.ptr()));
        Assessment a = new Assessment(out.getValue());
        a.use(family, pack, catalog);
        return a;
    }

    /**
     * An empty assessment to assess into with {@link #assess}
     * ({@code gs_assessment_new}).
     *
     * @return the assessment, without a result
     */
    public static Assessment create() {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_assessment_new(out));
        return new Assessment(out.getValue());
    }

    private void use(Family f, Pack p, Catalog c) {
        this.family = f;
        this.pack = p;
        this.catalog = c;
        borrow(f == null ? null : borrowed(f, p, c));
        fence();
        if (f != null) {
            f.fence();
            p.fence();
        }
        if (c != null) {
            c.fence();
        }
    }

    /**
     * Assesses a family into this assessment, replacing the previous result
     * and reusing the buffers ({@code gs_assess_into}). On error the
     * assessment holds no result but stays usable.
     *
     * @param family the family
     * @param asOf the as-of date
     * @param pack the pack
     * @param catalog the catalogue, or {@code null}
     * @return this assessment
     * @throws GoedestartException as {@link #of}
     */
    public Assessment assess(Family family, LocalDate asOf, Pack pack, Catalog catalog) {
        int date = Interop.date(asOf, "asOf");
        Pointer f = family.ptr();
        Pointer p = pack.ptr();
        Pointer c = catalog == null ? null : catalog.ptr();
        // Refilling needs no check of what the previous result borrowed.
        borrow((NativeHandle[]) null);
        int st = LIB.gs_assess_into(ptr(), f, date, p, c);
        if (st != Status.OK.code()) {
            GoedestartException e = GoedestartException.fromLastError(st);
            use(null, null, null);
            throw e;
        }
        use(family, pack, catalog);
        return this;
    }

    /**
     * Receives each assessment of {@link #assessMany}.
     */
    @FunctionalInterface
    public interface Visitor {
        /**
         * One result.
         *
         * @param index the index of the family in the list
         * @param assessment its assessment, valid only during the call (copy
         *        what you need; do not keep it)
         * @return {@code true} to go on, {@code false} to stop
         */
        boolean visit(int index, Assessment assessment);
    }

    /**
     * Assesses many families in C with one reused assessment, the batch path
     * ({@code gs_assess_many}): nothing is allocated per family in steady
     * state. An exception thrown by the visitor stops the run and is
     * rethrown.
     *
     * @param families the families
     * @param asOf the as-of date
     * @param pack the pack
     * @param catalog the catalogue, or {@code null}
     * @param visitor called with each result in order, or {@code null} to
     *        only check that every family can be assessed
     * @throws GoedestartException the first error (its message names the family)
     */
    public static void assessMany(List<Family> families, LocalDate asOf, Pack pack,
            Catalog catalog, Visitor visitor) {
        int date = Interop.date(asOf, "asOf");
        Memory array = Interop.pointers(families);
        RuntimeException[] thrown = new RuntimeException[1];
        GsLibrary.AssessCallback cb = visitor == null ? null : (user, index, result) -> {
            int i = index.toIndex();
            Assessment view = new Assessment(result, families.get(i), pack, catalog);
            try {
                return visitor.visit(i, view) ? 0 : 1;
            } catch (RuntimeException e) {
                thrown[0] = e;
                return 1;
            } finally {
                view.close();
            }
        };
        int st = LIB.gs_assess_many(array, new SizeT(families.size()), date, pack.ptr(),
                catalog == null ? null : catalog.ptr(), cb, null);
        if (thrown[0] != null) {
            throw thrown[0];
        }
        Interop.check(st);
        families.forEach(NativeHandle::fence);
        pack.fence();
        if (catalog != null) {
            catalog.fence();
        }
        Reference.reachabilityFence(cb);
        Reference.reachabilityFence(array);
    }

    /**
     * Streams a dossier file and assesses each family as it is read, in C
     * with one reused assessment ({@code gs_assess_file}): the batch path for
     * files of any size, in flat memory. The visitor's assessment and its
     * {@link #family()} are valid only during the call. An exception thrown
     * by the visitor stops the run and is rethrown.
     *
     * @param dossier the dossier file
     * @param asOf the as-of date
     * @param pack the pack
     * @param catalog the catalogue, or {@code null}
     * @param visitor called with each result in file order (index from 0),
     *        or {@code null} to only check the file
     * @throws GoedestartException {@link Status#EPARSE} or {@link Status#EIO}
     *         with the file position of a bad family, or the first
     *         assessment error
     */
    public static void assessFile(Path dossier, LocalDate asOf, Pack pack, Catalog catalog,
            Visitor visitor) {
        int date = Interop.date(asOf, "asOf");
        RuntimeException[] thrown = new RuntimeException[1];
        GsLibrary.AssessCallback cb = visitor == null ? null : (user, index, result) -> {
            Assessment view = new Assessment(result, null, pack, catalog);
            view.family = Family.borrowed(LIB.gs_assessment_family(result), view);
            try {
                return visitor.visit(index.toIndex(), view) ? 0 : 1;
            } catch (RuntimeException e) {
                thrown[0] = e;
                return 1;
            } finally {
                view.close();
            }
        };
        int st = LIB.gs_assess_file(dossier.toString(), date, pack.ptr(),
                catalog == null ? null : catalog.ptr(), cb, null);
        if (thrown[0] != null) {
            throw thrown[0];
        }
        Interop.check(st);
        pack.fence();
        if (catalog != null) {
            catalog.fence();
        }
        Reference.reachabilityFence(cb);
    }

    /**
     * Whether the assessment holds a result (it has none after
     * {@link #create()} or a failed {@link #assess}).
     *
     * @return {@code true} with a result
     */
    public boolean hasResult() {
        return family != null && family() != null;
    }

    /**
     * The family assessed ({@code gs_assessment_family}).
     *
     * @return the family, or {@code null} without a result
     */
    public Family family() {
        Pointer p = LIB.gs_assessment_family(ptr());
        fence();
        return p == null ? null : family;
    }

    /**
     * The pack used.
     *
     * @return the pack, or {@code null} without a result
     */
    public Pack pack() {
        return pack;
    }

    /**
     * The catalogue used.
     *
     * @return the catalogue, or {@code null} when none was given
     */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * The as-of date ({@code gs_assessment_as_of}).
     *
     * @return the date, or {@code null} without a result
     */
    public LocalDate asOf() {
        int d = LIB.gs_assessment_as_of(ptr());
        fence();
        return Interop.date(d);
    }

    /**
     * The life phases, ordered by phase code, then subject position.
     *
     * @return the phases
     */
    public Phases phases() {
        Pointer p = ptr();
        int n = LIB.gs_assessment_phase_count(p).toIndex();
        List<Phases.Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            entries.add(new Phases.Entry(Phase.of(LIB.gs_assessment_phase_code(p, si)),
                    LIB.gs_assessment_phase_subject(p, si),
                    Interop.date(LIB.gs_assessment_phase_from(p, si)),
                    Interop.date(LIB.gs_assessment_phase_until(p, si))));
        }
        Phases out = new Phases(entries, LIB.gs_assessment_first_1000_days(p) != 0,
                LIB.gs_assessment_in_programme(p) != 0);
        fence();
        return out;
    }

    /**
     * Whether the family is in its first 1000 days.
     *
     * @return {@code true} when it is
     */
    public boolean first1000Days() {
        boolean b = LIB.gs_assessment_first_1000_days(ptr()) != 0;
        fence();
        return b;
    }

    /**
     * Whether the family is in the programme (has an active phase).
     *
     * @return {@code true} when it is
     */
    public boolean inProgramme() {
        boolean b = LIB.gs_assessment_in_programme(ptr()) != 0;
        fence();
        return b;
    }

    /**
     * The listed schedule instances with their status (schedule.md).
     *
     * @return an immutable list
     */
    public List<ScheduledMoment> schedule() {
        Pointer p = ptr();
        int n = LIB.gs_assessment_moment_count(p).toIndex();
        List<ScheduledMoment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new ScheduledMoment(LIB.gs_assessment_moment_id(p, si),
                    Texts.of(lang -> LIB.gs_assessment_moment_label(p, si, lang)),
                    Phase.of(LIB.gs_assessment_moment_phase(p, si)),
                    LIB.gs_assessment_moment_subject(p, si),
                    LIB.gs_assessment_moment_trigger(p, si),
                    Interop.date(LIB.gs_assessment_moment_open(p, si)),
                    Interop.date(LIB.gs_assessment_moment_due(p, si)),
                    Interop.date(LIB.gs_assessment_moment_overdue(p, si)),
                    Interop.date(LIB.gs_assessment_moment_close(p, si)),
                    MomentStatus.of(LIB.gs_assessment_moment_status(p, si)),
                    Interop.date(LIB.gs_assessment_moment_done(p, si))));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * Every fact, in the order of the facts table of decisions.md.
     *
     * @return an immutable list (empty without a result)
     */
    public List<Fact> facts() {
        Pointer p = ptr();
        int n = LIB.gs_assessment_fact_count(p).toIndex();
        List<Fact> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new Fact(LIB.gs_assessment_fact_name(p, si),
                    ValueType.of(LIB.gs_assessment_fact_type(p, si)),
                    LIB.gs_assessment_fact_int(p, si), LIB.gs_assessment_fact_value(p, si)));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * One fact by name.
     *
     * @param name e.g. {@code dmop_not_good}
     * @return the fact, or empty for an unknown name
     */
    public Optional<Fact> fact(String name) {
        for (Fact f : facts()) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The proposed care need ({@code gs_assessment_care_need}).
     *
     * @return the care need, or {@code null} without a result
     */
    public CareNeed careNeed() {
        int c = LIB.gs_assessment_care_need(ptr());
        fence();
        return CareNeed.of(c);
    }

    /**
     * The reasons of the proposed care need: the rules that fired, in table order.
     *
     * @return an immutable list
     */
    public List<Reason> reasons() {
        Pointer p = ptr();
        int n = LIB.gs_assessment_reason_count(p).toIndex();
        List<Reason> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new Reason(LIB.gs_assessment_reason_rule(p, si),
                    LIB.gs_assessment_reason_table(p, si),
                    Texts.of(lang -> LIB.gs_assessment_reason_text(p, si, lang))));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    private List<Route> routes(Pointer p, int count, IntFunction<SizeT> offer,
            IntUnaryOperator fallback, IntUnaryOperator check) {
        List<Route> out = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            SizeT so = offer.apply(r);
            out.add(new Route(so.toIndex(), LIB.gs_assessment_offer_id(p, so),
                    Texts.of(lang -> LIB.gs_assessment_offer_name(p, so, lang)),
                    LIB.gs_assessment_offer_provider(p, so),
                    Level.of(LIB.gs_assessment_offer_level(p, so)),
                    LIB.gs_assessment_offer_scope(p, so),
                    LIB.gs_assessment_offer_indication(p, so) != 0,
                    fallback.applyAsInt(r) != 0, RouteCheck.of(check.applyAsInt(r))));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The needs, by severity (highest first), then topic code.
     *
     * @return an immutable list
     */
    public List<Need> needs() {
        Pointer p = ptr();
        int n = LIB.gs_assessment_need_count(p).toIndex();
        List<Need> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            int nr = LIB.gs_assessment_need_route_count(p, si).toIndex();
            out.add(new Need(Topic.of(LIB.gs_assessment_need_topic(p, si)),
                    LIB.gs_assessment_need_severity(p, si),
                    Level.of(LIB.gs_assessment_need_level(p, si)),
                    LIB.gs_assessment_need_level_rule(p, si),
                    Texts.of(lang -> LIB.gs_assessment_need_level_text(p, si, lang)),
                    LIB.gs_assessment_need_new_goal(p, si) != 0,
                    routes(p, nr, r -> LIB.gs_assessment_need_route_offer(p, si, new SizeT(r)),
                            r -> LIB.gs_assessment_need_route_fallback(p, si, new SizeT(r)),
                            r -> LIB.gs_assessment_need_route_check(p, si, new SizeT(r))),
                    LevelGap.of(LIB.gs_assessment_need_gap_from(p, si),
                            LIB.gs_assessment_need_gap_to(p, si))));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The plan advice (plan.md, in its order).
     *
     * @return an immutable list
     */
    public List<Advice> advice() {
        Pointer p = ptr();
        int n = LIB.gs_assessment_advice_count(p).toIndex();
        List<Advice> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            int nr = LIB.gs_assessment_advice_route_count(p, si).toIndex();
            out.add(new Advice(AdviceKind.of(LIB.gs_assessment_advice_kind(p, si)),
                    LIB.gs_assessment_advice_goal(p, si),
                    LIB.gs_assessment_advice_action(p, si),
                    LIB.gs_assessment_advice_offer(p, si),
                    OfferProblem.of(LIB.gs_assessment_advice_problem(p, si)),
                    ReviewOutcome.of(LIB.gs_assessment_advice_review(p, si)),
                    Move.of(LIB.gs_assessment_advice_move(p, si)),
                    Level.of(LIB.gs_assessment_advice_level(p, si)),
                    LIB.gs_assessment_advice_rule(p, si),
                    Texts.of(lang -> LIB.gs_assessment_advice_rule_text(p, si, lang)),
                    Interop.date(LIB.gs_assessment_advice_since(p, si)),
                    Interop.date(LIB.gs_assessment_advice_date(p, si)),
                    CareNeed.of(LIB.gs_assessment_advice_agreed(p, si)),
                    CareNeed.of(LIB.gs_assessment_advice_proposed_now(p, si)),
                    routes(p, nr, r -> LIB.gs_assessment_advice_route_offer(p, si, new SizeT(r)),
                            r -> LIB.gs_assessment_advice_route_fallback(p, si, new SizeT(r)),
                            r -> LIB.gs_assessment_advice_route_check(p, si, new SizeT(r))),
                    LevelGap.of(LIB.gs_assessment_advice_gap_from(p, si),
                            LIB.gs_assessment_advice_gap_to(p, si)),
                    LIB.gs_assessment_advice_step(p, si),
                    Safety.of(LIB.gs_assessment_advice_safety(p, si)),
                    LIB.gs_assessment_advice_concerns(p, si),
                    LIB.gs_assessment_advice_priorities(p, si),
                    Texts.of(lang -> LIB.gs_assessment_advice_text(p, si, lang))));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The suggested conversation start: the lowest-scoring current Positive
     * Health dimension (ties: lowest code).
     *
     * @return the dimension, or {@code null} when no score is current
     */
    public PhDimension conversationStart() {
        int d = LIB.gs_assessment_conversation_start(ptr());
        fence();
        return PhDimension.of(d);
    }

    /**
     * The notes: what the assessment did not count (formats.md "Notes").
     * First the municipality note (at most one), then per contact in
     * contact order its unknown-moment, screening-unassigned and expired
     * notes. Notes enter no decision.
     *
     * @return an immutable list
     */
    public List<Note> notes() {
        Pointer p = ptr();
        int n = LIB.gs_assessment_note_count(p).toIndex();
        List<Note> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new Note(NoteKind.of(LIB.gs_assessment_note_kind(p, si)),
                    Interop.date(LIB.gs_assessment_note_date(p, si)),
                    LIB.gs_assessment_note_contact(p, si),
                    FindingKind.of(LIB.gs_assessment_note_finding(p, si)),
                    LIB.gs_assessment_note_item(p, si),
                    LIB.gs_assessment_note_caregiver(p, si),
                    LIB.gs_assessment_note_moment(p, si),
                    LIB.gs_assessment_note_municipality(p, si),
                    LIB.gs_assessment_note_successor(p, si),
                    Texts.of(lang -> LIB.gs_assessment_note_text(p, si, lang))));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The assessment as a document with root {@code assessment}
     * ({@code gs_assessment_write_xml}).
     *
     * @param lang {@link Lang#NL} or {@link Lang#EN} to write reason texts,
     *        {@link Lang#NONE} for none
     * @return the document
     * @throws GoedestartException {@link Status#EINVAL} without a result
     */
    public String toXml(Lang lang) {
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_assessment_write_xml(ptr(), lang.code(), out, len));
        fence();
        return Interop.take(out, len.getValue());
    }

    @Override
    public String toString() {
        return isClosed() || family == null ? "Assessment[no result]"
                : "Assessment[" + family.id() + " " + asOf() + " " + careNeed() + "]";
    }

    /** A listed schedule instance of a moment for one subject. Immutable. */
    public static final class ScheduledMoment extends Value {
        private final String momentId;
        private final String[] labels;
        private final Phase phase;
        private final String subject;
        private final String trigger;
        private final LocalDate open;
        private final LocalDate due;
        private final LocalDate overdue;
        private final LocalDate close;
        private final MomentStatus status;
        private final LocalDate done;

        ScheduledMoment(String momentId, String[] labels, Phase phase, String subject,
                String trigger, LocalDate open, LocalDate due, LocalDate overdue, LocalDate close,
                MomentStatus status, LocalDate done) {
            this.momentId = momentId;
            this.labels = labels;
            this.phase = phase;
            this.subject = subject;
            this.trigger = trigger;
            this.open = open;
            this.due = due;
            this.overdue = overdue;
            this.close = close;
            this.status = status;
            this.done = done;
        }

        /**
         * The moment's id.
         *
         * @return e.g. {@code jgz-8w}
         */
        public String momentId() {
            return momentId;
        }

        /**
         * The moment's label.
         *
         * @param lang the language
         * @return the label
         */
        public String label(Lang lang) {
            return labels[lang.code()];
        }

        /**
         * The phase the moment serves.
         *
         * @return the phase
         */
        public Phase phase() {
            return phase;
        }

        /**
         * The subject.
         *
         * @return the id of the pregnancy or child; the family's id for an
         *         indicated moment about the whole family
         */
        public String subject() {
            return subject;
        }

        /**
         * The contact that triggered an indicated moment (anchor
         * {@link Anchor#INDICATION}): a contact with consult status
         * {@code problem} or {@code attention}.
         *
         * @return the contact's id, or {@code null} for a moment anchored on a
         *         pregnancy start or a birth
         */
        public String trigger() {
            return trigger;
        }

        /**
         * The day the window opens.
         *
         * @return the date
         */
        public LocalDate open() {
            return open;
        }

        /**
         * The due date.
         *
         * @return the date
         */
        public LocalDate due() {
            return due;
        }

        /**
         * The last day it is due (overdue from the next day).
         *
         * @return the date
         */
        public LocalDate overdue() {
            return overdue;
        }

        /**
         * The last day of the window.
         *
         * @return the date
         */
        public LocalDate close() {
            return close;
        }

        /**
         * The status at the as-of date.
         *
         * @return the status
         */
        public MomentStatus status() {
            return status;
        }

        /**
         * The date of the earliest satisfying contact.
         *
         * @return the date when done, else {@code null}
         */
        public LocalDate done() {
            return done;
        }

        @Override
        Object[] fields() {
            return new Object[] {momentId, labels, phase, subject, trigger, open, due, overdue,
                close, status, done};
        }
    }

    /** A fact the decision tables read (decisions.md). Immutable. */
    public static final class Fact extends Value {
        private final String name;
        private final ValueType type;
        private final int intValue;
        private final String value;

        Fact(String name, ValueType type, int intValue, String value) {
            this.name = name;
            this.type = type;
            this.intValue = intValue;
            this.value = value;
        }

        /**
         * The fact's name.
         *
         * @return e.g. {@code dmop_not_good}
         */
        public String name() {
            return name;
        }

        /**
         * Its type.
         *
         * @return number, string or bool
         */
        public ValueType type() {
            return type;
        }

        /**
         * Its integer value ({@code gs_assessment_fact_int}).
         *
         * @return the number; 1/0 for booleans; 0 for strings
         */
        public int intValue() {
            return intValue;
        }

        /**
         * The value as written in the assessment XML.
         *
         * @return e.g. {@code 3}, {@code true}, {@code none}
         */
        public String value() {
            return value;
        }

        @Override
        Object[] fields() {
            return new Object[] {name, type, intValue, value};
        }
    }

    /** A reason of the proposed care need: a rule that fired. Immutable. */
    public static final class Reason extends Value {
        private final String rule;
        private final String table;
        private final String[] texts;

        Reason(String rule, String table, String[] texts) {
            this.rule = rule;
            this.table = table;
            this.texts = texts;
        }

        /**
         * The rule's id.
         *
         * @return e.g. {@code A-HELP}
         */
        public String rule() {
            return rule;
        }

        /**
         * The table (decision id).
         *
         * @return e.g. {@code care-need}
         */
        public String table() {
            return table;
        }

        /**
         * The reason text.
         *
         * @param lang {@link Lang#NL} or {@link Lang#EN}
         * @return the text, or {@code null} when the rule has none
         */
        public String text(Lang lang) {
            return texts[lang.code()];
        }

        @Override
        Object[] fields() {
            return new Object[] {rule, table, texts};
        }
    }

    /**
     * A route: a catalogue offer proposed for a need or a review, as the
     * assessment reads it from the catalogue. Immutable.
     */
    public static final class Route extends Value {
        private final int offerIndex;
        private final String offerId;
        private final String[] names;
        private final String provider;
        private final Level level;
        private final String scope;
        private final boolean indication;
        private final boolean fallback;
        private final RouteCheck check;

        Route(int offerIndex, String offerId, String[] names, String provider, Level level,
                String scope, boolean indication, boolean fallback, RouteCheck check) {
            this.offerIndex = offerIndex;
            this.offerId = offerId;
            this.names = names;
            this.provider = provider;
            this.level = level;
            this.scope = scope;
            this.indication = indication;
            this.fallback = fallback;
            this.check = check;
        }

        /**
         * The offer's index in the catalogue ({@link Catalog#offers()}).
         *
         * @return the index
         */
        public int offerIndex() {
            return offerIndex;
        }

        /**
         * The offer's id.
         *
         * @return the id
         */
        public String offerId() {
            return offerId;
        }

        /**
         * The offer's name.
         *
         * @param lang {@link Lang#EN} for English, else Dutch
         * @return the name
         */
        public String name(Lang lang) {
            return names[lang.code()];
        }

        /**
         * The provider.
         *
         * @return the organisation
         */
        public String provider() {
            return provider;
        }

        /**
         * The offer's level.
         *
         * @return the level
         */
        public Level level() {
            return level;
        }

        /**
         * The offer's scope as written.
         *
         * @return {@code national}, {@code region}, {@code DR}, {@code GM0114}, ...
         */
        public String scope() {
            return scope;
        }

        /**
         * Whether the offer needs an indication.
         *
         * @return {@code true} when it does
         */
        public boolean indication() {
            return indication;
        }

        /**
         * Whether the route is a fallback: below the start level, "until
         * support at the proposed level is available" (care-paths.md
         * "Routing a need", step 4).
         *
         * @return {@code true} for a fallback route
         */
        public boolean fallback() {
            return fallback;
        }

        /**
         * What the professional must check before proposing the route: an
         * entry criterion the dossier could not decide.
         *
         * @return the check, or {@code null} when there is nothing to check
         */
        public RouteCheck check() {
            return check;
        }

        @Override
        Object[] fields() {
            return new Object[] {offerIndex, offerId, names, provider, level, scope, indication,
                fallback, check};
        }
    }

    /** A need: a topic with severity, start level, routes and gap. Immutable. */
    public static final class Need extends Value {
        private final Topic topic;
        private final int severity;
        private final Level level;
        private final String levelRule;
        private final String[] levelTexts;
        private final boolean newGoal;
        private final List<Route> routes;
        private final LevelGap gap;

        Need(Topic topic, int severity, Level level, String levelRule, String[] levelTexts,
                boolean newGoal, List<Route> routes, LevelGap gap) {
            this.topic = topic;
            this.severity = severity;
            this.level = level;
            this.levelRule = levelRule;
            this.levelTexts = levelTexts;
            this.newGoal = newGoal;
            this.routes = routes;
            this.gap = gap;
        }

        /**
         * The topic.
         *
         * @return the topic
         */
        public Topic topic() {
            return topic;
        }

        /**
         * The severity.
         *
         * @return 1 attention, 2 concern, 3 acute
         */
        public int severity() {
            return severity;
        }

        /**
         * The start level on the pyramid.
         *
         * @return the level
         */
        public Level level() {
            return level;
        }

        /**
         * The start-level rule that chose the level.
         *
         * @return the rule id
         */
        public String levelRule() {
            return levelRule;
        }

        /**
         * The text of that rule.
         *
         * @param lang {@link Lang#NL} or {@link Lang#EN}
         * @return the text, or {@code null}
         */
        public String levelText(Lang lang) {
            return levelTexts[lang.code()];
        }

        /**
         * Whether no open goal has this topic (propose a new goal).
         *
         * @return {@code true} when a new goal is proposed
         */
        public boolean newGoal() {
            return newGoal;
        }

        /**
         * The routes through the catalogue.
         *
         * @return an immutable list (empty without a catalogue)
         */
        public List<Route> routes() {
            return routes;
        }

        /**
         * The levels left without an offer.
         *
         * @return the gap, or {@code null} when there is none
         */
        public LevelGap gap() {
            return gap;
        }

        @Override
        Object[] fields() {
            return new Object[] {topic, severity, level, levelRule, levelTexts, newGoal, routes,
                gap};
        }
    }

    /**
     * One item of plan advice. Which fields are set depends on the
     * {@link #kind()}; the others are {@code null} (or empty).
     */
    public static final class Advice extends Value {
        private final AdviceKind kind;
        private final String goal;
        private final String action;
        private final String offer;
        private final OfferProblem problem;
        private final ReviewOutcome review;
        private final Move move;
        private final Level level;
        private final String rule;
        private final String[] ruleTexts;
        private final LocalDate since;
        private final LocalDate date;
        private final CareNeed agreed;
        private final CareNeed proposedNow;
        private final List<Route> routes;
        private final LevelGap gap;
        private final int step;
        private final Safety safety;
        private final int concerns;
        private final int priorities;
        private final String[] texts;

        Advice(AdviceKind kind, String goal, String action, String offer, OfferProblem problem,
                ReviewOutcome review, Move move, Level level, String rule, String[] ruleTexts,
                LocalDate since, LocalDate date, CareNeed agreed, CareNeed proposedNow,
                List<Route> routes, LevelGap gap, int step, Safety safety, int concerns,
                int priorities, String[] texts) {
            this.kind = kind;
            this.goal = goal;
            this.action = action;
            this.offer = offer;
            this.problem = problem;
            this.review = review;
            this.move = move;
            this.level = level;
            this.rule = rule;
            this.ruleTexts = ruleTexts;
            this.since = since;
            this.date = date;
            this.agreed = agreed;
            this.proposedNow = proposedNow;
            this.routes = routes;
            this.gap = gap;
            this.step = step;
            this.safety = safety;
            this.concerns = concerns;
            this.priorities = priorities;
            this.texts = texts;
        }

        /**
         * The kind of advice.
         *
         * @return the kind
         */
        public AdviceKind kind() {
            return kind;
        }

        /**
         * The goal (offer check, review advice, review overdue).
         *
         * @return the goal's id, or {@code null}
         */
        public String goal() {
            return goal;
        }

        /**
         * The action (offer check, review advice, review overdue).
         *
         * @return the action's id, or {@code null}
         */
        public String action() {
            return action;
        }

        /**
         * The offer of an offer check.
         *
         * @return the offer id, or {@code null}
         */
        public String offer() {
            return offer;
        }

        /**
         * The problem of an offer check.
         *
         * @return the problem, or {@code null}
         */
        public OfferProblem problem() {
            return problem;
        }

        /**
         * The latest review outcome (review advice).
         *
         * @return the outcome, or {@code null}
         */
        public ReviewOutcome review() {
            return review;
        }

        /**
         * The proposed move (review advice).
         *
         * @return the move, or {@code null}
         */
        public Move move() {
            return move;
        }

        /**
         * The new level (review advice).
         *
         * @return the level, or {@code null}
         */
        public Level level() {
            return level;
        }

        /**
         * The level-review rule (review advice).
         *
         * @return the rule id, or {@code null}
         */
        public String rule() {
            return rule;
        }

        /**
         * The text of that rule.
         *
         * @param lang {@link Lang#NL} or {@link Lang#EN}
         * @return the text, or {@code null}
         */
        public String ruleText(Lang lang) {
            return ruleTexts[lang.code()];
        }

        /**
         * The date counted from (review overdue).
         *
         * @return the date, or {@code null}
         */
        public LocalDate since() {
            return since;
        }

        /**
         * The conclusion's date (conclusion differs).
         *
         * @return the date, or {@code null}
         */
        public LocalDate date() {
            return date;
        }

        /**
         * The care need agreed (conclusion differs).
         *
         * @return the care need, or {@code null}
         */
        public CareNeed agreed() {
            return agreed;
        }

        /**
         * The proposal now (conclusion differs).
         *
         * @return the care need, or {@code null}
         */
        public CareNeed proposedNow() {
            return proposedNow;
        }

        /**
         * The routes at the new level (review advice).
         *
         * @return an immutable list
         */
        public List<Route> routes() {
            return routes;
        }

        /**
         * The levels left without an offer (review advice).
         *
         * @return the gap, or {@code null}
         */
        public LevelGap gap() {
            return gap;
        }

        /**
         * The Meldcode's next step (Meldcode advice): 1 + the highest step
         * recorded since the earliest current safety finding
         * ({@link #since()}), or 1.
         *
         * @return 1-5 (label: {@code Kind.MELDCODE_STEP.label(step, lang)});
         *         0 for other kinds
         */
        public int step() {
            return step;
        }

        /**
         * The fact {@code safety} behind a Meldcode advice;
         * {@link Safety#HIGH} adds "consult Veilig Thuis now".
         *
         * @return {@link Safety#SOME} or {@link Safety#HIGH};
         *         {@link Safety#NONE} for other kinds
         */
        public Safety safety() {
            return safety;
        }

        /**
         * The number of needs with concerns behind an integrated-plan advice.
         *
         * @return at least 3, or 0 for other kinds
         */
        public int concerns() {
            return concerns;
        }

        /**
         * The pack parameter {@code plan.priorities} named by an
         * integrated-plan advice.
         *
         * @return the number of priorities, or 0 for other kinds
         */
        public int priorities() {
            return priorities;
        }

        /**
         * The text of a Meldcode or integrated-plan advice (plan.md, "Advice
         * texts").
         *
         * @param lang {@link Lang#NL}, or {@link Lang#EN} (also for {@link Lang#NONE})
         * @return the text, or {@code null} for other kinds
         */
        public String text(Lang lang) {
            return texts[lang.code()];
        }

        @Override
        Object[] fields() {
            return new Object[] {kind, goal, action, offer, problem, review, move, level, rule,
                ruleTexts, since, date, agreed, proposedNow, routes, gap, step, safety, concerns,
                priorities, texts};
        }
    }

    /**
     * A note: something the assessment did not count (formats.md "Notes").
     * Which fields are set depends on the {@link #kind()}; the others are
     * {@code null}. Immutable.
     */
    public static final class Note extends Value {
        private final NoteKind kind;
        private final LocalDate date;
        private final String contact;
        private final FindingKind finding;
        private final String item;
        private final String caregiver;
        private final String moment;
        private final String municipality;
        private final String successor;
        private final String[] texts;

        Note(NoteKind kind, LocalDate date, String contact, FindingKind finding, String item,
                String caregiver, String moment, String municipality, String successor,
                String[] texts) {
            this.kind = kind;
            this.date = date;
            this.contact = contact;
            this.finding = finding;
            this.item = item;
            this.caregiver = caregiver;
            this.moment = moment;
            this.municipality = municipality;
            this.successor = successor;
            this.texts = texts;
        }

        /**
         * The kind of note.
         *
         * @return the kind
         */
        public NoteKind kind() {
            return kind;
        }

        /**
         * The date: for {@code expired} the first day the value no longer
         * counted, for the contact notes the contact's date, for
         * {@code municipality-former} the former code's last day.
         *
         * @return the date, or {@code null} ({@code municipality-unknown})
         */
        public LocalDate date() {
            return date;
        }

        /**
         * The contact of an {@code expired}, {@code screening-unassigned} or
         * {@code unknown-moment} note.
         *
         * @return the contact's id, or {@code null}
         */
        public String contact() {
            return contact;
        }

        /**
         * The finding kind of an {@code expired} or
         * {@code screening-unassigned} note.
         *
         * @return the kind, or {@code null}
         */
        public FindingKind finding() {
            return finding;
        }

        /**
         * The item of an {@code expired} note: the domain, area or dimension
         * token, or the signal's id.
         *
         * @return the item, or {@code null}
         */
        public String item() {
            return item;
        }

        /**
         * The caregiver of an expired ZRM score.
         *
         * @return the caregiver's id, or {@code null}
         */
        public String caregiver() {
            return caregiver;
        }

        /**
         * The moment id of an {@code unknown-moment} note.
         *
         * @return the id, or {@code null}
         */
        public String moment() {
            return moment;
        }

        /**
         * The family's municipality code of a municipality note.
         *
         * @return {@code GMnnnn}, or {@code null}
         */
        public String municipality() {
            return municipality;
        }

        /**
         * The successor of a {@code municipality-former} note: the code the
         * family is routed as.
         *
         * @return {@code GMnnnn}, or {@code null}
         */
        public String successor() {
            return successor;
        }

        /**
         * The note's text (formats.md, note texts).
         *
         * @param lang {@link Lang#NL}, or {@link Lang#EN} (also for {@link Lang#NONE})
         * @return the text
         */
        public String text(Lang lang) {
            return texts[lang.code()];
        }

        @Override
        Object[] fields() {
            return new Object[] {kind, date, contact, finding, item, caregiver, moment,
                municipality, successor, texts};
        }
    }
}
