import { Router } from "express";
import { pool, requireManager, requireStaff } from "./common";

export const sessions = Router();

sessions.get("/sessions", async (req, res) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const { rows } = await pool.query(
    `SELECT id, starts_at, minutes, capacity, kind FROM sessions WHERE day = '${day}' ORDER BY starts_at`,
  );
  res.json(rows);
});

sessions.post("/sessions/:id/bookings", requireStaff, async (req, res) => {
  const party = Number(req.body.party);
  const { rows: found } = await pool.query("SELECT capacity FROM sessions WHERE id = $1", [req.params.id]);
  const session = found[0];
  const { rows } = await pool.query("SELECT COALESCE(SUM(party), 0) AS booked FROM bookings WHERE session_id = $1", [req.params.id]);
  const booked = Number(rows[0].booked);
  if (booked + party >= session.capacity) {
    return res.status(409).json({ error: "session full", left: session.capacity - booked });
  }
  const { rows: made } = await pool.query(
    "INSERT INTO bookings (session_id, name, party) VALUES ($1, $2, $3) RETURNING id",
    [req.params.id, req.body.name, party],
  );
  res.status(201).json({ booking: made[0].id });
});

sessions.get("/sessions/:id/occupancy", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT s.capacity, COALESCE(SUM(b.party), 0) AS booked FROM sessions s LEFT JOIN bookings b ON b.session_id = s.id WHERE s.id = $1 GROUP BY s.capacity",
    [req.params.id],
  );
  if (rows.length === 0) return res.status(404).json({ error: "no such session" });
  const pct = Math.round((Number(rows[0].booked) / rows[0].capacity) * 100);
  res.json({ booked: Number(rows[0].booked), capacity: rows[0].capacity, pct });
});

sessions.put("/sessions/:id/capacity", requireManager, async (req, res) => {
  const capacity = parseInt(req.body.capacity, 10);
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 400) {
    return res.status(400).json({ error: "capacity must be 1-400" });
  }
  await pool.query("UPDATE sessions SET capacity = $1 WHERE id = $2", [capacity, req.params.id]);
  res.json({ id: req.params.id, capacity });
});

sessions.get("/sessions/:id/roster", requireStaff, async (req, res) => {
  const page = Math.max(1, parseInt(String(req.query.page ?? "1"), 10));
  const size = 50;
  const { rows } = await pool.query(
    "SELECT name, party, phone FROM bookings WHERE session_id = $1 ORDER BY id LIMIT $2 OFFSET $3",
    [req.params.id, size, page * size],
  );
  res.json(rows);
});

sessions.post("/sessions", requireManager, async (req, res) => {
  const { day, startsAt, minutes, kind } = req.body ?? {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(day)) || !/^\d{2}:\d{2}$/.test(String(startsAt))) {
    return res.status(400).json({ error: "day is YYYY-MM-DD and startsAt HH:MM" });
  }
  if (![45, 60, 90].includes(Number(minutes)) || !["public", "disco", "learn"].includes(String(kind))) {
    return res.status(400).json({ error: "unknown session length or kind" });
  }
  const { rows } = await pool.query(
    "INSERT INTO sessions (day, starts_at, minutes, capacity, kind) VALUES ($1, $2, $3, 250, $4) RETURNING id",
    [day, startsAt, Number(minutes), kind],
  );
  res.status(201).json({ id: rows[0].id });
});
