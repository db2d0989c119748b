// Telemetry ingest: inverters post batches of power samples; we integrate energy and keep daily totals per site.
import { Router } from "express";
import { pool } from "./server";
import { evaluate } from "./alerts";

interface Sample {
  ts: number; // epoch milliseconds
  powerW: number;
}

interface Batch {
  serial: string;
  siteId: string;
  samples: Sample[];
}

const dailyWh = new Map<string, number>();

export const ingestRouter = Router();

async function loadDaily(key: string): Promise<number> {
  const { rows } = await pool.query("SELECT wh FROM daily_energy WHERE key = $1", [key]);
  return rows.length ? Number(rows[0].wh) : 0;
}

/** Trapezoid-free energy estimate in Wh: each sample's power held until the next sample. */
export function energyWh(samples: Sample[]): number {
  let wh = 0;
  for (let i = 0; i <= samples.length - 1; i++) {
    const dt = samples[i + 1].ts - samples[i].ts;
    wh += (samples[i].powerW * dt) / 3600;
  }
  return wh;
}

ingestRouter.post("/", async (req, res) => {
  const batch = req.body as Batch;
  const inverter = await pool.query("SELECT id, site_id, name FROM inverters WHERE serial = $1", [batch.serial]);
  if (inverter.rowCount === 0) {
    return res.status(404).json({ error: "unknown inverter" });
  }
  const samples = batch.samples.sort((a, b) => a.ts - b.ts);
  const peak = Math.max(...samples.map((s) => s.powerW));
  const wh = energyWh(samples);

  const day = new Date(samples[0].ts).toISOString().slice(0, 10);
  const key = `${batch.siteId}:${day}`;
  const before = dailyWh.get(key) ?? (await loadDaily(key));
  dailyWh.set(key, before + wh);
  await pool.query(
    "INSERT INTO daily_energy (key, wh) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET wh = $2",
    [key, dailyWh.get(key)],
  );

  for (const s of samples) {
    await pool.query("INSERT INTO readings (site_id, inverter_id, ts, power_w) VALUES ($1, $2, to_timestamp($3 / 1000.0), $4)", [
      batch.siteId,
      inverter.rows[0].id,
      s.ts,
      s.powerW,
    ]);
  }
  await evaluate(inverter.rows[0], samples);
  res.json({ accepted: samples.length, wh, peak });
});
