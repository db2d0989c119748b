"""test11/go-vaultsync: a password-manager vault sync server (net/http, in-memory store). Frozen; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test11) that had not seen the merger code, its results, "
    "its tuning answers or any other split's answers. Eleventh frozen test split: seeded problems in a small "
    "Go vault sync server (login, pull/push with revisions, sharing, attachments); five agents' answers by hand."
)

AUTH = "internal/auth/auth.go"
API = "internal/api/handlers.go"
ST = "internal/store/store.go"

PROBLEMS = {
    "ATTEMPTS-RACE": P(AUTH, "a.attempts[email]++", "bug", "attempts map written outside a.mu by concurrent logins: concurrent map writes (crash) and a lockout that parallel guesses slip past", "critical-section"),
    "RATE-OBO": P(AUTH, "if a.attempts[email] > maxAttempts+1 {", "security", "`> maxAttempts+1` allows one more guess than maxAttempts before locking", "off-by-one"),
    "ATTEMPTS-CASE": P(AUTH, "u, ok := a.users[strings.ToLower(email)]", "security", "extra, one agent: attempts keyed by the raw email, users by the lower-cased one: changing letter case resets the lockout"),
    "HASH-UNSALTED": P(AUTH, "sum := sha256.Sum256([]byte(password))", "security", "master-password verifier is a single unsalted SHA-256 (no KDF): offline cracking is cheap"),
    "VERIFY-TIMING": P(AUTH, "if hex.EncodeToString(sum[:]) != u.Verifier {", "security", "verifier compared with != (not constant-time)"),
    "TOKEN-MATHRAND": P(AUTH, "token := strconv.FormatInt(rand.Int63(), 36)", "security", "session token from math/rand (63 bits, predictable): use crypto/rand"),
    "TOKEN-IN-QUERY": P(AUTH, 'tok = r.URL.Query().Get("token")', "security", "session token accepted from the URL query (logs, Referer, history)"),
    "TOKEN-NO-EXPIRY": P(AUTH, "s, ok := a.sessions[tok]", "security", "session `created` is never checked: tokens never expire"),
    "LOG-PASSWORD": P(API, 'log.Printf("login email=%s password=%s', "security", "master password written to the log on every login"),
    "SINCE-IGNORED": P(API, "since, _ := strconv.ParseInt(", "bug", "parse error of `since` ignored: a malformed value silently becomes 0 and the whole vault is re-sent"),
    "PULL-OBO": P(API, "if it.Rev >= since {", "bug", "`>=` re-sends the item at revision `since` on every pull (should be `>`)", "off-by-one"),
    "BODY-UNBOUNDED": P(API, "_ = json.NewDecoder(r.Body).Decode(&req)", "security", "push body read without http.MaxBytesReader: unbounded request size (memory DoS)"),
    "DECODE-IGNORED": P(API, "_ = json.NewDecoder(r.Body).Decode(&req)", "bug", "push decode error ignored: a truncated body stores an empty/partial item"),
    "PUSH-VAULT-SWAP": P(API, "if !h.store.IsMember(req.Item.Vault, user) {", "security", "membership checked against the vault the client claims, not the stored item's vault: overwrite another vault's item by ID"),
    "PUSH-RACE": P(API, "if found && cur.Rev != req.BaseRev {", "bug", "conflict check and Put are not atomic: two devices pushing the same base_rev both succeed (lost update)", "critical-section"),
    "ITEM-IDOR": P(API, "if _, authed := h.auth.UserFor(r); !authed || !ok {", "security", "GET /items/{id} returns any vault's item to any logged-in user: no membership check", "signature-vs-statement"),
    "DELETE-IDOR": P(API, 'h.store.Delete(r.PathValue("id"))', "security", "DELETE /items/{id} deletes any vault's item: no membership check", "signature-vs-statement"),
    "SHARE-IDOR": P(API, "h.store.AddMember(vault, store.Member{", "security", "any logged-in user adds members to any vault from ?vault=: no owner check", "source-vs-sink"),
    "SHARE-ROLE": P(API, "h.store.AddMember(vault, store.Member{", "security", "role taken verbatim from the request: an invite can grant `owner`"),
    "ATTACH-TRAVERSAL": P(API, "path := filepath.Join(h.attachDir, user, name)", "security", "attachment `name` from the query joined unchecked: ../ reads other users' attachments and any file", "source-vs-sink"),
    "REV-RLOCK": P(ST, "	s.rev++", "bug", "revision counter incremented under RLock: concurrent pushes race and get duplicate revisions", "critical-section"),
    "STALE-BYVAULT": P(ST, "if _, exists := s.items[it.ID]; !exists {", "bug", "extra, one agent: byVault keeps the first version's pointer; updates replace items[id] only, so pull serves stale versions"),
    "DELETE-NO-REV": P(ST, "delete(s.items, id)", "bug", "delete bumps no revision and leaves the item in byVault: other devices never learn of the deletion"),
    "PURGE-OBO": P(ST, "for i := 0; i <= cut; i++ {", "bug", "`<= cut` blanks the first retained tombstone too (and indexes past the end when keep is 0)", "off-by-one"),
    "PURGE-NEG": P(ST, "s.tombs = s.tombs[cut:]", "bug", "fewer tombstones than keep: cut is negative and the slice panics, killing the server from the purge goroutine"),
    "SNAP-PERMS": P(ST, "os.WriteFile(path, data, 0o644)", "security", "vault snapshot written world-readable (0644)"),
    "SNAP-NOT-ATOMIC": P(ST, "os.WriteFile(path, data, 0o644)", "bug", "snapshot overwritten in place: a crash mid-write leaves a truncated vault file (write temp + rename)"),
}

CONFUSABLE = [
    ("ATTEMPTS-RACE", "RATE-OBO"),
    ("HASH-UNSALTED", "VERIFY-TIMING"),
    ("TOKEN-IN-QUERY", "TOKEN-NO-EXPIRY"),
    ("SINCE-IGNORED", "PULL-OBO"),
    ("BODY-UNBOUNDED", "DECODE-IGNORED"),
    ("DECODE-IGNORED", "PUSH-VAULT-SWAP"),
    ("SHARE-IDOR", "SHARE-ROLE"),
    ("PURGE-OBO", "PURGE-NEG"),
    ("SNAP-PERMS", "SNAP-NOT-ATOMIC"),
    ("RATE-OBO", "ATTEMPTS-CASE"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `internal/auth`, `internal/api` and `internal/store` of the vault sync server.

        The client-side encryption means item blobs are ciphertext, but the server still controls *who* can read,
        overwrite, delete and share them, and that is where most of the problems are. Authentication material is
        also handled weakly (unsalted SHA-256 verifier, predictable tokens, the master password in the log).

        Priorities, highest first:
        1. **Access control**: `/share`, `GET`/`DELETE /items/{id}` and push do not check vault membership properly.
        2. **Credentials**: password logging, unsalted hash, `math/rand` tokens.
        3. **Sync correctness**: revision counter under a read lock, non-atomic conflict check, stale `byVault`.
        4. **Operational**: snapshot permissions, tombstone purge bounds.
        """,
        Block([
            F("SHARE-IDOR", "critical", "security", "Anyone can add themselves to any vault",
              "`Share` only checks that the caller is logged in; the target vault comes from `?vault=`. Require that "
              "the caller is an owner of that vault.", symbol="Handler.Share", conf=0.93),
            F("SHARE-ROLE", "high", "security", "Invited role is taken from the request body",
              "Validate `req.Role` against the roles the caller may grant (never `owner`).",
              symbol="Handler.Share", conf=0.75),
            F("ITEM-IDOR", "high", "security", "GET /items/{id} has no vault membership check",
              "Any authenticated user who knows or guesses an item ID gets its ciphertext and metadata.",
              symbol="Handler.GetItem", conf=0.88),
            F("DELETE-IDOR", "high", "security", "DELETE /items/{id} lets any user delete any item",
              "Look up the item and check `IsMember(item.Vault, user)` before deleting.",
              symbol="Handler.DeleteItem", conf=0.88),
            F("PUSH-VAULT-SWAP", "high", "security", "Push authorizes against the client-supplied vault",
              "A member of vault A can push `{\"id\": <item of vault B>, \"vault\": \"A\"}` and replace B's item. "
              "Check membership of the stored item's vault as well.", symbol="Handler.Push", conf=0.72),
            F("ATTACH-TRAVERSAL", "high", "security", "Path traversal in attachment download",
              "`filepath.Join` cleans `../` but does not confine it; verify the result stays under "
              "`attachDir/user` (or use `os.Root` / `http.FS`).", symbol="Handler.Attachment", conf=0.9),
            F("LOG-PASSWORD", "critical", "security", "Master password logged in plain text",
              "Never log `req.Password`.", symbol="Handler.Login", conf=0.97),
            F("HASH-UNSALTED", "high", "security", "Password verifier is plain SHA-256",
              "Use argon2id or scrypt with a per-user salt.", symbol="Auth.Login", conf=0.9),
            F("TOKEN-MATHRAND", "high", "security", "Session tokens come from math/rand",
              "Use 32 bytes from crypto/rand, base64url-encoded.", symbol="Auth.Login", conf=0.9),
            F("ATTEMPTS-RACE", "high", "bug", "Login attempt counter is a data race",
              "`a.attempts` is read and written before `a.mu` is taken; concurrent logins can crash the process "
              "with `concurrent map writes`.", symbol="Auth.Login", conf=0.85),
            F("RATE-OBO", "low", "security", "Lockout allows maxAttempts+1 attempts",
              "Compare with `> maxAttempts` after incrementing; as written the sixth guess is still let through.",
              symbol="Auth.Login", conf=0.7),
            F("TOKEN-IN-QUERY", "medium", "security", "Session token accepted from `?token=`",
              "Accept only the Authorization header.", symbol="Auth.UserFor", conf=0.75),
            F("PULL-OBO", "medium", "bug", "Pull resends the item at revision `since`",
              "Items with `Rev == since` were already delivered; use `it.Rev > since`.", symbol="Handler.Pull", conf=0.8),
            F("BODY-UNBOUNDED", "medium", "security", "Push reads an unbounded request body",
              "Wrap with `http.MaxBytesReader(w, r.Body, 1<<20)`.", symbol="Handler.Push", conf=0.7),
            F("PUSH-RACE", "high", "bug", "Optimistic concurrency check is not atomic",
              "Between `Item` and `Put` another push can land; both clients think they won. Do the compare-and-set "
              "inside the store under the write lock.", d=-1, n=2, symbol="Handler.Push", conf=0.85),
            F("REV-RLOCK", "high", "bug", "`nextRev` mutates `s.rev` under a read lock",
              "RLock allows concurrent holders; two pushes can get the same revision. Use `s.mu.Lock()`.",
              d=-1, n=3, symbol="Store.nextRev", conf=0.9),
            F("STALE-BYVAULT", "high", "bug", "Updated items are never seen by Pull",
              "`byVault` is only appended on the first Put; later Puts replace `items[id]` but the slice still "
              "points at the first version, so pull returns the original item forever.", symbol="Store.Put", conf=0.8),
            F("DELETE-NO-REV", "medium", "bug", "Deletions do not propagate to other devices",
              "Delete removes the map entry but bumps no revision and leaves the item in `byVault`; write a "
              "tombstone item with a new revision instead.", symbol="Store.Delete", conf=0.75),
            F("PURGE-OBO", "medium", "bug", "`PurgeTombs` loop bound is off by one",
              "`i <= cut` also clears `s.tombs[cut]`, the oldest tombstone that is kept.", symbol="Store.PurgeTombs", conf=0.75),
            F("SNAP-PERMS", "medium", "security", "Vault snapshot is world-readable",
              "Write with 0o600.", symbol="Store.Snapshot", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review: internal/ (16 findings)",
        Block([
            F("HASH-UNSALTED", "high", "security", "unsalted sha256 password verifier", "argon2id."),
            F("VERIFY-TIMING", "low", "security", "verifier compare not constant-time", "subtle.ConstantTimeCompare."),
            F("RATE-OBO", "low", "bug", "lockout check off by one (maxAttempts+1)", "> maxAttempts."),
            F("TOKEN-MATHRAND", "high", "security", "math/rand session tokens", "crypto/rand."),
            F("TOKEN-NO-EXPIRY", "medium", "security", "sessions never expire", "Check created + TTL."),
            F("SINCE-IGNORED", "low", "bug", "Pull: ParseInt error dropped", "400 on bad since."),
            F("PULL-OBO", "medium", "bug", "Pull includes rev == since", "Use >."),
            F("DECODE-IGNORED", "medium", "bug", "Push: decode error ignored", "Return 400."),
            F("PUSH-RACE", "high", "bug", "Push: check-then-Put race between devices", "CAS in store.", d=+3),
            F("ITEM-IDOR", "high", "security", "GetItem: no membership check", "IsMember.", d=-2),
            F("DELETE-IDOR", "high", "security", "DeleteItem: no membership check", "IsMember.", d=-2),
            F("SHARE-IDOR", "critical", "security", "Share: vault from query, caller not checked", "Owner check.", d=-1),
            F("ATTACH-TRAVERSAL", "high", "security", "Attachment: name from query reaches filepath.Join", "Confine path.", d=-1),
            F("REV-RLOCK", "high", "bug", "nextRev: s.rev++ under RLock", "Lock."),
            F("PURGE-OBO", "medium", "bug", "PurgeTombs: i <= cut", "i < cut."),
            F("SNAP-NOT-ATOMIC", "medium", "bug", "Snapshot not atomic", "Temp file + rename."),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the vault synchronization server. The server is small, but it protects very
        sensitive data, so the bar is high. Below is a summary followed by detailed findings.

        ### Authentication
        Password verification relies on a fast hash, session tokens are not cryptographically random, and the
        login handler logs credentials.

        ### Authorization
        Several handlers authenticate the caller but never check that the caller belongs to the vault.

        ### Concurrency and storage
        The store mixes read locks and writes, and snapshot files are written insecurely.
        """,
        Block([
            F("LOG-PASSWORD", "critical", "Sensitive Data Exposure", "Plaintext Password Logged During Login",
              "Remove the password from the log statement."),
            F("HASH-UNSALTED", "high", "Cryptography", "Weak Password Hashing (Unsalted SHA-256)",
              "Use a memory-hard KDF such as Argon2id.",
              desc="SHA-256 is fast and unsalted, so identical passwords have identical verifiers."),
            F("TOKEN-MATHRAND", "high", "Cryptography", "Predictable Session Tokens", "Use crypto/rand."),
            F("TOKEN-IN-QUERY", "medium", "Sensitive Data Exposure", "Session Token Accepted in URL",
              "Only accept tokens from the Authorization header."),
            F("ATTEMPTS-RACE", "major", "Race Condition", "Race Condition in Login Attempt Counter",
              "Protect the attempts map with the mutex.", d=+1,
              desc="The attempts map is modified before the mutex is acquired."),
            U({"severity": "info", "category": "style", "description": "Exported types lack doc comments."}),
            F("PULL-OBO", "medium", "Logic Error", "Pull Returns Already-Synced Item", "Use a strict comparison."),
            F("BODY-UNBOUNDED", "medium", "Denial of Service", "Unbounded Request Body in Push",
              "Limit the body size with http.MaxBytesReader."),
            F("PUSH-RACE", "high", "Race Condition", "Race Condition in Push Conflict Detection",
              "Perform the revision check and write atomically in the store."),
            F("ITEM-IDOR", "high", "Broken Access Control", "Missing Authorization in GetItem",
              "Check vault membership.", d=-1),
            F("DELETE-IDOR", "high", "Broken Access Control", "Missing Authorization in DeleteItem",
              "Check vault membership.", d=-2),
            F("SHARE-IDOR", "critical", "Broken Access Control", "Unauthorized Vault Sharing",
              "Verify the caller owns the vault."),
            F("ATTACH-TRAVERSAL", "high", "Path Traversal", "Path Traversal in Attachment Endpoint",
              "Validate the file name.", d=+1, sd=0),
            F("REV-RLOCK", "high", "Race Condition", "Write Under Read Lock in nextRev", "Use Lock instead of RLock."),
            F("PURGE-OBO", "medium", "Logic Error", "Off-by-One in Tombstone Purge", "Use i < cut.", d=+1, sd=0),
            F("SNAP-PERMS", "medium", "Insecure Permissions", "Snapshot File Is World-Readable", "Use 0600."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Went through internal/. Findings:",
        Block([
            F("LOG-PASSWORD", "critical", "security", "password logged on login", "drop it from the log line"),
            F("HASH-UNSALTED", "high", "security", "sha256 without salt for master password", "argon2id"),
            F("TOKEN-MATHRAND", "high", "security", "tokens from math/rand", "crypto/rand"),
            F("RATE-OBO", "low", "", "lockout allows one extra try", "> maxAttempts", d=+1, sd=0),
            F("DECODE-IGNORED", "medium", "bug", "push ignores json decode error", "check err"),
            F("DELETE-IDOR", "high", "security", "delete item without membership check", "check IsMember"),
            F("SHARE-ROLE", "high", "security", "share accepts any role incl. owner", "whitelist roles"),
            F("ATTACH-TRAVERSAL", "high", "security", "attachment path traversal", "reject names with .."),
            F("PURGE-NEG", "medium", "bug", "purge panics with negative cut when few tombstones", "if cut <= 0 return", d=-3),
            F("SNAP-PERMS", "medium", "security", "snapshot written 0644", "0600"),
        ], wrap="list"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        1. **Credentials**: password logged; fast unsalted hash; tokens never expire.
        2. **Authorization**: item and sharing endpoints missing membership/owner checks.
        3. **Concurrency**: login attempt map, push conflict check, revision counter.
        4. **Data integrity**: deletion propagation, tombstone purge, snapshot writes.
        """,
        Block([
            F("LOG-PASSWORD", "blocker", "security", "Credentials written to logs", "Remove password from log.", conf=0.95),
            F("HASH-UNSALTED", "major", "security", "Fast hash used for password verification", "Use a KDF.", conf=0.85),
            F("VERIFY-TIMING", "minor", "security", "Timing side channel in verifier comparison",
              "Constant-time compare.", conf=0.5),
            F("ATTEMPTS-RACE", "major", "concurrency", "Concurrent logins can bypass the lockout",
              "Hold a.mu while updating attempts.", conf=0.75),
            F("RATE-OBO", "minor", "security", "Lockout permits one attempt beyond maxAttempts",
              "Use >= maxAttempts.", d=-1, conf=0.6),
            F("ATTEMPTS-CASE", "minor", "security", "Lockout bypass through email letter case",
              "Normalise the email before counting attempts.", conf=0.55,
              desc="attempts uses the raw email while users are looked up lower-cased."),
            F("TOKEN-NO-EXPIRY", "major", "security", "Sessions have no expiry", "Enforce a TTL.", conf=0.7),
            F("PULL-OBO", "minor", "correctness", "Pull boundary includes the since revision",
              "Strictly greater.", d=-1, conf=0.65),
            F("DECODE-IGNORED", "major", "correctness", "Push proceeds on malformed JSON", "Handle decode errors.", conf=0.7),
            F("PUSH-RACE", "major", "concurrency", "Lost update when two devices push the same base revision",
              "Atomic compare-and-swap.", conf=0.75),
            F("ITEM-IDOR", "major", "security", "Item readable without vault membership", "Membership check.", conf=0.8),
            F("SHARE-IDOR", "blocker", "security", "Vault sharing without ownership verification",
              "Owner check.", d=-1, conf=0.85),
            F("ATTACH-TRAVERSAL", "major", "security", "Directory traversal in attachment download",
              "Sanitize name.", conf=0.85),
            F("REV-RLOCK", "major", "concurrency", "Duplicate revision numbers possible",
              "Exclusive lock in nextRev.", d=+1, conf=0.75),
            F("DELETE-NO-REV", "major", "data-integrity", "Deletes are invisible to syncing clients",
              "Record tombstones with a revision.", conf=0.65),
            F("PURGE-NEG", "major", "correctness", "PurgeTombs slices with a negative index",
              "Guard cut < 0.", conf=0.7),
            F("SNAP-NOT-ATOMIC", "minor", "data-integrity", "Snapshot write is not atomic",
              "Write to a temp file and rename.", conf=0.6),
        ], wrap="object+summary", summary="17 issues: 2 blocker, 10 major, 5 minor"),
    ]),
}
