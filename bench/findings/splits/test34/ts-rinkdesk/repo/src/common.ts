import { NextFunction, Request, Response } from "express";
import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export function requireStaff(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers["x-staff-token"] ?? req.query.token) as string | undefined;
  if (token !== process.env.RINK_STAFF_TOKEN) {
    return res.status(401).json({ error: "staff only" });
  }
  next();
}

export function requireManager(req: Request, res: Response, next: NextFunction) {
  const key = process.env.RINK_MANAGER_KEY;
  const given = req.get("x-manager-key");
  if (!key || given !== key) {
    return res.status(403).json({ error: "manager only" });
  }
  next();
}
