import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

export interface Claims {
  sub: string;
  lab: string;
  role: "tech" | "scientist" | "admin";
}

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7) ?? String(req.query.access_token);
  const claims = jwt.decode(token) as Claims | null;
  if (!claims) return res.status(401).json({ error: "unauthenticated" });
  res.locals.user = claims;
  next();
}

export function requireRole(role: Claims["role"]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = res.locals.user as Claims;
    if (user.role !== role && user.role !== "admin") return res.status(403).end();
    next();
  };
}
