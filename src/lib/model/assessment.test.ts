/**
 * The assessment file: valid files read back as written; each malformed one gets a message naming
 * its field; names as people write them find their level, skill and proficiency; ratings of a role
 * that changed since are kept as mismatches, not dropped; and the share link round-trips.
 */
import { describe, expect, it } from 'vitest';
import { devopsFramework, devopsIndex } from '../../../tests/unit/fixtures';
import {
  assessmentOf,
  belongsElsewhere,
  findLevel,
  findProficiency,
  findSkill,
  matchRatings,
  type Assessment,
} from './assessment';
import { parseAssessment } from './assessmentFile';
import { assessmentFragment, readAssessmentFragment } from './assessmentLink';
import { ratingsFromLevel } from './gap';

const index = devopsIndex();
const devopsEngineer = index.role.levels.find((l) => l.name === 'DevOps engineer')!;
const ratings = ratingsFromLevel(index, devopsEngineer).map((r, i) =>
  i === 0 ? { ...r, note: 'Ran the capacity review.' } : r,
);
const assessment = assessmentOf(index, ratings, { date: '2026-12-01', target: null });

describe('parseAssessment', () => {
  it('reads back what it wrote', () => {
    expect(parseAssessment(JSON.stringify(assessment))).toEqual(assessment);
  });

  it.each([
    ['not JSON', '{', /^it is not JSON/],
    [
      'another format',
      JSON.stringify({ ...assessment, format: 'x' }),
      /^format: expected "pathway-explorer-assessment"/,
    ],
    [
      'a newer version',
      JSON.stringify({ ...assessment, formatVersion: 2 }),
      /^formatVersion: the file is in format 2, made by a newer version/,
    ],
    [
      'no ratings field',
      JSON.stringify({ ...assessment, ratings: undefined }),
      /^ratings: the field "ratings" is missing/,
    ],
    [
      'a bad date',
      JSON.stringify({ ...assessment, date: '1 December' }),
      /^date: must be a date as YYYY-MM-DD/,
    ],
    [
      'a bad source',
      JSON.stringify({ ...assessment, source: 'boss' }),
      /^source: expected \("self" \| "manager"\)|^source: expected "self" \| "manager"/,
    ],
    [
      'a skill rated twice',
      JSON.stringify({ ...assessment, ratings: [assessment.ratings[0], assessment.ratings[0]] }),
      /^ratings\.1\.skill: the skill "availability-and-capacity-management" is rated twice \(ratings\.0 and ratings\.1\)/,
    ],
    [
      'a proficiency that is not an id',
      JSON.stringify({ ...assessment, ratings: [{ ...assessment.ratings[0], proficiency: 'Very Good' }] }),
      /^ratings\.0\.proficiency: must be lower-case/,
    ],
  ])('refuses %s, saying where', (_, text, message) => {
    expect(() => parseAssessment(text)).toThrow(message);
  });

  it('refuses a file far larger than an assessment, before reading it', () => {
    expect(() => parseAssessment('{}', 5 * 1024 * 1024)).toThrow(
      /the file is 5\.0 MB; an assessment is a few kilobytes/,
    );
  });
});

describe('names as people write them', () => {
  const framework = devopsFramework();
  const role = framework.roles[0];

  it.each([
    ['senior-devops-engineer-management', 'by id'],
    ['Senior DevOps engineer (management)', 'as the app labels it'],
    ['Senior DevOps engineer - management', 'as the source names it'],
    ['senior devops ENGINEER – Management', 'in any case, with an en dash'],
  ])('finds the level %s (%s)', (wanted) => {
    expect(findLevel(framework, role, wanted)?.id).toBe('senior-devops-engineer-management');
  });

  it('does not guess between tracks when only the shared name is given', () => {
    expect(findLevel(framework, role, 'Senior DevOps engineer')).toBeUndefined();
    expect(findLevel(framework, role, 'DevOps engineer')?.id).toBe(devopsEngineer.id);
  });

  it('finds skills by id or name, and proficiencies in any case, "not yet" as none', () => {
    expect(findSkill(role, 'user focus')?.id).toBe('user-focus');
    expect(findSkill(role, 'user-focus')?.id).toBe('user-focus');
    expect(findProficiency(framework, 'PRACTITIONER')).toBe('practitioner');
    expect(findProficiency(framework, 'Not yet')).toBeNull();
    expect(findProficiency(framework, 'guru')).toBeUndefined();
  });
});

