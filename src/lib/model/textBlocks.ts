/** A description's text as paragraphs and lists, for text that writes its lists as "- " lines. */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const ITEM = /^\s*[-•*]\s+/;

/**
 * Splits text into paragraphs (one a line) and lists (runs of lines that start with "- ", "• " or
 * "* "), every word kept as written: only the list markers and blank lines go.
 * Example: "You can:\n- plan\n- build" → [paragraph "You can:", list ["plan", "build"]].
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (ITEM.test(line)) {
      const item = line.replace(ITEM, '').trim();
      const last = blocks.at(-1);
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else blocks.push({ kind: 'paragraph', text: line.trim() });
  }
  return blocks;
}
