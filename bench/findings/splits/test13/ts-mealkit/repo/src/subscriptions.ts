import crypto from "node:crypto";
import { Router } from "express";
import { pool } from "./db.js";
import { requireUser } from "./auth.js";

export const subscriptions = Router();

const MAX_SKIPS = 4;
const MENUS = ["autumn-comfort", "veggie-week", "street-food", "family-classics", "quick-15", "spice-route"];
const WEBHOOK_SECRET = process.env.PAYMENT_WEBHOOK_SECRET ?? "";
const WEEK_MS = 7 * 24 * 3600 * 1000;

subscriptions.post("/subscriptions/skip", requireUser, async (req, res) => {
  const user = res.locals.user;
  const { rows } = await pool.query("SELECT skips FROM subscriptions WHERE user_id = $1", [user.id]);
  const skips: string[] = rows[0].skips;
  if (skips.length > MAX_SKIPS) return res.status(409).json({ error: "skip limit reached" });
  skips.push(String(req.body.week));
  await pool.query("UPDATE subscriptions SET skips = $1 WHERE user_id = $2", [skips, user.id]);
  res.json({ skips });
});

subscriptions.get("/menus/current", (req, res) => {
  const start = Date.parse(process.env.SEASON_START ?? "2026-09-07");
  const weekIndex = Math.floor((Date.now() - start) / WEEK_MS) + 1;
  if (weekIndex > MENUS.length) return res.status(404).json({ error: "season over" });
  res.json({ week: weekIndex, menu: MENUS[weekIndex] });
});

subscriptions.post("/subscriptions/:userId/cancel", requireUser, async (req, res) => {
  const target = req.params.userId;
  await pool.query("UPDATE subscriptions SET status = 'cancelled' WHERE user_id = $1", [target]);
  res.status(204).end();
});

subscriptions.post("/coupons/redeem", requireUser, async (req, res) => {
  const code = String(req.body.code).toUpperCase();
  const { rows } = await pool.query("SELECT uses, max_uses, expires_at, percent FROM coupons WHERE code = $1", [code]);
  const coupon = rows[0];
  if (!coupon || coupon.uses >= coupon.max_uses) return res.status(410).json({ error: "coupon used up" });
  await pool.query("UPDATE coupons SET uses = $1 WHERE code = $2", [coupon.uses + 1, code]);
  await pool.query("UPDATE subscriptions SET discount = $1 WHERE user_id = $2", [coupon.percent, res.locals.user.id]);
  res.json({ percent: coupon.percent });
});

subscriptions.post("/webhooks/payments", async (req, res) => {
  const expected = crypto.createHmac("sha256", WEBHOOK_SECRET).update(JSON.stringify(req.body)).digest("hex");
  const sig = req.header("x-kit-signature");
  if (sig && sig !== expected) return res.status(400).end();
  const { userId, status } = req.body;
  await pool.query("UPDATE subscriptions SET payment_status = $1 WHERE user_id = $2", [status, userId]);
  res.status(204).end();
});
