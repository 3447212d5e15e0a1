/**
 * Writes a synthetic team (tests/bench/syntheticTeam.ts) to try "Team" with, or to measure it:
 * `npx tsx scripts/generate-team.ts [people] [dates] [folder]` writes, for the built-in DevOps
 * engineer role, `team-long.csv`, `team-wide.csv` and a `json/` folder of self-assessment files
 * (default: 20 people, 2 dates, into `team-sample/`). Names are made up ("Colleague 0001").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateFramework } from '../src/lib/model/schema';
import { syntheticTeam, teamJsonFiles, teamLongCsv, teamWideCsv } from '../tests/bench/syntheticTeam';

const [people = '20', dates = '2', folder = 'team-sample'] = process.argv.slice(2);
const framework = validateFramework(
  JSON.parse(readFileSync(new URL('../static/data/devops-engineer-2020.json', import.meta.url), 'utf8')),
);
const roleId = framework.roles[0].id;
const team = syntheticTeam(framework, { people: Number(people), dates: Number(dates), roleId });
mkdirSync(join(folder, 'json'), { recursive: true });
writeFileSync(join(folder, 'team-long.csv'), teamLongCsv(framework, roleId, team));
writeFileSync(join(folder, 'team-wide.csv'), teamWideCsv(framework, roleId, team));
for (const file of teamJsonFiles(framework, roleId, team))
  writeFileSync(join(folder, 'json', file.name), file.text);
console.log(`Wrote ${team.length} people to ${folder}/ (team-long.csv, team-wide.csv, json/).`);
