import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

const bytes = (...parts: (string | number)[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : [part])),
  );

describe('decodeText', () => {
  it('reads UTF-8 as it is, with or without a byte-order mark, and says nothing', () => {
    expect(decodeText('a.csv', bytes('Zoë, £5'))).toEqual({ text: 'Zoë, £5', encoding: 'utf-8', lost: 0 });
    expect(decodeText('a.csv', bytes(0xef, 0xbb, 0xbf, 'Café')).text).toBe('Café');
  });

  it('reads a Latin-1 / Windows-1252 file (as Excel saves a CSV) and names the letters it read', () => {
    // "José Müller,£" in Windows-1252: é = E9, ü = FC, £ = A3; "€" is 80 in Windows-1252 only.
    const read = decodeText('team.csv', bytes('Jos', 0xe9, ' M', 0xfc, 'ller,', 0xa3, 0x80));
    expect(read.text).toBe('José Müller,£€');
    expect(read.encoding).toBe('windows-1252');
    expect(read.lost).toBe(0);
    expect(read.warning).toBe(
      'team.csv is not UTF-8: it was read as Windows-1252 (Western European, as Excel saves a CSV on Windows), which gives é ü £ €. If these letters look wrong, save the file as UTF-8 and load it again.',
    );
  });

  it('falls back to UTF-8 and counts what is lost when Windows-1252 would give control characters', () => {
    // 0x81 and 0x8D have no character in Windows-1252: this is not Western European text.
    const read = decodeText('x.csv', bytes('a', 0x81, 'b', 0x8d, 'c', 0xe9));
    expect(read.text).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(read.lost).toBe(3);
    expect(read.warning).toBe(
      'x.csv is not UTF-8: 3 characters could not be read and show as "�". Save the file as UTF-8 and load it again to see them.',
    );
  });

  it('reads UTF-16 with its byte-order mark (Excel\'s "Unicode text")', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Zoë'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText('u.txt', le)).toEqual({ text: 'Zoë', encoding: 'utf-16le', lost: 0 });
  });
});
