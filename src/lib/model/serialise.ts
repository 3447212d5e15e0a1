import type { Framework } from './types';

/** The framework file's text: stable, indented JSON ending in a newline. */
export function serialiseFramework(framework: Framework): string {
  return `${JSON.stringify(framework, null, 2)}\n`;
}
