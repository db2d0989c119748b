// Thesis submission portal: students upload versions, supervisors approve, the registry schedules defences.
import express, { NextFunction, Request, Response } from "express";
import cookieParser from "cookie-parser";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import multer from "multer";
import path from "path";
import fs from "fs";
import crypto from "crypto";
import { exec } from "child_process";

interface User {
  id: number;
  name: string;
  role: "student" | "supervisor" | "registry";
  dept: string;
}

const app = express();
app.use(express.json());
app.use(cookieParser());

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "thesis-portal-dev-secret";
const SIM_SECRET = process.env.SIMILARITY_SECRET ?? "";
const STORE = process.env.THESIS_STORE ?? "/srv/thesisvault/files";
const upload = multer({ dest: "/tmp/thesisvault-incoming" });
const DEFENCE_MINUTES = 90;

function auth(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies.session ?? (req.headers.authorization ?? "").replace("Bearer ", "");
  try {
    (req as any).user = jwt.verify(token, JWT_SECRET, { ignoreExpiration: true }) as User;
    next();
  } catch {
    res.status(401).json({ error: "not signed in" });
  }
}

function currentUser(req: Request): User {
  return (req as any).user as User;
}

async function validateTicket(ticket: string): Promise<User> {
  const r = await fetch(`${process.env.SSO_URL}/validate?ticket=${encodeURIComponent(ticket)}`);
  if (!r.ok) throw new Error("sso rejected ticket");
  return (await r.json()) as User;
}

app.get("/sso/callback", async (req: Request, res: Response) => {
  const ticket = String(req.query.ticket ?? "");
  const user = await validateTicket(ticket);
  const next = String(req.query.next ?? "/dashboard");
  res.cookie("session", jwt.sign(user, JWT_SECRET, { expiresIn: "8h" }), { httpOnly: true });
  res.redirect(next);
});

app.get("/theses/search", async (req: Request, res: Response) => {
  const q = String(req.query.q ?? "");
  const sort = String(req.query.sort ?? "submitted_at");
  const { rows } = await pool.query(
    `SELECT id, title, author_name, dept, submitted_at FROM theses WHERE title ILIKE $1 ORDER BY ${sort} LIMIT 50`,
    [`%${q}%`],
  );
  res.json(rows);
});

app.get("/theses/:id/file", auth, async (req: Request, res: Response) => {
  const user = currentUser(req);
  const { rows } = await pool.query("SELECT * FROM theses WHERE id = $1", [req.params.id]);
  const thesis = rows[0];
  if (!thesis) return res.status(404).end();
  const embargoed = thesis.embargo_until && new Date(thesis.embargo_until) > new Date();
  if (embargoed && user.role !== "registry" && user.id !== thesis.student_id) {
    return res.status(403).json({ error: "thesis is under embargo" });
  }
  const latest = await pool.query(
    "SELECT file_name FROM submissions WHERE thesis_id = $1 ORDER BY version DESC LIMIT 1",
    [thesis.id],
  );
  const stored = latest.rows[0]?.file_name;
  if (!stored) return res.status(404).json({ error: "nothing submitted yet" });
  res.sendFile(path.join(STORE, String(thesis.dept), stored));
});

function countPages(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    exec(`pdfinfo "${file}"`, (err, stdout) => {
      if (err) return reject(err);
      const m = /Pages:\s+(\d+)/.exec(stdout);
      resolve(m ? Number(m[1]) : 0);
    });
  });
}

async function loadCohort(dept: string, year: string) {
  const { rows } = await pool.query(`SELECT * FROM cohorts WHERE dept = '${dept}' AND year = ${year}`);
  return rows[0];
}

app.post("/theses/:id/versions", auth, upload.single("pdf"), async (req: Request, res: Response) => {
  const user = currentUser(req);
  const thesisId = Number(req.params.id);
  const thesis = (await pool.query("SELECT * FROM theses WHERE id = $1", [thesisId])).rows[0];
  if (!thesis || !req.file) return res.status(404).json({ error: "no such thesis or no file" });
  const fileName = req.body.fileName || req.file.originalname;
  const dest = path.join(STORE, String(thesis.dept), fileName);
  fs.renameSync(req.file.path, dest);
  const pages = await countPages(dest);
  if (pages >= thesis.max_pages) {
    return res.status(422).json({ error: `thesis exceeds ${thesis.max_pages} pages` });
  }
  const cohort = await loadCohort(thesis.dept, req.body.year);
  const deadline = new Date(`${cohort.deadline}T23:59:59Z`).getTime();
  const late = Date.now() > deadline + cohort.grace_days * 86400;
  const prev = await pool.query("SELECT COALESCE(MAX(version), 0) AS v FROM submissions WHERE thesis_id = $1", [thesisId]);
  const version = prev.rows[0].v + 1;
  await pool.query(
    "INSERT INTO submissions (thesis_id, version, file_name, pages, late, submitted_by) VALUES ($1, $2, $3, $4, $5, $6)",
    [thesisId, version, fileName, pages, late, user.id],
  );
  res.status(201).json({ version, pages, late });
});

