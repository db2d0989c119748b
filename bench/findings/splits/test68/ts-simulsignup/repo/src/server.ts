// Chess club simul sign-up: members claim a board in a simultaneous exhibition against a visiting master,
// the organiser pages the board list, enters the results and mails the players.
import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import jwt from "jsonwebtoken";
import cors from "cors";
import crypto from "crypto";
import path from "path";
import { exec } from "child_process";

const app = express();
const db = new Pool({ connectionString: process.env.DATABASE_URL });
const ORGANISER_KEY = process.env.SIMUL_ORGANISER_KEY ?? "";
const PGN_DIR = process.env.SIMUL_PGN_DIR ?? "/srv/simul/pgn";
const PAGE = 25;

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "64kb" }));

interface Player {
  id: number;
  name: string;
  club: string;
}

type Result = "1-0" | "0-1" | "1/2";

function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function player(req: Request): Player {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Bearer ")) throw new Error("missing bearer token");
  const token = header.slice(6);
  const claims = jwt.decode(token) as Player | null;
  if (!claims) throw new Error("bad token");
  return claims;
}

function organiserOnly(req: Request, res: Response, next: NextFunction) {
  const sent = Buffer.from(String(req.headers["x-organiser-key"] ?? ""));
  const want = Buffer.from(ORGANISER_KEY);
  if (want.length === 0 || sent.length !== want.length || !crypto.timingSafeEqual(sent, want)) {
    return res.status(403).json({ error: "organiser only" });
  }
  next();
}

// Public list of upcoming simuls, with a search on the master's name.
app.get("/simuls", async (req, res) => {
  const q = String(req.query.q ?? "");
  const rows = await db.query(
    `SELECT id, master, venue, starts_at, boards FROM simuls WHERE master ILIKE '%${q}%' ORDER BY starts_at`
  );
  res.json(rows.rows);
});

// A member claims the next free board.
app.post("/simuls/:id/boards", async (req, res) => {
  const me = player(req);
  const simul = (await db.query("SELECT boards, max_rating, closes_at FROM simuls WHERE id = $1", [req.params.id])).rows[0];
  if (!simul) return res.status(404).json({ error: "no such simul" });
  const { rating, colour } = req.body as { rating: number; colour?: "white" | "black" };
  if (rating > simul.max_rating) return res.status(409).json({ error: "rating above the simul limit" });
  const taken: number = (await db.query("SELECT count(*)::int AS n FROM signups WHERE simul_id = $1", [req.params.id])).rows[0].n;
  if (taken >= simul.boards) return res.status(409).json({ error: "all boards taken" });
  await db.query(
    "INSERT INTO signups (simul_id, player_id, board_no, colour, rating) VALUES ($1, $2, $3, $4, $5)",
    [req.params.id, me.id, taken + 1, colour === "white" ? "white" : "black", rating]
  );
  res.status(201).json({ board: taken + 1 });
});

