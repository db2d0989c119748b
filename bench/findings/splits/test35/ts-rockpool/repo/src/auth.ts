import jwt from "jsonwebtoken";
import { timingSafeEqual } from "crypto";
import type { NextFunction, Request, Response } from "express";

const DESK_KEY = process.env.DESK_KEY;

export interface Walker {
  id: number;
  email: string;
  role: "walker" | "guide";
}

// Walkers sign in through the council's booking portal, which issues the token.
export function walkerOf(req: Request): Walker {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  return jwt.decode(token) as Walker;
}

export function deskOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-desk-key"] ?? ""));
  const want = Buffer.from(DESK_KEY ?? "");
  if (!DESK_KEY || given.length !== want.length || !timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "desk staff only" });
  }
  next();
}
