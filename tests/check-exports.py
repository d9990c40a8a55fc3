#!/usr/bin/env python3
# libgoedestart - export check: the public surface seen from three sides.
# SPDX-License-Identifier: EUPL-1.2
"""Checks that the symbol map, the public headers and the built library agree.

1. lib/libgoedestart.map: one node per release (GS_x.y), each node's names
   sorted and unique, every name `gs_*`, no name in two nodes, `local: *;`
   in the first node.
2. include/goedestart/*.h: every `GS_EXPORT` declaration is a function
   prototype preceded by a Doxygen comment (`/** ... */`) that contains
   `@since X.Y`; the function is listed in node GS_X.Y of the map.
3. The set of names in the map equals the set of GS_EXPORT functions.
4. The built library (readelf --dyn-syms -W): every defined dynamic symbol is
   a map name bound to the version of its node (`gs_x@@GS_0.1`), or a
   version-node symbol itself (ABS); every map name is defined.

Usage: check-exports.py --map MAP --headers DIR [--lib LIBRARY] [--readelf PROG]
Exit status 0 when everything agrees, 1 with one line per problem otherwise.
"""

import argparse
import os
import re
import subprocess
import sys

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def parse_map(path):
    """Returns (nodes, problems); nodes is a list of (name, [symbols], line)."""
    problems = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # Strip /* */ and # comments, keep line structure for messages.
    text = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S)
    text = re.sub(r"#[^\n]*", "", text)
    nodes = []
    pos = 0
    node_re = re.compile(r"\s*([A-Za-z0-9_.]+)\s*\{(.*?)\}\s*([A-Za-z0-9_.]*)\s*;", re.S)
    while True:
        rest = text[pos:]
        if not rest.strip():
            break
        m = node_re.match(text, pos)
        if not m:
            line = text.count("\n", 0, pos) + 1
            problems.append(f"{path}:{line}: cannot parse the version script here")
            break
        name, body, parent = m.group(1), m.group(2), m.group(3)
        line = text.count("\n", 0, m.start(1)) + 1
        if not re.fullmatch(r"GS_[0-9]+\.[0-9]+", name):
            problems.append(f"{path}:{line}: node '{name}' is not named GS_<major>.<minor>")
        if nodes and parent != nodes[-1][0]:
            problems.append(f"{path}:{line}: node {name} must inherit the previous node "
                            f"{nodes[-1][0]} ('}} {nodes[-1][0]};')")
        section = None
        symbols = []
        for raw in re.split(r"(;|:)", body):
            tok = raw.strip()
            if not tok or tok == ";":
                continue
            if tok == ":":
                continue
            if tok in ("global", "local"):
                section = tok
                continue
            if section == "global":
                symbols.append(tok)
            elif section == "local":
                if tok != "*":
                    problems.append(f"{path}:{line}: node {name}: only 'local: *;' is allowed, "
                                    f"found '{tok}'")
                elif nodes:
                    problems.append(f"{path}:{line}: node {name}: 'local: *;' belongs in the "
                                    "first node only")
            else:
                problems.append(f"{path}:{line}: node {name}: '{tok}' outside global/local")
        if not nodes and "local" not in body:
            problems.append(f"{path}:{line}: the first node must end with 'local: *;'")
        nodes.append((name, symbols, line))
        pos = m.end()

    seen = {}
    for name, symbols, line in nodes:
        if symbols != sorted(symbols):
            for a, b in zip(symbols, symbols[1:]):
                if b < a:
                    problems.append(f"{path}:{line}: node {name} is not sorted: "
                                    f"'{b}' comes after '{a}'")
                    break
        for s in symbols:
            if not re.fullmatch(r"gs_[a-z0-9_]+", s):
                problems.append(f"{path}:{line}: node {name}: '{s}' is not a gs_* name")
            if s in seen:
                problems.append(f"{path}:{line}: '{s}' is listed in {seen[s]} and in {name}")
            seen[s] = name
    return nodes, problems


def blank(match):
    """Replaces a matched span by spaces, keeping newlines (positions stay valid)."""
    return re.sub(r"[^\n]", " ", match.group(0))


