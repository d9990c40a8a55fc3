#!/usr/bin/env python3
# libgoedestart - the language of everything a person reads (issue 14).
# SPDX-License-Identifier: EUPL-1.2
"""Checks the Dutch and English texts of the default data and the CLI.

1. Known bad phrases (BAD_NL, BAD_EN: literal translations, wrong terms,
   found by a JGZ professional and by review) appear in no Dutch (English)
   text: the code labels of the library, the default pack's moment labels
   and rule reasons (gs-default.xml, gs-default.dmn), the catalogue's names
   and notes (veenkolonien.xml), the indicator descriptions, and the text
   output of every CLI command run in Dutch (English) over the examples,
   every conformance vector and a generated population.
2. Dutch text output writes dates DD-MM-YYYY and decimal commas; English
   text YYYY-MM-DD and decimal points; XML and CSV stay locale-free (ISO
   dates, decimal point) whatever --lang says.
3. docs/glossary.md lists every code label of the library, NL and EN
   exactly as the library writes them (so the labels follow the glossary);
   --update-glossary rewrites its generated tables from the library,
   keeping the BDS JGZ column.

    test-language.py --tool TOOL --lib LIBRARY --source DIR --vectors DIR
    test-language.py --lib LIBRARY --source DIR --update-glossary

Grow the lists when a reviewer finds a phrase: each entry is a regular
expression (case-insensitive) and the better wording.
"""

import argparse
import ctypes
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# (pattern, better) - Dutch text must not contain the pattern.
BAD_NL = [
    (r"\b(weinig|enige|veel|hoge) zorg\b", "weinig / enige / veel zorgen"),
    (r"met hoge zorg", "er zijn veel zorgen"),
    (r"\((aandacht|zorg)\)", "ernst: aandachtspunt / zorgen / acuut"),
    (r"(?-i:(^|[\s:])Zorg( terwijl| en een|, maar|:))", "Zorgen ..."),
    (r"onveiligheid met zorg", "Zorgen over de veiligheid of acuut gevaar"),
    (r"aandachtspunt op veiligheid", "aandachtspunt rond de veiligheid"),
    (r"zorg terwijl", "zorgen, en op drie of meer DMOP-domeinen gaat het niet goed"),
    (r"risicosignaal met ernst acuut", "er is een acuut risicosignaal"),
    (r"risicofactoren wegen zwaarder", "de draaglast is groter dan de draagkracht"),
    (r"\bgepland\b", "nog niet aan de orde"),
    (r"nu aan de beurt", "uitvoeren"),
    (r"\bover tijd\b", "te laat"),
    (r"\bgedaan\b", "uitgevoerd"),
    (r"\bgemist\b", "termijn verlopen"),
    (r"\bvenster\b", "termijn"),
    (r"niet meer geëvalueerd", "laatst geëvalueerd op"),
    (r"de conclusie van .* sprak af", "op ... is met het gezin afgesproken"),
    (r"sprak af", "is met het gezin afgesproken"),
    (r"behoeften per onderwerp", "ondersteuningsbehoeften per thema"),
    (r"\bRoutes:", "Mogelijk aanbod:"),
    (r"stel een nieuw doel voor", "bespreek met het gezin of er een doel bij komt"),
    (r"gespreksstarter", "startpunt voor het gesprek"),
    (r"biologische ouder", "barende ouder (moeder)"),
    (r"psychisch welbevinden", "psychische gezondheid (ouder)"),
    (r"late start zwangerschapszorg", "late start van de zwangerschapscontroles"),
    (r"moeder- en kindzorg ziekenhuis", "ziekenhuis (moeder-kindzorg)"),
    (r"\bconceptie", "eerste dag laatste menstruatie (AD − 280 dagen)"),
    (r"uitgerekende datum min 280", "AD − 280 dagen"),
    (r"gescreend .{0,20}voor 16 weken", "vóór 16 weken gescreend"),
    (r"16 weken bereikten", "die in de periode 16 weken werden"),
    (r"consult 8 weken op tijd gehouden", "8-wekenconsult op tijd uitgevoerd"),
    (r"te laat werd", "bij wie die termijn in de periode verliep"),
    (r"kind 5-12 jaar", "Kind 4-12 jaar"),
    (r"incl\. huisarts", "(a GP is no preschool)"),
    (r"op hetzelfde niveau blijven", "ondersteuning op dit niveau voortzetten"),
    (r"\bbehoeften\b(?! van)", "ondersteuningsbehoeften"),
]

