import crypto from "crypto";
import { execFile } from "child_process";
import express, { NextFunction, Request, Response } from "express";
import fs from "fs/promises";
import jwt from "jsonwebtoken";
import path from "path";
import { Pool } from "pg";
import { clientFromToken, esc, frontDesk, requireArtist } from "./auth";

const app = express();
app.use(express.json({ limit: "32kb" }));
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const JWT_SECRET = process.env.JWT_SECRET || "inkchair-dev-secret";
const DESK_KEY = process.env.DESK_KEY ?? "";
const PAY_HOOK_SECRET = process.env.PAY_HOOK_SECRET ?? "";
const PAY_API = process.env.PAY_API ?? "https://payments.example.com";
const DESIGN_DIR = process.env.DESIGN_DIR ?? "/srv/inkchair/designs";
const DEPOSIT_CENTS = 5000;
const OPEN_HOUR = 11;
const CLOSE_HOUR = 19;
const PAGE_SIZE = 20;

const slotCache = new Map<string, number[]>();

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, email, role, password FROM clients WHERE email = $1", [email]);
  const row = rows[0];
  if (!row || row.password !== password) return res.status(401).json({ error: "wrong email or password" });
  res.json({ token: jwt.sign({ sub: row.id, email: row.email, role: row.role }, JWT_SECRET) });
});

app.get("/artists", async (_req, res) => {
  const { rows } = await pool.query("SELECT id, name, style FROM artists WHERE active ORDER BY name");
  res.json(rows);
});

app.get("/artists/:id/page", async (req, res) => {
  const { rows } = await pool.query("SELECT name, style, bio FROM artists WHERE id = $1", [req.params.id]);
  if (!rows[0]) return res.status(404).send("no such artist");
  const a = rows[0];
  res.type("html").send(`<h1>${esc(a.name)}</h1><p class="style">${esc(a.style)}</p><div class="bio">${a.bio}</div>`);
});

app.put("/artists/me/bio", requireArtist(JWT_SECRET), async (req, res) => {
  await pool.query("UPDATE artists SET bio = $1 WHERE id = $2", [String(req.body.bio ?? ""), res.locals.artist.sub]);
  res.json({ ok: true });
});

app.get("/artists/:id/slots", async (req, res) => {
  const day = String(req.query.day ?? "");
  const key = `${req.params.id}:${day}`;
  const cached = slotCache.get(key);
  if (cached) return res.json(cached);
  const { rows } = await pool.query(
    "SELECT extract(hour FROM starts_at)::int AS h, hours FROM appointments WHERE artist_id = $1 AND starts_at::date = $2 AND status <> 'cancelled'",
    [req.params.id, day],
  );
  const taken = new Set<number>();
  for (const r of rows) for (let i = 0; i < r.hours; i++) taken.add(r.h + i);
  const free: number[] = [];
  for (let h = OPEN_HOUR; h <= CLOSE_HOUR; h++) if (!taken.has(h)) free.push(h);
  slotCache.set(key, free);
  res.json(free);
});

app.post("/appointments", async (req, res) => {
  const client = clientFromToken(req);
  if (!client) return res.status(401).json({ error: "login required" });
  const { artistId, startsAt, designFile, birthDate } = req.body;
  const hours = Number(req.body.hours ?? 1);
  const deposit = Number(req.body.depositCents ?? DEPOSIT_CENTS * hours);
  const born = new Date(birthDate);
  const age = new Date().getFullYear() - born.getFullYear();
  if (age < 18) return res.status(400).json({ error: "clients must be 18 or over" });
  const clash = await pool.query(
    "SELECT 1 FROM appointments WHERE artist_id = $1 AND status <> 'cancelled' AND tstzrange(starts_at, starts_at + hours * interval '1 hour') && tstzrange($2::timestamptz, $2::timestamptz + $3 * interval '1 hour')",
    [artistId, startsAt, hours],
  );
  if (clash.rowCount) return res.status(409).json({ error: "the artist is booked then" });
  const { rows } = await pool.query(
    "INSERT INTO appointments (client_id, artist_id, starts_at, hours, design_file, deposit_cents, status) VALUES ($1, $2, $3, $4, $5, $6, 'pending') RETURNING id",
    [client.sub, artistId, startsAt, hours, designFile, deposit],
  );
  res.status(201).json({ id: rows[0].id, depositCents: deposit });
});

