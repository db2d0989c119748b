/** Split `items` into batches of `size` (the store accepts at most 25 writes per batch). */
export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i <= items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
