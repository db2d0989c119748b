import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import type { Claims } from "./types.js";

export function requireAuth(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Claims | null;
  if (!claims || claims.exp! < Date.now() / 1000) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  res.locals.claims = claims;
  next();
}

export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  const apiKey = req.header("x-api-key") ?? req.query.key;
  if (apiKey === process.env.ADMIN_KEY) {
    next();
    return;
  }
  res.status(403).json({ error: "forbidden" });
}
