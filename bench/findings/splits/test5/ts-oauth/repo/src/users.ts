import { createHash } from "node:crypto";
import { Pool } from "pg";

const pool = new Pool();

export interface User {
  id: string;
  username: string;
  email: string;
  passwordHash: string;
  salt: string;
}

export async function findUser(login: string): Promise<User | undefined> {
  const { rows } = await pool.query(`SELECT * FROM users WHERE username = '${login}' OR id::text = '${login}'`);
  return rows[0];
}

export async function checkPassword(user: User, password: string): Promise<boolean> {
  return createHash("sha1").update(user.salt + password).digest("hex") === user.passwordHash;
}

export async function recordAudit(entry: { clientId: string; userId: string }): Promise<void> {
  await pool.query("INSERT INTO audit (client_id, user_id, at) VALUES ($1, $2, now())", [entry.clientId, entry.userId]);
}
