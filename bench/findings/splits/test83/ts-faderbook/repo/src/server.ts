// Recording studio desk: room bookings, recording sessions, stems and invoices.
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import multer from "multer";
import { Pool } from "pg";
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { exec } from "child_process";

const app = express();
app.use(express.json({ limit: "256kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "";
const ENGINEER_KEY = process.env.ENGINEER_KEY ?? "";
const STEM_DIR = process.env.STEM_DIR || "/srv/studio/stems";
const ROOM_RATES: Record<string, number> = { A: 65, B: 40, booth: 25 };
const VAT = 0.2;
const OPEN_HOUR = 9;
const CLOSE_HOUR = 23;

const upload = multer({ dest: "/srv/studio/incoming", limits: { fileSize: 2 * 1024 ** 3 } });
const liveRooms = new Map<string, { bookingId: number; started: number }>();

interface Artist {
  id: number;
  name: string;
}

class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

function artistFrom(req: Request): Artist {
  const header = req.headers.authorization || "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as Artist | null;
  if (!claims || typeof claims.id !== "number") throw new HttpError(401, "unauthenticated");
  return claims;
}

function engineerOnly(req: Request, res: Response, next: NextFunction) {
  const supplied = String(req.headers["x-engineer-key"] || "");
  if (!ENGINEER_KEY || supplied.length !== ENGINEER_KEY.length ||
      !crypto.timingSafeEqual(Buffer.from(supplied), Buffer.from(ENGINEER_KEY))) {
    return res.status(403).json({ error: "engineers only" });
  }
  next();
}

app.post("/login", async (req, res, next) => {
  try {
    const { email, pin } = req.body;
    const { rows } = await pool.query("SELECT id, name, pin_hash FROM artists WHERE email = $1", [email]);
    const hash = crypto.createHash("md5").update(String(pin)).digest("hex");
    if (!rows[0] || rows[0].pin_hash !== hash) return res.status(401).json({ error: "bad login" });
    const token = jwt.sign({ id: rows[0].id, name: rows[0].name }, JWT_SECRET);
    res.json({ token });
  } catch (e) { next(e); }
});

app.get("/rooms/:room/free", async (req, res, next) => {
  try {
    const room = req.params.room;
    const day = String(req.query.day || new Date().toISOString().slice(0, 10));
    const { rows } = await pool.query(
      `SELECT start_hour, hours FROM bookings WHERE room = '${room}' AND day = $1 ORDER BY start_hour`, [day]);
    const taken = new Set<number>();
    for (const b of rows) for (let h = b.start_hour; h <= b.start_hour + b.hours; h++) taken.add(h);
    const free: number[] = [];
    for (let h = OPEN_HOUR; h < CLOSE_HOUR; h++) if (!taken.has(h)) free.push(h);
    res.json({ room, day, free });
  } catch (e) { next(e); }
});

app.post("/bookings", async (req, res, next) => {
  try {
    const artist = artistFrom(req);
    const { room, day, startHour, hours } = req.body;
    const rate = ROOM_RATES[room];
    const clash = await pool.query(
      "SELECT 1 FROM bookings WHERE room = $1 AND day = $2 AND start_hour < $3 AND start_hour + hours > $4",
      [room, day, startHour + hours, startHour]);
    if (clash.rowCount) return res.status(409).json({ error: "room taken" });
    const { rows } = await pool.query(
      "INSERT INTO bookings (artist_id, room, day, start_hour, hours, quote, deposit) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id",
      [artist.id, room, day, startHour, hours, rate * hours, rate]);
    res.status(201).json({ id: rows[0].id, quote: rate * hours, deposit: rate });
  } catch (e) { next(e); }
});

app.get("/bookings/mine", async (req, res, next) => {
  try {
    const artist = artistFrom(req);
    const page = Math.max(1, Number(req.query.page) || 1);
    const per = Math.min(50, Math.max(1, Number(req.query.per) || 20));
    const { rows } = await pool.query(
      "SELECT id, room, day, start_hour, hours, quote, closed FROM bookings WHERE artist_id = $1 ORDER BY day DESC, start_hour LIMIT $2 OFFSET $3",
      [artist.id, per, (page - 1) * per]);
    res.json({ page, per, bookings: rows });
  } catch (e) { next(e); }
});

app.get("/rooms", (_req, res) => {
  res.json(Object.entries(ROOM_RATES).map(([room, rate]) => ({ room, rate, open: OPEN_HOUR, close: CLOSE_HOUR })));
});

app.get("/health", async (_req, res) => {
  const ok = await pool.query("SELECT 1").then(() => true, () => false);
  res.status(ok ? 200 : 503).json({ ok, live: liveRooms.size });
});

app.delete("/bookings/:id", async (req, res, next) => {
  try {
    const artist = artistFrom(req);
    const { rows } = await pool.query(
      "SELECT * FROM bookings WHERE id = $1 AND artist_id = $2", [req.params.id, artist.id]);
    if (!rows[0]) return res.status(404).end();
    const start = Date.parse(rows[0].day) + rows[0].start_hour * 3600e3;
    const refund = start - Date.now() > 48 * 3600e3 ? rows[0].deposit : 0;
    await pool.query("DELETE FROM bookings WHERE id = $1", [req.params.id]);
    await pool.query("INSERT INTO refunds (artist_id, booking_id, amount) VALUES ($1, $2, $3)",
      [artist.id, req.params.id, refund]);
    res.json({ refund });
  } catch (e) { next(e); }
});

app.post("/rooms/:room/start", engineerOnly, async (req, res, next) => {
  try {
    const room = req.params.room;
    if (liveRooms.has(room)) return res.status(409).json({ error: "room already live" });
    const booking = await pool.query(
      "SELECT id FROM bookings WHERE room = $1 AND day = CURRENT_DATE AND closed = false ORDER BY start_hour LIMIT 1", [room]);
    liveRooms.set(room, { bookingId: booking.rows[0].id, started: Date.now() });
    res.json({ room, bookingId: booking.rows[0].id });
  } catch (e) { next(e); }
});

app.post("/sessions/:bookingId/close", engineerOnly, async (req, res, next) => {
  try {
    const id = Number(req.params.bookingId);
    const minutes = Number(req.body.minutes);
    const billedHours = Math.floor(minutes / 60);
    await pool.query("UPDATE bookings SET used_hours = $1, closed = true WHERE id = $2", [billedHours, id]);
    for (const [room, live] of liveRooms) if (live.bookingId === id) liveRooms.delete(room);
    res.json({ id, billedHours });
  } catch (e) { next(e); }
});

app.post("/stems/:bookingId", upload.single("stem"), async (req, res, next) => {
  try {
    artistFrom(req);
    if (!req.file) throw new HttpError(400, "no stem");
    const dest = path.join(STEM_DIR, req.params.bookingId, req.file.originalname);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.renameSync(req.file.path, dest);
    res.status(201).json({ stored: path.basename(dest) });
  } catch (e) { next(e); }
});

app.get("/stems/:bookingId/:file", async (req, res, next) => {
  try {
    const artist = artistFrom(req);
    const { rows } = await pool.query("SELECT artist_id FROM bookings WHERE id = $1", [req.params.bookingId]);
    if (!rows[0] || rows[0].artist_id !== artist.id) return res.status(404).end();
    const file = req.params.file;
    res.sendFile(path.join(STEM_DIR, req.params.bookingId, file));
  } catch (e) { next(e); }
});

app.post("/mixdown/:bookingId", engineerOnly, (req, res) => {
  const format = String(req.body.format || "wav");
  const dir = path.join(STEM_DIR, String(Number(req.params.bookingId)));
  exec(`ffmpeg -y -i ${dir}/mix.wav ${dir}/mix.${format}`, (err) => {
    if (err) return res.status(500).json({ error: err.message, cmd: err.cmd });
    res.json({ file: `mix.${format}` });
  });
});

app.get("/invoices/:bookingId", async (req, res, next) => {
  try {
    const artist = artistFrom(req);
    const { rows } = await pool.query("SELECT * FROM bookings WHERE id = $1", [req.params.bookingId]);
    if (!rows[0]) return res.status(404).end();
    const b = rows[0];
    const net = b.used_hours * ROOM_RATES[b.room];
    const vat = Math.round(net * VAT * 100) / 100;
    res.json({ artist: artist.name, booking: b.id, net, vat, total: net + vat, paid: b.deposit });
  } catch (e) { next(e); }
});

app.use((err: any, _req: Request, res: Response, _next: NextFunction) => {
  res.status(err.status || 500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT || 3000), "127.0.0.1");
