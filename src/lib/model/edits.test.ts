import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit, EditError, type Edit } from './edits';
import {
  addProficiency,
  addSkill,
  removeProficiency,
  copyLevelAsNext,
  fill,
  moveSkill,
  pasteDescriptions,
  proficiencyForKey,
  removeLevel,
  removeSkill,
  renameLevel,
  renameSkill,
  setDescription,
  setProficiency,
  stepProficiency,
} from './draftActions';
import { blankDraft, doEdit, draftOfGrid, draftOfRole, NO_HISTORY, redoEdit, undoEdit } from './draft';
import { draftProblems } from './draftChecks';
import { draftChanges } from './draftChanges';
import { serialiseFramework } from './serialise';
import { validateFramework, frameworkProblems } from './schema';
import type { Framework } from './types';

const devops = validateFramework(
  JSON.parse(
    readFileSync(new URL('../../../static/data/devops-engineer-2020.json', import.meta.url), 'utf8'),
  ),
);
const ROLE = devops.roles[0].id;
const start = draftOfRole(devops, ROLE, 'draft-1', '2026-12-07T10:00:00Z').framework;
const role = (framework: Framework) => framework.roles[0];
const cell = (framework: Framework, levelId: string, skillId: string) =>
  role(framework).requirements.find((r) => r.levelId === levelId && r.skillId === skillId);
const JUNIOR = 'junior-devops-engineer';
const SKILL = role(start).skills[0].id;

describe('a copy of a role', () => {
  it('is the role as the source has it, on its scale and tracks, and loads as a framework', () => {
    expect(role(start)).toBe(devops.roles[0]);
    expect(start.proficiencies).toBe(devops.proficiencies);
    expect(start.tracks.map((t) => t.id)).toEqual(['technical', 'management']);
    expect(frameworkProblems(start)).toEqual([]);
    expect(draftProblems(start)).toEqual([]);
  });
});

