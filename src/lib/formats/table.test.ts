/**
 * Guards the formats tables: every reader in read/ and writer in write/ has its row (and every row
 * its module), each use reads what its pickers accept, and a file is recognised by its start,
 * whatever its name says.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS, acceptFor, formatOf, formatsFor, type FileUse } from './table';
import { ImportError } from './importError';
import { EXPORT_FORMATS, exportFormat } from './exports';

/** The modules of a folder of readers or writers, by name. */
const modules = (paths: Record<string, unknown>, folder: string) =>
  Object.keys(paths).map((path) => path.replace(`./${folder}/`, '').replace(/\.ts$/, ''));

describe('the formats tables', () => {
  it.each([
    [
      'read',
      'IMPORT_FORMATS',
      modules(import.meta.glob(['./read/*.ts', '!./read/*.test.ts']), 'read'),
      IMPORT_FORMATS.map((f) => f.reader),
    ],
    [
      'write',
      'EXPORT_FORMATS',
      modules(import.meta.glob(['./write/*.ts', '!./write/*.test.ts']), 'write'),
      EXPORT_FORMATS.map((f) => f.writer),
    ],
  ])('has a row for every module in %s/ (%s), and a module for every row', (folder, table, files, named) => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files)
      expect(named, `${folder}/${file}.ts has no row in ${table}: a format without its table row`).toContain(
        file,
      );
    for (const name of named) expect(files).toContain(name);
  });

  it('finds an export format by id, each with its own name', () => {
    expect(new Set(EXPORT_FORMATS.map((f) => f.id)).size).toBe(EXPORT_FORMATS.length);
    expect(new Set(EXPORT_FORMATS.map((f) => f.name)).size).toBe(EXPORT_FORMATS.length);
    expect(exportFormat('pptx-picture').writer).toBe('pptx');
  });
});

describe('the import formats table', () => {
  it('gives every row a unique id and every use a format', () => {
    expect(new Set(IMPORT_FORMATS.map((f) => f.id)).size).toBe(IMPORT_FORMATS.length);
    for (const use of ['framework', 'assessment', 'team'] as FileUse[])
      expect(formatsFor(use).length).toBeGreaterThan(0);
  });

  it.each([
    ['framework', '.json,.csv,application/json,text/csv'],
    ['assessment', '.json,.csv,application/json,text/csv'],
    ['team', '.json,.csv,application/json,text/csv'],
  ] as [FileUse, string][])('gives the %s picker its accept: %s', (use, accept) => {
    expect(acceptFor(use)).toBe(accept);
  });

  it.each([
    ['framework', 'f.json', '{"id": "x"}', 'framework-json'],
    ['framework', 'f.txt', '[1, 2]', 'framework-json'],
    ['framework', 'roles.csv', 'Role Family,Role,Role Level\n', 'ddat-roles-csv'],
    ['framework', 'skills.csv', '\uFEFFSkill Name,Skill Description,Awareness\n', 'ddat-skills-csv'],
    ['assessment', 'me.json', '{}', 'assessment-json'],
    ['assessment', 'me.csv', 'person,skill,proficiency\n', 'long-csv'],
    // A person's CSV is read as the long CSV, whose reader names the columns it lacks.
    ['assessment', 'me.csv', 'who,what\n', 'long-csv'],
    ['team', 'all.csv', 'Person,Framework,Skill,Proficiency\n', 'long-csv'],
    ['team', 'grid.csv', 'name,Prototyping,User focus\n', 'wide-csv'],
    ['team', 'sam.txt', ' [{}]', 'assessment-json'],
  ] as [FileUse, string, string, string][])('reads a %s file %s as %s', (use, name, text, id) => {
    expect(formatOf(use, name, text).id).toBe(id);
  });

  it.each([
    ['framework', 'empty.csv', ' \n ', /^empty\.csv: the file is empty$/],
    ['team', 'photo.csv', 'PNG\u0000\u0001', /^photo\.csv: it looks like a binary file, not a team file$/],
    ['framework', 'list.txt', 'Eggs\nMilk', /^list\.txt: it is neither JSON nor a DDaT CSV/],
    ['team', 'x.csv', 'who,what\nA,B', /^x\.csv, line 1: not a team file: .*; found who, what$/],
  ] as [FileUse, string, string, RegExp][])(
    'refuses a %s file %s, saying why',
    (use, name, text, message) => {
      expect(() => formatOf(use, name, text)).toThrow(ImportError);
      expect(() => formatOf(use, name, text)).toThrow(message);
    },
  );
});
