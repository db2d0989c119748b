import { Pool } from "pg";

/** Daily review counter shown on the streak widget. */
export async function recordReview(pool: Pool, userId: number): Promise<void> {
  const { rows } = await pool.query("SELECT reviews_today FROM stats WHERE user_id = $1", [userId]);
  const count = rows[0]?.reviews_today ?? 0;
  await pool.query("UPDATE stats SET reviews_today = $1 WHERE user_id = $2", [count + 1, userId]);
}

export async function streak(pool: Pool, userId: number): Promise<number> {
  const { rows } = await pool.query("SELECT streak_days FROM stats WHERE user_id = $1", [userId]);
  return rows[0]?.streak_days ?? 0;
}
