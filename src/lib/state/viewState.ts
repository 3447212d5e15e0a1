import type { Framework } from '../model/types';
import type { ColumnRef } from '../model/compare';
import { CHART_KINDS, type ChartKind } from '../charts/kinds';
import { parseDeck, writeDeck } from '../charts/deckLink';
import { YOU_ID } from '../model/you';
import { MAP_REACH, familyNames } from '../model/catalogue';
import { VIEWS, type ViewName } from './views';

export { VIEWS, type ViewName };

/** The themes a person can choose; 'system' follows the device's light or dark setting. */
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
/** A theme as drawn: 'system' resolved to the device's setting. */
export type AppliedTheme = Exclude<Theme, 'system'>;
/** The themes' names, as their menus show them. */
export const THEME_NAMES: Record<Theme, string> = {
  system: 'As the device',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

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
  /** With a self-assessment: "You" and the gap to each level on the charts. */
  showGap: boolean;
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
  /** Moves between roles: where from (a level of the role, YOU_ID for your ratings, null: the
   *  default), within how many steps, and the skill whose roles are listed. */
  moveFrom: string | null;
  moveBudget: number;
  moveSkill: string | null;
  /** On the career map, every level's cheapest move within reach too (an overview for print). */
  mapAll: boolean;
  /** Which roles the career map shows: null every role, MAP_REACH those within reach of the start,
   *  else the name of a family (with the start's role at the top). */
  mapRoles: string | null;
  /** The team heatmap: everyone against one level (null: each against their own target), the
   *  order of its rows, how they are grouped, and only those short of their target. */
  teamAgainst: string | null;
  teamSort: string;
  teamGroup: 'none' | 'target' | 'reached';
  teamShort: boolean;
  /** "What changed": the other version of the framework the role is compared with (a framework's
   *  id), or null for the one before the shown (else the one after). */
  since: string | null;
  /** The draft open in the editor (a draft kept in this browser: its id only, never its content). */
  draft: string | null;
  /** The chart shown full screen in presentation mode, or null. */
  present: ChartKind | null;
  /** The charts of the deck, in order (charts/deck.ts), or null for every chart that applies. */
  deck: ChartKind[] | null;
  theme: Theme;
}

/** How many proficiency steps a move may cost, until the person says otherwise. */
export const DEFAULT_MOVE_BUDGET = 6;
export const MAX_MOVE_BUDGET = 40;

/** Longer parameters are refused before they are looked at. */
export const MAX_PARAM_LENGTH = 200;

/**
 * Every field's default but the framework's and role's (those come from the framework): the one
 * place they are written. The Explorer's fields start from it, and a link leaves a field out when
 * it holds its default.
 */
export const VIEW_DEFAULTS = {
  view: 'explore',
  track: null,
  showChanges: false,
  showGap: true,
  levelId: null,
  skillId: null,
  fromLevelId: null,
  asTable: false,
  showCrossTrack: true,
  compareA: null,
  compareB: null,
  moveFrom: null,
  moveBudget: DEFAULT_MOVE_BUDGET,
  moveSkill: null,
  mapAll: false,
  mapRoles: null,
  teamAgainst: null,
  teamSort: 'name',
  teamGroup: 'none',
  teamShort: false,
  since: null,
  draft: null,
  present: null,
  deck: null,
  theme: 'system',
} as const satisfies Omit<ViewState, 'frameworkId' | 'roleId'>;

export function defaultViewState(framework: Framework): ViewState {
  return { ...VIEW_DEFAULTS, frameworkId: framework.id, roleId: framework.roles[0].id };
}

// A Map, not an object: a link's `table=constructor` must not find Object.prototype's.
const FLAG_VALUES = new Map([
  ['1', true],
  ['true', true],
  ['0', false],
  ['false', false],
]);

/**
 * One link parameter: its name, the field of the view it sets, how it is read (undefined refuses the
 * value, which is then named in the notice) and how it is written (undefined leaves it out, for the
 * default). `state` holds what the parameters before it in VIEW_PARAMS have set, so a level is read
 * against the role and track already read.
 */
interface ViewParam<K extends keyof ViewState = keyof ViewState> {
  name: string;
  key: K;
  parse: (value: string, state: ViewState, framework: Framework) => ViewState[K] | undefined;
  write: (state: ViewState, framework: Framework) => string | undefined;
}

const param = <K extends keyof ViewState>(p: ViewParam<K>): ViewParam => p as unknown as ViewParam;

