/*
 * libgoedestart Java binding - the synthetic population generator (gs-generate.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic synthetic population of Goede Start families, generated
 * family by family ({@code gs_population}, spec/cli.md "Synthetic
 * population"): for demos, tests and benchmarks.
 *
 * <p>The output depends only on the seed, the number of families, the
 * as-of date and the library version: the same options give the same
 * families everywhere, also through Python and C. Family {@code i} is
 * {@code F-} followed by {@code i + 1} in at least six digits. Every
 * family is finished and owned by the caller.
 *
 * <p>As an {@link java.util.Iterator} it hands out the families in order. One thread
 * at a time; close it when done (the families it handed out stay valid).
 */
public final class Population extends FamilySource {
    private static final GsLibrary LIB = Interop.LIB;

    private Population(Pointer pointer) {
        super(pointer, LIB::gs_population_free, "end of the population");
    }

    private static GsLibrary.PopulationOptions options(long seed, long families, LocalDate asOf) {
        GsLibrary.PopulationOptions o = new GsLibrary.PopulationOptions();
        LIB.gs_population_options_init(o);
        o.read();
        o.seed = seed;
        o.families = families;
        o.as_of = Interop.date(asOf, "asOf");
        return o;
    }

    /**
     * Starts generating with the library's default seed
     * ({@code gs_population_options_init}, then {@code gs_population_new}).
     *
     * @param families the number of families
     * @param asOf the date the population stands on
     * @return the generator
     */
    public static Population create(long families, LocalDate asOf) {
        GsLibrary.PopulationOptions o = new GsLibrary.PopulationOptions();
        LIB.gs_population_options_init(o);
        o.read();
        return create(o.seed, families, asOf);
    }

    /**
     * Starts generating ({@code gs_population_new}).
     *
     * @param seed the seed of the pseudo-random generator
     * @param families the number of families
     * @param asOf the date the population stands on (1925-01-01 .. 2198-12-31)
     * @return the generator
     * @throws GoedestartException {@link Status#EINVAL} for a bad as-of date
     */
    public static Population create(long seed, long families, LocalDate asOf) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_population_new(out, options(seed, families, asOf)));
        return new Population(out.getValue());
    }

    /**
     * Generates a whole population into a dossier file, streaming and
     * atomically ({@code gs_population_generate}); the same options give a
     * byte-identical file everywhere.
     *
     * @param path the target file
     * @param seed the seed
     * @param families the number of families, at least 1
     * @param asOf the as-of date
     * @throws GoedestartException {@link Status#EIO} (the old file is untouched)
     */
    public static void writeFile(Path path, long seed, long families, LocalDate asOf) {
        Interop.check(LIB.gs_population_generate(options(seed, families, asOf),
                path.toString()));
    }

    /**
     * Generates a whole population into a list.
     *
     * @param seed the seed
     * @param families the number of families
     * @param asOf the as-of date
     * @return the families, owned by the caller (close each)
     */
    public static List<Family> generate(long seed, int families, LocalDate asOf) {
        List<Family> out = new ArrayList<>(families);
        try (Population p = create(seed, families, asOf)) {
            for (Family f = p.nextFamily(); f != null; f = p.nextFamily()) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    int nextNative(Pointer handle, PointerByReference out) {
        return LIB.gs_population_next(handle, out);
    }
}
