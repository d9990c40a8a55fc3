/*
 * libgoedestart Java binding - levels of the pyramid left without an offer.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * A gap found by routing: the levels from the start level up to (not
 * including) the level where an offer was found, or up to 5 when none
 * was. Immutable.
 */
public final class LevelGap extends Value {
    private final Level from;
    private final Level to;

    private LevelGap(Level from, Level to) {
        this.from = from;
        this.to = to;
    }

    /**
     * The gap of two C levels.
     *
     * @param from the first level, 0 when there is no gap
     * @param to the last level, 0 when there is no gap
     * @return the gap, or {@code null} when there is none
     */
    static LevelGap of(int from, int to) {
        return from == 0 ? null : new LevelGap(Level.of(from), Level.of(to));
    }

    /**
     * The first level of the gap.
     *
     * @return the level
     */
    public Level from() {
        return from;
    }

    /**
     * The last level of the gap (inclusive).
     *
     * @return the level
     */
    public Level to() {
        return to;
    }

    @Override
    Object[] fields() {
        return new Object[] {from, to};
    }
}
