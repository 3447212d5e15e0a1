/**
 * The editor's rows, kept from one edit to the next: the same as worked out afresh, whatever the
 * edits; and only the rows an edit touched are new objects (the grid redraws only those).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateFramework } from '../model/schema';
import { draftOfRole } from '../model/draft';
import { applyEdit } from '../model/edits';
import { removeSkill, renameSkill, setProficiency } from '../model/draftActions';
import { draftProblems } from '../model/draftChecks';
import { draftRows, type DraftRow } from './draftGrid';
import { faultsByPlace } from '../model/draftChecks';
import { syntheticFramework } from '../../../tests/bench/synthetic';

const devops = validateFramework(
  JSON.parse(
    readFileSync(new URL('../../../static/data/devops-engineer-2020.json', import.meta.url), 'utf8'),
  ),
);
const start = draftOfRole(devops, devops.roles[0].id, 'draft-x', 'now').framework;
const byId = (rows: DraftRow[]) => new Map(rows.map((row) => [row.skill.id, row]));
const rowsOf = (framework: typeof start, previous?: Map<string, DraftRow>) =>
  draftRows(framework, faultsByPlace(draftProblems(framework)), previous, start);

describe('the editor grid rows', () => {
  it('make anew only the row an edit touched', () => {
    const before = rowsOf(start);
    const skills = start.roles[0].skills;
    const edited = applyEdit(
      start,
      setProficiency(start, 'devops-engineer', skills[3].id, 'expert')!,
    ).framework;
    const after = rowsOf(edited, byId(before));
    expect(after.filter((row, i) => row !== before[i]).map((row) => row.skill.id)).toEqual([skills[3].id]);
    expect(after[3].cells[2]).toMatchObject({ label: 'Expert', levelId: 'devops-engineer' });
  });

  it('mark each cell that differs from the start, with a mark and in words', () => {
    const skills = start.roles[0].skills;
    let now = applyEdit(start, setProficiency(start, 'devops-engineer', skills[0].id, 'expert')!).framework;
    now = applyEdit(now, setProficiency(now, 'apprentice-devops-engineer', skills[0].id, null)!).framework;
    now = applyEdit(
      now,
      setProficiency(now, 'apprentice-devops-engineer', skills[1].id, 'working')!,
    ).framework;
    const rows = rowsOf(now);
    expect(rows[0].cells[2].change).toEqual({
      badge: '▲2',
      words: 'raised 2 steps since the start, from working',
    });
    expect(rows[0].cells[0].change).toEqual({
      badge: 'DROPPED',
      words: 'asked for at the start (awareness), no longer',
    });
    expect(rows[1].cells[0].change).toEqual({ badge: 'NEW', words: 'newly asked for since the start' });
    expect(rows[0].cells[1].change).toBeUndefined();
    expect(rowsOf(start).every((row) => row.cells.every((cell) => !cell.change))).toBe(true);
  });

  it('put a problem at its row and cell, in words', () => {
    const skill = start.roles[0].skills[0];
    const unnamed = applyEdit(start, renameSkill(start, skill.id, '')!).framework;
    const rows = rowsOf(unnamed);
    expect(rows[0].fault).toBe('The skill in row 1 needs a name.');
    // Its requirements name it too, at each level that asks for it.
    expect(rows[0].cells[0].fault).toMatch(/needs a name/);
  });

  it('are, after any edits, what working them out afresh gives', () => {
    const skills = start.roles[0].skills;
    const levels = start.roles[0].levels;
    const edit = fc.tuple(fc.nat(skills.length - 1), fc.nat(levels.length - 1), fc.nat(5));
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 15 }), (edits) => {
        let framework = start;
        let rows = rowsOf(framework);
        for (const [s, l, p] of edits) {
          const role = framework.roles[0];
          const skill = role.skills[s % role.skills.length];
          const change =
            p === 5 && role.skills.length > 1
              ? removeSkill(framework, skill.id)
              : setProficiency(
                  framework,
                  levels[l].id,
                  skill.id,
                  [null, 'awareness', 'working', 'practitioner', 'expert'][p % 5],
                );
          if (change) framework = applyEdit(framework, change).framework;
          rows = rowsOf(framework, byId(rows));
        }
        expect(rows).toEqual(rowsOf(framework));
      }),
      { numRuns: 60 },
    );
  });

  it('of a window are the same rows as those of the whole role, after any edits', () => {
    // A role of 300 skills (the synthetic framework): windows anywhere in it, kept from edit to edit.
    const big = draftOfRole(
      syntheticFramework({ skills: 300, steps: 6, shared: 3, tracks: 2 }),
      'synthetic-role',
      'd',
      'now',
    ).framework;
    const levels = big.roles[0].levels;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(299), fc.nat(levels.length - 1), fc.nat(4), fc.nat(299), fc.nat(250)), {
          minLength: 1,
          maxLength: 8,
        }),
        (steps) => {
          let framework = big;
          let kept = new Map<string, DraftRow>();
          for (const [s, l, p, from, size] of steps) {
            const skill = framework.roles[0].skills[s];
            const change = setProficiency(
              framework,
              levels[l].id,
              skill.id,
              [null, 'awareness', 'working', 'practitioner', 'expert'][p],
            );
            if (change) framework = applyEdit(framework, change).framework;
            const faults = faultsByPlace(draftProblems(framework));
            const window = { from, to: Math.min(300, from + size) };
            const rows = draftRows(framework, faults, kept, big, window);
            expect(rows).toEqual(draftRows(framework, faults, new Map(), big).slice(window.from, window.to));
            kept = byId(rows);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
