import jwt from "jsonwebtoken";
import type { NextFunction, Request, Response } from "express";

const SECRET = process.env.JWT_SECRET ?? "stride-dev-secret";

export interface Athlete {
  id: number;
  handle: string;
  coach: boolean;
}

export function issueToken(a: Athlete): string {
  return jwt.sign({ id: a.id, handle: a.handle, coach: a.coach }, SECRET, { expiresIn: "30d" });
}

export function requireAthlete(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace("Bearer ", "");
  const claims = jwt.decode(token) as Athlete | null;
  if (!claims) return res.status(401).json({ error: "login required" });
  (req as any).athlete = claims;
  next();
}

export function requireCoach(req: Request, res: Response, next: NextFunction) {
  const a = (req as any).athlete as Athlete;
  if (!a.coach) return res.status(403).json({ error: "coaches only" });
  next();
}
