/**
 * The keeper of a self-assessment: every change is kept (in IndexedDB, an in-memory stand-in here),
 * files and links read back what they wrote, bad input leaves what the person had, and Delete
 * really deletes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { devopsFramework } from '../../../tests/unit/fixtures';
import { Explorer } from './explorer.svelte';
import { SelfAssessment, today } from './selfAssessment.svelte';
import type { AssessmentRecord } from './assessmentStore';
import * as store from './assessmentStore';
import { assessmentFragment } from '../model/assessmentLink';
import { readFileSync } from 'node:fs';
import { validateFramework } from '../model/schema';

const stored = new Map<string, unknown>();
const aside = new Map<string, unknown>();
// The store as IndexedDB keeps it: each change made to the record as stored, its revision counted.
vi.mock('./assessmentStore', async () => {
  const { readKeptRecord } = await import('../model/assessmentRecord');
  class UnreadableRecord extends Error {}
  return {
    readRecord: async (key: string) => structuredClone(stored.get(key)),
    changeRecord: async (key: string, change: (r: AssessmentRecord) => AssessmentRecord) => {
      const { record, unreadable } = readKeptRecord(structuredClone(stored.get(key)));
      if (unreadable) throw new UnreadableRecord('not readable');
      const written = { ...change(record), rev: (record.rev ?? 0) + 1 };
      stored.set(key, structuredClone(written));
      return written;
    },
    setAside: async (key: string, raw: unknown, readable: AssessmentRecord) => {
      aside.set(key, structuredClone(raw));
      stored.set(key, { ...readable, rev: (readable.rev ?? 0) + 1 });
      return key;
    },
    deleteRecord: async (key: string) => void stored.delete(key),
    deleteEveryRecord: async () => stored.clear(),
    onOtherTabWrite: () => () => {},
    UnreadableRecord,
  };
});
const record = (key: string) => stored.get(key) as AssessmentRecord;

const framework = devopsFramework();
const role = framework.roles[0];
const KEY = `${framework.id}/${role.id}`;
const devopsEngineer = role.levels.find((l) => l.name === 'DevOps engineer')!;

async function keeperOf() {
  const explorer = new Explorer();
  explorer.load(framework);
  const keeper = new SelfAssessment(explorer);
  explorer.selfAssessment = keeper;
  await keeper.open(framework.id, role.id);
  return { explorer, keeper };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ddat2025 = validateFramework(
  JSON.parse(readFileSync(new URL('../../../static/data/ddat-2025.json', import.meta.url), 'utf8')),
);
/** A page on the 2025 DevOps role, its keeper open. */
async function keeperOn2025() {
  const explorer = new Explorer();
  explorer.load(ddat2025);
  explorer.roleId = role.id;
  const keeper = new SelfAssessment(explorer);
  explorer.selfAssessment = keeper;
  await keeper.open(ddat2025.id, role.id);
  return { explorer, keeper };
}

beforeEach(() => {
  stored.clear();
  aside.clear();
});

