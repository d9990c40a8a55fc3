#!/usr/bin/env python3
"""Rerun the shell examples of the documentation and compare their output.

The documentation shows commands with their real output, so it must never
go stale: this runner finds every fenced code block in README.md and
docs/*.md that holds shell prompts, runs each command again and compares
what it prints with what the document shows.

Conventions a document follows (and this runner relies on):

- A checked block is a fenced block (```, with no info string or one of
  console, shell, sh, bash) with at least one line that starts with "$ ".
  Each "$ " line is a command; a command that ends with "\\" continues on
  the next line. The lines up to the next "$ " line or the closing fence
  are its output: standard output and standard error together, as a
  terminal shows them (the command runs on a pseudo-terminal).
- A line holding only "..." (spaces around it allowed) is an elision: it
  matches any number of output lines, none included. Use it where output
  is long, or random (pseudonyms); everything else must match line for
  line. Trailing spaces are ignored.
- Commands run with bash from the source root, with the built tool first
  on PATH (so "goedestart" is the tool under test), a leading "build/" in a
  command names the build directory (README: build/tools/goedestart), and
  a fixed environment: TZ=UTC, TERM=dumb, HOME and TMP a fresh scratch
  directory, and no LC_*, LANG or LANGUAGE unless the command sets them
  itself (LANG=nl_NL.UTF-8 goedestart ...).
- Files: a command reads files of the repository (examples/data,
  tests/vectors, tests/cli/data) by their relative path, and writes only
  under "$TMP", the scratch directory of its document. The blocks of one
  document run in document order and share that directory, so a later
  block may read what an earlier block of the same document wrote
  (docs/research.md generates its population once). Each document gets a
  new, empty "$TMP"; it is removed afterwards.
- "$?" in a command is the exit status of the command before it in the
  same block ("$ echo $?").

On a mismatch the runner prints FILE:LINE of the command and a unified
diff (document -> actual), and exits 1. With --update it rewrites the shown
output in place instead: the lines an elision covers stay elided, the
others become the actual output; read the diff (git diff) before
committing.

Usage: test-docs.py --tool BUILD/tools/goedestart --source SRC
                    [--build BUILD] [--update] [FILE...]
"""

import argparse
import difflib
import errno
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile

FENCE = re.compile(r'^(\s*)(```+|~~~+)\s*([A-Za-z0-9_-]*)\s*$')
SHELL_INFO = {'', 'console', 'shell', 'sh', 'bash', 'shell-session'}
PROMPT = '$ '
TIMEOUT = 600


class Command:
    """One "$ " command of a block and the output lines shown after it."""

    def __init__(self, path, line, text):
        self.path = path
        self.line = line            # 1-based line of the "$ " prompt
        self.text = text            # the command, continuation lines joined
        self.out_start = 0          # 0-based index of the first output line
        self.out_end = 0            # one past the last output line
        self.expected = []


def parse(path, lines):
    """The blocks of a document: lists of Commands, in document order."""
    blocks = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group(2), m.group(3).lower()
        j = i + 1
        while j < len(lines) and lines[j].strip() != fence:
            j += 1
        body_start, body_end = i + 1, j
        i = j + 1
        if info not in SHELL_INFO:
            continue
        if not any(l.startswith(PROMPT) for l in lines[body_start:body_end]):
            continue
        if not lines[body_start].startswith(PROMPT):
            sys.exit(f'{path}:{body_start + 1}: a checked block must start '
                     'with a "$ " command')
        cmds = []
        k = body_start
        while k < body_end:
            if lines[k].startswith(PROMPT):
                start = k
                text = lines[k][len(PROMPT):]
                while text.endswith('\\') and k + 1 < body_end:
                    k += 1
                    text = text + '\n' + lines[k]
                cmd = Command(path, start + 1, text)
                cmd.out_start = k + 1
                cmds.append(cmd)
            elif cmds:
                cmds[-1].out_end = k + 1
            k += 1
        for c in cmds:
            c.out_end = max(c.out_end, c.out_start)
            c.expected = [l.rstrip() for l in lines[c.out_start:c.out_end]]
        blocks.append(cmds)
    return blocks