describe('the actions', () => {
  it('set a proficiency from a key: a digit is a rank, a letter a name, 0 none', () => {
    expect(proficiencyForKey(start, '1')).toBe('awareness');
    expect(proficiencyForKey(start, '4')).toBe('expert');
    expect(proficiencyForKey(start, 'p')).toBe('practitioner');
    expect(proficiencyForKey(start, 'W')).toBe('working');
    expect(proficiencyForKey(start, '0')).toBeNull();
    expect(proficiencyForKey(start, '5')).toBeUndefined();
    expect(proficiencyForKey(start, 'z')).toBeUndefined();
  });

  it('raise a requirement a step, keeping its description, and lower it to none', () => {
    const before = cell(start, JUNIOR, SKILL)!;
    const up = applyEdit(start, stepProficiency(start, JUNIOR, SKILL, 1)!).framework;
    expect(before.proficiency).toBe('awareness');
    expect(cell(up, JUNIOR, SKILL)).toEqual({ ...before, proficiency: 'working' });
    const down = applyEdit(start, stepProficiency(start, JUNIOR, SKILL, -1)!).framework;
    expect(cell(down, JUNIOR, SKILL)).toBeUndefined();
    expect(stepProficiency(down, JUNIOR, SKILL, -1)).toBeNull();
  });

  it('set nothing when the proficiency is the one asked already', () => {
    expect(setProficiency(start, JUNIOR, SKILL, cell(start, JUNIOR, SKILL)!.proficiency)).toBeNull();
  });

  it('rename a skill and the names its requirements used, not its track variants', () => {
    const renamed = applyEdit(start, renameSkill(start, SKILL, 'Uptime')!).framework;
    expect(role(renamed).skills[0].name).toBe('Uptime');
    const names = role(renamed)
      .requirements.filter((r) => r.skillId === SKILL)
      .map((r) => r.skillName);
    expect(names.every((name) => name === 'Uptime')).toBe(true);
  });

  it('rename a step of the ladder on every track', () => {
    const renamed = applyEdit(
      start,
      renameLevel(start, 'senior-devops-engineer-technical', 'Senior')!,
    ).framework;
    expect(
      role(renamed)
        .levels.filter((l) => l.name === 'Senior')
        .map((l) => l.id),
    ).toEqual(['senior-devops-engineer-technical', 'senior-devops-engineer-management']);
  });

  it('copy a level to make the next one: above it, asking the same, the levels above a step higher', () => {
    const copied = applyEdit(start, copyLevelAsNext(start, JUNIOR)!).framework;
    const levels = role(copied).levels;
    const copy = levels[2];
    expect(copy).toMatchObject({ name: 'New level', seniority: 2, track: null, next: ['devops-engineer'] });
    expect(levels[1].next).toEqual([copy.id]);
    expect(levels.find((l) => l.id === 'devops-engineer')!.seniority).toBe(3);
    const asked = (levelId: string) =>
      role(copied)
        .requirements.filter((r) => r.levelId === levelId)
        .map((r) => [r.skillId, r.proficiency, r.description]);
    expect(asked(copy.id)).toEqual(asked(JUNIOR));
    expect(draftProblems(copied)).toEqual([]);
  });

  it('remove a level and join the pathway across the gap', () => {
    const removed = applyEdit(start, removeLevel(start, 'devops-engineer')!).framework;
    expect(role(removed).levels.map((l) => l.id)).not.toContain('devops-engineer');
    expect(role(removed).levels[1].next).toEqual([
      'senior-devops-engineer-technical',
      'senior-devops-engineer-management',
    ]);
    expect(role(removed).requirements.some((r) => r.levelId === 'devops-engineer')).toBe(false);
    expect(frameworkProblems(removed)).toEqual([]);
  });

  it('remove a skill with its requirements; add one asked for by no level', () => {
    const removed = applyEdit(start, removeSkill(start, SKILL)!).framework;
    expect(role(removed).skills).toHaveLength(9);
    expect(role(removed).requirements.some((r) => r.skillId === SKILL)).toBe(false);
    const added = applyEdit(start, addSkill(start)).framework;
    expect(role(added).skills.at(-1)).toEqual({ id: 'new-skill', name: 'New skill' });
    const again = applyEdit(added, addSkill(added)).framework;
    expect(role(again).skills.at(-1)).toEqual({ id: 'new-skill-2', name: 'New skill 2' });
  });

  it('fill a column with one proficiency, and paste a column of descriptions', () => {
    const filled = applyEdit(start, fill(start, { levelId: JUNIOR }, 'expert')!).framework;
    expect(role(filled).skills.every((s) => cell(filled, JUNIOR, s.id)?.proficiency === 'expert')).toBe(true);
    const skills = role(start).skills;
    const { edit, skipped } = pasteDescriptions(start, JUNIOR, skills[1].id, 'One\r\nTwo\n');
    const pasted = applyEdit(start, edit!).framework;
    // The junior level asks nothing of the second skill: its line sets nothing, and is counted.
    expect(cell(pasted, JUNIOR, skills[1].id)).toBeUndefined();
    expect(skipped).toBe(1);
    expect(cell(pasted, JUNIOR, skills[2].id)!.description).toBe('Two');
    expect(cell(pasted, JUNIOR, skills[3].id)!.description).toBe(
      cell(start, JUNIOR, skills[3].id)!.description,
    );
  });

  it('refuse an edit whose target is gone, rather than edit something else', () => {
    expect(() => applyEdit(start, { kind: 'skill', skillId: 'gone', field: 'name', value: 'x' })).toThrow(
      EditError,
    );
    expect(() => applyEdit(start, { kind: 'delete-skill', skillId: SKILL })).toThrow(
      /still has requirements/,
    );
  });
});

describe('the scale', () => {
  it('takes a step at the top, and gives up a step no level asks for, the steps above moving down', () => {
    const added = applyEdit(start, addProficiency(start)).framework;
    expect(added.proficiencies.at(-1)).toEqual({
      id: 'new-proficiency',
      name: 'New proficiency',
      rank: 5,
      definition: '',
    });
    // "Working" cannot go while levels ask for it; once none does, it can, and the steps above move down.
    expect(removeProficiency(start, 'working')).toBeNull();
    let none = start;
    for (const r of role(start).requirements.filter((q) => q.proficiency === 'working'))
      none = applyEdit(none, setProficiency(none, r.levelId, r.skillId, 'awareness')!).framework;
    const removed = applyEdit(none, removeProficiency(none, 'working')!).framework;
    expect(removed.proficiencies.map((p) => [p.id, p.rank])).toEqual([
      ['awareness', 1],
      ['practitioner', 2],
      ['expert', 3],
    ]);
    expect(frameworkProblems(removed)).toEqual([]);
  });
});

