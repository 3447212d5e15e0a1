import type { Framework } from '../model/types';

/** Everything that says what the person is looking at; the URL is its serialised form. */
export interface ViewState {
  roleId: string;
  /** The track to show, or null for every track. */
  track: string | null;
  showChanges: boolean;
  /** The selected level and skill; both set means one cell. */
  levelId: string | null;
  skillId: string | null;
  /** With levelId, a selected step of the pathway: from this level to levelId. */
  fromLevelId: string | null;
  asTable: boolean;
  showCrossTrack: boolean;
}

/** Longer parameters are refused before they are looked at. */
export const MAX_PARAM_LENGTH = 200;

export function defaultViewState(framework: Framework): ViewState {
  return {
    roleId: framework.roles[0].id,
    track: null,
    showChanges: false,
    levelId: null,
    skillId: null,
    fromLevelId: null,
    asTable: false,
    showCrossTrack: true,
  };
}

const FLAG_VALUES: Record<string, boolean> = { '1': true, true: true, '0': false, false: false };

/**
 * Reads a view from a URL query string. Anything unknown, malformed or too long is left at its
 * default and named in `ignored`, so a tampered link still opens a working view.
 */
export function parseViewState(
  search: string,
  framework: Framework,
): { state: ViewState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const state = defaultViewState(framework);
  const ignored: string[] = [];
  const read = (name: string): string | undefined => {
    const value = params.get(name);
    if (value === null) return undefined;
    if (value.length > MAX_PARAM_LENGTH) {
      ignored.push(`${name} (longer than ${MAX_PARAM_LENGTH} characters)`);
      return undefined;
    }
    return value;
  };
  const refuse = (name: string, value: string) => ignored.push(`${name} "${value}"`);

  const roleId = read('role');
  const role = framework.roles.find((r) => r.id === roleId);
  if (roleId !== undefined && !role) refuse('role', roleId);
  if (role) state.roleId = role.id;
  const currentRole = role ?? framework.roles[0];

  const track = read('track');
  if (track !== undefined && track !== 'all') {
    if (framework.tracks.some((t) => t.id === track)) state.track = track;
    else refuse('track', track);
  }
  for (const [name, key] of [
    ['changes', 'showChanges'],
    ['table', 'asTable'],
    ['cross', 'showCrossTrack'],
  ] as const) {
    const flag = read(name);
    if (flag === undefined) continue;
    if (flag in FLAG_VALUES) state[key] = FLAG_VALUES[flag];
    else refuse(name, flag);
  }
  const levelId = read('level');
  if (levelId !== undefined) {
    const level = currentRole.levels.find((l) => l.id === levelId);
    if (level && (state.track === null || level.track === null || level.track === state.track)) {
      state.levelId = level.id;
    } else refuse('level', levelId);
  }
  const skillId = read('skill');
  if (skillId !== undefined) {
    if (currentRole.skills.some((s) => s.id === skillId)) state.skillId = skillId;
    else refuse('skill', skillId);
  }
  const fromLevelId = read('from');
  if (fromLevelId !== undefined) {
    if (state.levelId !== null && currentRole.levels.some((l) => l.id === fromLevelId)) {
      state.fromLevelId = fromLevelId;
    } else refuse('from', fromLevelId);
  }
  const known = new Set(['role', 'track', 'changes', 'table', 'cross', 'level', 'skill', 'from']);
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) ignored.push(`unknown parameter "${name.slice(0, 40)}"`);
  }
  return { state, ignored };
}

/** The query string for a view ("" for the default view); defaults are left out to keep links short. */
export function writeViewState(state: ViewState, framework: Framework): string {
  const params = new URLSearchParams();
  if (state.roleId !== framework.roles[0].id) params.set('role', state.roleId);
  if (state.track !== null) params.set('track', state.track);
  if (state.showChanges) params.set('changes', '1');
  if (state.levelId !== null) params.set('level', state.levelId);
  if (state.skillId !== null) params.set('skill', state.skillId);
  if (state.fromLevelId !== null) params.set('from', state.fromLevelId);
  if (state.asTable) params.set('table', '1');
  if (!state.showCrossTrack) params.set('cross', '0');
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
