/*
 * libgoedestart Java binding - equality and text of the immutable values.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import java.util.Arrays;

/**
 * Base of the immutable value classes: equality, hash code and text from
 * the list of their fields.
 */
abstract class Value {
    /**
     * The fields that make up the value, in a fixed order.
     *
     * @return the fields
     */
    abstract Object[] fields();

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && Arrays.deepEquals(fields(), ((Value) other).fields());
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(fields());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + Arrays.deepToString(fields());
    }
}