describe('filling in', () => {
  it('keeps every rating and note as it is made, and reads them back on the next visit', async () => {
    const { explorer, keeper } = await keeperOf();
    expect(explorer.assessment).toBeNull();
    await keeper.startFrom(devopsEngineer.id);
    await keeper.rate('user-focus', 'practitioner');
    await keeper.note('user-focus', 'Ran three research sessions.');
    expect(explorer.you!.ratings.find((r) => r.skillId === 'user-focus')).toEqual({
      skillId: 'user-focus',
      proficiency: 'practitioner',
      note: 'Ran three research sessions.',
    });
    expect(record(KEY).current!.date).toBe(today());
    const again = await keeperOf();
    expect(again.explorer.assessment).toEqual(explorer.assessment);
  });

  it('keeps notes when starting again from another level, and one snapshot a day', async () => {
    const { explorer, keeper } = await keeperOf();
    await keeper.begin();
    await keeper.note('user-focus', 'Evidence');
    await keeper.startFrom(role.levels[0].id);
    expect(explorer.you!.ratings.find((r) => r.skillId === 'user-focus')?.note).toBe('Evidence');
    await keeper.snapshot();
    await keeper.rate('user-focus', 'expert');
    await keeper.snapshot();
    expect(keeper.snapshots).toHaveLength(1);
    expect(keeper.snapshots[0].ratings.find((r) => r.skill === 'user-focus')?.proficiency).toBe('expert');
  });

  it("shows no role another role's assessment, nor writes to it, while switching", async () => {
    const { explorer, keeper } = await keeperOf();
    await keeper.startFrom(devopsEngineer.id);
    const other = { ...framework, id: 'other-framework' };
    explorer.load(other);
    const opening = keeper.open(other.id, role.id);
    expect(explorer.you).toBeNull();
    await opening;
    await keeper.rate('user-focus', 'expert');
    expect(record(KEY).current!.ratings.find((r) => r.skill === 'user-focus')?.proficiency).toBe('working');
    expect(record(`other-framework/${role.id}`).current!.framework.id).toBe('other-framework');
  });

  it("deletes this role's assessment and its snapshots from storage", async () => {
    const { explorer, keeper } = await keeperOf();
    await keeper.startFrom(devopsEngineer.id);
    await keeper.snapshot();
    expect(stored.has(KEY)).toBe(true);
    await keeper.delete();
    expect(stored.has(KEY)).toBe(false);
    expect(explorer.assessment).toBeNull();
    expect(keeper.snapshots).toEqual([]);
  });
});

