import crypto from "crypto";
import { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

export const JWT_SECRET = process.env.JWT_SECRET || "motobays-dev-secret";
const MANAGER_KEY = process.env.MANAGER_KEY ?? "";

export interface Claims {
  sub: string;
  role: "customer" | "inspector";
}

export function sha256(text: string): string {
  return crypto.createHash("sha256").update(text).digest("hex");
}

function bearer(req: Request): string {
  return (req.headers.authorization ?? "").replace(/^Bearer /, "");
}

export function customer(req: Request, res: Response, next: NextFunction) {
  try {
    const claims = jwt.decode(bearer(req)) as Claims;
    res.locals.user = claims;
    next();
  } catch {
    res.status(401).json({ error: "bad token" });
  }
}

export function inspector(req: Request, res: Response, next: NextFunction) {
  try {
    const claims = jwt.verify(bearer(req), JWT_SECRET) as Claims;
    if (claims.role !== "inspector") return res.status(403).json({ error: "inspectors only" });
    res.locals.user = claims;
    next();
  } catch {
    res.status(401).json({ error: "bad token" });
  }
}

export function manager(req: Request, res: Response, next: NextFunction) {
  const got = Buffer.from(String(req.headers["x-manager-key"] ?? ""));
  const want = Buffer.from(MANAGER_KEY);
  if (want.length === 0 || got.length !== want.length || !crypto.timingSafeEqual(got, want)) {
    return res.status(401).json({ error: "managers only" });
  }
  next();
}
