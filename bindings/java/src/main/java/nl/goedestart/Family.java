/*
 * libgoedestart Java binding - a family (gs-family.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A family (gezin): the unit of assessment, with its caregivers,
 * pregnancies, children, contacts and findings, conclusions and plan
 * ({@code gs_family}, gs-family.h).
 *
 * <p>A vendor builds one from its own data with {@link #builder}; loaders
 * ({@link Dossier}, {@link DossierReader}) give finished families too. A
 * {@code Family} object is always finished (checked and in canonical
 * order) and never changes; {@link #toBuilder()} starts a changed copy.
 * The accessors read the C object and return immutable values.
 *
 * <p>A family is used by one thread at a time; distinct families may be
 * used concurrently. Close it when done ({@link #close()}); a family
 * borrowed from a {@link Dossier} belongs to the dossier and is valid as
 * long as the dossier is open.
 */
public final class Family extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private Family(Pointer pointer) {
        super(pointer, LIB::gs_family_free);
    }

    private Family(Pointer pointer, NativeHandle owner) {
        super(pointer, null, owner);
    }

    /**
     * Takes ownership of a finished C family.
     *
     * @param pointer the family
     * @return its owner
     */
    static Family owned(Pointer pointer) {
        return new Family(pointer);
    }

    /**
     * A family owned by another object.
     *
     * @param pointer the family
     * @param owner the object that owns it
     * @return a borrowing view
     */
    static Family borrowed(Pointer pointer, NativeHandle owner) {
        return new Family(pointer, owner);
    }

    /**
     * Starts building a family ({@code gs_family_new}).
     *
     * @param id the family's identifier (1-64 bytes of UTF-8, no control characters)
     * @param municipality the CBS code {@code GMnnnn}
     * @param enrolled the date the family was enrolled in the programme
     * @return a builder; call {@link Builder#build()} at the end
     * @throws GoedestartException {@link Status#EINVAL} for a bad id, code or date
     */
    public static Builder builder(String id, String municipality, LocalDate enrolled) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_family_new(out, id, municipality, Interop.date(enrolled, "enrolled")));
        return new Builder(out.getValue());
    }

    /**
     * A builder holding a copy of this family, to add more to it
     * ({@code gs_family_clone}); this family does not change.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(cloneNative());
    }

    /**
     * An independent deep copy ({@code gs_family_clone}).
     *
     * @return the copy, owned by the caller
     */
    public Family copy() {
        return new Family(cloneNative());
    }

    private Pointer cloneNative() {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_family_clone(out, ptr()));
        fence();
        return out.getValue();
    }

    /**
     * Whether two families hold the same data in canonical order
     * ({@code gs_family_equal}).
     *
     * @param other another family
     * @return {@code true} when equal
     */
    public boolean contentEquals(Family other) {
        boolean eq = LIB.gs_family_equal(ptr(), other.ptr()) != 0;
        fence();
        other.fence();
        return eq;
    }

    /**
     * Whether the C family is finished ({@code gs_family_is_finished});
     * always {@code true} for a {@code Family} object.
     *
     * @return {@code true} when finished
     */
    public boolean isFinished() {
        boolean f = LIB.gs_family_is_finished(ptr()) != 0;
        fence();
        return f;
    }

    /**
     * The family's identifier.
     *
     * @return the id
     */
    public String id() {
        String s = LIB.gs_family_id(ptr());
        fence();
        return s;
    }

    /**
     * The municipality.
     *
     * @return the CBS code {@code GMnnnn}
     */
    public String municipality() {
        String s = LIB.gs_family_municipality(ptr());
        fence();
        return s;
    }

    /**
     * The enrolment date.
     *
     * @return the date
     */
    public LocalDate enrolled() {
        int d = LIB.gs_family_enrolled(ptr());
        fence();
        return Interop.date(d);
    }

    /**
     * The family's wish for a child.
     *
     * @return the wish ({@link ChildWish#UNKNOWN} when not given)
     */
    public ChildWish childWish() {
        int c = LIB.gs_family_child_wish(ptr());
        fence();
        return ChildWish.of(c);
    }

    /**
     * The caregivers, in canonical order.
     *
     * @return an immutable list
     */
    public List<Caregiver> caregivers() {
        Pointer f = ptr();
        int n = LIB.gs_family_caregiver_count(f).toIndex();
        List<Caregiver> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new Caregiver(LIB.gs_family_caregiver_id(f, si),
                    Role.of(LIB.gs_family_caregiver_role(f, si)),
                    recorded(LIB.gs_family_caregiver_birth_year(f, si))));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The pregnancies, in canonical order.
     *
     * @return an immutable list
     */
    public List<Pregnancy> pregnancies() {
        Pointer f = ptr();
        int n = LIB.gs_family_pregnancy_count(f).toIndex();
        List<Pregnancy> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new Pregnancy(LIB.gs_family_pregnancy_id(f, si),
                    LIB.gs_family_pregnancy_caregiver(f, si),
                    Interop.date(LIB.gs_family_pregnancy_due(f, si)),
                    Interop.date(LIB.gs_family_pregnancy_ended(f, si)),
                    PregnancyOutcome.of(LIB.gs_family_pregnancy_outcome(f, si)),
                    LIB.gs_family_pregnancy_child(f, si)));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The children, in canonical order.
     *
     * @return an immutable list
     */
    public List<Child> children() {
        Pointer f = ptr();
        int n = LIB.gs_family_child_count(f).toIndex();
        List<Child> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new Child(LIB.gs_family_child_id(f, si),
                    Interop.date(LIB.gs_family_child_born(f, si)),
                    LIB.gs_family_child_pregnancy(f, si),
                    recorded(LIB.gs_family_child_gestational_age(f, si)),
                    recorded(LIB.gs_family_child_birth_weight(f, si))));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The contacts with their findings, by date (canonical order).
     *
     * @return an immutable list
     */
    public List<Contact> contacts() {
        Pointer f = ptr();
        int n = LIB.gs_family_contact_count(f).toIndex();
        List<Contact> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            int m = LIB.gs_family_finding_count(f, si).toIndex();
            List<Finding> findings = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                SizeT sj = new SizeT(j);
                findings.add(new Finding(FindingKind.of(LIB.gs_family_finding_kind(f, si, sj)),
                        LIB.gs_family_finding_item(f, si, sj),
                        LIB.gs_family_finding_value(f, si, sj),
                        LIB.gs_family_finding_caregiver(f, si, sj),
                        LIB.gs_family_finding_signal_id(f, si, sj),
                        SignalKind.of(LIB.gs_family_finding_signal_kind(f, si, sj)),
                        Interop.date(LIB.gs_family_finding_resolved(f, si, sj))));
            }
            out.add(new Contact(LIB.gs_family_contact_id(f, si),
                    Interop.date(LIB.gs_family_contact_date(f, si)),
                    LIB.gs_family_contact_moment(f, si),
                    Setting.of(LIB.gs_family_contact_setting(f, si)),
                    Signaller.of(LIB.gs_family_contact_by(f, si)),
                    LIB.gs_family_contact_subject(f, si),
                    Collections.unmodifiableList(findings)));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The conclusions (care needs agreed with the family), by date.
     *
     * @return an immutable list
     */
    public List<Conclusion> conclusions() {
        Pointer f = ptr();
        int n = LIB.gs_family_conclusion_count(f).toIndex();
        List<Conclusion> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new Conclusion(Interop.date(LIB.gs_family_conclusion_date(f, si)),
                    CareNeed.of(LIB.gs_family_conclusion_care_need(f, si)),
                    CareNeed.of(LIB.gs_family_conclusion_proposed(f, si)),
                    LIB.gs_family_conclusion_reason(f, si)));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The recorded steps of the Meldcode huiselijk geweld en
     * kindermishandeling, by date (insertion order for equal dates).
     *
     * @return an immutable list (empty when the dossier has no {@code meldcode})
     */
    public List<MeldcodeStep> meldcodeSteps() {
        Pointer f = ptr();
        int n = LIB.gs_family_meldcode_step_count(f).toIndex();
        List<MeldcodeStep> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new MeldcodeStep(LIB.gs_family_meldcode_step_n(f, si),
                    Interop.date(LIB.gs_family_meldcode_step_date(f, si)),
                    MeldcodeDecision.of(LIB.gs_family_meldcode_step_decision(f, si))));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /** A value the model gives as 0 when it is not recorded. */
    private static Integer recorded(int value) {
        return value == 0 ? null : value;
    }

    /**
     * The plan: goals with their actions and reviews, in canonical order.
     *
     * @return an immutable list
     */
    public List<Goal> goals() {
        Pointer f = ptr();
        int n = LIB.gs_family_goal_count(f).toIndex();
        List<Goal> out = new ArrayList<>(n);
        for (int g = 0; g < n; g++) {
            SizeT sg = new SizeT(g);
            int na = LIB.gs_family_action_count(f, sg).toIndex();
            List<Action> actions = new ArrayList<>(na);
            for (int a = 0; a < na; a++) {
                SizeT sa = new SizeT(a);
                int nr = LIB.gs_family_review_count(f, sg, sa).toIndex();
                List<Review> reviews = new ArrayList<>(nr);
                for (int r = 0; r < nr; r++) {
                    SizeT sr = new SizeT(r);
                    reviews.add(new Review(Interop.date(LIB.gs_family_review_date(f, sg, sa, sr)),
                            ReviewOutcome.of(LIB.gs_family_review_outcome(f, sg, sa, sr))));
                }
                actions.add(new Action(LIB.gs_family_action_id(f, sg, sa),
                        Level.of(LIB.gs_family_action_level(f, sg, sa)),
                        LIB.gs_family_action_offer(f, sg, sa),
                        Interop.date(LIB.gs_family_action_start(f, sg, sa)),
                        Interop.date(LIB.gs_family_action_end(f, sg, sa)),
                        LIB.gs_family_action_warm_handover(f, sg, sa) != 0,
                        Signaller.of(LIB.gs_family_action_responsible(f, sg, sa)),
                        Collections.unmodifiableList(reviews)));
            }
            out.add(new Goal(LIB.gs_family_goal_id(f, sg),
                    Topic.of(LIB.gs_family_goal_topic(f, sg)),
                    Interop.date(LIB.gs_family_goal_opened(f, sg)),
                    Interop.date(LIB.gs_family_goal_target(f, sg)),
                    GoalStatus.of(LIB.gs_family_goal_status(f, sg)),
                    Interop.date(LIB.gs_family_goal_closed(f, sg)),
                    Collections.unmodifiableList(actions)));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return isClosed() ? "Family[closed]" : "Family[" + id() + "]";
    }

    /**
     * Builds a family from a vendor's own data, without XML
     * ({@code gs_family_add_*}, then {@code gs_family_finish}).
     *
     * <p>Add items in any order that respects parents: a finding needs its
     * contact, an action its goal, a review its action. Each call checks
     * what it can at once (identifier syntax and uniqueness, date range,
     * codes, value ranges) and changes nothing when it throws;
     * {@link #build()} checks the rest (references, date order, the plan
     * rules) with the same messages the dossier loaders give. Optional
     * dates and strings are {@code null}. A builder is used by one thread
     * at a time; close it when it is abandoned before {@code build()}.
     */
    public static final class Builder extends NativeHandle {
        Builder(Pointer pointer) {
            super(pointer, LIB::gs_family_free);
        }

        private Builder done(int status) {
            Interop.check(status);
            fence();
            return this;
        }

        /**
         * Sets the wish for a child (default {@link ChildWish#UNKNOWN}).
         *
         * @param wish the wish
         * @return this builder
         */
        public Builder childWish(ChildWish wish) {
            return done(LIB.gs_family_set_child_wish(ptr(), wish.code()));
        }

        /**
         * Adds a caregiver.
         *
         * @param id the caregiver's id
         * @param role the role
         * @return this builder
         */
        public Builder caregiver(String id, Role role) {
            return done(LIB.gs_family_add_caregiver(ptr(), id, role.code()));
        }

        /**
         * Adds an ongoing pregnancy.
         *
         * @param id the pregnancy's id
         * @param caregiver the id of the pregnant caregiver
         * @param due the expected due date
         * @return this builder
         */
        public Builder pregnancy(String id, String caregiver, LocalDate due) {
            return pregnancy(id, caregiver, due, null, PregnancyOutcome.NONE, null);
        }

        /**
         * Adds a pregnancy.
         *
         * @param id the pregnancy's id
         * @param caregiver the id of the pregnant caregiver
         * @param due the expected due date
         * @param ended the date it ended, or {@code null}
         * @param outcome {@link PregnancyOutcome#BIRTH} or
         *        {@link PregnancyOutcome#LOSS} when ended, else
         *        {@link PregnancyOutcome#NONE}
         * @param child the id of the child born (outcome birth), or {@code null}
         * @return this builder
         */
        public Builder pregnancy(String id, String caregiver, LocalDate due, LocalDate ended,
                PregnancyOutcome outcome, String child) {
            return done(LIB.gs_family_add_pregnancy(ptr(), id, caregiver, Interop.date(due, "due"),
                    Interop.optDate(ended), Interop.code(outcome), child));
        }

        /**
         * Adds a child.
         *
         * @param id the child's id
         * @param born the date of birth
         * @return this builder
         */
        public Builder child(String id, LocalDate born) {
            return child(id, born, null);
        }

        /**
         * Adds a child born from a pregnancy of the family.
         *
         * @param id the child's id
         * @param born the date of birth
         * @param pregnancy the id of the pregnancy, or {@code null}
         * @return this builder
         */
        public Builder child(String id, LocalDate born, String pregnancy) {
            return done(LIB.gs_family_add_child(ptr(), id, Interop.date(born, "born"), pregnancy));
        }

        /**
         * Sets or clears a caregiver's year of birth, which the entry
         * criterion {@code max-caregiver-age} reads (the age is the as-of
         * year minus this year).
         *
         * @param caregiver the id of a caregiver already added
         * @param year 1900-2199, or 0 to clear
         * @return this builder
         */
        public Builder caregiverBirthYear(String caregiver, int year) {
            return done(LIB.gs_family_set_caregiver_birth_year(ptr(), caregiver, year));
        }

        /**
         * Sets or clears a child's gestational age at birth (informational:
         * no decision reads it).
         *
         * @param child the id of a child already added
         * @param days 140-315 days, or 0 to clear
         * @return this builder
         */
        public Builder childGestationalAge(String child, int days) {
            return done(LIB.gs_family_set_child_gestational_age(ptr(), child, days));
        }

        /**
         * Sets or clears a child's birth weight (informational: no decision
         * reads it).
         *
         * @param child the id of a child already added
         * @param grams 300-6000 grams, or 0 to clear
         * @return this builder
         */
        public Builder childBirthWeight(String child, int grams) {
            return done(LIB.gs_family_set_child_birth_weight(ptr(), child, grams));
        }

        /**
         * Adds a contact about the whole family.
         *
         * @param id the contact's id
         * @param date the date
         * @param moment a schedule moment id, or {@code "ad-hoc"}
         * @param setting where it took place
         * @param by who signalled
         * @return this builder
         */
        public Builder contact(String id, LocalDate date, String moment, Setting setting,
                Signaller by) {
            return contact(id, date, moment, setting, by, null);
        }

        /**
         * Adds a contact (a signal moment held, or an ad-hoc contact).
         *
         * @param id the contact's id
         * @param date the date
         * @param moment a schedule moment id, or {@code "ad-hoc"}
         * @param setting where it took place
         * @param by who signalled
         * @param subject the id of a caregiver, pregnancy or child, or
         *        {@code null} for the whole family
         * @return this builder
         */
        public Builder contact(String id, LocalDate date, String moment, Setting setting,
                Signaller by, String subject) {
            return done(LIB.gs_family_add_contact(ptr(), id, Interop.date(date, "date"), moment,
                    setting.code(), by.code(), subject));
        }

        /**
         * Adds a finding given by its raw codes ({@code gs_family_add_finding});
         * the typed methods below are easier.
         *
         * @param contact the contact's id
         * @param kind any kind but {@link FindingKind#ZRM} and {@link FindingKind#SIGNAL}
         * @param item the item code (0 when the kind has none)
         * @param value the value code
         * @return this builder
         */
        public Builder finding(String contact, FindingKind kind, int item, int value) {
            return done(LIB.gs_family_add_finding(ptr(), contact, kind.code(), item, value));
        }

        /**
         * Adds a DMOP domain rating (SamenStarten).
         *
         * @param contact the contact's id
         * @param domain the domain
         * @param rating the rating
         * @return this builder
         */
        public Builder dmop(String contact, DmopDomain domain, DmopRating rating) {
            return finding(contact, FindingKind.DMOP, domain.code(), rating.code());
        }

        /**
         * Adds the overall DMOP conclusion (informational).
         *
         * @param contact the contact's id
         * @param rating the rating
         * @return this builder
         */
        public Builder dmopOverall(String contact, DmopRating rating) {
            return finding(contact, FindingKind.DMOP_OVERALL, 0, rating.code());
        }

        /**
         * Adds the consult status of the 8-week SamenStarten consult.
         *
         * @param contact the contact's id
         * @param status the status
         * @return this builder
         */
        public Builder consult(String contact, ConsultStatus status) {
            return finding(contact, FindingKind.CONSULT, 0, status.code());
        }

        /**
         * Adds a GIZ area rating.
         *
         * @param contact the contact's id
         * @param area the area
         * @param gom the GOM level 1-5
         * @return this builder
         */
        public Builder giz(String contact, GizArea area, int gom) {
            return finding(contact, FindingKind.GIZ, area.code(), gom);
        }

        /**
         * Adds a pregnancy-screening result.
         *
         * @param contact the contact's id
         * @param topic the topic screened
         * @param concern the concern
         * @return this builder
         */
        public Builder screening(String contact, Topic topic, Concern concern) {
            return finding(contact, FindingKind.SCREENING, topic.code(), concern.code());
        }

        /**
         * Records whether the family asked for help.
         *
         * @param contact the contact's id
         * @param requested {@code true} for yes
         * @return this builder
         */
        public Builder helpRequested(String contact, boolean requested) {
            return finding(contact, FindingKind.HELP_REQUESTED, 0, requested ? 1 : 0);
        }

        /**
         * Adds a Positive Health score.
         *
         * @param contact the contact's id
         * @param dimension the dimension
         * @param score 0-10
         * @return this builder
         */
        public Builder positiveHealth(String contact, PhDimension dimension, int score) {
            return finding(contact, FindingKind.POSITIVE_HEALTH, dimension.code(), score);
        }

        /**
         * Adds a ZRM score for a caregiver.
         *
         * @param contact the contact's id
         * @param caregiver the id of the caregiver scored
         * @param domain the ZRM domain
         * @param score 1 (acute problems) to 5 (fully self-reliant)
         * @return this builder
         */
        public Builder zrm(String contact, String caregiver, ZrmDomain domain, int score) {
            return done(LIB.gs_family_add_zrm(ptr(), contact, caregiver, domain.code(), score));
        }

        /**
         * Adds an unresolved signal.
         *
         * @param contact the contact's id
         * @param id the signal's id
         * @param topic its topic
         * @param kind risk or protective
         * @param severity 1 attention, 2 concern, 3 acute
         * @return this builder
         */
        public Builder signal(String contact, String id, Topic topic, SignalKind kind,
                int severity) {
            return signal(contact, id, topic, kind, severity, null);
        }

        /**
         * Adds a signal.
         *
         * @param contact the contact's id
         * @param id the signal's id
         * @param topic its topic
         * @param kind risk or protective
         * @param severity 1 attention, 2 concern, 3 acute
         * @param resolved the date it was resolved, or {@code null}
         * @return this builder
         */
        public Builder signal(String contact, String id, Topic topic, SignalKind kind,
                int severity, LocalDate resolved) {
            return done(LIB.gs_family_add_signal(ptr(), contact, id, topic.code(), kind.code(),
                    severity, Interop.optDate(resolved)));
        }

        /**
         * Adds a conclusion without a recorded proposal.
         *
         * @param date the date
         * @param agreed the care need agreed with the family
         * @return this builder
         */
        public Builder conclusion(LocalDate date, CareNeed agreed) {
            return conclusion(date, agreed, null, null);
        }

        /**
         * Adds a conclusion: the care need agreed with the family.
         *
         * @param date the date
         * @param agreed the care need agreed
         * @param proposed what the library proposed then, or {@code null}
         * @param reason free text, required when {@code agreed} differs from
         *        {@code proposed}; else may be {@code null}
         * @return this builder
         */
        public Builder conclusion(LocalDate date, CareNeed agreed, CareNeed proposed,
                String reason) {
            return done(LIB.gs_family_add_conclusion(ptr(), Interop.date(date, "date"),
                    agreed.code(), Interop.code(proposed), reason));
        }

        /**
         * Adds an open goal.
         *
         * @param id the goal's id
         * @param topic its topic (at most one open goal per topic at a time)
         * @param opened the date opened
         * @param target the target date, or {@code null}
         * @return this builder
         */
        public Builder goal(String id, Topic topic, LocalDate opened, LocalDate target) {
            return goal(id, topic, opened, target, GoalStatus.OPEN, null);
        }

        /**
         * Adds a goal.
         *
         * @param id the goal's id
         * @param topic its topic
         * @param opened the date opened
         * @param target the target date, or {@code null}
         * @param status open, achieved or stopped
         * @param closed the date closed: given exactly when the status is not open
         * @return this builder
         */
        public Builder goal(String id, Topic topic, LocalDate opened, LocalDate target,
                GoalStatus status, LocalDate closed) {
            return done(LIB.gs_family_add_goal(ptr(), id, topic.code(),
                    Interop.date(opened, "opened"), Interop.optDate(target), status.code(),
                    Interop.optDate(closed)));
        }

        /**
         * Adds an action under a goal.
         *
         * @param goal the goal's id
         * @param id the action's id
         * @param level the pyramid level
         * @param offer a catalogue offer id (checked when assessing), or {@code null}
         * @param start the start date
         * @param end the end date, or {@code null}
         * @param warmHandover whether the family was handed over in person
         * @param responsible who is responsible
         * @return this builder
         */
        public Builder action(String goal, String id, Level level, String offer, LocalDate start,
                LocalDate end, boolean warmHandover, Signaller responsible) {
            return done(LIB.gs_family_add_action(ptr(), goal, id, level.code(), offer,
                    Interop.date(start, "start"), Interop.optDate(end), warmHandover ? 1 : 0,
                    responsible.code()));
        }

        /**
         * Adds a review of an action.
         *
         * @param action the action's id
         * @param date the date
         * @param outcome the outcome
         * @return this builder
         */
        public Builder review(String action, LocalDate date, ReviewOutcome outcome) {
            return done(LIB.gs_family_add_review(ptr(), action, Interop.date(date, "date"),
                    outcome.code()));
        }

        /**
         * Records a step of the Meldcode huiselijk geweld en
         * kindermishandeling. Steps may come in any date order and a step
         * may recur; {@link #build()} orders them by date.
         *
         * @param step the step, 1-5 (label: {@link Kind#MELDCODE_STEP})
         * @param date the date the step was taken
         * @param decision for step 5 the decision; for steps 1-4 {@code null}
         * @return this builder
         */
        public Builder meldcodeStep(int step, LocalDate date, MeldcodeDecision decision) {
            return done(LIB.gs_family_add_meldcode_step(ptr(), step, Interop.date(date, "date"),
                    Interop.code(decision)));
        }

        /**
         * Checks the whole family, puts it in canonical order and hands it
         * over ({@code gs_family_finish}). On success the builder is used up
         * (closed); on failure it is unchanged and may still be closed.
         *
         * @return the finished family, owned by the caller
         * @throws GoedestartException {@link Status#EPARSE} naming the family
         *         and the item, e.g. "contact K7: subject 'C9' is not a
         *         caregiver, pregnancy or child of family F-0001"
         */
        public Family build() {
            Interop.check(LIB.gs_family_finish(ptr()));
            return new Family(detach());
        }
    }

    /** A caregiver of a family. Immutable. */
    public static final class Caregiver extends Value {
        private final String id;
        private final Role role;
        private final Integer birthYear;

        Caregiver(String id, Role role, Integer birthYear) {
            this.id = id;
            this.role = role;
            this.birthYear = birthYear;
        }

        /**
         * The caregiver's id.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * The role.
         *
         * @return the role
         */
        public Role role() {
            return role;
        }

        /**
         * The year of birth.
         *
         * @return 1900-2199, or {@code null} when not recorded
         */
        public Integer birthYear() {
            return birthYear;
        }

        @Override
        Object[] fields() {
            return new Object[] {id, role, birthYear};
        }
    }

    /** A pregnancy of a family. Immutable. */
    public static final class Pregnancy extends Value {
        private final String id;
        private final String caregiver;
        private final LocalDate due;
        private final LocalDate ended;
        private final PregnancyOutcome outcome;
        private final String child;

        Pregnancy(String id, String caregiver, LocalDate due, LocalDate ended,
                PregnancyOutcome outcome, String child) {
            this.id = id;
            this.caregiver = caregiver;
            this.due = due;
            this.ended = ended;
            this.outcome = outcome;
            this.child = child;
        }

        /**
         * The pregnancy's id.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * The pregnant caregiver.
         *
         * @return the caregiver's id
         */
        public String caregiver() {
            return caregiver;
        }

        /**
         * The expected due date.
         *
         * @return the date
         */
        public LocalDate due() {
            return due;
        }

        /**
         * The date the pregnancy ended.
         *
         * @return the date, or {@code null} when it has not ended
         */
        public LocalDate ended() {
            return ended;
        }

        /**
         * The outcome.
         *
         * @return {@link PregnancyOutcome#NONE} when not ended
         */
        public PregnancyOutcome outcome() {
            return outcome;
        }

        /**
         * The child born.
         *
         * @return the child's id, or {@code null}
         */
        public String child() {
            return child;
        }

        @Override
        Object[] fields() {
            return new Object[] {id, caregiver, due, ended, outcome, child};
        }
    }

    /** A child of a family. Immutable. */
    public static final class Child extends Value {
        private final String id;
        private final LocalDate born;
        private final String pregnancy;
        private final Integer gestationalAge;
        private final Integer birthWeight;

        Child(String id, LocalDate born, String pregnancy, Integer gestationalAge,
                Integer birthWeight) {
            this.id = id;
            this.born = born;
            this.pregnancy = pregnancy;
            this.gestationalAge = gestationalAge;
            this.birthWeight = birthWeight;
        }

        /**
         * The child's id.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * The date of birth.
         *
         * @return the date
         */
        public LocalDate born() {
            return born;
        }

        /**
         * The pregnancy the child was born from.
         *
         * @return the pregnancy's id, or {@code null}
         */
        public String pregnancy() {
            return pregnancy;
        }

        /**
         * The gestational age at birth (informational).
         *
         * @return 140-315 days, or {@code null} when not recorded
         */
        public Integer gestationalAge() {
            return gestationalAge;
        }

        /**
         * The birth weight (informational).
         *
         * @return 300-6000 grams, or {@code null} when not recorded
         */
        public Integer birthWeight() {
            return birthWeight;
        }

        @Override
        Object[] fields() {
            return new Object[] {id, born, pregnancy, gestationalAge, birthWeight};
        }
    }

    /** A recorded step of the Meldcode huiselijk geweld en kindermishandeling. Immutable. */
    public static final class MeldcodeStep extends Value {
        private final int step;
        private final LocalDate date;
        private final MeldcodeDecision decision;

        MeldcodeStep(int step, LocalDate date, MeldcodeDecision decision) {
            this.step = step;
            this.date = date;
            this.decision = decision;
        }

        /**
         * The step.
         *
         * @return 1-5 (label: {@code Kind.MELDCODE_STEP.label(step, lang)})
         */
        public int step() {
            return step;
        }

        /**
         * The date the step was taken.
         *
         * @return the date
         */
        public LocalDate date() {
            return date;
        }

        /**
         * The decision (step 5 only).
         *
         * @return the decision, or {@code null} for steps 1-4
         */
        public MeldcodeDecision decision() {
            return decision;
        }

        @Override
        Object[] fields() {
            return new Object[] {step, date, decision};
        }
    }

    /** A contact (a signal moment held, or an ad-hoc contact). Immutable. */
    public static final class Contact extends Value {
        private final String id;
        private final LocalDate date;
        private final String moment;
        private final Setting setting;
        private final Signaller by;
        private final String subject;
        private final List<Finding> findings;

        Contact(String id, LocalDate date, String moment, Setting setting, Signaller by,
                String subject, List<Finding> findings) {
            this.id = id;
            this.date = date;
            this.moment = moment;
            this.setting = setting;
            this.by = by;
            this.subject = subject;
            this.findings = findings;
        }

        /**
         * The contact's id.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * The date.
         *
         * @return the date
         */
        public LocalDate date() {
            return date;
        }

        /**
         * The schedule moment.
         *
         * @return a moment id, or {@code "ad-hoc"}
         */
        public String moment() {
            return moment;
        }

        /**
         * Where it took place.
         *
         * @return the setting
         */
        public Setting setting() {
            return setting;
        }

        /**
         * Who signalled.
         *
         * @return the signaller
         */
        public Signaller by() {
            return by;
        }

        /**
         * The subject.
         *
         * @return the id of a caregiver, pregnancy or child, or {@code null}
         *         for the whole family
         */
        public String subject() {
            return subject;
        }

        /**
         * The findings, in kind order.
         *
         * @return an immutable list
         */
        public List<Finding> findings() {
            return findings;
        }

        @Override
        Object[] fields() {
            return new Object[] {id, date, moment, setting, by, subject, findings};
        }
    }

    /** One finding of a contact. Immutable. */
    public static final class Finding extends Value {
        private final FindingKind kind;
        private final int item;
        private final int value;
        private final String caregiver;
        private final String signalId;
        private final SignalKind signalKind;
        private final LocalDate resolved;

        Finding(FindingKind kind, int item, int value, String caregiver, String signalId,
                SignalKind signalKind, LocalDate resolved) {
            this.kind = kind;
            this.item = item;
            this.value = value;
            this.caregiver = caregiver;
            this.signalId = signalId;
            this.signalKind = signalKind;
            this.resolved = resolved;
        }

        /**
         * The kind of finding.
         *
         * @return the kind
         */
        public FindingKind kind() {
            return kind;
        }

        /**
         * The raw item code: a DMOP domain, GIZ area, topic, ZRM domain or
         * Positive Health dimension; 0 when the kind has none.
         *
         * @return the code
         */
        public int itemCode() {
            return item;
        }

        /**
         * The item as an enumeration value of the kind's item type.
         *
         * @return a {@link DmopDomain}, {@link GizArea}, {@link Topic},
         *         {@link ZrmDomain} or {@link PhDimension}; {@code null} when
         *         the kind has no item
         */
        public Coded item() {
            switch (kind) {
                case DMOP:
                    return DmopDomain.of(item);
                case GIZ:
                    return GizArea.of(item);
                case SCREENING:
                case SIGNAL:
                    return Topic.of(item);
                case ZRM:
                    return ZrmDomain.of(item);
                case POSITIVE_HEALTH:
                    return PhDimension.of(item);
                default:
                    return null;
            }
        }

        /**
         * The raw value: a rating, status, GOM level, concern, 1/0 for help
         * requested, a score or a severity.
         *
         * @return the value
         */
        public int value() {
            return value;
        }

        /**
         * The value as an enumeration value, for the kinds whose value is one.
         *
         * @return a {@link DmopRating}, {@link ConsultStatus} or
         *         {@link Concern}; {@code null} for numeric values
         */
        public Coded valueCode() {
            switch (kind) {
                case DMOP:
                case DMOP_OVERALL:
                    return DmopRating.of(value);
                case CONSULT:
                    return ConsultStatus.of(value);
                case SCREENING:
                    return Concern.of(value);
                default:
                    return null;
            }
        }

        /**
         * The caregiver of a ZRM score.
         *
         * @return the caregiver's id, or {@code null} for other kinds
         */
        public String caregiver() {
            return caregiver;
        }

        /**
         * The id of a signal.
         *
         * @return the id, or {@code null} for other kinds
         */
        public String signalId() {
            return signalId;
        }

        /**
         * The kind of a signal.
         *
         * @return risk or protective, or {@code null} for other kinds
         */
        public SignalKind signalKind() {
            return signalKind;
        }

        /**
         * The date a signal was resolved.
         *
         * @return the date, or {@code null}
         */
        public LocalDate resolved() {
            return resolved;
        }

        @Override
        Object[] fields() {
            return new Object[] {kind, item, value, caregiver, signalId, signalKind, resolved};
        }
    }

    /** A conclusion: the care need agreed with the family. Immutable. */
    public static final class Conclusion extends Value {
        private final LocalDate date;
        private final CareNeed careNeed;
        private final CareNeed proposed;
        private final String reason;

        Conclusion(LocalDate date, CareNeed careNeed, CareNeed proposed, String reason) {
            this.date = date;
            this.careNeed = careNeed;
            this.proposed = proposed;
            this.reason = reason;
        }

        /**
         * The date.
         *
         * @return the date
         */
        public LocalDate date() {
            return date;
        }

        /**
         * The care need agreed.
         *
         * @return the care need
         */
        public CareNeed careNeed() {
            return careNeed;
        }

        /**
         * What the library proposed then.
         *
         * @return the care need, or {@code null} when not recorded
         */
        public CareNeed proposed() {
            return proposed;
        }

        /**
         * The reason given.
         *
         * @return free text, or {@code null}
         */
        public String reason() {
            return reason;
        }

        @Override
        Object[] fields() {
            return new Object[] {date, careNeed, proposed, reason};
        }
    }

    /** A plan goal with its actions. Immutable. */
    public static final class Goal extends Value {
        private final String id;
        private final Topic topic;
        private final LocalDate opened;
        private final LocalDate target;
        private final GoalStatus status;
        private final LocalDate closed;
        private final List<Action> actions;

        Goal(String id, Topic topic, LocalDate opened, LocalDate target, GoalStatus status,
                LocalDate closed, List<Action> actions) {
            this.id = id;
            this.topic = topic;
            this.opened = opened;
            this.target = target;
            this.status = status;
            this.closed = closed;
            this.actions = actions;
        }

        /**
         * The goal's id.
         *
         * @return the id
         */
        public String id() {
            return id;
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
         * The date opened.
         *
         * @return the date
         */
        public LocalDate opened() {
            return opened;
        }

        /**
         * The target date.
         *
         * @return the date, or {@code null}
         */
        public LocalDate target() {
            return target;
        }

        /**
         * The status.
         *
         * @return open, achieved or stopped
         */
        public GoalStatus status() {
            return status;
        }

        /**
         * The date closed.
         *
         * @return the date, or {@code null} while open
         */
        public LocalDate closed() {
            return closed;
        }

        /**
         * The actions, by start date.
         *
         * @return an immutable list
         */
        public List<Action> actions() {
            return actions;
        }

        @Override
        Object[] fields() {
            return new Object[] {id, topic, opened, target, status, closed, actions};
        }
    }

    /** An action under a goal, with its reviews. Immutable. */
    public static final class Action extends Value {
        private final String id;
        private final Level level;
        private final String offer;
        private final LocalDate start;
        private final LocalDate end;
        private final boolean warmHandover;
        private final Signaller responsible;
        private final List<Review> reviews;

        Action(String id, Level level, String offer, LocalDate start, LocalDate end,
                boolean warmHandover, Signaller responsible, List<Review> reviews) {
            this.id = id;
            this.level = level;
            this.offer = offer;
            this.start = start;
            this.end = end;
            this.warmHandover = warmHandover;
            this.responsible = responsible;
            this.reviews = reviews;
        }

        /**
         * The action's id.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * The pyramid level.
         *
         * @return the level
         */
        public Level level() {
            return level;
        }

        /**
         * The catalogue offer.
         *
         * @return the offer id, or {@code null}
         */
        public String offer() {
            return offer;
        }

        /**
         * The start date.
         *
         * @return the date
         */
        public LocalDate start() {
            return start;
        }

        /**
         * The end date.
         *
         * @return the date, or {@code null}
         */
        public LocalDate end() {
            return end;
        }

        /**
         * Whether the family was handed over in person.
         *
         * @return {@code true} for a warm handover
         */
        public boolean warmHandover() {
            return warmHandover;
        }

        /**
         * Who is responsible.
         *
         * @return the role
         */
        public Signaller responsible() {
            return responsible;
        }

        /**
         * The reviews, by date.
         *
         * @return an immutable list
         */
        public List<Review> reviews() {
            return reviews;
        }

        @Override
        Object[] fields() {
            return new Object[] {id, level, offer, start, end, warmHandover, responsible, reviews};
        }
    }

    /** A review of an action. Immutable. */
    public static final class Review extends Value {
        private final LocalDate date;
        private final ReviewOutcome outcome;

        Review(LocalDate date, ReviewOutcome outcome) {
            this.date = date;
            this.outcome = outcome;
        }

        /**
         * The date.
         *
         * @return the date
         */
        public LocalDate date() {
            return date;
        }

        /**
         * The outcome.
         *
         * @return the outcome
         */
        public ReviewOutcome outcome() {
            return outcome;
        }

        @Override
        Object[] fields() {
            return new Object[] {date, outcome};
        }
    }
}
