#!/usr/bin/env python3
# libgoedestart - tests of the goedestart command-line tool.
# SPDX-License-Identifier: EUPL-1.2
"""Runs the goedestart tool on fixed inputs and checks its exit status,
standard output and standard error.

Every case runs the tool from the source root (so paths in messages are
the relative paths written below) with a clean environment: no LANG,
LC_ALL or LC_MESSAGES unless the case sets them. Outputs are compared with
golden files in tests/cli/golden/NAME.stdout and NAME.stderr; a case
without a golden file for a stream expects it empty, unless it checks the
stream with its own function.

    run-cli.py --tool PATH --source DIR --vectors DIR --list
    run-cli.py --tool PATH --source DIR --vectors DIR --case NAME [--case NAME...]
    run-cli.py --tool PATH --source DIR --vectors DIR --update [--case NAME...]

--update rewrites the golden files of the chosen cases (all by default)
from the tool's output; review the diff before committing it.
Exit status: 0 all passed, 1 a case failed, 77 every chosen case skipped.
"""

import argparse
import datetime
import difflib
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile

VECTOR_CAT = "{vectors}/catalog.xml"
VECTOR_01 = "{vectors}/01-formats-example.xml"
EMMEN = "examples/data/family-emmen.xml"
FAMILIES = "examples/data/families.xml"
DATA = "tests/cli/data"

SKIP = 77


class Skip(Exception):
    pass


class Case:
    def __init__(self, name, args, status=0, env=None, check=None, golden=True, timeout=120,
                 runs=None):
        self.name = name
        self.args = args
        self.runs = runs        # fn(ctx) -> [(title, args)]: one golden of several runs
        self.status = status
        self.env = env or {}
        self.check = check      # fn(ctx, result) for what a golden cannot say
        self.golden = golden    # compare stdout/stderr with the golden files
        self.timeout = timeout


# ---- custom checks -------------------------------------------------------------


def check_help(ctx, r):
    for cmd in ("assess", "schedule", "validate", "gaps", "generate", "rules"):
        assert re.search(r"^  %s +\S" % cmd, r.stdout, re.M), "--help does not list %s" % cmd
    assert r.stdout.startswith("Usage: goedestart COMMAND"), r.stdout[:80]
    assert "Exit status: 0 success, 1 usage error, 2 invalid input, 3 I/O error" in r.stdout


def check_rules_pack_file(ctx, r):
    """A copy of the default pack prints exactly what the embedded one does,
    and -o writes the same bytes; a reason holding `|` and Markdown
    characters is escaped in its cell."""
    assert_rules_en(r)
    d = ctx.tmpdir()
    for name in ("gs-default.xml", "gs-default.dmn"):
        shutil.copy(os.path.join(ctx.source, "data", "packs", name), d)
    pack = os.path.join(d, "gs-default.xml")
    res = ctx.run(["rules", "--lang", "en", "--pack", pack])
    assert res.returncode == 0 and res.stdout == r.stdout, "a copy of the pack prints otherwise"
    out = os.path.join(d, "rules.md")
    res = ctx.run(["rules", "--lang", "en", "-o", out])
    assert res.returncode == 0 and res.stdout == "", res.stderr
    assert open(out, encoding="utf-8").read() == r.stdout, "-o differs from standard output"
    dmn = os.path.join(d, "gs-default.dmn")
    text = open(dmn, encoding="utf-8").read()
    plain = "<text>The parent asks for help.</text>"
    assert plain in text, "the A-HELP reason changed: update this check"
    with open(dmn, "w", encoding="utf-8") as f:
        f.write(text.replace(plain, "<text>The parent | asks *now* &lt;b&gt; [x]_y.</text>"))
    res = ctx.run(["rules", "--lang", "en", "--pack", pack])
    assert res.returncode == 0, res.stderr
    row = [line for line in res.stdout.splitlines() if line.startswith("| `A-HELP` |")]
    assert len(row) == 1, row
    assert row[0].endswith("| The parent \\| asks \\*now\\* \\<b\\> \\[x\\]\\_y. |"), row[0]
    assert row[0].count(" | ") == 4, "a cell split the row: " + row[0]