describe('files and links', () => {
  async function filled() {
    const made = await keeperOf();
    await made.keeper.startFrom(devopsEngineer.id);
    await made.keeper.rate('service-support', 'expert');
    await made.keeper.note('service-support', 'Led the incident reviews, "with quotes", and commas.');
    await made.keeper.setTarget('senior-devops-engineer-technical');
    return made;
  }

  it('reads back its own JSON file and its own CSV identically', async () => {
    const { explorer, keeper } = await filled();
    const json = await keeper.jsonFile().blob.text();
    const csv = (await keeper.csvFile().blob.text()).replace(/^\uFEFF/, '');
    for (const [name, text] of [
      ['mine.json', json],
      ['mine.csv', csv],
    ]) {
      stored.clear();
      const fresh = await keeperOf();
      fresh.keeper.importText(name, text);
      await settle();
      expect(fresh.explorer.assessment, name).toEqual(explorer.assessment);
      expect(fresh.keeper.status?.kind, name).toBe('done');
    }
  });

  it('reads a share link back with the same ratings and target (notes stay out of links)', async () => {
    const { explorer } = await filled();
    const fresh = await keeperOf();
    fresh.keeper.importLink(`#${assessmentFragment(explorer.assessment!)}`);
    await settle();
    const strip = (a: typeof explorer.assessment) =>
      a!.ratings.map(({ skill, skillName, proficiency }) => ({ skill, skillName, proficiency }));
    expect(strip(fresh.explorer.assessment)).toEqual(strip(explorer.assessment));
    expect(fresh.explorer.assessment!.target).toBe('senior-devops-engineer-technical');
  });

  it('asks before an import replaces ratings you have, and keeps yours when told to', async () => {
    const { explorer, keeper } = await filled();
    const before = explorer.assessment;
    const other = {
      ...before!,
      date: '2026-01-05',
      ratings: before!.ratings.map((r) => ({ ...r, proficiency: null })),
    };
    keeper.importText('old.json', JSON.stringify(other));
    expect(keeper.pending?.assessment.date).toBe('2026-01-05');
    expect(explorer.assessment).toBe(before);
    keeper.answerPending(false);
    expect(explorer.assessment).toBe(before);
    keeper.importText('old.json', JSON.stringify(other));
    keeper.answerPending(true);
    await settle();
    expect(explorer.assessment!.date).toBe('2026-01-05');
  });

  it.each([
    ['broken.json', '{"format": "pathway', /broken\.json could not be used: it is not JSON/],
    ['huge.json', `{"x": "${'a'.repeat(1024 * 1024)}"}`, /at most 1 MB/],
    [
      'wrong.json',
      JSON.stringify({
        format: 'pathway-explorer-assessment',
        formatVersion: 1,
        framework: { id: 'x', name: 'X' },
      }),
      /wrong\.json could not be used: role/,
    ],
    ['bad.csv', 'person,framework\nme,x\n', /bad\.csv could not be used: .*column/],
  ])('leaves your assessment as it was for %s, saying what is wrong', async (name, text, message) => {
    const { explorer, keeper } = await filled();
    const before = explorer.assessment;
    keeper.importText(name, text);
    expect(keeper.status).toMatchObject({ kind: 'problem', text: expect.stringMatching(message) });
    expect(keeper.status!.text).toMatch(/Your assessment is unchanged\.$/);
    expect(explorer.assessment).toBe(before);
    expect(keeper.pending).toBeNull();
  });

  it('says an assessment of another role is for that role, and does not use it', async () => {
    const { explorer, keeper } = await filled();
    const before = explorer.assessment;
    const elsewhere = {
      ...before!,
      role: { id: 'site-reliability-engineer', name: 'Site reliability engineer' },
    };
    keeper.importText('sre.json', JSON.stringify(elsewhere));
    expect(keeper.status!.text).toMatch(/for the role Site reliability engineer, not Development operations/);
    expect(explorer.assessment).toBe(before);
  });

  it('keeps ratings of skills the role no longer has, and says which', async () => {
    const { explorer, keeper } = await filled();
    const old = {
      ...explorer.assessment!,
      ratings: [
        ...explorer.assessment!.ratings,
        { skill: 'it-infrastructure', skillName: 'IT infrastructure', proficiency: 'working' },
      ],
    };
    stored.clear();
    const fresh = await keeperOf();
    fresh.keeper.importText('2020.json', JSON.stringify(old));
    await settle();
    expect(fresh.explorer.you!.mismatches).toEqual([
      expect.objectContaining({ why: 'the role has no skill "IT infrastructure" now' }),
    ]);
    expect(fresh.explorer.assessment!.ratings).toHaveLength(11);
    void keeper;
  });

  it('carries the assessment kept for the 2020 page to the 2025 role when that has none, and leaves the 2020 one as it was', async () => {
    const { explorer, keeper: first } = await filled();
    await first.snapshot();
    const kept2020 = JSON.stringify(explorer.assessment);
    const { explorer: later, keeper } = await keeperOn2025();
    await settle();
    expect(later.assessment!.framework.id).toBe('ddat-2025');
    expect(later.you!.ratings).toHaveLength(10);
    expect(later.you!.mismatches).toEqual([]);
    expect(keeper.snapshots).toHaveLength(1);
    expect(keeper.status!.text).toBe(
      'Your assessment of this role in the version of 7 January 2020 (GOV.UK role page) is carried to this version, with 1 snapshot, and kept here: 9 ratings kept under the same skill; "Modern standards approach" is carried as "Modern development standards", its name in this version. The one kept for the version of 7 January 2020 (GOV.UK role page) is unchanged.',
    );
    // Kept for 2025 in this browser: a page opened later reads it from there.
    const { explorer: again } = await keeperOn2025();
    expect(again.assessment!.ratings.map((r) => r.skill)).toContain('modern-development-standards');
    // The 2020 record is as it was.
    const back = new Explorer();
    back.load(framework);
    back.roleId = role.id;
    await new SelfAssessment(back).open(explorer.framework!.id, role.id);
    expect(JSON.stringify(back.assessment)).toBe(kept2020);
  });

  it('says so when the carried assessment cannot be kept in this version, and shows it all the same', async () => {
    await filled();
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const refused = vi.spyOn(store, 'changeRecord').mockRejectedValueOnce(full);
    const { explorer: later, keeper } = await keeperOn2025();
    await settle();
    expect(keeper.status).toEqual({
      kind: 'problem',
      text: "Your assessment of this role in the version of 7 January 2020 (GOV.UK role page), carried to this version, is shown but could not be kept in this browser: this browser's storage for the app is full.",
    });
    expect(later.assessment!.framework.id).toBe('ddat-2025');
    refused.mockRestore();
  });

  it('does not carry the 2020 assessment back over a deletion in 2025, and says so', async () => {
    await filled();
    const { explorer: later, keeper } = await keeperOn2025();
    await settle();
    expect(later.assessment!.framework.id).toBe('ddat-2025');
    await keeper.delete();
    expect(keeper.status!.text).toBe(
      'Your assessment of this role is deleted from this browser. The one kept for the version of 7 January 2020 (GOV.UK role page) is not carried here again; it is unchanged.',
    );
    // Opened again: nothing, as the person asked; the 2020 one is still there.
    const { explorer: again } = await keeperOn2025();
    await settle();
    expect(again.assessment).toBeNull();
    const back = new Explorer();
    back.load(framework);
    back.roleId = role.id;
    await new SelfAssessment(back).open(framework.id, role.id);
    expect(back.assessment?.framework.id).toBe(framework.id);
  });

  it('takes a 2020 DevOps assessment into the 2025 role, carrying the rating of a renamed skill to its new name and saying so', async () => {
    const { explorer } = await filled();
    const from2020 = JSON.stringify(explorer.assessment);
    // The file is taken to another browser, which keeps nothing of the 2020 page.
    stored.clear();
    const { explorer: later, keeper } = await keeperOn2025();
    keeper.importText('devops-2020.json', from2020);
    await settle();
    expect(later.assessment!.framework.id).toBe('ddat-2025');
    expect(keeper.status!.text).toMatch(
      /It was made against DDaT Capability Framework \(ddat-devops-engineer-2020\)/,
    );
    // "Modern standards approach" (2020) is "Modern development standards" in 2025: carried, said.
    expect(keeper.status!.text).toContain(
      '"Modern standards approach" is carried as "Modern development standards", its name in this version.',
    );
    expect(later.you!.mismatches).toEqual([]);
    expect(later.you!.ratings).toHaveLength(10);
    const carried = later.you!.ratings.find((r) => r.skillId === 'modern-development-standards');
    const was = explorer.assessment!.ratings.find((r) => r.skill === 'modern-standards-approach');
    expect(was?.proficiency).toMatch(/\w/);
    expect(carried?.proficiency).toBe(was?.proficiency);
    await keeper.dropMismatches();
    expect(later.assessment!.ratings).toHaveLength(10);
  });
});