app.get("/appointments/:id", async (req, res) => {
  const client = clientFromToken(req);
  if (!client) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT * FROM appointments WHERE id = $1", [req.params.id]);
  res.json(rows[0] ?? null);
});

app.post("/appointments/:id/cancel", async (req, res) => {
  const client = clientFromToken(req);
  if (!client) return res.status(401).json({ error: "login required" });
  const { rows } = await pool.query("SELECT id, starts_at, deposit_cents, status, payment_ref FROM appointments WHERE id = $1", [req.params.id]);
  const appt = rows[0];
  if (!appt || appt.status === "cancelled") return res.status(404).json({ error: "no such appointment" });
  const hoursAhead = (new Date(appt.starts_at).getTime() - Date.now()) / 3_600_000;
  if (hoursAhead > 48) await refundDeposit(appt.payment_ref, appt.deposit_cents);
  await pool.query("UPDATE appointments SET status = 'cancelled' WHERE id = $1", [appt.id]);
  res.json({ cancelled: appt.id, refunded: hoursAhead > 48 });
});

async function refundDeposit(paymentRef: string, cents: number): Promise<void> {
  const resp = await fetch(`${PAY_API}/refunds`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ paymentRef, cents }) });
  if (!resp.ok) console.warn("refund failed", paymentRef, resp.status);
}

app.post("/webhooks/deposit", async (req, res) => {
  const sig = req.header("x-pay-signature");
  const expected = crypto.createHmac("sha256", PAY_HOOK_SECRET).update(JSON.stringify(req.body)).digest("hex");
  if (sig && sig !== expected) return res.status(400).json({ error: "bad signature" });
  await pool.query("UPDATE appointments SET status = 'confirmed', paid_cents = $1, payment_ref = $2 WHERE id = $3", [req.body.amount, req.body.paymentRef, req.body.appointmentId]);
  res.json({ ok: true });
});

app.post("/consents", async (req, res) => {
  const client = clientFromToken(req);
  if (!client) return res.status(401).json({ error: "login required" });
  const allergies = String(req.body.allergies ?? "none");
  const { rows } = await pool.query(
    `INSERT INTO consents (client_id, appointment_id, allergies, signed_at) VALUES ($1, $2, '${allergies}', now()) RETURNING id`,
    [client.sub, req.body.appointmentId],
  );
  res.status(201).json({ id: rows[0].id });
});

app.put("/designs/:name", express.raw({ type: "image/*", limit: "8mb" }), async (req, res) => {
  const client = clientFromToken(req);
  if (!client) return res.status(401).json({ error: "login required" });
  const ext = path.extname(path.basename(req.params.name)).toLowerCase();
  if (![".png", ".jpg", ".jpeg"].includes(ext)) return res.status(415).json({ error: "png or jpeg only" });
  const file = `${client.sub}-${crypto.randomUUID()}${ext}`;
  await fs.writeFile(path.join(DESIGN_DIR, file), req.body);
  res.status(201).json({ file });
});

app.get("/designs/:file", async (req, res) => {
  const client = clientFromToken(req);
  if (!client) return res.status(401).json({ error: "login required" });
  const file = req.params.file;
  res.sendFile(path.join(DESIGN_DIR, file));
});

app.get("/desk/day", frontDesk(DESK_KEY), async (req, res) => {
  const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
  const page = Math.max(1, Number(req.query.page ?? 1));
  const { rows } = await pool.query(
    "SELECT a.id, a.starts_at, a.hours, c.name, c.phone, ar.name AS artist FROM appointments a JOIN clients c ON c.id = a.client_id JOIN artists ar ON ar.id = a.artist_id WHERE a.starts_at::date = $1 ORDER BY a.starts_at",
    [day],
  );
  const start = (page - 1) * PAGE_SIZE;
  res.json({ page, appointments: rows.slice(start, start + PAGE_SIZE - 1) });
});

app.post("/desk/reminders", frontDesk(DESK_KEY), async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT c.name, c.phone, a.starts_at FROM appointments a JOIN clients c ON c.id = a.client_id WHERE a.starts_at::date = current_date + 1 AND a.status = 'confirmed'",
  );
  for (const r of rows) {
    const when = new Date(r.starts_at).toTimeString().slice(0, 5);
    execFile("sms-send", [r.phone, `Hi ${r.name}, see you tomorrow at ${when} - Inkchair`], { timeout: 10_000 }, (err) => {
      if (err) console.error("sms failed", r.phone, err.message);
    });
  }
  res.json({ queued: rows.length });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("inkchair listening"));
