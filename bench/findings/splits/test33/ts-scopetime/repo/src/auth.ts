import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { timingSafeEqual } from "node:crypto";

const STAFF_KEY = process.env.STAFF_KEY ?? "";
export const JWT_SECRET = process.env.JWT_SECRET ?? "";

export interface Observer {
  id: number;
  name: string;
  role: "member" | "staff";
}

export function observerOf(req: Request): Observer {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as { sub: number; name: string; role: Observer["role"] };
  return { id: claims.sub, name: claims.name, role: claims.role };
}

export function staffOnly(req: Request, res: Response, next: NextFunction): void {
  const given = Buffer.from(String(req.query.key ?? ""));
  const want = Buffer.from(STAFF_KEY);
  if (STAFF_KEY && given.length === want.length && timingSafeEqual(given, want)) {
    next();
    return;
  }
  res.status(401).json({ error: "staff only" });
}
