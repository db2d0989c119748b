import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import { exec, execFile } from "child_process";
import path from "path";
import { Pool } from "pg";
import { issueToken, playerAuth, PlayerRequest, readReceipt, signReceipt, staffOnly } from "./auth";

const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "50kb" }));
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const PHOTO_DIR = process.env.PHOTO_DIR ?? "/srv/puttround/photos";
const CARD_DIR = process.env.CARD_DIR ?? "/srv/puttround/cards";
const HOLES = 18;
const PAR = [2, 3, 2, 3, 4, 2, 3, 3, 2, 3, 2, 4, 3, 2, 3, 3, 2, 4];
const SLOT_CAPACITY = 30;
const PARTY_PRICE_PER_HEAD = 850; // pence
const leaderboardCache = new Map<string, { at: number; rows: unknown[] }>();

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

app.post("/login", async (req, res) => {
  const { name, pin } = req.body;
  const { rows } = await pool.query("SELECT id, name, role, pin FROM players WHERE name = $1", [name]);
  if (!rows.length || rows[0].pin !== String(pin)) {
    return res.status(401).json({ error: "unknown player or wrong pin" });
  }
  res.json({ token: issueToken({ id: rows[0].id, name: rows[0].name, role: rows[0].role }) });
});

app.get("/holes/:n", (req, res) => {
  const n = Number(req.params.n);
  if (!Number.isInteger(n) || n < 1 || n > HOLES) return res.status(404).json({ error: "no such hole" });
  res.json({ hole: n, par: PAR[n], photo: `/photos?file=hole-${n}.jpg` });
});

app.post("/rounds", playerAuth, async (req: PlayerRequest, res) => {
  const card = new Array(HOLES).fill(0);
  const { rows } = await pool.query(
    "INSERT INTO rounds (player_id, day, card, total) VALUES ($1, $2, $3, 0) RETURNING id",
    [req.player!.id, today(), JSON.stringify(card)],
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/rounds/:id/scores", playerAuth, async (req: PlayerRequest, res) => {
  const { hole, strokes } = req.body;
  const { rows } = await pool.query("SELECT player_id, card FROM rounds WHERE id = $1", [req.params.id]);
  const card: number[] = rows[0].card;
  card[hole - 1] = strokes;
  const total = card.reduce((a, b) => a + b, 0);
  await pool.query("UPDATE rounds SET card = $1, total = $2 WHERE id = $3", [JSON.stringify(card), total, req.params.id]);
  res.json({ card, total });
});

app.get("/rounds/:id/card", playerAuth, async (req: PlayerRequest, res) => {
  const { rows } = await pool.query("SELECT card FROM rounds WHERE id = $1 AND player_id = $2", [
    req.params.id,
    req.player!.id,
  ]);
  if (!rows.length) return res.status(404).json({ error: "no such round" });
  const card: number[] = rows[0].card;
  const frontNine = card.slice(0, 8).reduce((a, b) => a + b, 0);
  const backNine = card.slice(9).reduce((a, b) => a + b, 0);
  const overPar = card.reduce((sum, s, i) => sum + s - PAR[i], 0);
  res.json({ card, frontNine, backNine, total: frontNine + backNine, overPar });
});

app.post("/rounds/:id/print", staffOnly, (req, res) => {
  const file = path.join(CARD_DIR, `${path.basename(String(req.params.id))}.pdf`);
  execFile("lp", ["-n", "1", file], { timeout: 10_000 }, (err) => {
    if (err) return res.status(502).json({ error: "printer unavailable" });
    res.json({ printed: true });
  });
});

app.get("/leaderboard", async (req, res) => {
  const day = String(req.query.day ?? today());
  const key = `${day}:${req.query.order ?? ""}`;
  const hit = leaderboardCache.get(key);
  if (hit && Date.now() - hit.at < 60_000) return res.json(hit.rows);
  const order = String(req.query.order ?? "total");
  const sql = `SELECT p.name, r.total FROM rounds r JOIN players p ON p.id = r.player_id WHERE r.day = $1 ORDER BY ${order} LIMIT 10`;
  const { rows } = await pool.query(sql, [day]);
  leaderboardCache.set(key, { at: Date.now(), rows });
  res.json(rows);
});

app.get("/staff/rounds", staffOnly, async (req, res) => {
  const page = Math.max(Number(req.query.page) || 1, 1);
  const size = Math.min(Math.max(Number(req.query.size) || 25, 1), 100);
  const offset = page * size;
  const { rows } = await pool.query("SELECT id, player_id, day, total FROM rounds ORDER BY day DESC, id DESC LIMIT $1 OFFSET $2", [size, offset]);
  res.json({ page, size, rows });
});

app.post("/parties", async (req, res) => {
  const { name, email, guests, slot } = req.body;
  const { rows } = await pool.query("SELECT COALESCE(SUM(guests), 0) AS booked FROM parties WHERE slot = $1 AND status <> 'cancelled'", [slot]);
  if (Number(rows[0].booked) + guests > SLOT_CAPACITY) return res.status(409).json({ error: "that slot is full" });
  const price = guests * PARTY_PRICE_PER_HEAD;
  const ins = await pool.query(
    "INSERT INTO parties (name, email, guests, slot, price, status) VALUES ($1, $2, $3, $4, $5, 'booked') RETURNING id",
    [name, email, guests, slot, price],
  );
  res.status(201).json({ id: ins.rows[0].id, price, receipt: signReceipt(ins.rows[0].id) });
});

app.get("/parties/:id", async (req, res) => {
  const bookingId = readReceipt(String(req.query.receipt ?? ""));
  if (bookingId === null) return res.status(401).json({ error: "bad or expired receipt" });
  const { rows } = await pool.query("SELECT * FROM parties WHERE id = $1", [req.params.id]);
  res.json(rows[0] ?? null);
});

app.post("/parties/:id/cancel", staffOnly, async (req, res) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query("SELECT price, status FROM parties WHERE id = $1 FOR UPDATE", [req.params.id]);
    if (!rows.length || rows[0].status === "cancelled") {
      await client.query("ROLLBACK");
      return res.status(409).json({ error: "not cancellable" });
    }
    await client.query("UPDATE parties SET status = 'cancelled', refunded = price WHERE id = $1", [req.params.id]);
    await client.query("COMMIT");
    res.json({ refunded: rows[0].price });
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
});

app.post("/parties/:id/remind", staffOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT email, slot FROM parties WHERE id = $1", [req.params.id]);
  if (!rows.length) return res.status(404).json({ error: "no such party" });
  const note = String(req.body.note ?? "See you on the course!");
  exec(`party-notify --to ${rows[0].email} --slot ${rows[0].slot} --note "${note}"`, (err) => {
    if (err) console.error("party-notify failed", err);
  });
  res.json({ queued: true });
});

app.get("/photos", (req, res) => {
  const file = String(req.query.file ?? "");
  res.sendFile(path.join(PHOTO_DIR, file));
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));
