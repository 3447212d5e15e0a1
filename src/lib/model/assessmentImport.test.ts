/**
 * Guards what an import of assessments comes to before anything changes: a file of several people's
 * asks whose; one of another role is refused with the reason; one that would replace ratings or a
 * kept snapshot asks first; one that replaces nothing is taken; and the sentences say what happened.
 */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import { assessmentOf, type Assessment } from './assessment';
import { readFileSync } from 'node:fs';
import { carryRatings, carryRecord, offerImport, skippedWords, takenWords } from './assessmentImport';
import { validateFramework } from './schema';
import { indexRole } from './framework';

const index = devopsIndex();
const skill = index.role.skills[0].id;
const of = (date: string, proficiency: string | null, person = '') =>
  assessmentOf(index, [{ skillId: skill, proficiency }], { date, person });
const nothingHeld = { current: null, snapshots: [] as Assessment[] };

describe('offerImport', () => {
  it('asks whose a file of several people is, counting each one’s assessments of the role', () => {
    const found = [
      of('2026-01-01', 'working', 'Ann'),
      of('2026-02-01', 'working', 'ann'),
      of('2026-01-01', null, 'Bo'),
    ];
    const offer = offerImport(index, found, 'team.csv', nothingHeld, '', { name: 'team.csv', text: '' });
    expect(offer.kind).toBe('whose');
    if (offer.kind === 'whose')
      expect(offer.whose.people).toEqual([
        { name: 'Ann', count: 2 },
        { name: 'Bo', count: 1 },
      ]);
  });

  it('refuses an assessment of another role, saying whose role it is and keeping what reading said', () => {
    const other = { ...of('2026-01-01', 'working'), role: { id: 'data-scientist', name: 'Data scientist' } };
    const offer = offerImport(index, [other], 'x.json', nothingHeld, '1 row left out.');
    expect(offer).toEqual({
      kind: 'refused',
      text: expect.stringMatching(
        /^x\.json could not be used: .*Data scientist.*Your assessment is unchanged\. 1 row left out\.$/,
      ),
    });
  });

  it('takes at once what replaces nothing rated, the latest as the assessment and all as snapshots', () => {
    const offer = offerImport(
      index,
      [of('2026-02-01', 'expert'), of('2026-01-01', 'working')],
      'x.csv',
      nothingHeld,
    );
    expect(offer.kind).toBe('take');
    if (offer.kind !== 'take') return;
    expect(offer.ask).toBe(false);
    expect(offer.pending.assessment.date).toBe('2026-02-01');
    expect(offer.pending.snapshots.map((s) => s.date)).toEqual(['2026-01-01', '2026-02-01']);
    expect(offer.pending.added).toBe(2);
  });

  it('asks first when it differs from the ratings being filled in, saying what differs', () => {
    const held = { current: of('2026-03-01', 'awareness'), snapshots: [] };
    const offer = offerImport(index, [of('2026-02-01', 'expert')], 'x.json', held);
    expect(offer.kind === 'take' && offer.ask).toBe(true);
    if (offer.kind === 'take') expect(offer.pending.differs?.length).toBeGreaterThan(0);
  });

  it('asks first when it would replace a kept snapshot of the same day with other ratings', () => {
    const held = { current: null, snapshots: [of('2026-01-01', 'awareness')] };
    const offer = offerImport(
      index,
      [of('2026-01-01', 'expert'), of('2026-02-01', 'expert')],
      'x.json',
      held,
    );
    expect(offer.kind === 'take' && offer.ask).toBe(true);
    if (offer.kind === 'take') expect(offer.pending.replaces).toHaveLength(1);
  });
});

describe('the sentences of an import', () => {
  const pending = {
    assessment: of('2026-02-01', 'expert'),
    snapshots: [],
    from: 'x.csv',
    note: '',
    differs: null,
    replaces: [],
    added: 1,
  };

  it.each([
    [true, 0, 'Read the assessment of 2026-02-01 from x.csv, and 1 snapshot of other dates.'],
    [false, 1, 'Kept your assessment and snapshots; added 1 snapshot of other dates from x.csv.'],
    [false, 0, 'Kept your assessment; nothing from x.csv was used.'],
  ])('says what was taken (replace %s, %i added)', (replace, added, words) => {
    expect(takenWords({ ...pending, added: replace ? 1 : added }, replace)).toBe(words);
  });

  it('lists the first five parts skipped, and how many more', () => {
    const skipped = Array.from({ length: 7 }, (_, i) => ({ where: `line ${i + 2}`, reason: 'bad' }));
    expect(skippedWords('x.csv', skipped, 'row')).toBe(
      '7 rows of x.csv could not be read and are left out: line 2: bad; line 3: bad; line 4: bad; line 5: bad; line 6: bad; and 2 more.',
    );
    expect(skippedWords('x.json', [{ where: 'item 2', reason: 'bad' }], 'assessment')).toBe(
      '1 assessment of x.json could not be read and is left out: item 2: bad.',
    );
    expect(skippedWords('x.json', [], 'assessment')).toBe('');
  });
});

describe('carrying a record to another version of the framework', () => {
  const load = (file: string) =>
    validateFramework(
      JSON.parse(readFileSync(new URL(`../../../static/data/${file}`, import.meta.url), 'utf8')),
    );
  const v2020 = load('devops-engineer-2020.json');
  const v2025 = load('ddat-2025.json');
  const role2025 = v2025.roles.find((r) => r.id === index.role.id)!;
  const to = indexRole(v2025, role2025);
  const mine = assessmentOf(
    indexRole(v2020, v2020.roles[0]),
    [
      { skillId: 'modern-standards-approach', proficiency: 'expert', note: 'Set our standards.' },
      { skillId: 'service-support', proficiency: 'working' },
    ],
    { date: '2026-11-01' },
  );

  it('carries each rating to its skill here, the renamed one under its new id and name, its note kept', () => {
    const { ratings, renamed } = carryRatings(to, mine);
    expect(ratings.map((r) => [r.skill, r.skillName, r.proficiency, r.note])).toEqual([
      ['modern-development-standards', 'Modern development standards', 'expert', 'Set our standards.'],
      ['service-support', 'Service support', 'working', undefined],
    ]);
    expect(renamed).toEqual([['Modern standards approach', 'Modern development standards']]);
  });

  it('carries the assessment and its snapshots, and says what it kept, renamed and could not place', () => {
    const lost = {
      ...mine,
      ratings: [...mine.ratings, { skill: 'juggling', skillName: 'Juggling', proficiency: 'expert' }],
    };
    const carried = carryRecord(to, { current: lost, snapshots: [mine] }, 'the 2020 version');
    expect(carried.current?.framework.id).toBe('ddat-2025');
    expect(carried.snapshots.map((s) => s.ratings[0].skill)).toEqual(['modern-development-standards']);
    expect(carried.current?.ratings).toHaveLength(3);
    expect(carried.text).toBe(
      'Your assessment of this role in the 2020 version is carried to this version, with 1 snapshot, and kept here: 1 rating kept under the same skill; "Modern standards approach" is carried as "Modern development standards", its name in this version; "Juggling" is no longer asked for: kept, and listed below. The one kept for the 2020 version is unchanged.',
    );
  });
});
