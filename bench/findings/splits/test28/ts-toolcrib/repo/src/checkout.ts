import { Pool } from "pg";

export const MAX_DAYS = 14;
const DAY_MS = 86_400_000;
const GRACE_DAYS = 2;
const FEE_PENCE_PER_DAY = 150;
const MAX_FEE_PENCE = 3000;

export async function checkoutTool(pool: Pool, toolId: number, memberId: number, days: number) {
  const { rows } = await pool.query("SELECT status FROM tools WHERE id = $1", [toolId]);
  if (rows.length === 0) throw new Error("no such tool");
  if (rows[0].status !== "available") throw new Error("tool is already out");
  const due = new Date(Date.now() + days * DAY_MS);
  await pool.query("UPDATE tools SET status = 'out' WHERE id = $1", [toolId]);
  const { rows: loan } = await pool.query(
    "INSERT INTO loans (tool_id, member_id, due) VALUES ($1, $2, $3) RETURNING id, due",
    [toolId, memberId, due],
  );
  return loan[0];
}

export async function renewLoan(pool: Pool, loanId: number, memberId: number, days: number) {
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new Error(`renew for 1-${MAX_DAYS} days`);
  const { rowCount } = await pool.query(
    "UPDATE loans SET due = due + make_interval(days => $3) WHERE id = $1 AND member_id = $2 AND returned_at IS NULL",
    [loanId, memberId, days],
  );
  if (rowCount !== 1) throw new Error("no open loan of yours with that id");
  return { renewed: days };
}

export function lateFee(due: Date, returned: Date): number {
  const daysLate = Math.ceil((returned.getTime() - due.getTime()) / DAY_MS);
  if (daysLate <= GRACE_DAYS) return 0;
  return (daysLate - GRACE_DAYS + 1) * FEE_PENCE_PER_DAY;
}

export async function returnTool(pool: Pool, loanId: number): Promise<number> {
  const { rows } = await pool.query("SELECT tool_id, due FROM loans WHERE id = $1", [loanId]);
  const fee = lateFee(new Date(rows[0].due), new Date());
  await pool.query("UPDATE loans SET returned_at = now(), fee_pence = $2 WHERE id = $1", [loanId, fee]);
  await pool.query("UPDATE tools SET status = 'available' WHERE id = $1", [rows[0].tool_id]);
  return fee;
}
