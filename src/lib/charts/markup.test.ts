// @vitest-environment jsdom
/** Guards text from the data written as markup: it must read back as the very same text, never as markup. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkup } from './markup';

const SVG = 'http://www.w3.org/2000/svg';
/** Parses `<text>` markup as `{@html}` does inside an SVG: text and one attribute, read back. */
function readBack(text: string) {
  const g = document.createElementNS(SVG, 'g');
  g.innerHTML = `<text aria-label="${escapeMarkup(text)}">${escapeMarkup(text)}</text>`;
  const element = g.firstElementChild!;
  return { count: g.childNodes.length, label: element.getAttribute('aria-label'), text: element.textContent };
}

describe('escapeMarkup', () => {
  it('escapes what markup would read as markup, and leaves the rest as it was', () => {
    expect(escapeMarkup(`Tom & "Jerry" <b>'s</b>`)).toBe(
      'Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;',
    );
    expect(escapeMarkup('Plain text, ▲2 and ✎')).toBe('Plain text, ▲2 and ✎');
  });

  it('gives back any text exactly, as content and as an attribute, as one element', () => {
    const awkward = fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      "'",
      '\r',
      '\n',
      '\r\n',
      '&amp;',
      '</text>',
      '<script>',
      ']]>',
      '<!--',
      '-->',
      ' ',
    );
    const text = fc.array(fc.oneof(awkward, fc.string({ unit: 'binary' })), { maxLength: 8 }).map((parts) =>
      // NUL is the one character markup cannot hold (see markup.ts).
      parts.join('').replaceAll('\u0000', ''),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(readBack(t)).toEqual({ count: 1, label: t, text: t });
      }),
      { numRuns: 500 },
    );
  });

  it('cannot make an element or an attribute out of a name', () => {
    const g = document.createElementNS(SVG, 'g');
    const name = '"><script>alert(1)</script><rect onload="alert(2)" x="';
    g.innerHTML = `<text aria-label="${escapeMarkup(name)}">${escapeMarkup(name)}</text>`;
    expect(g.querySelectorAll('*')).toHaveLength(1);
    expect([...g.firstElementChild!.attributes].map((a) => a.name)).toEqual(['aria-label']);
  });
});
