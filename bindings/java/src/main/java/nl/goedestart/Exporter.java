/*
 * libgoedestart Java binding - the pseudonymised research export (gs-export.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A pseudonymised one-row-per-(family, child) table for statisticians, as
 * CSV or XML ({@code gs_exporter}, spec/indicators.md "Research export").
 *
 * <p>Family and child ids become pseudonyms from a {@link Mapping}, which
 * the export extends; dates of birth are shifted per family. The output
 * accumulates as pending bytes: write them out and clear them
 * ({@link #drainTo(OutputStream)}) to export any number of families in
 * flat memory. One thread at a time; close it before its mapping and pack.
 */
public final class Exporter extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private Exporter(Pointer pointer, Mapping mapping, Pack pack) {
        super(pointer, LIB::gs_exporter_free, mapping, pack);
    }

    /**
     * Options of an export, starting from the library's defaults
     * ({@code gs_export_options_init}). Not shared between threads.
     */
    public static final class Options {
        private final GsLibrary.ExportOptions c = new GsLibrary.ExportOptions();

        private Options(LocalDate asOf) {
            LIB.gs_export_options_init(c);
            c.read();
            c.as_of = Interop.date(asOf, "asOf");
        }

        /**
         * The survival horizon for {@code event_days} (default 548 days).
         *
         * @param days the horizon
         * @return these options
         */
        public Options horizon(int days) {
            c.horizon = days;
            return this;
        }

        /**
         * The output format (default {@link ExportFormat#CSV}).
         *
         * @param format the format
         * @return these options
         */
        public Options format(ExportFormat format) {
            c.format = format.code();
            return this;
        }

        /**
         * The horizon set.
         *
         * @return days
         */
        public int horizon() {
            return c.horizon;
        }

        /**
         * The format set.
         *
         * @return the format
         */
        public ExportFormat format() {
            return ExportFormat.of(c.format);
        }
    }

    /**
     * Options with the library's defaults.
     *
     * @param asOf the as-of date (required)
     * @return the options
     */
    public static Options options(LocalDate asOf) {
        return new Options(asOf);
    }

    /**
     * Starts an export ({@code gs_exporter_new}); the CSV header or the XML
     * start tag becomes pending.
     *
     * @param options the options (copied)
     * @param mapping the mapping to use and extend; kept until this closes
     * @param pack the pack; kept until this closes
     * @return the exporter
     */
    public static Exporter create(Options options, Mapping mapping, Pack pack) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_exporter_new(out, options.c, mapping.ptr(), pack.ptr()));
        return new Exporter(out.getValue(), mapping, pack);
    }

    /**
     * Exports families in one call ({@code gs_export_families}).
     *
     * @param families the families
     * @param options the options
     * @param mapping the mapping to use and extend (unchanged on error)
     * @param pack the pack
     * @return the whole document
     */
    public static String export(List<Family> families, Options options, Mapping mapping,
            Pack pack) {
        Memory array = Interop.pointers(families);
        PointerByReference out = new PointerByReference();
        SizeT.ByReference len = new SizeT.ByReference();
        Interop.check(LIB.gs_export_families(array, new SizeT(families.size()), options.c,
                mapping.ptr(), pack.ptr(), out, len));
        Reference.reachabilityFence(array);
        families.forEach(NativeHandle::fence);
        mapping.fence();
        pack.fence();
        return Interop.take(out, len.getValue());
    }

    private Exporter done(int status) {
        Interop.check(status);
        fence();
        return this;
    }

    /**
     * Exports the rows of a family ({@code gs_exporter_add}).
     *
     * @param family a family; not kept
     * @return this exporter
     * @throws GoedestartException {@link Status#ESTATE} after {@link #end()};
     *         on error neither the output nor the mapping changed
     */
    public Exporter add(Family family) {
        done(LIB.gs_exporter_add(ptr(), family.ptr()));
        family.fence();
        return this;
    }

    /**
     * Exports every family of a dossier file, streamed ({@code gs_exporter_add_file}).
     *
     * @param dossier the dossier file
     * @return this exporter
     * @throws GoedestartException {@link Status#EIO} or {@link Status#EPARSE};
     *         then neither the output nor the mapping changed
     */
    public Exporter addFile(Path dossier) {
        return done(LIB.gs_exporter_add_file(ptr(), dossier.toString()));
    }

    /**
     * Ends the output ({@code gs_exporter_end}; the XML end tag becomes pending).
     *
     * @return this exporter
     * @throws GoedestartException {@link Status#ESTATE} when already ended
     */
    public Exporter end() {
        return done(LIB.gs_exporter_end(ptr()));
    }

    /**
     * The rows written so far ({@code gs_exporter_row_count}).
     *
     * @return the count
     */
    public long rowCount() {
        long n = LIB.gs_exporter_row_count(ptr());
        fence();
        return n;
    }

    /**
     * The bytes written and not yet cleared ({@code gs_exporter_pending}).
     *
     * @return UTF-8 bytes
     */
    public byte[] pendingBytes() {
        SizeT.ByReference len = new SizeT.ByReference();
        Pointer p = LIB.gs_exporter_pending(ptr(), len);
        long n = len.getValue();
        byte[] out = n == 0 ? new byte[0] : p.getByteArray(0, Math.toIntExact(n));
        fence();
        return out;
    }

    /**
     * The text written and not yet cleared.
     *
     * @return the text
     */
    public String pending() {
        return new String(pendingBytes(), StandardCharsets.UTF_8);
    }

    /**
     * Drops the pending bytes ({@code gs_exporter_clear}).
     *
     * @return this exporter
     */
    public Exporter clear() {
        LIB.gs_exporter_clear(ptr());
        fence();
        return this;
    }

    /**
     * Writes the pending bytes to a stream and drops them.
     *
     * @param out the stream
     * @return this exporter
     * @throws IOException when the stream fails (the bytes stay pending)
     */
    public Exporter drainTo(OutputStream out) throws IOException {
        out.write(pendingBytes());
        return clear();
    }
}
