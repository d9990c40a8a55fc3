#!/usr/bin/env python3
# libgoedestart - the `indicators`, `survival` and `export` subcommands of the
# goedestart tool (spec/cli.md): outputs, files written, exit statuses.
# SPDX-License-Identifier: EUPL-1.2
"""Usage: cli-analytics.py TOOL VECTORS_DIR"""

import os
import stat
import subprocess
import sys
import tempfile

TOOL, VECTORS = sys.argv[1], sys.argv[2]
DOSSIERS = sorted(os.path.join(VECTORS, f) for f in os.listdir(VECTORS)
                  if f[:2].isdigit() and f.endswith('.xml') and not f.endswith('.expected.xml'))
failures = 0


def run(*args, env_extra=None):
    env = dict(os.environ, LANG='C', LC_ALL='', LC_MESSAGES='')
    env.update(env_extra or {})
    p = subprocess.run([TOOL, *args], capture_output=True, env=env)
    return p.returncode, p.stdout.decode('utf-8'), p.stderr.decode('utf-8')


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print('FAIL:', what)
    else:
        print('ok:', what)


with tempfile.TemporaryDirectory() as tmp:
    # indicators
    rc, out, err = run('indicators', '--from', '2024-01-01', '--to', '2026-12-31', *DOSSIERS)
    check(rc == 0, 'indicators text exits 0: ' + err)
    check('Process indicators 2024-01-01 to 2026-12-31' in out and 'Total, all families' in out,
          'indicators text has a title and the total')
    check('counts below 5 are suppressed (*)' in out, 'indicators text says suppression is on')
    rc, out, err = run('indicators', '--from', '2024-01-01', '--to', '2026-12-31', '--by', 'none',
                       '--no-suppress', '--format', 'csv', *DOSSIERS)
    lines = out.split('\r\n')
    check(rc == 0 and lines[0] == 'group,indicator,numerator,denominator,value,suppressed',
          'indicators csv header')
    check(len([l for l in lines if l]) == 20 and all(l.startswith('all,') for l in lines[1:] if l),
          'indicators csv: 19 rows of group all')
    check(all(l.endswith(',0') for l in lines[1:] if l), 'indicators --no-suppress flags nothing')
    rc, out, err = run('indicators', '--from', '2024-01-01', '--to', '2026-12-31', '--by',
                       'province', '--format', 'xml', '-o', os.path.join(tmp, 'ind.xml'), *DOSSIERS)
    xml = open(os.path.join(tmp, 'ind.xml')).read()
    check(rc == 0 and out == '' and 'xmlns="urn:goedestart:indicators:1"' in xml
          and 'by="province"' in xml and 'suppress="5"' in xml, 'indicators xml to a file')
    rc, out, err = run('indicators', '--from', '2025-01-01', *DOSSIERS)
    check(rc == 1 and '--from and --to are required' in err, 'indicators without --to: usage')
    rc, out, err = run('indicators', '--from', '2025-01-01', '--to', '2025-12-31', '--suppress',
                       '3', '--no-suppress', *DOSSIERS)
    check(rc == 1, 'indicators --suppress with --no-suppress: usage')
    bad = os.path.join(tmp, 'bad.xml')
    open(bad, 'w').write('<dossiers xmlns="urn:goedestart:dossier:1"><family id="F"/></dossiers>\n')
    rc, out, err = run('indicators', '--from', '2025-01-01', '--to', '2025-12-31', bad)
    check(rc == 2 and bad + ':1:' in err, 'indicators on an invalid dossier: exit 2 with position')
    rc, out, err = run('indicators', '--from', '2025-01-01', '--to', '2025-12-31',
                       os.path.join(tmp, 'missing.xml'))
    check(rc == 3, 'indicators on a missing file: exit 3')

    # survival
    rc, out, err = run('survival', '--as-of', '2026-06-01', '--suppress', '1', *DOSSIERS)
    check(rc == 0 and 'Comparison of the groups' in out and 'log-rank' in out,
          'survival text with tests')
    check('day  at risk  events  censored' in out, 'survival text has a Kaplan-Meier table')
    rc, out, err = run('survival', '--as-of', '2026-06-01', '--by', 'none', *DOSSIERS)
    check(rc == 0 and 'Group all:' in out and '(no test: fewer than two groups)' in out,
          'survival with one group: no test')
    rc, out, err = run('survival', '--as-of', '2026-06-01', '--format', 'csv', '--suppress', '1',
                       *DOSSIERS)
    km, _, tests = out.partition('\r\n\r\n')
    check(rc == 0 and km.startswith('group,time,at_risk,events,censored,survival,se,lower,upper')
          and tests.startswith('test,chisq,df,p\r\nlog-rank,'), 'survival csv: two tables')
    rc, out, err = run('survival', '--as-of', '2026-06-01', '--format', 'csv',
                       *DOSSIERS)
    check(rc == 0 and 'left out' in err, 'survival csv notes left-out groups on stderr')
    prefix = os.path.join(tmp, 'tts')
    rc, out, err = run('survival', '--as-of', '2026-06-01', '--format', 'csv', '--suppress', '1',
                       '-o', prefix, *DOSSIERS)
    check(rc == 0 and out == '' and os.path.exists(prefix + '-km.csv')
          and open(prefix + '-tests.csv').read().startswith('test,chisq,df,p'),
          'survival -o PREFIX writes PREFIX-km.csv and PREFIX-tests.csv')
    groups = os.path.join(tmp, 'groups.csv')
    open(groups, 'w').write('family,label\nF-0001,a\nF-002,a\nF-003,b\nF-005,b\n')
    rc, out, err = run('survival', '--as-of', '2026-06-01', '--groups', groups, '--suppress', '0',
                       *DOSSIERS)
    check(rc == 0 and 'Group a:' in out and 'Group b:' in out and 'Group GM' not in out,
          'survival --groups: labels only')
    open(groups, 'w').write('id,label\nF-0001,a\n')
    rc, out, err = run('survival', '--groups', groups, *DOSSIERS)
    check(rc == 2 and groups + ':1:1:' in err, 'survival with a bad groups file: exit 2')

    # export
    mapping = os.path.join(tmp, 'mapping.xml')
    rc, first, err = run('export', '--mapping', mapping, '--as-of', '2026-06-01', *DOSSIERS)
    check(rc == 0 and first.startswith('family,child,municipality,born,phase,care_need,'),
          'export csv: ' + err)
    check(stat.S_IMODE(os.stat(mapping).st_mode) == 0o600, 'export saves the mapping with mode 0600')
    check('F-0001' not in first and 'K1' not in first, 'export holds no ids')
    rc, again, err = run('export', '--mapping', mapping, '--as-of', '2026-06-01', *DOSSIERS)
    check(rc == 0 and again == first, 'export again with the mapping: identical')
    rc, other, err = run('export', '--mapping', os.path.join(tmp, 'other.xml'), '--as-of',
                         '2026-06-01', *DOSSIERS)
    check(rc == 0 and other != first, 'export with another mapping: other pseudonyms')
    rc, xml, err = run('export', '--mapping', mapping, '--as-of', '2026-06-01', '--format', 'xml',
                       *DOSSIERS)
    check(rc == 0 and 'xmlns="urn:goedestart:export:1"' in xml, 'export xml')
    open(mapping, 'w').write('<mapping xmlns="urn:goedestart:mapping:1">\n<family id="x"/>\n'
                             '</mapping>\n')
    rc, out, err = run('export', '--mapping', mapping, *DOSSIERS)
    check(rc == 2 and mapping + ':2:' in err, 'export with a bad mapping: exit 2 with position')
    rc, out, err = run('export', *DOSSIERS)
    check(rc == 1, 'export without --mapping: usage')

sys.exit(1 if failures else 0)
