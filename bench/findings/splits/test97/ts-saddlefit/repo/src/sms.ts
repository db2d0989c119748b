const SMS_URL = process.env.SMS_URL ?? "https://sms.example.net/send";

export async function sendSms(to: string, body: string): Promise<void> {
  const resp = await fetch(SMS_URL, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.SMS_TOKEN ?? ""}` },
    body: JSON.stringify({ to, body }),
  });
  if (!resp.ok) throw new Error(`sms gateway answered ${resp.status}`);
}
