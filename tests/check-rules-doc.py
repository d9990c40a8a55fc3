#!/usr/bin/env python3
# libgoedestart - docs/rules.md holds exactly what `goedestart rules` prints.
# SPDX-License-Identifier: EUPL-1.2
"""Checks that every generated block of docs/rules.md equals the output of
the command its BEGIN marker names:

    <!-- BEGIN goedestart rules --lang en -->
    ...the exact standard output of `goedestart rules --lang en`...
    <!-- END -->

so the document and the default pack can never disagree. A block that
differs fails the test with a unified diff.

    check-rules-doc.py --tool PATH --doc docs/rules.md
    check-rules-doc.py --tool PATH --doc docs/rules.md --update

--update rewrites the blocks from the tool's output (after a change to the
default pack, data/packs/gs-default.*, or to tools/cmd-rules.c); read the
diff before committing it. From a build directory:

    python3 tests/check-rules-doc.py --tool build/tools/goedestart \\
        --doc docs/rules.md --update

Exit status: 0 every block equal (or updated), 1 a block differs, the
markers are wrong or the tool failed.
"""

import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys

BEGIN = re.compile(r"^<!-- BEGIN (goedestart rules(?: [^>]*)?) -->\n", re.M)
END = "<!-- END -->\n"


def run_tool(tool, command):
    args = shlex.split(command)[1:]  # drop "goedestart"
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    proc = subprocess.run([tool] + args, capture_output=True, env=env, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError("`%s` exited with %d: %s"
                           % (command, proc.returncode, proc.stderr.decode(errors="replace")))
    return proc.stdout.decode("utf-8")


def blocks(text, doc):
    """(command, start, end) of every generated block: text[start:end] is
    its content, between the BEGIN line and the END line."""
    found = []
    pos = 0
    for m in BEGIN.finditer(text):
        if m.start() < pos:
            raise RuntimeError("%s: a BEGIN marker inside a block" % doc)
        end = text.find(END, m.end())
        if end < 0 or (end > 0 and text[end - 1] != "\n" and end != m.end()):
            raise RuntimeError("%s:%d: BEGIN without an END line"
                               % (doc, text.count("\n", 0, m.start()) + 1))
        nested = BEGIN.search(text, m.end(), end)
        if nested:
            raise RuntimeError("%s:%d: BEGIN inside a block"
                               % (doc, text.count("\n", 0, nested.start()) + 1))
        found.append((m.group(1), m.end(), end))
        pos = end + len(END)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tool", required=True)
    ap.add_argument("--doc", required=True)
    ap.add_argument("--update", action="store_true")
    opts = ap.parse_args()
    with open(opts.doc, encoding="utf-8") as f:
        text = f.read()
    try:
        found = blocks(text, opts.doc)
        if not any(cmd == "goedestart rules --lang en" for cmd, _, _ in found):
            raise RuntimeError("%s: no block <!-- BEGIN goedestart rules --lang en -->"
                               % opts.doc)
        out, last, failed = [], 0, False
        for cmd, start, end in found:
            want = run_tool(opts.tool, cmd)
            have = text[start:end]
            out.append(text[last:start])
            out.append(want)
            last = end
            if have != want:
                line = text.count("\n", 0, start) + 1
                if not opts.update:
                    failed = True
                    print("%s:%d: the block differs from the output of `%s`:"
                          % (opts.doc, line, cmd))
                    sys.stdout.writelines(difflib.unified_diff(
                        have.splitlines(True), want.splitlines(True),
                        "docs (line %d)" % line, cmd))
        out.append(text[last:])
    except RuntimeError as e:
        print(e)
        return 1
    if opts.update:
        new = "".join(out)
        if new != text:
            with open(opts.doc, "w", encoding="utf-8") as f:
                f.write(new)
            print("%s: updated %d block(s)" % (opts.doc, len(found)))
        return 0
    if failed:
        print("Regenerate with: %s --tool %s --doc %s --update"
              % (sys.argv[0], opts.tool, opts.doc))
        return 1
    print("%s: %d block(s) equal to the tool's output" % (opts.doc, len(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