describe('undo and redo', () => {
  it('undo an edit and redo it', () => {
    const done = doEdit(start, NO_HISTORY, setDescription(start, JUNIOR, SKILL, 'New words')!);
    const undone = undoEdit(done.framework, done.history)!;
    expect(undone.framework).toStrictEqual(start);
    const redone = redoEdit(undone.framework, undone.history)!;
    expect(redone.framework).toStrictEqual(done.framework);
    expect(undoEdit(start, NO_HISTORY)).toBeNull();
    expect(redoEdit(start, NO_HISTORY)).toBeNull();
  });

  it('a new edit after an undo forgets what could be redone', () => {
    const done = doEdit(start, NO_HISTORY, moveSkill(start, SKILL, 1)!);
    const undone = undoEdit(done.framework, done.history)!;
    const other = doEdit(undone.framework, undone.history, addSkill(undone.framework));
    expect(other.history.redo).toEqual([]);
  });

  /** An action chosen by numbers, read against the draft as it is when it comes. */
  const action = fc.tuple(fc.nat(16), fc.nat(40), fc.nat(40), fc.nat(5));
  const edit = (draft: Framework, [kind, a, b, c]: [number, number, number, number]): Edit | null => {
    const { levels, skills } = role(draft);
    const level = levels[a % levels.length];
    const skill = skills[b % skills.length];
    const proficiency = c === 0 ? null : (draft.proficiencies[c % draft.proficiencies.length]?.id ?? null);
    if (!level || !skill) return addSkill(draft);
    switch (kind) {
      case 0:
        return setProficiency(draft, level.id, skill.id, proficiency);
      case 1:
        return stepProficiency(draft, level.id, skill.id, c % 2 === 0 ? 1 : -1);
      case 2:
        return setDescription(draft, level.id, skill.id, `Words ${a}`);
      case 3:
        return renameSkill(draft, skill.id, `Skill ${a}`);
      case 4:
        return renameLevel(draft, level.id, `Level ${b}`);
      case 5:
        return addSkill(draft, undefined, a % (skills.length + 1));
      case 6:
        return skills.length > 1 ? removeSkill(draft, skill.id) : null;
      case 7:
        return moveSkill(draft, skill.id, c - 2);
      case 8:
        return copyLevelAsNext(draft, level.id);
      case 9:
        return levels.length > 1 ? removeLevel(draft, level.id) : null;
      case 10:
        return fill(draft, c % 2 === 0 ? { levelId: level.id } : { skillId: skill.id }, proficiency);
      case 11:
        return { kind: 'move-level', levelId: level.id, to: b % levels.length };
      case 12:
        return {
          kind: 'proficiency',
          id: draft.proficiencies[c % draft.proficiencies.length].id,
          field: 'definition',
          value: `D${a}`,
        };
      case 13:
        return {
          kind: 'move-track',
          id: draft.tracks[a % draft.tracks.length].id,
          to: b % draft.tracks.length,
        };
      case 14:
        return addProficiency(draft);
      case 15:
        return removeProficiency(draft, draft.proficiencies[c % draft.proficiencies.length].id);
      default:
        return { kind: 'role', field: 'introduction', value: [`Intro ${a}`] };
    }
  };

  it('any sequence of edits, then every undo, gives back the start; every redo gives back the end', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let framework = start;
        let history = NO_HISTORY;
        for (const a of actions) {
          const next = edit(framework, a);
          if (next) ({ framework, history } = doEdit(framework, history, next));
        }
        const end = framework;
        for (let undone = undoEdit(framework, history); undone; undone = undoEdit(framework, history))
          ({ framework, history } = undone);
        expect(framework).toStrictEqual(start);
        for (let redone = redoEdit(framework, history); redone; redone = redoEdit(framework, history))
          ({ framework, history } = redone);
        expect(framework).toStrictEqual(end);
      }),
      { numRuns: 150 },
    );
  });

  it('any edited draft the loader accepts loads back from its JSON identically', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 20 }), (actions) => {
        let framework = start;
        for (const a of actions) {
          const next = edit(framework, a);
          if (next) framework = applyEdit(framework, next).framework;
        }
        fc.pre(frameworkProblems(framework).length === 0);
        expect(validateFramework(JSON.parse(serialiseFramework(framework)))).toStrictEqual(framework);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the checks, in words at their place', () => {
  const at = (framework: Framework) => draftProblems(framework).map((p) => [p.place, p.message]);

  it('a level that asks for no skill', () => {
    const blank = blankDraft(devops, 'blank', 'now').framework;
    expect(at(blank)[0]).toEqual([
      { kind: 'level', levelId: 'level-1' },
      'The level "Level 1" asks for no skill: give it at least one proficiency.',
    ]);
  });

  it('two steps of one name, at the level', () => {
    const renamed = applyEdit(start, {
      kind: 'level',
      levelId: JUNIOR,
      field: 'name',
      value: 'DevOps engineer',
    }).framework;
    expect(at(renamed)).toEqual([
      [
        { kind: 'level', levelId: 'devops-engineer' },
        'The level in column 3 ("DevOps engineer"): two levels named "DevOps engineer" have different seniorities (1 and 2): levels that share a name are one step, on different tracks.',
      ],
    ]);
  });

  it('a skill with no name', () => {
    const unnamed = applyEdit(start, renameSkill(start, SKILL, '')!).framework;
    expect(at(unnamed)[0]).toEqual([{ kind: 'skill', skillId: SKILL }, 'The skill in row 1 needs a name.']);
  });

  it('a track called "all"', () => {
    const all = applyEdit(start, {
      kind: 'insert-track',
      at: 2,
      track: { id: 'all', name: 'All' },
    }).framework;
    expect(at(all)).toEqual([
      [
        { kind: 'track', id: 'all' },
        'The track "All": "all" is not a track id: links use it for every track.',
      ],
    ]);
  });
});

