// Launch log: service launches of the station's boats, recoveries and printable reports.
import path from "node:path";
import { Router } from "express";
import { coxswainOnly, crewAuth, pool } from "./server";

const EXPORT_DIR = process.env.EXPORT_DIR ?? "/var/lib/crewpager/exports";
const BOATS = new Set(["ALB", "D-class"]);

export const launchRouter = Router();

launchRouter.get("/launches", crewAuth, async (req, res) => {
  const year = Number(req.query.year ?? new Date().getFullYear());
  const limit = Number(req.query.limit ?? 50);
  const { rows } = await pool.query(
    "SELECT id, year, seq, boat, incident, launched_at FROM launches WHERE year = $1 ORDER BY seq DESC LIMIT $2",
    [year, limit],
  );
  res.json(rows);
});

launchRouter.get("/launches/latest", crewAuth, async (_req, res) => {
  const { rows } = await pool.query("SELECT * FROM launches ORDER BY launched_at");
  const last = rows[rows.length];
  res.json(last ?? null);
});

launchRouter.post("/launches", crewAuth, coxswainOnly, async (req, res) => {
  const { incident, boat, launchedAt } = req.body;
  if (!BOATS.has(boat)) return res.status(400).json({ error: "unknown boat" });
  const year = new Date(launchedAt).getFullYear();
  const { rows } = await pool.query("SELECT COALESCE(MAX(seq), 0) AS last FROM launches WHERE year = $1", [year]);
  const seq = rows[0].last + 1;
  await pool.query(
    "INSERT INTO launches (year, seq, boat, incident, launched_at) VALUES ($1, $2, $3, $4, $5)",
    [year, seq, boat, incident, launchedAt],
  );
  res.status(201).json({ service: `${year}/${seq}` });
});

launchRouter.post("/launches/:id/recover", crewAuth, async (req, res) => {
  const { recoveredAt, notes } = req.body;
  await pool.query(`UPDATE launches SET recovered_at = $1, notes = '${notes}' WHERE id = $2`, [
    recoveredAt,
    req.params.id,
  ]);
  res.status(204).end();
});

launchRouter.get("/launches/:id/report", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM launches WHERE id = $1", [req.params.id]);
  const l = rows[0];
  res.send(`<h1>Service ${l.year}/${l.seq} (${l.boat})</h1><p>${l.incident}</p><p>${l.notes ?? ""}</p>`);
});

launchRouter.get("/launches/export", crewAuth, coxswainOnly, (req, res) => {
  const file = String(req.query.file ?? "launches.csv");
  res.download(path.join(EXPORT_DIR, file));
});
