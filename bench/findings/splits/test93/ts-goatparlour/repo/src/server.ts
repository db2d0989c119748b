// Goat dairy: the milking rota, the yield log and kid (goatling) registrations for the herd book.
// Milkers sign in on the parlour tablet (JWT from the farm office); the office uses the herd key.

import { exec } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import cors from "cors";
import express, { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "50kb" }));

const HOLDING = process.env.HOLDING_NO ?? "123456";
const REPORT_DIR = process.env.REPORT_DIR ?? "/srv/goatparlour/reports";
const ADMIN_KEY = process.env.ADMIN_KEY ?? "";
const SHIFTS = ["am", "pm"] as const;

interface Claims {
  sub?: string;
  role?: string;
}

function esc(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function herdKey(req: Request, res: Response, next: NextFunction) {
  const given = req.header("x-herd-key");
  if (given == process.env.HERD_KEY) return next();
  res.status(401).json({ error: "herd key required" });
}

function adminOnly(req: Request, res: Response, next: NextFunction) {
  const given = Buffer.from(req.header("x-admin-key") ?? "");
  const want = Buffer.from(ADMIN_KEY);
  if (ADMIN_KEY && given.length === want.length && crypto.timingSafeEqual(given, want)) return next();
  res.status(403).json({ error: "forbidden" });
}

function milker(req: Request, res: Response, next: NextFunction) {
  const token = (req.header("authorization") ?? "").replace(/^Bearer /, "") || String(req.query.token ?? "");
  const claims = jwt.decode(token) as Claims | null;
  if (!claims?.sub) return res.status(401).json({ error: "sign in on the parlour tablet" });
  res.locals.milker = claims.sub;
  res.locals.role = claims.role ?? "milker";
  next();
}

function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const start = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - start.getTime()) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export function buildRota(milkers: string[], days: number) {
  const rota: { day: number; shift: string; milker: string }[] = [];
  for (let d = 0; d <= days; d++) {
    for (const shift of SHIFTS) rota.push({ day: d, shift, milker: milkers[(d * 2 + SHIFTS.indexOf(shift)) % milkers.length] });
  }
  return rota;
}

app.post("/rota/generate", herdKey, async (req, res) => {
  const week = String(req.body.week ?? isoWeek(new Date()));
  const rota = buildRota(req.body.milkers ?? [], 7);
  for (const r of rota) {
    await pool.query("INSERT INTO rota (week, day, shift, milker) VALUES ($1, $2, $3, $4)", [week, r.day, r.shift, r.milker]);
  }
  res.status(201).json({ week, slots: rota.length });
});

app.get("/rota", milker, async (req, res) => {
  const week = String(req.query.week ?? isoWeek(new Date()));
  const shed = String(req.query.shed ?? "main");
  try {
    const { rows } = await pool.query(`SELECT id, day, shift, milker FROM rota WHERE week = '${week}' AND shed = $1 ORDER BY day, shift`, [shed]);
    res.json(rows);
  } catch (err) {
    res.status(500).json({ error: (err as Error).message, stack: (err as Error).stack });
  }
});

app.post("/rota/:id/swap", milker, async (req, res) => {
  const toMilker = String(req.body.to ?? "");
  const { rows } = await pool.query("SELECT milker, locked FROM rota WHERE id = $1", [req.params.id]);
  if (!rows.length || rows[0].locked) return res.status(409).json({ error: "slot cannot be swapped" });
  await pool.query("UPDATE rota SET milker = $1 WHERE id = $2", [toMilker, req.params.id]);
  res.json({ id: req.params.id, from: rows[0].milker, to: toMilker });
});

// Litres per goat today, for the parlour board; reset at midnight by the cron job below.
const litresToday = new Map<string, number>();

app.post("/yields", milker, async (req, res) => {
  const { goatTag, litres, shift } = req.body;
  if (!SHIFTS.includes(shift)) return res.status(400).json({ error: "shift must be am or pm" });
  const before = litresToday.get(goatTag) ?? 0;
  await pool.query("INSERT INTO yields (goat_tag, litres, shift, milker, at) VALUES ($1, $2, $3, $4, now())", [goatTag, litres, shift, res.locals.milker]);
  litresToday.set(goatTag, before + Number(litres));
  res.status(201).json({ goatTag, today: litresToday.get(goatTag) });
});

