/*
 * libgoedestart Java binding - pseudonyms and date shifts (gs-export.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The pseudonyms and date shifts of families and children for the research
 * export ({@code gs_mapping}, namespace {@code urn:goedestart:mapping:1}).
 *
 * <p>The data owner keeps it: it is the key to re-identification. An
 * {@link Exporter} extends it with families and children it meets for the
 * first time; exporting again with the same mapping gives the same
 * pseudonyms. One thread at a time; close it after its exporters.
 */
public final class Mapping extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private Mapping(Pointer pointer) {
        super(pointer, LIB::gs_mapping_free);
    }

    /**
     * An empty mapping ({@code gs_mapping_new}).
     *
     * @return the mapping
     */
    public static Mapping create() {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_mapping_new(out));
        return new Mapping(out.getValue());
    }

    /**
     * Loads a mapping file ({@code gs_mapping_load_file}).
     *
     * @param path the file
     * @return the mapping
     * @throws GoedestartException {@link Status#EIO}, or {@link Status#EPARSE}
     *         with file, line and column
     */
    public static Mapping load(Path path) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_mapping_load_file(out, path.toString()));
        return new Mapping(out.getValue());
    }

    /**
     * Loads a mapping from XML text ({@code gs_mapping_load_memory}).
     *
     * @param xml the document
     * @param name the name used in error messages, or {@code null} for "memory"
     * @return the mapping
     * @throws GoedestartException {@link Status#EPARSE} with the position
     */
    public static Mapping parse(String xml, String name) {
        byte[] data = xml.getBytes(StandardCharsets.UTF_8);
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_mapping_load_memory(out, data, new SizeT(data.length), name));
        return new Mapping(out.getValue());
    }

    /**
     * The mapping as XML, families by id ({@code gs_mapping_save_memory}).
     *
     * @return the document
     */
    public String toXml() {
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_mapping_save_memory(ptr(), out, len));
        fence();
        return Interop.take(out, len.getValue());
    }

    /**
     * Saves the mapping atomically with mode 0600 ({@code gs_mapping_save_file}).
     *
     * @param path the file
     * @throws GoedestartException {@link Status#EIO} (the old file is untouched)
     */
    public void save(Path path) {
        Interop.check(LIB.gs_mapping_save_file(ptr(), path.toString()));
        fence();
    }

    /**
     * The number of families ({@code gs_mapping_family_count}).
     *
     * @return the count
     */
    public int familyCount() {
        int n = LIB.gs_mapping_family_count(ptr()).toIndex();
        fence();
        return n;
    }

    /**
     * The number of children over all families ({@code gs_mapping_child_count}).
     *
     * @return the count
     */
    public int childCount() {
        int n = LIB.gs_mapping_child_count(ptr()).toIndex();
        fence();
        return n;
    }

    /**
     * The pseudonym of a family ({@code gs_mapping_family_pseudonym}).
     *
     * @param familyId the family id
     * @return 32 hex characters, or {@code null} when not mapped
     */
    public String familyPseudonym(String familyId) {
        String s = LIB.gs_mapping_family_pseudonym(ptr(), familyId);
        fence();
        return s;
    }

    /**
     * The date shift of a family ({@code gs_mapping_family_shift}).
     *
     * @param familyId the family id
     * @return the shift in days (-14..14), or empty when not mapped
     */
    public OptionalInt familyShift(String familyId) {
        IntByReference out = new IntByReference();
        int st = LIB.gs_mapping_family_shift(ptr(), familyId, out);
        fence();
        if (st == Status.ENOTFOUND.code()) {
            return OptionalInt.empty();
        }
        Interop.check(st);
        return OptionalInt.of(out.getValue());
    }

    /**
     * The pseudonym of a child ({@code gs_mapping_child_pseudonym}).
     *
     * @param familyId the family id
     * @param childId the child id
     * @return 32 hex characters, or {@code null} when not mapped
     */
    public String childPseudonym(String familyId, String childId) {
        String s = LIB.gs_mapping_child_pseudonym(ptr(), familyId, childId);
        fence();
        return s;
    }
}
