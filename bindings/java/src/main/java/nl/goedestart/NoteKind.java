/*
 * libgoedestart Java binding - gs_note_kind (gs-codes.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * Kind of a note: what an assessment did not count (formats.md "Notes") ({@code gs_note_kind}, gs-codes.h).
 *
 * <p>The numbers are the library's codes; {@link #token()} and
 * {@link #label(Lang)} come from the C library ({@code gs_code_token},
 * {@code gs_code_label} with {@link Kind#NOTE}).
 */
public enum NoteKind implements Coded {
    /** {@code expired}: the latest value of an item expired */
    EXPIRED(1),
    /** {@code screening-unassigned}: screening of no single pregnancy */
    SCREENING_UNASSIGNED(2),
    /** {@code unknown-moment}: a contact names a moment not in the schedule */
    UNKNOWN_MOMENT(3),
    /** {@code municipality-unknown}: only national offers can route */
    MUNICIPALITY_UNKNOWN(4),
    /** {@code municipality-former}: a former code, routed as its successor */
    MUNICIPALITY_FORMER(5);

    private static final NoteKind[] BY_CODE = CodeTables.index(values(), NoteKind::code);

    private final int code;

    NoteKind(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.NOTE;
    }

    @Override
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
    public static NoteKind of(int code) {
        return CodeTables.lookup(BY_CODE, code, "gs_note_kind");
    }
}
