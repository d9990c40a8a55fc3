/*
 * libgoedestart Java binding - the Dutch provinces (GS_KIND_PROVINCE).
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * The twelve Dutch provinces ({@code GS_KIND_PROVINCE}, gs-codes.h), which
 * catalogue scopes and routing use. The tokens are the two-letter codes
 * ({@code DR}, {@code GR}, ...); labels come from the C library.
 */
public enum Province implements Coded {
    /** {@code DR} */
    DRENTHE(1),
    /** {@code GR} */
    GRONINGEN(2),
    /** {@code FR} */
    FRIESLAND(3),
    /** {@code OV} */
    OVERIJSSEL(4),
    /** {@code FL} */
    FLEVOLAND(5),
    /** {@code GE} */
    GELDERLAND(6),
    /** {@code UT} */
    UTRECHT(7),
    /** {@code NH} */
    NOORD_HOLLAND(8),
    /** {@code ZH} */
    ZUID_HOLLAND(9),
    /** {@code ZE} */
    ZEELAND(10),
    /** {@code NB} */
    NOORD_BRABANT(11),
    /** {@code LI} */
    LIMBURG(12);

    private static final Province[] BY_CODE = CodeTables.index(values(), Province::code);

    private final int code;

    Province(int code) {
        this.code = code;
    }

    @Override
    public Kind kind() {
        return Kind.PROVINCE;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * The province with a code.
     *
     * @param code a code
     * @return the province, or {@code null} for 0 (unknown)
     * @throws IllegalArgumentException for any other unknown code
     */
    public static Province of(int code) {
        return CodeTables.lookup(BY_CODE, code, "province");
    }

    /**
     * The province with a token.
     *
     * @param token {@code DR}, {@code GR}, ...
     * @return the province
     * @throws GoedestartException {@link Status#EPARSE} for an unknown token
     */
    public static Province ofToken(String token) {
        return of(Kind.PROVINCE.parse(token));
    }
}
