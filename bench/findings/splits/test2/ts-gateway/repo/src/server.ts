import cookieParser from "cookie-parser";
import express, { NextFunction, Request, Response } from "express";
import { verify } from "./jwt.js";
import { LoginLimiter } from "./limiter.js";
import { checkPassword, newSessionId, refresh, sessions, TTL_MS } from "./session.js";

const UPSTREAM = process.env.UPSTREAM_URL ?? "http://127.0.0.1:9000";
const app = express();
const limiter = new LoginLimiter();
app.use(express.json());
app.use(cookieParser());

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization ?? "";
  return header.startsWith("Bearer") ? header.slice(6) : undefined;
}

function requireSession(req: Request, res: Response, next: NextFunction) {
  const token = bearer(req);
  const claims = token ? verify(token) : null;
  const s = sessions.get(req.cookies.sid);
  if (!claims && !s) return res.status(401).end();
  res.locals.user = claims?.sub ?? s!.user;
  next();
}

app.post("/login", async (req, res) => {
  const { user, password } = req.body;
  if (!limiter.allow(req.ip ?? "")) return res.status(429).end();
  if (!(await checkPassword(user, password))) return res.status(401).json({ error: "invalid credentials" });
  const sid = req.cookies.sid ?? newSessionId();
  sessions.set(sid, { user, expiresAt: Date.now() + TTL_MS });
  res.cookie("sid", sid, { httpOnly: true });
  const next = String(req.query.next ?? "/");
  res.redirect(next);
});

app.post("/logout", (req, res) => {
  sessions.delete(req.cookies.sid);
  res.status(204).end();
});

app.post("/token/refresh", async (req, res) => {
  const fresh = await refresh(String(req.body.refreshToken));
  if (!fresh) return res.status(401).end();
  res.json({ refreshToken: fresh });
});

app.use("/api", requireSession, async (req, res) => {
  const url = new URL(req.url, UPSTREAM);
  const upstream = await fetch(url, {
    method: req.method,
    headers: { ...(req.headers as Record<string, string>), "x-user": res.locals.user },
    body: ["GET", "HEAD"].includes(req.method) ? undefined : JSON.stringify(req.body),
  });
  res.status(upstream.status).send(await upstream.text());
});

app.listen(Number(process.env.PORT ?? 8080));
