/** Guards loading: a malformed framework file is refused with the JSON path of the problem. */
import { describe, expect, it } from 'vitest';
import { devopsFramework } from '../../../tests/unit/fixtures';
import { FrameworkError, validateFramework } from './schema';

import type { Framework } from './types';

type Mutable = Framework & Record<string, unknown>;
const fresh = (): Mutable => structuredClone(devopsFramework()) as Mutable;

describe('validateFramework', () => {
  it('accepts the built-in framework', () => {
    expect(validateFramework(fresh()).roles[0].requirements).toHaveLength(85);
  });

  it.each<[string, (f: Mutable) => void, RegExp]>([
    ['a wrong format version', (f) => (f.formatVersion = 99 as never), /^formatVersion: /],
    ['a missing role list', (f) => delete (f as Partial<Framework>).roles, /^roles: /],
    [
      'a number where text belongs',
      (f) => (f.roles[0].levels[0].name = 3 as never),
      /^roles\.0\.levels\.0\.name: /,
    ],
    [
      'an unknown proficiency',
      (f) => (f.roles[0].requirements[0].proficiency = 'guru'),
      /^roles\.0\.requirements\.0\.proficiency: unknown proficiency "guru"/,
    ],
    [
      'a missing skill',
      (f) => (f.roles[0].requirements[4].skillId = 'juggling'),
      /^roles\.0\.requirements\.4\.skillId: unknown skill "juggling"/,
    ],
    [
      'a second requirement for one level and skill',
      (f) => f.roles[0].requirements.push({ ...f.roles[0].requirements[3] }),
      /^roles\.0\.requirements\.85: a second requirement for the same level and skill$/,
    ],
    [
      'a duplicate level id',
      (f) => (f.roles[0].levels[1].id = 'apprentice-devops-engineer'),
      /^roles\.0\.levels\.1\.id: duplicate id/,
    ],
    [
      'a next step to nowhere',
      (f) => (f.roles[0].levels[0].next = ['nowhere']),
      /^roles\.0\.levels\.0\.next\.0: unknown level "nowhere"/,
    ],
    [
      'an unknown track',
      (f) => (f.roles[0].levels[3].track = 'astronaut'),
      /^roles\.0\.levels\.3\.track: unknown track/,
    ],
  ])('refuses %s, naming the path', (_name, mutate, message) => {
    const data = fresh();
    mutate(data);
    expect(() => validateFramework(data)).toThrow(FrameworkError);
    expect(() => validateFramework(data)).toThrow(message);
  });

  it('says plainly which field is missing or of the wrong type', () => {
    const data = fresh();
    delete (data.roles[0] as Partial<(typeof data.roles)[0]>).name;
    expect(() => validateFramework(data)).toThrow('roles.0.name: the field "name" is missing');
    const other = fresh();
    other.roles[0].levels[0].seniority = 'first' as never;
    expect(() => validateFramework(other)).toThrow(
      'roles.0.levels.0.seniority: expected number but received "first"',
    );
  });

  it('refuses what is not an object at all', () => {
    expect(() => validateFramework('hello')).toThrow(FrameworkError);
    expect(() => validateFramework(null)).toThrow(FrameworkError);
  });
});