/** A yes/no parameter ("1" or "0"), written only when it is not its default. */
const flag = (
  name: string,
  key: 'showChanges' | 'showGap' | 'asTable' | 'showCrossTrack' | 'mapAll' | 'teamShort',
) =>
  param({
    name,
    key,
    parse: (value) => FLAG_VALUES.get(value),
    write: (state) => (state[key] === VIEW_DEFAULTS[key] ? undefined : VIEW_DEFAULTS[key] ? '0' : '1'),
  });

/** A parameter that takes one of a list of names. */
const oneOf = <K extends 'view' | 'present' | 'theme' | 'teamGroup'>(
  name: string,
  key: K,
  values: readonly string[],
) =>
  param({
    name,
    key,
    parse: (value) => (values.includes(value) ? (value as ViewState[K]) : undefined),
    write: (state) => (state[key] === VIEW_DEFAULTS[key] ? undefined : (state[key] as string)),
  });

const roleOf = (state: ViewState, framework: Framework) =>
  framework.roles.find((r) => r.id === state.roleId) ?? framework.roles[0];

const column = (name: 'a' | 'b', key: 'compareA' | 'compareB') =>
  param({
    name,
    key,
    parse: (value, state, framework) => parseColumnRef(value, framework, state.roleId),
    // A pair is written whole or not at all.
    write: (state) =>
      state.compareA && state.compareB ? writeColumnRef(state[key]!, state.roleId) : undefined,
  });

/**
 * Every link parameter, in the order a link writes them and they are read. A new parameter is a line
 * here (and its field in ViewState, and its default in VIEW_DEFAULTS).
 */
