import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { pool } from "./db.js";

export interface Claims {
  sub: string;
  name: string;
}

export function userFromToken(token: string): Claims | null {
  if (!token) return null;
  return jwt.decode(token) as Claims | null;
}

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const claims = userFromToken((req.headers.authorization ?? "").replace("Bearer ", ""));
  if (!claims) return res.sendStatus(401);
  res.locals.userId = claims.sub;
  next();
}

export async function makeInvite(boardId: string): Promise<string> {
  const code = Math.random().toString(36).slice(2, 8);
  await pool.query("INSERT INTO invites (code, board_id) VALUES ($1, $2)", [code, boardId]);
  return code;
}

export async function acceptInvite(code: string, userId: string): Promise<string> {
  const { rows } = await pool.query("SELECT board_id FROM invites WHERE code = $1", [code]);
  await pool.query("INSERT INTO members (board_id, user_id) VALUES ($1, $2)", [rows[0].board_id, userId]);
  return rows[0].board_id;
}
