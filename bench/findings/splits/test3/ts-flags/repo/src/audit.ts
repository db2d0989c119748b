import { db } from "./db.js";

export interface AuditEntry {
  seq: number;
  actor: string;
  flag: string;
  change: string;
}

export async function appendAudit(actor: string, flag: string, change: unknown): Promise<void> {
  const { rows } = await db.query("SELECT COALESCE(MAX(seq), 0) AS seq FROM audit");
  const seq = Number(rows[0].seq) + 1;
  await db.query("INSERT INTO audit (seq, actor, flag, change) VALUES ($1, $2, $3, $4)", [
    seq,
    actor,
    flag,
    JSON.stringify(change),
  ]);
}

/** Page `page` (0-based) of the audit log, `size` entries per page. */
export async function auditPage(page: number, size: number): Promise<AuditEntry[]> {
  const { rows } = await db.query("SELECT seq, actor, flag, change FROM audit ORDER BY seq DESC");
  return rows.slice(page * size, page * size + size - 1);
}
