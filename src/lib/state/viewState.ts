import type { Framework } from '../model/types';
import type { ColumnRef } from '../model/compare';

export const VIEWS = ['explore', 'compare'] as const;
export type ViewName = (typeof VIEWS)[number];
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
/** The themes' names, as their menus show them. */
export const THEME_NAMES: Record<Theme, string> = { light: 'Light', dark: 'Dark', contrast: 'High contrast' };
/** The charts, in presentation order (the same names as exports use). */
export const SLIDES = ['matrix', 'pathway', 'trajectory', 'compare', 'overview'] as const;
export type SlideName = (typeof SLIDES)[number];

/** Everything that says what the person is looking at; the URL is its serialised form. */
/** The framework the app opens on: the DevOps engineer page (2020). */
export const DEFAULT_FRAMEWORK_ID = 'ddat-devops-engineer-2020';

export interface ViewState {
  view: ViewName;
  frameworkId: string;
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
  /** The compare pair; null for the role's default pair. */
  compareA: ColumnRef | null;
  compareB: ColumnRef | null;
  /** The chart shown full screen in presentation mode, or null. */
  present: SlideName | null;
  theme: Theme;
}

/** Longer parameters are refused before they are looked at. */
export const MAX_PARAM_LENGTH = 200;

export function defaultViewState(framework: Framework): ViewState {
  return {
    view: 'explore',
    frameworkId: framework.id,
    roleId: framework.roles[0].id,
    track: null,
    showChanges: false,
    levelId: null,
    skillId: null,
    fromLevelId: null,
    asTable: false,
    showCrossTrack: true,
    compareA: null,
    compareB: null,
    present: null,
    theme: 'light',
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

  const view = read('view');
  if (view !== undefined) {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as ViewName;
    else refuse('view', view);
  }

  const present = read('present');
  if (present !== undefined) {
    if ((SLIDES as readonly string[]).includes(present)) state.present = present as SlideName;
    else refuse('present', present);
  }
  const theme = read('theme');
  if (theme !== undefined) {
    if ((THEMES as readonly string[]).includes(theme)) state.theme = theme as Theme;
    else refuse('theme', theme);
  }

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
  const columns: ColumnRef[] = [];
  let given = 0;
  for (const name of ['a', 'b'] as const) {
    const value = read(name);
    if (value === undefined) continue;
    given += 1;
    const column = parseColumnRef(value, framework, state.roleId);
    if (column) columns.push(column);
    else refuse(name, value);
  }
  if (columns.length === 2) [state.compareA, state.compareB] = columns;
  else if (given === 1 && columns.length === 1) ignored.push('a compare pair needs both a and b');

  const known = new Set([
    'fw',
    'view',
    'role',
    'track',
    'changes',
    'table',
    'cross',
    'level',
    'skill',
    'from',
    'a',
    'b',
    'present',
    'theme',
  ]);
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) ignored.push(`unknown parameter "${name.slice(0, 40)}"`);
  }
  return { state, ignored };
}

/** The query string for a view ("" for the default view); defaults are left out to keep links short. */
export function writeViewState(state: ViewState, framework: Framework): string {
  const params = new URLSearchParams();
  if (state.frameworkId !== DEFAULT_FRAMEWORK_ID) params.set('fw', state.frameworkId);
  if (state.view !== 'explore') params.set('view', state.view);
  if (state.roleId !== framework.roles[0].id) params.set('role', state.roleId);
  if (state.track !== null) params.set('track', state.track);
  if (state.showChanges) params.set('changes', '1');
  if (state.levelId !== null) params.set('level', state.levelId);
  if (state.skillId !== null) params.set('skill', state.skillId);
  if (state.fromLevelId !== null) params.set('from', state.fromLevelId);
  if (state.asTable) params.set('table', '1');
  if (!state.showCrossTrack) params.set('cross', '0');
  if (state.present !== null) params.set('present', state.present);
  if (state.theme !== 'light') params.set('theme', state.theme);
  if (state.compareA && state.compareB) {
    params.set('a', writeColumnRef(state.compareA, state.roleId));
    params.set('b', writeColumnRef(state.compareB, state.roleId));
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The framework a link asks for (checked by the caller against what exists), or undefined. */
export function readFrameworkId(search: string): string | undefined {
  const value = new URLSearchParams(search).get('fw');
  return value !== null && value.length <= MAX_PARAM_LENGTH && /^[a-z0-9][a-z0-9-]*$/.test(value)
    ? value
    : undefined;
}

/**
 * Which framework a link asks for: its valid `fw`, else the default. `unusable` is the notice for a
 * `fw` that is malformed (shown with the default instead); `fallbackNotice` the one to show if the
 * wanted framework turns out not to exist.
 */
export function frameworkRequest(search: string): {
  wanted: string;
  unusable?: string;
  fallbackNotice?: string;
} {
  const raw = new URLSearchParams(search).get('fw');
  const wanted = readFrameworkId(search) ?? DEFAULT_FRAMEWORK_ID;
  if (raw === null) return { wanted };
  if (raw !== wanted) return { wanted, unusable: `fw "${raw.slice(0, 60)}"` };
  return { wanted, fallbackNotice: `fw "${raw}"` };
}

/** A column in a link: "level-id" within the current role, "role-id~level-id" in another. */
export function parseColumnRef(
  value: string,
  framework: Framework,
  currentRoleId: string,
): ColumnRef | undefined {
  const [first, second, ...rest] = value.split('~');
  if (rest.length > 0) return undefined;
  const roleId = second === undefined ? currentRoleId : first;
  const levelId = second === undefined ? first : second;
  const role = framework.roles.find((r) => r.id === roleId);
  return role?.levels.some((l) => l.id === levelId) ? { roleId, levelId } : undefined;
}

export function writeColumnRef(ref: ColumnRef, currentRoleId: string): string {
  return ref.roleId === currentRoleId ? ref.levelId : `${ref.roleId}~${ref.levelId}`;
}
