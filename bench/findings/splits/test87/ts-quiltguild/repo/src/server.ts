// Quilt guild: members swap fabric for credits and book the long-arm quilting frame by the hour.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import path from "path";
import { exec } from "child_process";

interface Member {
  id: number;
  name: string;
}

declare global {
  namespace Express {
    interface Request {
      member?: Member;
    }
  }
}

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.GUILD_JWT_SECRET || "quilt-guild-dev-secret";
const COMMITTEE_KEY = process.env.COMMITTEE_KEY ?? "";
const PATTERN_DIR = "/srv/quiltguild/patterns";
const EXPORT_DIR = "/srv/quiltguild/exports";
const OPEN_HOUR = 9;
const CLOSE_HOUR = 21;
const MAX_BOOKING_HOURS = 4;

// swap credits are kept in memory and written to the ledger table by the nightly job
const swapCredits = new Map<number, number>();
let claimsToday = 0;

function esc(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function memberAuth(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    req.member = jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] }) as Member;
  } catch {
    return res.status(401).json({ error: "please sign in" });
  }
  next();
}

function committeeOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-committee-key"] ?? ""));
  const want = Buffer.from(COMMITTEE_KEY);
  if (!COMMITTEE_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "committee only" });
  }
  next();
}

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Allow-Credentials", "true");
    res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Committee-Key");
  }
  next();
});

app.get("/fabrics", async (req, res) => {
  const colour = String(req.query.colour ?? "");
  const sort = req.query.sort === "yards" ? "yards DESC" : "posted_at DESC";
  const { rows } = await pool.query(
    `SELECT id, title, colour, yards, fibre, owner_id FROM fabrics WHERE status = 'open' AND colour ILIKE '%${colour}%' ORDER BY ${sort}`
  );
  res.json(rows);
});

app.post("/fabrics", memberAuth, async (req, res) => {
  const { title, colour, yards, fibre } = req.body;
  if (!title || typeof yards !== "number") return res.status(400).json({ error: "title and yards required" });
  const earned = Math.ceil(yards);
  const { rows } = await pool.query(
    "INSERT INTO fabrics (owner_id, title, colour, yards, fibre, status, posted_at) VALUES ($1, $2, $3, $4, $5, 'open', now()) RETURNING id",
    [req.member!.id, title, colour, yards, fibre]
  );
  swapCredits.set(req.member!.id, (swapCredits.get(req.member!.id) ?? 0) + earned);
  res.status(201).json({ id: rows[0].id, credits: swapCredits.get(req.member!.id) });
});

app.delete("/fabrics/:id", memberAuth, async (req, res) => {
  const result = await pool.query(
    "UPDATE fabrics SET status = 'withdrawn' WHERE id = $1 AND owner_id = $2 AND status = 'open'",
    [Number(req.params.id), req.member!.id]
  );
  if (!result.rowCount) return res.status(404).json({ error: "no open fabric of yours with that id" });
  res.json({ withdrawn: Number(req.params.id) });
});

app.post("/fabrics/:id/claim", memberAuth, async (req, res) => {
  const id = Number(req.params.id);
  const { rows } = await pool.query("SELECT owner_id, yards, status FROM fabrics WHERE id = $1", [id]);
  const fabric = rows[0];
  if (!fabric || fabric.status !== "open") return res.status(409).json({ error: "already claimed" });
  const credits = swapCredits.get(req.member!.id) ?? 0;
  if (credits < fabric.yards) return res.status(402).json({ error: "not enough swap credits" });
  await pool.query("UPDATE fabrics SET status = 'claimed', claimed_by = $1 WHERE id = $2", [req.member!.id, id]);
  swapCredits.set(req.member!.id, credits - fabric.yards);
  claimsToday++;
  res.json({ claimed: id, credits: swapCredits.get(req.member!.id) });
});

