import { readFileSync } from 'node:fs';
import { validateFramework } from '../../src/lib/model/schema';
import { indexRole } from '../../src/lib/model/framework';
import type { Framework } from '../../src/lib/model/types';

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
