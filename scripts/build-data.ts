/**
 * Rebuilds the app's built-in frameworks from the source copies in data/sources (`npm run data`):
 * the DevOps engineer page (2020) and the whole DDaT framework from its CSVs (2025), plus the
 * catalogue the role picker reads, and the notes the masthead gives of each version (versionNotes.ts). A test re-runs the same imports and fails if a committed file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDdat2025Framework, buildDevopsFramework } from '../src/lib/formats/sources/ddatSource';
import { buildCatalogue } from '../src/lib/model/catalogue';
import { serialiseFramework } from '../src/lib/model/serialise';
import { JSON_SCHEMAS } from './jsonSchemas';
import { buildVersionNotes } from '../src/lib/model/versionNotes';

const read = (name: string) => readFileSync(new URL(`../data/sources/${name}`, import.meta.url), 'utf8');
const write = (name: string, text: string) => {
  writeFileSync(new URL(`../static/data/${name}`, import.meta.url), text);
  console.log(`wrote static/data/${name} (${(text.length / 1024).toFixed(0)} kB)`);
};

const skillLevels = read('skill-levels-2020.md');
const devops = buildDevopsFramework(read('devops-engineer-2020.txt'), skillLevels);
const ddat = buildDdat2025Framework(
  read('ddat-framework-2025/roles.csv'),
  read('ddat-framework-2025/skills.csv'),
  skillLevels,
);
write('devops-engineer-2020.json', serialiseFramework(devops));
write('ddat-2025.json', serialiseFramework(ddat.framework));
write(
  'catalogue.json',
  `${JSON.stringify(
    buildCatalogue([
      { framework: devops, file: 'devops-engineer-2020.json' },
      { framework: ddat.framework, file: 'ddat-2025.json' },
    ]),
    null,
    2,
  )}\n`,
);
const notes = `${JSON.stringify(buildVersionNotes([devops, ddat.framework]), null, 2)}\n`;
writeFileSync(new URL('../src/lib/model/versionNotes.json', import.meta.url), notes);
console.log('wrote src/lib/model/versionNotes.json');
for (const schema of JSON_SCHEMAS) {
  writeFileSync(new URL(`../static/${schema.file}`, import.meta.url), schema.text());
  console.log(`wrote static/${schema.file}`);
}
for (const role of ddat.report.unsettled) {
  console.log(
    `level order of "${role.roleName}" settled by proficiency, not title: ${role.levels.join(' < ')}`,
  );
}
for (const name of ddat.report.placeholders) console.log(`"${name}" has no levels in the CSV (NOT IN USE)`);
if (ddat.report.duplicates.length > 0) {
  console.log(`${ddat.report.duplicates.length} rows repeat another row word for word and were kept once`);
}
