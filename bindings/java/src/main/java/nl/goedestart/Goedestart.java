/*
 * libgoedestart Java binding - library-wide calls.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Library-wide calls: the version of the loaded C library and its
 * reference-counted initialisation.
 */
public final class Goedestart {
    private Goedestart() {
    }

    /**
     * The version of the loaded C library.
     *
     * @return e.g. "0.1.0"
     */
    public static String version() {
        return GsLibrary.INSTANCE.gs_version_string();
    }

    /**
     * The loaded library's version as one number.
     *
     * @return {@code major * 10000 + minor * 100 + micro}
     */
    public static int versionNumber() {
        return GsLibrary.INSTANCE.gs_version_number();
    }

    /**
     * Where the C library is loaded from.
     *
     * @return the path from {@code goedestart.library} or
     *         {@code GOEDESTART_LIBRARY}, or the name "goedestart"
     */
    public static String libraryLocation() {
        return GsLibrary.Loader.location();
    }

    /**
     * Initialises the library ({@code gs_init}; reference-counted and
     * thread-safe). Calls that parse XML initialise it themselves, so this
     * is optional; pair every call with {@link #shutdown()}.
     */
    public static void init() {
        GoedestartException.check(GsLibrary.INSTANCE.gs_init());
    }

    /**
     * Releases one {@link #init()} reference ({@code gs_shutdown}); extra
     * calls are ignored and objects still open stay valid.
     */
    public static void shutdown() {
        GsLibrary.INSTANCE.gs_shutdown();
    }
}
