/*
 * libgoedestart Java binding - gs_hit_policy (gs-pack.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * DMN hit policy of a decision table ({@code gs_hit_policy}, gs-pack.h).
 */
public enum HitPolicy {
    /** {@code UNIQUE}: at most one rule may match. */
    UNIQUE(1),
    /** {@code FIRST}: the first matching rule in table order. */
    FIRST(2),
    /** {@code PRIORITY}: the match whose outputs come first in outputValues. */
    PRIORITY(3),
    /** {@code ANY}: all matches must give the same outputs. */
    ANY(4),
    /** {@code RULE ORDER}: every match, in table order. */
    RULE_ORDER(5),
    /** {@code OUTPUT ORDER}: every match, in outputValues order. */
    OUTPUT_ORDER(6),
    /** {@code COLLECT}: every match, or an aggregate (gs_aggregation). */
    COLLECT(7);

    private static final HitPolicy[] BY_CODE = CodeTables.index(values(), HitPolicy::code);

    private final int code;

    HitPolicy(int code) {
        this.code = code;
    }

    /**
     * The C value.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * The constant with a C value.
     *
     * @param code a code
     * @return the constant, or {@code null} for 0 when 0 is no constant
     * @throws IllegalArgumentException for any other unknown code
     */
    public static HitPolicy of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_hit_policy");
    }
}
