import type { NextFunction, Request, Response } from "express";
import { timingSafeEqual } from "node:crypto";

const BOX_OFFICE_KEY = process.env.BOX_OFFICE_KEY;
const DIRECTOR_KEY = process.env.DIRECTOR_KEY ?? "";

export function boxOffice(req: Request, res: Response, next: NextFunction) {
  const supplied = Buffer.from(req.get("x-box-office-key") ?? "");
  const expected = Buffer.from(BOX_OFFICE_KEY ?? "");
  if (!BOX_OFFICE_KEY || supplied.length !== expected.length || !timingSafeEqual(supplied, expected)) {
    return res.status(401).json({ error: "box office only" });
  }
  next();
}

export function director(req: Request, res: Response, next: NextFunction) {
  const key = (req.query.key as string | undefined) ?? req.get("x-director-key");
  if (key === DIRECTOR_KEY) return next();
  res.status(401).json({ error: "director only" });
}
