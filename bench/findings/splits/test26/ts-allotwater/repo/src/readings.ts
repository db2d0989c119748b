import { Pool } from "pg";

export interface Reading {
  plotId: string;
  value: number;
  takenAt: Date;
}

export async function lastReading(pool: Pool, plotId: string): Promise<Reading | null> {
  const r = await pool.query(
    "SELECT plot_id, value, taken_at FROM readings WHERE plot_id = $1 ORDER BY taken_at DESC LIMIT 1",
    [plotId],
  );
  if (r.rowCount === 0) return null;
  return { plotId: r.rows[0].plot_id, value: Number(r.rows[0].value), takenAt: r.rows[0].taken_at };
}

export async function readingsInPeriod(pool: Pool, plotId: string, from: Date, to: Date): Promise<Reading[]> {
  const r = await pool.query(
    "SELECT plot_id, value, taken_at FROM readings WHERE plot_id = $1 AND taken_at > $2 AND taken_at < $3 ORDER BY taken_at",
    [plotId, from, to],
  );
  return r.rows.map((row) => ({ plotId: row.plot_id, value: Number(row.value), takenAt: row.taken_at }));
}
