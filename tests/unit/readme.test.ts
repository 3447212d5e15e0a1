/** Guards the README: its framework example is a valid file, and it shows the two set-up commands. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../../src/lib/model/schema';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('has a framework example that the app loads', () => {
    const example = /```json\n([\s\S]+?)\n```/.exec(readme)![1];
    const framework = validateFramework(JSON.parse(example));
    expect(framework.roles[0].levels[0].next).toEqual(['senior-engineer-technical']);
  });

  it('opens with the app, a screenshot and the two commands', () => {
    expect(readme.indexOf('![')).toBeLessThan(readme.indexOf('## Set up'));
    expect(readme).toContain('npm install && npm run dev');
    expect(readme).toContain('npm install && npm test');
  });
});
