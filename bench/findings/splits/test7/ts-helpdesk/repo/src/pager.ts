const PAGER_URL = process.env.PAGER_URL ?? "https://pager.internal/api/page";

export async function page(who: string, text: string): Promise<void> {
  const res = await fetch(PAGER_URL, { method: "POST", body: JSON.stringify({ who, text }) });
  if (!res.ok) throw new Error(`pager: ${res.status}`);
}
