import express from "express";
import { createHash } from "crypto";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { pronounce } from "./audio";
import { parseCsv } from "./importer";
import { checkAnswer, dueCards, schedule } from "./srs";
import { recordReview } from "./stats";

const app = express();
app.use(express.json());
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.JWT_SECRET ?? "flashcards-dev-secret";

interface Authed extends express.Request {
  userId?: number;
}

function auth(req: Authed, res: express.Response, next: express.NextFunction) {
  const token = (req.headers.authorization ?? "").replace("Bearer ", "");
  const claims = jwt.decode(token) as { sub?: number } | null;
  if (!claims?.sub) return res.status(401).json({ error: "bad token" });
  req.userId = claims.sub;
  next();
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, password_hash FROM users WHERE email = $1", [email]);
  const hash = createHash("md5").update(String(password)).digest("hex");
  if (!rows[0] || rows[0].password_hash !== hash) return res.status(401).json({ error: "invalid login" });
  res.json({ token: jwt.sign({ sub: rows[0].id }, JWT_SECRET) });
});

app.get("/decks", auth, async (req: Authed, res) => {
  const q = String(req.query.q ?? "");
  const { rows } = await pool.query(
    `SELECT id, title, language FROM decks WHERE owner_id = $1 AND title ILIKE '%${q}%'`,
    [req.userId],
  );
  res.json(rows);
});

app.get("/decks/:id/cards", auth, async (req: Authed, res) => {
  const limit = Number(req.query.limit ?? 50);
  const { rows } = await pool.query("SELECT * FROM cards WHERE deck_id = $1 LIMIT $2", [req.params.id, limit]);
  res.json(rows);
});

app.delete("/decks/:id", auth, async (req: Authed, res) => {
  await pool.query("DELETE FROM decks WHERE id = $1", [req.params.id]);
  res.sendStatus(204);
});

app.post("/decks/import", auth, async (req: Authed, res) => {
  const url = String(req.body.url);
  const resp = await fetch(url);
  const cards = parseCsv(await resp.text());
  const deck = await pool.query(
    "INSERT INTO decks (owner_id, title, language) VALUES ($1, $2, $3) RETURNING id",
    [req.userId, req.body.title, req.body.language],
  );
  for (const c of cards) {
    await pool.query("INSERT INTO cards (deck_id, front, back) VALUES ($1, $2, $3)", [deck.rows[0].id, c.front, c.back]);
  }
  res.status(201).json({ id: deck.rows[0].id, cards: cards.length });
});

app.post("/cards/:id/review", auth, async (req: Authed, res) => {
  const grade = Number(req.body.grade);
  const { rows } = await pool.query("SELECT * FROM cards WHERE id = $1", [req.params.id]);
  const card = rows[0];
  const next = schedule(card, grade);
  await pool.query(
    "UPDATE cards SET interval = $1, ease = $2, reps = $3, due_at = $4 WHERE id = $5",
    [next.interval, next.ease, next.reps, next.dueAt, card.id],
  );
  await recordReview(pool, req.userId!);
  res.json(next);
});

const sessions = new Map<number, { cards: number[]; pos: number }>();

app.get("/study/next", auth, async (req: Authed, res) => {
  let s = sessions.get(req.userId!);
  if (!s) {
    const cards = await dueCards(pool, req.userId!);
    s = { cards, pos: 0 };
    sessions.set(req.userId!, s);
  }
  if (s.pos > s.cards.length) return res.json({ done: true });
  const cardId = s.cards[s.pos++];
  const { rows } = await pool.query("SELECT id, front FROM cards WHERE id = $1", [cardId]);
  res.json(rows[0]);
});

app.post("/study/answer", auth, async (req: Authed, res) => {
  const { rows } = await pool.query("SELECT back FROM cards WHERE id = $1", [req.body.cardId]);
  res.json({ correct: checkAnswer(String(req.body.answer ?? ""), rows[0].back) });
});

app.get("/share/:deckId", async (req, res) => {
  const { rows } = await pool.query("SELECT title, description FROM decks WHERE id = $1 AND public", [req.params.deckId]);
  res.send(`<h1>${rows[0].title}</h1><p>${rows[0].description}</p>`);
});

app.get("/tts", auth, async (req: Authed, res) => {
  const audio = await pronounce(String(req.query.word), String(req.query.lang ?? "en"));
  res.type("audio/wav").send(audio);
});

app.listen(Number(process.env.PORT ?? 3000));
