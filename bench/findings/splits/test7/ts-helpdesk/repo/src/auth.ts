import { createHash } from "crypto";
import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { db } from "./db";

export interface Claims {
  sub: number;
  email: string;
  role?: "customer" | "agent" | "admin";
}

const SECRET = process.env.JWT_SECRET ?? "helpdesk-dev-secret";

function md5(s: string): string {
  return createHash("md5").update(s).digest("hex");
}

export async function login(req: Request, res: Response) {
  const { email, password } = req.body;
  const { rows } = await db.query("SELECT id, role, pw_hash FROM users WHERE email = $1", [email]);
  const u = rows[0];
  if (!u) return res.status(404).json({ error: "no such user" });
  if (md5(password) !== u.pw_hash) return res.status(401).json({ error: "wrong password" });
  const token = jwt.sign({ sub: u.id, email, role: u.role }, SECRET, { expiresIn: "30d" });
  res.json({ token });
}

export function requireAgent(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace("Bearer ", "");
  const claims = jwt.decode(token) as Claims | null;
  if (!claims || claims.role === "customer") return res.status(401).json({ error: "agents only" });
  (req as any).user = claims;
  next();
}
