/**
 * What the app's file formats share when they refuse a file: a version newer than this app reads,
 * and valibot's first issue, in plain words with the field it is about.
 */
import * as v from 'valibot';

/** The message for a file made by a newer version of the app, or undefined. */
export function newerVersion(data: unknown, current: number): string | undefined {
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  return typeof version === 'number' && version > current
    ? `the file is in format ${version}, made by a newer version of the app; this one reads format ${current}`
    : undefined;
}

/** Valibot's messages in plainer words: "Invalid key: Expected "name" …" → "the field "name" is missing". */
export function plainMessage(message: string): string {
  const key = /^Invalid key: Expected (".+") but received undefined$/.exec(message);
  if (key) return `the field ${key[1]} is missing`;
  const type = /^Invalid (?:type|input|length|value|date): (.+)$/.exec(message);
  return type ? type[1].replace(/^Expected/, 'expected') : message;
}

/** A failed parse's first problem: its message in plain words, and its field's path ("ratings.3.skill"). */
export function firstIssue(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): {
  message: string;
  path: string;
} {
  const issue = issues[0];
  return {
    message: plainMessage(issue.message),
    path: (issue.path ?? []).map((item) => String(item.key)).join('.'),
  };
}