def is_elision(line):
    return line.strip() == '...'


def segments(expected):
    """Split shown output at its elisions: (literal segments, elision lines)."""
    segs, elisions, cur = [], [], []
    for l in expected:
        if is_elision(l):
            segs.append(cur)
            elisions.append(l)
            cur = []
        else:
            cur.append(l)
    segs.append(cur)
    return segs, elisions


def matches(expected, actual):
    """Literal lines match in order; each elision matches any number of lines."""
    segs, _ = segments(expected)
    if len(segs) == 1:
        return segs[0] == actual
    first, last = segs[0], segs[-1]
    if len(first) + len(last) > len(actual):
        return False
    if actual[:len(first)] != first:
        return False
    if last and actual[len(actual) - len(last):] != last:
        return False
    pos, end = len(first), len(actual) - len(last)
    for seg in segs[1:-1]:      # leftmost match of each middle segment
        n = len(seg)
        for j in range(pos, end - n + 1):
            if actual[j:j + n] == seg:
                pos = j + n
                break
        else:
            return False
    return True


def _matched(seg, actual):
    """The matching line blocks of seg in actual (difflib), empty ones left out."""
    sm = difflib.SequenceMatcher(None, seg, actual, autojunk=False)
    return [b for b in sm.get_matching_blocks() if b.size > 0]


def _best_place(seg, actual, pos, end):
    """Where seg fits best in actual[pos:end]: most similar lines, earliest."""
    n = len(seg)
    best, best_score = None, -1.0
    for j in range(pos, end - n + 1):
        score = sum(difflib.SequenceMatcher(None, a, b).ratio()
                    for a, b in zip(seg, actual[j:j + n]))
        if score > best_score:
            best, best_score = j, score
    return best


def updated(expected, actual):
    """The shown output rewritten to the actual one, keeping its elisions.

    Each literal segment (the lines between elisions) is aligned with the
    actual output (difflib): it takes the actual lines from its first to its
    last matched line, widened by its unmatched lines at either end, so
    lines added or removed inside a segment are shown and the elisions keep
    covering what they covered. A segment with no line left in common keeps
    its number of lines: the first at the start, the last at the end, one in
    between where its lines are most similar."""
    segs, elisions = segments(expected)
    if len(segs) == 1:
        return list(actual)
    head, tail, middle = segs[0], segs[-1], segs[1:-1]
    # the first segment: from the start
    blocks = _matched(head, actual)
    if blocks:
        b = blocks[-1]
        head_end = b.b + b.size + (len(head) - b.a - b.size)
    else:
        head_end = len(head)
    head_end = max(0, min(head_end, len(actual)))
    # the last segment: up to the end
    rest = actual[head_end:]
    blocks = _matched(tail, rest)
    if blocks:
        tail_start = head_end + blocks[0].b - blocks[0].a
    else:
        tail_start = len(actual) - len(tail)
    tail_start = max(head_end, min(tail_start, len(actual)))
    out = list(actual[:head_end])
    pos = head_end
    for el, seg in zip(elisions[:-1], middle):
        out.append(el)
        window = actual[pos:tail_start]
        blocks = _matched(seg, window)
        if blocks:
            s0 = pos + max(0, blocks[0].b - blocks[0].a)
            b = blocks[-1]
            s1 = pos + b.b + b.size + (len(seg) - b.a - b.size)
        else:
            s0 = _best_place(seg, actual, pos, tail_start)
            s1 = None if s0 is None else s0 + len(seg)
        if s0 is None:           # no room left: the segment is dropped
            continue
        s1 = max(s0, min(s1, tail_start))
        out.extend(actual[s0:s1])
        pos = s1
    out.append(elisions[-1])
    out.extend(actual[tail_start:])
    return out


