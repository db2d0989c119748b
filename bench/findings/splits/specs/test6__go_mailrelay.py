"""test6/go-mailrelay: an outbound mail relay with an HTTP submit API, a queue and an SMTP listener (Go). Frozen test split."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "go"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test6, issue 15) that had not seen the merger code, its "
    "results, the scorer or any other split's answers. Sixth frozen test split: seeded problems in a small mail "
    "relay (HTTP API, in-memory queue with workers, MX delivery, SMTP listener); five agents' answers by hand."
)

PROBLEMS = {
    "APIKEY-QUERY": P("api.go", 'key = r.URL.Query().Get("api_key")', "security", "API key accepted from the query string: ends up in access logs, proxies and browser history"),
    "APIKEY-TIMING": P("api.go", "return key == s.cfg.APIKey", "security", "API key compared with == (not constant time)"),
    "FROM-SPOOF": P("api.go", 'fmt.Fprintf(&buf, "From: %s\\r\\n", req.From)', "security", "any API client sends as any From address: no sender/domain allow-list (spoofing through our reputation)"),
    "HEADER-CRLF": P("api.go", 'fmt.Fprintf(&buf, "Subject: %s\\r\\n\\r\\n", req.Subject)', "security", "subject (and other header values) written raw: CR/LF injects headers such as Bcc"),
    "SPOOL-TRAVERSAL": P("api.go", "data, err := os.ReadFile(path)", "security", "status id joined into the spool path: ../ reads any file the relay can read", "source-vs-sink"),
    "STATUS-NO-AUTH": P("api.go", "data, err := os.ReadFile(path)", "security", "GET /status has no authorized() check: anyone reads any queued message body", "signature-vs-statement"),
    "PROBE-SSRF": P("api.go", 'conn, err := net.DialTimeout("tcp", host, 5*time.Second)', "security", "probe dials any host:port from the query: internal port scan / SSRF from the relay's network", "source-vs-sink"),
    "PREDICTABLE-ID": P("queue.go", 'id := fmt.Sprintf("%d", q.seq)', "security", "sequential message ids: every queued message is enumerable through /status"),
    "NEVER-PRUNED": P("queue.go", "q.items[id] = &Message{", "performance", "messages (with bodies) stay in q.items after delivery or bounce: memory grows forever and Next scans them all"),
    "SPOOL-PERMS": P("queue.go", "body, 0o644); err != nil {", "security", "spool files world-readable (0644) (extra, one agent)"),
    "QUEUE-RACE": P("queue.go", "m.State = StateSending", "bug", "Next ranges and mutates q.items without q.mu while Enqueue writes it: two workers claim the same message (double delivery), concurrent map read/write, racy inFlight", "critical-section"),
    "STUCK-SENDING": P("queue.go", "m.State = StateSending", "bug", "a message claimed as sending is never reclaimed if its worker dies or hangs (no lease or timeout)"),
    "BACKOFF-OFF-BY-ONE": P("queue.go", "if m.Attempts > len(backoff) {", "bug", "`>` with backoff[m.Attempts]: on the fourth failure the index equals len(backoff) and the worker panics; the first backoff step is never used", "off-by-one"),
    "BOUNCE-SILENT": P("queue.go", "m.State = StateBounced", "bug", "bounced messages are dropped silently: no DSN to the sender, nothing logged"),
    "STATS-RACE": P("queue.go", "m.State = StateSent", "bug", "worker updates stats and message state outside q.mu while handlers and Next read them (data race, lost counts)", "critical-section"),
    "ONE-DOMAIN": P("deliver.go", 'domain := m.To[0][strings.LastIndex(m.To[0], "@")+1:]', "bug", "all recipients are delivered to the MX of the first recipient's domain", "signature-vs-statement"),
    "MX-OFF-BY-ONE": P("deliver.go", "for i := 0; i <= len(mxs); i++ {", "bug", "`<=` indexes one past the MX list: when every MX fails the worker panics", "off-by-one"),
    "DIAL-NO-TIMEOUT": P("deliver.go", 'c, err := smtp.Dial(host + ":25")', "bug", "smtp.Dial without a timeout or deadline: a tarpitting MX hangs the worker forever"),
    "DEFER-IN-LOOP": P("deliver.go", "defer c.Close()", "performance", "defer inside the MX loop: connections stay open until Deliver returns"),
    "TLS-SKIP-VERIFY": P("deliver.go", "InsecureSkipVerify: true", "security", "STARTTLS with certificate verification disabled: any MITM certificate accepted"),
    "TLS-DOWNGRADE": P("deliver.go", "continuing without TLS", "security", "STARTTLS failure only logged: mail sent in plaintext (stripping attack)"),
    "NO-DEADLINE": P("smtpd.go", "line, err := r.ReadString('\\n')", "performance", "SMTP session reads with no deadline and no line-length limit: idle or endless lines hold goroutines and memory", nth=0),
    "OPEN-RELAY": P("smtpd.go", 'to = append(to, strings.Trim(line[8:], "<> \\r\\n"))', "security", "SMTP listener on :25 accepts any sender and any recipient without auth or relay-domain check: open relay"),
    "DATA-UNBOUNDED": P("smtpd.go", "buf.WriteString(line)", "performance", "DATA read without a size limit: one client fills memory"),
    "DOT-UNSTUFF": P("smtpd.go", "buf.WriteString(line)", "bug", "lines starting with '..' are not un-stuffed (RFC 5321 4.5.2): bodies are altered"),
}

CONFUSABLE = [
    ("APIKEY-QUERY", "APIKEY-TIMING"),
    ("FROM-SPOOF", "HEADER-CRLF"),
    ("SPOOL-TRAVERSAL", "STATUS-NO-AUTH"),
    ("PREDICTABLE-ID", "NEVER-PRUNED"),
    ("NEVER-PRUNED", "SPOOL-PERMS"),
    ("QUEUE-RACE", "STUCK-SENDING"),
    ("BACKOFF-OFF-BY-ONE", "BOUNCE-SILENT"),
    ("MX-OFF-BY-ONE", "DIAL-NO-TIMEOUT"),
    ("TLS-SKIP-VERIFY", "TLS-DOWNGRADE"),
    ("DATA-UNBOUNDED", "DOT-UNSTUFF"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed the relay end to end: the HTTP API (`api.go`), the queue and its workers (`queue.go`), MX
        delivery (`deliver.go`) and the SMTP listener (`smtpd.go`).

        **Summary.** For a mail relay the worst outcome is becoming a spam cannon, and two paths lead there: the SMTP
        listener relays for anyone, and the API lets any key holder choose any `From` and inject headers. Delivery
        security is weak (unverified and optional TLS), and the queue is not safe for its four workers.

        Main themes:
        - **Abuse**: open relay on :25, `From` spoofing, header injection.
        - **Data exposure**: `/status` is unauthenticated and joins the id into a path.
        - **Concurrency**: `Next` and `Worker` touch shared state without `q.mu`.
        - **Crashes**: two index-out-of-range panics (MX loop, backoff table).
        """,
        Block([
            F("OPEN-RELAY", "critical", "security", "SMTP listener is an open relay",
              "Require AUTH or restrict clients by IP, and accept RCPT only for configured domains.",
              symbol="SMTPServer.handle", conf=0.9),
            F("HEADER-CRLF", "high", "security", "Header injection via `Subject`",
              "Reject or strip `\\r`/`\\n` in header values (use `mime.QEncoding` for non-ASCII).",
              symbol="Server.handleSend", conf=0.88),
            F("FROM-SPOOF", "high", "security", "API callers can send as any `From` address",
              "Restrict `From` to domains configured for the API key.", symbol="Server.handleSend", conf=0.75),
            F("STATUS-NO-AUTH", "high", "security", "`/status` returns message bodies without authentication",
              "Call `s.authorized(r)` like the other handlers and scope ids to the key.", symbol="Server.handleStatus", conf=0.85),
            F("SPOOL-TRAVERSAL", "high", "security", "Path traversal in `/status`",
              "Validate `id` as digits (or look it up in the queue) before touching the filesystem.",
              d=-1, n=2, symbol="Server.handleStatus", conf=0.85),
            F("APIKEY-QUERY", "medium", "security", "API key accepted in the query string",
              "Accept the header only; query strings are logged.", symbol="Server.authorized", conf=0.7),
            F("QUEUE-RACE", "high", "bug", "`Queue.Next` reads and writes the queue without holding `q.mu`",
              "Enqueue writes `q.items` under the lock while workers range over it without: that is a fatal "
              "concurrent map access, and two workers can claim the same message. Lock in `Next`.",
              d=-2, n=3, symbol="Queue.Next", conf=0.9),
            F("STATS-RACE", "medium", "bug", "Worker updates counters and state outside the lock",
              "`q.stats.*++` and `m.State` are written without `q.mu` while `/admin/stats` encodes them.",
              d=-2, n=3, symbol="Queue.Worker", conf=0.7),
            F("BACKOFF-OFF-BY-ONE", "high", "bug", "Backoff lookup panics on the last retry",
              "`backoff[m.Attempts]` with `Attempts == len(backoff)` is out of range; use `backoff[m.Attempts-1]` "
              "and `>=` in the check.", symbol="Queue.fail", conf=0.85),
            F("ONE-DOMAIN", "medium", "bug", "All recipients are routed through the first recipient's MX",
              "Group recipients by domain and deliver each group separately.", symbol="Deliverer.Deliver", conf=0.8),
            F("MX-OFF-BY-ONE", "high", "bug", "MX loop runs one past the end of `mxs`",
              "Use `i < len(mxs)` (or `range mxs`).", n=2, symbol="Deliverer.Deliver", conf=0.9),
            F("NEVER-PRUNED", "low", "performance", "Delivered and bounced messages are never removed from the queue",
              "Delete finished messages from `q.items` (keep a small status record if needed).", symbol="Queue.Enqueue", conf=0.65),
            F("DEFER-IN-LOOP", "low", "performance", "`defer c.Close()` inside the MX loop",
              "Close explicitly on each failure path or move the body into a helper.", symbol="Deliverer.Deliver", conf=0.6),
            F("TLS-SKIP-VERIFY", "high", "security", "Certificate verification disabled for STARTTLS",
              "Remove `InsecureSkipVerify`; if needed, make it an explicit per-domain opt-out.",
              symbol="Deliverer.Deliver", conf=0.85),
            F("DOT-UNSTUFF", "low", "bug", "DATA lines are not dot-unstuffed",
              "Strip one leading `.` from lines that start with `..`.", symbol="readData", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Mail relay review: findings as JSON.",
        Block([
            F("HEADER-CRLF", "high", "security", "Header injection: Subject/From written without stripping CR/LF",
              "Reject CR/LF in header fields.", d=-2),
            F("SPOOL-TRAVERSAL", "high", "security", "Path traversal via status id", "Validate id.", d=-2, symbol="handleStatus"),
            F("PROBE-SSRF", "medium", "security", "Probe endpoint dials arbitrary host (SSRF/port scan)", "Restrict to port 25 on MX hosts.", d=-1),
            F("APIKEY-TIMING", "low", "security", "API key compared with ==", "subtle.ConstantTimeCompare."),
            F("QUEUE-RACE", "high", "bug", "Next() mutates shared queue without lock: duplicate deliveries", "Take q.mu."),
            F("ONE-DOMAIN", "medium", "bug", "Deliver only resolves MX for To[0]", "Per-domain delivery.", d=-1, symbol="Deliver"),
            F("MX-OFF-BY-ONE", "high", "bug", "i <= len(mxs): index out of range", "i < len(mxs)."),
            F("TLS-SKIP-VERIFY", "high", "security", "InsecureSkipVerify: true", "Verify certificates."),
            F("NO-DEADLINE", "medium", "reliability", "No read deadline on SMTP connections", "conn.SetDeadline."),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course! Here is a detailed review of the mail relay service.

        The service has a clean structure, but as an internet-facing mail relay it has several critical weaknesses:
        it can be abused to send spam, it exposes message contents, and several code paths can crash the process.

        ## Security Findings
        """,
        Block([
            F("OPEN-RELAY", "critical", "Security", "Open Mail Relay",
              "Implement SMTP AUTH and restrict relaying to authorized clients.", d=-1,
              desc="The SMTP server accepts RCPT TO for any address from any connecting client."),
            F("STATUS-NO-AUTH", "high", "Broken Access Control", "Unauthenticated Access to Message Contents",
              "Require the API key on /status.", d=-3, symbol="handleStatus"),
            F("SPOOL-TRAVERSAL", "high", "Path Traversal", "Path Traversal in Status Endpoint",
              "Sanitize the id parameter.", d=-1),
            F("PREDICTABLE-ID", "medium", "Security", "Predictable Message IDs",
              "Use random IDs (e.g. 16 bytes from crypto/rand)."),
            F("TLS-SKIP-VERIFY", "high", "Cryptography", "TLS Certificate Verification Disabled",
              "Set InsecureSkipVerify to false."),
            F("PROBE-SSRF", "medium", "Server-Side Request Forgery", "SSRF in Probe Endpoint",
              "Validate the host parameter."),
            U({"severity": "low", "category": "Best Practice", "description": "Consider adding Prometheus metrics for queue depth."}),
        ], wrap="list"),
        """
        ## Reliability and Correctness Findings
        """,
        Block([
            F("QUEUE-RACE", "high", "Race Condition", "Data Race in Queue.Next",
              "Protect the map iteration with the mutex.", d=-1, n=2,
              desc="Multiple workers call Next concurrently; the map is read and modified without synchronization."),
            F("BACKOFF-OFF-BY-ONE", "high", "Logic Error", "Index Out of Range in Retry Backoff",
              "Use m.Attempts-1 as the index.", d=+3),
            F("MX-OFF-BY-ONE", "high", "Logic Error", "Off-by-one Error in MX Loop",
              "Change <= to <.", d=+1),
            F("DIAL-NO-TIMEOUT", "medium", "Reliability", "No Timeout on SMTP Dial",
              "Use net.DialTimeout and smtp.NewClient."),
            F("DATA-UNBOUNDED", "medium", "Denial of Service", "Unbounded Message Size in DATA",
              "Enforce a maximum message size.", d=-1, sd=0),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Issues:",
        Block([
            F("OPEN-RELAY", "critical", "security", "smtp listener relays for anyone", "auth + relay domains"),
            F("HEADER-CRLF", "high", "security", "subject allows crlf header injection", "strip \\r\\n"),
            F("STUCK-SENDING", "medium", "", "messages stuck in sending forever if a worker dies", "add a lease timeout"),
            F("BOUNCE-SILENT", "low", "", "bounced mail silently dropped, no dsn", "send bounce to sender"),
            F("TLS-DOWNGRADE", "high", "security", "starttls failure ignored, sends plaintext", "fail delivery on starttls error"),
            F("NEVER-PRUNED", "low", "", "q.items never pruned", "remove delivered messages"),
        ], wrap="list", indent=None, fence="json"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report: mailrelay

        ## Overview
        1. Access control: status endpoint, API key handling.
        2. Message integrity: header injection, sender spoofing.
        3. Concurrency: queue and worker state.
        4. Delivery: TLS, MX handling, timeouts.
        5. SMTP server: open relay, resource limits.
        """,
        Block([
            F("STATUS-NO-AUTH", "blocker", "security", "Status endpoint exposes messages without authentication",
              "Add authorization.", conf=0.85),
            F("APIKEY-QUERY", "major", "security", "API key passed via URL query parameter",
              "Only accept the key in a header.", conf=0.7),
            F("FROM-SPOOF", "major", "security", "Sender address not validated", "Validate From against allowed domains.", conf=0.7),
            F("HEADER-CRLF", "major", "security", "Email header injection via subject", "Sanitize header values.", conf=0.85),
            F("QUEUE-RACE", "blocker", "concurrency", "inFlight counter and message state updated without mutex",
              "Lock q.mu in Next.", d=+1, conf=0.8),
            F("PREDICTABLE-ID", "minor", "security", "Sequential message IDs are guessable", "Use random IDs.", conf=0.6),
            F("STATS-RACE", "major", "concurrency", "Stats counters incremented without synchronization",
              "Use atomic counters or the mutex.", d=+1, conf=0.75),
            F("BOUNCE-SILENT", "minor", "reliability", "Bounced messages are silently dropped (no DSN)",
              "Generate a delivery status notification.", d=-1, conf=0.6),
            F("ONE-DOMAIN", "major", "correctness", "Multi-domain recipients routed to one MX", "Split by domain.", conf=0.75),
            F("DIAL-NO-TIMEOUT", "major", "reliability", "SMTP dial without timeout can block worker", "Add a dial timeout.", conf=0.7),
            F("TLS-DOWNGRADE", "major", "security", "Opportunistic TLS silently falls back to plaintext", "Enforce TLS (MTA-STS/DANE).", conf=0.7),
            F("NO-DEADLINE", "minor", "resource-exhaustion", "No read timeout in SMTP session", "Set deadlines.", conf=0.6),
            F("DATA-UNBOUNDED", "major", "resource-exhaustion", "SMTP DATA has no size limit", "Cap message size.", conf=0.7),
            F("SPOOL-PERMS", "minor", "security", "Spool files created world-readable", "Use 0o600.", conf=0.55),
        ], wrap="object+summary", summary="14 issues (2 blocker, 8 major, 4 minor)"),
    ]),
}
