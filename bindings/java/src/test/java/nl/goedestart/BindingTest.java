/*
 * libgoedestart Java binding - the JNA declarations against the loaded library.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.NativeLibrary;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class BindingTest {

    /** Every declared function exists in the loaded library (a typo fails here, not later). */
    @Test
    void everyDeclaredFunctionIsExported() {
        NativeLibrary lib = NativeLibrary.getInstance(Goedestart.libraryLocation());
        int n = 0;
        for (Method m : GsLibrary.class.getDeclaredMethods()) {
            if (m.getName().startsWith("gs_") && !Modifier.isStatic(m.getModifiers())) {
                assertNotNull(lib.getFunction(m.getName()), m.getName());
                n++;
            }
        }
        assertTrue(n >= 300, "only " + n + " functions declared");
    }

    /** The handle classes are closeable, the value classes are not. */
    @Test
    void handlesAreAutoCloseable() {
        for (Class<?> c : new Class<?>[] {Family.class, Family.Builder.class, Dossier.class,
                DossierReader.class, DossierWriter.class, Pack.class, Evaluator.class,
                Catalog.class, Gaps.class, Assessment.class, AssessmentWriter.class,
                Summary.class}) {
            assertTrue(AutoCloseable.class.isAssignableFrom(c), c.getName());
        }
        for (Class<?> c : new Class<?>[] {Phases.class, Offer.class, Decision.class,
                Municipality.class, LevelGap.class}) {
            assertEquals(false, AutoCloseable.class.isAssignableFrom(c), c.getName());
        }
    }
}
