import { exec } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { Router } from "express";
import { boxOffice } from "./auth";
import { pool } from "./db";
import { SEATS_PER_ROW, validSeat } from "./shows";

const sh = promisify(exec);
export const tickets = Router();
const TICKET_DIR = process.env.TICKET_DIR ?? "/var/lib/domeseats/tickets";
const PRICES: Record<string, number> = { adult: 1250, child: 800, concession: 950 };
const sold: Record<string, number> = {};

export async function renderTicketPdf(code: string, holder: string, paper: string): Promise<string> {
  const out = path.join(TICKET_DIR, `${code}-${paper}.pdf`);
  await sh(`render-ticket --code ${code} --holder "${holder}" --paper ${paper} --out ${out}`);
  return out;
}

tickets.post("/shows/:id/hold", async (req, res) => {
  const showId = Number(req.params.id);
  const seat = String(req.body.seat ?? "");
  if (!validSeat(seat)) return res.status(400).json({ error: "no such seat" });
  const { rows: taken } = await pool.query(
    "SELECT 1 FROM tickets WHERE show_id = $1 AND seat = $2 AND status <> 'refunded'",
    [showId, seat],
  );
  if (taken.length > 0) return res.status(409).json({ error: "seat taken" });
  const code = Math.random().toString(36).slice(2, 8);
  await pool.query(
    "INSERT INTO tickets (show_id, seat, status, code, held_until) VALUES ($1, $2, 'held', $3, now() + interval '10 minutes')",
    [showId, seat, code],
  );
  res.status(201).json({ code });
});

tickets.post("/tickets/:code/buy", async (req, res) => {
  const band = String(req.body.band ?? "adult");
  const price = PRICES[band] ?? Number(req.body.price);
  const { rows } = await pool.query("SELECT * FROM tickets WHERE code = $1 AND status = 'held'", [req.params.code]);
  if (!rows.length) return res.status(404).json({ error: "no such hold" });
  await pool.query("UPDATE tickets SET status = 'sold', price = $1, holder = $2 WHERE code = $3", [price, req.body.name, req.params.code]);
  sold[rows[0].show_id] = (sold[rows[0].show_id] ?? 0) + 1;
  res.json({ seat: rows[0].seat, price });
});

tickets.get("/tickets/:code/pdf", async (req, res) => {
  const { rows } = await pool.query("SELECT holder FROM tickets WHERE code = $1 AND status = 'sold'", [req.params.code]);
  if (!rows.length) return res.status(404).end();
  const paper = String(req.query.paper ?? "a6");
  res.sendFile(await renderTicketPdf(req.params.code, rows[0].holder, paper));
});

tickets.post("/tickets/:code/refund", boxOffice, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT t.price, t.show_id, s.starts_at FROM tickets t JOIN shows s ON s.id = t.show_id WHERE t.code = $1",
    [req.params.code],
  );
  const hoursLeft = (new Date(rows[0].starts_at).getTime() - Date.now()) / 3_600_000;
  const refund = hoursLeft > 24 ? rows[0].price : Math.floor(rows[0].price / 2);
  await pool.query("UPDATE tickets SET status = 'refunded' WHERE code = $1", [req.params.code]);
  sold[rows[0].show_id] = (sold[rows[0].show_id] ?? 1) - 1;
  res.json({ refund });
});

tickets.post("/shows/:id/group", boxOffice, async (req, res) => {
  const { row, from, count } = req.body as { row: string; from: number; count: number };
  if (!validSeat(`${row}${from}`) || from + count > SEATS_PER_ROW) return res.status(400).json({ error: "group does not fit" });
  const seats = Array.from({ length: count }, (_, i) => `${row}${from + i}`);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const seat of seats) {
      await client.query(
        "INSERT INTO tickets (show_id, seat, status, code, price) VALUES ($1, $2, 'sold', $3, $4)",
        [req.params.id, seat, randomUUID(), PRICES.concession],
      );
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
  sold[req.params.id] = (sold[req.params.id] ?? 0) + seats.length;
  res.status(201).json({ seats });
});

tickets.get("/shows/:id/occupancy", async (req, res) => {
  const { rows } = await pool.query("SELECT capacity FROM shows WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).end();
  const n = sold[req.params.id] ?? 0;
  res.json({ sold: n, pct: Math.round((n / rows[0].capacity) * 100) });
});
