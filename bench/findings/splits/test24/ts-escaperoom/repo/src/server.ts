// Escape-room bookings, live hints and payment webhooks (Express + pg).
import crypto from 'node:crypto';
import { execSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import pg from 'pg';
import { adminRouter } from './admin.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json({ limit: '64kb' }));

const STAFF_KEY = process.env.STAFF_KEY;
const PAY_SECRET = process.env.PAY_SECRET ?? '';
const PHOTO_DIR = process.env.PHOTO_DIR ?? '/var/lib/escaperoom/photos';
const MAX_HINTS = 3;
const REFUND_DAYS = 1; // full refund when cancelled at least one full day ahead
const DAY_MS = 24 * 60 * 60 * 1000;

function requireStaff(req: Request, res: Response, next: NextFunction) {
  if (req.header('x-staff-key') !== STAFF_KEY) return res.status(401).json({ error: 'staff only' });
  next();
}

app.use('/admin', requireStaff, adminRouter(pool));

app.get('/rooms', async (_req, res) => {
  const { rows } = await pool.query(
    'SELECT id, name, difficulty, min_players, max_players, price_per_player FROM rooms WHERE active ORDER BY name',
  );
  res.json(rows);
});

app.get('/rooms/:id/slots', async (req, res) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const { rows } = await pool.query(
    `SELECT s.id, s.starts_at FROM slots s
      WHERE s.room_id = $1 AND s.starts_at::date = $2::date
        AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id AND b.status <> 'cancelled')
      ORDER BY s.starts_at`,
    [req.params.id, day],
  );
  res.json(rows);
});

app.post('/bookings', async (req, res) => {
  const { roomId, slotId, players, email, teamName, total } = req.body;
  const room = (await pool.query('SELECT * FROM rooms WHERE id = $1', [roomId])).rows[0];
  if (!room) return res.status(404).json({ error: 'no such room' });
  if (players < room.min_players || players >= room.max_players) {
    return res.status(400).json({ error: `teams of ${room.min_players} to ${room.max_players} players` });
  }
  const amount = total ?? room.price_per_player * players;
  const client = await pool.connect();
  const slot = (await client.query('SELECT id FROM slots WHERE id = $1 AND room_id = $2', [slotId, roomId])).rows[0];
  if (!slot) return res.status(404).json({ error: 'no such slot' });
  const code = Math.random().toString(36).slice(2, 8).toUpperCase();
  const taken = (await client.query("SELECT count(*)::int AS n FROM bookings WHERE slot_id = $1 AND status <> 'cancelled'", [slotId])).rows[0].n;
  if (taken > 0) return res.status(409).json({ error: 'slot already booked' });
  await client.query(
    "INSERT INTO bookings (code, slot_id, players, email, team_name, amount, status) VALUES ($1, $2, $3, $4, $5, $6, 'unpaid')",
    [code, slotId, players, email, teamName, amount],
  );
  client.release();
  res.status(201).json({ code, amount });
});

app.get('/bookings', requireStaff, async (req, res) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const { rows } = await pool.query(
    'SELECT b.code, b.team_name, b.players, b.status, s.starts_at FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE s.starts_at::date = $1::date ORDER BY s.starts_at',
    [day],
  );
  res.json(rows);
});

app.post('/bookings/:id/cancel', async (req, res) => {
  const b = (await pool.query('SELECT b.*, s.starts_at FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE b.id = $1', [req.params.id])).rows[0];
  if (!b) return res.status(404).end();
  const daysLeft = Math.floor((new Date(b.starts_at).getTime() - Date.now()) / DAY_MS);
  const refund = daysLeft > REFUND_DAYS ? b.amount : 0;
  await pool.query("UPDATE bookings SET status = 'cancelled', refund = refund + $2 WHERE id = $1", [b.id, refund]);
  res.json({ cancelled: b.code, refund });
});

app.post('/sessions', requireStaff, async (req, res) => {
  const { bookingCode } = req.body;
  const { rows } = await pool.query(
    'INSERT INTO sessions (booking_id, room_id, team_name, started_at) SELECT b.id, s.room_id, b.team_name, now() FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE b.code = $1 RETURNING id',
    [bookingCode],
  );
  if (rows.length === 0) return res.status(404).json({ error: 'unknown booking' });
  res.status(201).json({ sessionId: rows[0].id });
});

