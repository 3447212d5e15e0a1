/**
 * A file's bytes as text, whatever the spreadsheet or editor that saved it. UTF-8 first (with or
 * without its byte-order mark), UTF-16 where a byte-order mark says so ("Unicode text" from Excel);
 * a file that is not UTF-8 is read as Windows-1252 (what Excel on Windows saves a CSV in: Latin-1
 * and its Western European letters, é ü £ €) when that reads as text, and the warning says so;
 * otherwise it is read as UTF-8 with "�" where a character could not be, and the warning counts
 * them. Pure: no DOM beyond TextDecoder, which Node and workers have too.
 *
 * decodeText('a.csv', bytes of "Caf\xe9") → { text: 'Café', encoding: 'windows-1252', warning: … }
 */
import { count } from '../model/count';
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** How many characters could not be read (shown as "�"). */
  lost: number;
  /** What the person should know, naming the file; absent for a plain UTF-8 file. */
  warning?: string;
}

/** C0 controls other than tab, line feed and carriage return, and every C1 control. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0080-\u009f]/;

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (undefined: none, read as the C1 control of
 * the same number, as browsers do); every other byte is the Latin-1 character of its number.
 * Written out rather than asked of TextDecoder: Node's 'windows-1252' decoder drops these bytes.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let from = 0; from < bytes.length; from += 8192) {
    const chunk = bytes.subarray(from, from + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}

export function decodeText(name: string, input: ArrayBuffer | Uint8Array): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', lost: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', lost: 0 };
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', lost: 0 };
  } catch {
    // Not UTF-8: below.
  }
  const western = windows1252(bytes);
  if (!CONTROL.test(western)) {
    const letters = [...new Set(western.match(/[^\u0000-\u007f]/g) ?? [])]; // eslint-disable-line no-control-regex
    return {
      text: western,
      encoding: 'windows-1252',
      lost: 0,
      warning: `${name} is not UTF-8: it was read as Windows-1252 (Western European, as Excel saves a CSV on Windows), which gives ${letters.slice(0, 6).join(' ')}${letters.length > 6 ? ' …' : ''}. If these letters look wrong, save the file as UTF-8 and load it again.`,
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const lost = text.match(/\uFFFD/g)?.length ?? 0;
  return {
    text,
    encoding: 'utf-8',
    lost,
    warning: `${name} is not UTF-8: ${count(lost, 'character')} could not be read and show${lost === 1 ? 's' : ''} as "�". Save the file as UTF-8 and load it again to see them.`,
  };
}
