/*
 * libgoedestart Java binding - tests of the enumerations, tokens, labels and municipalities.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class CodesTest {
    /** Every enum backed by a gs_kind. */
    static final List<Class<? extends Coded>> CODED = Arrays.asList(Role.class, ChildWish.class,
            PregnancyOutcome.class, Setting.class, Signaller.class, Topic.class, DmopDomain.class,
            DmopRating.class, ConsultStatus.class, GizArea.class, Concern.class, ZrmDomain.class,
            PhDimension.class, SignalKind.class, Phase.class, CareNeed.class, Level.class,
            GoalStatus.class, ReviewOutcome.class, FindingKind.class, Anchor.class,
            MomentStatus.class, Move.class, Safety.class, Strength.class, OfferProblem.class,
            Province.class, MeldcodeDecision.class, Trigger.class, RouteCheck.class,
            NoteKind.class);

    @Test
    void everyEnumHasExactlyTheCodesOfItsKind() {
        for (Class<? extends Coded> type : CODED) {
            Coded[] values = type.getEnumConstants();
            Kind kind = values[0].kind();
            int[] expected = kind.codes();
            assertEquals(kind.count(), expected.length, type.getSimpleName());
            int[] ours = Arrays.stream(values).mapToInt(Coded::code)
                    .filter(c -> kind.token(c) != null).toArray();
            assertArrayEquals(expected, ours, type.getSimpleName());
            for (Coded v : values) {
                Enum<?> e = (Enum<?>) v;
                String token = v.token();
                if (token == null) {
                    // only "not ended" has no token
                    assertEquals(PregnancyOutcome.NONE, v);
                    continue;
                }
                // Java names are the C names; they equal the tokens except for
                // provinces (two-letter tokens) and OfferProblem.UNKNOWN ("unknown-offer").
                if (type != Province.class && v != OfferProblem.UNKNOWN) {
                    assertEquals(token.toUpperCase(Locale.ROOT).replace('-', '_'), e.name());
                }
                assertNotNull(v.label(Lang.NL), e.name());
                assertNotNull(v.label(Lang.EN), e.name());
                assertEquals(v.label(Lang.EN), v.label(Lang.NONE));
                assertEquals(code(type, v.code()), v);
                assertEquals(v.code(), kind.parse(token));
            }
        }
    }

    private static Object code(Class<? extends Coded> type, int code) {
        try {
            return type.getMethod("of", int.class).invoke(null, code);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void kindsMirrorC() {
        for (Kind k : Kind.values()) {
            assertTrue(k.count() > 0, k.name());
            assertEquals(k, Kind.of(k.code()));
        }
        assertEquals(0, Interop.LIB.gs_code_count(Kind.values().length + 1).toIndex());
        assertEquals(-1, Interop.LIB.gs_code_at(Kind.TOPIC.code(), new SizeT(99)));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, Kind.GOM.codes());
        assertEquals("3", Kind.SEVERITY.token(3));
        assertEquals("GOM 4", Kind.GOM.label(4, Lang.NL));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, Kind.MELDCODE_STEP.codes());
        assertEquals("5", Kind.MELDCODE_STEP.token(5));
        assertNotNull(Kind.MELDCODE_STEP.label(1, Lang.NL));
        assertEquals("DR", Province.DRENTHE.token());
        assertEquals(Province.GRONINGEN, Province.ofToken("GR"));
        assertThrows(IllegalArgumentException.class, () -> Kind.of(99));
    }

    @Test
    void labelsAreDutchAndEnglish() {
        assertNotEquals(Topic.SOCIAL_SUPPORT.label(Lang.NL), Topic.SOCIAL_SUPPORT.label(Lang.EN));
        assertEquals("social-support", Topic.SOCIAL_SUPPORT.token());
        assertEquals(Topic.SMOKING, Coded.parse(Topic.class, "smoking"));
        assertEquals(CareNeed.URGENT_SUPPORT, Coded.parse(CareNeed.class, "urgent-support"));
        assertNull(Kind.TOPIC.token(0));
        assertNull(Kind.TOPIC.label(99, Lang.NL));
    }

    @Test
    void unknownTokensAreParseErrors() {
        GoedestartException e = assertThrows(GoedestartException.class,
                () -> Coded.parse(Topic.class, "foo"));
        assertEquals(Status.EPARSE, e.getStatus());
        assertTrue(e.getDetail().contains("foo"), e.getDetail());
        assertThrows(GoedestartException.class, () -> Kind.CARE_NEED.parse("Urgent-Support"));
    }

    @Test
    void ofMapsZeroAndRejectsUnknownCodes() {
        assertNull(Topic.of(0));
        assertEquals(ChildWish.UNKNOWN, ChildWish.of(0));
        assertEquals(Safety.NONE, Safety.of(0));
        assertEquals(Topic.YOUTH_SUBSTANCE_USE, Topic.of(27));
        assertThrows(IllegalArgumentException.class, () -> Topic.of(28));
        assertNull(Trigger.of(0));
        assertNull(RouteCheck.of(0));
        assertNull(MeldcodeDecision.of(0));
        assertThrows(IllegalArgumentException.class, () -> NoteKind.of(6));
        assertEquals(Lang.EN, Lang.of(2));
        assertEquals(HitPolicy.COLLECT, HitPolicy.of(7));
        assertEquals(Aggregation.NONE, Aggregation.of(0));
        assertEquals(ValueType.BOOL, ValueType.of(3));
        assertEquals(AdviceKind.PLAN_CLOSABLE, AdviceKind.of(5));
        assertEquals(AdviceKind.MELDCODE, AdviceKind.of(6));
        assertEquals(AdviceKind.INTEGRATED_PLAN, AdviceKind.of(7));
        assertThrows(IllegalArgumentException.class, () -> AdviceKind.of(8));
        assertEquals(Scope.MUNICIPALITY, Scope.of(4));
        assertEquals(SummaryColumn.IN_PROGRAMME, SummaryColumn.of(6));
    }

    @Test
    void municipalityTable() {
        List<Municipality> all = Municipality.all();
        assertEquals(11, all.size());
        Municipality emmen = Municipality.find("GM0114").orElseThrow();
        assertEquals("Emmen", emmen.name());
        assertEquals(Province.DRENTHE, emmen.province());
        assertEquals(emmen, all.get(emmen.index()));
        assertEquals(Province.GRONINGEN, Municipality.find("GM0037").orElseThrow().province());
        assertFalse(Municipality.find("GM0363").isPresent());
        assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                () -> Municipality.find("Emmen")).getStatus());
        assertNull(Interop.LIB.gs_municipality_code(new SizeT(11)));
        assertNull(Interop.LIB.gs_municipality_name(new SizeT(11)));
        assertNull(Interop.LIB.gs_municipality_province(new SizeT(11)));
    }
}