describe('matchRatings', () => {
  it('keeps every rating of the role as it is', () => {
    expect(matchRatings(index, assessment)).toEqual({ ratings, mismatches: [] });
  });

  it('keeps, as mismatches with their reason, ratings the role no longer matches', () => {
    const changed: Assessment = {
      ...assessment,
      ratings: [
        { skill: 'old-skill', skillName: 'IT infrastructure', proficiency: 'working' },
        { skill: 'renamed-id', skillName: 'User focus', proficiency: 'working' },
        { skill: 'prototyping', skillName: 'Prototyping', proficiency: 'wizard' },
        { skill: 'systems-design', skillName: 'System design', proficiency: 'expert' },
      ],
    };
    const { ratings: matched, mismatches } = matchRatings(index, changed);
    expect(matched).toEqual([
      { skillId: 'user-focus', proficiency: 'working' },
      { skillId: 'systems-design', proficiency: 'expert' },
    ]);
    expect(mismatches.map((m) => m.why)).toEqual([
      'the role has no skill "IT infrastructure" now',
      'matched by its name to "User focus" (id user-focus, was renamed-id)',
      'the scale has no proficiency "wizard"',
      '"System design" is now named "Systems design"',
    ]);
  });

  it('says when a file belongs to another role or framework', () => {
    expect(belongsElsewhere(index, assessment)).toBeUndefined();
    expect(
      belongsElsewhere(index, { ...assessment, role: { id: 'data-engineer', name: 'Data engineer' } }),
    ).toBe('this assessment is for the role Data engineer, not Development operations (DevOps) engineer');
    expect(
      belongsElsewhere(index, { ...assessment, framework: { id: 'ddat-2025', name: 'DDaT 2025' } }),
    ).toBe('this assessment is for DDaT 2025, not DDaT Capability Framework');
    // Two versions of one name are told apart by id, and another role is named.
    expect(
      belongsElsewhere(index, {
        ...assessment,
        framework: { id: 'ddat-2025', name: 'DDaT Capability Framework' },
        role: { id: 'data-engineer', name: 'Data engineer' },
      }),
    ).toBe(
      'this assessment is for Data engineer in the version ddat-2025, not Development operations (DevOps) engineer in the version ddat-devops-engineer-2020',
    );
  });
});

describe('the share link', () => {
  it('carries the ratings, not the notes, and reads back', () => {
    const fragment = assessmentFragment(assessment);
    expect(fragment).not.toContain('capacity review');
    expect(fragment).toMatch(/^assessment=1~/);
    const read = readAssessmentFragment(`#${fragment}`);
    if (!read || 'error' in read) throw new Error('not read');
    expect(read.assessment.ratings.map((r) => [r.skill, r.proficiency])).toEqual(
      assessment.ratings.map((r) => [r.skill, r.proficiency]),
    );
    expect(read.assessment.date).toBe('2026-12-01');
    // With the role's names filled in, it matches the role as the file did (bar the notes).
    expect(matchRatings(index, read.assessment).ratings).toEqual(ratings.map(({ note: _note, ...r }) => r));
  });

  it.each([
    ['assessment=1~devops', 'the link is cut short or changed: it should have 7 parts'],
    [
      'assessment=9~a~b~2026-12-01~self~~x:y',
      'the link is in format 9; this version of the app reads format 1',
    ],
    ['assessment=1~a~b~yesterday~self~~x:y', "the link's date is not valid"],
    ['assessment=1~a~b~2026-12-01~self~~x:y.x:z', 'the link rates a skill twice'],
    ['assessment=1~a~b~2026-12-01~self~~<script>:y', "the link's ratings.0.skill is not valid"],
  ])('says what is wrong with a tampered link: %s', (fragment, error) => {
    expect(readAssessmentFragment(fragment)).toEqual({ error });
  });

  it('reads a link that a mail or chat tool escaped or added a parameter to', () => {
    const fragment = assessmentFragment(assessment);
    const ratings = (read: ReturnType<typeof readAssessmentFragment>) =>
      read && 'assessment' in read ? read.assessment.ratings : read;
    const plain = ratings(readAssessmentFragment(fragment));
    expect(ratings(readAssessmentFragment(`#${fragment.replaceAll('~', '%7E')}`))).toEqual(plain);
    expect(ratings(readAssessmentFragment(`#${fragment}&utm_source=newsletter`))).toEqual(plain);
    expect(ratings(readAssessmentFragment(`#${fragment}?fbclid=abc`))).toEqual(plain);
  });

  it('ignores a fragment that is not an assessment', () => {
    expect(readAssessmentFragment('#matrix')).toBeUndefined();
  });
});
