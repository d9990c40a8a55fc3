/*
 * libgoedestart Java binding - packs: parameters, schedule, decision tables (gs-pack.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded pack: the rule data of the library - parameters, the schedule
 * of signal moments and the decision tables ({@code gs_pack}, gs-pack.h).
 *
 * <p><b>Threads.</b> A pack is immutable: load it once and share it
 * between any number of threads, each assessing its own families. This
 * object holds no mutable state: its identity, parameters, schedule and
 * tables are read once when it is loaded. Only {@link #close()} changes
 * it; close it after every thread is done with it (and after the
 * evaluators and assessments that use it).
 */
public final class Pack extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;
    private static final List<String> PARAM_NAMES = loadParamNames();

    private final String id;
    private final String version;
    private final String[] titles;
    private final String decisionsFile;
    private final String sha256;
    private final Map<String, Integer> params;
    private final List<Moment> moments;
    private final List<Decision> decisions;

    private Pack(Pointer p) {
        super(p, LIB::gs_pack_free);
        this.id = LIB.gs_pack_id(p);
        this.version = LIB.gs_pack_version(p);
        this.titles = Texts.of(lang -> LIB.gs_pack_title(p, lang));
        this.decisionsFile = LIB.gs_pack_decisions_file(p);
        this.sha256 = LIB.gs_pack_sha256(p);
        Map<String, Integer> ps = new LinkedHashMap<>();
        for (String name : PARAM_NAMES) {
            IntByReference v = new IntByReference();
            Interop.check(LIB.gs_pack_param(p, name, v));
            ps.put(name, v.getValue());
        }
        this.params = Collections.unmodifiableMap(ps);
        int nm = LIB.gs_pack_moment_count(p).toIndex();
        List<Moment> ms = new ArrayList<>(nm);
        for (int i = 0; i < nm; i++) {
            SizeT si = new SizeT(i);
            String instruments = LIB.gs_pack_moment_instruments(p, si);
            ms.add(new Moment(i, LIB.gs_pack_moment_id(p, si),
                    Texts.of(lang -> LIB.gs_pack_moment_label(p, si, lang)),
                    Phase.of(LIB.gs_pack_moment_phase(p, si)),
                    Setting.of(LIB.gs_pack_moment_setting(p, si)),
                    Anchor.of(LIB.gs_pack_moment_anchor(p, si)),
                    Trigger.of(LIB.gs_pack_moment_trigger(p, si)),
                    LIB.gs_pack_moment_open(p, si), LIB.gs_pack_moment_due(p, si),
                    LIB.gs_pack_moment_overdue(p, si), LIB.gs_pack_moment_close(p, si),
                    instruments.isEmpty() ? Collections.emptyList()
                            : Collections.unmodifiableList(Arrays.asList(instruments.split(" "))),
                    CareNeed.of(LIB.gs_pack_moment_condition(p, si)),
                    LIB.gs_pack_moment_bds(p, si)));
        }
        this.moments = Collections.unmodifiableList(ms);
        int nd = LIB.gs_pack_decision_count(p).toIndex();
        List<Decision> ds = new ArrayList<>(nd);
        for (int i = 0; i < nd; i++) {
            ds.add(new Decision(this, LIB.gs_pack_decision_at(p, new SizeT(i))));
        }
        this.decisions = Collections.unmodifiableList(ds);
        fence();
    }

    private static List<String> loadParamNames() {
        int n = LIB.gs_pack_param_count().toIndex();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(LIB.gs_pack_param_name(new SizeT(i)));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Loads the default pack {@code gs-default} compiled into the library
     * ({@code gs_pack_load_default}); works with no files installed. Each
     * call loads a new copy: load it once and share it.
     *
     * @return the pack
     */
    public static Pack loadDefault() {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_pack_load_default(out));
        return new Pack(out.getValue());
    }

    /**
     * Loads a pack file and the decisions file it names, relative to its
     * directory ({@code gs_pack_load_file}).
     *
     * @param path the pack file
     * @return the pack
     * @throws GoedestartException {@link Status#EIO}, {@link Status#EPARSE}
     *         (with file, line and column) or {@link Status#EVERSION}
     */
    public static Pack load(Path path) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_pack_load_file(out, path.toString()));
        return new Pack(out.getValue());
    }

    /**
     * Loads a pack from two documents ({@code gs_pack_load_memory}).
     *
     * @param packXml the pack document (UTF-8)
     * @param dmnXml its DMN decisions document (UTF-8)
     * @param name the name of the pack document in messages, or {@code null}
     * @return the pack
     * @throws GoedestartException {@link Status#EPARSE} or {@link Status#EVERSION}
     */
    public static Pack load(byte[] packXml, byte[] dmnXml, String name) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_pack_load_memory(out, packXml, new SizeT(packXml.length), dmnXml,
                new SizeT(dmnXml.length), name));
        return new Pack(out.getValue());
    }

    /**
     * Loads a pack from two strings.
     *
     * @param packXml the pack document
     * @param dmnXml its DMN decisions document
     * @param name the name of the pack document in messages, or {@code null}
     * @return the pack
     * @throws GoedestartException {@link Status#EPARSE} or {@link Status#EVERSION}
     */
    public static Pack load(String packXml, String dmnXml, String name) {
        return load(packXml.getBytes(StandardCharsets.UTF_8),
                dmnXml.getBytes(StandardCharsets.UTF_8), name);
    }

    /**
     * The names of the pack parameters, in the order of formats.md
     * ({@code gs_pack_param_count}, {@code gs_pack_param_name}).
     *
     * @return the names, e.g. {@code valid.dmop}
     */
    public static List<String> paramNames() {
        return PARAM_NAMES;
    }

    /**
     * The pack's id.
     *
     * @return e.g. {@code gs-default}
     */
    public String id() {
        return id;
    }

    /**
     * The pack's version.
     *
     * @return e.g. {@code 2026.1}
     */
    public String version() {
        return version;
    }

    /**
     * The pack's title ({@code gs_pack_title}).
     *
     * @param lang the language; a missing title falls back to the other language
     * @return the title
     */
    public String title(Lang lang) {
        return titles[lang.code()];
    }

    /**
     * The file name of the decisions document (the {@code href}).
     *
     * @return the name
     */
    public String decisionsFile() {
        return decisionsFile;
    }

    /**
     * The SHA-256 of the pack's content: the pack document's bytes followed
     * by the decisions document's bytes, as loaded; every assessment
     * records it ({@code pack-sha256}).
     *
     * @return 64 lowercase hex digits
     */
    public String sha256() {
        return sha256;
    }

    /**
     * Every parameter with its value (the pack's, or the default).
     *
     * @return an immutable map in the order of {@link #paramNames()}
     */
    public Map<String, Integer> params() {
        return params;
    }

    /**
     * The value of a parameter ({@code gs_pack_param}).
     *
     * @param name the parameter, e.g. {@code schedule.horizon}
     * @return its value (days or years)
     * @throws GoedestartException {@link Status#ENOTFOUND} for an unknown name
     */
    public int param(String name) {
        IntByReference out = new IntByReference();
        Interop.check(LIB.gs_pack_param(ptr(), name, out));
        fence();
        return out.getValue();
    }

    /**
     * The signal moments of the schedule, in document order.
     *
     * @return an immutable list
     */
    public List<Moment> moments() {
        return moments;
    }

    /**
     * Finds a moment by id ({@code gs_pack_moment_find}).
     *
     * @param id the moment id, e.g. {@code jgz-8w}
     * @return the moment, or empty
     */
    public Optional<Moment> moment(String id) {
        SizeT.ByReference index = new SizeT.ByReference();
        int st = LIB.gs_pack_moment_find(ptr(), id, index);
        fence();
        if (st == Status.ENOTFOUND.code()) {
            return Optional.empty();
        }
        Interop.check(st);
        return Optional.of(moments.get((int) index.getValue()));
    }

    /**
     * The decision tables, in document order (also tables the library
     * itself does not use).
     *
     * @return an immutable list
     */
    public List<Decision> decisions() {
        return decisions;
    }

    /**
     * Finds a decision table by its id, else by its name ({@code gs_decision_find}).
     *
     * @param idOrName e.g. {@code care-need}
     * @return the decision
     * @throws GoedestartException {@link Status#ENOTFOUND} when there is none
     */
    public Decision decision(String idOrName) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_decision_find(ptr(), idOrName, out));
        fence();
        Pointer p = out.getValue();
        for (Decision d : decisions) {
            if (d.pointer().equals(p)) {
                return d;
            }
        }
        throw new IllegalStateException("decision not in its pack: " + idOrName);
    }

    @Override
    public String toString() {
        return "Pack[" + id + " " + version + "]";
    }

    /** A signal moment of the schedule. Immutable. */
    public static final class Moment extends Value {
        private final int index;
        private final String id;
        private final String[] labels;
        private final Phase phase;
        private final Setting setting;
        private final Anchor anchor;
        private final Trigger trigger;
        private final int open;
        private final int due;
        private final int overdue;
        private final int close;
        private final List<String> instruments;
        private final CareNeed condition;
        private final String bds;

        Moment(int index, String id, String[] labels, Phase phase, Setting setting,
                Anchor anchor, Trigger trigger, int open, int due, int overdue, int close,
                List<String> instruments, CareNeed condition, String bds) {
            this.index = index;
            this.id = id;
            this.labels = labels;
            this.phase = phase;
            this.setting = setting;
            this.anchor = anchor;
            this.trigger = trigger;
            this.open = open;
            this.due = due;
            this.overdue = overdue;
            this.close = close;
            this.instruments = instruments;
            this.condition = condition;
            this.bds = bds;
        }

        /**
         * The position in the schedule (document order).
         *
         * @return the index
         */
        public int index() {
            return index;
        }

        /**
         * The moment's id.
         *
         * @return e.g. {@code jgz-8w}
         */
        public String id() {
            return id;
        }

        /**
         * The label ({@code gs_pack_moment_label}).
         *
         * @param lang the language ({@link Lang#NONE} gives Dutch); a missing
         *        label falls back to the other language
         * @return the label
         */
        public String label(Lang lang) {
            return labels[lang.code()];
        }

        /**
         * The life phase it serves.
         *
         * @return the phase
         */
        public Phase phase() {
            return phase;
        }

        /**
         * Where it takes place.
         *
         * @return the setting
         */
        public Setting setting() {
            return setting;
        }

        /**
         * The anchor of the offsets.
         *
         * @return conception, birth or indication
         */
        public Anchor anchor() {
            return anchor;
        }

        /**
         * What creates an instance of an indicated moment (anchor
         * {@link Anchor#INDICATION}): a contact with a matching consult status.
         *
         * @return the trigger, or {@code null} for a moment anchored on a
         *         pregnancy start or a birth
         */
        public Trigger trigger() {
            return trigger;
        }

        /**
         * The first day it can be held, in days from the anchor.
         *
         * @return the offset
         */
        public int open() {
            return open;
        }

        /**
         * The day it is due, in days from the anchor.
         *
         * @return the offset
         */
        public int due() {
            return due;
        }

        /**
         * The last day it is due (overdue from the next day), in days from the anchor.
         *
         * @return the offset
         */
        public int overdue() {
            return overdue;
        }

        /**
         * The last day it can be held (missed after it), in days from the anchor.
         *
         * @return the offset
         */
        public int close() {
            return close;
        }

        /**
         * The instruments expected.
         *
         * @return tokens such as {@code dmop-extended}; empty when none
         */
        public List<String> instruments() {
            return instruments;
        }

        /**
         * The condition {@code care-need-at-least:X}.
         *
         * @return the minimum proposed care need, or {@code null} when the
         *         moment always applies
         */
        public CareNeed condition() {
            return condition;
        }

        /**
         * The BDS JGZ contact code.
         *
         * @return e.g. {@code 37}, or {@code null}
         */
        public String bds() {
            return bds;
        }

        @Override
        Object[] fields() {
            return new Object[] {id, labels, phase, setting, anchor, trigger, open, due, overdue,
                close, instruments, condition, bds};
        }
    }
}
