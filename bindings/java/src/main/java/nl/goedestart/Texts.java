/*
 * libgoedestart Java binding - texts the library gives per language.
 * SPDX-License-Identifier: EUPL-1.2
 */
package nl.goedestart;

import java.util.function.IntFunction;

/** Reads a text once per {@link Lang}, so a value can answer for every language. */
final class Texts {
    private Texts() {
    }

    /**
     * The text in every language, indexed by {@link Lang#code()}.
     *
     * @param text the C accessor, given a {@code gs_lang} value
     * @return the texts (entries may be {@code null})
     */
    static String[] of(IntFunction<String> text) {
        Lang[] langs = Lang.values();
        String[] out = new String[langs.length];
        for (Lang l : langs) {
            out[l.code()] = text.apply(l.code());
        }
        return out;
    }
}