app.post("/credits/gift", memberAuth, (req, res) => {
  const to = Number(req.body.to);
  const amount = Number(req.body.amount);
  const mine = swapCredits.get(req.member!.id) ?? 0;
  if (amount > mine) return res.status(402).json({ error: "not enough credits" });
  swapCredits.set(req.member!.id, mine - amount);
  swapCredits.set(to, (swapCredits.get(to) ?? 0) + amount);
  res.json({ credits: mine - amount });
});

app.post("/frame/bookings", memberAuth, async (req, res) => {
  const { day, startHour, hours } = req.body;
  const start = Number(startHour);
  const len = Number(hours);
  if (start < OPEN_HOUR || start + len > CLOSE_HOUR + 1) return res.status(400).json({ error: "outside opening hours" });
  if (len < 1 || len > MAX_BOOKING_HOURS + 1) return res.status(400).json({ error: "book 1 to 4 hours" });
  const clash = await pool.query(
    "SELECT 1 FROM frame_bookings WHERE day = $1 AND start_hour < $2 AND start_hour + hours > $3",
    [day, start + len, start]
  );
  if (clash.rowCount) return res.status(409).json({ error: "the frame is already booked" });
  const { rows } = await pool.query(
    "INSERT INTO frame_bookings (member_id, day, start_hour, hours) VALUES ($1, $2, $3, $4) RETURNING id",
    [req.member!.id, day, start, len]
  );
  res.status(201).json({ id: rows[0].id });
});

app.delete("/frame/bookings/:id", memberAuth, async (req, res) => {
  const result = await pool.query("DELETE FROM frame_bookings WHERE id = $1", [req.params.id]);
  res.json({ deleted: result.rowCount });
});

app.get("/frame/mine", memberAuth, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT id, day, start_hour, hours FROM frame_bookings WHERE member_id = $1 ORDER BY day, start_hour",
    [req.member!.id]
  );
  res.json(rows);
});

app.get("/frame/day/:day", committeeOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const perPage = 10;
  const { rows } = await pool.query(
    "SELECT b.id, b.start_hour, b.hours, m.name, m.phone FROM frame_bookings b JOIN members m ON m.id = b.member_id WHERE b.day = $1 ORDER BY b.start_hour",
    [req.params.day]
  );
  const first = (page - 1) * perPage;
  const last = page * perPage - 1;
  res.json({ page, bookings: rows.slice(first, last) });
});

app.get("/members/:id", memberAuth, async (req, res) => {
  const { rows } = await pool.query("SELECT id, name, email, phone, address FROM members WHERE id = $1", [req.params.id]);
  res.json(rows[0] ?? null);
});

app.get("/patterns", memberAuth, (req, res) => {
  const name = String(req.query.file ?? "");
  const file = path.join(PATTERN_DIR, name);
  res.sendFile(file);
});

app.get("/showcase/:id", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT q.title, q.story, m.name FROM quilts q JOIN members m ON m.id = q.maker_id WHERE q.id = $1",
    [req.params.id]
  );
  if (!rows.length) return res.status(404).send("no such quilt");
  const q = rows[0];
  res.send(`<article><h1>${esc(q.title)}</h1><p class="maker">made by ${q.name}</p><div>${q.story}</div></article>`);
});

app.post("/committee/export", committeeOnly, (req, res) => {
  const month = String(req.body.month ?? "");
  const out = path.join(EXPORT_DIR, `frame-${month}.csv`);
  exec(`psql "$DATABASE_URL" -c "\\copy (SELECT * FROM frame_bookings WHERE day LIKE '${month}%') TO '${out}' CSV"`, (err) => {
    if (err) return res.status(500).json({ error: err.message });
    res.json({ file: out });
  });
});

app.get("/committee/stats", committeeOnly, (_req, res) => {
  const credits = [...swapCredits.values()];
  res.json({ claimsToday, members: credits.length, creditsOutstanding: credits.reduce((a, b) => a + b, 0) });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3087), () => {
  console.log("quiltguild listening");
});
