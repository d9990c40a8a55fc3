/*
 * libgoedestart Java binding - tests of dates.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

@EnabledIf("nl.goedestart.TestSupport#libraryAvailable")
class DatesTest {

    @Test
    void roundTrips() {
        LocalDate epoch = LocalDate.of(1970, 1, 1);
        for (LocalDate d : new LocalDate[] {Dates.MIN, LocalDate.of(1969, 12, 31), epoch,
                LocalDate.of(2024, 2, 29), Dates.MAX}) {
            int v = Dates.toGsDate(d);
            assertEquals(ChronoUnit.DAYS.between(epoch, d), v);
            assertEquals(d, Dates.fromGsDate(v));
            assertEquals(d.toString(), Dates.format(d));
            assertEquals(d, Dates.parse(d.toString()));
        }
        assertEquals(-25567, Dates.toGsDate(Dates.MIN));
        assertEquals(84005, Dates.toGsDate(Dates.MAX));
        assertNull(Dates.fromOptionalGsDate(Dates.NONE));
    }

    @Test
    void javaEpochDaysAreTheLibrarysDates() {
        GsLibrary lib = GsLibrary.INSTANCE;
        com.sun.jna.ptr.IntByReference out = new com.sun.jna.ptr.IntByReference();
        com.sun.jna.ptr.IntByReference y = new com.sun.jna.ptr.IntByReference();
        com.sun.jna.ptr.IntByReference m = new com.sun.jna.ptr.IntByReference();
        com.sun.jna.ptr.IntByReference dd = new com.sun.jna.ptr.IntByReference();
        for (LocalDate d = Dates.MIN; !d.isAfter(Dates.MAX); d = d.plusDays(97)) {
            assertEquals(0, lib.gs_date_from_ymd(out, d.getYear(), d.getMonthValue(),
                    d.getDayOfMonth()));
            assertEquals(out.getValue(), Dates.toGsDate(d));
            assertEquals(1, lib.gs_date_valid(out.getValue()));
            assertEquals(0, lib.gs_date_to_ymd(out.getValue(), y, m, dd));
            assertEquals(d, LocalDate.of(y.getValue(), m.getValue(), dd.getValue()));
            assertEquals(d, Dates.fromGsDate(out.getValue()));
        }
        assertEquals(0, lib.gs_date_valid(Dates.toGsDate(Dates.MIN) - 1));
        assertEquals(0, lib.gs_date_valid(Dates.NONE));
    }

    @Test
    void rangeIsChecked() {
        assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                () -> Dates.toGsDate(LocalDate.of(2200, 1, 1))).getStatus());
        assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                () -> Dates.addDays(Dates.MAX, 1)).getStatus());
        assertEquals(Status.EINVAL, assertThrows(GoedestartException.class,
                () -> Dates.fromGsDate(Dates.toGsDate(Dates.MAX) + 1)).getStatus());
        GoedestartException e = assertThrows(GoedestartException.class,
                () -> Dates.toGsDate(LocalDate.of(1899, 12, 31)));
        assertTrue(e.getDetail().contains("1899"), e.getDetail());
    }

    @Test
    void february29Rule() {
        LocalDate born = LocalDate.of(2024, 2, 29);
        assertEquals(LocalDate.of(2025, 3, 1), Dates.addYears(born, 1));
        assertEquals(LocalDate.of(2028, 2, 29), Dates.addYears(born, 4));
        assertEquals(23, Dates.ageMonths(born, LocalDate.of(2026, 2, 28)));
        assertEquals(1, Dates.ageYears(born, LocalDate.of(2026, 2, 28)));
        assertEquals(2, Dates.ageYears(born, LocalDate.of(2026, 3, 1)));
        assertEquals(4, Dates.ageYears(born, LocalDate.of(2028, 2, 29)));
    }

    @Test
    void monthsAndDays() {
        assertEquals(1, Dates.ageMonths(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 1)));
        assertEquals(0, Dates.ageMonths(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28)));
        assertEquals(-1, Dates.ageMonths(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 1)));
        assertEquals(28, Dates.diff(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1)));
        assertEquals(LocalDate.of(2024, 2, 29), Dates.addDays(LocalDate.of(2024, 2, 28), 1));
    }
}
