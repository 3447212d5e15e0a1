/** Guards shared links: a link opens the same view, and a tampered one still opens a working view. */
import { describe, expect, it } from 'vitest';
import { devopsFramework } from '../../../tests/unit/fixtures';
import {
  DEFAULT_FRAMEWORK_ID,
  defaultViewState,
  frameworkRequest,
  parseViewState,
  writeViewState,
  type ViewState,
} from './viewState';

const framework = devopsFramework();
const defaults = defaultViewState(framework);

/** Tampered, stale or malformed links, each with the notice it must produce. */
const badLinks: [string, string][] = [
  ['?track=astronaut', 'track "astronaut"'],
  ['?changes=maybe', 'changes "maybe"'],
  ['?table=2', 'table "2"'],
  ['?level=chief-executive', 'level "chief-executive"'],
  ['?skill=juggling', 'skill "juggling"'],
  ['?role=ghost', 'role "ghost"'],
  [`?skill=${'x'.repeat(500)}`, 'skill (longer than 200 characters)'],
  ['?track=technical&level=senior-devops-engineer-management', 'level "senior-devops-engineer-management"'],
  ['?utmsource=mail', 'unknown parameter "utmsource"'],
  ['?campaign=mail', 'unknown parameter "campaign"'],
  ['?level=%3Cscript%3E', 'level "<script>"'],
  ['?__proto__=1', 'unknown parameter "__proto__"'],
  ['?cross=no', 'cross "no"'],
  ['?from=devops-engineer', 'from "devops-engineer"'],
  ['?level=devops-engineer&from=nowhere', 'from "nowhere"'],
  ['?view=matrix', 'view "matrix"'],
  ['?budget=0', 'budget "0"'],
  ['?budget=1e3', 'budget "1e3"'],
  ['?start=nowhere', 'start "nowhere"'],
  ['?asks=juggling', 'asks "juggling"'],
  ['?roles=Astronauts', 'roles "Astronauts"'],
  ['?roles=REACH', 'roles "REACH"'],
  ['?against=chief-executive', 'against "chief-executive"'],
  ['?sort=skill:juggling', 'sort "skill:juggling"'],
  ['?sort=salary', 'sort "salary"'],
  ['?group=department', 'group "department"'],
  ['?view=', 'view ""'],
  ['?a=devops-engineer&b=nowhere', 'b "nowhere"'],
  ['?a=devops-engineer', 'a compare pair needs both a and b'],
  ['?a=ghost~devops-engineer&b=devops-engineer', 'a "ghost~devops-engineer"'],
  ['?a=a~b~c&b=devops-engineer', 'a "a~b~c"'],
  ['?track=TECHNICAL', 'track "TECHNICAL"'],
  ['?changes=', 'changes ""'],
  [`?view=${'compare'.repeat(40)}`, 'view (longer than 200 characters)'],
  ['?level=%00', 'level "\u0000"'],
  ['?present=everything', 'present "everything"'],
  ['?theme=neon', 'theme "neon"'],
  ['?table=constructor', 'table "constructor"'],
  ['?a=devops-engineer&b=devops-engineer', 'a and b name the same column'],
  ['?changes=__proto__', 'changes "__proto__"'],
  ['?cross=toString', 'cross "toString"'],
  ['?view=constructor', 'view "constructor"'],
  ['?present=hasOwnProperty', 'present "hasOwnProperty"'],
  ['?role=constructor', 'role "constructor"'],
  ['?track=valueOf', 'track "valueOf"'],
  ['?since=a%20b', 'since "a b"'],
  ['?draft=x', 'draft "x"'],
  ['?deck=matrix,matrix', 'deck "matrix,matrix"'],
  ['?deck=matrix,toString', 'deck "matrix,toString"'],
  ['?deck=', 'deck ""'],
];

