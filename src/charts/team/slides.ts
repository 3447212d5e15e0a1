/**
 * The team heatmap as native tables: a row per person (anonymised unless names were asked for in
 * exports), a column per skill with the proficiency and the gap in words, each cell in its
 * proficiency's colour; the skills a few to a slide and the people as many slides as they need,
 * the header repeated on each. The per-skill summary (meeting the target, median, single points of
 * failure) is the table's last rows.
 */
import { count } from '../../lib/model/count';
import { teamChart } from './definition';
import { proficiencySwatches } from '../../lib/layout/colour';
import { asHeading, gapWords, shownName, standingWords, teamSummaryRows } from '../../lib/model/teamWords';
import { fitText } from '../../lib/layout/wrap';
import { chunkBy } from '../../lib/slides/chunks';
import { headerCell, nameCell, swatchCell, tableSlides } from '../../lib/slides/tableSlides';
import { SLIDE, type ChartSlideParts, type NativeSlide, type TableCell } from '../../lib/slides/types';
import { SIDE } from '../../lib/slides/frame';

/** Skills on one slide, beside the person's name and standing: a DevOps-sized role's ten fit one. */
const SKILLS_PER_SLIDE = 10;

export function teamSlides(parts: ChartSlideParts): NativeSlide[] {
  const { ctx, theme, title } = parts;
  const team = ctx.team;
  if (!team) return [];
  const swatches = proficiencySwatches(ctx.index.framework.proficiencies);
  const skills = team.grid.skills.map((skill, i) => ({ skill, i }));
  const chunks = chunkBy(skills, SKILLS_PER_SLIDE);
  const plain = (text: string): TableCell => ({ ...headerCell(theme, text), bold: false, align: 'left' });
  return chunks.flatMap((chunk) => {
    const header = [
      headerCell(theme, 'Person'),
      headerCell(theme, 'Target · standing'),
      ...chunk.map(({ skill }) => headerCell(theme, skill.name)),
    ];
    const rows = team.rows.map(({ row }): TableCell[] => [
      // A name longer than a slide's column holds is cut (the CSV and the table twin keep it whole).
      nameCell(theme, fitText(shownName(row, team.anonymise), 60)),
      plain(standingWords(ctx.index, row)),
      ...chunk.map(({ i }) => {
        const cell = row.cells[i];
        const proficiency = cell.have ? ctx.index.proficiency(cell.have) : undefined;
        const have = cell.have === undefined ? 'not rated' : (proficiency?.name ?? 'not yet');
        const words = gapWords(cell.gap);
        return swatchCell(
          theme,
          words ? `${have}\n${words}` : have,
          proficiency ? swatches.get(proficiency.id)! : null,
        );
      }),
    ]);
    const summary = (label: string, values: string[]): TableCell[] => [
      nameCell(theme, label),
      plain(''),
      ...chunk.map(({ i }) => headerCell(theme, values[i])),
    ];
    const strong = team.grid.strongAt?.name.toLowerCase() ?? 'the top';
    const totals = teamSummaryRows(team.grid).map(({ label, values }) => summary(asHeading(label), values));
    const partTitle =
      chunks.length > 1
        ? `${title} (skills ${chunk[0].i + 1}–${chunk[chunk.length - 1].i + 1} of ${skills.length})`
        : title;
    const columns = [1.25, 2.3, ...chunk.map(() => (SLIDE.width - 2 * SIDE - 3.55) / chunk.length)];
    const against = team.against ? 'the level chosen' : 'their own target';
    // A team that fits one slide with its own rows under its people is one slide.
    const together = tableSlides(
      { ...parts, title: partTitle },
      {
        unit: 'people',
        summary: `${count(team.rows.length, 'person', 'people')}, each against ${against}; under them, the team as a whole (✖ where nobody is at ${strong} or above, ⚠ where only one is).`,
        colW: columns,
        header,
        rows: [...rows, ...totals],
        notes: teamChart.describe(ctx),
        name: 'Team',
      },
    );
    if (together.length === 1) return together;
    const people = tableSlides(
      { ...parts, title: partTitle },
      {
        unit: 'people',
        summary: `${count(team.rows.length, 'person', 'people')}, each against ${against}.`,
        colW: columns,
        header,
        rows,
        notes: teamChart.describe(ctx),
        name: 'Team',
      },
    );
    // The team's own rows, per skill, on a slide after its people.
    const whole = tableSlides(
      { ...parts, title: `${partTitle}: the team as a whole` },
      {
        summary: `Per skill: how many meet their target, the team's median, and how many are at ${strong} or above (✖ where nobody is, ⚠ where only one is).`,
        colW: columns,
        header: [headerCell(theme, 'The team'), headerCell(theme, ''), ...header.slice(2)],
        rows: totals,
        notes: teamChart.describe(ctx),
        name: 'Team summary',
      },
    );
    return [...people, ...whole];
  });
}

/** The slides builder the deck finds in this folder. */
export default teamSlides;