def assert_rules_en(r):
    assert r.stdout.startswith("## Pack gs-default "), r.stdout[:80]
    for heading in ("### Parameters", "### Schedule of signal moments", "### Moment statuses",
                    "### Decision table `care-need`", "### Decision table `start-level`",
                    "### Decision table `level-review`"):
        assert "\n%s" % heading in r.stdout, "no %s" % heading


def assert_rules_nl(r):
    assert r.stdout.startswith("## Pakket gs-default "), r.stdout[:80]
    assert "\n### Beslistabel `care-need`" in r.stdout


def check_command_help(cmd):
    def check(ctx, r):
        assert r.stdout.startswith("Usage: goedestart %s " % cmd), r.stdout[:80]
        assert "Options:" in r.stdout or cmd == "validate"
    return check


def check_stderr_has(*needles):
    def check(ctx, r):
        for n in needles:
            assert n in r.stderr, "stderr lacks %r:\n%s" % (n, r.stderr)
        assert r.stdout == "", "stdout is not empty:\n" + r.stdout[:400]
    return check


def check_today(ctx, r):
    today = datetime.date.today().isoformat()
    m = re.search(r'<assessment [^>]*as-of="([0-9-]+)"', r.stdout)
    assert m, r.stdout[:300]
    # run at midnight: either side of it is fine
    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    assert m.group(1) in (today, yesterday), "as-of %s, today %s" % (m.group(1), today)


def check_same_as_golden(other):
    """The output equals another case's golden output (e.g. LANG=nl gives --lang nl)."""
    def check(ctx, r):
        want = ctx.read_golden(other, "stdout")
        assert r.stdout == want, "differs from golden %s:\n%s" % (other, diff(want, r.stdout))
    return check


def check_generate_files(ctx, r):
    """-o FILE and standard output give the same bytes, twice; the file validates
    and can be assessed; -o leaves no temporary file."""
    d = ctx.tmpdir()
    a, b = os.path.join(d, "a.xml"), os.path.join(d, "b.xml")
    args = ["generate", "--families", "200", "--seed", "9", "--as-of", "2026-01-20"]
    for path in (a, b):
        res = ctx.run(args + ["-o", path])
        assert res.returncode == 0 and res.stderr == "", res.stderr
    res = ctx.run(args)
    assert res.returncode == 0
    data_a, data_b = open(a, "rb").read(), open(b, "rb").read()
    assert data_a == data_b, "two runs differ"
    assert res.stdout.encode() == data_a, "standard output differs from -o"
    assert sorted(os.listdir(d)) == ["a.xml", "b.xml"], os.listdir(d)
    res = ctx.run(["validate", a])
    assert res.returncode == 0, res.stderr
    assert res.stdout == "%s: valid dossier, 200 families\n" % a, res.stdout
    assert res.stderr == "", "warnings on a generated file:\n" + res.stderr
    res = ctx.run(["assess", "--format", "xml", "--as-of", "2026-01-20", a])
    assert res.returncode == 0, res.stderr
    assert res.stdout.count("<assessment ") == 200
    assert res.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<assessments ')


def check_atomic_output(ctx, r):
    """-o replaces a file only when the run succeeds and leaves no temporary file."""
    d = ctx.tmpdir()
    out = os.path.join(d, "report.txt")
    with open(out, "w") as f:
        f.write("old\n")
    res = ctx.run(["assess", "--as-of", "2026-01-20", "-o", out, DATA + "/broken-families.xml"])
    assert res.returncode == 2, res.returncode
    assert open(out).read() == "old\n", "a failed run changed the target"
    assert os.listdir(d) == ["report.txt"], os.listdir(d)
    res = ctx.run(["assess", "--as-of", "2026-01-20", "--lang", "en", "-o", out, EMMEN])
    assert res.returncode == 0 and res.stdout == "" and res.stderr == "", res.stderr
    assert open(out).read() == ctx.read_golden("assess-example-text-en", "stdout")
    assert os.listdir(d) == ["report.txt"], os.listdir(d)
    os.chmod(out, 0o644)
    assert os.stat(out).st_mode & 0o777 == 0o644


