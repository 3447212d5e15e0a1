/** Guards the detail panel's words: previous level, change, and the word-level diff. */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import { cellDetail, describeSelection } from './detail';
import { trackPhrase } from './framework';
import { wordDiff } from './textDiff';

const index = devopsIndex();

describe('cellDetail', () => {
  it('describes Service support at Senior technical against DevOps engineer', () => {
    const detail = cellDetail(index, 'senior-devops-engineer-technical', 'service-support')!;
    expect(detail).toMatchObject({
      levelLabel: 'Senior DevOps engineer (technical)',
      track: 'Technical',
      changeText: 'raised 1 step from practitioner',
      previous: { label: 'DevOps engineer' },
    });
    expect(detail.proficiency?.name).toBe('Expert');
    const parts = wordDiff(detail.previous!.requirement!.description, detail.requirement!.description);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual([
      'can identify, locate and fix faults',
    ]);
  });

  it('gives the variant name where the track renames the skill', () => {
    expect(cellDetail(index, 'lead-devops-engineer-management', 'systems-integration')?.variantName).toBe(
      'Systems integration (management)',
    );
    expect(
      cellDetail(index, 'lead-devops-engineer-technical', 'systems-integration')?.variantName,
    ).toBeUndefined();
  });

  it('says a skill is new where the previous level did not ask for it', () => {
    const detail = cellDetail(index, 'devops-engineer', 'development-process-optimisation')!;
    expect(detail.change?.kind).toBe('new');
    expect(detail.previous?.requirement).toBeUndefined();
  });

  it('is undefined for ids that do not exist', () => {
    expect(cellDetail(index, 'nope', 'service-support')).toBeUndefined();
  });
});

describe('wordDiff', () => {
  it('marks changed words and keeps the rest', () => {
    const parts = wordDiff('You can fix faults.', 'You can find faults.');
    expect(parts.map((p) => p.text).join('')).not.toBe('');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['fix']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['find']);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('You can find faults.');
  });
});

describe('trackPhrase', () => {
  it('names a track in running text without saying "track" twice', () => {
    expect(trackPhrase('Technical')).toBe('technical track');
    expect(trackPhrase('Management')).toBe('management track');
    expect(trackPhrase('Track 3')).toBe('track 3');
    expect(trackPhrase('Fast-track')).toBe('fast-track track');
  });
});

describe('describeSelection', () => {
  const index = devopsIndex();
  it.each([
    [{ levelId: null, skillId: null }, ''],
    [
      { levelId: 'senior-devops-engineer-technical', skillId: 'service-support' },
      'Selected: Service support at Senior DevOps engineer (technical), expert.',
    ],
    [
      { levelId: 'junior-devops-engineer', skillId: 'systems-design' },
      'Selected: Systems design at Junior DevOps engineer, awareness.',
    ],
    [
      { levelId: 'apprentice-devops-engineer', skillId: 'systems-design' },
      'Selected: Systems design at Apprentice DevOps engineer, not required.',
    ],
    [{ levelId: 'devops-engineer', skillId: null }, 'Selected: DevOps engineer.'],
    [{ levelId: null, skillId: 'prototyping' }, 'Selected: Prototyping.'],
    [
      { levelId: 'senior-devops-engineer-management', skillId: null, fromLevelId: 'devops-engineer' },
      'Selected: the step from DevOps engineer to Senior DevOps engineer (management).',
    ],
  ])('%j → %s', (target, words) => expect(describeSelection(index, target)).toBe(words));
});
