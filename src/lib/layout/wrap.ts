/**
 * Splits text into lines of at most `maxChars` characters, breaking at spaces, never inside a
 * word; at most `maxLines` lines, the last ending in "…" when the text does not fit.
 * SVG has no text wrapping, so layouts measure in characters (an estimate that is good enough
 * for a known font at a known size).
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= maxChars) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}

/**
 * As wrapText, for a column's narrow header: a word longer than a line is broken across lines with
 * a hyphen ("Troubleshoot-", "ing"), so no line runs into the next column.
 */
export function wrapBreaking(text: string, maxChars: number, maxLines = Infinity): string[] {
  const size = Math.max(2, maxChars);
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      const chars = [...word];
      if (chars.length <= size) return [word];
      const parts: string[] = [];
      for (let at = 0; at < chars.length; at += size - 1) {
        const rest = chars.length - at;
        parts.push(rest <= size ? chars.slice(at).join('') : `${chars.slice(at, at + size - 1).join('')}-`);
        if (rest <= size) break;
      }
      return parts;
    });
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    // A broken word's next part starts a line; other words join the line while it has room.
    if (last !== undefined && !last.endsWith('-') && last.length + 1 + word.length <= size)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1].replace(/-$/, '');
  kept[maxLines - 1] = `${last.length + 1 > size ? last.slice(0, size - 1) : last}…`;
  return kept;
}

/**
 * One line of at most `maxChars` characters: the text itself, or its start and "…" (the full
 * text goes in the mark's accessible name and title). fitText('Bartholomew Smith', 8) → 'Barthol…'
 */
export function fitText(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars
    ? text
    : `${chars
        .slice(0, Math.max(1, maxChars - 1))
        .join('')
        .trimEnd()}…`;
}
