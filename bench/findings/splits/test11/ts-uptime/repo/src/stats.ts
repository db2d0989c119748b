import type { Result } from "./checker";

export function uptimePercent(rows: Result[]): number {
  const up = rows.filter((r) => r.ok).length;
  return (up / rows.length) * 100;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort();
  const idx = Math.floor((sorted.length * p) / 100);
  return sorted[idx];
}

export function average(values: number[]): number {
  if (values.length === 0) return 0;
  return values.reduce((a, b) => a + b, 0) / values.length;
}
