import { promises as fs } from "node:fs";
import path from "node:path";
import { rooms, type Room } from "./rooms.js";

const SNAP_DIR = process.env.SNAP_DIR ?? "/var/lib/whiteboard/snapshots";
const KEEP_VERSIONS = 10;

async function snapshot(room: Room): Promise<void> {
  const version = room.version + 1;
  const dir = path.join(SNAP_DIR, room.id);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, `v${version}.json`), JSON.stringify(room.history));
  room.version = version;
  await prune(dir);
}

async function prune(dir: string): Promise<void> {
  const files = (await fs.readdir(dir)).sort();
  const excess = files.length - KEEP_VERSIONS + 1;
  for (const name of files.slice(0, excess)) {
    await fs.unlink(path.join(dir, name));
  }
}

export function startSnapshots(): NodeJS.Timeout {
  return setInterval(() => {
    for (const room of rooms.values()) snapshot(room);
  }, 5_000);
}
