/**
 * Reading a team's files: the self-assessment JSON, the long CSV and the wide grid give the same
 * assessments; names as the source writes them, as the app labels them or by id; a framework name
 * that fits two versions goes to the one whose skills match, and says so; ratings of skills the
 * role lacks are reported; each bad file says where (line, field) and why.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../model/schema';
import { devopsFramework } from '../../../tests/unit/fixtures';
import { ImportError } from './importError';
import { pickFramework, readTeamBytes, readTeamFile } from './teamFiles';

const ddat2025 = validateFramework(
  JSON.parse(readFileSync(new URL('../../../static/data/ddat-2025.json', import.meta.url), 'utf8')),
);
const frameworks = [devopsFramework(), ddat2025];
const ROLE = 'development-operations-devops-engineer';

const LONG = `person,framework,role,level_target,skill,proficiency,date,source
Alex Smith,ddat-devops-engineer-2020,Development operations (DevOps) engineer,Senior DevOps engineer - management,Service support,Working,2026-11-01,self
Alex Smith,ddat-devops-engineer-2020,Development operations (DevOps) engineer,Senior DevOps engineer - management,user-focus,practitioner,2026-11-01,self
Bo Chen,DDaT Capability Framework,development-operations-devops-engineer,Senior DevOps engineer (technical),Service support,Expert,2026-11-01,manager
Bo Chen,DDaT Capability Framework,development-operations-devops-engineer,Senior DevOps engineer (technical),User focus,not yet,2026-11-01,manager
`;

const WIDE = `person,role,level_target,date,Service support,User focus
Alex Smith,Development operations (DevOps) engineer,senior-devops-engineer-management,2026-11-01,Working,Practitioner
Bo Chen,Development operations (DevOps) engineer,Senior DevOps engineer (technical),2026-11-01,Expert,not yet
`;

const summary = (file: ReturnType<typeof readTeamFile>) =>
  file.assessments.map((a) => ({
    person: a.person,
    framework: a.framework.id,
    role: a.role.id,
    target: a.target,
    date: a.date,
    ratings: a.ratings.map((r) => `${r.skill}=${r.proficiency}`).sort(),
  }));

describe('readTeamFile', () => {
  it('reads the long CSV and the wide grid into the same assessments', () => {
    const long = readTeamFile('team.csv', LONG, frameworks);
    const wide = readTeamFile('grid.csv', WIDE, frameworks, { frameworkId: 'ddat-devops-engineer-2020' });
    expect(summary(long)).toEqual(summary(wide));
    expect(summary(long)).toEqual([
      {
        person: 'Alex Smith',
        framework: 'ddat-devops-engineer-2020',
        role: ROLE,
        target: 'senior-devops-engineer-management',
        date: '2026-11-01',
        ratings: ['service-support=working', 'user-focus=practitioner'],
      },
      {
        person: 'Bo Chen',
        framework: 'ddat-devops-engineer-2020',
        role: ROLE,
        target: 'senior-devops-engineer-technical',
        date: '2026-11-01',
        ratings: ['service-support=expert', 'user-focus=null'],
      },
    ]);
  });

  it('gives a wide grid its role, target and date once for all rows', () => {
    const grid = 'name,Service support,User focus\nAlex Smith,Working,\nBo Chen,,Expert\n';
    const file = readTeamFile('grid.csv', grid, frameworks, {
      frameworkId: 'ddat-2025',
      roleId: ROLE,
      target: 'devops-engineer',
      date: '2026-12-01',
    });
    expect(summary(file)).toEqual([
      {
        person: 'Alex Smith',
        framework: 'ddat-2025',
        role: ROLE,
        target: 'devops-engineer',
        date: '2026-12-01',
        ratings: ['service-support=working'],
      },
      {
        person: 'Bo Chen',
        framework: 'ddat-2025',
        role: ROLE,
        target: 'devops-engineer',
        date: '2026-12-01',
        ratings: ['user-focus=expert'],
      },
    ]);
  });

  it('reads a self-assessment JSON file, named by its file when it names nobody', () => {
    const json = JSON.stringify({
      format: 'pathway-explorer-assessment',
      formatVersion: 1,
      framework: { id: 'ddat-2025', name: 'DDaT Capability Framework (2025)' },
      role: { id: ROLE, name: 'Development operations (DevOps) engineer' },
      person: '',
      source: 'self',
      target: null,
      date: '2026-10-01',
      ratings: [
        { skill: 'service-support', skillName: 'Service support', proficiency: 'working' },
        { skill: 'juggling', skillName: 'Juggling', proficiency: 'expert' },
      ],
    });
    const file = readTeamFile('people/casey-jones.json', json, frameworks);
    expect(file.assessments[0].person).toBe('casey-jones');
    expect(file.assessments[0].ratings.map((r) => r.skill)).toEqual(['service-support']);
    // The skill the role lacks is reported, not dropped silently.
    expect(file.unmatched).toEqual([
      {
        file: 'people/casey-jones.json',
        person: 'casey-jones',
        role: 'Development operations (DevOps) engineer',
        skill: 'Juggling',
      },
    ]);
  });

  it('reports ratings of skills the role does not have, with their line', () => {
    const text = `${LONG}Alex Smith,ddat-devops-engineer-2020,${ROLE},,Juggling,Expert,2026-11-01,self\n`;
    const file = readTeamFile('team.csv', text, frameworks);
    expect(file.unmatched).toEqual([
      {
        file: 'team.csv',
        line: 6,
        person: 'Alex Smith',
        role: 'Development operations (DevOps) engineer',
        skill: 'Juggling',
      },
    ]);
    expect(file.assessments).toHaveLength(2);
  });

  it.each([
    ['team.csv', 'who,what\nA,B\n', /^team\.csv, line 1: not a team file/],
    ['grid.csv', 'person,framework\nA,B\n', /^grid\.csv, line 1: the grid has no skill columns/],
    [
      'team.csv',
      'person,framework,role,level_target,skill,proficiency,date,source\n',
      /line 2: the file has a header but no ratings/,
    ],
    ['a.json', '{"format": "pathway-explorer-assessment"', /^a\.json: it is not JSON/],
    [
      'a.json',
      '{"format": "pathway-explorer-assessment", "formatVersion": 1}',
      /^a\.json: .* \(field framework\)$/,
    ],
    ['a.json', '   ', /^a\.json: the file is empty$/],
  ])('refuses %s when nothing in it can be read, with where and why: %s', (file, text, message) => {
    expect(() => readTeamFile(file, text, frameworks)).toThrow(ImportError);
    expect(() => readTeamFile(file, text, frameworks)).toThrow(message);
  });

  // One bad row (a spreadsheet's stray last line, a typo) is listed with its line; the rest is read.
  it.each([
    [
      'grid.csv',
      'person,Service support\nA,Working\n',
      2,
      'the role is not given (a role column, or one chosen for every row)',
      0,
    ],
    [
      'team.csv',
      LONG.replace('Working,2026-11-01', 'Wizard,2026-11-01'),
      2,
      '"Wizard" is not a proficiency of DDaT Capability Framework (expected Awareness, Working, Practitioner, Expert, or "not yet")',
      2,
    ],
    [
      'team.csv',
      LONG.replace('2026-11-01,self', '1 Nov,self'),
      2,
      'the date "1 Nov" is not a date as YYYY-MM-DD',
      2,
    ],
    ['team.csv', LONG.replace(',self\n', ',boss\n'), 2, 'the source "boss" is not "self" or "manager"', 2],
    [
      'team.csv',
      LONG.replace('Senior DevOps engineer - management,Service', 'Astronaut,Service'),
      2,
      'Development operations (DevOps) engineer has no level "Astronaut" (column level_target)',
      2,
    ],
    [
      'team.csv',
      LONG.replace('Alex Smith,ddat-devops-engineer-2020', 'Alex Smith,acme'),
      2,
      'no framework "acme" is loaded (loaded: DDaT Capability Framework, DDaT Capability Framework (2025))',
      2,
    ],
    [
      'team.csv',
      `${LONG}Bo Chen,DDaT Capability Framework,${ROLE},Senior DevOps engineer (technical),Service support,Working,2026-11-01,manager\n`,
      6,
      '"Service support" is rated twice for the same person on 2026-11-01 (first on line 4, which is used)',
      2,
    ],
    // The person's name is not repeated in the reason: names are hidden when the team is anonymised.
    [
      'team.csv',
      LONG.replace('Alex Smith,ddat', ',ddat'),
      2,
      'the person is empty: every row names its person',
      2,
    ],
    ['team.csv', `${LONG}a,b\n`, 6, 'expected 8 fields, found 2', 2],
    [
      'grid.csv',
      `person,role,Service support\nA,${ROLE},Working\n`,
      2,
      'the framework is not given (a framework column, or one chosen for the file)',
      0,
    ],
  ])('skips the bad row of %s and reads the rest: %#', (file, text, line, reason, people) => {
    const read = readTeamFile(file, text, frameworks);
    expect(read.skipped[0]).toMatchObject({ file, line, reason });
    expect(read.assessments).toHaveLength(people);
  });

  it('reads 131 good rows of a long CSV with a stray last line, and lists the line', () => {
    const rows = Array.from({ length: 131 }, (_, i) =>
      [
        `Person ${i}`,
        'ddat-devops-engineer-2020',
        ROLE,
        '',
        'Service support',
        'Working',
        '2026-11-01',
        'self',
      ].join(','),
    );
    const text = `${LONG.split('\n')[0]}\n${rows.join('\n')}\n"unterminated,,\n`;
    const read = readTeamFile('team.csv', text, frameworks);
    expect(read.assessments).toHaveLength(131);
    expect(read.skipped).toEqual([
      { file: 'team.csv', line: 133, rows: 1, reason: 'expected 8 fields, found 1' },
    ]);
  });

  it('skips a person whose role is unknown as one entry for all their rows', () => {
    const text = LONG.replaceAll(
      'Alex Smith,ddat-devops-engineer-2020,Development operations (DevOps) engineer',
      'Alex Smith,ddat-devops-engineer-2020,Astronaut',
    );
    const read = readTeamFile('team.csv', text, frameworks);
    expect(read.skipped).toEqual([
      {
        file: 'team.csv',
        line: 2,
        rows: 2,
        reason: 'DDaT Capability Framework has no role "Astronaut" (column role)',
      },
    ]);
    expect(read.assessments.map((a) => a.person)).toEqual(['Bo Chen']);
  });

  it('reads a JSON list but its one bad item', () => {
    const good = {
      format: 'pathway-explorer-assessment',
      formatVersion: 1,
      framework: { id: 'ddat-devops-engineer-2020', name: '' },
      role: { id: ROLE, name: '' },
      person: 'Alex',
      source: 'self',
      target: null,
      date: '2026-11-01',
      ratings: [{ skill: 'service-support', skillName: 'Service support', proficiency: 'working' }],
    };
    const read = readTeamFile(
      'team.json',
      JSON.stringify([good, { ...good, role: { id: 'astronaut', name: '' } }]),
      frameworks,
    );
    expect(read.assessments).toHaveLength(1);
    expect(read.skipped).toEqual([
      {
        file: 'team.json',
        rows: 1,
        reason: 'item 2: DDaT Capability Framework has no role "astronaut" (field role)',
      },
    ]);
  });

  it('names two columns of one skill that disagree, uses neither, and reads the rest of the row', () => {
    const grid = `person,role,date,Service support,service-support,User focus,User focus
Alex,${ROLE},2026-11-01,Working,Expert,Practitioner,Practitioner
`;
    const read = readTeamFile('grid.csv', grid, frameworks, { frameworkId: 'ddat-devops-engineer-2020' });
    expect(read.skipped).toEqual([
      {
        file: 'grid.csv',
        line: 2,
        rows: 0,
        reason:
          'the columns "Service support" and "service-support" both name Service support, with "Working" and "Expert": neither is used',
      },
    ]);
    // The duplicate header that agrees is read once.
    expect(read.assessments[0].ratings).toEqual([
      { skill: 'user-focus', skillName: 'User focus', proficiency: 'practitioner' },
    ]);
  });

  it('reads a Windows-1252 file and says so', () => {
    const text = `person,role,date,Service support\nJos\u00e9 M\u00fcller,${ROLE},2026-11-01,Working\n`;
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const read = readTeamBytes('grid.csv', bytes, frameworks, { frameworkId: 'ddat-devops-engineer-2020' });
    expect(read.assessments[0].person).toBe('José Müller');
    expect(read.warning).toMatch(/^grid\.csv is not UTF-8: it was read as Windows-1252 .* gives é ü\./);
  });
});

describe('a team file across versions of the framework', () => {
  const read2025 = 'is read as "Modern development standards", its name in DDaT Capability Framework (2025).';

  it.each([
    [
      'the long CSV',
      'team.csv',
      `person,framework,role,level_target,skill,proficiency,date\nAli,ddat-2025,${ROLE},,Modern standards approach,Expert,2026-11-01\nAli,ddat-2025,${ROLE},,Service support,Working,2026-11-01\n`,
      `"Modern standards approach" (7 January 2020 (GOV.UK role page)) ${read2025}`,
    ],
    [
      'a wide grid',
      'grid.csv',
      `person,framework,role,date,Modern standards approach,Service support\nAli,ddat-2025,${ROLE},2026-11-01,Expert,Working\n`,
      `"Modern standards approach" (7 January 2020 (GOV.UK role page)) ${read2025}`,
    ],
  ])(
    'reads a skill %s names as an earlier version did as the skill it is now, and says so',
    (_, file, text, note) => {
      const read = readTeamFile(file, text, frameworks);
      expect(read.unmatched).toEqual([]);
      expect(read.assessments[0].ratings.map((r) => [r.skill, r.proficiency])).toEqual(
        expect.arrayContaining([['modern-development-standards', 'expert']]),
      );
      expect(read.notes).toContain(note);
    },
  );

  it('reads a 2020 self-assessment file into the 2025 role, the renamed skill carried', () => {
    const role2020 = devopsFramework().roles[0];
    const own = {
      format: 'pathway-explorer-assessment',
      formatVersion: 1,
      framework: { id: 'ddat-devops-engineer-2020', name: 'DDaT Capability Framework' },
      role: { id: ROLE, name: role2020.name },
      person: 'Ali',
      source: 'self',
      target: null,
      date: '2026-11-01',
      ratings: [
        { skill: 'modern-standards-approach', skillName: 'Modern standards approach', proficiency: 'expert' },
      ],
    };
    // Given as the 2025 version's file: its framework is the 2025 one, its skill the 2020 name.
    const as2025 = { ...own, framework: { id: 'ddat-2025', name: 'DDaT Capability Framework (2025)' } };
    const read = readTeamFile('ali.json', JSON.stringify(own), [ddat2025]);
    expect(read.unmatched).toEqual([]);
    expect(read.assessments[0].ratings[0].skill).toBe('modern-development-standards');
    expect(read.notes).toEqual([
      '"Modern standards approach" (DDaT Capability Framework) is read as "Modern development standards", its name in DDaT Capability Framework (2025).',
    ]);
    // Within one version, a name it does not have stays unmatched.
    expect(readTeamFile('ali.json', JSON.stringify(as2025), [ddat2025]).unmatched).toHaveLength(1);
  });
});

describe('pickFramework', () => {
  it('takes an id or a name as written', () => {
    expect(pickFramework('ddat-2025', frameworks, { role: ROLE, skills: [] })?.framework.id).toBe(
      'ddat-2025',
    );
    expect(
      pickFramework('ddat capability framework (2025)', frameworks, { role: ROLE, skills: [] })?.framework.id,
    ).toBe('ddat-2025');
    expect(pickFramework('Acme', frameworks, { role: ROLE, skills: [] })).toBeUndefined();
  });

  it('gives a name that fits two versions the one whose skills match, and says which', () => {
    // "Modern development standards" is a 2025 skill; the 2020 page has "Modern standards approach".
    const picked = pickFramework('DDaT Capability Framework', frameworks, {
      role: 'Development operations (DevOps) engineer',
      skills: ['Modern development standards', 'Service support'],
    })!;
    expect(picked.framework.id).toBe('ddat-2025');
    expect(picked.note).toBe(
      '"DDaT Capability Framework" fits 2 versions (DDaT Capability Framework, DDaT Capability Framework (2025)): DDaT Capability Framework (2025) is used, as its Development operations (DevOps) engineer has 2 of the file\'s 2 skills.',
    );
    // On a tie, the version named exactly.
    expect(
      pickFramework('DDaT Capability Framework', frameworks, { role: ROLE, skills: ['Service support'] })!
        .framework.id,
    ).toBe('ddat-devops-engineer-2020');
  });
});
