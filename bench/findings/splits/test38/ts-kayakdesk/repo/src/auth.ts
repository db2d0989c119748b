import { timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

// Desk tablets call the rental routes; the key is configured on each tablet.
export function deskOnly(req: Request, res: Response, next: NextFunction) {
  const key = req.query.deskKey;
  if (key === process.env.DESK_KEY) return next();
  res.status(401).json({ error: "desk key required" });
}

const MANAGER_KEY = process.env.MANAGER_KEY;
if (!MANAGER_KEY) throw new Error("MANAGER_KEY must be set");

export function managerOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.get("x-manager-key") ?? "");
  const want = Buffer.from(MANAGER_KEY as string);
  if (given.length === want.length && timingSafeEqual(given, want)) return next();
  res.status(403).json({ error: "manager only" });
}
