/**
 * Rebuilds the app's built-in framework JSON from the source copies in data/sources
 * (`npm run data`). A test re-runs the same import and fails if the committed JSON differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDevopsFramework } from '../src/lib/import/ddatSource';
import { serialiseFramework } from '../src/lib/model/serialise';

const read = (name: string) => readFileSync(new URL(`../data/sources/${name}`, import.meta.url), 'utf8');
const framework = buildDevopsFramework(read('devops-engineer-2020.txt'), read('skill-levels-2020.md'));
const target = new URL('../static/data/devops-engineer-2020.json', import.meta.url);
writeFileSync(target, serialiseFramework(framework));
const role = framework.roles[0];
console.log(
  `wrote ${target.pathname}: ${role.levels.length} levels, ${role.skills.length} skills, ${role.requirements.length} requirements`,
);
