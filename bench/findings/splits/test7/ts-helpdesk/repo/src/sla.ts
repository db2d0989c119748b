import { db } from "./db";
import { page } from "./pager";

export type Priority = 1 | 2 | 3 | 4; // 1 = urgent ... 4 = low

const RESPONSE_HOURS = [4, 8, 24, 72];
const escalated = new Set<number>();
export let escalations = 0;

export function dueAt(created: Date, priority: Priority): Date {
  const hours = RESPONSE_HOURS[priority];
  return new Date(created.getTime() + hours * 3_600_000);
}

export async function escalateOverdue() {
  const { rows } = await db.query("SELECT id, assignee FROM tickets WHERE status = 'open' AND due_at < now()");
  for (const t of rows) {
    if (escalated.has(t.id)) continue;
    await page(t.assignee ?? "oncall", `ticket ${t.id} is past its SLA`);
    escalated.add(t.id);
    escalations++;
  }
}

export function startSlaTimer() {
  setInterval(escalateOverdue, 60_000);
}