def clean_env(tooldir, tmp):
    env = {k: v for k, v in os.environ.items()
           if k.startswith(('ASAN_', 'UBSAN_', 'LSAN_', 'MALLOC_'))
           or k == 'LD_PRELOAD'}
    env.update({
        'PATH': tooldir + os.pathsep + '/usr/local/bin:/usr/bin:/bin',
        'HOME': tmp,
        'TMP': tmp,
        'TMPDIR': tmp,
        'TZ': 'UTC',
        'TERM': 'dumb',
    })
    return env


def terminal_text(raw):
    """What a terminal shows for raw pseudo-terminal output, as lines."""
    text = raw.decode('utf-8', errors='replace')
    text = re.sub(r'\r+\n', '\n', text)   # ONLCR, and CRLF output (CSV)
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    # a carriage return starts the line over (progress lines clear themselves)
    return [l.rsplit('\r', 1)[-1].rstrip() for l in lines]


def run(cmd, source, build, env, prev_status):
    text = cmd.text
    if build is not None:
        text = re.sub(r'(^|[\s;&|({])build/', lambda m: m.group(1) + build + '/', text)
    script = f'(exit {prev_status})\n{text}\n'
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(['bash', '--noprofile', '--norc', '-c', script],
                                cwd=source, env=env, stdin=subprocess.DEVNULL,
                                stdout=slave, stderr=slave, start_new_session=True)
    finally:
        os.close(slave)
    chunks = []
    try:
        while True:
            ready, _, _ = select.select([master], [], [], TIMEOUT)
            if not ready:
                proc.kill()
                sys.exit(f'{cmd.path}:{cmd.line}: timed out after {TIMEOUT} s')
            try:
                data = os.read(master, 65536)
            except OSError as e:
                if e.errno == errno.EIO:   # the other side closed: done
                    break
                raise
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    status = proc.wait()
    return terminal_text(b''.join(chunks)), status


def check_file(path, rel, args):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    blocks = parse(rel, lines)
    if not blocks:
        return 0, 0, False
    tooldir = os.path.dirname(os.path.abspath(args.tool))
    failures = 0
    count = 0
    replacements = []
    tmp = tempfile.mkdtemp(prefix='gs-docs-')
    try:
        env = clean_env(tooldir, tmp)
        for block in blocks:
            status = 0
            for cmd in block:
                count += 1
                actual, status = run(cmd, args.source, args.build, env, status)
                if matches(cmd.expected, actual):
                    continue
                if args.update:
                    replacements.append((cmd, updated(cmd.expected, actual)))
                    print(f'{rel}:{cmd.line}: updated')
                    continue
                failures += 1
                print(f'{rel}:{cmd.line}: the output differs from the document: '
                      f'$ {cmd.text}')
                sys.stdout.writelines(difflib.unified_diff(
                    [l + '\n' for l in cmd.expected], [l + '\n' for l in actual],
                    f'{rel}:{cmd.out_start + 1} (document)', '(actual)'))
                print()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if replacements:
        for cmd, new in sorted(replacements, key=lambda r: -r[0].out_start):
            lines[cmd.out_start:cmd.out_end] = new
        with open(path + '.tmp', 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines))
        os.replace(path + '.tmp', path)
    return count, failures, bool(replacements)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--tool', required=True, help='the built goedestart')
    ap.add_argument('--source', required=True, help='the source root')
    ap.add_argument('--build', help='the build directory (for "build/" in commands)')
    ap.add_argument('--update', action='store_true',
                    help='rewrite the shown output in place, keeping elisions')
    ap.add_argument('files', nargs='*',
                    help='documents, relative to the source root '
                         '(default: README.md and docs/*.md)')
    args = ap.parse_args()
    args.source = os.path.abspath(args.source)
    if args.build is not None:
        args.build = os.path.abspath(args.build)
    files = args.files
    if not files:
        files = ['README.md'] + sorted(
            'docs/' + n for n in os.listdir(os.path.join(args.source, 'docs'))
            if n.endswith('.md'))
    total = failed = 0
    for rel in files:
        n, f, _ = check_file(os.path.join(args.source, rel), rel, args)
        total += n
        failed += f
    if total == 0:
        sys.exit('no "$ " commands found in ' + ', '.join(files))
    print(f'{total} documented commands, {failed} with different output')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
