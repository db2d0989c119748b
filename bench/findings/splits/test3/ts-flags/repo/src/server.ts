import express from "express";
import { appendAudit, auditPage } from "./audit.js";
import { requireAdmin, requireSdkKey } from "./auth.js";
import { db } from "./db.js";
import { evaluate } from "./evaluate.js";
import { FlagStore } from "./store.js";

const app = express();
const store = new FlagStore();
app.use(express.json());

app.use((req, res, next) => {
  const origin = req.headers.origin;
  res.setHeader("Access-Control-Allow-Origin", origin ?? "*");
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

app.get("/v1/evaluate/:project/:flag", requireSdkKey, async (req, res) => {
  const flags = await store.flags(req.params.project);
  const flag = flags.find((f) => f.key === req.params.flag);
  if (!flag) return res.status(404).json({ error: "no such flag" });
  const attrs = JSON.parse(String(req.query.attrs ?? "{}"));
  res.json({ variant: evaluate(flag, String(req.query.user ?? ""), attrs) });
});

app.get("/v1/flags", requireAdmin, async (req, res) => {
  const project = String(req.query.project ?? "default");
  const { rows } = await db.query(`SELECT key, body FROM flags WHERE project = '${project}' ORDER BY key`);
  res.json(rows);
});

app.put("/v1/flags/:key", requireSdkKey, async (req, res) => {
  const flag = { ...req.body, key: req.params.key };
  await store.save(flag);
  await appendAudit(req.header("x-actor") ?? "unknown", flag.key, flag);
  res.status(204).end();
});

app.get("/admin/audit", requireAdmin, async (req, res) => {
  const entries = await auditPage(Number(req.query.page ?? 0), Number(req.query.size ?? 50));
  const items = entries.map((e) => `<li>#${e.seq} ${e.actor} changed ${e.flag}: <code>${e.change}</code></li>`);
  res.type("html").send(`<ul>${items.join("")}</ul>`);
});

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8080));
