// Thin client for the resort's payment provider.
const PAY_URL = process.env.PAY_URL ?? "http://payments.internal:9400";

export const payments = {
  async refund(ticketId: string, cents: number): Promise<void> {
    const res = await fetch(`${PAY_URL}/refunds`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ticket: ticketId, cents }),
    });
    if (!res.ok) throw new Error(`refund failed: ${res.status}`);
  },
};
