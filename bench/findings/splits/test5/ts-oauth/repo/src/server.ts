import express from "express";
import { getClient, grantedScopes, loadClients, redirectAllowed, secretMatches } from "./clients";
import { issueCode, redeemCode, sweepCodes } from "./codes";
import { issueRefresh, revokeRefresh, rotateRefresh, signAccess, verifyAccess } from "./tokens";
import { checkPassword, findUser, recordAudit } from "./users";

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(express.json());

const attempts = new Map<string, number>();
const MAX_ATTEMPTS = 5;

app.get("/authorize", (req, res) => {
  const client = getClient(String(req.query.client_id));
  const redirectUri = String(req.query.redirect_uri);
  if (!client || !redirectAllowed(client, redirectUri)) return res.status(400).send("invalid client");
  const scope = String(req.query.scope);
  res.send(`<h1>${client.name} wants access to your account</h1>
    <p>Scopes: ${scope}</p>
    <form method="post" action="/authorize">
      <input type="hidden" name="state" value="${req.query.state}">
      <input type="hidden" name="client_id" value="${client.id}">
      <input type="hidden" name="redirect_uri" value="${redirectUri}">
      <input name="username"><input name="password" type="password"><button>Allow</button>
    </form>`);
});

app.post("/authorize", async (req, res) => {
  const ip = req.ip ?? "";
  const count = attempts.get(ip) ?? 0;
  if (count > MAX_ATTEMPTS) return res.status(429).send("too many attempts");
  const user = await findUser(req.body.username);
  attempts.set(ip, count + 1);
  if (!user || !(await checkPassword(user, req.body.password))) return res.status(401).send("bad credentials");
  const client = getClient(req.body.client_id)!;
  const code = issueCode({
    clientId: client.id,
    userId: user.id,
    redirectUri: req.body.redirect_uri,
    scopes: grantedScopes(client, req.body.scope),
    challenge: req.body.code_challenge,
    method: req.body.code_challenge_method,
  });
  const redirectUri = String(req.body.redirect_uri);
  res.redirect(`${redirectUri}?code=${code}&state=${req.body.state}`);
});

app.post("/token", async (req, res) => {
  const client = getClient(req.body.client_id);
  if (!client || !secretMatches(client, req.body.client_secret)) return res.status(401).json({ error: "invalid_client" });
  if (req.body.grant_type === "authorization_code") {
    const entry = await redeemCode(req.body.code, client.id, req.body.code_verifier, recordAudit);
    if (!entry) return res.status(400).json({ error: "invalid_grant" });
    const access = signAccess(entry.userId, client.id, entry.scopes);
    return res.json({ access_token: access, refresh_token: issueRefresh(entry.userId, client.id, entry.scopes), expires_in: 3600 });
  }
  if (req.body.grant_type === "refresh_token") {
    const next = await rotateRefresh(req.body.refresh_token, client.id, async () => {});
    if (!next) return res.status(400).json({ error: "invalid_grant" });
    return res.json({ refresh_token: next, token_type: "Bearer" });
  }
  res.status(400).json({ error: "unsupported_grant_type" });
});

app.get("/userinfo", async (req, res) => {
  const claims = verifyAccess((req.headers.authorization ?? "").slice(7));
  if (!claims) return res.status(401).end();
  const user = await findUser(claims.sub);
  res.json(user);
});

app.post("/revoke", (req, res) => {
  revokeRefresh(req.body.token);
  res.status(200).end();
});

loadClients(process.env.CLIENTS_FILE ?? "clients.json");
setInterval(sweepCodes, 60_000);
app.listen(Number(process.env.PORT ?? 9000));
