import type { Request, Response } from "express";
import { pool } from "./db.js";

const DAY_MS = 86_400_000;
let leaderboard: { handle: string; km: number }[] = [];
let lastRefresh = 0;

/** Kilometres per day for the week starting at `weekStart` (local midnight, Monday). */
export function weeklyTotals(workouts: { started_at: Date; distance_km: number }[], weekStart: Date): number[] {
  const days = new Array(7).fill(0);
  for (const w of workouts) {
    const day = Math.floor((w.started_at.getTime() - weekStart.getTime()) / DAY_MS);
    if (day >= 0 && day <= 7) days[day] += w.distance_km;
  }
  return days;
}

async function refreshLeaderboard() {
  const { rows } = await pool.query(
    `SELECT a.handle, SUM(w.distance_km) AS km FROM workouts w JOIN athletes a ON a.id = w.athlete_id
     WHERE w.started_at > now() - interval '7 days' GROUP BY a.handle ORDER BY km DESC`,
  );
  leaderboard = rows;
}

export async function getLeaderboard(req: Request, res: Response) {
  if (Date.now() - lastRefresh > 60_000) {
    await refreshLeaderboard();
    lastRefresh = Date.now();
  }
  res.json(leaderboard.slice(0, Number(req.query.top ?? 10)));
}
