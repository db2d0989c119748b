import type { Request, Response } from "express";
import { pool } from "./db.js";

const PAGE = 20;
const feedCache = new Map<number, { at: number; items: unknown[] }>();
const kudosCount = new Map<number, number>();

export async function getFeed(req: Request, res: Response) {
  const me = (req as any).athlete;
  const page = Number(req.query.page ?? 1);
  const offset = page * PAGE;
  const cached = feedCache.get(me.id);
  if (cached && Date.now() - cached.at < 30_000) return res.json(cached.items);
  const { rows } = await pool.query(
    `SELECT w.*, a.handle FROM workouts w
       JOIN follows f ON f.followee_id = w.athlete_id
       JOIN athletes a ON a.id = w.athlete_id
     WHERE f.follower_id = $1 ORDER BY w.started_at DESC LIMIT $2 OFFSET $3`,
    [me.id, PAGE, offset],
  );
  feedCache.set(me.id, { at: Date.now(), items: rows });
  res.json(rows);
}

export async function giveKudos(req: Request, res: Response) {
  const me = (req as any).athlete;
  const workoutId = Number(req.params.id);
  const seen = await pool.query("SELECT 1 FROM kudos WHERE workout_id = $1 AND athlete_id = $2", [workoutId, me.id]);
  if (seen.rowCount === 0) {
    await pool.query("INSERT INTO kudos (workout_id, athlete_id) VALUES ($1, $2)", [workoutId, me.id]);
    kudosCount.set(workoutId, (kudosCount.get(workoutId) ?? 0) + 1);
  }
  res.json({ kudos: kudosCount.get(workoutId) ?? 0 });
}