def check_partial_stdout(ctx, r):
    """A bad family stops the run; the families before it were written."""
    assert r.stdout.count("<assessment ") == 1, r.stdout


def address_limit(kib):
    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (kib << 10, kib << 10))
    return apply


def check_out_of_memory(ctx, r):
    """Out of memory is status 4. The address-space limit is the smallest one
    under which the tool still starts (`--version`, found by bisection), so
    loading the default pack and catalogue cannot get their memory."""
    if ctx.sanitized:
        raise Skip("address-space limits and sanitizers do not mix")
    lo, hi = 4 << 10, 1 << 20          # KiB
    if ctx.run(["--version"], preexec=address_limit(hi)).returncode != 0:
        raise Skip("the tool does not start within 1 GiB of address space")
    while hi - lo > 64:
        mid = (lo + hi) // 2
        if ctx.run(["--version"], preexec=address_limit(mid)).returncode == 0:
            hi = mid
        else:
            lo = mid
    res = ctx.run(["generate", "--families", "1", "--as-of", "2026-01-20"],
                  preexec=address_limit(hi))
    assert res.returncode == 4, "status %d under %d KiB, stderr %r" % (res.returncode, hi,
                                                                       res.stderr)
    assert "goedestart: out of memory" in res.stderr, res.stderr


def check_full_disk(ctx, r):
    if not os.path.exists("/dev/full"):
        raise Skip("no /dev/full")
    res = ctx.run(["gaps", "--lang", "en", "-o", "/dev/full"])
    assert res.returncode == 3, res.returncode
    assert "write failed" in res.stderr, res.stderr


