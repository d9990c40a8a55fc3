/*
 * libgoedestart Java binding - the C type size_t.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.IntegerType;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The C type {@code size_t} for JNA: unsigned, as wide as the platform's
 * {@code size_t}.
 */
public final class SizeT extends IntegerType {
    private static final long serialVersionUID = 1L;

    /** {@code (size_t)-1}: the "no index" value some accessors return. */
    public static final long NONE = -1L;

    /** Zero (JNA needs a public no-argument constructor). */
    public SizeT() {
        this(0);
    }

    /**
     * A size.
     *
     * @param value a non-negative value
     */
    public SizeT(long value) {
        super(Native.SIZE_T_SIZE, value, true);
    }

    /**
     * Reads a {@code size_t} from native memory.
     *
     * @param p the memory
     * @param offset byte offset of the value
     * @return the value ({@code (size_t)-1} reads as -1)
     */
    static long read(Pointer p, long offset) {
        return Native.SIZE_T_SIZE == 8 ? p.getLong(offset) : p.getInt(offset) & 0xFFFFFFFFL;
    }

    /**
     * The value as a Java {@code int} index, for a count or index that
     * fits (the library's counts do).
     *
     * @return the value
     * @throws ArithmeticException when it does not fit
     */
    int toIndex() {
        return Math.toIntExact(longValue());
    }

    /** A {@code size_t *} out-parameter. */
    public static final class ByReference extends com.sun.jna.ptr.ByReference {
        /** A zeroed {@code size_t}. */
        public ByReference() {
            super(Native.SIZE_T_SIZE);
            if (Native.SIZE_T_SIZE == 8) {
                getPointer().setLong(0, 0);
            } else {
                getPointer().setInt(0, 0);
            }
        }

        /**
         * The value written by the C function.
         *
         * @return the value; {@code (size_t)-1} reads as -1
         */
        public long getValue() {
            return read(getPointer(), 0);
        }
    }
}
