import { readFileSync } from 'node:fs';
import { validateFramework } from '../../src/lib/model/schema';
import { indexRole } from '../../src/lib/model/framework';
import type { Framework } from '../../src/lib/model/types';
import type { Explorer } from '../../src/lib/state/explorer.svelte';
import { SelfAssessment } from '../../src/lib/state/selfAssessment.svelte';
import { assessmentOf } from '../../src/lib/model/assessment';
import { ratingsFromLevel } from '../../src/lib/model/gap';
import { Team } from '../../src/lib/state/team.svelte';
import { syntheticTeam } from '../bench/syntheticTeam';
import { Versions } from '../../src/lib/state/versions.svelte';
import type { CatalogueEntry } from '../../src/lib/model/catalogue';
import type { MatrixCell, MatrixLayout } from '../../src/charts/matrix/layout';

/** The built-in framework as the app loads it (validated). */
export function devopsFramework(): Framework {
  return validateFramework(
    JSON.parse(readFileSync(new URL('../../static/data/devops-engineer-2020.json', import.meta.url), 'utf8')),
  );
}

export function devopsIndex() {
  const framework = devopsFramework();
  return indexRole(framework, framework.roles[0]);
}

/** A hand-made framework for a test: its scale, tracks (by id, named as their ids) and roles. */
export function smallFramework(parts: {
  proficiencies: Framework['proficiencies'];
  tracks: string[];
  roles: Framework['roles'];
}): Framework {
  return {
    formatVersion: 1,
    id: 'f',
    name: 'F',
    source: {
      title: '',
      publisher: '',
      published: '',
      url: '',
      licence: '',
      licenceUrl: '',
      attribution: '',
    },
    proficiencies: parts.proficiencies,
    tracks: parts.tracks.map((id) => ({ id, name: id })),
    roles: parts.roles,
  };
}

/**
 * Gives an Explorer a self-assessment of the role it shows, as the keeper would after reading it
 * from IndexedDB: its ratings are `level`'s requirements (by default the role's third level).
 */
export function withAssessment(explorer: Explorer, levelIndex = 2): SelfAssessment {
  const keeper = new SelfAssessment(explorer);
  explorer.selfAssessment = keeper;
  const index = explorer.index!;
  const level = index.role.levels[Math.min(levelIndex, index.role.levels.length - 1)];
  explorer.assessment = assessmentOf(index, ratingsFromLevel(index, level), { date: '2026-12-01' });
  return keeper;
}

/**
 * Gives an Explorer a team of `people` people of the role it shows (tests/bench/syntheticTeam.ts,
 * seeded: the same team every run), as "Team" would after reading their files.
 */
export function withTeam(explorer: Explorer, people = 5, dates = 1): Team {
  const team = new Team(explorer);
  explorer.team = team;
  const index = explorer.index!;
  team.entries = syntheticTeam(index.framework, { people, dates, roleId: index.role.id }).flatMap((person) =>
    person.ratings.map(({ date, bySkill }) => ({
      file: `${person.name}.json`,
      assessment: assessmentOf(
        index,
        [...bySkill].map(([skillId, proficiency]) => ({ skillId, proficiency })),
        { person: person.name, date, target: person.target },
      ),
    })),
  );
  return team;
}

/** The built-in 2025 framework as the app loads it (validated), read once. */
let ddat2025: Framework | undefined;
export function ddatFramework(): Framework {
  return (ddat2025 ??= validateFramework(
    JSON.parse(readFileSync(new URL('../../static/data/ddat-2025.json', import.meta.url), 'utf8')),
  ));
}

/**
 * Gives an Explorer showing the 2020 DevOps page "What changed" against the 2025 CSV, as the compare
 * view would once it fetched that version: the catalogue, and the other version loaded.
 */
export function withVersions(explorer: Explorer): Versions {
  explorer.catalogue = JSON.parse(
    readFileSync(new URL('../../static/data/catalogue.json', import.meta.url), 'utf8'),
  ) as CatalogueEntry[];
  const versions = new Versions(explorer);
  explorer.versions = versions;
  const other = versions.otherId === ddatFramework().id ? ddatFramework() : devopsFramework();
  versions.other = other;
  return versions;
}

/** Every cell of a matrix, cells[row][column], each row made as the page makes the rows it draws. */
export const matrixCells = (layout: MatrixLayout): MatrixCell[][] =>
  layout.rows.map((_, r) => layout.rowCells(r));
