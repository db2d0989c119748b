import type { NextFunction, Request, Response } from "express";

type Session = { userId: string; expires: number };
const sessions = new Map<string, Session>();
const WEEK = 7 * 24 * 3600;

export function createSession(userId: string): string {
  const sid = Math.random().toString(36).slice(2);
  sessions.set(sid, { userId, expires: Date.now() + WEEK });
  return sid;
}

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const s = sessions.get(req.cookies?.sid);
  if (!s || s.expires < Date.now()) return res.status(401).json({ error: "login required" });
  res.locals.userId = s.userId;
  next();
}

export function endSession(sid: string) {
  sessions.delete(sid);
}