describe('writeViewState / parseViewState', () => {
  it('writes nothing for the default view', () => {
    expect(writeViewState(defaults, framework)).toBe('');
  });

  it('round-trips a full view', () => {
    const view: ViewState = {
      view: 'compare',
      frameworkId: framework.id,
      roleId: framework.roles[0].id,
      track: 'management',
      showChanges: true,
      showGap: false,
      levelId: 'senior-devops-engineer-management',
      skillId: 'service-support',
      fromLevelId: 'devops-engineer',
      asTable: true,
      showCrossTrack: false,
      compareA: { roleId: framework.roles[0].id, levelId: 'lead-devops-engineer-technical' },
      compareB: { roleId: framework.roles[0].id, levelId: 'devops-engineer' },
      moveFrom: 'devops-engineer',
      moveBudget: 9,
      moveSkill: 'user-focus',
      mapAll: true,
      mapRoles: 'reach',
      teamAgainst: 'devops-engineer',
      teamSort: 'skill:user-focus',
      teamGroup: 'target',
      teamShort: true,
      since: 'ddat-2025',
      draft: 'draft-abc-123',
      present: 'pathway',
      deck: ['profile', 'matrix', 'compare'],
      theme: 'dark',
    };
    const query = writeViewState(view, framework);
    expect(query).toBe(
      '?view=compare&track=management&changes=1&gap=0&level=senior-devops-engineer-management&skill=service-support&from=devops-engineer&table=1&cross=0&present=pathway&theme=dark&a=lead-devops-engineer-technical&b=devops-engineer&start=devops-engineer&budget=9&all=1&roles=reach&asks=user-focus&against=devops-engineer&sort=skill%3Auser-focus&group=target&short=1&since=ddat-2025&draft=draft-abc-123&deck=profile%2Cmatrix%2Ccompare',
    );
    expect(parseViewState(query, framework)).toEqual({ state: view, ignored: [] });
  });

  it('ignores what mail, chat and ad tools add to a link, without a word', () => {
    const { state, ignored } = parseViewState('?utm_source=mail&view=assess&fbclid=x&gclid=y', framework);
    expect(ignored).toEqual([]);
    expect(state.view).toBe('assess');
  });

  it.each(badLinks)('ignores %s and says so', (query, notice) => {
    const { state, ignored } = parseViewState(query, framework);
    expect(ignored).toEqual([notice]);
    expect(state.roleId).toBe(defaults.roleId);
  });

  it('reads a compare pair across roles as role~level', () => {
    const { state } = parseViewState(
      // (b another column: a column is not compared with itself)
      `?a=${framework.roles[0].id}~devops-engineer&b=junior-devops-engineer`,
      framework,
    );
    expect(state.compareA).toEqual({ roleId: framework.roles[0].id, levelId: 'devops-engineer' });
  });

  it('counts at least 20 bad links in its table', () => {
    expect(badLinks.length).toBeGreaterThanOrEqual(20);
  });

  it("reads the career map's family by its name, as the framework spells it", () => {
    const family = framework.roles[0].family ?? 'Other roles';
    const query = writeViewState({ ...defaults, mapRoles: family }, framework);
    expect(parseViewState(query, framework)).toEqual({
      state: { ...defaults, mapRoles: family },
      ignored: [],
    });
  });

  it('keeps the valid parts of a partly bad link', () => {
    const { state, ignored } = parseViewState('?changes=1&skill=nope&track=technical', framework);
    expect(state).toMatchObject({ showChanges: true, track: 'technical', skillId: null });
    expect(ignored).toEqual(['skill "nope"']);
  });
});

describe('frameworkRequest', () => {
  it('asks for the default framework when the link names none', () => {
    expect(frameworkRequest('')).toEqual({ wanted: DEFAULT_FRAMEWORK_ID });
    expect(frameworkRequest('?role=x')).toEqual({ wanted: DEFAULT_FRAMEWORK_ID });
  });

  it('asks for a well-formed framework id, with the notice to show if it does not exist', () => {
    expect(frameworkRequest('?fw=ddat-2025')).toEqual({
      wanted: 'ddat-2025',
      fallbackNotice: 'fw "ddat-2025"',
    });
  });

  it('shows the default for a malformed id, saying so, and never echoes more than 60 characters', () => {
    expect(frameworkRequest('?fw=<script>')).toEqual({
      wanted: DEFAULT_FRAMEWORK_ID,
      unusable: 'fw "<script>"',
    });
    expect(frameworkRequest(`?fw=${'X'.repeat(500)}`).unusable).toBe(`fw "${'X'.repeat(60)}"`);
  });
});
