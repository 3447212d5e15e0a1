/**
 * Guards the README and the docs: the examples of docs/file-formats.md are files the app reads, the
 * README shows the two set-up commands, and every page of docs/ it links to exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../../src/lib/model/schema';
import { parseAssessment } from '../../src/lib/model/assessmentFile';
import { matchRatings } from '../../src/lib/model/assessment';
import { parseAssessmentCsv } from '../../src/lib/formats/assessmentCsv';
import { readTeamFile } from '../../src/lib/formats/teamFiles';
import { devopsFramework, devopsIndex } from './fixtures';
import { lineagesWith } from '../../src/lib/model/loadedVersions';
import { skillMappings } from '../../src/lib/model/lineage';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const formats = readFileSync(new URL('../../docs/file-formats.md', import.meta.url), 'utf8');

/** The first code block of a language after a heading. */
function exampleAfter(heading: string, language: string): string {
  const from = formats.indexOf(heading);
  expect(from, heading).toBeGreaterThan(-1);
  return new RegExp(`\`\`\`${language}\n([\\s\\S]+?)\n\`\`\``).exec(formats.slice(from))![1];
}

describe('README and docs', () => {
  it('has assessment examples, JSON and CSV, that the app reads as the same ratings', () => {
    const json = parseAssessment(exampleAfter('## Assessment file formats', 'json'));
    const [csv] = parseAssessmentCsv(exampleAfter('## Assessment file formats', 'csv'), 'README', [
      devopsFramework(),
    ]).assessments;
    const index = devopsIndex();
    expect(matchRatings(index, json)).toEqual({ ratings: matchRatings(index, csv).ratings, mismatches: [] });
    expect(csv.target).toBe(json.target);
  });

  it('has team examples, the long CSV and the wide grid, that the team view reads', () => {
    const frameworks = [devopsFramework()];
    const long = readTeamFile('long.csv', exampleAfter('## Team file formats', 'csv'), frameworks);
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
    const example = exampleAfter('## The framework file format', 'json');
    const framework = validateFramework(JSON.parse(example));
    expect(framework.roles[0].levels[0].next).toEqual(['senior-engineer-technical']);
  });

  it('has an example of a later release that the app loads and joins to the release it follows', () => {
    const first = JSON.parse(exampleAfter('## The framework file format', 'json'));
    const { follows } = JSON.parse(exampleAfter('**A later release of another framework.**', 'json'));
    const role = first.roles[0];
    // The same ladder, its one skill under a new id, as the example's follows says.
    const renamed = {
      ...JSON.parse(JSON.stringify(first).replaceAll('"automation"', '"automation-and-tooling"')),
      id: 'acme-ladder-2027',
      follows,
    };
    const later = validateFramework(renamed);
    const set = lineagesWith([validateFramework(first), later]);
    expect(set.problems).toEqual(new Map());
    expect(set.lineages.at(-1)!.versions.map((v) => v.frameworkId)).toEqual([
      'acme-ladder',
      'acme-ladder-2027',
    ]);
    expect(skillMappings(role.id, 'acme-ladder', 'acme-ladder-2027', set.changes)).toEqual([
      { from: ['automation'], to: ['automation-and-tooling'] },
    ]);
  });

  it('opens with the app, a screenshot and the two commands, says how to deploy, and links pages that exist', () => {
    expect(readme.indexOf('![')).toBeLessThan(readme.indexOf('## Set up'));
    expect(readme).toContain('npm install && npm run dev');
    expect(readme).toContain('npm install && npm test');
    expect(readme).toMatch(/## Deploy\n[\s\S]*npm run build[\s\S]*dist\//);
    const links = [...readme.matchAll(/\]\((docs\/[^)#]+)(#[^)]+)?\)/g)];
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const [, page, anchor] of links) {
      const text = readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8');
      if (anchor) {
        const headings = [...text.matchAll(/^#+ (.+)$/gm)].map(([, h]) =>
          h
            .toLowerCase()
            .replace(/[^a-z0-9 -]/g, '')
            .replace(/ /g, '-'),
        );
        expect(headings, `${page}${anchor}`).toContain(anchor.slice(1));
      }
    }
    // Each page of docs/ links back, and its pictures are found from where it is.
    for (const page of ['views', 'file-formats', 'exports', 'data', 'speed', 'architecture']) {
      const text = readFileSync(new URL(`../../docs/${page}.md`, import.meta.url), 'utf8');
      expect(text).toContain('](../README.md)');
      for (const [, picture] of text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g))
        expect(existsSync(new URL(`../../docs/${picture}`, import.meta.url)), picture).toBe(true);
    }
  });
});