describe('a pasted grid', () => {
  it('reads levels across, skills down, proficiencies by name, letter or rank, and lists what it cannot read', () => {
    const text = '\tJunior\tSenior\nCoding\tAwareness\tp\nTesting\t1\tmaybe\n';
    const { draft, problems } = draftOfGrid(text, devops, 'grid', 'now');
    const r = role(draft.framework);
    expect(r.levels.map((l) => [l.id, l.name, l.seniority, l.next])).toEqual([
      ['junior', 'Junior', 0, ['senior']],
      ['senior', 'Senior', 1, []],
    ]);
    expect(r.skills.map((s) => s.name)).toEqual(['Coding', 'Testing']);
    expect(r.requirements.map((q) => [q.levelId, q.skillId, q.proficiency])).toEqual([
      ['junior', 'coding', 'awareness'],
      ['senior', 'coding', 'practitioner'],
      ['junior', 'testing', 'awareness'],
    ]);
    expect(problems).toEqual([{ line: 3, column: 3, text: 'maybe' }]);
  });

  it('refuses a grid with no level names, saying what it needs', () => {
    expect(() => draftOfGrid('Coding\n', devops, 'grid', 'now')).toThrow(/first row of level names/);
  });
});

describe('what a draft changed, in words', () => {
  it('says nothing changed at the start, then the diff, and the renames the diff does not', () => {
    expect(draftChanges(start, start)).toMatchObject({ none: true });
    let now = applyEdit(start, stepProficiency(start, JUNIOR, SKILL, 1)!).framework;
    now = applyEdit(now, renameLevel(now, 'senior-devops-engineer-technical', 'Senior')!).framework;
    now = applyEdit(now, { kind: 'role', field: 'name', value: 'Platform engineer' }).framework;
    now = applyEdit(now, {
      kind: 'proficiency',
      id: 'expert',
      field: 'definition',
      value: 'Leads.',
    }).framework;
    const { sentences, none } = draftChanges(start, now);
    expect(none).toBe(false);
    expect(sentences).toEqual([
      '1 requirement of 85 changed: 1 requirement raised.',
      'Levels renamed: Senior DevOps engineer → Senior.',
      'The role renamed: Development operations (DevOps) engineer → Platform engineer.',
      "The scale's words changed for Expert.",
    ]);
  });
});

describe('what a draft changed beside the grid, in words', () => {
  it('says tracks and steps of the scale added, and a change of words alone', () => {
    const blank = blankDraft(devops, 'blank', 'now').framework;
    let now = applyEdit(blank, {
      kind: 'insert-track',
      at: 0,
      track: { id: 'specialist', name: 'Specialist' },
    }).framework;
    now = applyEdit(now, addProficiency(now)).framework;
    expect(draftChanges(blank, now).sentences).toEqual([
      'Steps of the scale added: New proficiency.',
      'Tracks added: Specialist.',
    ]);
    const worded = applyEdit(blank, { kind: 'role', field: 'introduction', value: ['Hello.'] }).framework;
    expect(draftChanges(blank, worded).sentences).toEqual([
      "No requirement changed: only words beside the grid (the role's, a level's) or an order.",
    ]);
  });
});
