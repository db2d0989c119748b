import { members, type Message } from "./rooms.js";

const PUSH_URL = process.env.PUSH_URL ?? "https://push.internal/v1/batch";
const PUSH_KEY = process.env.PUSH_KEY ?? "";
const BATCH = 100;

interface Notification {
  userId: string;
  roomId: string;
  preview: string;
}

const queue: Notification[] = [];
let flushing = false;

export async function fanout(msg: Message): Promise<void> {
  for (const userId of await members(msg.roomId)) {
    queue.push({ userId, roomId: msg.roomId, preview: msg.text.slice(0, 80) });
  }
  if (!flushing) void flush();
}

async function flush(): Promise<void> {
  flushing = true;
  while (queue.length > 0) {
    const batch = queue.splice(0, BATCH);
    await fetch(PUSH_URL, { method: "POST", headers: { Authorization: `key=${PUSH_KEY}` }, body: JSON.stringify(batch) });
  }
  flushing = false;
}