export const VIEW_PARAMS: readonly ViewParam[] = [
  param({
    name: 'fw',
    key: 'frameworkId',
    // The framework is chosen before the view is read (frameworkRequest); the view keeps it.
    parse: (_value, state) => state.frameworkId,
    write: (state) => (state.frameworkId === DEFAULT_FRAMEWORK_ID ? undefined : state.frameworkId),
  }),
  oneOf('view', 'view', VIEWS),
  param({
    name: 'role',
    key: 'roleId',
    parse: (value, _state, framework) => framework.roles.find((r) => r.id === value)?.id,
    write: (state, framework) => (state.roleId === framework.roles[0].id ? undefined : state.roleId),
  }),
  param({
    name: 'track',
    key: 'track',
    // Only a track the role has levels on: a filter to another would show no path at all.
    parse: (value, state, framework) =>
      value === 'all' ? null : roleOf(state, framework).levels.find((l) => l.track === value)?.track,
    write: (state) => state.track ?? undefined,
  }),
  flag('changes', 'showChanges'),
  flag('gap', 'showGap'),
  param({
    name: 'level',
    key: 'levelId',
    parse: (value, state, framework) => {
      const level = roleOf(state, framework).levels.find((l) => l.id === value);
      const shown = level && (state.track === null || level.track === null || level.track === state.track);
      return shown ? level.id : undefined;
    },
    write: (state) => state.levelId ?? undefined,
  }),
  param({
    name: 'skill',
    key: 'skillId',
    parse: (value, state, framework) => roleOf(state, framework).skills.find((s) => s.id === value)?.id,
    write: (state) => state.skillId ?? undefined,
  }),
  param({
    name: 'from',
    key: 'fromLevelId',
    parse: (value, state, framework) =>
      state.levelId !== null ? roleOf(state, framework).levels.find((l) => l.id === value)?.id : undefined,
    write: (state) => state.fromLevelId ?? undefined,
  }),
  flag('table', 'asTable'),
  flag('cross', 'showCrossTrack'),
  oneOf('present', 'present', CHART_KINDS),
  oneOf('theme', 'theme', THEMES),
  column('a', 'compareA'),
  column('b', 'compareB'),
  param({
    name: 'start',
    key: 'moveFrom',
    parse: (value, state, framework) =>
      value === YOU_ID ? YOU_ID : roleOf(state, framework).levels.find((l) => l.id === value)?.id,
    write: (state) => state.moveFrom ?? undefined,
  }),
  param({
    name: 'budget',
    key: 'moveBudget',
    parse: (value) => {
      const steps = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
      return steps >= 1 && steps <= MAX_MOVE_BUDGET ? steps : undefined;
    },
    write: (state) => (state.moveBudget === VIEW_DEFAULTS.moveBudget ? undefined : String(state.moveBudget)),
  }),
  flag('all', 'mapAll'),
  param({
    name: 'roles',
    key: 'mapRoles',
    parse: (value, _state, framework) =>
      value === MAP_REACH || familyNames(framework).includes(value) ? value : undefined,
    write: (state) => state.mapRoles ?? undefined,
  }),
  param({
    name: 'asks',
    key: 'moveSkill',
    // A skill of any role of the framework: the list is of every role that asks for it.
    parse: (value, _state, framework) =>
      framework.roles.some((role) => role.skills.some((s) => s.id === value)) ? value : undefined,
    write: (state) => state.moveSkill ?? undefined,
  }),
  param({
    name: 'against',
    key: 'teamAgainst',
    parse: (value, state, framework) => roleOf(state, framework).levels.find((l) => l.id === value)?.id,
    write: (state) => state.teamAgainst ?? undefined,
  }),
  param({
    name: 'sort',
    key: 'teamSort',
    parse: (value, state, framework) =>
      ['name', 'steps', 'target'].includes(value) ||
      roleOf(state, framework).skills.some((s) => `skill:${s.id}` === value)
        ? value
        : undefined,
    write: (state) => (state.teamSort === VIEW_DEFAULTS.teamSort ? undefined : state.teamSort),
  }),
  oneOf('group', 'teamGroup', ['none', 'target', 'reached']),
  flag('short', 'teamShort'),
  param({
    name: 'since',
    key: 'since',
    // Any other framework's id: whether it is a version of this one is told when the section shows
    // (state/versions.svelte.ts), so that the lineages are not part of the first page load.
    parse: (value, state) => (value !== state.frameworkId && /^[\w-]+$/.test(value) ? value : undefined),
    write: (state) => state.since ?? undefined,
  }),
  param({
    name: 'draft',
    key: 'draft',
    // Whether it is kept in this browser is told when the editor opens it.
    parse: (value) => (/^draft-[a-z0-9-]+$/.test(value) ? value : undefined),
    write: (state) => state.draft ?? undefined,
  }),
  param({
    name: 'deck',
    key: 'deck',
    parse: (value) => parseDeck(value),
    write: (state) => (state.deck ? writeDeck(state.deck) : undefined),
  }),
];

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
  for (const { name, key, parse } of VIEW_PARAMS) {
    const value = params.get(name);
    if (value === null) continue;
    if (value.length > MAX_PARAM_LENGTH) {
      ignored.push(`${name} (longer than ${MAX_PARAM_LENGTH} characters)`);
      continue;
    }
    const parsed = parse(value, state, framework);
    if (parsed === undefined) ignored.push(`${name} "${value}"`);
    else (state as unknown as Record<string, unknown>)[key] = parsed;
  }
  // A compare pair is taken whole: with one side missing or refused, neither is; nor is a column
  // compared with itself.
  const { compareA: a, compareB: b } = state;
  if (a && b && a.roleId === b.roleId && a.levelId === b.levelId) {
    ignored.push('a and b name the same column');
    state.compareA = null;
    state.compareB = null;
  }
  if ((state.compareA === null) !== (state.compareB === null)) {
    if (params.get('a') === null || params.get('b') === null)
      ignored.push('a compare pair needs both a and b');
    state.compareA = null;
    state.compareB = null;
  }
  const known = new Set(VIEW_PARAMS.map((p) => p.name));
  for (const name of new Set(params.keys())) {
    // What a mail, chat or ad tool adds to a link it passes on is ignored without a word.
    if (!known.has(name) && !TRACKING.test(name)) ignored.push(`unknown parameter "${name.slice(0, 40)}"`);
  }
  return { state, ignored };
}

/** Parameters that mail, chat and ad tools add to links they pass on (utm_source, fbclid, …). */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok|si|ref|ref_src|s_cid|yclid|twclid|li_fat_id)$/i;

/** The query string for a view ("" for the default view); defaults are left out to keep links short. */
export function writeViewState(state: ViewState, framework: Framework): string {
  const params = new URLSearchParams();
  for (const { name, write } of VIEW_PARAMS) {
    const value = write(state, framework);
    if (value !== undefined) params.set(name, value);
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
  // "You", the person's self-assessment of the role shown (the Explorer falls back to the default
  // pair when this browser holds none).
  if (first === YOU_ID && second === undefined) return { roleId: currentRoleId, levelId: YOU_ID };
  const roleId = second === undefined ? currentRoleId : first;
  const levelId = second === undefined ? first : second;
  const role = framework.roles.find((r) => r.id === roleId);
  return role?.levels.some((l) => l.id === levelId) ? { roleId, levelId } : undefined;
}

export function writeColumnRef(ref: ColumnRef, currentRoleId: string): string {
  return ref.roleId === currentRoleId ? ref.levelId : `${ref.roleId}~${ref.levelId}`;
}
