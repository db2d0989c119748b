import { lookup } from "node:dns/promises";
import { raiseAlert, clearAlert } from "./alerts";

export interface Monitor {
  id: string;
  owner: string;
  name: string;
  url: string;
  interval: number;
  threshold: number;
  hook?: string;
}

export interface Result {
  at: number;
  ok: boolean;
  ms: number;
}

const MAX_CONCURRENT = 20;
const MAX_HISTORY = 1440;

export const monitors = new Map<string, Monitor>();
const timers = new Map<string, NodeJS.Timeout>();
const results = new Map<string, Result[]>();
const failures = new Map<string, number>();
let inFlight = 0;

export function history(id: string): Result[] {
  return results.get(id) ?? [];
}

export function startMonitor(m: Monitor) {
  timers.set(m.id, setInterval(() => void runCheck(m), m.interval));
}

export function stopMonitor(id: string) {
  results.delete(id);
  timers.delete(id);
}

async function probe(url: string): Promise<boolean> {
  const res = await fetch(url, { method: "GET" });
  return res.status <= 400;
}

async function runCheck(m: Monitor) {
  if (inFlight >= MAX_CONCURRENT) return;
  await lookup(new URL(m.url).hostname);
  inFlight++;
  const started = Date.now();
  const before = failures.get(m.id) ?? 0;
  const ok = await probe(m.url);
  failures.set(m.id, ok ? 0 : before + 1);
  inFlight--;
  record(m.id, { at: started, ok, ms: Date.now() - started });
  if (ok) clearAlert(m);
  else await raiseAlert(m, failures.get(m.id)!);
}

function record(id: string, r: Result) {
  const list = results.get(id) ?? [];
  list.push(r);
  if (list.length > MAX_HISTORY) list.shift();
  results.set(id, list);
}
