/*
 * libgoedestart Java binding - lookup of enum constants by their C code.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import java.util.Arrays;
import java.util.function.ToIntFunction;

/** Tables from C codes to enum constants (the codes themselves live in the enums). */
final class CodeTables {
    private CodeTables() {
    }

    /**
     * An array indexed by code.
     *
     * @param <E> the enum
     * @param values its constants
     * @param code the code of a constant
     * @return {@code array[code]} is the constant with that code, or {@code null}
     */
    static <E> E[] index(E[] values, ToIntFunction<E> code) {
        int max = 0;
        for (E e : values) {
            max = Math.max(max, code.applyAsInt(e));
        }
        E[] out = Arrays.copyOf(values, max + 1);
        Arrays.fill(out, null);
        for (E e : values) {
            out[code.applyAsInt(e)] = e;
        }
        return out;
    }

    /**
     * The constant with a code.
     *
     * @param <E> the enum
     * @param byCode the table from {@link #index}
     * @param code the code
     * @param cname the C enum's name, for the message
     * @return the constant, or {@code null} for 0 when no constant has code 0
     * @throws IllegalArgumentException for another unknown code
     */
    static <E> E lookup(E[] byCode, int code, String cname) {
        if (code >= 0 && code < byCode.length && byCode[code] != null) {
            return byCode[code];
        }
        if (code == 0) {
            return null;
        }
        throw new IllegalArgumentException("unknown " + cname + " code " + code
                + " (is the library newer than this binding?)");
    }
}
