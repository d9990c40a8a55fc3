/*
 * libgoedestart Java binding - the life phases of a family at a date (gs-phases.h).
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
 * The Goede Start life phases of a family at an as-of date
 * (spec/model.md "Life phases", "First 1000 days"): an immutable
 * snapshot that depends on nothing else. Also the phases section of an
 * {@link Assessment}.
 */
public final class Phases extends Value {
    private static final GsLibrary LIB = Interop.LIB;

    private final List<Entry> entries;
    private final boolean first1000Days;
    private final boolean inProgramme;

    Phases(List<Entry> entries, boolean first1000Days, boolean inProgramme) {
        this.entries = Collections.unmodifiableList(entries);
        this.first1000Days = first1000Days;
        this.inProgramme = inProgramme;
    }

    /**
     * Computes the phases ({@code gs_phases_new}); the C result is copied
     * and freed at once.
     *
     * @param family the family
     * @param asOf the date to evaluate at
     * @param pack the pack whose parameters give the child-phase boundaries,
     *        or {@code null} for the defaults 4, 13 and 19 years
     * @return the phases
     */
    public static Phases of(Family family, LocalDate asOf, Pack pack) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_phases_new(out, family.ptr(), Interop.date(asOf, "asOf"),
                pack == null ? null : pack.ptr()));
        family.fence();
        if (pack != null) {
            pack.fence();
        }
        Pointer p = out.getValue();
        try {
            int n = LIB.gs_phases_count(p).toIndex();
            List<Entry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                SizeT si = new SizeT(i);
                entries.add(new Entry(Phase.of(LIB.gs_phases_code(p, si)),
                        LIB.gs_phases_subject(p, si), Interop.date(LIB.gs_phases_from(p, si)),
                        Interop.date(LIB.gs_phases_until(p, si))));
            }
            return new Phases(entries, LIB.gs_phases_first_1000_days(p) != 0,
                    LIB.gs_phases_in_programme(p) != 0);
        } finally {
            LIB.gs_phases_free(p);
        }
    }

    /**
     * The active phases, by phase code, then by the subject's position in
     * the family.
     *
     * @return an immutable list (empty outside the programme)
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Whether the family is in its first 1000 days: a pregnancy is ongoing
     * or a child is younger than two years.
     *
     * @return {@code true} when it is
     */
    public boolean first1000Days() {
        return first1000Days;
    }

    /**
     * Whether the family is in the programme (has an active phase).
     *
     * @return {@code true} when it is
     */
    public boolean inProgramme() {
        return inProgramme;
    }

    @Override
    Object[] fields() {
        return new Object[] {entries, first1000Days, inProgramme};
    }

    /** One active phase and its subject. Immutable. */
    public static final class Entry extends Value {
        private final Phase phase;
        private final String subject;
        private final LocalDate from;
        private final LocalDate until;

        Entry(Phase phase, String subject, LocalDate from, LocalDate until) {
            this.phase = phase;
            this.subject = subject;
            this.from = from;
            this.until = until;
        }

        /**
         * The phase.
         *
         * @return the phase
         */
        public Phase phase() {
            return phase;
        }

        /**
         * The subject: the family id for the family-level phases, else the
         * id of the pregnancy or child.
         *
         * @return the id
         */
        public String subject() {
            return subject;
        }

        /**
         * The first day (inclusive).
         *
         * @return the date, or {@code null} for family-level phases
         */
        public LocalDate from() {
            return from;
        }

        /**
         * The day the phase ends (exclusive).
         *
         * @return the date, or {@code null} for family-level phases
         */
        public LocalDate until() {
            return until;
        }

        @Override
        Object[] fields() {
            return new Object[] {phase, subject, from, until};
        }
    }
}