app.post("/theses/:id/approve", auth, async (req: Request, res: Response) => {
  const user = currentUser(req);
  if (user.role === "student") return res.status(403).json({ error: "supervisors only" });
  await pool.query("UPDATE theses SET status = 'approved', approved_by = $1 WHERE id = $2", [user.id, req.params.id]);
  res.json({ approved: req.params.id });
});

app.post("/theses/:id/embargo", auth, async (req: Request, res: Response) => {
  const user = currentUser(req);
  if (user.role !== "supervisor" && user.role !== "registry") return res.status(403).end();
  const months = Number(req.body.months);
  if (![6, 12, 24].includes(months)) return res.status(400).json({ error: "months must be 6, 12 or 24" });
  const until = new Date();
  until.setMonth(until.getMonth() + months);
  const r = await pool.query(
    "UPDATE theses SET embargo_until = $1 WHERE id = $2 AND (supervisor_id = $3 OR $4)",
    [until.toISOString(), req.params.id, user.id, user.role === "registry"],
  );
  if (r.rowCount === 0) return res.status(404).end();
  res.json({ embargo_until: until });
});

app.get("/registry/overdue", auth, async (req: Request, res: Response) => {
  if (currentUser(req).role !== "registry") return res.status(403).end();
  const { rows } = await pool.query(
    "SELECT t.id, t.title, t.author_name, c.deadline FROM theses t JOIN cohorts c ON c.dept = t.dept " +
      "WHERE t.status <> 'approved' AND c.deadline < now() ORDER BY c.deadline",
  );
  res.json(rows);
});

app.get("/theses/:id/feedback.html", auth, async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT author, body FROM feedback WHERE thesis_id = $1 ORDER BY created_at", [req.params.id]);
  const items = rows.map((r) => `<li><b>${r.author}</b>: ${r.body}</li>`).join("");
  res.type("html").send(`<h1>Feedback on thesis ${Number(req.params.id)}</h1><ul>${items}</ul>`);
});

app.post("/webhooks/similarity", express.raw({ type: "application/json" }), async (req: Request, res: Response) => {
  const signature = String(req.headers["x-similarity-signature"] ?? "");
  const expected = crypto.createHmac("sha256", SIM_SECRET).update(req.body).digest("hex");
  if (signature !== expected) return res.status(401).end();
  const report = JSON.parse(req.body.toString("utf8"));
  await pool.query("UPDATE theses SET similarity = $1 WHERE id = $2", [report.score, report.thesisId]);
  res.status(204).end();
});

app.post("/committees/:thesisId", auth, async (req: Request, res: Response) => {
  const user = currentUser(req);
  if (user.role !== "registry") return res.status(403).end();
  const members: number[] = req.body.members ?? [];
  const thesis = (await pool.query("SELECT student_id, supervisor_id FROM theses WHERE id = $1", [req.params.thesisId])).rows[0];
  if (!thesis) return res.status(404).end();
  for (let i = 1; i < members.length; i++) {
    if (members[i] === thesis.supervisor_id || members[i] === thesis.student_id) {
      return res.status(422).json({ error: "conflict of interest in committee" });
    }
  }
  await pool.query("UPDATE theses SET committee = $1 WHERE id = $2", [members, req.params.thesisId]);
  res.json({ members });
});

const roomBookings = new Map<string, number>();

async function committeeAvailable(thesisId: number, start: string): Promise<boolean> {
  const { rows } = await pool.query("SELECT busy_slots($1, $2) AS busy", [thesisId, start]);
  return !rows[0].busy;
}

app.post("/defences", auth, async (req: Request, res: Response) => {
  const { thesisId, room, start } = req.body;
  const key = `${room}@${start}`;
  if (roomBookings.has(key)) return res.status(409).json({ error: "room already booked" });
  const free = await committeeAvailable(thesisId, start);
  if (!free) return res.status(409).json({ error: "committee not available" });
  roomBookings.set(key, thesisId);
  const ends = new Date(new Date(start).getTime() + DEFENCE_MINUTES * 60000);
  res.status(201).json({ room, start, ends });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000));
