import { levelLabel } from '../../lib/model/framework';
import { MAP_REACH, familyNames } from '../../lib/model/catalogue';
import { byFamily, type MapScope } from './layout';
import { moveStart, movesFrom, skillName, type MoveCost } from '../../lib/model/closeness';
import { YOU_ID } from '../../lib/model/you';
import type { Level, Role } from '../../lib/model/types';
import { defineChart, type ChartContext, type LegendItem } from '../../lib/charts/types';
import { withFields } from '../../lib/charts/context';
import { count } from '../../lib/model/count';

/** A level of the map, and the move to it from the start (undefined: out of reach, or the start's own role). */
export interface MapRecord {
  role: Role;
  level: Level;
  move?: MoveCost;
}

/** Where the map's moves are counted from, as the "Moves to other roles" view chose it. */
export function mapStart(ctx: ChartContext) {
  return moveStart(ctx.index.framework, ctx.index.role, {
    fromId: ctx.moveFrom ?? null,
    levelId: null,
    ratings: ctx.you,
  });
}

/** The start in words: "you" or "DevOps engineer". */
export function mapStartLabel(ctx: ChartContext): string {
  const { fromId } = mapStart(ctx);
  const level = ctx.index.role.levels.find((l) => l.id === fromId);
  return fromId === YOU_ID ? 'you' : level ? levelLabel(ctx.index.framework, level) : ctx.index.role.name;
}

/**
 * Which roles the map shows (the view's "Show" choice, `mapRoles`): every role; the start's role and
 * those within reach; or a family's roles, with the start's role at the top.
 */
export function mapScope(ctx: ChartContext): MapScope {
  const own = ctx.index.role.id;
  const choice = ctx.mapRoles ?? null;
  if (choice === null) return {};
  const ids =
    choice === MAP_REACH
      ? mapMoves(ctx).map((move) => move.to.role.id)
      : ctx.index.framework.roles
          .filter((role) => (role.family ?? 'Other roles') === choice)
          .map((r) => r.id);
  return { roles: new Set([own, ...ids]), first: own };
}

/** The roles shown, in the map's order (by family). */
export const mapRoles = (ctx: ChartContext): Role[] =>
  byFamily(ctx.index.framework, mapScope(ctx)).flatMap((group) => group.roles);

/** The choice of roles in words, for a title: "", " of the roles within reach", " of the Data family". */
function scopeWords(choice: string | null | undefined): string {
  if (!choice) return '';
  if (choice === MAP_REACH) return ' of the roles within reach';
  return choice === 'Other roles' ? ' of the other roles' : ` of the ${choice} family`;
}

/**
 * The map as pages, for paper and slides: the whole map of a framework of 52 roles is too tall to
 * read on one, so it goes a family to a page (the start's role at the top of each); a map of one
 * family, or of the roles within reach, is one page.
 */
export function mapPages(ctx: ChartContext): ChartContext[] {
  const families = familyNames(ctx.index.framework);
  if (ctx.mapRoles || families.length < 2) return [ctx];
  return families.map((family) => withFields(ctx, { mapRoles: family }));
}

/** The moves within the budget from the start, by role. */
export function mapMoves(ctx: ChartContext): MoveCost[] {
  const { start } = mapStart(ctx);
  return start ? movesFrom(ctx.index.framework, start, ctx.moveBudget) : [];
}

const steps = (n: number) => count(n, 'step');

/** "Every level of the 52 roles", "Every level of the 7 roles of the Data family and of DevOps engineer". */
function describeScope(ctx: ChartContext): string {
  const shown = mapRoles(ctx).length;
  const all = ctx.index.framework.roles.length;
  if (!ctx.mapRoles) return `Every level of the ${all} roles`;
  const own = ctx.index.role.name;
  if (ctx.mapRoles === MAP_REACH)
    return `Every level of ${own} and of the ${count(shown - 1, 'other role')} (of ${all}) within reach`;
  const inFamily = ctx.index.framework.roles.filter(
    (r) => (r.family ?? 'Other roles') === ctx.mapRoles,
  ).length;
  const ownIn = (ctx.index.role.family ?? 'Other roles') === ctx.mapRoles;
  return `Every level of the ${count(inFamily, 'role')}${scopeWords(ctx.mapRoles)}${ownIn ? '' : `, and of ${own} at the top`}`;
}

/** Every level of every role of the framework, grouped by family, and the moves within reach from one. */
export const mapChart = defineChart<MapRecord>({
  kind: 'map',
  name: 'Career map',
  applies: (ctx) => ctx.index.framework.roles.length >= 2,
  title: (ctx) =>
    `${ctx.index.framework.name}: career map${scopeWords(ctx.mapRoles)}, moves within ${steps(ctx.moveBudget)} of ${mapStartLabel(ctx)} (${ctx.index.role.name})`,
  describe: (ctx) =>
    ctx.index.framework.roles.length < 2
      ? 'the framework has one role: there is no other role to move to.'
      : `${describeScope(ctx)}, a row per role grouped by family, each role's ladder from entry to most senior; curves from ${mapStartLabel(ctx)} to each other role within ${steps(ctx.moveBudget)} (its cheapest level about as senior, its most senior level above, or else its most senior level below, dashed), each with the steps to grow and an arrow for the way (→ sideways, ↑ up, ↓ down); a role of one level stands in the column its requirements imply${ctx.mapAll ? "; and, in grey, every level's nearest move to a level at least as senior in another role" : ''}.`,
  legend: (ctx): LegendItem[] => [
    {
      label: 'a level (on a second track, just below its twin)',
      shape: 'mark',
      mark: '●',
      fill: '#ffffff',
      stroke: '#1b1f24',
    },
    { label: "a role's ladder", shape: 'line', fill: 'none', stroke: '#7a8590' },
    {
      label:
        'a move within reach, with the steps to grow (+n) and its way: → sideways, ↑ up, ↓ down (dashed)',
      shape: 'line',
      fill: 'none',
      stroke: '#c2410c',
    },
    ...(ctx.mapAll
      ? [
          {
            label: "each level's nearest move sideways or up",
            shape: 'line' as const,
            fill: 'none',
            stroke: '#7a8590',
          },
        ]
      : []),
  ],
  fileNameParts: (ctx) => ['map', mapStart(ctx).fromId.replace(/^@/, ''), `${ctx.moveBudget}-steps`],
  pages: mapPages,
  rows: (ctx) => {
    const moves = new Map(mapMoves(ctx).map((m) => [`${m.to.role.id}|${m.to.level.id}`, m]));
    return mapRoles(ctx).flatMap((role) =>
      role.levels.map((level) => ({ role, level, move: moves.get(`${role.id}|${level.id}`) })),
    );
  },
  csv: (ctx, rows) => ({
    header: [
      'Family',
      'Role',
      'Level',
      `Way from ${mapStartLabel(ctx)}`,
      `Steps to grow from ${mapStartLabel(ctx)}`,
      'Skills to grow',
    ],
    rows: rows.map(({ role, level, move }) => [
      role.family ?? '',
      role.name,
      levelLabel(ctx.index.framework, level),
      move?.direction ?? '',
      move ? String(move.steps) : '',
      move
        ? move.skills.map((s) => `${skillName(ctx.index.framework, s.skillId)} +${s.steps}`).join('; ')
        : '',
    ]),
  }),
  // Its title and CSV, named by the role (the family comes first), in a region that scrolls.
  twin: () => ({ rowHeader: 1, region: 'Career map table' }),
});

/** The registry takes each definition file's default export. */
export default mapChart;
