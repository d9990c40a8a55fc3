/*
 * libgoedestart Java binding - dossier files loaded whole, and saving (gs-dossier.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * The families of one dossier file (namespace
 * {@code urn:goedestart:dossier:1}), loaded whole ({@code gs_dossier}).
 *
 * <p>Loading parses the XML securely (no DTD, no entities, no network),
 * validates every family against the dossier schema and builds it with
 * the same checks as {@link Family.Builder}. The first error throws a
 * {@link GoedestartException} with the file, line and column of the
 * offending element. At most 256 MiB and 1,000,000 families; larger files
 * are read with {@link DossierReader}.
 *
 * <p>The families belong to the dossier: {@link #family(int)} gives views
 * that are valid while the dossier is open; {@link #take(int)} hands one
 * over to the caller. One thread at a time.
 */
public final class Dossier extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private Dossier(Pointer pointer) {
        super(pointer, LIB::gs_dossier_free);
    }

    /**
     * Loads a dossier file ({@code gs_dossier_load_file}).
     *
     * @param path the file
     * @return the dossier
     * @throws GoedestartException {@link Status#EIO} when the file cannot be
     *         read, {@link Status#EPARSE} (with file, line and column) when it
     *         is not a valid dossier
     */
    public static Dossier load(Path path) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_dossier_load_file(out, path.toString()));
        return new Dossier(out.getValue());
    }

    /**
     * Loads a dossier from memory ({@code gs_dossier_load_memory}).
     *
     * @param xml the document (UTF-8)
     * @param name the name used in error messages, or {@code null} for "memory"
     * @return the dossier
     * @throws GoedestartException {@link Status#EPARSE} with the position
     */
    public static Dossier parse(byte[] xml, String name) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_dossier_load_memory(out, xml, new SizeT(xml.length), name));
        return new Dossier(out.getValue());
    }

    /**
     * Loads a dossier from a string.
     *
     * @param xml the document
     * @param name the name used in error messages, or {@code null} for "memory"
     * @return the dossier
     * @throws GoedestartException {@link Status#EPARSE} with the position
     */
    public static Dossier parse(String xml, String name) {
        return parse(xml.getBytes(StandardCharsets.UTF_8), name);
    }

    /**
     * The number of families, in document order.
     *
     * @return the count
     */
    public int size() {
        int n = LIB.gs_dossier_family_count(ptr()).toIndex();
        fence();
        return n;
    }

    /**
     * Whether the root element was a single {@code family} (its assessment
     * document then has root {@code assessment}, else {@code assessments}).
     *
     * @return {@code true} for a {@code family} root
     */
    public boolean rootIsFamily() {
        boolean b = LIB.gs_dossier_root_is_family(ptr()) != 0;
        fence();
        return b;
    }

    /**
     * A family of the dossier, borrowed: valid while the dossier is open.
     * Closing the view does nothing.
     *
     * @param index 0 to {@link #size()} - 1, document order
     * @return the family
     * @throws IndexOutOfBoundsException for a bad index
     * @throws IllegalStateException when the family was taken with {@link #take(int)}
     */
    public Family family(int index) {
        int n = size();
        if (index < 0 || index >= n) {
            throw new IndexOutOfBoundsException("family " + index + " of " + n);
        }
        Pointer p = LIB.gs_dossier_family(ptr(), new SizeT(index));
        fence();
        if (p == null) {
            throw new IllegalStateException("family " + index + " was taken from the dossier");
        }
        return Family.borrowed(p, this);
    }

    /**
     * The families still in the dossier, borrowed (see {@link #family(int)}).
     *
     * @return an immutable list in document order, without taken families
     */
    public List<Family> families() {
        Pointer d = ptr();
        int n = LIB.gs_dossier_family_count(d).toIndex();
        List<Family> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Pointer p = LIB.gs_dossier_family(d, new SizeT(i));
            if (p != null) {
                out.add(Family.borrowed(p, this));
            }
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * Finds a family by its id ({@code gs_dossier_find_family}).
     *
     * @param id the family id
     * @return its index, or empty when the dossier has no such family
     */
    public OptionalInt find(String id) {
        SizeT.ByReference index = new SizeT.ByReference();
        int st = LIB.gs_dossier_find_family(ptr(), id, index);
        fence();
        if (st == Status.ENOTFOUND.code()) {
            return OptionalInt.empty();
        }
        Interop.check(st);
        return OptionalInt.of((int) index.getValue());
    }

    /**
     * Takes a family out of the dossier: the caller owns (and closes) it.
     * The other indices stay the same.
     *
     * @param index 0 to {@link #size()} - 1
     * @return the family
     * @throws GoedestartException {@link Status#EINVAL} for a bad index,
     *         {@link Status#ENOTFOUND} when it was already taken
     */
    public Family take(int index) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_dossier_take_family(ptr(), new SizeT(index), out));
        fence();
        return Family.owned(out.getValue());
    }

    /**
     * Writes families as a canonical dossier document
     * ({@code gs_dossier_save_memory}): {@code load(write(x))} equals
     * {@code x}, and writing a loaded canonical file gives it back byte for
     * byte.
     *
     * @param families the families, at least one
     * @param rootFamily {@code true} for a single {@code family} root (then
     *        exactly one family), {@code false} for {@code dossiers}
     * @return the document
     */
    public static String write(List<Family> families, boolean rootFamily) {
        Memory array = Interop.pointers(families);
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_dossier_save_memory(array, new SizeT(families.size()),
                rootFamily ? 1 : 0, out, len));
        String xml = Interop.take(out, len.getValue());
        families.forEach(NativeHandle::fence);
        return xml;
    }

    /**
     * Writes families as a canonical dossier file, atomically
     * ({@code gs_dossier_save_file}): the old file is replaced only when
     * everything was written.
     *
     * @param path the target file
     * @param families the families, at least one
     * @param rootFamily {@code true} for a single {@code family} root
     * @throws GoedestartException {@link Status#EIO} (the old file is untouched)
     */
    public static void save(Path path, List<Family> families, boolean rootFamily) {
        Memory array = Interop.pointers(families);
        Interop.check(LIB.gs_dossier_save_file(array, new SizeT(families.size()),
                rootFamily ? 1 : 0, path.toString()));
        families.forEach(NativeHandle::fence);
    }
}
