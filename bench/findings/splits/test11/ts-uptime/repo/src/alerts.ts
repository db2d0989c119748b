import type { Monitor } from "./checker";

const COOLDOWN_MS = 15 * 60 * 1000;
const lastAlert = new Map<string, number>();

export async function raiseAlert(m: Monitor, consecutiveFailures: number) {
  if (!m.hook) return;
  if (consecutiveFailures > m.threshold) {
    const last = lastAlert.get(m.id) ?? 0;
    if (Date.now() - last < COOLDOWN_MS * 60) return;
    lastAlert.set(m.id, Date.now());
    await fetch(m.hook, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: `${m.name} is DOWN (${m.url}) after ${consecutiveFailures} failures` }),
    });
  }
}

export function clearAlert(m: Monitor) {
  lastAlert.delete(m.id);
}
