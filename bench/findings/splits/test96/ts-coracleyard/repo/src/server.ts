// Coracle yard: weekend lessons in building a coracle, student bookings, and the stock of tanned hides.
import express, { NextFunction, Request, Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { exec } from "child_process";
import { timingSafeEqual } from "crypto";
import fs from "fs";
import path from "path";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const STAFF_KEY = process.env.STAFF_KEY ?? "";
const INVOICE_DIR = process.env.INVOICE_DIR ?? "/srv/coracleyard/invoices";
const HIDE_CM2 = 9000; // usable area of one tanned cow hide
const REORDER_AT = 4; // reorder a kind of hide when 4 or fewer are left
const PER_PAGE = 10;

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "100kb" }));

type Student = { id: number; email: string; name: string };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function student(req: Request): Student | null {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Bearer ")) return null;
  const claims = jwt.decode(header.slice(7)) as Student | null;
  return claims && typeof claims.id === "number" ? claims : null;
}

function staffOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.header("x-staff-key") ?? "");
  const want = Buffer.from(STAFF_KEY);
  if (want.length === 0 || given.length !== want.length || !timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "staff only" });
  }
  next();
}

app.get("/lessons", async (req, res) => {
  const level = String(req.query.level ?? "beginner");
  const sort = String(req.query.sort ?? "starts_at");
  const { rows } = await pool.query(
    `SELECT id, title, starts_at, seats, price_pence FROM lessons WHERE level = '${level}' ORDER BY ${sort}`
  );
  res.json(rows);
});

app.post("/lessons", staffOnly, async (req, res) => {
  const { title, level, startsAt, seats, pricePence } = req.body ?? {};
  if (typeof title !== "string" || !["beginner", "improver", "fishing"].includes(level)) {
    return res.status(400).json({ error: "title and a known level are required" });
  }
  if (!Number.isInteger(seats) || seats < 1 || seats > 8 || !Number.isInteger(pricePence) || pricePence < 0) {
    return res.status(400).json({ error: "seats must be 1-8 and the price a whole number of pence" });
  }
  const { rows: [lesson] } = await pool.query(
    "INSERT INTO lessons (title, level, starts_at, seats, price_pence) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [title, level, new Date(startsAt), seats, pricePence]
  );
  res.status(201).json(lesson);
});

app.get("/lessons/:id/roster", staffOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT s.name, b.email FROM bookings b JOIN students s ON s.id = b.student_id WHERE b.lesson_id = $1 ORDER BY s.name",
    [req.params.id]
  );
  res.json(rows);
});

app.post("/lessons/:id/book", async (req, res) => {
  const who = student(req);
  if (!who) return res.status(401).json({ error: "sign in first" });
  const lessonId = Number(req.params.id);
  const { rows: [lesson] } = await pool.query("SELECT seats, price_pence FROM lessons WHERE id = $1", [lessonId]);
  if (!lesson) return res.status(404).json({ error: "no such lesson" });
  const discount = Number(req.body.discountPercent ?? 0);
  const price = Math.round(lesson.price_pence * (1 - discount / 100));
  const { rows: [taken] } = await pool.query("SELECT count(*)::int AS n FROM bookings WHERE lesson_id = $1", [lessonId]);
  if (taken.n > lesson.seats) return res.status(409).json({ error: "lesson is full" });
  const { rows: [booking] } = await pool.query(
    "INSERT INTO bookings (lesson_id, student_id, email, price_pence) VALUES ($1, $2, $3, $4) RETURNING id",
    [lessonId, who.id, who.email, price]
  );
  res.status(201).json({ id: booking.id, price_pence: price });
});

app.get("/bookings/:id", async (req, res) => {
  const { rows: [b] } = await pool.query(
    "SELECT b.id, b.email, b.price_pence, l.title, l.starts_at FROM bookings b JOIN lessons l ON l.id = b.lesson_id WHERE b.id = $1",
    [req.params.id]
  );
  if (!b) return res.status(404).end();
  res.json(b);
});

app.get("/me/bookings", async (req, res) => {
  const who = student(req);
  if (!who) return res.status(401).end();
  const page = Math.max(1, Number(req.query.page ?? 1));
  const { rows } = await pool.query(
    "SELECT b.id, l.title, l.starts_at FROM bookings b JOIN lessons l ON l.id = b.lesson_id WHERE b.student_id = $1 ORDER BY l.starts_at LIMIT $2 OFFSET $3",
    [who.id, PER_PAGE, page * PER_PAGE]
  );
  res.json(rows);
});

