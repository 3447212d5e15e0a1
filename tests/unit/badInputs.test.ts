/**
 * Guards loading a person's files: each malformed input in tests/fixtures/bad gets its own precise
 * message, and random or mutated input only ever gives a framework or the importer's own error.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  importUserFiles,
  LoadError,
  MAX_FILE_BYTES,
  checkSize,
  decodeFile,
} from '../../src/lib/formats/userFiles';
import { devopsFramework } from './fixtures';

const folder = new URL('../fixtures/bad/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as Record<string, string>;
const framework = devopsFramework();
const defaults = { proficiencies: framework.proficiencies, tracks: framework.tracks, attribution: 'test' };
// What a browser's File.text() gives: UTF-8, invalid bytes replaced.
const asText = (name: string) => new TextDecoder().decode(readFileSync(new URL(name, folder)));
const load = (name: string, text: string) => importUserFiles([{ name, text }], defaults);

describe('malformed inputs', () => {
  it('has at least 25 of them, each with its expected message', () => {
    const files = readdirSync(folder).filter((name) => name !== 'expected.json');
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(expected).sort()).toEqual(files.sort());
  });

  it.each(Object.entries(expected))('%s → %s', (name, message) => {
    if (message.startsWith('OK: ')) {
      // Markup in a description is data: kept word for word, as text.
      const { framework: loaded } = load(name, asText(name));
      expect(loaded.roles[0].levels[0].summary.paragraphs[0]).toBe(message.slice(4));
      return;
    }
    let error: unknown;
    try {
      load(name, asText(name));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toContain(message);
  });

  it('leaves Object.prototype alone when a file has a __proto__ key', () => {
    expect(() => load('proto-key.json', asText('proto-key.json'))).toThrow(LoadError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(() => checkSize('big.json', MAX_FILE_BYTES + 1)).toThrow(
      /big.json is 20.0 MB; files over 20 MB are not loaded/,
    );
    expect(() => checkSize('fine.json', MAX_FILE_BYTES)).not.toThrow();
  });
});

describe('random and mutated input (property-based)', () => {
  const onlyOwnErrors = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof LoadError)) throw error;
    }
  };
  const validJson = JSON.stringify(framework);
  const validCsv = readFileSync(
    new URL('../../data/sources/ddat-framework-2025/roles.csv', import.meta.url),
    'utf8',
  ).slice(0, 40_000);

  it('random text gives a framework or a LoadError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('x.json', 'x.csv'), (text, name) => {
        onlyOwnErrors(() => load(name, text));
      }),
      { numRuns: 300 },
    );
  });

  const mutated = (source: string) =>
    fc
      .array(fc.tuple(fc.nat({ max: source.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 8 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((edits) =>
        edits.reduce(
          (text, [at, remove, insert]) => text.slice(0, at) + insert + text.slice(at + remove),
          source,
        ),
      );

  it('mutated framework JSON gives a framework or a LoadError', () => {
    fc.assert(
      fc.property(mutated(validJson), (text) => onlyOwnErrors(() => load('m.json', text))),
      { numRuns: 200 },
    );
  });

  it('mutated DDaT CSV gives a framework or a LoadError', () => {
    fc.assert(
      fc.property(mutated(validCsv), (text) => onlyOwnErrors(() => load('m.csv', text))),
      { numRuns: 60 },
    );
  });
});

describe('what a file says of itself', () => {
  const header =
    'Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description,Role Type';
  const csv = (skills: string[]) =>
    [header, ...skills.map((skill) => `Data,Analyst,,Analyst,,"${skill}",,Working,Does it.,`)].join('\n');

  it('pasted text with a byte-order mark loads as the file does', () => {
    expect(load('pasted text', `\uFEFF${JSON.stringify(framework)}`).framework.id).toBe(framework.id);
    expect(load('pasted text', `\uFEFF${csv(['Cloud'])}`).framework.roles[0].skills).toHaveLength(1);
  });

  it.each([
    [
      ['Cloud!', 'Cloud?'],
      ['cloud', 'cloud-2'],
    ],
    [
      ['🚀', '***', 'Data'],
      ['skill', 'skill-2', 'data'],
    ],
    [
      ['Über', 'Uber'],
      ['uber', 'uber-2'],
    ],
  ])('names that slugify alike, or to nothing, stay distinct skills: %j', (names, ids) => {
    const role = load('roles.csv', csv(names)).framework.roles[0];
    expect(role.skills.map((s) => s.id)).toEqual(ids);
    expect(role.skills.map((s) => s.name)).toEqual(names);
  });

  it('a CSV carries the DDaT attribution and licence, in words and not as empty links', () => {
    const { source } = load('roles.csv', csv(['Cloud'])).framework;
    expect(source.attribution).toBe(
      'Source: roles.csv, in the format of the DDaT Capability Framework, CDDO. Contains public sector information licensed under the Open Government Licence v3.0.',
    );
    expect(source.licenceUrl).toMatch(/^https:\/\//);
  });

  it('says when a file is not UTF-8, and still reads what it can', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0xff]);
    expect(decodeFile('roles.csv', latin1.buffer)).toEqual({
      text: 'Café ÿ',
      warning:
        'roles.csv is not UTF-8: it was read as Windows-1252 (Western European, as Excel saves a CSV on Windows), which gives é ÿ. If these letters look wrong, save the file as UTF-8 and load it again.',
    });
    const garbled = new Uint8Array([...new TextEncoder().encode('Caf'), 0x81, 0x20, 0xff]);
    const { text, warning } = decodeFile('roles.csv', garbled.buffer);
    expect(text).toBe('Caf\uFFFD \uFFFD');
    expect(warning).toBe(
      'roles.csv is not UTF-8: 2 characters could not be read and show as "�". Save the file as UTF-8 and load it again to see them.',
    );
    expect(decodeFile('ok.csv', new TextEncoder().encode('\uFEFFCafé').buffer)).toEqual({ text: 'Café' });
  });
});