def vector_runs(lang):
    """`assess --lang LANG` over every conformance vector at its as-of date, with
    the default pack and catalogue: the text a person reads of the default data
    (the vectors' own catalogue is checked by the vectors-cli test)."""
    def runs(ctx):
        out = []
        with open(os.path.join(ctx.vectors, "as-of.txt"), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    name, date = line.split()
                    out.append((name, ["assess", "--as-of", date, "--lang", lang,
                                       "{vectors}/" + name]))
        return out
    return runs


# ---- the cases -------------------------------------------------------------------

CASES = [
    # help and version
    Case("help", ["--help"], check=check_help, golden=False),
    Case("version", ["--version"]),
    Case("help-assess", ["assess", "--help"], check=check_command_help("assess"), golden=False),
    Case("help-schedule", ["schedule", "--help"], check=check_command_help("schedule"),
         golden=False),
    Case("help-validate", ["validate", "-h"], check=check_command_help("validate"), golden=False),
    Case("help-gaps", ["gaps", "--help"], check=check_command_help("gaps"), golden=False),
    Case("help-generate", ["generate", "--help"], check=check_command_help("generate"),
         golden=False),
    Case("help-rules", ["rules", "--help"], check=check_command_help("rules"), golden=False),

    # assess: text in both languages, xml, several files
    Case("assess-vector01-text-en", ["assess", "--as-of", "2026-01-20", "--catalog", VECTOR_CAT,
                                     "--lang", "en", VECTOR_01]),
    Case("assess-vector01-text-nl", ["assess", "--as-of", "2026-01-20", "--catalog", VECTOR_CAT,
                                     "--lang", "nl", VECTOR_01]),
    Case("assess-vector01-xml", ["assess", "--format", "xml", "--as-of", "2026-01-20",
                                 "--catalog", VECTOR_CAT, VECTOR_01]),
    Case("assess-vector01-xml-nl", ["assess", "--format", "xml", "--lang", "nl", "--as-of",
                                    "2026-01-20", "--catalog", VECTOR_CAT, VECTOR_01]),
    Case("assess-example-text-en", ["assess", "--as-of", "2026-01-20", "--lang", "en", EMMEN]),
    Case("assess-example-text-nl", ["assess", "--as-of", "2026-01-20", "--lang", "nl", EMMEN]),
    Case("assess-example-xml", ["assess", "--format", "xml", "--as-of", "2026-01-20", EMMEN]),
    Case("assess-families-text-en", ["assess", "--as-of", "2026-01-20", "--lang", "en",
                                     FAMILIES]),
    Case("assess-two-files-xml", ["assess", "--format", "xml", "--as-of", "2026-01-20", EMMEN,
                                  FAMILIES]),
    Case("assess-two-files-text-nl", ["assess", "--as-of", "2026-01-20", "--lang", "nl", EMMEN,
                                      FAMILIES]),
    # every vector in both languages (one golden file each)
    Case("assess-vectors-text-nl", [], runs=vector_runs("nl"), timeout=300),
    Case("assess-vectors-text-en", [], runs=vector_runs("en"), timeout=300),
    # the language from the environment
    Case("assess-lang-from-LANG", ["assess", "--as-of", "2026-01-20", EMMEN],
         env={"LANG": "nl_NL.UTF-8"}, check=check_same_as_golden("assess-example-text-nl"),
         golden=False),
    Case("assess-lang-LC_ALL-wins", ["assess", "--as-of", "2026-01-20", EMMEN],
         env={"LANG": "nl_NL.UTF-8", "LC_ALL": "en_GB.UTF-8"},
         check=check_same_as_golden("assess-example-text-en"), golden=False),
    Case("assess-lang-default-en", ["assess", "--as-of", "2026-01-20", EMMEN],
         env={"LANG": "C.UTF-8"}, check=check_same_as_golden("assess-example-text-en"),
         golden=False),
    Case("assess-xml-ignores-LANG", ["assess", "--format", "xml", "--as-of", "2026-01-20",
                                     EMMEN],
         env={"LANG": "nl_NL.UTF-8"}, check=check_same_as_golden("assess-example-xml"),
         golden=False),
    Case("assess-as-of-today", ["assess", "--format", "xml", EMMEN], check=check_today,
         golden=False),
    Case("assess-atomic-output", ["--version"], check=check_atomic_output, golden=False),

    # schedule
    Case("schedule-text-en", ["schedule", "--as-of", "2026-01-20", "--lang", "en", FAMILIES,
                              EMMEN]),
    Case("schedule-due-overdue-csv", ["schedule", "--as-of", "2026-01-20", "--status",
                                      "due,overdue", "--format", "csv", FAMILIES, EMMEN]),
    Case("schedule-done-nl", ["schedule", "--as-of", "2026-01-20", "--status", "done",
                              "--lang", "nl", FAMILIES]),

    # gaps of the shipped catalogue
    Case("gaps-text-en", ["gaps", "--lang", "en"]),
    Case("gaps-emmen-text-nl", ["gaps", "--municipality", "GM0114", "--lang", "nl"]),
    Case("gaps-csv", ["gaps", "--format", "csv"]),
    Case("gaps-xml-emmen", ["gaps", "--format", "xml", "--municipality", "GM0114"]),

    # rules of the default pack as Markdown (the English text is docs/rules.md,
    # checked by the docs suite's rules-doc test); of a pack file; no operands
    Case("rules-nl", ["rules", "--lang", "nl"]),
    Case("rules-pack-file-en", ["rules", "--lang", "en"], check=check_rules_pack_file,
         golden=False),
    Case("rules-lang-from-LANG", ["rules"], env={"LANG": "nl_NL.UTF-8"},
         check=lambda ctx, r: assert_rules_nl(r), golden=False),
    Case("usage-rules-operand", ["rules", EMMEN], status=1),
    Case("invalid-rules-pack", ["rules", "--pack", DATA + "/bad-pack.xml"], status=2),

    # validate
    Case("validate-ok", ["validate", EMMEN, FAMILIES, "data/packs/gs-default.xml",
                         "data/catalogs/veenkolonien.xml", VECTOR_CAT]),
    Case("validate-broken-families", ["validate", DATA + "/broken-families.xml"], status=2),
    Case("validate-not-well-formed", ["validate", DATA + "/not-well-formed.xml"], status=2),
    Case("validate-doctype", ["validate", DATA + "/doctype.xml"], status=2),
    Case("validate-bad-catalog", ["validate", DATA + "/bad-catalog.xml"], status=2),
    Case("validate-bad-pack", ["validate", DATA + "/bad-pack.xml"], status=2),
    Case("validate-unknown", ["validate", DATA + "/unknown.xml"], status=2),
    Case("validate-dmn", ["validate", "data/packs/gs-default.dmn"], status=2),
    Case("validate-warnings", ["validate", DATA + "/warnings.xml"]),
    Case("validate-many-quiet", ["validate", "-q", EMMEN, DATA + "/broken-families.xml",
                                 DATA + "/warnings.xml", DATA + "/bad-catalog.xml"], status=2),
    Case("validate-missing", ["validate", DATA + "/no-such-file.xml"], status=3),

    # generate
    Case("generate-small", ["generate", "--families", "4", "--seed", "1", "--as-of",
                            "2026-01-20"]),
    Case("generate-files", ["--version"], check=check_generate_files, golden=False,
         timeout=300),

    # exit status 1: usage
    Case("usage-no-command", [], status=1, golden=False,
         check=lambda ctx, r: check_help(ctx, Result(0, r.stderr, ""))),
    Case("usage-unknown-command", ["frobnicate"], status=1),
    Case("usage-unknown-option", ["assess", "--frobnicate", EMMEN], status=1),
    Case("usage-missing-value", ["assess", "--as-of"], status=1),
    Case("usage-no-dossier", ["assess", "--as-of", "2026-01-20"], status=1),
    Case("usage-bad-date", ["assess", "--as-of", "2026-02-30", EMMEN], status=1),
    Case("usage-bad-lang", ["assess", "--lang", "de", EMMEN], status=1),
    Case("usage-bad-format", ["assess", "--format", "pdf", EMMEN], status=1),
    Case("usage-bad-status", ["schedule", "--status", "due,soon", EMMEN], status=1),
    Case("usage-bad-municipality", ["gaps", "--municipality", "0114"], status=1),
    Case("usage-gaps-operand", ["gaps", EMMEN], status=1),
    Case("usage-no-families", ["generate", "--seed", "3"], status=1),
    Case("usage-zero-families", ["generate", "--families", "0"], status=1),
    Case("usage-generate-as-of", ["generate", "--families", "2", "--as-of", "1900-01-01"],
         status=1),
    Case("usage-flag-value", ["validate", "--quiet=yes", EMMEN], status=1),

    # exit status 2: invalid input
    Case("invalid-assess-dossier", ["assess", "--format", "xml", "--as-of", "2026-01-20",
                                    DATA + "/broken-families.xml"], status=2,
         check=check_partial_stdout, golden=False),
    Case("invalid-assess-catalog", ["assess", "--catalog", DATA + "/bad-catalog.xml", EMMEN],
         status=2),
    Case("invalid-assess-pack", ["assess", "--pack", DATA + "/bad-pack.xml", EMMEN], status=2),
    Case("invalid-gaps-catalog", ["gaps", "--catalog", DATA + "/bad-catalog.xml"], status=2),
    Case("invalid-not-a-dossier", ["assess", "data/catalogs/veenkolonien.xml"], status=2),

    # exit status 3: input/output
    Case("io-missing-dossier", ["assess", DATA + "/no-such-file.xml"], status=3),
    Case("io-output-directory", ["assess", "--as-of", "2026-01-20", "-o",
                                 DATA + "/no-such-dir/out.txt", EMMEN], status=3),
    Case("io-generate-directory", ["generate", "--families", "2", "--as-of", "2026-01-20",
                                   "-o", DATA + "/no-such-dir/pop.xml"], status=3),
    Case("io-full-disk", ["--version"], check=check_full_disk, golden=False),

    # exit status 4: internal (out of memory)
    Case("internal-out-of-memory", ["--version"], check=check_out_of_memory, golden=False),
]


# ---- machinery ---------------------------------------------------------------------


def diff(want, got):
    return "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                        "golden", "actual", n=2))[:6000]


class Result:
    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


class Context:
    def __init__(self, opts):
        self.tool = opts.tool
        self.source = opts.source
        self.vectors = opts.vectors
        self.golden_dir = os.path.join(opts.source, "tests", "cli", "golden")
        self.sanitized = opts.sanitized
        self._tmp = []

    def expand(self, args):
        return [a.replace("{vectors}", self.vectors) for a in args]

    def env(self, extra):
        env = {k: v for k, v in os.environ.items()
               if k not in ("LANG", "LANGUAGE") and not k.startswith("LC_")}
        env.update(extra)
        return env

    def run(self, args, env=None, preexec=None, timeout=300):
        p = subprocess.run([self.tool] + self.expand(args), cwd=self.source,
                           env=self.env(env or {}), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, preexec_fn=preexec)
        return Result(p.returncode, p.stdout.decode("utf-8", "replace"),
                      p.stderr.decode("utf-8", "replace"))

    def tmpdir(self):
        d = tempfile.mkdtemp(prefix="gs-cli-")
        self._tmp.append(d)
        return d

    def cleanup(self):
        for d in self._tmp:
            shutil.rmtree(d, ignore_errors=True)
        self._tmp = []

    def golden_path(self, name, stream):
        return os.path.join(self.golden_dir, "%s.%s" % (name, stream))

    def read_golden(self, name, stream):
        path = self.golden_path(name, stream)
        if not os.path.exists(path):
            return ""
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()


def run_many(ctx, case):
    """The runs of a multi-run case as one result: each run's output under a
    `#### title` line, a failing run's status and standard error inline."""
    out = []
    for title, args in case.runs(ctx):
        r = ctx.run(args, env=case.env, timeout=case.timeout)
        out.append("#### %s\n" % title)
        if r.returncode != 0:
            out.append("(status %d) %s" % (r.returncode, r.stderr))
        out.append(r.stdout)
        if r.stdout and not r.stdout.endswith("\n"):
            out.append("\n")
    return Result(0, "".join(out), "")


def run_case(ctx, case, update):
    r = run_many(ctx, case) if case.runs else ctx.run(case.args, env=case.env,
                                                      timeout=case.timeout)
    problems = []
    if r.returncode != case.status:
        problems.append("exit status %d, expected %d\nstderr:\n%s" %
                        (r.returncode, case.status, r.stderr[:2000]))
    if case.golden:
        for stream, got in (("stdout", r.stdout), ("stderr", r.stderr)):
            # golden files name the vectors folder {vectors}, wherever it is
            got = got.replace(ctx.vectors, "{vectors}")
            path = ctx.golden_path(case.name, stream)
            if update:
                if got:
                    with open(path, "w", encoding="utf-8", newline="") as f:
                        f.write(got)
                elif os.path.exists(path):
                    os.remove(path)
                continue
            want = ctx.read_golden(case.name, stream)
            if got != want:
                problems.append("%s differs from %s:\n%s" % (stream, path, diff(want, got)))
    elif case.check is None and r.stderr:
        problems.append("unexpected stderr:\n" + r.stderr)
    if case.check is not None and not problems:
        try:
            case.check(ctx, r)
        except AssertionError as e:
            problems.append("check failed: %s" % e)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tool")
    ap.add_argument("--source")
    ap.add_argument("--vectors")
    ap.add_argument("--sanitized", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--case", action="append", default=[])
    opts = ap.parse_args()
    if opts.list:
        print("\n".join(c.name for c in CASES))
        return 0
    if not (opts.tool and opts.source and opts.vectors):
        ap.error("--tool, --source and --vectors are required")
    by_name = {c.name: c for c in CASES}
    unknown = [n for n in opts.case if n not in by_name]
    if unknown:
        print("unknown case: " + ", ".join(unknown))
        return 2
    chosen = [by_name[n] for n in opts.case] if opts.case else CASES
    opts.tool = os.path.abspath(opts.tool)
    opts.vectors = os.path.abspath(opts.vectors)
    ctx = Context(opts)
    failed = skipped = 0
    for case in chosen:
        try:
            problems = run_case(ctx, case, opts.update)
        except Skip as e:
            print("SKIP %s: %s" % (case.name, e))
            skipped += 1
            continue
        finally:
            ctx.cleanup()
        if problems:
            failed += 1
            print("FAIL %s: goedestart %s" % (case.name, " ".join(ctx.expand(case.args))))
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
        else:
            print("ok   %s" % case.name)
    if failed:
        return 1
    return SKIP if skipped == len(chosen) else 0


if __name__ == "__main__":
    sys.exit(main())
