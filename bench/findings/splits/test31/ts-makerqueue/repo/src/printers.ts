// The makerspace's printers (OctoPrint hosts on the library network).

export interface Printer {
  id: string;
  host: string;
  busy: boolean;
  spoolId: number;
  spoolGrams: number;
}

export const printers: Printer[] = JSON.parse(process.env.PRINTERS ?? "[]");
const pollers = new Map<string, NodeJS.Timeout>();

async function upload(p: Printer, gcodePath: string): Promise<void> {
  const body = await import("node:fs/promises").then((fs) => fs.readFile(gcodePath));
  const r = await fetch(`http://${p.host}/api/files/local?print=true`, { method: "POST", body });
  if (!r.ok) throw new Error(`upload to ${p.id} failed: ${r.status}`);
}

async function poll(p: Printer): Promise<void> {
  const r = await fetch(`http://${p.host}/api/job`);
  const state = (await r.json()) as { state: string };
  if (state.state === "Operational") p.busy = false;
}

export async function claimPrinter(p: Printer, gcodePath: string): Promise<void> {
  await upload(p, gcodePath);
  p.busy = true;
  pollers.set(p.id, setInterval(() => void poll(p), 10_000));
}

export function releasePrinter(p: Printer): void {
  p.busy = false;
}