# English text must not contain these.
BAD_EN = [
    (r"\banticonception\b", "contraception phase"),
    (r"neighbourliness", "neighbourly help (naoberschap)"),
    (r"near environment", "family and neighbourly help / the family's own circle"),
    (r"hospital mother and child care", "hospital (mother and child care)"),
    (r"child 5-12", "child 4-12 years"),
    (r"conception anchor", "start of pregnancy (first day of the last menstrual period)"),
    (r"\bhigh concern\b", "many concerns"),
    (r"\blow concern\b", "few concerns"),
    (r"incl\. general practitioner", "(a GP is no preschool)"),
    (r"without an indication / primary care", "not indicated / first line"),
]

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
NL_DATE = re.compile(r"\b\d{2}-\d{2}-\d{4}\b")
POINT_NUMBER = re.compile(r"(?<![\d.])\d+\.\d+(%|\b)")   # 71.1% or 0.9500
COMMA_NUMBER = re.compile(r"\b\d+,\d+%")                 # 71,1%

GS_LANG_NL, GS_LANG_EN = 1, 2
VERSION = re.compile(r"\b(gs-default|veenkolonien|gs-test|goedestart)[ -]\S+ \d+(\.\d+)*\b|"
                     r"\b\d{4}\.\d+\b")

failures = {}  # message -> times seen (the same text recurs in many outputs)


def fail(msg):
    failures[msg] = failures.get(msg, 0) + 1


# ---- the library's labels -------------------------------------------------------


class Library:
    def __init__(self, path, source):
        self.lib = ctypes.CDLL(path)
        for name, res, args in (("gs_code_count", ctypes.c_size_t, [ctypes.c_int]),
                                ("gs_code_at", ctypes.c_int, [ctypes.c_int, ctypes.c_size_t]),
                                ("gs_code_token", ctypes.c_char_p, [ctypes.c_int, ctypes.c_int]),
                                ("gs_code_label", ctypes.c_char_p,
                                 [ctypes.c_int, ctypes.c_int, ctypes.c_int]),
                                ("gs_indicator_count", ctypes.c_size_t, []),
                                ("gs_indicator_description", ctypes.c_char_p,
                                 [ctypes.c_int, ctypes.c_int])):
            f = getattr(self.lib, name)
            f.restype, f.argtypes = res, args
        header = open(os.path.join(source, "include", "goedestart", "gs-codes.h"),
                      encoding="utf-8").read()
        enum = re.search(r"typedef enum gs_kind \{(.*?)\} gs_kind;", header, re.S).group(1)
        self.kinds = [(int(v), n) for n, v in re.findall(r"\b(GS_KIND_\w+) = (\d+)", enum)]

    def labels(self):
        """(kind name, code, token, nl, en) of every code of every kind."""
        out = []
        for kind, name in self.kinds:
            n = self.lib.gs_code_count(kind)
            if n == 0:
                fail("kind %s (%d) has no codes" % (name, kind))
            for i in range(n):
                code = self.lib.gs_code_at(kind, i)
                out.append((name, code, self.lib.gs_code_token(kind, code).decode(),
                            self.lib.gs_code_label(kind, code, GS_LANG_NL).decode(),
                            self.lib.gs_code_label(kind, code, GS_LANG_EN).decode()))
        return out

    def indicator_texts(self, lang):
        return [self.lib.gs_indicator_description(i, lang).decode()
                for i in range(1, self.lib.gs_indicator_count() + 1)]


