/*
 * libgoedestart Java binding - tests of statuses and error mapping.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class ErrorTest {

    @Test
    void statusEnumMirrorsC() {
        int lowest = 0;
        for (Status s : Status.values()) {
            assertEquals("GS_" + s.name(), GsLibrary.INSTANCE.gs_status_name(s.code()));
            lowest = Math.min(lowest, s.code());
        }
        // The C library must not know a status beyond the last one here.
        assertEquals("GS_UNKNOWN", GsLibrary.INSTANCE.gs_status_name(lowest - 1));
        assertEquals("out of memory", Status.ENOMEM.description());
        assertEquals(Status.EPARSE, Status.of(-4));
        assertEquals(Status.ERROR, Status.of(-999));
    }

    @Test
    void parseErrorCarriesStatusMessageAndPosition() {
        GoedestartException e = assertThrows(GoedestartException.class,
                () -> Dates.parse("2025-02-30"));
        assertEquals(Status.EPARSE, e.getStatus());
        assertEquals(-4, e.getCode());
        assertTrue(e.getDetail().contains("2025-02-30"), e.getDetail());
        // gs_date_parse records no position.
        assertNull(e.getFile());
        assertEquals(0, e.getLine());
        assertEquals(0, e.getColumn());
        assertEquals(e.getDetail(), e.getMessage());
    }

    @Test
    void badDatesAreRejected() {
        for (String text : new String[] {"2025-2-3", "1899-12-31", "2200-01-01", " 2025-01-01", ""}) {
            GoedestartException e = assertThrows(GoedestartException.class, () -> Dates.parse(text),
                    text);
            assertEquals(Status.EPARSE, e.getStatus(), text);
        }
    }

    @Test
    void invalidArgumentIsEinval() {
        GoedestartException e = assertThrows(GoedestartException.class,
                () -> Dates.fromGsDate(Dates.NONE));
        assertEquals(Status.EINVAL, e.getStatus());
        assertTrue(!e.getDetail().isEmpty());
    }

    @Test
    void positionIsFormattedLikeC() {
        GoedestartException e = new GoedestartException(-4, "bad element", "f.xml", 12, 5);
        assertEquals("f.xml:12:5: bad element", e.getMessage());
        assertEquals("f.xml", e.getFile());
        assertEquals(12, e.getLine());
        assertEquals(5, e.getColumn());
        assertEquals("x: gone", new GoedestartException(-5, "gone", "x", 0, 0).getMessage());
        assertEquals("plain", new GoedestartException(-1, "plain", "", 3, 4).getMessage());
    }

    @Test
    void setAllocatorAfterInitIsAStateError() {
        GsLibrary lib = GsLibrary.INSTANCE;
        assertEquals(0, lib.gs_init());
        try {
            GsLibrary.Allocator a = new GsLibrary.Allocator();
            lib.gs_allocator_init(a);
            assertEquals(GsLibrary.GS_ALLOCATOR_VERSION, a.version);
            int st = lib.gs_set_allocator(a);
            assertEquals(Status.ESTATE.code(), st);
            GoedestartException e = GoedestartException.fromLastError(st);
            assertEquals(Status.ESTATE, e.getStatus());
        } finally {
            lib.gs_shutdown();
        }
    }
}
