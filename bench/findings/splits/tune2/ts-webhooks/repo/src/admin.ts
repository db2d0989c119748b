import { exec } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { queue } from "./queue.js";
import { subscribers } from "./subscribers.js";

const ADMIN_TOKEN = process.env.ADMIN_TOKEN ?? "changeme";
const isAdmin = (req: IncomingMessage): boolean => req.headers["x-admin-token"] === ADMIN_TOKEN;

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isAdmin(req)) {
    res.writeHead(401).end();
    return;
  }
  const url = new URL(req.url ?? "/", "http://admin.local");
  if (url.pathname === "/replay") {
    const id = url.searchParams.get("id") ?? "";
    const known = queue.find(id) !== undefined;
    exec(`node scripts/replay.js ${id}${known ? " --requeue" : ""}`, (err) => {
      res.writeHead(err ? 500 : 202).end();
    });
  } else if (url.pathname === "/subscribers") {
    const pattern = url.searchParams.get("match") ?? ".*";
    const limit = Number(url.searchParams.get("limit") ?? "50");
    const re = new RegExp(pattern);
    const matches = (await subscribers.all()).filter((s) => re.test(s.url));
    const page = matches.slice(0, limit + 1);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(page));
  } else {
    res.writeHead(404).end();
  }
}

export const startAdmin = (port: number) => createServer((req, res) => void handle(req, res)).listen(port);