# ---- the default data ---------------------------------------------------------------


def local(tag):
    return tag.rsplit("}", 1)[-1]


def lang_of(el):
    return el.get("lang") or el.get("{http://www.w3.org/XML/1998/namespace}lang")


def xml_texts(path, names):
    """{lang: [(where, text)]} of the elements named in names with a lang."""
    out = {"nl": [], "en": []}
    for el in ET.parse(path).iter():
        if local(el.tag) in names and lang_of(el) in out and el.text:
            owner = el.get("id") or ""
            out[lang_of(el)].append(("%s <%s>" % (os.path.basename(path), local(el.tag)),
                                     el.text.strip()))
    return out


def dmn_texts(path):
    """{lang: [(rule id, reason)]} from the annotation columns nl and en."""
    out = {"nl": [], "en": []}
    for table in ET.parse(path).iter():
        if local(table.tag) != "decisionTable":
            continue
        cols = [a.get("name") for a in table if local(a.tag) == "annotation"]
        for rule in table:
            if local(rule.tag) != "rule":
                continue
            entries = [e for e in rule if local(e.tag) == "annotationEntry"]
            for col, e in zip(cols, entries):
                text = "".join(t.text or "" for t in e if local(t.tag) == "text").strip()
                if col in out and text:
                    out[col].append(("%s rule %s" % (os.path.basename(path), rule.get("id")),
                                     text))
    return out


def check_phrases(where, text, lang):
    for pattern, better in BAD_NL if lang == "nl" else BAD_EN:
        for line in text.splitlines():
            if re.search(pattern, line, re.I | re.M):
                fail("%s (%s): %r matches /%s/; write: %s" % (where, lang, line.strip()[:160],
                                                              pattern, better))


# ---- the CLI ------------------------------------------------------------------------


def run(tool, source, args):
    p = subprocess.run([tool] + args, cwd=source, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env={k: v for k, v in os.environ.items()
                            if k not in ("LANG", "LANGUAGE") and not k.startswith("LC_")})
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def check_format(where, text, lang):
    for line in text.splitlines():
        bare = VERSION.sub("", line)
        if lang == "nl":
            if ISO_DATE.search(bare):
                fail("%s (nl): ISO date in Dutch text: %r" % (where, line.strip()[:160]))
            if POINT_NUMBER.search(bare):
                fail("%s (nl): decimal point in Dutch text: %r" % (where, line.strip()[:160]))
        else:
            if NL_DATE.search(bare):
                fail("%s (en): Dutch date in English text: %r" % (where, line.strip()[:160]))
            if COMMA_NUMBER.search(bare):
                fail("%s (en): decimal comma in English text: %r" % (where, line.strip()[:160]))


def check_locale_free(where, text):
    # in XML the data are the attributes; the texts asked for with --lang
    # (reasons, advice, notes: formats.md) are element content, in Dutch
    # with Dutch dates
    data = " ".join(re.findall(r'="[^"]*"', text)) if text.lstrip().startswith("<") else text
    if NL_DATE.search(data):
        fail("%s: a Dutch date in locale-free output: %r" % (where, NL_DATE.search(data).group(0)))
    m = re.search(r'="-?\d+,\d+"', text)
    if m:
        fail("%s: a decimal comma in locale-free output: %r" % (where, m.group(0)))


