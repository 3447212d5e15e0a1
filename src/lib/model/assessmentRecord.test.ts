/**
 * What this browser keeps of an assessment: a record that does not read in full opens as far as it
 * reads and says what did not; an import's differences are said skill by skill; merging snapshots
 * replaces a kept one only when told to.
 */
import { describe, expect, it } from 'vitest';
import { devopsFramework } from '../../../tests/unit/fixtures';
import { indexRole } from './framework';
import { assessmentOf } from './assessment';
import {
  assessmentDifferences,
  EMPTY_RECORD,
  mergeSnapshots,
  readKeptRecord,
  snapshotsReplaced,
} from './assessmentRecord';

const framework = devopsFramework();
const index = indexRole(framework, framework.roles[0]);
const of = (
  date: string,
  userFocus: string | null,
  extra: { skillId: string; proficiency: string | null }[] = [],
) => assessmentOf(index, [{ skillId: 'user-focus', proficiency: userFocus }, ...extra], { date });

describe('readKeptRecord', () => {
  it('reads a whole record, and nothing as an empty one', () => {
    const record = { current: of('2026-01-01', 'working'), snapshots: [of('2025-01-01', null)], rev: 3 };
    expect(readKeptRecord(record)).toEqual({ record });
    expect(readKeptRecord(undefined)).toEqual({ record: EMPTY_RECORD });
  });

  it.each([
    ['a string', 'garbage', EMPTY_RECORD, 'it is not an assessment record'],
    [
      'a torn snapshot',
      { current: of('2026-01-01', 'working'), snapshots: [{ date: 'x' }, of('2025-01-01', null)] },
      { current: of('2026-01-01', 'working'), snapshots: [of('2025-01-01', null)], rev: 0 },
      '1 snapshot',
    ],
    [
      'a torn current and no list',
      { current: { ratings: 'no' }, snapshots: 'no' },
      { current: null, snapshots: [], rev: 0 },
      'the assessment being filled in and the list of snapshots',
    ],
  ])('opens what reads of %s, and says what did not', (_, raw, record, unreadable) => {
    expect(readKeptRecord(raw)).toEqual({ record, unreadable });
  });
});

describe('an import over what is kept', () => {
  it("says what differs, skill by skill, by the role's names", () => {
    const from = of('2026-01-01', 'working', [{ skillId: 'prototyping', proficiency: 'awareness' }]);
    const to = { ...of('2026-01-01', 'expert'), target: 'senior-devops-engineer-technical' };
    expect(assessmentDifferences(index, from, to)).toEqual([
      'User focus: Working → Expert',
      'Prototyping: Awareness → not rated',
      'target: no target → Senior DevOps engineer',
    ]);
    expect(assessmentDifferences(index, from, from)).toEqual([]);
  });

  it('finds the kept snapshots an import would replace, and replaces them only when told to', () => {
    const kept = [of('2025-01-01', 'working'), of('2026-01-01', 'working')];
    const incoming = [of('2024-01-01', 'awareness'), of('2025-01-01', 'working'), of('2026-01-01', 'expert')];
    expect(snapshotsReplaced(index, kept, incoming)).toEqual([
      { date: '2026-01-01', source: 'self', differences: ['User focus: Working → Expert'] },
    ]);
    const kind = (list: ReturnType<typeof mergeSnapshots>) =>
      list.map((s) => [s.date, s.ratings[0].proficiency]);
    expect(kind(mergeSnapshots(kept, incoming, false))).toEqual([
      ['2024-01-01', 'awareness'],
      ['2025-01-01', 'working'],
      ['2026-01-01', 'working'],
    ]);
    expect(kind(mergeSnapshots(kept, incoming, true))).toEqual([
      ['2024-01-01', 'awareness'],
      ['2025-01-01', 'working'],
      ['2026-01-01', 'expert'],
    ]);
  });
});
