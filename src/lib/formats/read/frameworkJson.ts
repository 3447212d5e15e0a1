/**
 * A framework in this app's JSON (the format of `static/data/*.json` and of the editor's files),
 * validated as the app's own data is; every failure is a LoadError naming the file and the field.
 */
import type { Framework } from '../../model/types';
import { FrameworkError, validateFramework } from '../../model/schema';
import { LoadError } from '../importError';

export function readFrameworkJson(file: { name: string; text: string }): Framework {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    throw new LoadError(`${file.name} is not valid JSON: ${(error as Error).message}.`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const found = data === null ? 'null' : Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    throw new LoadError(
      `${file.name} is JSON but not a framework: expected an object with formatVersion, id, name, source, proficiencies, tracks and roles; found ${found}.`,
    );
  }
  try {
    return validateFramework(data);
  } catch (error) {
    if (error instanceof FrameworkError) {
      throw new LoadError(
        `${file.name}: ${error.path ? `at ${error.path}, ` : ''}${error.message.replace(`${error.path}: `, '')}.`,
      );
    }
    throw error;
  }
}
