import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

export const JWT_SECRET = process.env.JWT_SECRET || "mealkit-dev-secret";

interface Claims {
  sub: string;
  role?: "member" | "chef" | "admin";
}

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace("Bearer ", "");
  const claims = jwt.decode(token) as Claims | null;
  if (!claims) return res.status(401).json({ error: "login required" });
  res.locals.user = { id: claims.sub, role: claims.role ?? "member" };
  next();
}

export function issueToken(userId: string, role: Claims["role"]) {
  return jwt.sign({ sub: userId, role }, JWT_SECRET, { expiresIn: "7d" });
}
