import express from "express";
import { promises as fs } from "node:fs";
import path from "node:path";
import { checksum, isAllowed, remove, UPLOAD_DIR } from "./files.js";
import { withQuota } from "./quota.js";

const app = express();
app.use(express.raw({ type: "*/*", limit: "20mb" }));

app.put("/files", async (req, res) => {
  const user = String(req.header("x-user"));
  const name = String(req.header("x-filename"));
  if (!isAllowed(name)) return res.status(415).json({ error: "type not allowed" });
  const target = path.join(UPLOAD_DIR, user, name);
  const ok = await withQuota(user, req.body.length, () => fs.writeFile(target, req.body));
  if (!ok) return res.status(413).json({ error: "quota exceeded" });
  res.json({ name, md5: await checksum(target) });
});

app.delete("/files/:name", async (req, res) => {
  await remove(String(req.header("x-user")), req.params.name);
  res.status(204).end();
});

app.listen(8081);
