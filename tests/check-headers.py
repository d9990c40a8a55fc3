#!/usr/bin/env python3
# libgoedestart - header hygiene: every public header stands on its own.
# SPDX-License-Identifier: EUPL-1.2
"""Compiles each public header alone, and the umbrella header, as strict C
or C++.

C:   -std=c99 -pedantic -Werror -Wall -Wextra (+ a few more warnings)
C++: -std=c++11 -pedantic -Werror -Wall -Wextra

Each header is compiled in a translation unit that includes it twice (the
include guard must work) and nothing else. The headers are found by listing
the directory, so a new header is checked the moment it exists. In C mode
the script also checks that the umbrella header includes every public
header, that every header is installed (listed in
include/goedestart/meson.build) and that every header with GS_EXPORT
declarations wraps them in `extern "C"` for C++.

Usage: check-headers.py --lang c|c++ --compiler CMD... --headers DIR
                        -I DIR [-I DIR] [--umbrella goedestart.h]
                        [--installed NAME ...]
Exit 0 = clean, 1 = a problem, 77 = skipped (no C++ compiler).
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

FLAGS = {
    "c": ["-x", "c", "-std=c99", "-pedantic", "-Werror", "-Wall", "-Wextra",
          "-Wstrict-prototypes", "-Wmissing-prototypes", "-Wshadow", "-Wundef",
          "-Wcast-qual", "-Wconversion", "-Wsign-conversion"],
    "c++": ["-x", "c++", "-std=c++11", "-pedantic", "-Werror", "-Wall", "-Wextra",
            "-Wshadow", "-Wundef", "-Wold-style-cast", "-Wzero-as-null-pointer-constant"],
}


def compile_one(compiler, lang, includes, header, tmp):
    src = os.path.join(tmp, "hygiene." + ("c" if lang == "c" else "cpp"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(f"#include <goedestart/{header}>\n#include <goedestart/{header}>\n")
        # An empty translation unit is not ISO C; give it one declaration.
        f.write("int gst_hygiene_unit;\n" if lang == "c" else "int gst_hygiene_unit = 0;\n")
    cmd = list(compiler) + FLAGS[lang] + ["-I" + d for d in includes] + \
        ["-fsyntax-only", src]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True)
    return r.returncode, r.stdout, cmd


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=["c", "c++"], required=True)
    ap.add_argument("--compiler", nargs="+", default=[])
    ap.add_argument("--headers", required=True)
    ap.add_argument("-I", dest="includes", action="append", default=[])
    ap.add_argument("--umbrella", default="goedestart.h")
    ap.add_argument("--installed", nargs="*", default=None)
    args = ap.parse_args()

    if not args.compiler:
        print(f"# SKIP: no {args.lang} compiler found")
        return 77

    headers = sorted(f for f in os.listdir(args.headers) if f.endswith(".h"))
    problems = []
    if args.lang == "c":
        with open(os.path.join(args.headers, args.umbrella), encoding="utf-8") as f:
            umbrella = f.read()
        included = set(re.findall(r"#\s*include\s*<goedestart/([^>]+)>", umbrella))
        for h in headers:
            if h != args.umbrella and h not in included:
                problems.append(f"{args.umbrella} does not include <goedestart/{h}>")
            with open(os.path.join(args.headers, h), encoding="utf-8") as f:
                text = f.read()
            if "GS_EXPORT" in re.sub(r"#[^\n]*", "", text) and 'extern "C"' not in text:
                problems.append(f"{h}: has GS_EXPORT declarations but no "
                                '#ifdef __cplusplus extern "C" { ... } guard')
        if args.installed is not None:
            installed = {os.path.basename(p) for p in args.installed}
            for h in headers:
                if h not in installed:
                    problems.append(f"{h}: not listed in gs_public_headers "
                                    "(include/goedestart/meson.build), so it is not installed")

    targets = [args.umbrella] + [h for h in headers if h != args.umbrella]
    with tempfile.TemporaryDirectory(prefix="gs-hygiene-") as tmp:
        for h in targets:
            rc, out, cmd = compile_one(args.compiler, args.lang, args.includes, h, tmp)
            status = "ok" if rc == 0 else "FAILED"
            print(f"# {args.lang}: <goedestart/{h}> {status}")
            if rc != 0:
                problems.append(f"<goedestart/{h}> does not compile alone as {args.lang}:\n"
                                f"  $ {' '.join(cmd)}\n{out}")
    for p in problems:
        print(p)
    print(f"# {len(targets)} header(s) compiled as {args.lang}: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
