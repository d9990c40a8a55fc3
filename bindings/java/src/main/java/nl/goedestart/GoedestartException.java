/*
 * libgoedestart Java binding - the exception carrying the library's errors.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import com.sun.jna.Pointer;

/**
 * An error reported by libgoedestart (unchecked).
 *
 * <p>It carries the status, the library's message and, for input errors,
 * the file, line and column the error refers to. {@link #getMessage()}
 * gives the whole error as {@code FILE:LINE:COLUMN: message}, leaving out
 * the parts that are unknown, exactly like {@code gs_error_format}.
 */
public class GoedestartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The C status value. */
    private final int code;
    /** The library's message without the position. */
    private final String detail;
    /** The file the error refers to, or {@code null}. */
    private final String file;
    /** The 1-based line, or 0. */
    private final int line;
    /** The 1-based column, or 0. */
    private final int column;

    /**
     * An error with all its details.
     *
     * @param code the C status value (negative)
     * @param message the library's message, without the position
     * @param file the file the error refers to, or {@code null}
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     */
    public GoedestartException(int code, String message, String file, int line, int column) {
        super(format(message, file, line, column));
        this.code = code;
        this.detail = message;
        this.file = file == null || file.isEmpty() ? null : file;
        this.line = line;
        this.column = column;
    }

    private static String format(String message, String file, int line, int column) {
        StringBuilder sb = new StringBuilder();
        if (file != null && !file.isEmpty()) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        return sb.append(message).toString();
    }

    /**
     * The status of this error.
     *
     * @return the status; {@link Status#ERROR} for a code this binding does
     *         not know (see {@link #getCode()})
     */
    public Status getStatus() {
        return Status.of(code);
    }

    /**
     * The raw C status value.
     *
     * @return the code
     */
    public int getCode() {
        return code;
    }

    /**
     * The library's message without the position.
     *
     * @return the message
     */
    public String getDetail() {
        return detail;
    }

    /**
     * The file the error refers to.
     *
     * @return the file, or {@code null} when none
     */
    public String getFile() {
        return file;
    }

    /**
     * The line the error refers to.
     *
     * @return the 1-based line, or 0 when unknown
     */
    public int getLine() {
        return line;
    }

    /**
     * The column the error refers to.
     *
     * @return the 1-based column, or 0 when unknown
     */
    public int getColumn() {
        return column;
    }

    /**
     * The exception for a failed call, filled from the calling thread's last
     * error ({@code gs_error_last}).
     *
     * @param code the status the call returned
     * @return the exception (not thrown)
     */
    public static GoedestartException fromLastError(int code) {
        GsLibrary lib = GsLibrary.INSTANCE;
        Pointer err = lib.gs_error_last();
        return new GoedestartException(code, lib.gs_error_message(err), lib.gs_error_file(err),
                lib.gs_error_line(err), lib.gs_error_column(err));
    }

    /**
     * Throws the thread's last error unless {@code code} is {@code GS_OK}.
     *
     * @param code a status returned by a C call
     * @throws GoedestartException when {@code code} is not 0
     */
    public static void check(int code) {
        if (code != Status.OK.code()) {
            throw fromLastError(code);
        }
    }
}
