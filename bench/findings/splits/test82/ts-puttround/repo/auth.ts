import crypto from "crypto";
import jwt from "jsonwebtoken";
import type { NextFunction, Request, Response } from "express";

const JWT_SECRET = process.env.JWT_SECRET || "fore-and-windmill";
const STAFF_KEY = process.env.STAFF_KEY ?? "";

export interface Player {
  id: number;
  name: string;
  role: "player" | "staff";
}

export type PlayerRequest = Request & { player?: Player };

export function issueToken(player: Player): string {
  return jwt.sign({ id: player.id, name: player.name, role: player.role }, JWT_SECRET);
}

export function signReceipt(bookingId: number): string {
  return jwt.sign({ bookingId }, JWT_SECRET, { expiresIn: "30d" });
}

export function readReceipt(token: string): number | null {
  try {
    const claims = jwt.verify(token, JWT_SECRET) as { bookingId: number };
    return claims.bookingId;
  } catch {
    return null;
  }
}

export function playerAuth(req: PlayerRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Player | null;
  if (!claims || !claims.id) return res.status(401).json({ error: "log in first" });
  req.player = claims;
  next();
}

export function staffOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-staff-key"] ?? ""));
  const want = Buffer.from(STAFF_KEY);
  if (!STAFF_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(401).json({ error: "staff only" });
  }
  next();
}
