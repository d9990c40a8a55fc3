/*
 * libgoedestart Java binding - writing the assessment vocabulary for many families (gs-assess.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes assessments as one document, incrementally
 * ({@code gs_assessment_writer}, formats.md "Assessment").
 *
 * <p>A single writer has root {@code assessment} and takes exactly one
 * assessment (for a dossier whose root is {@code family}); otherwise the
 * root is {@code assessments} with one {@code assessment} per
 * {@link #add}. Output accumulates in the writer: read it with
 * {@link #pending()} and drop it with {@link #clear()}, or move it to a
 * stream with {@link #drainTo(OutputStream)}, so a large batch never
 * holds everything. One thread at a time; close it when done.
 */
public final class AssessmentWriter extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private AssessmentWriter(Pointer pointer) {
        super(pointer, LIB::gs_assessment_writer_free);
    }

    /**
     * Starts a document ({@code gs_assessment_writer_new}).
     *
     * @param single {@code true} for an {@code assessment} root (exactly one
     *        add), {@code false} for {@code assessments}
     * @param lang the language of reason texts, or {@link Lang#NONE} for none
     * @return the writer
     */
    public static AssessmentWriter create(boolean single, Lang lang) {
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_assessment_writer_new(out, single ? 1 : 0, lang.code()));
        return new AssessmentWriter(out.getValue());
    }

    /**
     * Appends one assessment ({@code gs_assessment_writer_add}).
     *
     * @param assessment an assessment with a result
     * @return this writer
     * @throws GoedestartException {@link Status#ESTATE} after {@link #end()}
     *         or a second add to a single writer
     */
    public AssessmentWriter add(Assessment assessment) {
        Interop.check(LIB.gs_assessment_writer_add(ptr(), assessment.ptr()));
        fence();
        assessment.fence();
        return this;
    }

    /**
     * Closes the document: the root end tag and a final newline
     * ({@code gs_assessment_writer_end}).
     *
     * @return this writer
     * @throws GoedestartException {@link Status#ESTATE} when already ended or
     *         a single writer got no assessment
     */
    public AssessmentWriter end() {
        Interop.check(LIB.gs_assessment_writer_end(ptr()));
        fence();
        return this;
    }

    /**
     * The bytes written and not yet cleared ({@code gs_assessment_writer_pending}).
     *
     * @return UTF-8 XML
     */
    public byte[] pendingBytes() {
        SizeT.ByReference len = new SizeT.ByReference();
        Pointer p = LIB.gs_assessment_writer_pending(ptr(), len);
        long n = len.getValue();
        byte[] out = n == 0 ? new byte[0] : p.getByteArray(0, Math.toIntExact(n));
        fence();
        return out;
    }

    /**
     * The text written and not yet cleared.
     *
     * @return the XML
     */
    public String pending() {
        return new String(pendingBytes(), StandardCharsets.UTF_8);
    }

    /**
     * Drops the pending bytes ({@code gs_assessment_writer_clear}).
     *
     * @return this writer
     */
    public AssessmentWriter clear() {
        LIB.gs_assessment_writer_clear(ptr());
        fence();
        return this;
    }

    /**
     * Writes the pending bytes to a stream and drops them.
     *
     * @param out the stream
     * @return this writer
     * @throws IOException when the stream fails (the bytes stay pending)
     */
    public AssessmentWriter drainTo(OutputStream out) throws IOException {
        out.write(pendingBytes());
        return clear();
    }
}