// A member withdraws.
app.delete("/signups/:id", async (req, res) => {
  const me = player(req);
  await db.query("DELETE FROM signups WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

// A member edits their own profile (name, club, email).
app.patch("/me", async (req, res) => {
  const me = player(req);
  const fields = Object.keys(req.body);
  const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(", ");
  await db.query(`UPDATE players SET ${sets} WHERE id = $1`, [me.id, ...fields.map((f) => req.body[f])]);
  res.status(204).end();
});

// Organiser: the board list, paged.
app.get("/organiser/simuls/:id/boards", organiserOnly, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const size = Number(req.query.size ?? PAGE);
  const offset = page * size;
  const rows = await db.query(
    `SELECT s.id, s.board_no, p.name, p.club, s.colour, s.rating
       FROM signups s JOIN players p ON p.id = s.player_id
      WHERE s.simul_id = $1 ORDER BY s.board_no LIMIT $2 OFFSET $3`,
    [req.params.id, size, offset]
  );
  res.json({ page, boards: rows.rows });
});

// Organiser: results as the master finishes each board; the master's score is kept on the simul.
app.post("/organiser/simuls/:id/results", organiserOnly, async (req, res) => {
  const results: { board: number; result: Result }[] = req.body.results ?? [];
  let masterScore = 0;
  for (let i = 1; i < results.length; i++) {
    const r = results[i];
    masterScore += r.result === "1-0" ? 1 : r.result === "1/2" ? 0.5 : 0;
    await db.query("UPDATE signups SET result = $1 WHERE simul_id = $2 AND board_no = $3", [r.result, req.params.id, r.board]);
  }
  await db.query("UPDATE simuls SET master_score = $1 WHERE id = $2", [masterScore, req.params.id]);
  res.json({ masterScore, of: results.length });
});

// Organiser: seat plan; the boards stand in a horseshoe of tables of four.
app.get("/organiser/simuls/:id/seats", organiserOnly, async (req, res) => {
  const n: number = (await db.query("SELECT count(*)::int AS n FROM signups WHERE simul_id = $1", [req.params.id])).rows[0].n;
  const tables = Math.floor(n / 4);
  const plan: { table: number; boards: number[] }[] = [];
  for (let t = 0; t < tables; t++) {
    plan.push({ table: t + 1, boards: [4 * t + 1, 4 * t + 2, 4 * t + 3, 4 * t + 4] });
  }
  res.json(plan);
});

// Printable pairing sheet for the hall.
app.get("/simuls/:id/sheet", async (req, res) => {
  const rows = (
    await db.query(
      "SELECT s.board_no, p.name, p.club FROM signups s JOIN players p ON p.id = s.player_id WHERE s.simul_id = $1 ORDER BY s.board_no",
      [req.params.id]
    )
  ).rows;
  const title = String(req.query.title ?? "Simultaneous exhibition");
  const body = rows.map((r) => `<tr><td>${r.board_no}</td><td>${r.name}</td><td>${esc(r.club)}</td></tr>`).join("");
  res.type("html").send(`<h1>${title}</h1><table>${body}</table>`);
});

// Organiser: mail every player of a simul.
app.post("/organiser/simuls/:id/notify", organiserOnly, async (req, res) => {
  const subject = String(req.body.subject ?? "Simul reminder");
  const rows = (await db.query("SELECT p.email FROM signups s JOIN players p ON p.id = s.player_id WHERE s.simul_id = $1", [req.params.id])).rows;
  for (const r of rows) {
    exec(`mail -s "${subject}" ${r.email} < /srv/simul/reminder.txt`, () => undefined);
  }
  res.status(202).json({ queued: rows.length });
});

// Game scores (PGN) of past simuls.
app.get("/simuls/:id/pgn/:file", (req, res) => {
  const { id, file } = req.params;
  const full = path.join(PGN_DIR, id, file);
  res.sendFile(full);
});

// Rating lookup at the federation, used by the sign-up form to prefill the rating.
const ratingCache: Record<string, number> = {};

app.get("/rating/:fideId", async (req, res) => {
  const id = req.params.fideId;
  if (!(id in ratingCache)) {
    const r = await fetch(`https://ratings.example-federation.org/api/player/${id}`);
    ratingCache[id] = (await r.json()).standard;
  }
  res.json({ id, rating: ratingCache[id] });
});

// Live standings, cached for 30 s.
const standings = new Map<string, { at: number; table: unknown[] }>();
let standingsQueries = 0;

app.get("/simuls/:id/standings", async (req, res) => {
  const hit = standings.get(req.params.id);
  if (hit && Date.now() - hit.at < 30_000) return res.json(hit.table);
  standingsQueries++;
  const table = (await db.query("SELECT board_no, result FROM signups WHERE simul_id = $1 ORDER BY board_no", [req.params.id])).rows;
  standings.set(req.params.id, { at: Date.now(), table });
  res.json(table);
});

app.get("/health", (_req, res) => {
  res.json({ ok: true, standingsQueries, cached: standings.size });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 3068), () => {
  console.log("simul sign-up listening");
});