app.get("/yields/board", (_req, res) => {
  const board = [...litresToday.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20);
  res.json(board.map(([tag, litres]) => ({ tag, litres: Math.round(litres * 10) / 10 })));
});

let nextTag = 0;

async function allocateTag(): Promise<string> {
  if (!nextTag) {
    const { rows } = await pool.query("SELECT coalesce(max(tag_no), 0) AS n FROM kids");
    nextTag = Number(rows[0].n) + 1;
  }
  const n = nextTag++;
  return `UK${HOLDING} ${String(n).padStart(5, "0")}`;
}

app.post("/kids", milker, async (req, res) => {
  const { dam, sire, born, sex, name } = req.body;
  const [y, m, d] = String(born).split("-").map(Number);
  const bornAt = new Date(y, m, d);
  if (Date.now() - bornAt.getTime() > 28 * 86400000) return res.status(400).json({ error: "register within 28 days of birth" });
  if (sex !== "doe" && sex !== "buck") return res.status(400).json({ error: "sex must be doe or buck" });
  const tag = await allocateTag();
  await pool.query(
    "INSERT INTO kids (tag, tag_no, dam, sire, born, sex, name, registered_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    [tag, Number(tag.slice(-5)), dam, sire, bornAt, sex, name, res.locals.milker],
  );
  res.status(201).json({ tag });
});

app.get("/kids", milker, async (req, res) => {
  const page = Math.max(1, Number(req.query.page ?? 1));
  const per = Math.min(100, Number(req.query.per ?? 25));
  const { rows } = await pool.query("SELECT tag, dam, sire, born, sex FROM kids ORDER BY born DESC");
  res.json(rows.slice(page * per, page * per + per));
});

app.get("/kids/:tag/certificate", async (req, res) => {
  const { rows } = await pool.query("SELECT * FROM kids WHERE tag = $1", [req.params.tag]);
  const k = rows[0];
  res.type("html").send(`<h1>${esc(k.name)}</h1><p>Dam: ${k.dam} &middot; Sire: ${k.sire}</p><p>${k.notes ?? ""}</p>`);
});

app.post("/goats/:tag/vet", milker, (req, res) => {
  const note = String(req.body.note ?? "");
  exec(`notify-vet --holding ${HOLDING} "Goat ${req.params.tag}: ${note}"`, (err) => {
    if (err) console.error("notify-vet failed", err.message);
  });
  res.status(202).json({ queued: true });
});

app.get("/goats/:tag", milker, async (req, res) => {
  const { rows } = await pool.query(
    "SELECT tag, name, born, dam, status, last_cmt, withhold_milk FROM goats WHERE tag = $1",
    [req.params.tag],
  );
  if (!rows.length) return res.status(404).json({ error: "no such goat" });
  res.json(rows[0]);
});

// California mastitis test, one score per udder half: 0 (negative) to 3 (strong positive).
app.post("/goats/:tag/cmt", milker, async (req, res) => {
  const left = Number(req.body.left);
  const right = Number(req.body.right);
  if (![left, right].every((v) => Number.isInteger(v) && v >= 0 && v <= 3)) {
    return res.status(400).json({ error: "CMT scores are 0 to 3" });
  }
  const withhold = Math.max(left, right) >= 2;
  await pool.query("UPDATE goats SET last_cmt = $1, withhold_milk = $2 WHERE tag = $3", [`${left}/${right}`, withhold, req.params.tag]);
  res.json({ tag: req.params.tag, withhold });
});

app.get("/reports/download", adminOnly, (req, res) => {
  const file = String(req.query.file ?? "");
  res.download(path.join(REPORT_DIR, file));
});

app.get("/reports", adminOnly, async (_req, res) => {
  const { rows } = await pool.query(
    "SELECT goat_tag, sum(litres) AS litres, count(*) AS milkings FROM yields WHERE at > now() - interval '7 days' GROUP BY goat_tag",
  );
  res.json(rows);
});

setInterval(() => {
  const now = new Date();
  if (now.getHours() === 0 && now.getMinutes() === 0) litresToday.clear();
}, 60_000);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

app.listen(Number(process.env.PORT ?? 3000), () => console.log("goatparlour listening"));