def parse_header(path):
    """Returns ([(function, since, line, params)], problems) for the GS_EXPORT
    declarations; params is the number of parameters."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    problems = []
    comments = []  # (start, end, text)
    # One pass over comments, string/char literals and preprocessor lines;
    # everything that is not plain code is blanked in `code`.
    token = re.compile(
        r"/\*.*?\*/"                       # block comment
        r"|//[^\n]*"                       # line comment
        r"|\"(?:\\.|[^\"\\\n])*\""         # string literal
        r"|'(?:\\.|[^'\\\n])*'"            # char literal
        r"|^[ \t]*#(?:\\\n|[^\n])*",        # preprocessor line with continuations
        re.S | re.M)
    code_parts = []
    last = 0
    for m in token.finditer(src):
        code_parts.append(src[last:m.start()])
        code_parts.append(blank(m))
        if m.group(0).startswith(("/*", "//")):
            comments.append((m.start(), m.end(), m.group(0)))
        last = m.end()
    code_parts.append(src[last:])
    code = "".join(code_parts)

    decls = []
    for m in re.finditer(r"\bGS_EXPORT\b", code):
        line = src.count("\n", 0, m.start()) + 1
        where = f"{path}:{line}"
        end = code.find(";", m.end())
        brace = code.find("{", m.end())
        if end < 0 or (0 <= brace < end):
            problems.append(f"{where}: GS_EXPORT must mark a declaration ending in ';' "
                            "(no definitions in public headers)")
            continue
        decl = " ".join(code[m.end():end].split())
        paren = decl.find("(")
        if paren < 0:
            problems.append(f"{where}: GS_EXPORT on something that is not a function "
                            f"('{decl}'): export functions only, never variables")
            continue
        names = IDENT.findall(decl[:paren])
        if not names:
            problems.append(f"{where}: cannot find the function name in '{decl}'")
            continue
        func = names[-1]
        # The Doxygen comment must come right before (only blank space between).
        doc = None
        for start, stop, text in reversed(comments):
            if stop <= m.start():
                if src[stop:m.start()].strip() == "":
                    doc = text
                break
        since = None
        if doc is None or not (doc.startswith("/**") or doc.startswith("/*!")
                               or doc.startswith("///")):
            problems.append(f"{where}: {func} has no Doxygen comment (/** ... */) right "
                            "before its declaration")
        else:
            sm = re.search(r"[@\\]since\s+([0-9]+\.[0-9]+)", doc)
            if not sm:
                problems.append(f"{where}: the documentation of {func} has no '@since X.Y'")
            else:
                since = sm.group(1)
        decls.append((func, since, line, count_params(decl[paren:])))
    return decls, problems


def count_params(text):
    """Number of parameters in "(a, b (*f)(int, int), c)..." ("(void)" is 0)."""
    depth, count, seen = 0, 1, False
    for ch in text:
        if ch == "(":
            depth += 1
            if depth == 1:
                continue
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
        elif ch == "," and depth == 1:
            count += 1
            continue
        if depth >= 1 and not ch.isspace():
            seen = True
    inner = text[1:text.find(")")] if text.count("(") == 1 else None
    if not seen or (inner is not None and inner.strip() == "void"):
        return 0
    return count


def dynamic_symbols(readelf, lib):
    """Defined dynamic symbols as (name, version, type, ndx)."""
    out = subprocess.run([readelf, "--dyn-syms", "-W", lib], check=True,
                         stdout=subprocess.PIPE, universal_newlines=True).stdout
    syms = []
    for line in out.splitlines():
        parts = line.split()
        # Num: Value Size Type Bind Vis Ndx Name [(n)]
        if len(parts) < 8 or not parts[0].rstrip(":").isdigit():
            continue
        typ, bind, ndx, name = parts[3], parts[4], parts[6], parts[7]
        if ndx == "UND" or bind == "LOCAL":
            continue
        version = None
        if "@" in name:
            name, _, version = name.partition("@")
            version = version.lstrip("@")
        syms.append((name, version, typ, ndx))
    return syms


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--map", required=True)
    ap.add_argument("--headers", required=True, help="include/goedestart")
    ap.add_argument("--lib", help="the built libgoedestart.so")
    ap.add_argument("--readelf", default="readelf")
    args = ap.parse_args()

    problems = []
    nodes, p = parse_map(args.map)
    problems += p
    node_of = {}
    for name, symbols, _ in nodes:
        for s in symbols:
            node_of.setdefault(s, name)

    exported = {}
    headers = sorted(f for f in os.listdir(args.headers) if f.endswith(".h"))
    for h in headers:
        decls, p = parse_header(os.path.join(args.headers, h))
        problems += p
        for func, since, line, _ in decls:
            where = f"{os.path.join(args.headers, h)}:{line}"
            if func in exported:
                problems.append(f"{where}: {func} is declared GS_EXPORT twice "
                                f"(also {exported[func][0]})")
                continue
            exported[func] = (where, since)
            if not func.startswith("gs_"):
                problems.append(f"{where}: exported function {func} does not start with gs_")
            if func not in node_of:
                problems.append(f"{where}: {func} is GS_EXPORT but missing from {args.map}"
                                + (f" (add it, sorted, to node GS_{since})" if since else ""))
            elif since and node_of[func] != "GS_" + since:
                problems.append(f"{where}: {func} is '@since {since}' but listed in node "
                                f"{node_of[func]} of the map")
    for s, node in sorted(node_of.items()):
        if s not in exported:
            problems.append(f"{args.map}: {s} (node {node}) has no GS_EXPORT declaration in "
                            f"{args.headers}/*.h")

    checked = 0
    if args.lib:
        node_names = {n for n, _, _ in nodes}
        defined = set()
        for name, version, typ, ndx in dynamic_symbols(args.readelf, args.lib):
            checked += 1
            if name in node_names and ndx == "ABS":
                if version not in (None, name):
                    problems.append(f"{args.lib}: version symbol {name} has version {version}")
                continue
            if version is None:
                problems.append(f"{args.lib}: {name} is exported without a symbol version")
            elif name not in node_of:
                problems.append(f"{args.lib}: {name}@{version} is exported but not in the map "
                                "(internal helpers must be hidden and named gsi_*)")
            elif version != node_of[name]:
                problems.append(f"{args.lib}: {name} has version {version}, the map says "
                                f"{node_of[name]}")
            defined.add(name)
        for s in sorted(node_of):
            if s not in defined:
                problems.append(f"{args.lib}: {s} is in the map but the library does not "
                                "define it")

    for line in problems:
        print(line)
    total = sum(len(s) for _, s, _ in nodes)
    print(f"# {len(nodes)} map node(s), {total} mapped name(s), {len(exported)} GS_EXPORT "
          f"declaration(s) in {len(headers)} header(s)"
          + (f", {checked} defined dynamic symbol(s)" if args.lib else "")
          + f": {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
