/** The JSON Schemas in static/ are the ones the app's valibot schemas make (run `npm run data`). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { JSON_SCHEMAS } from './jsonSchemas';

it.each(JSON_SCHEMAS)('static/$file is up to date', ({ file, text }) => {
  expect(readFileSync(new URL(`../static/${file}`, import.meta.url), 'utf8')).toBe(text());
});