def cli_runs(tool, source, vectors, tmp):
    """(name, args, text?) of every CLI run; text runs are checked per language."""
    examples = ["examples/data/family-emmen.xml", "examples/data/families.xml"]
    population = os.path.join(tmp, "population.xml")
    st, _, err = run(tool, source, ["generate", "--families", "60", "--seed", "14",
                                    "--as-of", "2026-01-20", "-o", population])
    if st != 0:
        fail("generate failed: " + err)
    runs = []
    for lang in ("nl", "en"):
        L = ["--lang", lang]
        for d in examples + [population]:
            runs.append(("assess %s" % os.path.basename(d), lang,
                         ["assess", "--as-of", "2026-01-20"] + L + [d]))
        runs.append(("schedule", lang, ["schedule", "--as-of", "2026-01-20"] + L + examples))
        runs.append(("gaps", lang, ["gaps"] + L))
        runs.append(("gaps GM0114", lang, ["gaps", "--municipality", "GM0114"] + L))
        runs.append(("rules", lang, ["rules"] + L))
        runs.append(("indicators", lang, ["indicators", "--from", "2025-01-01", "--to",
                                          "2025-12-31"] + L + [population]))
        runs.append(("survival", lang, ["survival", "--as-of", "2026-01-20", "--suppress", "1",
                                        "--by", "none"] + L + [population]))
        asof = os.path.join(vectors, "as-of.txt")
        if os.path.exists(asof):
            for line in open(asof, encoding="utf-8"):
                if line.strip():
                    name, date = line.split()
                    runs.append(("vector %s" % name, lang,
                                 ["assess", "--as-of", date] + L +
                                 [os.path.join(vectors, name)]))
    return runs


def check_cli(tool, source, vectors):
    with tempfile.TemporaryDirectory(prefix="gs-lang-") as tmp:
        not_loaded = []
        for name, lang, args in cli_runs(tool, source, vectors, tmp):
            st, out, err = run(tool, source, args)
            if st == 2 and name.startswith("vector"):
                # a vector the code cannot load yet is a conformance matter
                # (tests/vectors), not a language one: listed, not hidden
                not_loaded.append("%s: %s" % (name, err.strip().splitlines()[0]))
                continue
            if st != 0:
                fail("%s --lang %s: status %d: %s" % (name, lang, st, err[:400]))
                continue
            check_phrases("goedestart " + name, out, lang)
            check_format("goedestart " + name, out, lang)
        for line in sorted(set(not_loaded)):
            print("not loaded (checked by the vector tests): " + line)
        # locale-free formats, Dutch or not
        population = os.path.join(tmp, "population.xml")
        for name, args in (
                ("assess xml", ["assess", "--format", "xml", "--lang", "nl", "--as-of",
                                "2026-01-20", population]),
                ("schedule csv", ["schedule", "--format", "csv", "--lang", "nl", "--as-of",
                                  "2026-01-20", population]),
                ("indicators xml", ["indicators", "--format", "xml", "--lang", "nl", "--from",
                                    "2025-01-01", "--to", "2025-12-31", population]),
                ("indicators csv", ["indicators", "--format", "csv", "--lang", "nl", "--from",
                                    "2025-01-01", "--to", "2025-12-31", population]),
                ("survival csv", ["survival", "--format", "csv", "--lang", "nl", "--as-of",
                                  "2026-01-20", "--suppress", "1", population]),
                ("gaps csv", ["gaps", "--format", "csv", "--lang", "nl"]),
                ("gaps xml", ["gaps", "--format", "xml", "--lang", "nl"])):
            st, out, err = run(tool, source, args)
            if st != 0:
                fail("%s: status %d: %s" % (name, st, err[:400]))
                continue
            check_locale_free("goedestart " + name, out)
            if "csv" in name and re.search(r"(^|,)\d+,\d+%", out, re.M):
                fail("goedestart %s: a percentage with a decimal comma" % name)


# ---- the glossary ---------------------------------------------------------------------

BEGIN = "<!-- code labels: generated by tests/test-language.py --update-glossary -->"
END = "<!-- end of code labels -->"
ROW = re.compile(r"^\| (\d+) \| `([^`]*)` \| (.*?) \| (.*?) \| (.*?) \|$")


