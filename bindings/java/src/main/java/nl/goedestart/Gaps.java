/*
 * libgoedestart Java binding - the care-gap analysis of a catalogue (gs-catalog.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The care-gap analysis (witte vlekken) of a catalogue ({@code gs_gaps},
 * made by {@link Catalog#gaps}): for each municipality, topic, phase and
 * level 3-5 the number of offers that would route there, and the gaps -
 * cells with no offer at their level and none at the next level up.
 *
 * <p>It owns copies of everything it reports, so it may outlive its
 * catalogue. One thread at a time; close it when done.
 */
public final class Gaps extends NativeHandle {
    /** {@code GS_GAPS_APPLICABLE_ONLY}. */
    static final int APPLICABLE_ONLY = 1;

    private static final GsLibrary LIB = Interop.LIB;

    Gaps(Pointer pointer) {
        super(pointer, LIB::gs_gaps_free);
    }

    /**
     * The validity date the analysis used ({@code gs_gaps_on}).
     *
     * @return the date
     */
    public LocalDate on() {
        int d = LIB.gs_gaps_on(ptr());
        fence();
        return Interop.date(d);
    }

    /**
     * Whether only the topic-phase pairs where the topic applies are listed
     * ({@code gs_gaps_flags}).
     *
     * @return {@code true} with {@code GS_GAPS_APPLICABLE_ONLY}
     */
    public boolean applicableOnly() {
        int f = LIB.gs_gaps_flags(ptr());
        fence();
        return (f & APPLICABLE_ONLY) != 0;
    }

    /**
     * The municipalities analysed, in order.
     *
     * @return an immutable list
     */
    public List<Catalog.CatalogMunicipality> municipalities() {
        Pointer g = ptr();
        int n = LIB.gs_gaps_municipality_count(g).toIndex();
        List<Catalog.CatalogMunicipality> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new Catalog.CatalogMunicipality(LIB.gs_gaps_municipality_code(g, si),
                    LIB.gs_gaps_municipality_name(g, si),
                    Province.of(LIB.gs_gaps_municipality_province(g, si))));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * One cell of the matrix ({@code gs_gaps_cell}): the number of offers at
     * exactly this level (for every topic-phase pair, also with
     * {@link #applicableOnly()}).
     *
     * @param municipality index into {@link #municipalities()}
     * @param topic the topic
     * @param phase the phase
     * @param level 3-5
     * @return the count
     * @throws IllegalArgumentException when an argument is out of range
     */
    public int cell(int municipality, Topic topic, Phase phase, Level level) {
        int n = LIB.gs_gaps_cell(ptr(), new SizeT(municipality), topic.code(), phase.code(),
                level.code());
        fence();
        if (n < 0) {
            throw new IllegalArgumentException("no cell for municipality " + municipality
                    + " at level " + level);
        }
        return n;
    }

    /**
     * The gaps, by municipality, topic, phase and level
     * ({@code gs_gaps_count}, {@code gs_gaps_gap}).
     *
     * @return an immutable list
     */
    public List<Gap> gaps() {
        Pointer g = ptr();
        int n = LIB.gs_gaps_count(g).toIndex();
        List<Gap> out = new ArrayList<>(n);
        SizeT.ByReference m = new SizeT.ByReference();
        IntByReference topic = new IntByReference();
        IntByReference phase = new IntByReference();
        IntByReference level = new IntByReference();
        for (int i = 0; i < n; i++) {
            Interop.check(LIB.gs_gaps_gap(g, new SizeT(i), m, topic, phase, level));
            int mi = (int) m.getValue();
            out.add(new Gap(mi, LIB.gs_gaps_municipality_code(g, new SizeT(mi)),
                    Topic.of(topic.getValue()), Phase.of(phase.getValue()),
                    Level.of(level.getValue())));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The analysis as XML (namespace {@code urn:goedestart:gaps:1};
     * {@code gs_gaps_write_xml}); byte-identical for identical input.
     *
     * @return the document
     */
    public String toXml() {
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_gaps_write_xml(ptr(), out, len));
        fence();
        return Interop.take(out, len.getValue());
    }

    /**
     * The analysis as CSV (RFC 4180, UTF-8, CRLF; {@code gs_gaps_write_csv}):
     * one row per municipality, topic, phase and level 3-5.
     *
     * @return the table
     */
    public String toCsv() {
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_gaps_write_csv(ptr(), out, len));
        fence();
        return Interop.take(out, len.getValue());
    }

    /** One gap: a municipality, topic, phase and level without an offer. Immutable. */
    public static final class Gap extends Value {
        private final int municipalityIndex;
        private final String municipality;
        private final Topic topic;
        private final Phase phase;
        private final Level level;

        Gap(int municipalityIndex, String municipality, Topic topic, Phase phase, Level level) {
            this.municipalityIndex = municipalityIndex;
            this.municipality = municipality;
            this.topic = topic;
            this.phase = phase;
            this.level = level;
        }

        /**
         * The index of the municipality in {@link Gaps#municipalities()}.
         *
         * @return the index
         */
        public int municipalityIndex() {
            return municipalityIndex;
        }

        /**
         * The municipality.
         *
         * @return its code {@code GMnnnn}
         */
        public String municipality() {
            return municipality;
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
         * The phase.
         *
         * @return the phase
         */
        public Phase phase() {
            return phase;
        }

        /**
         * The level (3-5).
         *
         * @return the level
         */
        public Level level() {
            return level;
        }

        @Override
        Object[] fields() {
            return new Object[] {municipality, topic, phase, level};
        }
    }
}
