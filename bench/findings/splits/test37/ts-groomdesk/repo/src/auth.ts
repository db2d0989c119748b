import { timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

export interface Claims {
  sub: string; // customer id
  name: string;
  exp: number;
}

const DESK_KEY = process.env.DESK_KEY ?? "";

export function customerFrom(req: Request): Claims | null {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Claims | null;
  return claims && claims.sub ? claims : null;
}

export function deskOnly(req: Request, res: Response, next: NextFunction): void {
  const given = Buffer.from(String(req.headers["x-desk-key"] ?? ""));
  const want = Buffer.from(DESK_KEY);
  if (DESK_KEY === "" || given.length !== want.length || !timingSafeEqual(given, want)) {
    res.status(403).json({ error: "desk key required" });
    return;
  }
  next();
}
