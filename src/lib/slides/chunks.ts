/** Splits a list into runs of at most `size`, as even as they can be (9 by 4: 3, 3, 3, not 4, 4, 1). */
export function chunkBy<T>(items: T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const count = Math.ceil(items.length / Math.max(1, size));
  const base = Math.floor(items.length / count);
  const extra = items.length % count;
  const chunks: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const length = base + (i < extra ? 1 : 0);
    chunks.push(items.slice(start, start + length));
    start += length;
  }
  return chunks;
}
