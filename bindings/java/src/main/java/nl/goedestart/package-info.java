/*
 * libgoedestart Java binding.
 * SPDX-License-Identifier: EUPL-1.2
 */

/**
 * Java binding of libgoedestart, the shared engine of Goede Start and
 * SamenStarten (Dutch preventive youth health care).
 *
 * <p><b>The classes.</b> A vendor builds a {@link nl.goedestart.Family}
 * from its own records with {@link nl.goedestart.Family#builder} (or
 * reads dossier files: {@link nl.goedestart.Dossier},
 * {@link nl.goedestart.DossierReader}, {@link nl.goedestart.DossierWriter}),
 * loads a {@link nl.goedestart.Pack} (rules: parameters, schedule,
 * decision tables - {@link nl.goedestart.Decision},
 * {@link nl.goedestart.Evaluator}) and a {@link nl.goedestart.Catalog}
 * (the local care paths: {@link nl.goedestart.Offer}, routing,
 * {@link nl.goedestart.Gaps}), and assesses the family at an explicit date
 * with {@link nl.goedestart.Assessment#of}: phases, schedule, facts, the
 * proposed care need with its reasons, needs with routes and gaps, plan
 * advice; {@link nl.goedestart.AssessmentWriter} writes the assessment
 * vocabulary. For populations: {@link nl.goedestart.Population} (synthetic
 * families), {@link nl.goedestart.Summary} (batch assessment in C),
 * {@link nl.goedestart.Indicators}, {@link nl.goedestart.Survival} with
 * {@link nl.goedestart.Labels}, and the research export
 * ({@link nl.goedestart.Exporter}, {@link nl.goedestart.Mapping}). Dates
 * are {@link java.time.LocalDate}; every C enumeration is a Java enum with
 * its spec code ({@code code()}), and the enumerations of gs-codes.h
 * ({@link nl.goedestart.Coded}) also give their XML token and Dutch and
 * English labels, read from the C library. Errors are the unchecked
 * {@link nl.goedestart.GoedestartException}, carrying the library's
 * status, message, file, line and column.
 *
 * <p><b>No logic of its own.</b> Every computation is done by the C
 * library ({@link nl.goedestart.GsLibrary} declares all its functions for
 * JNA), so Java, Python and C give byte-identical results.
 *
 * <p><b>Resources.</b> Objects that own C memory are
 * {@link java.lang.AutoCloseable}: close them (try-with-resources);
 * closing twice is harmless, using a closed object throws
 * {@link java.lang.IllegalStateException}. A {@link java.lang.ref.Cleaner}
 * frees what was never closed, as a safety net. An object that borrows
 * another (an assessment its family, pack and catalogue; an evaluator its
 * pack) keeps a Java reference to it, so the garbage collector never frees
 * the borrowed object first.
 *
 * <p><b>Threads.</b> A loaded {@link nl.goedestart.Pack} and
 * {@link nl.goedestart.Catalog} are immutable and may be shared by any
 * number of threads, each assessing its own families with its own
 * {@link nl.goedestart.Assessment}. Every other object is used by one
 * thread at a time.
 *
 * <p><b>Loading.</b> The library is loaded from the system property
 * {@code goedestart.library}, else the environment variable
 * {@code GOEDESTART_LIBRARY}, else by the name {@code goedestart} on JNA's
 * search path ({@code jna.library.path}, the system library path).
 */
package nl.goedestart;
