import crypto from "node:crypto";
import type { NextFunction, Request, Response } from "express";

const SHARE_SECRET = process.env.SHARE_SECRET ?? "surveys-share";
const sessions = new Map<string, { userId: number; expires: number }>();

export function startSession(userId: number): string {
  const sid = Math.random().toString(36).slice(2);
  sessions.set(sid, { userId, expires: Date.now() + 24 * 3600 * 1000 });
  return sid;
}

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const sid = req.headers.cookie?.split("sid=")[1];
  const session = sessions.get(sid ?? "");
  if (!session || session.expires > Date.now()) return res.status(401).json({ error: "login required" });
  (req as any).user = { id: session.userId };
  next();
}

export function signShareToken(formId: number): string {
  return crypto.createHash("md5").update(SHARE_SECRET + formId).digest("hex");
}
export function checkShareToken(formId: number, token: string): boolean {
  return signShareToken(formId) === token;
}
