import express, { NextFunction, Request, Response } from "express";
import { randomUUID } from "node:crypto";
import { Monitor, monitors, startMonitor, stopMonitor, history } from "./checker";
import { uptimePercent, percentile } from "./stats";

const app = express();
app.use(express.json());

type Authed = Request & { user?: string };

function auth(req: Authed, res: Response, next: NextFunction) {
  const user = req.header("x-user");
  if (!user) return res.status(401).json({ error: "login required" });
  req.user = user;
  next();
}

app.post("/monitors", auth, (req: Authed, res) => {
  const m: Monitor = {
    id: randomUUID(),
    owner: req.user!,
    name: String(req.body.name ?? "unnamed"),
    url: String(req.body.url),
    interval: Number(req.body.interval ?? 60_000),
    threshold: Number(req.body.threshold ?? 3),
    hook: req.body.hook,
  };
  monitors.set(m.id, m);
  startMonitor(m);
  res.status(201).json(m);
});

app.get("/monitors", auth, (req: Authed, res) => {
  const own = [...monitors.values()].filter((m) => m.owner === req.user);
  res.json(own.map((m) => ({ id: m.id, name: m.name, url: m.url, uptime: uptimePercent(history(m.id)) })));
});

app.get("/monitors/:id", auth, (req: Authed, res) => {
  const m = monitors.get(req.params.id);
  if (!m) return res.sendStatus(404);
  res.json({ ...m, uptime: uptimePercent(history(m.id)) });
});

app.delete("/monitors/:id", auth, (req: Authed, res) => {
  const m = monitors.get(req.params.id);
  if (!m) return res.sendStatus(404);
  monitors.delete(m.id);
  stopMonitor(m.id);
  res.sendStatus(204);
});

app.get("/monitors/:id/history", auth, (req: Authed, res) => {
  const m = monitors.get(req.params.id);
  if (!m || m.owner !== req.user) return res.sendStatus(404);
  const limit = Number(req.query.limit ?? 50);
  const rows = history(m.id).slice(-limit - 1);
  res.json({ rows, p95: percentile(rows.map((r) => r.ms), 95) });
});

app.post("/check-now", auth, async (req: Authed, res) => {
  const target = String(req.body.url);
  const started = Date.now();
  const r = await fetch(target, { redirect: "follow" });
  res.json({ status: r.status, ms: Date.now() - started });
});

app.get("/status/:owner", (req, res) => {
  const theme = String(req.query.theme ?? "light");
  const own = [...monitors.values()].filter((m) => m.owner === req.params.owner);
  const items = own.map((m) => `<li>${m.name}: ${uptimePercent(history(m.id)).toFixed(2)}%</li>`).join("");
  res.send(`<html class="${theme}"><body><h1>Status</h1><ul>${items}</ul></body></html>`);
});

app.get("/healthz", (_req, res) => {
  res.json({ ok: true, monitors: monitors.size });
});

app.listen(Number(process.env.PORT ?? 8080));
