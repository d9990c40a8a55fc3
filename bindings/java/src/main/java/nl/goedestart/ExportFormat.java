/*
 * libgoedestart Java binding - gs_export_format (gs-export.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Output formats of the research export ({@code gs_export_format}, gs-export.h).
 */
public enum ExportFormat {
    /** CSV (RFC 4180) */
    CSV(1),
    /** XML ({@code urn:goedestart:export:1}) */
    XML(2);

    private static final ExportFormat[] BY_CODE = CodeTables.index(values(), ExportFormat::code);

    private final int code;

    ExportFormat(int code) {
        this.code = code;
    }

    /**
     * The C value.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * The constant with a C value.
     *
     * @param code a code
     * @return the constant, or {@code null} for 0 when 0 is no constant
     * @throws IllegalArgumentException for any other unknown code
     */
    public static ExportFormat of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_export_format");
    }
}
