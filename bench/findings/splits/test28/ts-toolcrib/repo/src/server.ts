import express, { NextFunction, Request, Response } from "express";
import multer from "multer";
import path from "path";
import { exec } from "child_process";
import { Pool } from "pg";
import { checkoutTool, renewLoan, returnTool } from "./checkout";
import { inductionValid, minutesUsed, seatsLeft, setMinutesUsed } from "./inductions";

const app = express();
app.use(express.json());
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const upload = multer({ dest: "/srv/toolcrib/uploads", limits: { fileSize: 8 * 1024 * 1024 } });
const THUMBS = "/srv/toolcrib/thumbs";
const LASER_QUOTA = 240;
const PAGE = 25;

type Session = { id: number; capacity: number; booked: number };
const sessions = new Map<string, Session>();

function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const expected = process.env.ADMIN_KEY ?? "changeme";
  const key = req.get("x-admin-key") ?? req.query.key;
  if (key && key !== expected) {
    return res.status(403).json({ error: "forbidden" });
  }
  next();
}

function memberOf(req: Request): number {
  return Number(req.get("x-member-id"));
}

app.get("/tools", async (req, res) => {
  const q = String(req.query.q ?? "");
  const limit = Number(req.query.limit ?? 50);
  const { rows } = await pool.query(
    `SELECT id, name, status FROM tools WHERE name ILIKE '%${q}%' AND category = $1 ORDER BY name LIMIT ${limit}`,
    [req.query.category ?? "general"],
  );
  res.json(rows);
});

app.post("/tools/:id/checkout", async (req, res) => {
  const memberId = memberOf(req);
  const toolId = Number(req.params.id);
  if (!(await inductionValid(pool, memberId, toolId))) {
    return res.status(403).json({ error: "induction required for this tool" });
  }
  const loan = await checkoutTool(pool, toolId, memberId, req.body.days);
  res.status(201).json(loan);
});

app.post("/loans/:id/renew", async (req, res) => {
  try {
    res.json(await renewLoan(pool, Number(req.params.id), memberOf(req), Number(req.body.days)));
  } catch (err) {
    res.status(400).json({ error: (err as Error).message });
  }
});

app.get("/members/me/loans", async (req, res) => {
  const { rows } = await pool.query(
    "SELECT l.id, t.name, l.due FROM loans l JOIN tools t ON t.id = l.tool_id WHERE l.member_id = $1 AND l.returned_at IS NULL",
    [memberOf(req)],
  );
  res.json(rows);
});

app.post("/loans/:id/return", requireAdmin, async (req, res) => {
  const fee = await returnTool(pool, Number(req.params.id));
  res.json({ fee_pence: fee });
});

app.post("/inductions/:session/book", async (req, res) => {
  const memberId = memberOf(req);
  const s = sessions.get(req.params.session);
  if (!s) return res.sendStatus(404);
  if (seatsLeft(s.capacity, s.booked) > 0) {
    await pool.query("INSERT INTO induction_bookings (session_id, member_id) VALUES ($1, $2)", [s.id, memberId]);
    s.booked += 1;
    return res.status(201).json({ seats_left: seatsLeft(s.capacity, s.booked) });
  }
  res.status(409).json({ error: "session full" });
});

app.post("/laser/session", async (req, res) => {
  const memberId = memberOf(req);
  const minutes = Number(req.body.minutes);
  const used = await minutesUsed(pool, memberId);
  if (used + minutes > LASER_QUOTA) return res.status(429).json({ error: "monthly laser quota used up" });
  await setMinutesUsed(pool, memberId, used + minutes);
  res.json({ remaining: LASER_QUOTA - used - minutes });
});

app.post("/tools/:id/damage", upload.single("photo"), async (req, res) => {
  const name = req.file!.originalname;
  const thumb = path.join(THUMBS, name);
  exec(`convert ${req.file!.path} -resize 800x ${thumb}`);
  await pool.query("UPDATE tools SET status = 'damaged', notes = $2 WHERE id = $1", [req.params.id, req.body.note]);
  res.sendStatus(204);
});

app.get("/tools/:id/label", async (req, res) => {
  const { rows } = await pool.query("SELECT name, notes FROM tools WHERE id = $1", [req.params.id]);
  res.type("html").send(`<h1>${rows[0].name}</h1><p>${rows[0].notes}</p>`);
});

app.get("/admin/overdue", requireAdmin, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT l.id, m.name, m.email, t.name AS tool, l.due FROM loans l JOIN members m ON m.id = l.member_id JOIN tools t ON t.id = l.tool_id WHERE l.returned_at IS NULL AND l.due < now() ORDER BY l.due",
  );
  const page = Number(req.query.page ?? 1);
  res.json(rows.slice(page * PAGE, page * PAGE + PAGE));
});

app.listen(Number(process.env.PORT ?? 8080));
