import { levelLabel } from '../../lib/model/framework';
import { versionOf } from '../../lib/model/lineage';
import { conversationLevels, conversationRows, type ConversationRow } from './layout';
import { defineChart, type ChartContext } from '../../lib/charts/types';

const proficiencyName = (ctx: ChartContext, id: string | null) =>
  id === null ? 'not yet' : (ctx.index.proficiency(id)?.name ?? id);

/** The framework as the page names it: its name and, for a known release, its version. */
export function frameworkWords(ctx: ChartContext): string {
  const version = versionOf(ctx.index.framework.id)?.label;
  return version ? `${ctx.index.framework.name}, version of ${version}` : ctx.index.framework.name;
}

/** The next level on each track, as the page names them ("Senior DevOps engineer (technical)"). */
export function nextLevelNames(ctx: ChartContext): string[] {
  return conversationLevels(ctx.index, ctx.you ?? [], ctx.youHeld ?? null).next.map((level) =>
    levelLabel(ctx.index.framework, level),
  );
}

/** A career conversation on one page, from a self-assessment (its layout.ts). */
export const conversationChart = defineChart<ConversationRow>({
  kind: 'conversation',
  name: 'Career conversation',
  applies: (ctx) => ctx.you !== undefined,
  title: (ctx) => `${ctx.index.role.name}: a career conversation`,
  describe: (ctx) => {
    if (!ctx.you)
      return 'there is no self-assessment of this role in this browser: fill one in under "Where do I stand?".';
    const next = nextLevelNames(ctx);
    const against = next.length === 0 ? 'the level held' : next.join(' and ');
    return `One page for a career conversation: your ratings of the ${ctx.index.role.skills.length} skills against ${against}, with your notes as evidence, what ${next.length > 1 ? 'each next level says' : 'the next level says'} in the framework's words, and room for the actions agreed. Gaps to discuss, not a score.`;
  },
  legend: () => [],
  portrait: true,
  fileNameParts: () => ['conversation'],
  rows: (ctx) => conversationRows(ctx.index, ctx.you ?? [], ctx.youHeld ?? null),
  csv: (ctx, rows) => {
    const next = nextLevelNames(ctx);
    return {
      header: [
        'Skill',
        'You',
        ...next.flatMap((name) => [`${name} asks`, `Gap to ${name}`]),
        'Your evidence',
      ],
      rows: rows.map((row) => [
        row.skill.name,
        proficiencyName(ctx, row.have),
        ...row.next.flatMap((n) => [
          n.gap.kind === 'not-asked' ? 'not asked' : proficiencyName(ctx, n.gap.asked),
          n.verdict,
        ]),
        row.note,
      ]),
    };
  },
  twin: (ctx) => ({
    caption: `Your ratings against ${nextLevelNames(ctx).join(' and ') || 'the level held'}, with your evidence (${ctx.index.role.name})`,
  }),
});

/** The registry takes each definition file's default export. */
export default conversationChart;
