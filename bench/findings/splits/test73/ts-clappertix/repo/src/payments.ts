// Thin client for the foundry shop's card terminal service.
const PAY_URL = process.env.PAY_URL ?? "http://127.0.0.1:7070";

export async function refundPayment(ref: string, pence: number): Promise<void> {
  const res = await fetch(`${PAY_URL}/refunds`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ref, pence }),
  });
  if (!res.ok) throw new Error(`refund failed: ${res.status}`);
}
