/**
 * The DDaT CSV layout written and read back: every role of the 2025 framework (read from that
 * layout) comes back the same, and a role the layout cannot carry in full says what it loses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../model/schema';
import { draftOfRole } from '../model/draft';
import { applyEdit } from '../model/edits';
import { setDescription, stepProficiency } from '../model/draftActions';
import { convertDdatCsv } from './read/ddatCsv';
import { ddatCsvRoundTrip, summaryCell } from './ddatCsvWriter';

const load = (file: string) =>
  validateFramework(
    JSON.parse(readFileSync(new URL(`../../../static/data/${file}`, import.meta.url), 'utf8')),
  );
const ddat = load('ddat-2025.json');
const devops2020 = load('devops-engineer-2020.json');

describe('the DDaT CSV layout, written', () => {
  it('puts a summary in one cell that splits back the same', () => {
    expect(summaryCell({ paragraphs: ['One.', 'Two\nlines.'], responsibilities: ['a', 'b'] })).toBe(
      'One.\n\nTwo\nlines.\n\n- a\n- b',
    );
  });

  it.each(ddat.roles.filter((role) => !role.notice).map((role) => [role.name, role.id]))(
    '%s reads back as the same role',
    (_name, roleId) => {
      const draft = draftOfRole(ddat, roleId, 'draft-x', 'now').framework;
      const { roles, skills, losses } = ddatCsvRoundTrip(draft, ddat);
      expect(losses).toEqual([]);
      const back = convertDdatCsv(roles, skills, {
        rolesFile: 'roles.csv',
        id: 'x',
        name: 'x',
        source: ddat.source,
        proficiencies: ddat.proficiencies,
        tracks: ddat.tracks,
      }).framework;
      expect(back.roles).toEqual(draft.roles);
    },
  );

  it('carries an edited copy, words starting with a spreadsheet formula character included', () => {
    const role = ddat.roles.find((r) => r.id === 'development-operations-devops-engineer')!;
    let draft = draftOfRole(ddat, role.id, 'draft-x', 'now').framework;
    const [level, skill] = [role.levels[1].id, role.skills[0].id];
    draft = applyEdit(draft, stepProficiency(draft, level, skill, 1)!).framework;
    draft = applyEdit(
      draft,
      setDescription(draft, level, skill, '- =SUM(A1) is not a formula here')!,
    ).framework;
    expect(ddatCsvRoundTrip(draft, ddat).losses).toEqual([]);
  });

  it("says what a role the layout cannot carry loses: the 2020 page's introduction in paragraphs, its levels' notes, its track names for skills", () => {
    const draft = draftOfRole(devops2020, devops2020.roles[0].id, 'draft-x', 'now').framework;
    expect(ddatCsvRoundTrip(draft, ddat).losses).toEqual([
      "Development operations (DevOps) engineer: its name, family, type or introduction; its levels (their order, tracks, names, summaries or pathway); its skills (their names, descriptions or the tracks' own names for them); what its levels ask (a level that asks for nothing has no row)",
    ]);
  });
});
