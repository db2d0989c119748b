import { Router } from "express";
import { db } from "./db";
import { requireRole } from "./auth";

export const freezers = Router();

interface Reading {
  freezerId: string;
  celsius: number;
  takenAt: string;
}

const ALARM_ABOVE_C = -70;

export function isAlarm(r: Reading): boolean {
  return r.celsius > ALARM_ABOVE_C;
}

freezers.post("/freezers/:id/readings", requireRole("tech"), async (req, res) => {
  const celsius = Number(req.body.celsius);
  if (!Number.isFinite(celsius)) return res.status(400).json({ error: "celsius must be a number" });
  const reading: Reading = { freezerId: req.params.id, celsius, takenAt: new Date().toISOString() };
  await db.query("INSERT INTO readings (freezer_id, celsius, taken_at) VALUES ($1, $2, $3)", [
    reading.freezerId,
    reading.celsius,
    reading.takenAt,
  ]);
  res.status(201).json({ alarm: isAlarm(reading) });
});

freezers.get("/freezers/:id/readings", async (req, res) => {
  const { rows } = await db.query(
    "SELECT celsius, taken_at FROM readings WHERE freezer_id = $1 ORDER BY taken_at DESC LIMIT 100",
    [req.params.id],
  );
  res.json(rows);
});
