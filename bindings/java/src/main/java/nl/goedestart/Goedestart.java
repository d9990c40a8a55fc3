/*
 * libgoedestart Java binding - library-wide calls.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/** Library-wide information: the version of the loaded C library. */
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
}