describe("people's data under concurrency, imports and faults", () => {
  const rated = (
    assessment: { ratings: { skill: string; proficiency: string | null }[] } | null,
    skill: string,
  ) => assessment?.ratings.find((r) => r.skill === skill)?.proficiency;

  it("two tabs' changes both hold: a stale tab's change is made to the newer record, and it says so", async () => {
    const a = await keeperOf();
    await a.keeper.startFrom(devopsEngineer.id);
    const b = await keeperOf(); // the second tab reads the record as it is now
    await a.keeper.rate('user-focus', 'expert'); // b has not seen this
    await b.keeper.rate('prototyping', 'expert');
    expect(rated(record(KEY).current, 'user-focus')).toBe('expert');
    expect(rated(record(KEY).current, 'prototyping')).toBe('expert');
    // The stale tab now shows both, and says why.
    expect(rated(b.explorer.assessment, 'user-focus')).toBe('expert');
    expect(b.keeper.status?.text).toMatch(/^Another tab had changed this assessment/);
  });

  it('a tab removing a snapshot never removes the one another tab just saved', async () => {
    const a = await keeperOf();
    await a.keeper.startFrom(devopsEngineer.id);
    const b = await keeperOf();
    await a.keeper.snapshot();
    await b.keeper.rate('user-focus', 'expert');
    expect(record(KEY).snapshots).toHaveLength(1);
  });

  it('asks before an import replaces a snapshot kept for the same day, with what differs', async () => {
    const { explorer, keeper } = await keeperOf();
    await keeper.startFrom(devopsEngineer.id);
    await keeper.snapshot();
    const mine = explorer.assessment!;
    const day = mine.date;
    const theirs = {
      ...mine,
      ratings: mine.ratings.map((r) => (r.skill === 'user-focus' ? { ...r, proficiency: 'expert' } : r)),
    };
    const older = { ...mine, date: '2020-01-01' };
    // The file's history: an older day, and today (differing), read as its latest and its snapshots.
    keeper.importText('history.json', JSON.stringify([older, theirs]));
    expect(keeper.pending?.replaces).toEqual([
      { date: day, source: 'self', differences: ['User focus: Working → Expert'] },
    ]);
    expect(keeper.pending?.differs).toEqual(['User focus: Working → Expert']);
    // Keep mine: only the older day is added; today's snapshot and the assessment stay as they were.
    keeper.answerPending(false);
    await settle();
    expect(rated(explorer.assessment, 'user-focus')).toBe('working');
    expect(record(KEY).snapshots.map((s) => [s.date, rated(s, 'user-focus')])).toEqual([
      ['2020-01-01', 'working'],
      [day, 'working'],
    ]);
    expect(keeper.status?.text).toMatch(
      /^Kept your assessment and snapshots; added 1 snapshot of other dates/,
    );
  });

  it('asks whose assessment a file of several people holds, and opens only the one chosen', async () => {
    const { explorer, keeper } = await keeperOf();
    await keeper.startFrom(devopsEngineer.id);
    const sam = { ...explorer.assessment!, person: 'Sam' };
    const kim = { ...sam, person: 'Kim', ratings: sam.ratings.map((r) => ({ ...r, proficiency: 'expert' })) };
    await keeper.delete();
    keeper.importText('team.json', JSON.stringify([sam, kim]));
    expect(explorer.assessment).toBeNull();
    expect(keeper.whose?.people).toEqual([
      { name: 'Sam', count: 1 },
      { name: 'Kim', count: 1 },
    ]);
    keeper.chooseWhose('Kim');
    await settle();
    expect(explorer.assessment?.person).toBe('Kim');
    expect(rated(explorer.assessment, 'user-focus')).toBe('expert');
  });

  it('sets aside a kept record that does not read, opens the rest, and never writes over it', async () => {
    const good = (await keeperOf()).keeper;
    await good.startFrom(devopsEngineer.id);
    const kept = record(KEY);
    const broken = { ...kept, snapshots: [{ date: 'not a snapshot' }] };
    stored.set(KEY, broken);
    const { explorer, keeper } = await keeperOf();
    expect(explorer.assessment).toEqual(kept.current);
    expect(aside.get(KEY)).toEqual(broken);
    expect(keeper.status?.text).toMatch(/could not be read \(1 snapshot\)\. It is set aside, not deleted/);
    expect(JSON.parse(await keeper.setAsideFile()!.blob.text())).toEqual(broken);
  });

  it('says a write that fails, and shows the change for the visit', async () => {
    const { explorer, keeper } = await keeperOf();
    stored.set(KEY, 'garbage written by something else');
    await keeper.rate('user-focus', 'expert');
    expect(rated(explorer.assessment, 'user-focus')).toBe('expert');
    expect(keeper.status).toMatchObject({
      kind: 'problem',
      text: expect.stringMatching(/^Your change is shown but not kept/),
    });
    expect(stored.get(KEY)).toBe('garbage written by something else');
  });
});

describe('typing a note', () => {
  it('never takes the page back to an earlier keystroke while the later ones are written', async () => {
    const { explorer, keeper } = await keeperOf();
    await keeper.begin();
    const note = () => explorer.you!.ratings.find((r) => r.skillId === 'user-focus')?.note;
    const first = keeper.note('user-focus', 'R');
    const second = keeper.note('user-focus', 'Ra');
    await first;
    expect(note()).toBe('Ra');
    await second;
    expect(note()).toBe('Ra');
    expect(record(KEY).current!.ratings.find((r) => r.skill === 'user-focus')?.note).toBe('Ra');
  });
});
