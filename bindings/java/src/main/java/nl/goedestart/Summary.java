/*
 * libgoedestart Java binding - a compact table of assessment results (gs-summary.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Assesses a whole population in C and keeps one compact row per family
 * ({@code gs_summary}): the bulk path, so a program never loops over a
 * million families through JNA. The loop runs in C with one reused
 * assessment; the columns are {@code int32_t} arrays copied into Java in
 * one call each.
 *
 * <p>A summary owns its data (it borrows nothing). One thread at a time;
 * close it when done.
 */
public final class Summary extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private Summary(Pointer pointer) {
        super(pointer, LIB::gs_summary_free);
    }

    /**
     * Assesses families into a summary ({@code gs_summary_from_families}).
     *
     * @param families the families
     * @param asOf the as-of date
     * @param pack the pack
     * @param catalog the catalogue, or {@code null}
     * @return the summary, one row per family in order
     * @throws GoedestartException the first error, naming the family
     */
    public static Summary of(List<Family> families, LocalDate asOf, Pack pack, Catalog catalog) {
        int date = Interop.date(asOf, "asOf");
        Memory array = Interop.pointers(families);
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_summary_from_families(out, array, new SizeT(families.size()), date,
                pack.ptr(), catalog == null ? null : catalog.ptr()));
        Reference.reachabilityFence(array);
        families.forEach(NativeHandle::fence);
        pack.fence();
        if (catalog != null) {
            catalog.fence();
        }
        return new Summary(out.getValue());
    }

    /**
     * Streams a dossier file and assesses every family into a summary
     * ({@code gs_summary_from_file}); memory stays flat whatever the size.
     *
     * @param dossier the dossier file
     * @param asOf the as-of date
     * @param pack the pack
     * @param catalog the catalogue, or {@code null}
     * @return the summary
     * @throws GoedestartException {@link Status#EPARSE} or {@link Status#EIO}
     *         with the file position of a bad family
     */
    public static Summary fromFile(Path dossier, LocalDate asOf, Pack pack, Catalog catalog) {
        int date = Interop.date(asOf, "asOf");
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_summary_from_file(out, dossier.toString(), date, pack.ptr(),
                catalog == null ? null : catalog.ptr()));
        pack.fence();
        if (catalog != null) {
            catalog.fence();
        }
        return new Summary(out.getValue());
    }

    /**
     * The number of rows ({@code gs_summary_rows}).
     *
     * @return one per family
     */
    public int rows() {
        int n = LIB.gs_summary_rows(ptr()).toIndex();
        fence();
        return n;
    }

    /**
     * A copy of one integer column ({@code gs_summary_column_data}).
     *
     * @param column the column
     * @return one value per row
     */
    public int[] column(SummaryColumn column) {
        Pointer s = ptr();
        int n = LIB.gs_summary_rows(s).toIndex();
        Pointer data = LIB.gs_summary_column_data(s, column.code());
        int[] out = n == 0 || data == null ? new int[0] : data.getIntArray(0, n);
        fence();
        return out;
    }

    /**
     * The family id of a row ({@code gs_summary_family_id}).
     *
     * @param row the row
     * @return the id
     * @throws IndexOutOfBoundsException for a bad row
     */
    public String familyId(int row) {
        String s = LIB.gs_summary_family_id(ptr(), new SizeT(row));
        fence();
        if (s == null) {
            throw new IndexOutOfBoundsException("row " + row);
        }
        return s;
    }

    /**
     * The municipality of a row ({@code gs_summary_municipality}).
     *
     * @param row the row
     * @return the code {@code GMnnnn}
     * @throws IndexOutOfBoundsException for a bad row
     */
    public String municipality(int row) {
        String s = LIB.gs_summary_municipality(ptr(), new SizeT(row));
        fence();
        if (s == null) {
            throw new IndexOutOfBoundsException("row " + row);
        }
        return s;
    }

    /**
     * Every family id, in row order, read in one call ({@code gs_summary_ids}).
     *
     * @return an immutable list
     */
    public List<String> familyIds() {
        SizeT.ByReference len = new SizeT.ByReference();
        Pointer p = LIB.gs_summary_ids(ptr(), len);
        int n = Math.toIntExact(len.getValue());
        byte[] bytes = n == 0 ? new byte[0] : p.getByteArray(0, n);
        fence();
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                out.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return Collections.unmodifiableList(out);
    }
}
