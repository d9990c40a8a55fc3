/*
 * libgoedestart Java binding - the C type size_t.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.IntegerType;
import com.sun.jna.Native;

/**
 * The C type {@code size_t} for JNA: unsigned, as wide as the platform's
 * {@code size_t}.
 */
public final class SizeT extends IntegerType {
    private static final long serialVersionUID = 1L;

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
}
