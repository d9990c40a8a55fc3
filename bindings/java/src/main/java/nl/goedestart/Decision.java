/*
 * libgoedestart Java binding - one decision table of a pack (gs-pack.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One compiled decision table (DMN) of a pack ({@code gs_decision}):
 * its inputs, outputs and rules as written in the decisions file.
 *
 * <p>It belongs to its {@link Pack}, is immutable and may be shared by
 * threads; everything is read when the pack is loaded. Evaluate it on your
 * own inputs with an {@link Evaluator} (one per thread).
 */
public final class Decision {
    private static final GsLibrary LIB = Interop.LIB;

    private final Pack pack;
    private final Pointer pointer;
    private final String id;
    private final String name;
    private final HitPolicy hitPolicy;
    private final Aggregation aggregation;
    private final List<Input> inputs;
    private final List<Output> outputs;
    private final List<Rule> rules;

    Decision(Pack pack, Pointer d) {
        this.pack = pack;
        this.pointer = d;
        this.id = LIB.gs_decision_id(d);
        this.name = LIB.gs_decision_name(d);
        this.hitPolicy = HitPolicy.of(LIB.gs_decision_hit_policy(d));
        this.aggregation = Aggregation.of(LIB.gs_decision_aggregation(d));
        int ni = LIB.gs_decision_input_count(d).toIndex();
        List<Input> ins = new ArrayList<>(ni);
        for (int i = 0; i < ni; i++) {
            SizeT si = new SizeT(i);
            ins.add(new Input(LIB.gs_decision_input_name(d, si),
                    ValueType.of(LIB.gs_decision_input_type(d, si)),
                    LIB.gs_decision_input_values(d, si)));
        }
        this.inputs = Collections.unmodifiableList(ins);
        int no = LIB.gs_decision_output_count(d).toIndex();
        List<Output> outs = new ArrayList<>(no);
        for (int o = 0; o < no; o++) {
            SizeT so = new SizeT(o);
            outs.add(new Output(LIB.gs_decision_output_name(d, so),
                    ValueType.of(LIB.gs_decision_output_type(d, so))));
        }
        this.outputs = Collections.unmodifiableList(outs);
        int nr = LIB.gs_decision_rule_count(d).toIndex();
        List<Rule> rs = new ArrayList<>(nr);
        for (int r = 0; r < nr; r++) {
            SizeT sr = new SizeT(r);
            List<String> tests = new ArrayList<>(ni);
            for (int i = 0; i < ni; i++) {
                tests.add(LIB.gs_decision_rule_input_text(d, sr, new SizeT(i)));
            }
            List<String> cells = new ArrayList<>(no);
            for (int o = 0; o < no; o++) {
                cells.add(LIB.gs_decision_rule_output_text(d, sr, new SizeT(o)));
            }
            rs.add(new Rule(r, LIB.gs_decision_rule_id(d, sr),
                    Texts.of(lang -> LIB.gs_decision_rule_text(d, sr, lang)),
                    Collections.unmodifiableList(tests), Collections.unmodifiableList(cells)));
        }
        this.rules = Collections.unmodifiableList(rs);
    }

    /**
     * The C decision.
     *
     * @return the pointer, valid while the pack is open
     */
    Pointer pointer() {
        return pointer;
    }

    /**
     * The pack the table belongs to.
     *
     * @return the pack
     */
    public Pack pack() {
        return pack;
    }

    /**
     * The decision's id.
     *
     * @return the id, {@code ""} when it has none
     */
    public String id() {
        return id;
    }

    /**
     * The decision's name.
     *
     * @return the name, {@code ""} when it has none
     */
    public String name() {
        return name;
    }

    /**
     * The hit policy.
     *
     * @return the policy
     */
    public HitPolicy hitPolicy() {
        return hitPolicy;
    }

    /**
     * The aggregation of a COLLECT table.
     *
     * @return the aggregation; {@link Aggregation#NONE} for other policies
     */
    public Aggregation aggregation() {
        return aggregation;
    }

    /**
     * The input columns.
     *
     * @return an immutable list (may be empty)
     */
    public List<Input> inputs() {
        return inputs;
    }

    /**
     * The output columns.
     *
     * @return an immutable list (at least one)
     */
    public List<Output> outputs() {
        return outputs;
    }

    /**
     * The rules, in table order.
     *
     * @return an immutable list
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * A new evaluator of this table ({@code gs_evaluator_new}); use one per
     * thread and close it before the pack.
     *
     * @return the evaluator
     */
    public Evaluator evaluator() {
        return Evaluator.of(this);
    }

    @Override
    public String toString() {
        return "Decision[" + (id.isEmpty() ? name : id) + "]";
    }

    /** An input column. Immutable. */
    public static final class Input extends Value {
        private final String name;
        private final ValueType type;
        private final String values;

        Input(String name, ValueType type, String values) {
            this.name = name;
            this.type = type;
            this.values = values;
        }

        /**
         * The input's name (the text of its input expression); the
         * evaluator's setters take it.
         *
         * @return e.g. {@code giz_max}
         */
        public String name() {
            return name;
        }

        /**
         * The input's type.
         *
         * @return the type
         */
        public ValueType type() {
            return type;
        }

        /**
         * The allowed values as written ({@code inputValues}).
         *
         * @return e.g. {@code "none","some","high"}; {@code ""} when unrestricted
         */
        public String values() {
            return values;
        }

        @Override
        Object[] fields() {
            return new Object[] {name, type, values};
        }
    }

    /** An output column. Immutable. */
    public static final class Output extends Value {
        private final String name;
        private final ValueType type;

        Output(String name, ValueType type) {
            this.name = name;
            this.type = type;
        }

        /**
         * The output's name.
         *
         * @return e.g. {@code care_need}; {@code ""} for a single unnamed output
         */
        public String name() {
            return name;
        }

        /**
         * The output's type.
         *
         * @return the type
         */
        public ValueType type() {
            return type;
        }

        @Override
        Object[] fields() {
            return new Object[] {name, type};
        }
    }

    /** A rule (row) of the table. Immutable. */
    public static final class Rule extends Value {
        private final int index;
        private final String id;
        private final String[] texts;
        private final List<String> inputTests;
        private final List<String> outputCells;

        Rule(int index, String id, String[] texts, List<String> inputTests,
                List<String> outputCells) {
            this.index = index;
            this.id = id;
            this.texts = texts;
            this.inputTests = inputTests;
            this.outputCells = outputCells;
        }

        /**
         * The position in the table.
         *
         * @return the index
         */
        public int index() {
            return index;
        }

        /**
         * The rule's id.
         *
         * @return e.g. {@code A-HELP}; {@code ""} when it has none
         */
        public String id() {
            return id;
        }

        /**
         * The reason text ({@code gs_decision_rule_text}).
         *
         * @param lang {@link Lang#NL} or {@link Lang#EN}
         * @return the text, or {@code null} when the rule has none in that language
         */
        public String text(Lang lang) {
            return texts[lang.code()];
        }

        /**
         * The tests on the inputs, as written.
         *
         * @return one per input, e.g. {@code >= 1}; {@code -} for any value
         */
        public List<String> inputTests() {
            return inputTests;
        }

        /**
         * The output literals, as written.
         *
         * @return one per output, e.g. {@code "additional-care"}; {@code ""} for an empty cell
         */
        public List<String> outputCells() {
            return outputCells;
        }

        @Override
        Object[] fields() {
            return new Object[] {index, id, texts, inputTests, outputCells};
        }
    }
}
