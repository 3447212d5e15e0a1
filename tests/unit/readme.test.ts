/**
 * Guards the README: its framework and assessment examples are files the app reads, and it shows
 * the two set-up commands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../../src/lib/model/schema';
import { parseAssessment } from '../../src/lib/model/assessmentFile';
import { matchRatings } from '../../src/lib/model/assessment';
import { parseAssessmentCsv } from '../../src/lib/import/assessmentCsv';
import { readTeamFile } from '../../src/lib/import/teamFiles';
import { devopsFramework, devopsIndex } from './fixtures';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first code block of a language after a heading. */
function exampleAfter(heading: string, language: string): string {
  const from = readme.indexOf(heading);
  expect(from, heading).toBeGreaterThan(-1);
  return new RegExp(`\`\`\`${language}\n([\\s\\S]+?)\n\`\`\``).exec(readme.slice(from))![1];
}

describe('README', () => {
  it('has assessment examples, JSON and CSV, that the app reads as the same ratings', () => {
    const json = parseAssessment(exampleAfter('### Assessment file formats', 'json'));
    const [csv] = parseAssessmentCsv(exampleAfter('### Assessment file formats', 'csv'), 'README', [
      devopsFramework(),
    ]).assessments;
    const index = devopsIndex();
    expect(matchRatings(index, json)).toEqual({ ratings: matchRatings(index, csv).ratings, mismatches: [] });
    expect(csv.target).toBe(json.target);
  });

  it('has team examples, the long CSV and the wide grid, that the team view reads', () => {
    const frameworks = [devopsFramework()];
    const long = readTeamFile('long.csv', exampleAfter('### Team file formats', 'csv'), frameworks);
    expect(long.assessments.map((a) => [a.person, a.target, a.ratings.length])).toEqual([
      ['Alex Smith', 'senior-devops-engineer-technical', 2],
      ['Bo Chen', 'devops-engineer', 1],
    ]);
    const gridText = exampleAfter('**A wide grid**', 'csv');
    const grid = readTeamFile('grid.csv', gridText, frameworks, {
      frameworkId: 'ddat-devops-engineer-2020',
      roleId: 'development-operations-devops-engineer',
      date: '2026-11-02',
    });
    expect(grid.assessments.map((a) => [a.person, a.target, a.ratings.length])).toEqual([
      ['Alex Smith', 'senior-devops-engineer-technical', 3],
      ['Bo Chen', 'devops-engineer', 3],
    ]);
    expect([...long.unmatched, ...grid.unmatched]).toEqual([]);
  });

  it('has a framework example that the app loads', () => {
    const example = exampleAfter('### The framework file format', 'json');
    const framework = validateFramework(JSON.parse(example));
    expect(framework.roles[0].levels[0].next).toEqual(['senior-engineer-technical']);
  });

  it('opens with the app, a screenshot and the two commands', () => {
    expect(readme.indexOf('![')).toBeLessThan(readme.indexOf('## Set up'));
    expect(readme).toContain('npm install && npm run dev');
    expect(readme).toContain('npm install && npm test');
  });
});
