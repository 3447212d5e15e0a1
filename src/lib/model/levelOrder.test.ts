/** Guards a person's correction of a level order: seniority and the pathway follow it. */
import { describe, expect, it } from 'vitest';
import { devopsIndex } from '../../../tests/unit/fixtures';
import { reorderRole, seniorityNames } from './levelOrder';

const role = devopsIndex().role;

describe('reorderRole', () => {
  it('lists one name per seniority step', () => {
    expect(seniorityNames(role)).toEqual([
      'Apprentice DevOps engineer',
      'Junior DevOps engineer',
      'DevOps engineer',
      'Senior DevOps engineer',
      'Lead DevOps engineer',
      'Principal DevOps engineer',
    ]);
  });

  it('moves a level and relinks the pathway, keeping both tracks of a split level together', () => {
    const swapped = reorderRole(role, [
      'Apprentice DevOps engineer',
      'Junior DevOps engineer',
      'DevOps engineer',
      'Lead DevOps engineer',
      'Senior DevOps engineer',
      'Principal DevOps engineer',
    ]);
    expect(seniorityNames(swapped)[3]).toBe('Lead DevOps engineer');
    const devops = swapped.levels.find((l) => l.id === 'devops-engineer')!;
    expect(devops.next).toEqual(['lead-devops-engineer-technical', 'lead-devops-engineer-management']);
    expect(swapped.levels.find((l) => l.id === 'senior-devops-engineer-management')!.next).toEqual([
      'principal-devops-engineer-management',
    ]);
  });

  it('ignores unknown names and keeps unnamed levels after the named ones', () => {
    const moved = reorderRole(role, ['DevOps engineer', 'Nobody']);
    expect(seniorityNames(moved)).toEqual([
      'DevOps engineer',
      'Apprentice DevOps engineer',
      'Junior DevOps engineer',
      'Senior DevOps engineer',
      'Lead DevOps engineer',
      'Principal DevOps engineer',
    ]);
  });
});
