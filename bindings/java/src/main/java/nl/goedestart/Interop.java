/*
 * libgoedestart Java binding - conversions shared by the wrapping classes.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;

/** Conversions between C and Java values; no logic of the library. */
final class Interop {
    /** The loaded library. */
    static final GsLibrary LIB = GsLibrary.INSTANCE;

    private Interop() {
    }

    /**
     * A {@code size_t} argument.
     *
     * @param value a non-negative value
     * @return the value
     */
    static SizeT size(long value) {
        return new SizeT(value);
    }

    /**
     * The {@code gs_date} of a required date.
     *
     * @param date the date (not null)
     * @param what what the date is, for the message
     * @return the value
     */
    static int date(LocalDate date, String what) {
        if (date == null) {
            throw new NullPointerException(what + " is required");
        }
        return Dates.toGsDate(date);
    }

    /**
     * The {@code gs_date} of an optional date.
     *
     * @param date the date, or {@code null}
     * @return the value, {@code GS_DATE_NONE} for {@code null}
     */
    static int optDate(LocalDate date) {
        return date == null ? GsLibrary.GS_DATE_NONE : Dates.toGsDate(date);
    }

    /**
     * The date of a {@code gs_date} that may be {@code GS_DATE_NONE}.
     *
     * @param value the value
     * @return the date, or {@code null}
     */
    static LocalDate date(int value) {
        return Dates.fromOptionalGsDate(value);
    }

    /**
     * The code of an optional enum value.
     *
     * @param value the value, or {@code null}
     * @return its code, or 0
     */
    static int code(Coded value) {
        return value == null ? 0 : value.code();
    }

    /**
     * Copies and frees a string the library handed over ({@code char **out}).
     *
     * @param out the out-parameter
     * @param len its length in bytes
     * @return the text
     */
    static String take(PointerByReference out, long len) {
        Pointer p = out.getValue();
        try {
            return new String(p.getByteArray(0, Math.toIntExact(len)), StandardCharsets.UTF_8);
        } finally {
            LIB.gs_free(p);
        }
    }

    /**
     * The bytes of a borrowed buffer as UTF-8 text.
     *
     * @param p the buffer
     * @param len its length in bytes
     * @return the text
     */
    static String utf8(Pointer p, long len) {
        return len == 0 ? "" : new String(p.getByteArray(0, Math.toIntExact(len)),
                StandardCharsets.UTF_8);
    }

    /**
     * A C array of object pointers ({@code const gs_x *const *}).
     *
     * @param handles the objects, in order
     * @return native memory holding their pointers (kept reachable by the caller
     *         for the duration of the call)
     */
    static Memory pointers(Collection<? extends NativeHandle> handles) {
        Memory m = new Memory((long) Math.max(1, handles.size()) * Native.POINTER_SIZE);
        long off = 0;
        for (NativeHandle h : handles) {
            m.setPointer(off, h.ptr());
            off += Native.POINTER_SIZE;
        }
        return m;
    }

    /**
     * Raises the message of a status that is not {@code GS_OK}.
     *
     * @param status the status
     */
    static void check(int status) {
        GoedestartException.check(status);
    }
}
