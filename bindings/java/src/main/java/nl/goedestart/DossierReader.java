/*
 * libgoedestart Java binding - streaming a dossier file family by family (gs-dossier.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.file.Path;

/**
 * Reads a dossier file of any size one family at a time with flat memory
 * ({@code gs_dossier_reader}).
 *
 * <p>As an {@link java.util.Iterator}, {@link #hasNext()} reads the next family
 * ahead; each family returned by {@link #next()} is owned by the caller,
 * who closes it. The checks and messages are those of {@link Dossier}.
 * After an error inside one family (schema, semantic rule, duplicate id)
 * the exception comes from {@code hasNext()} or {@link #nextFamily()} and
 * the reader stays usable: the next call continues with the following
 * family, so a validator can report every bad family. After an error in
 * the XML itself, an I/O error or running out of memory, every later call
 * fails again. One thread at a time.
 */
public final class DossierReader extends FamilySource {
    private static final GsLibrary LIB = Interop.LIB;

    private DossierReader(Pointer pointer) {
        super(pointer, LIB::gs_dossier_reader_free, "end of the dossier");
    }

    /**
     * Opens a file and reads up to its root element
     * ({@code gs_dossier_reader_open_file}).
     *
     * @param path the file
     * @return the reader
     * @throws GoedestartException {@link Status#EIO} when the file cannot be
     *         opened, {@link Status#EPARSE} when it does not start as a dossier
     */
    public static DossierReader open(Path path) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_dossier_reader_open_file(out, path.toString()));
        return new DossierReader(out.getValue());
    }

    /**
     * Opens a reader on a copy of a buffer ({@code gs_dossier_reader_open_memory}).
     *
     * @param xml the document (UTF-8)
     * @param name the name used in error messages, or {@code null} for "memory"
     * @return the reader
     * @throws GoedestartException {@link Status#EPARSE} when it does not start as a dossier
     */
    public static DossierReader open(byte[] xml, String name) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_dossier_reader_open_memory(out, xml, new SizeT(xml.length), name));
        return new DossierReader(out.getValue());
    }

    /**
     * Whether the root element is a single {@code family}.
     *
     * @return {@code true} for a {@code family} root
     */
    public boolean rootIsFamily() {
        boolean b = LIB.gs_dossier_reader_root_is_family(ptr()) != 0;
        fence();
        return b;
    }

    @Override
    int nextNative(Pointer handle, PointerByReference out) {
        return LIB.gs_dossier_reader_next(handle, out);
    }
}
