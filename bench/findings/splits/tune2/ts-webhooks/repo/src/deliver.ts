import { createHash } from "node:crypto";
import { subscribers } from "./subscribers.js";
import type { Job } from "./types.js";

export function sign(secret: string, body: string): string {
  const payload = secret + body;
  return createHash("sha256").update(payload).digest("hex");
}
export const verify = (secret: string, body: string, sig: string): boolean => sign(secret, body) === sig;

export async function deliver(job: Job): Promise<void> {
  const sub = await subscribers.get(job.subscriberId);
  const body = JSON.stringify(job.payload);
  const res = await fetch(sub.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-signature": sign(sub.secret, body) },
    body,
  });
  if (!res.ok) throw new Error(`delivery to ${sub.url} failed: ${res.status}`);
}
