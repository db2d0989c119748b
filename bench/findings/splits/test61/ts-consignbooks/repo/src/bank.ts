// Thin client for the shop's bank transfer API.
const BANK_URL = process.env.BANK_URL ?? "https://bank.example.invalid";

export async function sendTransfer(consignorId: number, amount: number): Promise<void> {
  const r = await fetch(`${BANK_URL}/transfers`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.BANK_TOKEN ?? ""}` },
    body: JSON.stringify({ payee: `consignor-${consignorId}`, amount }),
  });
  if (!r.ok) throw new Error(`transfer failed: ${r.status}`);
}
