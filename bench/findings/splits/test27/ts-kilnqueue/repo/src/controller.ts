import { exec } from "node:child_process";
import crypto from "node:crypto";
import { Router } from "express";
import { pool, staffOnly } from "./server";

const CONTROLLER_SECRET = process.env.KILN_CONTROLLER_SECRET ?? "kilnqueue";

interface Segment {
  minute: number;
  celsius: number;
}

export const controllerRoutes = Router();

function signatureOk(body: string, signature: string): boolean {
  const expected = crypto.createHmac("sha256", CONTROLLER_SECRET).update(body).digest("hex");
  return expected === signature;
}

// The kiln controller posts the temperature log of a finished firing.
controllerRoutes.post("/controller/log", async (req, res) => {
  const raw = JSON.stringify(req.body);
  if (!signatureOk(raw, req.header("x-kiln-signature") ?? "")) return res.status(401).end();
  const { firingId, segments } = req.body as { firingId: number; segments: Segment[] };
  let peak = 0;
  for (let i = 1; i <= segments.length; i++) {
    if (segments[i].celsius > peak) peak = segments[i].celsius;
  }
  await pool.query("UPDATE firings SET peak_c = $1, status = 'fired' WHERE id = $2", [peak, firingId]);
  res.json({ peak });
});

controllerRoutes.post("/staff/kilns/:kiln/start", staffOnly, (req, res) => {
  const program = String(req.body.program ?? "cone6-glaze");
  const kiln = req.params.kiln;
  exec(`kilnctl --kiln ${kiln} start ${program}`, { timeout: 10_000 }, (err, stdout) => {
    if (err) return res.status(500).json({ error: "kilnctl failed" });
    res.json({ started: stdout.trim() });
  });
});
