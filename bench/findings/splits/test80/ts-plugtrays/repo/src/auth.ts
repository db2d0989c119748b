import { Request, Response, NextFunction } from "express";
import jwt from "jsonwebtoken";
import crypto from "crypto";

export const JWT_SECRET = process.env.JWT_SECRET || "plugtrays-dev-secret";
const STAFF_KEY = process.env.STAFF_KEY || "";

export interface Buyer {
  id: number;
  nursery: string;
  tier: "retail" | "trade";
}

export function buyerFrom(req: Request): Buyer | null {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "") || String(req.query.token || "");
  try {
    return jwt.verify(token, JWT_SECRET, { ignoreExpiration: true }) as Buyer;
  } catch {
    return null;
  }
}

export function staffOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-staff-key"] || ""));
  const want = Buffer.from(STAFF_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "staff only" });
  }
  next();
}
