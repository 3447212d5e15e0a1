/**
 * Guards what an import of assessments comes to before anything changes: a file of several people's
 * asks whose; one of another role is refused with the reason; one that would replace ratings or a
 * kept snapshot asks first; one that replaces nothing is taken; and the sentences say what happened.
 */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import { assessmentOf, type Assessment } from './assessment';
import { offerImport, skippedWords, takenWords } from './assessmentImport';

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
