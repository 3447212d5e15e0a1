/** Guards descriptions: "- " lines become lists, and no word of the source is lost or changed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textBlocks } from './textBlocks';

describe('textBlocks', () => {
  it.each([
    ['One line.', [{ kind: 'paragraph', text: 'One line.' }]],
    [
      'You can:\n- plan\n- build\nExamples include a plan.',
      [
        { kind: 'paragraph', text: 'You can:' },
        { kind: 'list', items: ['plan', 'build'] },
        { kind: 'paragraph', text: 'Examples include a plan.' },
      ],
    ],
    [
      'A.\n\nB.',
      [
        { kind: 'paragraph', text: 'A.' },
        { kind: 'paragraph', text: 'B.' },
      ],
    ],
    ['• one\r\n• two', [{ kind: 'list', items: ['one', 'two'] }]],
    ['A well-known - hyphen stays.', [{ kind: 'paragraph', text: 'A well-known - hyphen stays.' }]],
    ['', []],
  ])('%j', (text, blocks) => expect(textBlocks(text)).toEqual(blocks));

  it('keeps every word of every description in the 2025 framework', () => {
    const framework = JSON.parse(
      readFileSync(new URL('../../../static/data/ddat-2025.json', import.meta.url), 'utf8'),
    );
    const words = (text: string) =>
      text
        .replace(/(^|\n)\s*[-•*]\s+/g, '$1')
        .split(/\s+/)
        .filter(Boolean);
    for (const role of framework.roles)
      for (const requirement of role.requirements) {
        const blocks = textBlocks(requirement.description);
        const kept = blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text])).join(' ');
        expect(words(kept)).toEqual(words(requirement.description));
      }
  });
});
