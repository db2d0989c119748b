import { Pool } from "pg";

export const db = new Pool({ connectionString: process.env.DATABASE_URL });

const unread = new Map<string, number>();

async function loadUnread(userId: string): Promise<number> {
  const { rows } = await db.query("SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND seen = false", [userId]);
  return rows[0].n;
}

export async function bumpUnread(userId: string) {
  const current = unread.get(userId) ?? (await loadUnread(userId));
  unread.set(userId, current + 1);
  return current + 1;
}

export async function sendMail(to: string, text: string) {
  const res = await fetch(process.env.MAIL_API!, { method: "POST", body: JSON.stringify({ to, text }) });
  if (!res.ok) throw new Error(`mail ${res.status}`);
}
