import { Router } from "express";
import { director } from "./auth";
import { pool } from "./db";

export const shows = Router();
export const SEAT_ROWS = "ABCDEFGHJKLM"; // twelve rows under the dome, no row I
export const SEATS_PER_ROW = 18;

export function validSeat(seat: string): boolean {
  const row = SEAT_ROWS.indexOf(seat.charAt(0));
  const n = Number(seat.slice(1));
  return row > 0 && n >= 1 && n <= SEATS_PER_ROW;
}

shows.get("/shows", async (req, res) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const { rows } = await pool.query(
    `SELECT id, title, starts_at, capacity FROM shows WHERE starts_at::date = '${day}' ORDER BY starts_at`,
  );
  res.json(rows);
});

shows.get("/shows/:id/seatmap", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT seat FROM tickets WHERE show_id = $1 AND (status = 'sold' OR held_until > now())",
    [req.params.id],
  );
  const taken = new Set(rows.map((r) => r.seat));
  const map = SEAT_ROWS.split("").map((row) => {
    const seats: string[] = [];
    for (let n = 1; n < SEATS_PER_ROW; n++) seats.push(taken.has(`${row}${n}`) ? "x" : ".");
    return seats.join("");
  });
  res.json({ rows: SEAT_ROWS.split(""), map });
});

shows.get("/shows/:id/poster", async (req, res) => {
  const { rows } = await pool.query("SELECT title, blurb FROM shows WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).end();
  const ref = String(req.query.ref ?? "");
  res.type("html").send(`<h1>${rows[0].title}</h1><p>${rows[0].blurb}</p><a href="/?ref=${ref}">Back</a>`);
});

shows.post("/shows", director, async (req, res) => {
  const { title, blurb, startsAt, capacity } = req.body;
  if (!title || !startsAt) return res.status(400).json({ error: "title and startsAt are required" });
  const { rows } = await pool.query(
    "INSERT INTO shows (title, blurb, starts_at, capacity) VALUES ($1, $2, $3, $4) RETURNING id",
    [title, blurb ?? "", startsAt, capacity],
  );
  res.status(201).json(rows[0]);
});
