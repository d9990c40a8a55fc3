/*
 * libgoedestart Java binding - writing a dossier file family by family (gs-dossier.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.file.Path;

/**
 * Writes a {@code dossiers} file of any size, family by family, in the
 * canonical form ({@code gs_dossier_writer}).
 *
 * <p>The content goes to a temporary file beside the target; only
 * {@link #commit()} flushes it to disk and renames it over the target.
 * {@link #close()} without a successful commit removes the temporary file
 * and leaves the target untouched, so a try-with-resources block that
 * throws before {@code commit()} changes nothing. One thread at a time.
 */
public final class DossierWriter extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private DossierWriter(Pointer pointer) {
        super(pointer, LIB::gs_dossier_writer_free);
    }

    /**
     * Starts writing ({@code gs_dossier_writer_open}).
     *
     * @param path the target file
     * @return the writer
     * @throws GoedestartException {@link Status#EIO} when the directory is not writable
     */
    public static DossierWriter open(Path path) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_dossier_writer_open(out, path.toString()));
        return new DossierWriter(out.getValue());
    }

    /**
     * Appends a family ({@code gs_dossier_writer_add}); it is not kept.
     *
     * @param family a family
     * @return this writer
     * @throws GoedestartException {@link Status#EIO}; the writer can then only be closed
     */
    public DossierWriter add(Family family) {
        Interop.check(LIB.gs_dossier_writer_add(ptr(), family.ptr()));
        fence();
        family.fence();
        return this;
    }

    /**
     * Finishes the document and puts it in place
     * ({@code gs_dossier_writer_close}). Close the writer afterwards.
     *
     * @throws GoedestartException {@link Status#EINVAL} when no family was
     *         added; {@link Status#EIO} (the target is untouched);
     *         {@link Status#ESTATE} when already committed or after a failure
     */
    public void commit() {
        Interop.check(LIB.gs_dossier_writer_close(ptr()));
        fence();
    }
}
