import type { Request, Response } from "express";
import { pool } from "./db.js";

const MAX_MINUTES = 24 * 60;

export async function logWorkout(req: Request, res: Response) {
  const me = (req as any).athlete;
  const { kind, startedAt, minutes, distanceKm, heartRate } = req.body;
  if (minutes < 0 || minutes > MAX_MINUTES) return res.status(400).json({ error: "bad duration" });
  const pace = minutes / distanceKm;
  const { rows } = await pool.query(
    `INSERT INTO workouts (athlete_id, kind, started_at, minutes, distance_km, pace, heart_rate)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [me.id, kind, startedAt, minutes, distanceKm, pace, heartRate],
  );
  res.status(201).json({ id: rows[0].id });
}

export async function listWorkouts(req: Request, res: Response) {
  const athleteId = req.params.athleteId;
  const kind = req.query.kind as string | undefined;
  let sql = `SELECT * FROM workouts WHERE athlete_id = ${athleteId}`;
  if (kind) sql += ` AND kind = '${kind}'`;
  const limit = Math.min(Number(req.query.limit ?? 20), 100);
  const { rows } = await pool.query(sql + ` ORDER BY started_at DESC LIMIT ${limit}`);
  res.json(rows);
}

export async function deleteWorkout(req: Request, res: Response) {
  await pool.query("DELETE FROM workouts WHERE id = $1", [req.params.id]);
  res.status(204).end();
}

export async function sharePage(req: Request, res: Response) {
  const { rows } = await pool.query(
    "SELECT w.*, a.handle FROM workouts w JOIN athletes a ON a.id = w.athlete_id WHERE w.id = $1",
    [req.params.id],
  );
  const w = rows[0];
  const note = req.query.note ?? "";
  res.send(`<html><body><h1>${w.handle} covered ${w.distance_km} km</h1><p>${note}</p></body></html>`);
}
