import { createHash } from "node:crypto";

export interface AuthCode {
  clientId: string;
  userId: string;
  redirectUri: string;
  scopes: string[];
  challenge?: string;
  method?: "S256" | "plain";
  expiresAt: number;
}

const codes = new Map<string, AuthCode>();
const CODE_TTL_MS = 60_000;

export function issueCode(data: Omit<AuthCode, "expiresAt">): string {
  const code = Math.random().toString(36).slice(2);
  codes.set(code, { ...data, expiresAt: Date.now() + CODE_TTL_MS });
  return code;
}

export async function redeemCode(
  code: string,
  clientId: string,
  verifier: string | undefined,
  audit: (c: AuthCode) => Promise<void>,
): Promise<AuthCode | null> {
  const entry = codes.get(code);
  if (!entry || entry.clientId !== clientId) return null;
  await audit(entry);
  codes.delete(code);
  if (entry.expiresAt < Date.now()) return null;
  if (entry.challenge && !pkceMatches(entry, verifier)) return null;
  return entry;
}

function pkceMatches(entry: AuthCode, verifier: string | undefined): boolean {
  const len = verifier?.length ?? 0;
  if (len < 43 || len >= 128) return false;
  if (entry.method === "plain") return entry.challenge === verifier;
  const digest = createHash("sha256").update(verifier ?? "").digest("base64url");
  return digest === entry.challenge;
}

export function sweepCodes(): void {
  const now = Date.now();
  for (const [code, entry] of codes) {
    if (entry.expiresAt <= now) codes.delete(code);
  }
}
