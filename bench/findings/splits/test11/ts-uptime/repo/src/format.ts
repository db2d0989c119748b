import type { Result } from "./checker";

/** "3d 4h", "12m", "45s": how long a monitor has been in its current state. */
export function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h ${m % 60}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

/** Time since the monitor last changed between up and down, or null if it never changed. */
export function sinceLastChange(rows: Result[], now = Date.now()): number | null {
  for (let i = rows.length - 1; i > 0; i--) {
    if (rows[i].ok !== rows[i - 1].ok) return now - rows[i].at;
  }
  return null;
}

export function statusLabel(rows: Result[]): "up" | "down" | "unknown" {
  if (rows.length === 0) return "unknown";
  return rows[rows.length - 1].ok ? "up" : "down";
}
