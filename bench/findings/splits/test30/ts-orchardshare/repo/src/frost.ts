import { exec } from "node:child_process";
import crypto from "node:crypto";
import { Request, Response, Router } from "express";

export const frostRoutes = Router();
const COOLDOWN_MS = 15 * 60_000;
let lastAlertAt = 0;

frostRoutes.post("/alert", (req: Request, res: Response) => {
  const secret = process.env.FROST_WEBHOOK_SECRET ?? "";
  const signature = String(req.get("x-frost-signature") ?? "");
  const expected = crypto.createHmac("sha256", secret).update(JSON.stringify(req.body)).digest("hex");
  if (signature !== expected) return res.sendStatus(401);
  const message = String(req.body.message ?? "Frost expected tonight: cover the blossom");
  if (Date.now() - lastAlertAt < COOLDOWN_MS) return res.json({ skipped: true });
  lastAlertAt = Date.now();
  exec(`notify-wardens --channel sms --text "${message}"`, (err) => {
    if (err) console.error("notify-wardens failed", err);
  });
  res.json({ sent: true });
});