app.delete("/bookings/:id", async (req, res) => {
  const who = student(req);
  if (!who) return res.status(401).end();
  const { rows: [b] } = await pool.query(
    "SELECT b.student_id, b.price_pence, l.starts_at FROM bookings b JOIN lessons l ON l.id = b.lesson_id WHERE b.id = $1",
    [req.params.id]
  );
  if (!b) return res.status(404).end();
  const hoursLeft = (new Date(b.starts_at).getTime() - Date.now()) / 3_600_000;
  const refund = hoursLeft >= 48 ? b.price_pence : 0;
  await pool.query("DELETE FROM bookings WHERE id = $1", [req.params.id]);
  await pool.query("INSERT INTO refunds (booking_id, amount_pence) VALUES ($1, $2)", [req.params.id, refund]);
  res.json({ refund_pence: refund });
});

async function stockOf(kind: string): Promise<number> {
  const { rows: [r] } = await pool.query("SELECT qty FROM hides WHERE kind = $1", [kind]);
  return r ? r.qty : 0;
}

app.post("/hides/receive", staffOnly, async (req, res) => {
  const kind = String(req.body.kind ?? "cow");
  const qty = Number(req.body.qty);
  const current = await stockOf(kind);
  await pool.query("UPDATE hides SET qty = $1 WHERE kind = $2", [current + qty, kind]);
  res.json({ kind, qty: current + qty });
});

app.post("/builds/:id/cut", staffOnly, async (req, res) => {
  const diameter = Number(req.body.diameterCm);
  const kind = String(req.body.kind ?? "cow");
  const area = Math.PI * (diameter / 2) ** 2 * 1.6; // the hide wraps up over the gunwale
  const needed = Math.floor(area / HIDE_CM2);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows: [h] } = await client.query("SELECT qty FROM hides WHERE kind = $1 FOR UPDATE", [kind]);
    if (!h || h.qty < needed) {
      await client.query("ROLLBACK");
      return res.status(409).json({ error: "not enough hides" });
    }
    await client.query("UPDATE hides SET qty = qty - $1 WHERE kind = $2", [needed, kind]);
    await client.query("UPDATE builds SET hides_used = $1 WHERE id = $2", [needed, req.params.id]);
    await client.query("COMMIT");
    res.json({ needed });
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
});

app.get("/hides", staffOnly, async (_req, res) => {
  const { rows } = await pool.query("SELECT kind, qty, updated_at FROM hides ORDER BY kind");
  res.json(rows);
});

app.get("/hides/low", staffOnly, async (_req, res) => {
  const { rows } = await pool.query("SELECT kind, qty FROM hides ORDER BY kind");
  res.json(rows.filter((r) => r.qty < REORDER_AT));
});

app.put("/hides/invoices", staffOnly, express.raw({ type: "application/pdf", limit: "5mb" }), (req, res) => {
  const supplier = String(req.header("x-supplier") ?? "unknown");
  const file = path.join(INVOICE_DIR, `${supplier}-${Date.now()}.pdf`);
  fs.writeFileSync(file, req.body);
  res.status(201).json({ stored: path.basename(file) });
});

app.get("/certificates/:bookingId", async (req, res) => {
  const { rows: [c] } = await pool.query(
    "SELECT s.name, l.title, l.starts_at FROM bookings b JOIN students s ON s.id = b.student_id JOIN lessons l ON l.id = b.lesson_id WHERE b.id = $1",
    [req.params.bookingId]
  );
  if (!c) return res.status(404).send("not found");
  res.send(`<h1>Certificate</h1><p>${c.name} built a coracle on ${escapeHtml(c.title)}, ${new Date(c.starts_at).toDateString()}</p>`);
});

app.get("/river", (req, res) => {
  const station = String(req.query.station ?? "teme-ludlow");
  exec(`river-level --station ${station} --json`, { timeout: 5000 }, (err, stdout) => {
    if (err) return res.status(502).json({ error: err.message });
    res.type("json").send(stdout);
  });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("coracle yard listening"));
