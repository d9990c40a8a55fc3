/*
 * libgoedestart Java binding - care-path catalogues and routing (gs-catalog.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A care-path catalogue (sociale kaart): the municipalities it covers and
 * the offers of their care paths, each at a level of the self-reliance
 * pyramid with a scope ({@code gs_catalog}, gs-catalog.h).
 *
 * <p><b>Threads.</b> A catalogue is immutable: load it once and share it
 * between any number of threads. This object holds no mutable state: its
 * identity, municipalities and offers are read once when it is loaded.
 * Close it after every thread, assessment and analysis using it is done.
 */
public final class Catalog extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private final String id;
    private final String version;
    private final String sha256;
    private final LocalDate validFrom;
    private final String[] notes;
    private final List<CatalogMunicipality> municipalities;
    private final List<Offer> offers;

    private Catalog(Pointer c) {
        super(c, LIB::gs_catalog_free);
        this.id = LIB.gs_catalog_id(c);
        this.version = LIB.gs_catalog_version(c);
        this.sha256 = LIB.gs_catalog_sha256(c);
        this.validFrom = Interop.date(LIB.gs_catalog_valid_from(c));
        this.notes = Texts.of(lang -> LIB.gs_catalog_note(c, lang));
        int nm = LIB.gs_catalog_municipality_count(c).toIndex();
        List<CatalogMunicipality> ms = new ArrayList<>(nm);
        for (int i = 0; i < nm; i++) {
            SizeT si = new SizeT(i);
            String code = LIB.gs_catalog_municipality_code(c, si);
            int nf = LIB.gs_catalog_municipality_former_count(c, si).toIndex();
            List<FormerCode> former = new ArrayList<>(nf);
            for (int k = 0; k < nf; k++) {
                SizeT sk = new SizeT(k);
                former.add(new FormerCode(LIB.gs_catalog_municipality_former_code(c, si, sk),
                        LIB.gs_catalog_municipality_former_name(c, si, sk),
                        Interop.date(LIB.gs_catalog_municipality_former_until(c, si, sk)), code));
            }
            ms.add(new CatalogMunicipality(code, LIB.gs_catalog_municipality_name(c, si),
                    Province.of(LIB.gs_catalog_municipality_province(c, si)),
                    Collections.unmodifiableList(former)));
        }
        this.municipalities = Collections.unmodifiableList(ms);
        int no = LIB.gs_catalog_offer_count(c).toIndex();
        List<Offer> os = new ArrayList<>(no);
        for (int i = 0; i < no; i++) {
            os.add(readOffer(c, i));
        }
        this.offers = Collections.unmodifiableList(os);
        fence();
    }

    private static Offer readOffer(Pointer c, int i) {
        SizeT si = new SizeT(i);
        int nt = LIB.gs_catalog_offer_topic_count(c, si).toIndex();
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (int k = 0; k < nt; k++) {
            topics.add(Topic.of(LIB.gs_catalog_offer_topic(c, si, new SizeT(k))));
        }
        int np = LIB.gs_catalog_offer_phase_count(c, si).toIndex();
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (int k = 0; k < np; k++) {
            phases.add(Phase.of(LIB.gs_catalog_offer_phase(c, si, new SizeT(k))));
        }
        Integer minAge = bound(LIB.gs_catalog_offer_min_age_months(c, si));
        Integer maxAge = bound(LIB.gs_catalog_offer_max_age_months(c, si));
        return new Offer(i, LIB.gs_catalog_offer_id(c, si),
                Texts.of(lang -> LIB.gs_catalog_offer_name(c, si, lang)),
                LIB.gs_catalog_offer_provider(c, si),
                Level.of(LIB.gs_catalog_offer_level(c, si)),
                LIB.gs_catalog_offer_scope(c, si),
                Scope.of(LIB.gs_catalog_offer_scope_kind(c, si)),
                LIB.gs_catalog_offer_indication(c, si) != 0,
                Collections.unmodifiableSet(topics), LIB.gs_catalog_offer_topics(c, si),
                Collections.unmodifiableSet(phases), LIB.gs_catalog_offer_phases(c, si),
                minAge, maxAge,
                Interop.date(LIB.gs_catalog_offer_valid_from(c, si)),
                Interop.date(LIB.gs_catalog_offer_valid_to(c, si)),
                LIB.gs_catalog_offer_url(c, si), LIB.gs_catalog_offer_phone(c, si),
                LIB.gs_catalog_offer_first_child(c, si) != 0,
                bound(LIB.gs_catalog_offer_max_caregiver_age(c, si)),
                bound(LIB.gs_catalog_offer_max_gestational_weeks(c, si)));
    }

    /** An offer's bound that the library gives as -1 when the offer has none. */
    private static Integer bound(int value) {
        return value < 0 ? null : value;
    }

    /**
     * Loads the Veenkoloniën example catalogue compiled into the library
     * ({@code gs_catalog_load_default}): id {@code veenkolonien}, the eleven
     * Goede Start municipalities; works with no files installed.
     *
     * @return the catalogue
     */
    public static Catalog loadDefault() {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_catalog_load_default(out));
        return new Catalog(out.getValue());
    }

    /**
     * Loads a catalogue file ({@code gs_catalog_load_file}).
     *
     * @param path the file
     * @return the catalogue
     * @throws GoedestartException {@link Status#EIO}, {@link Status#EPARSE}
     *         (with file, line and column) or {@link Status#EVERSION}
     */
    public static Catalog load(Path path) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_catalog_load_file(out, path.toString()));
        return new Catalog(out.getValue());
    }

    /**
     * Loads a catalogue from memory ({@code gs_catalog_load_memory}).
     *
     * @param xml the document (UTF-8)
     * @param name the name used in error messages, or {@code null} for "memory"
     * @return the catalogue
     * @throws GoedestartException {@link Status#EPARSE} or {@link Status#EVERSION}
     */
    public static Catalog load(byte[] xml, String name) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_catalog_load_memory(out, xml, new SizeT(xml.length), name));
        return new Catalog(out.getValue());
    }

    /**
     * Loads a catalogue from a string.
     *
     * @param xml the document
     * @param name the name used in error messages, or {@code null} for "memory"
     * @return the catalogue
     * @throws GoedestartException {@link Status#EPARSE} or {@link Status#EVERSION}
     */
    public static Catalog load(String xml, String name) {
        return load(xml.getBytes(StandardCharsets.UTF_8), name);
    }

    /**
     * Whether a topic applies in a phase ({@code gs_topic_applies}), e.g.
     * pregnancy topics only in {@link Phase#PREGNANCY_BIRTH}.
     *
     * @param topic a topic
     * @param phase a phase
     * @return {@code true} when it applies
     */
    public static boolean topicApplies(Topic topic, Phase phase) {
        return LIB.gs_topic_applies(topic.code(), phase.code()) != 0;
    }

    /**
     * The catalogue's id.
     *
     * @return e.g. {@code veenkolonien}
     */
    public String id() {
        return id;
    }

    /**
     * The catalogue's version.
     *
     * @return e.g. {@code 2026.1}
     */
    public String version() {
        return version;
    }

    /**
     * The SHA-256 of the catalogue document's bytes as loaded; every
     * assessment records it ({@code catalog-sha256}).
     *
     * @return 64 lowercase hex digits
     */
    public String sha256() {
        return sha256;
    }

    /**
     * The catalogue's own valid-from date (informational).
     *
     * @return the date
     */
    public LocalDate validFrom() {
        return validFrom;
    }

    /**
     * The catalogue's note ({@code gs_catalog_note}).
     *
     * @param lang {@link Lang#EN} for English, else Dutch; a missing note
     *        falls back to the other language
     * @return the note, or {@code null} when there is none
     */
    public String note(Lang lang) {
        return notes[lang.code()];
    }

    /**
     * The municipalities the catalogue declares, in document order.
     *
     * @return an immutable list
     */
    public List<CatalogMunicipality> municipalities() {
        return municipalities;
    }

    /**
     * Finds a declared municipality by its current CBS code
     * ({@code gs_catalog_find_municipality}); a former code is not found
     * here (see {@link #former(String)}).
     *
     * @param code a code {@code GMnnnn}
     * @return the municipality, or empty when the catalogue does not declare it
     * @throws GoedestartException {@link Status#EINVAL} for a malformed code
     */
    public Optional<CatalogMunicipality> municipality(String code) {
        SizeT.ByReference index = new SizeT.ByReference();
        int st = LIB.gs_catalog_find_municipality(ptr(), code, index);
        fence();
        if (st == Status.ENOTFOUND.code()) {
            return Optional.empty();
        }
        Interop.check(st);
        return Optional.of(municipalities.get((int) index.getValue()));
    }

    /**
     * Finds a former municipality code: a code that no longer exists and is
     * routed as its successor ({@code gs_catalog_find_former}).
     *
     * @param code a code {@code GMnnnn}
     * @return the former code with its successor, or empty when it is not a
     *         former code of the catalogue (a current code included)
     * @throws GoedestartException {@link Status#EINVAL} for a malformed code
     */
    public Optional<FormerCode> former(String code) {
        SizeT.ByReference municipality = new SizeT.ByReference();
        SizeT.ByReference former = new SizeT.ByReference();
        int st = LIB.gs_catalog_find_former(ptr(), code, municipality, former);
        fence();
        if (st == Status.ENOTFOUND.code()) {
            return Optional.empty();
        }
        Interop.check(st);
        return Optional.of(municipalities.get((int) municipality.getValue()).formerCodes()
                .get((int) former.getValue()));
    }

    /**
     * The province of any municipality as routing sees it
     * ({@code gs_catalog_province_of}): as declared, else from the
     * library's table of the eleven Goede Start municipalities.
     *
     * @param municipality a code {@code GMnnnn}
     * @return the province, or {@code null} when unknown
     */
    public Province provinceOf(String municipality) {
        int p = LIB.gs_catalog_province_of(ptr(), municipality);
        fence();
        return Province.of(p);
    }

    /**
     * The offers, in document order.
     *
     * @return an immutable list
     */
    public List<Offer> offers() {
        return offers;
    }

    /**
     * Finds an offer by id ({@code gs_catalog_find_offer}).
     *
     * @param id the offer id (compared byte for byte)
     * @return the offer, or empty
     */
    public Optional<Offer> offer(String id) {
        SizeT.ByReference index = new SizeT.ByReference();
        int st = LIB.gs_catalog_find_offer(ptr(), id, index);
        fence();
        if (st == Status.ENOTFOUND.code()) {
            return Optional.empty();
        }
        Interop.check(st);
        return Optional.of(offers.get((int) index.getValue()));
    }

    /**
     * The offers matching a filter, in document order
     * ({@code gs_catalog_offers_matching}); age ranges are not considered.
     * Every criterion is optional ({@code null} for any).
     *
     * @param municipality only offers whose scope covers this {@code GMnnnn}
     * @param topic only offers serving this topic
     * @param phase only offers serving this phase
     * @param level only offers at exactly this level
     * @param on only offers valid on this date
     * @return an immutable list
     */
    public List<Offer> offersMatching(String municipality, Topic topic, Phase phase, Level level,
            LocalDate on) {
        Pointer c = ptr();
        int topicCode = Interop.code(topic);
        int phaseCode = Interop.code(phase);
        int levelCode = Interop.code(level);
        int onDate = Interop.optDate(on);
        SizeT.ByReference n = new SizeT.ByReference();
        Interop.check(LIB.gs_catalog_offers_matching(c, municipality, topicCode, phaseCode,
                levelCode, onDate, null, new SizeT(0), n));
        int count = (int) n.getValue();
        List<Offer> out = new ArrayList<>(count);
        if (count > 0) {
            Memory indices = new Memory((long) count * Native.SIZE_T_SIZE);
            Interop.check(LIB.gs_catalog_offers_matching(c, municipality, topicCode, phaseCode,
                    levelCode, onDate, indices, new SizeT(count), n));
            for (int k = 0; k < count; k++) {
                out.add(offers.get((int) SizeT.read(indices, (long) k * Native.SIZE_T_SIZE)));
            }
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * Routes one need through the catalogue ({@code gs_catalog_route},
     * care-paths.md "Routing a need"). Allocates nothing in C.
     *
     * @param municipality the family's municipality {@code GMnnnn}
     * @param topic the need's topic
     * @param level the start level
     * @param phases the family's phases
     * @param youngestMonths the youngest child's age in completed months,
     *        or {@code null} for a family without children
     * @param asOf the as-of date
     * @param max the most routes to return (the pack's {@code route.max})
     * @return the routes and the gap
     */
    public Routing route(String municipality, Topic topic, Level level, Collection<Phase> phases,
            Integer youngestMonths, LocalDate asOf, int max) {
        int mask = 0;
        for (Phase p : phases) {
            mask |= 1 << p.code();
        }
        Memory routes = new Memory((long) Math.max(1, max) * Native.SIZE_T_SIZE);
        SizeT.ByReference n = new SizeT.ByReference();
        IntByReference gapFrom = new IntByReference();
        IntByReference gapTo = new IntByReference();
        Interop.check(LIB.gs_catalog_route(ptr(), municipality, topic.code(), level.code(), mask,
                youngestMonths == null ? -1 : youngestMonths, Interop.date(asOf, "asOf"), routes,
                new SizeT(max), n, gapFrom, gapTo));
        fence();
        int count = (int) n.getValue();
        List<Offer> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(offers.get((int) SizeT.read(routes, (long) k * Native.SIZE_T_SIZE)));
        }
        return new Routing(Collections.unmodifiableList(out),
                LevelGap.of(gapFrom.getValue(), gapTo.getValue()));
    }

    /**
     * The care-gap analysis (witte vlekken) of this catalogue
     * ({@code gs_gaps_compute}, care-paths.md "Care-gap analysis").
     *
     * @param municipality one {@code GMnnnn} (declared or not), or
     *        {@code null} for every declared municipality
     * @param on the validity date of the offers, or {@code null} for the
     *        catalogue's own valid-from date
     * @param applicableOnly list and write only the topic-phase pairs where
     *        the topic applies ({@code GS_GAPS_APPLICABLE_ONLY})
     * @return the analysis (owns copies: it may outlive the catalogue)
     */
    public Gaps gaps(String municipality, LocalDate on, boolean applicableOnly) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_gaps_compute(out, ptr(), municipality, Interop.optDate(on),
                applicableOnly ? Gaps.APPLICABLE_ONLY : 0));
        fence();
        return new Gaps(out.getValue());
    }

    @Override
    public String toString() {
        return "Catalog[" + id + " " + version + "]";
    }

    /** A municipality the catalogue declares. Immutable. */
    public static final class CatalogMunicipality extends Value {
        private final String code;
        private final String name;
        private final Province province;
        private final List<FormerCode> formerCodes;

        CatalogMunicipality(String code, String name, Province province) {
            this(code, name, province, Collections.emptyList());
        }

        CatalogMunicipality(String code, String name, Province province,
                List<FormerCode> formerCodes) {
            this.code = code;
            this.name = name;
            this.province = province;
            this.formerCodes = formerCodes;
        }

        /**
         * The CBS code.
         *
         * @return {@code GMnnnn}
         */
        public String code() {
            return code;
        }

        /**
         * The name.
         *
         * @return the name
         */
        public String name() {
            return name;
        }

        /**
         * The province.
         *
         * @return the province
         */
        public Province province() {
            return province;
        }

        /**
         * The former codes that route as this municipality (care-paths.md).
         *
         * @return an immutable list, in document order (empty in a
         *         {@link Gaps#municipalities()} list)
         */
        public List<FormerCode> formerCodes() {
            return formerCodes;
        }

        @Override
        Object[] fields() {
            return new Object[] {code, name, province, formerCodes};
        }
    }

    /**
     * A former municipality code: one that no longer exists, routed as the
     * municipality that succeeded it. Immutable.
     */
    public static final class FormerCode extends Value {
        private final String code;
        private final String name;
        private final LocalDate until;
        private final String successor;

        FormerCode(String code, String name, LocalDate until, String successor) {
            this.code = code;
            this.name = name;
            this.until = until;
            this.successor = successor;
        }

        /**
         * The former CBS code.
         *
         * @return {@code GMnnnn}
         */
        public String code() {
            return code;
        }

        /**
         * The former municipality's name.
         *
         * @return e.g. {@code Vlagtwedde}
         */
        public String name() {
            return name;
        }

        /**
         * The last day the code existed (informational).
         *
         * @return the date
         */
        public LocalDate until() {
            return until;
        }

        /**
         * The code of the municipality that succeeded it, as which a family
         * with the former code is routed.
         *
         * @return {@code GMnnnn}
         */
        public String successor() {
            return successor;
        }

        @Override
        Object[] fields() {
            return new Object[] {code, name, until, successor};
        }
    }

    /** The result of routing one need: the routes and the gap. Immutable. */
    public static final class Routing extends Value {
        private final List<Offer> routes;
        private final LevelGap gap;

        Routing(List<Offer> routes, LevelGap gap) {
            this.routes = routes;
            this.gap = gap;
        }

        /**
         * The routes: the candidates at the route level, by scope
         * (municipality, province, region, national), then offer id.
         *
         * @return an immutable list
         */
        public List<Offer> routes() {
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
            return new Object[] {routes, gap};
        }
    }
}
