/*
 * libgoedestart Java binding - evaluating a decision table on given inputs (gs-pack.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.DoubleByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Evaluates one {@link Decision} on caller-supplied inputs
 * ({@code gs_evaluator}), to test a table or a regional pack.
 *
 * <p>All inputs start as null (a null input matches only {@code -}).
 * Set them by input name, {@link #run()}, then read the matches and
 * results. An evaluator holds the inputs and results of one evaluation:
 * use it from one thread at a time (one per thread), and close it before
 * its pack.
 */
public final class Evaluator extends NativeHandle {
    private static final GsLibrary LIB = Interop.LIB;

    private final Decision decision;

    private Evaluator(Pointer pointer, Decision decision) {
        super(pointer, LIB::gs_evaluator_free, decision.pack());
        this.decision = decision;
    }

    /**
     * A new evaluator ({@code gs_evaluator_new}).
     *
     * @param decision the table
     * @return the evaluator
     */
    static Evaluator of(Decision decision) {
        Pack pack = decision.pack();
        pack.ptr();
        PointerByReference out = new PointerByReference();
        Interop.check(LIB.gs_evaluator_new(out, decision.pointer()));
        pack.fence();
        return new Evaluator(out.getValue(), decision);
    }

    /**
     * The table evaluated.
     *
     * @return the decision
     */
    public Decision decision() {
        return decision;
    }

    private Evaluator done(int status) {
        Interop.check(status);
        fence();
        return this;
    }

    /**
     * Sets every input with this name to a number ({@code gs_evaluator_set_number}).
     *
     * @param input an input name ({@link Decision.Input#name()})
     * @param value a finite number
     * @return this evaluator
     * @throws GoedestartException {@link Status#ENOTFOUND} for an unknown input
     */
    public Evaluator set(String input, double value) {
        return done(LIB.gs_evaluator_set_number(ptr(), input, value));
    }

    /**
     * Sets every input with this name to a string ({@code gs_evaluator_set_string}).
     *
     * @param input an input name
     * @param value the string
     * @return this evaluator
     * @throws GoedestartException {@link Status#ENOTFOUND} for an unknown input
     */
    public Evaluator set(String input, String value) {
        return done(LIB.gs_evaluator_set_string(ptr(), input, value));
    }

    /**
     * Sets every input with this name to a boolean ({@code gs_evaluator_set_bool}).
     *
     * @param input an input name
     * @param value the boolean
     * @return this evaluator
     * @throws GoedestartException {@link Status#ENOTFOUND} for an unknown input
     */
    public Evaluator set(String input, boolean value) {
        return done(LIB.gs_evaluator_set_bool(ptr(), input, value ? 1 : 0));
    }

    /**
     * Sets every input with this name to null ({@code gs_evaluator_set_null}).
     *
     * @param input an input name
     * @return this evaluator
     * @throws GoedestartException {@link Status#ENOTFOUND} for an unknown input
     */
    public Evaluator setNull(String input) {
        return done(LIB.gs_evaluator_set_null(ptr(), input));
    }

    /**
     * Sets every input to null and forgets the results ({@code gs_evaluator_clear}).
     *
     * @return this evaluator
     */
    public Evaluator clear() {
        LIB.gs_evaluator_clear(ptr());
        fence();
        return this;
    }

    /**
     * Evaluates the table on the current inputs ({@code gs_evaluator_run}).
     * No matching rule is not an error: {@link #hasResult()} is then false.
     *
     * @return this evaluator
     * @throws GoedestartException {@link Status#EEVAL} naming the table and
     *         the rules: two matches of a UNIQUE table, different outputs of
     *         an ANY table, an input outside its values or of the wrong type
     */
    public Evaluator run() {
        return done(LIB.gs_evaluator_run(ptr()));
    }

    /**
     * The rules that matched in the last run, in table order
     * ({@code gs_evaluator_match_count}, {@code gs_evaluator_match_rule}).
     *
     * @return an immutable list
     */
    public List<Decision.Rule> matches() {
        Pointer ev = ptr();
        int n = LIB.gs_evaluator_match_count(ev).toIndex();
        List<Decision.Rule> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(decision.rules().get(LIB.gs_evaluator_match_rule(ev, new SizeT(k)).toIndex()));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether the last run gave a result ({@code gs_evaluator_has_result}).
     *
     * @return {@code true} with a chosen rule, a non-empty result list or an aggregate
     */
    public boolean hasResult() {
        boolean b = LIB.gs_evaluator_has_result(ptr()) != 0;
        fence();
        return b;
    }

    /**
     * The result list of the last run: single-hit policies give at most
     * one, RULE ORDER and COLLECT every match in table order, OUTPUT ORDER
     * every match in output order; COLLECT with an aggregation none (see
     * {@link #aggregate(int)}).
     *
     * @return an immutable list
     */
    public List<Result> results() {
        Pointer ev = ptr();
        int n = LIB.gs_evaluator_result_count(ev).toIndex();
        int no = decision.outputs().size();
        List<Result> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            SizeT sk = new SizeT(k);
            List<Object> values = new ArrayList<>(no);
            for (int o = 0; o < no; o++) {
                SizeT so = new SizeT(o);
                switch (ValueType.of(LIB.gs_evaluator_result_type(ev, sk, so))) {
                    case NUMBER:
                        values.add(LIB.gs_evaluator_result_number(ev, sk, so));
                        break;
                    case STRING:
                        values.add(LIB.gs_evaluator_result_string(ev, sk, so));
                        break;
                    case BOOL:
                        values.add(LIB.gs_evaluator_result_bool(ev, sk, so) != 0);
                        break;
                    default:
                        values.add(null);
                        break;
                }
            }
            out.add(new Result(decision.rules().get(
                    LIB.gs_evaluator_result_rule(ev, sk).toIndex()),
                    Collections.unmodifiableList(values)));
        }
        fence();
        return Collections.unmodifiableList(out);
    }

    /**
     * The aggregate of a COLLECT table with SUM, COUNT, MIN or MAX
     * ({@code gs_evaluator_aggregate}).
     *
     * @param output the output's index
     * @return the value, or empty when the last run has none (SUM, MIN and
     *         MAX of no match)
     * @throws GoedestartException {@link Status#EINVAL} when the table does not aggregate
     */
    public OptionalDouble aggregate(int output) {
        DoubleByReference out = new DoubleByReference();
        int st = LIB.gs_evaluator_aggregate(ptr(), new SizeT(output), out);
        fence();
        if (st == Status.ENOTFOUND.code()) {
            return OptionalDouble.empty();
        }
        Interop.check(st);
        return OptionalDouble.of(out.getValue());
    }

    /** One result: the rule and its output values. Immutable. */
    public static final class Result extends Value {
        private final Decision.Rule rule;
        private final List<Object> values;

        Result(Decision.Rule rule, List<Object> values) {
            this.rule = rule;
            this.values = values;
        }

        /**
         * The rule behind the result.
         *
         * @return the rule
         */
        public Decision.Rule rule() {
            return rule;
        }

        /**
         * The output values, one per output column.
         *
         * @return {@link Double}, {@link String} or {@link Boolean} values;
         *         {@code null} for an empty cell
         */
        public List<Object> values() {
            return values;
        }

        /**
         * One output value.
         *
         * @param output the output's index
         * @return the value, or {@code null}
         */
        public Object value(int output) {
            return values.get(output);
        }

        @Override
        Object[] fields() {
            return new Object[] {rule.index(), values};
        }
    }
}
