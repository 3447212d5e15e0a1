import type { Level } from '../model/types';
import { levelLabel, trackName } from '../model/framework';
import { changesFromPrevious, countChanges, describeChange, levelTransition } from '../model/changes';
import { layoutPathway } from '../layout/pathwayLayout';
import { layoutTrajectory } from '../layout/trajectoryLayout';
import { layoutCompare, layoutTrackOverview } from '../layout/compareLayout';
import type { ChartContext, ChartKind } from './charts';

/** The data a chart shows, as a table for CSV: a header and rows. */
export function chartTable(kind: ChartKind, ctx: ChartContext): { header: string[]; rows: string[][] } {
  const { index } = ctx;
  const { framework, role } = index;
  const name = (id: string) => index.proficiency(id)?.name ?? id;
  const label = (level: Level) => levelLabel(framework, level);
  switch (kind) {
    case 'matrix': {
      const header = ['Skill', 'Level', 'Track', 'Proficiency', 'Description'];
      if (ctx.showChanges) header.push('Change from the previous level');
      const rows = role.skills.flatMap((skill) =>
        ctx.levels.map((level) => {
          const r = index.requirement(level.id, skill.id);
          const row = [
            skill.name,
            level.name,
            trackName(framework, level) ?? '',
            r ? name(r.proficiency) : 'not required',
            r?.description ?? '',
          ];
          if (ctx.showChanges) {
            const change = changesFromPrevious(index, level)?.changes.get(skill.id);
            row.push(change ? describeChange(change, name) : 'first level');
          }
          return row;
        }),
      );
      return { header, rows };
    }
    case 'pathway': {
      const kinds = ['new', 'raised', 'reworded', 'lowered', 'removed'] as const;
      const edges = layoutPathway(index, { showCrossTrack: ctx.showCrossTrack }).edges;
      return {
        header: ['From', 'To', 'Kind of step', ...kinds.map((k) => `Skills ${k}`), 'Summary'],
        rows: edges.map((edge) => {
          const counts = countChanges(levelTransition(index, edge.from, edge.to).values());
          const count = (k: string) => String(counts.find((c) => c.kind === k)?.count ?? 0);
          return [
            label(edge.from),
            label(edge.to),
            edge.kind === 'next' ? 'next level' : 'move across tracks',
            ...kinds.map(count),
            edge.summary,
          ];
        }),
      };
    }
    case 'trajectory': {
      const lines = layoutTrajectory(index, { track: ctx.track }).lines;
      return {
        header: ['Skill', 'Path', 'Level', 'Proficiency'],
        rows: lines.flatMap((line) =>
          line.points.map((p) => [
            line.skill.name,
            framework.tracks.find((t) => t.id === line.track)?.name ?? 'All levels',
            label(p.level),
            p.proficiency,
          ]),
        ),
      };
    }
    case 'compare': {
      const c = ctx.comparison;
      if (!c) return { header: [], rows: [] };
      const rows = layoutCompare(framework, c).rows;
      return {
        header: [
          'Skill',
          c.a.label,
          c.b.label,
          'Difference',
          `${c.a.label}: description`,
          `${c.b.label}: description`,
        ],
        rows: rows.map((row) => [
          row.comparison.skill.name,
          row.a.text,
          row.b.text,
          row.verdict,
          row.comparison.a?.description ?? '',
          row.comparison.b?.description ?? '',
        ]),
      };
    }
    case 'overview': {
      const layout = layoutTrackOverview(index);
      const [first, second] = layout.trackNames ?? ['', ''];
      return {
        header: ['Skill', 'Level', first, second, 'Asks more', 'Steps more'],
        rows: layout.panels.flatMap((panel) =>
          panel.bars.map((bar) => {
            const a = index.requirement(panel.first.id, bar.skill.id);
            const b = index.requirement(panel.second.id, bar.skill.id);
            return [
              bar.skill.name,
              panel.title,
              a ? name(a.proficiency) : 'not required',
              b ? name(b.proficiency) : 'not required',
              bar.value > 0 ? first : bar.value < 0 ? second : 'same',
              String(Math.abs(bar.value)),
            ];
          }),
        ),
      };
    }
  }
}
