import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

export interface User {
  id: string;
  name: string;
  admin: boolean;
}

interface Session {
  user: User;
  expiresAt: number;
}

export const sessions = new Map<string, Session>();

export function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers["x-session"] as string | undefined) ?? (req.query.session as string);
  const session = sessions.get(token);
  if (!session) return res.sendStatus(401);
  res.locals.user = session.user;
  next();
}
