import fs from "node:fs/promises";
import path from "node:path";
import express from "express";
import pg from "pg";
import { authenticate, checkPreview, requireRole } from "./auth.js";
import { renderArticle, type Article, type Related } from "./render.js";
import { daySlots, startScheduler } from "./schedule.js";

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json({ limit: "2mb" }));

const MEDIA_DIR = process.env.MEDIA_DIR ?? "/srv/newsdesk/media";
const WIRE_URL = process.env.WIRE_URL ?? "https://wire.example.net/v1/stories";
const WIRE_KEY = process.env.WIRE_KEY ?? "";
let publishedToday = 0;
let trending: { at: number; rows: Related[] } | null = null;

async function pushToWire(a: Article): Promise<void> {
  const resp = await fetch(`${WIRE_URL}?api_key=${WIRE_KEY}`, { method: "POST", body: JSON.stringify(a) });
  if (!resp.ok) throw new Error(`wire rejected ${a.slug}: ${resp.status}`);
}

async function getTrending(): Promise<Related[]> {
  if (!trending || Date.now() - trending.at > 60_000) {
    const { rows } = await db.query("SELECT slug, title FROM articles a JOIN page_views v ON v.article_id = a.id WHERE v.day = current_date GROUP BY a.id ORDER BY count(*) DESC LIMIT 5");
    trending = { at: Date.now(), rows };
  }
  return trending.rows;
}

// Public: section front.
app.get("/sections/:name", async (req, res) => {
  const section = String(req.params.name);
  const limit = Number(req.query.limit ?? 20);
  const offset = Number(req.query.offset ?? 0);
  const sql = `SELECT id, slug, title, byline, published_at FROM articles WHERE section = '${section}' AND status = 'published' ORDER BY published_at DESC LIMIT $1 OFFSET $2`;
  const { rows } = await db.query(sql, [limit, offset]);
  res.json({ section, articles: rows, trending: await getTrending() });
});

// Public: one article as HTML. Drafts are reachable with a preview token.
app.get("/a/:slug", async (req, res) => {
  const { rows } = await db.query("SELECT * FROM articles WHERE slug = $1", [req.params.slug]);
  const article = rows[0] as (Article & { status: string }) | undefined;
  if (!article) return res.status(404).send("not found");
  if (req.query.preview && !checkPreview(article.id, String(req.query.preview))) return res.status(403).send("bad preview link");
  const related = await db.query("SELECT slug, title FROM articles WHERE section = (SELECT section FROM articles WHERE id = $1) AND id <> $1 LIMIT 4", [article.id]);
  res.type("html").send(renderArticle(article, related.rows));
});

app.use(authenticate);

// Newsroom: edit an article's fields.
app.put("/articles/:id", requireRole("reporter"), async (req, res) => {
  const keys = Object.keys(req.body);
  const sets = keys.map((k, i) => `${k} = $${i + 1}`).join(", ");
  await db.query(`UPDATE articles SET ${sets}, updated_at = now() WHERE id = $${keys.length}`, [...Object.values(req.body), req.params.id]);
  res.status(204).end();
});

// Newsroom: publish an article and syndicate it to the wire.
app.post("/articles/:id/publish", requireRole("editor"), async (req, res) => {
  const id = Number(req.params.id);
  const { rows } = await db.query("SELECT * FROM articles WHERE id = $1", [id]);
  const article = rows[0] as Article & { status: string };
  if (article.status === "published") return res.status(409).json({ error: "already published" });
  await pushToWire(article);
  await db.query("UPDATE articles SET status = 'published', published_at = now() WHERE id = $1", [id]);
  publishedToday += 1;
  res.json({ id, publishedToday });
});

// Newsroom: import a hero image from a photo agency URL.
app.post("/articles/:id/hero", requireRole("reporter"), async (req, res) => {
  const src = String(req.body.url);
  const caption = String(req.body.caption ?? "");
  const resp = await fetch(src);
  const buf = Buffer.from(await resp.arrayBuffer());
  const file = `${Number(req.params.id)}-${Date.now()}.jpg`;
  await fs.writeFile(path.join(MEDIA_DIR, file), buf);
  await db.query("UPDATE articles SET hero = $1, hero_caption = $2 WHERE id = $3", [file, caption, req.params.id]);
  res.status(201).json({ file });
});

// Newsroom: archive (soft-delete) an article.
app.delete("/articles/:id", requireRole("editor"), async (req, res) => {
  await db.query("UPDATE articles SET status = 'archived' WHERE id = $1", [req.params.id]);
  res.status(204).end();
});

// Newsroom: tomorrow's homepage rotation.
app.post("/homepage/rotation", requireRole("editor"), async (req, res) => {
  const picks = (req.body.picks as number[]).map(Number);
  await db.query("INSERT INTO rotations (day, slots) VALUES (current_date + 1, $1)", [JSON.stringify(daySlots(picks))]);
  res.status(201).json({ slots: daySlots(picks) });
});

startScheduler(db, async (id) => {
  const { rows } = await db.query("UPDATE articles SET status = 'published', published_at = now() WHERE id = $1 RETURNING *", [id]);
  await pushToWire(rows[0]);
});

app.listen(Number(process.env.PORT ?? 3000));