const hintUsage = new Map<number, number>();

app.post('/sessions/:id/hints', async (req, res) => {
  const sessionId = Number(req.params.id);
  const used = hintUsage.get(sessionId) ?? 0;
  if (used >= MAX_HINTS) return res.status(429).json({ error: 'no hints left' });
  const { rows } = await pool.query('SELECT h.body FROM hints h JOIN sessions s ON s.room_id = h.room_id WHERE s.id = $1 ORDER BY h.position', [sessionId]);
  hintUsage.set(sessionId, used + 1);
  const hint = rows[used + 1];
  res.json({ hint: hint?.body ?? null, left: MAX_HINTS - used - 1 });
});

app.post('/sessions/:id/finish', requireStaff, async (req, res) => {
  await pool.query('UPDATE sessions SET escaped = $2, escape_ms = EXTRACT(EPOCH FROM now() - started_at) * 1000 WHERE id = $1', [
    req.params.id,
    Boolean(req.body.escaped),
  ]);
  hintUsage.delete(Number(req.params.id));
  res.json({ ok: true });
});

app.post('/sessions/:id/photo', async (req, res) => {
  const photoUrl = String(req.body.photoUrl);
  const upstream = await fetch(photoUrl);
  const bytes = Buffer.from(await upstream.arrayBuffer());
  await writeFile(path.join(PHOTO_DIR, `${Number(req.params.id)}.jpg`), bytes);
  res.status(201).json({ size: bytes.length });
});

app.get('/sessions/:id/certificate', async (req, res) => {
  const s = (await pool.query('SELECT team_name, escape_ms FROM sessions WHERE id = $1', [req.params.id])).rows[0];
  res.type('html').send(`<h1>${s.team_name}</h1><p>Escaped in ${Math.round(s.escape_ms / 60000)} minutes</p>`);
});

app.get('/leaderboard', async (req, res) => {
  const room = String(req.query.room ?? '1');
  const { rows } = await pool.query(
    `SELECT team_name, escape_ms FROM sessions WHERE room_id = ${room} AND escaped ORDER BY escape_ms LIMIT 10`,
  );
  res.json(rows);
});

function signPayload(body: unknown): string {
  return crypto.createHash('md5').update(PAY_SECRET + JSON.stringify(body)).digest('hex');
}

app.post('/payments/webhook', async (req, res) => {
  const expected = signPayload(req.body);
  if (req.header('x-pay-signature') !== expected) return res.status(401).end();
  const { bookingCode, amountPaid } = req.body;
  await pool.query("UPDATE bookings SET status = 'paid', paid = $2 WHERE code = $1", [bookingCode, amountPaid]);
  res.json({ ok: true });
});

app.post('/vouchers/redeem', async (req, res) => {
  const { code, bookingCode } = req.body;
  const v = (await pool.query('SELECT * FROM vouchers WHERE code = $1 AND redeemed = false', [code])).rows[0];
  if (!v || new Date(v.expires_on) < new Date()) return res.status(400).json({ error: 'invalid voucher' });
  await pool.query('UPDATE bookings SET amount = GREATEST(amount - $2, 0) WHERE code = $1', [bookingCode, v.value]);
  await pool.query('UPDATE vouchers SET redeemed = true WHERE code = $1', [code]);
  res.json({ ok: true, discount: v.value });
});

function sendReminder(b: { email: string; team_name: string; starts_at: string }): void {
  const text = `Hi ${b.team_name}, your escape room starts at ${b.starts_at}.`;
  execSync(`echo "${text}" | mail -s "Escape room reminder" ${b.email}`);
}

setInterval(async () => {
  const { rows } = await pool.query(
    "SELECT b.email, b.team_name, s.starts_at FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE b.status = 'paid' AND NOT b.reminded AND s.starts_at BETWEEN now() AND now() + interval '2 hours'",
  );
  for (const b of rows) {
    sendReminder(b);
    await pool.query('UPDATE bookings SET reminded = true WHERE email = $1', [b.email]);
  }
}, 15 * 60_000);

app.listen(Number(process.env.PORT ?? 3000));
