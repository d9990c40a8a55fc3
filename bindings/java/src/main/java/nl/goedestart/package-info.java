/*
 * libgoedestart Java binding.
 * SPDX-License-Identifier: EUPL-1.2
 */

/**
 * Java binding of libgoedestart, the shared engine of Goede Start and
 * SamenStarten (Dutch preventive youth health care).
 *
 * <p>{@link nl.goedestart.GsLibrary} declares the C functions for JNA; the
 * other classes wrap them in Java types: {@link nl.goedestart.Goedestart}
 * (version), {@link nl.goedestart.Dates} ({@link java.time.LocalDate}),
 * {@link nl.goedestart.Status} and the unchecked
 * {@link nl.goedestart.GoedestartException}, which carries the library's
 * message, file, line and column. The binding has no logic of its own:
 * every computation is done by the C library, so Java, Python and C agree.
 *
 * <p>The library is loaded from the system property
 * {@code goedestart.library}, else the environment variable
 * {@code GOEDESTART_LIBRARY}, else by the name {@code goedestart} on JNA's
 * search path ({@code jna.library.path}, the system library path).
 */
package nl.goedestart;
