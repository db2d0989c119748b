import { Pool } from "pg";

export interface Card {
  id: number;
  interval: number;
  ease: number;
  reps: number;
}

const DAY = 86_400;

/** SM-2 scheduling: grade 0-5, below 3 resets the card. */
export function schedule(card: Card, grade: number) {
  let { interval, ease, reps } = card;
  if (grade < 3) {
    reps = 0;
    interval = 1;
  } else {
    reps += 1;
    interval = reps === 1 ? 1 : reps === 2 ? 6 : Math.round(interval * ease);
  }
  ease = ease + (0.1 - (5 - grade) * (0.08 + (5 - grade) * 0.02));
  const dueAt = new Date(Date.now() + interval * DAY);
  return { interval, ease, reps, dueAt };
}

export async function dueCards(pool: Pool, userId: number): Promise<number[]> {
  const { rows } = await pool.query(
    "SELECT c.id FROM cards c JOIN decks d ON d.id = c.deck_id WHERE d.owner_id = $1 AND c.due_at <= now() ORDER BY c.due_at",
    [userId],
  );
  return rows.map((r) => r.id);
}

export function checkAnswer(given: string, expected: string): boolean {
  return expected.startsWith(given.trim().toLowerCase());
}
