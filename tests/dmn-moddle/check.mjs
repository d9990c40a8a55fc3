// libgoedestart - parses DMN files with dmn-moddle and fails on any warning.
// SPDX-License-Identifier: EUPL-1.2
//
// usage: node check.mjs DMN_MODDLE_DIR FILE.dmn...
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [moduleDir, ...files] = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8'));
const mod = await import(pathToFileURL(join(moduleDir, 'dist', 'index.js')).href);
// dmn-moddle >= 12 exports a factory named DmnModdle; older versions a default class.
const create = mod.DmnModdle ?? mod.default;
const moddle = mod.DmnModdle ? create() : new create();

let failures = 0;
for (const file of files) {
  const xml = readFileSync(file, 'utf8');
  let result;
  try {
    result = await moddle.fromXML(xml, 'dmn:Definitions');
  } catch (err) {
    console.log(`FAIL ${file}: dmn-moddle ${pkg.version} cannot read it: ${err.message}`);
    failures++;
    continue;
  }
  const { rootElement, warnings } = result;
  for (const w of warnings) {
    const where = w.line !== undefined ? `:${w.line}:${w.column}` : '';
    console.log(`FAIL ${file}${where}: ${w.message.replace(/\s+/g, ' ')}`);
  }
  const decisions = (rootElement.drgElement || []).filter((e) => e.$type === 'dmn:Decision');
  const tables = decisions.filter((d) => d.decisionLogic && d.decisionLogic.$type === 'dmn:DecisionTable');
  if (warnings.length > 0 || tables.length !== decisions.length || decisions.length === 0) {
    if (warnings.length === 0)
      console.log(`FAIL ${file}: expected decisions that each hold a decision table`);
    failures++;
    continue;
  }
  const summary = tables.map((d) => `${d.id} (${d.decisionLogic.rule.length} rules)`).join(', ');
  console.log(`ok ${file}: dmn-moddle ${pkg.version}, no warnings; ${summary}`);
}
process.exit(failures === 0 ? 0 : 1);
