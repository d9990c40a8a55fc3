/*
 * libgoedestart Java binding - the Goede Start municipalities (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One of the eleven Goede Start municipalities the library knows
 * ({@code gs_municipality_*}). Any other well-formed CBS code
 * {@code GMnnnn} is still a valid municipality for a family; the table only
 * adds names and provinces. Immutable.
 */
public final class Municipality extends Value {
    private static final List<Municipality> ALL = load();

    private final int index;
    private final String code;
    private final String name;
    private final Province province;

    private Municipality(int index, String code, String name, Province province) {
        this.index = index;
        this.code = code;
        this.name = name;
        this.province = province;
    }

    private static List<Municipality> load() {
        GsLibrary lib = Interop.LIB;
        int n = lib.gs_municipality_count().toIndex();
        List<Municipality> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SizeT si = new SizeT(i);
            out.add(new Municipality(i, lib.gs_municipality_code(si), lib.gs_municipality_name(si),
                    Province.ofToken(lib.gs_municipality_province(si))));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The table, in the order of spec/model.md (Drenthe, then Groningen, each
     * by name).
     *
     * @return the eleven municipalities
     */
    public static List<Municipality> all() {
        return ALL;
    }

    /**
     * Finds a known municipality by its CBS code ({@code gs_municipality_find}).
     *
     * @param code a code {@code GMnnnn}
     * @return the municipality, or empty for a well-formed code outside the table
     * @throws GoedestartException {@link Status#EINVAL} for a malformed code
     */
    public static Optional<Municipality> find(String code) {
        SizeT.ByReference index = new SizeT.ByReference();
        int st = Interop.LIB.gs_municipality_find(code, index);
        if (st == Status.ENOTFOUND.code()) {
            return Optional.empty();
        }
        Interop.check(st);
        return Optional.of(ALL.get((int) index.getValue()));
    }

    /**
     * The position in the table.
     *
     * @return 0 to 10
     */
    public int index() {
        return index;
    }

    /**
     * The CBS code.
     *
     * @return e.g. {@code GM0114}
     */
    public String code() {
        return code;
    }

    /**
     * The name.
     *
     * @return e.g. {@code Emmen}
     */
    public String name() {
        return name;
    }

    /**
     * The province.
     *
     * @return {@link Province#DRENTHE} or {@link Province#GRONINGEN}
     */
    public Province province() {
        return province;
    }

    @Override
    Object[] fields() {
        return new Object[] {code, name, province};
    }
}
