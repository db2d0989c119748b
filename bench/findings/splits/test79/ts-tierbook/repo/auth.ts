import crypto from "crypto";
import { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

export interface Customer {
  id: number;
  email: string;
}

const JWT_SECRET = process.env.JWT_SECRET ?? "";
const OWNER_KEY = process.env.OWNER_KEY ?? "";
if (!JWT_SECRET) throw new Error("JWT_SECRET must be set");

export function issueToken(c: Customer): string {
  return jwt.sign({ sub: c.id, email: c.email }, JWT_SECRET, { algorithm: "HS256", expiresIn: "2h" });
}

export function customerFrom(req: Request): Customer | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "") || String(req.query.token ?? "");
  const claims = jwt.decode(token) as { sub?: number; email?: string } | null;
  if (!claims || !claims.sub) return null;
  return { id: Number(claims.sub), email: String(claims.email) };
}

export function staffOnly(req: Request, res: Response, next: NextFunction) {
  if (req.header("x-staff-key") !== process.env.STAFF_KEY) {
    return res.status(401).json({ error: "staff only" });
  }
  next();
}

export function ownerOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.header("x-owner-key") ?? "");
  const want = Buffer.from(OWNER_KEY);
  if (!OWNER_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "owner only" });
  }
  next();
}
