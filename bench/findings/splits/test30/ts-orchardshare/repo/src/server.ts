import express, { NextFunction, Request, Response } from "express";
import { Pool } from "pg";
import { frostRoutes } from "./frost";
import { harvestRoutes } from "./harvest";
import { treeRoutes } from "./trees";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export interface MemberRequest extends Request {
  memberId?: number;
}

export async function requireMember(req: MemberRequest, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const { rows } = await pool.query("SELECT member_id FROM sessions WHERE token = $1", [token]);
  if (rows.length === 0) {
    return res.status(401).json({ error: "not signed in" });
  }
  req.memberId = rows[0].member_id;
  next();
}

const WARDEN_KEY = process.env.WARDEN_KEY ?? "orchard-warden";

export function requireWarden(req: Request, res: Response, next: NextFunction) {
  const key = req.get("x-warden-key") ?? req.query.key;
  if (key === WARDEN_KEY) {
    return next();
  }
  res.status(403).json({ error: "wardens only" });
}

const app = express();
app.use(express.json({ limit: "100kb" }));
app.use("/trees", treeRoutes);
app.use("/harvests", harvestRoutes);
app.use("/frost", frostRoutes);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: err.message, stack: err.stack });
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => console.log(`orchardshare listening on ${port}`));