def glossary_rows(text):
    """{(kind, token): (code, nl, en, bds)} of the generated part."""
    rows, kind = {}, None
    part = text.split(BEGIN, 1)[1].split(END, 1)[0] if BEGIN in text else ""
    for line in part.splitlines():
        m = re.match(r"^### .*\((GS_KIND_\w+)\)$", line)
        if m:
            kind = m.group(1)
            continue
        m = ROW.match(line)
        if m and kind:
            rows[(kind, m.group(2))] = (int(m.group(1)), m.group(3), m.group(4), m.group(5))
    return text, part, rows


def cell(s):
    return s.replace("|", "\\|")


def generate_glossary(lib, rows):
    out = [BEGIN, ""]
    last = None
    for name, code, token, nl, en in lib.labels():
        if name != last:
            if last is not None:
                out.append("")
            title = name[len("GS_KIND_"):].replace("_", " ").lower()
            out += ["### %s (%s)" % (title, name), "",
                    "| code | token | Nederlands | English | BDS JGZ |", "|---|---|---|---|---|"]
            last = name
        bds = rows.get((name, token), (0, "", "", ""))[3]
        out.append("| %d | `%s` | %s | %s | %s |" % (code, token, cell(nl), cell(en), bds))
    out += ["", END]
    return "\n".join(out)


def check_glossary(lib, path, update):
    text = open(path, encoding="utf-8").read()
    _, part, rows = glossary_rows(text)
    want = generate_glossary(lib, rows)
    if update:
        if BEGIN in text:
            head, rest = text.split(BEGIN, 1)
            text = head + want + rest.split(END, 1)[1]
        else:
            text = text.rstrip("\n") + "\n\n" + want + "\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return
    have = BEGIN + part + END
    if have != want:
        seen = 0
        for name, code, token, nl, en in lib.labels():
            r = rows.get((name, token))
            if r is None or r[:3] != (code, cell(nl), cell(en)):
                fail("docs/glossary.md: %s %s: the glossary says %r, the library %r" %
                     (name, token, r[:3] if r else None, (code, nl, en)))
                seen += 1
        if seen == 0:
            fail("docs/glossary.md: the generated tables differ from the library's labels "
                 "(order or layout); run tests/test-language.py --update-glossary")
        else:
            fail("change the label or the glossary so that they agree; after a label change "
                 "run tests/test-language.py --update-glossary")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tool")
    ap.add_argument("--lib", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--vectors")
    ap.add_argument("--update-glossary", action="store_true")
    opts = ap.parse_args()
    lib = Library(opts.lib, opts.source)
    glossary = os.path.join(opts.source, "docs", "glossary.md")
    if opts.update_glossary:
        check_glossary(lib, glossary, True)
        return 0
    if not (opts.tool and opts.vectors):
        ap.error("--tool and --vectors are required")

    for name, code, token, nl, en in lib.labels():
        check_phrases("label %s %s" % (name, token), nl, "nl")
        check_phrases("label %s %s" % (name, token), en, "en")
    for lang, code in (("nl", GS_LANG_NL), ("en", GS_LANG_EN)):
        for text in lib.indicator_texts(code):
            check_phrases("indicator description", text, lang)
    data = os.path.join(opts.source, "data")
    for texts in (xml_texts(os.path.join(data, "packs", "gs-default.xml"), {"label"}),
                  xml_texts(os.path.join(data, "catalogs", "veenkolonien.xml"),
                            {"name", "note"}),
                  dmn_texts(os.path.join(data, "packs", "gs-default.dmn"))):
        for lang in ("nl", "en"):
            if not texts[lang]:
                fail("no %s texts found in the default data" % lang)
            for where, text in texts[lang]:
                check_phrases(where, text, lang)
    check_cli(opts.tool, opts.source, opts.vectors)
    check_glossary(lib, glossary, False)

    for f, n in failures.items():
        print("FAIL " + f + (" (%d times)" % n if n > 1 else ""))
    print("%d problem(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
