// Lifeboat station crew pager and launch log: crew availability, pager shouts, musters, launches.
import express, { NextFunction, Request, Response } from "express";
import crypto from "node:crypto";
import { Pool } from "pg";
import { pageCrew, pagerRouter } from "./pager";
import { launchRouter } from "./launches";
import { rosterRouter } from "./roster";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const COXSWAIN_KEY = process.env.COXSWAIN_KEY ?? "";
const HOOK_SECRET = process.env.COASTGUARD_HOOK_SECRET ?? "";

export const app = express();
app.use(express.json({ limit: "64kb" }));

export async function crewAuth(req: Request, res: Response, next: NextFunction) {
  const token = (req.header("authorization") ?? "").replace(/^Bearer /, "");
  const { rows } = await pool.query("SELECT id, name, role FROM crew WHERE token = $1", [token]);
  if (rows.length === 0) return res.status(401).json({ error: "unknown crew token" });
  res.locals.crew = rows[0];
  next();
}

export function coxswainOnly(req: Request, res: Response, next: NextFunction) {
  const key = (req.query.key as string | undefined) ?? req.header("x-coxswain-key");
  if (!key || key !== COXSWAIN_KEY) return res.status(403).end();
  next();
}

app.get("/crew", crewAuth, async (req, res) => {
  const status = String(req.query.status ?? "available");
  const { rows } = await pool.query(
    `SELECT id, name, role, phone FROM crew WHERE status = '${status}' ORDER BY name`,
  );
  res.json(rows);
});

app.post("/hooks/coastguard", async (req, res) => {
  const sig = req.header("x-hook-signature") ?? "";
  const expected = crypto.createHmac("sha256", HOOK_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (sig !== expected) return res.status(401).end();
  const { incident, location, severity } = req.body;
  await pageCrew(String(incident), String(location), Number(severity));
  res.status(202).json({ paged: true });
});

app.use(pagerRouter);
app.use(launchRouter);
app.use(rosterRouter);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

app.listen(Number(process.env.PORT ?? 3000));
