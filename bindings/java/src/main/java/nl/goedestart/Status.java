/*
 * libgoedestart Java binding - status codes.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * The result of every fallible C call ({@code gs_status}). The numbers are
 * the library's and never change; new statuses are appended.
 */
public enum Status {
    /** Success. */
    OK(0),
    /** Generic failure (an internal error). */
    ERROR(-1),
    /** Out of memory; nothing was changed. */
    ENOMEM(-2),
    /** An argument was invalid (out of range, missing). */
    EINVAL(-3),
    /** Input failed to parse or to validate (file, line, column set). */
    EPARSE(-4),
    /** Reading or writing a file failed. */
    EIO(-5),
    /** A named item does not exist. */
    ENOTFOUND(-6),
    /** Unsupported version of a format, struct or namespace. */
    EVERSION(-7),
    /** A decision table could not be evaluated. */
    EEVAL(-8),
    /** The call is not allowed in the current state. */
    ESTATE(-9);

    private final int code;

    Status(int code) {
        this.code = code;
    }

    /**
     * The C value of this status.
     *
     * @return the code, 0 or negative
     */
    public int code() {
        return code;
    }

    /**
     * The library's short English description ({@code gs_status_str}).
     *
     * @return the description
     */
    public String description() {
        return GsLibrary.INSTANCE.gs_status_str(code);
    }

    /**
     * The library's name of this status ({@code gs_status_name}).
     *
     * @return e.g. {@code GS_ENOMEM}
     */
    public String cName() {
        return GsLibrary.INSTANCE.gs_status_name(code);
    }

    /**
     * The status with a given C value.
     *
     * @param code a C status value
     * @return the matching status, or {@link #ERROR} for a value this
     *         binding does not know (a newer library)
     */
    public static Status of(int code) {
        for (Status s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return ERROR;
    }
}
