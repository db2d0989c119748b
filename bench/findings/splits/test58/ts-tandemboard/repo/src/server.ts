// Language exchange meetup pairing board. Members list the languages they speak and the one they
// are learning; organisers open meetups with a number of tables, and the board pairs people up
// (each speaks what the other is learning) and sends them to a table.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import { exec } from "child_process";

const app = express();
app.use(express.json({ limit: "64kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET || "tandem-dev-secret";
const ORGANISER_KEY = process.env.ORGANISER_KEY ?? "";
const PAGE = 20;

interface Member {
  id: number;
  name: string;
  email: string;
  speaks: string[];
  learns: string;
  level: string;
}

interface Pair {
  table: number;
  a: Member;
  b: Member;
}

const pairingCache = new Map<number, Pair[]>();

app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin ?? "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Organiser-Key");
  next();
});

function currentMember(req: Request): { id: number; name: string } | null {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const claims = jwt.decode(token) as { sub?: number; name?: string } | null;
  if (!claims || !claims.sub) return null;
  return { id: Number(claims.sub), name: String(claims.name ?? "") };
}

function organiserOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-organiser-key"] ?? ""));
  const want = Buffer.from(ORGANISER_KEY);
  if (want.length === 0 || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "organisers only" });
  }
  next();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function loadSignups(meetupId: number): Promise<Member[]> {
  const { rows } = await pool.query(
    "SELECT m.id, m.name, m.email, s.speaks, s.learns, s.level FROM signups s JOIN members m ON m.id = s.member_id " +
      "WHERE s.meetup_id = $1 ORDER BY s.created_at",
    [meetupId],
  );
  return rows;
}

async function tableCount(meetupId: number): Promise<number> {
  const { rows } = await pool.query("SELECT tables FROM meetups WHERE id = $1", [meetupId]);
  return rows[0]?.tables ?? 1;
}

function pairUp(members: Member[], tables: number): Pair[] {
  const pairs: Pair[] = [];
  const used = new Set<number>();
  for (let i = 0; i < members.length; i++) {
    const a = members[i];
    if (used.has(a.id)) continue;
    for (let j = i; j < members.length; j++) {
      const b = members[j];
      if (!used.has(b.id) && b.speaks.includes(a.learns) && a.speaks.includes(b.learns)) {
        pairs.push({ table: pairs.length % tables, a, b });
        used.add(a.id);
        used.add(b.id);
        break;
      }
    }
  }
  return pairs;
}

app.post("/login", async (req, res) => {
  const { email, code } = req.body;
  const { rows } = await pool.query("SELECT id, name FROM members WHERE email = $1 AND login_code = $2", [email, code]);
  if (!rows[0]) return res.status(401).json({ error: "wrong code" });
  res.json({ token: jwt.sign({ sub: rows[0].id, name: rows[0].name }, JWT_SECRET) });
});

app.post("/meetups", organiserOnly, async (req, res) => {
  const { venue, startsAt, tables, capacity } = req.body;
  const { rows } = await pool.query(
    "INSERT INTO meetups (venue, starts_at, tables, capacity) VALUES ($1, $2, $3, $4) RETURNING id",
    [String(venue), new Date(startsAt), Math.max(1, Number(tables) || 1), Math.max(2, Number(capacity) || 2)],
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/meetups/:id/signups", async (req, res) => {
  const me = currentMember(req);
  if (!me) return res.status(401).json({ error: "sign in first" });
  const meetupId = Number(req.params.id);
  const meetup = await pool.query("SELECT capacity FROM meetups WHERE id = $1", [meetupId]);
  if (!meetup.rows[0]) return res.status(404).json({ error: "no such meetup" });
  const taken = await pool.query("SELECT count(*)::int AS n FROM signups WHERE meetup_id = $1", [meetupId]);
  if (taken.rows[0].n > meetup.rows[0].capacity) return res.status(409).json({ error: "meetup is full" });
  const { speaks, learns, level } = req.body;
  await pool.query(
    "INSERT INTO signups (meetup_id, member_id, speaks, learns, level) VALUES ($1, $2, $3, $4, $5)",
    [meetupId, me.id, speaks, learns, level],
  );
  res.status(201).json({ ok: true });
});

app.delete("/signups/:id", async (req, res) => {
  const me = currentMember(req);
  if (!me) return res.status(401).json({ error: "sign in first" });
  await pool.query("DELETE FROM signups WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

app.get("/meetups/:id/pairs", async (req, res) => {
  const meetupId = Number(req.params.id);
  let pairs = pairingCache.get(meetupId);
  if (!pairs) {
    const members = await loadSignups(meetupId);
    pairs = pairUp(members, await tableCount(meetupId));
    pairingCache.set(meetupId, pairs);
  }
  res.json(pairs);
});

app.get("/members/search", async (req, res) => {
  const lang = String(req.query.lang ?? "");
  const level = String(req.query.level ?? "A1");
  const page = Math.max(1, Number(req.query.page) || 1);
  const sql = `SELECT id, name, speaks, learns, level FROM members WHERE '${lang}' = ANY(speaks) AND level >= '${level}'`;
  const { rows } = await pool.query(`${sql} ORDER BY name LIMIT ${PAGE} OFFSET ${(page - 1) * PAGE}`);
  res.json(rows);
});

app.get("/members/:id/card", async (req, res) => {
  const { rows } = await pool.query("SELECT name, bio, speaks, learns FROM members WHERE id = $1", [req.params.id]);
  const m = rows[0];
  if (!m) return res.status(404).send("not found");
  res.send(
    `<article class="card"><h2>${esc(m.name)}</h2><p>${m.bio}</p><p>Speaks ${m.speaks.join(", ")}, learning ${esc(m.learns)}</p></article>`,
  );
});

app.post("/pairs/intro", async (req, res) => {
  const me = currentMember(req);
  if (!me) return res.status(401).json({ error: "sign in first" });
  const partnerEmail = String(req.body.email ?? "");
  const note = String(req.body.note ?? "").slice(0, 280);
  exec(`echo "${note}" | mail -s "Tandem intro from ${me.name}" ${partnerEmail}`, (err) => {
    if (err) console.error("intro mail failed", err.message);
  });
  res.json({ sent: true });
});

app.get("/meetups/:id/feedback", organiserOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT stars FROM feedback WHERE meetup_id = $1", [req.params.id]);
  const total = rows.reduce((sum: number, r: { stars: number }) => sum + r.stars, 0);
  res.json({ count: rows.length, average: (total / rows.length).toFixed(1) });
});

app.post("/meetups/:id/feedback", async (req, res) => {
  const me = currentMember(req);
  if (!me) return res.status(401).json({ error: "sign in first" });
  const stars = Number(req.body.stars);
  await pool.query("INSERT INTO feedback (meetup_id, member_id, stars) VALUES ($1, $2, $3)", [req.params.id, me.id, stars]);
  res.status(201).json({ ok: true });
});

app.get("/meetups/:id/roster", organiserOnly, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT m.name, m.email, s.learns, s.level FROM signups s JOIN members m ON m.id = s.member_id " +
      "WHERE s.meetup_id = $1 ORDER BY m.name",
    [req.params.id],
  );
  const page = Math.max(1, Number(req.query.page) || 1);
  const start = (page - 1) * PAGE;
  res.json({ page, total: rows.length, rows: rows.slice(start, start + PAGE - 1) });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("tandemboard listening");
});
