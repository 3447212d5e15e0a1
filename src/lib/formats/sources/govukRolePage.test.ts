/** Guards the importer's promise: every line is understood or is an error naming the line. */
import { describe, expect, it } from 'vitest';
import { baseSkillName, mergeOrders, parseRolePage } from './govukRolePage';
import { ImportError } from '../importError';
import { DDAT_TRACKS } from './ddatSource';

const proficiencies = [
  { id: 'awareness', name: 'Awareness', rank: 1, definition: 'a' },
  { id: 'working', name: 'Working', rank: 2, definition: 'w' },
];
const options = { file: 'page.txt', proficiencies, tracks: DDAT_TRACKS };

function page(body: string): string {
  return `Guidance
Widget engineer
Contents
  Introduction to the role of widget engineers
  Junior widget engineer
  Senior widget engineer
  Read more
Print this page
This describes the role of a widget engineer.
Introduction to the role of widget engineers
Widget engineers make widgets.
Skills required to be a widget engineer
You will need the following skills for this role.
Widgeting. You widget.
${body}
Read more
Civil Service Jobs
`;
}

const valid = `Junior widget engineer
A junior widget engineer learns. At this level, you will:
  learn things
Skills needed for this role
Widgeting. You can widget a little. (Relevant skill level: awareness)
Senior widget engineer
A senior widget engineer widgets. At this level, you will:
  widget a lot
There are 2 roles here.
Management role: skills needed for this role
Widgeting (management). You manage widgeting. (Relevant skill level: working)
Technical role: skills needed for this role
Widgeting. You widget well. (Relevant skill level: working)
Gadgets. You know gadgets. (Relevant skill level: awareness)`;

describe('parseRolePage', () => {
  it('reads levels, tracks (technical first), summaries and requirements', () => {
    const role = parseRolePage(page(valid), options);
    expect(role.name).toBe('Widget engineer');
    expect(role.introduction).toEqual(['Widget engineers make widgets.']);
    expect(role.levels.map((l) => [l.id, l.seniority, l.track])).toEqual([
      ['junior-widget-engineer', 0, null],
      ['senior-widget-engineer-technical', 1, 'technical'],
      ['senior-widget-engineer-management', 1, 'management'],
    ]);
    expect(role.levels[1].summary).toEqual({
      paragraphs: ['A senior widget engineer widgets. At this level, you will:'],
      responsibilities: ['widget a lot'],
      note: 'There are 2 roles here.',
    });
    expect(role.skills.map((s) => s.id)).toEqual(['widgeting', 'gadgets']);
    expect(role.skills[0]).toMatchObject({
      description: 'You widget.',
      trackNames: { management: 'Widgeting (management)' },
    });
    expect(role.requirements).toHaveLength(4);
  });

  it.each([
    [
      'an unknown proficiency',
      valid.replace('(Relevant skill level: awareness)', '(Relevant skill level: guru)'),
      /line 19: unknown skill level "guru"/,
    ],
    [
      'a line it cannot read',
      valid.replace('Gadgets. You know gadgets.', 'Gadgets without a full stop'),
      /line 28: expected a skill/,
    ],
    ['an unknown track', valid.replace('Management role', 'Astronaut role'), /unknown track "Astronaut"/],
    [
      'a skill listed twice',
      `${valid}\nGadgets. Again. (Relevant skill level: working)`,
      /"Gadgets" is listed twice/,
    ],
    ['a missing level section', valid.split('Senior widget engineer')[0], /no such section/],
    [
      'a variant on the wrong track',
      valid.replace('Gadgets. You know', 'Gadgets (management). You know'),
      /outside the management track/,
    ],
  ])('refuses %s with an error naming the line', (_name, body, message) => {
    expect(() => parseRolePage(page(body), options)).toThrow(ImportError);
    expect(() => parseRolePage(page(body), options)).toThrow(message);
  });

  it('refuses a page without contents', () => {
    expect(() => parseRolePage('just some text', options)).toThrow(/expected a "Contents" list/);
  });
});

describe('baseSkillName', () => {
  it.each([
    ['Systems integration (management)', 'Systems integration', 'management'],
    [
      'Programming and build (software engineering – management)',
      'Programming and build (software engineering)',
      'management',
    ],
    ['Service support', 'Service support', undefined],
  ])('%s → %s', (name, base, track) => {
    expect(baseSkillName(name, ['technical', 'management'])).toEqual(
      track ? { name: base, track } : { name: base },
    );
  });
});

describe('mergeOrders', () => {
  it('puts an id first seen later straight after its predecessor in that list', () => {
    expect(
      mergeOrders([
        ['a', 'c'],
        ['a', 'b', 'c'],
        ['z', 'a'],
      ]),
    ).toEqual(['z', 'a', 'b', 'c']);
  });
});
