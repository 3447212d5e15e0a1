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
 * The narrowest width, from `from` up to `to` in steps of `step`, at which every one of `names`
 * wraps (wrapText) onto at most `lines` lines of `charsAt(width)` characters; `to` when no width in
 * that range holds them all. For a column of names that should never be cut short: the width only
 * grows as the names are read, so the work is linear in the names.
 */
export function widthToWrap(
  names: Iterable<string>,
  lines: number,
  charsAt: (width: number) => number,
  from: number,
  to: number,
  step = 10,
): number {
  let width = from;
  for (const name of names) {
    while (width < to && wrapText(name, charsAt(width), lines + 1).length > lines) width += step;
  }
  return Math.min(width, to);
}

/**
 * Endings a word can be hyphenated before ("Communicat-ing", "collabora-tion", "infrastruc-ture"):
 * English needs a dictionary to hyphenate well, but a framework's long words mostly end in these.
 */
const ENDINGS = [
  'ibility',
  'ability',
  'ation',
  'ition',
  'tion',
  'sion',
  'ment',
  'ness',
  'ship',
  'ture',
  'gies',
  'ally',
  'ing',
  'ity',
  'ly',
  'al',
];

/**
 * A word too long for a line of `size` characters, in parts that each fit, every part but the last
 * ending in a hyphen: broken after a hyphen of its own ("non-", "technical"), else before one of
 * the ENDINGS, else where the line ends ("Troubleshoo-", "ting"); each as late as the line allows.
 */
function breakWord(word: string, size: number): string[] {
  const parts: string[] = [];
  let rest = [...word];
  while (rest.length > size) {
    const latest = (good: (i: number) => boolean) => {
      for (let i = size; i >= 2; i--) if (rest.length - i >= 2 && good(i)) return i;
      return 0;
    };
    const at =
      latest((i) => rest[i - 1] === '-') ||
      latest(
        (i) => i < size && ENDINGS.some((ending) => rest.slice(i, i + ending.length).join('') === ending),
      ) ||
      size - 1;
    const part = rest.slice(0, at).join('');
    parts.push(part.endsWith('-') ? part : `${part}-`);
    rest = rest.slice(at);
  }
  parts.push(rest.join(''));
  return parts;
}

/**
 * As wrapText, for a column's narrow header: a word longer than a line is broken across lines with
 * a hyphen ("Communicat-", "ing"), so no line runs into the next column.
 */
export function wrapBreaking(text: string, maxChars: number, maxLines = Infinity): string[] {
  const size = Math.max(2, maxChars);
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => ([...word].length <= size ? [word] : breakWord(word, size)));
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
