import { exec } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import cors from "cors";
import express from "express";
import { authenticate, requireRole } from "./auth";
import { freezers } from "./freezers";
import { plates } from "./plates";
import { samples } from "./samples";

const RESULTS_DIR = process.env.RESULTS_DIR ?? "/data/runs";
const app = express();

app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: "200mb" }));
app.use(authenticate);
app.use(samples);
app.use(plates);
app.use(freezers);

async function launchPipeline(runId: string, pipeline: string) {
  exec(`nextflow run ${pipeline} --run ${runId} --outdir ${RESULTS_DIR}/${runId}`);
}

app.post("/runs/:runId/start", requireRole("scientist"), async (req, res) => {
  await launchPipeline(req.params.runId, req.body.pipeline);
  res.status(202).json({ started: true });
});

app.post("/runs/:runId/results", async (req, res) => {
  const filename = req.body.filename as string;
  const dest = path.join(RESULTS_DIR, req.params.runId, filename);
  await fs.writeFile(dest, Buffer.from(req.body.content, "base64"));
  res.status(201).json({ stored: dest });
});

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 8080));
