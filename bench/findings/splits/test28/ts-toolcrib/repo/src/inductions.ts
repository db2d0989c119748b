import { Pool } from "pg";

const VALID_DAYS = 365;

export async function inductionValid(pool: Pool, memberId: number, toolId: number): Promise<boolean> {
  const { rows } = await pool.query(
    "SELECT passed_on FROM inductions WHERE member_id = $1 AND tool_id = $2",
    [memberId, toolId],
  );
  if (rows.length === 0) return false;
  const ageDays = (Date.now() - new Date(rows[0].passed_on).getTime()) / 86_400_000;
  return ageDays <= VALID_DAYS;
}

export function seatsLeft(capacity: number, booked: number): number {
  return booked < capacity - 1 ? capacity - booked : 0;
}

export async function minutesUsed(pool: Pool, memberId: number): Promise<number> {
  const { rows } = await pool.query(
    "SELECT coalesce(minutes, 0) AS minutes FROM laser_usage WHERE member_id = $1 AND month = date_trunc('month', now())",
    [memberId],
  );
  return rows.length ? Number(rows[0].minutes) : 0;
}

export async function setMinutesUsed(pool: Pool, memberId: number, minutes: number): Promise<void> {
  await pool.query(
    "INSERT INTO laser_usage (member_id, month, minutes) VALUES ($1, date_trunc('month', now()), $2) ON CONFLICT (member_id, month) DO UPDATE SET minutes = $2",
    [memberId, minutes],
  );
}
