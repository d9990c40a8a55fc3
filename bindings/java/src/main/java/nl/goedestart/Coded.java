/*
 * libgoedestart Java binding - the enumerations with spec codes and tokens.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

/**
 * An enumeration value with a fixed spec code, an XML token and Dutch and
 * English labels. Tokens and labels come from the C library
 * ({@code gs_code_token}, {@code gs_code_label}); the binding keeps no
 * copies of them.
 */
public interface Coded {
    /**
     * The enumeration this value belongs to.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * The spec's numeric code (the C enum value).
     *
     * @return the code
     */
    int code();

    /**
     * The XML token, e.g. {@code social-support}.
     *
     * @return the token, or {@code null} for a value without one (such as
     *         {@link PregnancyOutcome#NONE})
     */
    default String token() {
        return kind().token(code());
    }

    /**
     * The human-readable label.
     *
     * @param lang {@link Lang#NL} or {@link Lang#EN} ({@link Lang#NONE}
     *        gives English)
     * @return the label, or {@code null} for a value without one
     */
    default String label(Lang lang) {
        return kind().label(code(), lang);
    }

    /**
     * The value of an enumeration with an XML token.
     *
     * @param <E> the enumeration
     * @param type its class, e.g. {@code Topic.class}
     * @param token the token, e.g. {@code "smoking"} (exact match)
     * @return the value
     * @throws GoedestartException {@link Status#EPARSE} for an unknown token,
     *         with the library's message
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String token) {
        E[] all = type.getEnumConstants();
        int code = all[0].kind().parse(token);
        for (E e : all) {
            if (e.code() == code) {
                return e;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " with code " + code);
    }
}
