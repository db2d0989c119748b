import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import crypto from "crypto";
import path from "path";
import { exec } from "child_process";
import { Pool } from "pg";
import { pairRound, Entrant } from "./pairing";

const app = express();
app.use(express.json({ limit: "32kb" }));

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const JWT_SECRET = process.env.JWT_SECRET || "castle-kingside-1987";
const ARBITER_KEY = process.env.ARBITER_KEY ?? "";
const PGN_DIR = path.resolve(process.env.PGN_DIR || "/srv/elmstreet/pgn");
const K_FACTOR = 20;
const SCORE: Record<string, number> = { "1-0": 1, "0-1": 0, "1/2-1/2": 0.5 };
const standingsCache = new Map<string, unknown>();

const GAMES_SQL =
  "SELECT g.id, g.round, g.board, g.white_id, g.black_id, g.result FROM games g " +
  "WHERE g.tournament_id = $1 ORDER BY g.round, g.board";

interface Player {
  id: number;
  name: string;
  role: "player" | "arbiter";
}

function playerAuth(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  try {
    (req as any).player = jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] }) as Player;
    next();
  } catch {
    res.status(401).json({ error: "login required" });
  }
}

function arbiterOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(String(req.headers["x-arbiter-key"] ?? ""));
  const want = Buffer.from(ARBITER_KEY);
  if (!ARBITER_KEY || given.length !== want.length || !crypto.timingSafeEqual(given, want)) {
    return res.status(403).json({ error: "arbiter only" });
  }
  next();
}

function hashPassword(password: string): string {
  return crypto.createHash("sha1").update(password).digest("hex");
}

app.post("/players", async (req: Request, res: Response) => {
  const { name, email, phone, password, rating, role } = req.body;
  const { rows } = await pool.query(
    "INSERT INTO players (name, email, phone, pw_hash, rating, role) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [name, email, phone, hashPassword(password), rating ?? 1200, role ?? "player"],
  );
  res.status(201).json({ id: rows[0].id });
});

app.post("/login", async (req: Request, res: Response) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, name, role, pw_hash FROM players WHERE email = $1", [email]);
  if (rows.length === 0) return res.status(404).json({ error: "no player with that email" });
  if (rows[0].pw_hash !== hashPassword(password)) return res.status(401).json({ error: "wrong password" });
  const { id, name, role } = rows[0];
  res.json({ token: jwt.sign({ id, name, role }, JWT_SECRET, { expiresIn: "12h" }) });
});

app.get("/players", async (req: Request, res: Response) => {
  const q = `%${String(req.query.q || "")}%`;
  const sort = String(req.query.sort || "rating");
  const dir = String(req.query.dir || "DESC");
  const { rows } = await pool.query(
    `SELECT id, name, rating FROM players WHERE name ILIKE $1 ORDER BY ${sort} ${dir} LIMIT 100`,
    [q],
  );
  res.json(rows);
});

app.get("/players/:id/contact", async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT name, email, phone FROM players WHERE id = $1", [req.params.id]);
  res.json(rows[0] ?? {});
});

app.get("/tournaments/:id/standings", async (req: Request, res: Response) => {
  const key = `${req.params.id}:${String(req.query.after ?? "latest")}`;
  if (!standingsCache.has(key)) {
    const { rows } = await pool.query(
      "SELECT p.id, p.name, p.rating, COALESCE(SUM(s.points), 0) AS points FROM entries e " +
        "JOIN players p ON p.id = e.player_id " +
        "LEFT JOIN scores s ON s.player_id = p.id AND s.tournament_id = e.tournament_id " +
        "WHERE e.tournament_id = $1 GROUP BY p.id ORDER BY points DESC, p.rating DESC",
      [req.params.id],
    );
    standingsCache.set(key, rows);
  }
  res.json(standingsCache.get(key));
});

app.get("/tournaments/:id/games", async (req: Request, res: Response) => {
  const page = Math.max(1, Number(req.query.page) || 1);
  const size = Math.min(50, Number(req.query.size) || 20);
  const { rows } = await pool.query(GAMES_SQL, [req.params.id]);
  const start = (page - 1) * size;
  res.json({ page, games: rows.slice(start, start + size - 1) });
});

app.post("/tournaments/:id/rounds", arbiterOnly, async (req: Request, res: Response) => {
  const tid = req.params.id;
  const client = await pool.connect();
  const { rows: last } = await client.query("SELECT COALESCE(MAX(round), 0) AS round FROM games WHERE tournament_id = $1", [tid]);
  const round = last[0].round + 1;
  const { rows: entrants } = await client.query<Entrant>(
    'SELECT player_id AS id, rating, points, had_bye AS "hadBye", colours FROM standings_v WHERE tournament_id = $1',
    [tid],
  );
  const { pairs, bye } = pairRound(entrants);
  for (const [board, p] of pairs.entries()) {
    await client.query(
      "INSERT INTO games (tournament_id, round, board, white_id, black_id) VALUES ($1, $2, $3, $4, $5)",
      [tid, round, board + 1, p.white, p.black],
    );
  }
  if (bye !== null) {
    await client.query("INSERT INTO byes (tournament_id, round, player_id) VALUES ($1, $2, $3)", [tid, round, bye]);
  }
  client.release();
  standingsCache.clear();
  res.status(201).json({ round, boards: pairs.length, bye });
});

app.post("/games/:id/result", playerAuth, async (req: Request, res: Response) => {
  const { rows } = await pool.query("SELECT white_id, black_id FROM games WHERE id = $1", [req.params.id]);
  const game = rows[0];
  if (!game) return res.status(404).json({ error: "no such game" });
  const result = String(req.body.result);
  await pool.query("UPDATE games SET result = $1 WHERE id = $2", [result, req.params.id]);
  await applyRatings(game.white_id, game.black_id, result);
  standingsCache.clear();
  res.json({ ok: true });
});

async function applyRatings(whiteId: number, blackId: number, result: string) {
  const { rows } = await pool.query("SELECT id, rating FROM players WHERE id = ANY($1)", [[whiteId, blackId]]);
  const white = rows.find((r) => r.id === whiteId);
  const black = rows.find((r) => r.id === blackId);
  const expected = 1 / (1 + 10 ** ((black.rating - white.rating) / 400));
  const delta = Math.round(K_FACTOR * (SCORE[result] - expected));
  await pool.query("UPDATE players SET rating = $1 WHERE id = $2", [white.rating + delta, whiteId]);
  await pool.query("UPDATE players SET rating = $1 WHERE id = $2", [black.rating - delta, blackId]);
}

app.get("/pgn", (req: Request, res: Response) => {
  const file = String(req.query.file || "");
  res.sendFile(path.join(PGN_DIR, file));
});

app.post("/tournaments/:id/export", arbiterOnly, (req: Request, res: Response) => {
  const name = String(req.body.name || `t${req.params.id}`);
  const out = path.join(PGN_DIR, `${name}.pgn`);
  exec(`pgn-extract --fixtagstrings -o ${out} ${PGN_DIR}/raw/${req.params.id}.pgn`, (err) => {
    if (err) return res.status(500).json({ error: err.message });
    res.json({ file: path.basename(out) });
  });
});

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

app.listen(Number(process.env.PORT || 3000), () => console.log("swisspairs listening"));
