/*
 * libgoedestart Java binding - a table family id -> group label (gs-survival.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Group labels per family ({@code gs_labels}), for analyses grouped with
 * {@link GroupBy#LABEL} (e.g. an intervention and a control group). Owns
 * copies of its strings. One thread at a time; close it after the
 * analyses that use it.
 */
public final class Labels extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private Labels(Pointer pointer) {
        super(pointer, LIB::gs_labels_free);
    }

    /**
     * An empty table ({@code gs_labels_new}).
     *
     * @return the table
     */
    public static Labels create() {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_labels_new(out));
        return new Labels(out.getValue());
    }

    /**
     * Loads a table from CSV with header {@code family,label}
     * ({@code gs_labels_load_csv_file}).
     *
     * @param path the file
     * @return the table
     * @throws GoedestartException {@link Status#EIO}, or {@link Status#EPARSE}
     *         with file, line and column
     */
    public static Labels load(Path path) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_labels_load_csv_file(out, path.toString()));
        return new Labels(out.getValue());
    }

    /**
     * Loads a table from CSV text ({@code gs_labels_load_csv_memory}).
     *
     * @param csv the CSV
     * @param name the name used in error messages, or {@code null} for "memory"
     * @return the table
     * @throws GoedestartException {@link Status#EPARSE} with the position
     */
    public static Labels parse(String csv, String name) {
        byte[] data = csv.getBytes(StandardCharsets.UTF_8);
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_labels_load_csv_memory(out, data, new SizeT(data.length), name));
        return new Labels(out.getValue());
    }

    /**
     * Sets the label of a family ({@code gs_labels_set}).
     *
     * @param familyId the family id
     * @param label the label
     * @return this table
     * @throws GoedestartException {@link Status#EINVAL} for an invalid id or
     *         label, or a family that already has a label
     */
    public Labels set(String familyId, String label) {
        Interop.check(LIB.gs_labels_set(ptr(), familyId, label));
        fence();
        return this;
    }

    /**
     * The label of a family ({@code gs_labels_get}).
     *
     * @param familyId the family id
     * @return the label, or {@code null} when the family has none
     */
    public String get(String familyId) {
        String s = LIB.gs_labels_get(ptr(), familyId);
        fence();
        return s;
    }

    /**
     * The number of families in the table ({@code gs_labels_count}).
     *
     * @return the count
     */
    public int size() {
        int n = LIB.gs_labels_count(ptr()).toIndex();
        fence();
        return n;
    }
}
