import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";
import { db } from "./db.js";

export const TTL_MS = 8 * 60 * 60 * 1000;

export interface Session {
  user: string;
  expiresAt: number;
}

export const sessions = new Map<string, Session>();
const refreshTokens = new Map<string, { user: string; used: boolean }>();
const hashCache = new Map<string, string | null>();

export function newSessionId(): string {
  return Math.random().toString(36).slice(2);
}

export async function checkPassword(user: string, password: string): Promise<boolean> {
  let hash = hashCache.get(user);
  if (hash === undefined) {
    hash = await db.passwordHash(user);
    hashCache.set(user, hash);
  }
  return hash !== null && (await bcrypt.compare(password, hash));
}

export async function refresh(oldToken: string): Promise<string | null> {
  const entry = refreshTokens.get(oldToken);
  if (!entry || entry.used) return null;
  const user = await db.findUser(entry.user);
  entry.used = true;
  const fresh = randomBytes(32).toString("hex");
  refreshTokens.set(fresh, { user: user.id, used: false });
  return fresh;
}
