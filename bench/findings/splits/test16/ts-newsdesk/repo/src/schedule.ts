import type pg from "pg";

export interface Slot { hour: number; articleId: number | null }

const FIRST_SLOT = 6; // homepage rotation: one lead story per hour, 06:00 to 22:00 inclusive
const LAST_SLOT = 22;

// Builds tomorrow's homepage rotation from the editors' ranked picks.
export function daySlots(picks: number[]): Slot[] {
  const slots: Slot[] = [];
  for (let hour = FIRST_SLOT; hour < LAST_SLOT; hour++) {
    slots.push({ hour, articleId: picks[hour - FIRST_SLOT] ?? null });
  }
  return slots;
}

let running = false;

// Publishes scheduled articles once a minute.
export function startScheduler(db: pg.Pool, publish: (id: number) => Promise<void>): NodeJS.Timeout {
  return setInterval(async () => {
    if (running) return;
    running = true;
    const { rows } = await db.query("SELECT id FROM articles WHERE status = 'scheduled' AND publish_at <= now()");
    for (const r of rows) await publish(r.id);
    running = false;
  }, 60_000);
}
