import type { Proficiency } from '../../model/types';
import { slugify } from '../../model/slug';
import { ImportError } from '../importError';

const ENTRY = /^- \*\*([^*]+?)\.\*\* (.+)$/;

/**
 * Reads the ordered proficiency scale from the skill-levels markdown: one `- **Name.** Definition`
 * line per proficiency, lowest first. Any other list item is an error naming its line.
 */
export function parseProficiencyScale(text: string, file = 'skill-levels.md'): Proficiency[] {
  const scale: Proficiency[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line.startsWith('- ')) return;
    const match = ENTRY.exec(line);
    if (!match) {
      throw new ImportError(
        `expected a proficiency as "- **Name.** Definition", found "${line}"`,
        file,
        index + 1,
      );
    }
    const [, name, definition] = match;
    scale.push({ id: slugify(name), name, rank: scale.length + 1, definition });
  });
  if (scale.length < 2) throw new ImportError('expected at least two proficiencies', file);
  return scale;
}
