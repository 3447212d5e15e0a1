/**
 * The long CSV of assessments: written and read back identical (notes and formula-like text
 * included), read from names as spreadsheets hold them, and every bad row named by its line.
 */
import { describe, expect, it } from 'vitest';
import { devopsFramework, devopsIndex } from '../../../tests/unit/fixtures';
import { toCsv } from './csv';
import { assessmentOf } from '../model/assessment';
import { ratingsFromLevel } from '../model/gap';
import {
  ASSESSMENT_COLUMNS,
  ASSESSMENT_FILE_COLUMNS,
  assessmentRows,
  parseAssessmentCsv,
} from './assessmentCsv';

const framework = devopsFramework();
const index = devopsIndex();
const level = index.role.levels.find((l) => l.name === 'DevOps engineer')!;
const ratings = ratingsFromLevel(index, level).map((r, i) =>
  i === 1 ? { ...r, note: '-1 step, "I think", on call' } : i === 2 ? { ...r, proficiency: null } : r,
);
const target = index.role.levels.find((l) => l.id === 'senior-devops-engineer-technical')!.id;
const assessment = assessmentOf(index, ratings, { person: 'Sam', date: '2026-12-01', target });
const header = [...ASSESSMENT_FILE_COLUMNS];

describe('assessment CSV', () => {
  it('writes names people read, and reads them back identical', () => {
    const rows = assessmentRows([assessment], [framework]);
    expect(rows[0]).toEqual([
      'Sam',
      framework.id,
      'Development operations (DevOps) engineer',
      'Senior DevOps engineer (technical)',
      'Availability and capacity management',
      'Working',
      '2026-12-01',
      'self',
      '',
      '',
    ]);
    expect(rows[2][5]).toBe('not yet');
    // The level held today goes with every row, as the app labels it, and reads back.
    const held = { ...assessment, held: 'devops-engineer' };
    const heldText = toCsv(header, assessmentRows([held], [framework]));
    expect(heldText.split('\n')[1]).toMatch(/,DevOps engineer\r?$/);
    expect(parseAssessmentCsv(heldText, 'mine.csv', [framework]).assessments).toEqual([held]);
    const text = `\uFEFF${toCsv(header, rows)}`;
    expect(parseAssessmentCsv(text, 'team.csv', [framework])).toEqual({
      assessments: [assessment],
      skipped: [],
    });
  });

  it('reads a spreadsheet that names things as the source does, without a note column', () => {
    const text = [
      ASSESSMENT_COLUMNS.join(','),
      `Ali,${framework.name},development-operations-devops-engineer,Senior DevOps engineer - management,user focus,PRACTITIONER,2026-11-30,Manager`,
      `Ali,${framework.name},development-operations-devops-engineer,Senior DevOps engineer - management,Prototyping,working,2026-11-30,manager`,
      `Bo,${framework.id},Development operations (DevOps) engineer,,Prototyping,Not yet,2026-11-30,self`,
    ].join('\n');
    const read = parseAssessmentCsv(text, 'team.csv', [framework]).assessments;
    expect(
      read.map((a) => [a.person, a.source, a.target, a.ratings.map((r) => [r.skill, r.proficiency])]),
    ).toEqual([
      [
        'Ali',
        'manager',
        'senior-devops-engineer-management',
        [
          ['user-focus', 'practitioner'],
          ['prototyping', 'working'],
        ],
      ],
      ['Bo', 'self', null, [['prototyping', null]]],
    ]);
  });

  const row = (overrides: Partial<Record<(typeof ASSESSMENT_COLUMNS)[number], string>>) => {
    const base = {
      person: 'Sam',
      framework: framework.id,
      role: 'development-operations-devops-engineer',
      level_target: '',
      skill: 'Prototyping',
      proficiency: 'Working',
      date: '2026-12-01',
      source: 'self',
      ...overrides,
    };
    return `${ASSESSMENT_COLUMNS.join(',')}\n${ASSESSMENT_COLUMNS.map((c) => base[c]).join(',')}`;
  };

  it.each([
    [row({ framework: 'SFIA 9' }), /^team\.csv, line 2: no framework "SFIA 9" is loaded/],
    [row({ role: 'Astronaut' }), /line 2: .* has no role "Astronaut"/],
    [
      row({ level_target: 'Wizard' }),
      /line 2: Development operations \(DevOps\) engineer has no level "Wizard"/,
    ],
    [row({ skill: 'Juggling' }), /line 2: .* has no skill "Juggling"/],
    [
      row({ proficiency: 'Guru' }),
      /line 2: "Guru" is not a proficiency of .* \(expected Awareness, Working, Practitioner, Expert, or "not yet"\)/,
    ],
    [row({ date: '01/12/2026' }), /line 2: the date "01\/12\/2026" is not a date as YYYY-MM-DD/],
    [row({ source: 'peer' }), /line 2: the source "peer" is not "self" or "manager"/],
    ['person,framework\nSam,x', /team\.csv, line 1: missing columns "role", "level_target"/],
    [ASSESSMENT_COLUMNS.join(','), /team\.csv, line 2: the file has a header but no ratings/],
  ])('names the line and what was expected: %#', (text, message) => {
    expect(() => parseAssessmentCsv(text, 'team.csv', [framework])).toThrow(message);
  });

  it('skips a skill rated twice in one snapshot, and says which line', () => {
    const text = `${row({})}\n${row({}).split('\n')[1]}`;
    expect(parseAssessmentCsv(text, 'team.csv', [framework]).skipped).toEqual([
      {
        where: 'line 3',
        reason:
          '"Prototyping" is rated twice for the same person on 2026-12-01 (first on line 2, which is used)',
      },
    ]);
  });

  it('reads the rows it can and lists the rest by line (a stray last line, a typo)', () => {
    const good = row({}).split('\n')[1];
    const text = `${row({})}\n${good.replace('Prototyping', 'User focus')}\n${good.replace('Working', 'Guru').replace('Prototyping', 'Service support')}\n"stray,\n`;
    const read = parseAssessmentCsv(text, 'team.csv', [framework]);
    expect(read.assessments[0].ratings.map((r) => r.skill)).toEqual(['prototyping', 'user-focus']);
    expect(read.skipped).toEqual([
      {
        where: 'line 4',
        reason:
          '"Guru" is not a proficiency of DDaT Capability Framework (expected Awareness, Working, Practitioner, Expert, or "not yet")',
      },
      { where: 'line 5', reason: 'expected 8 fields, found 1' },
    ]);
  });
});
