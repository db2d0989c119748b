"""test116/ts-rocketpad: a model rocket club's launch desk (TypeScript, Express + pg). Frozen test split; labels inline.

Written 2026-12-07 by a helper session that had not seen the merger code, any score, or any other split's answers,
specs or repositories (only specs/tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-07 by a helper session that had not seen the merger code, any score or any other split's data. "
    "Frozen test split test116 (score once, never tune): seeded problems in a model rocket club's launch windows, "
    "motor certifications and recovery logs; five agents' answers written by hand."
)

S = "src/server.ts"
PROBLEMS = {
    "CORS-ANY-ORIGIN": P(S, "origin: true, credentials: true", "security", "CORS reflects any origin with credentials"),
    "TOKEN-IN-QUERY": P(S, 'String(req.query.token ?? "")', "security", "bearer token also accepted from the query string (logs, referers)"),
    "JWT-NOT-VERIFIED": P(S, "jwt.decode(token)", "security", "jwt.decode instead of jwt.verify: any self-made token is a member", "signature-vs-statement"),
    "TREASURER-FAILS-OPEN": P(S, '(req.header("x-treasurer-key") ?? "") !== TREASURER_KEY', "security", "TREASURER_KEY unset: empty header equals empty key, treasurerOnly passes"),
    "ALERT-SHELL": P(S, "exec(`notify-range", "security", "site and message (from the request body) interpolated into an exec shell command", "signature-vs-statement"),
    "ALERT-ERRORS-IGNORED": P(S, "exec(`notify-range", "bug", "exec without a callback: a failed range alert is never noticed"),
    "WINDOWS-SITE-SQLI": P(S, "WHERE site = '${site}'", "security", "site query value interpolated into SQL", "source-vs-sink"),
    "WINDOWS-FROM-SQLI": P(S, "WHERE site = '${site}'", "security", "from query value interpolated into SQL", "source-vs-sink"),
    "MOTOR-CLASS-UNCHECKED": P(S, "const motorClass = motor.charAt(0)", "bug", "motor designation not validated: an unknown first letter gives indexOf -1 and passes the certification check"),
    "CERT-UNVERIFIED": P(S, "SELECT level FROM certs WHERE member_id = $1 ORDER BY level DESC LIMIT 1", "security", "booking uses a self-declared certification: verified is never checked"),
    "CERT-EXPIRED": P(S, "SELECT level FROM certs WHERE member_id = $1 ORDER BY level DESC LIMIT 1", "security", "booking uses an expired certification: expires is never checked"),
    "CERT-ONE-CLASS-OVER": P(S, "CLASSES.indexOf(CERT_MAX[level]) + 1", "security", "+ 1 lets every flyer book one impulse class above their certification", "off-by-one"),
    "OVERBOOK-RACE": P(S, "if (Number(used.n) >= w.pads)", "bug", "count-then-insert across awaits without a transaction or lock: window overbooked", "critical-section"),
    "WINDOW-MISSING": P(S, "if (Number(used.n) >= w.pads)", "bug", "unknown window id: w is undefined, w.pads throws (unhandled rejection, request hangs)"),
    "LAUNCH-SEQ-RACE": P(S, "INSERT INTO launches", "bug", "launchSeq read before and written after an await: two launches get the same sequence number", "critical-section"),
    "RECOVERY-NOT-OWNER": P(S, "INSERT INTO recovery (flight_id, notes, finder)", "security", "any member can add recovery notes to anyone's flight"),
    "RECOVERY-PHOTO-TRAVERSAL": P(S, "path.join(UPLOADS, photoName)", "security", "photoName from the body joined to UPLOADS: writes anywhere", "source-vs-sink"),
    "LOG-XSS-NOTES": P(S, "<td>${r.notes}</td>", "security", "recovery notes rendered into HTML unescaped", "signature-vs-statement"),
    "LOG-XSS-FINDER": P(S, "<td>${r.notes}</td>", "security", "finder name rendered into HTML unescaped"),
    "RECOVERY-IDOR": P(S, "const owner = Number(req.query.member ?? member.id);", "security", "?member= lets any member read another member's recovery notes and GPS positions"),
    "FLIGHTS-OFFSET": P(S, "[size, page * size]", "bug", "1-based page but OFFSET page * size: page 1 skips the first page", "off-by-one"),
    "FLIGHTS-PAGES-FLOOR": P(S, "pages: Math.floor(Number(n) / size)", "bug", "Math.floor drops the last partial page from the page count", "off-by-one"),
    "ERROR-STACK-LEAK": P(S, "stack: err.stack", "security", "error handler returns message and stack trace to clients"),
}

CONFUSABLE = [
    ("TOKEN-IN-QUERY", "JWT-NOT-VERIFIED"),
    ("ALERT-SHELL", "ALERT-ERRORS-IGNORED"),
    ("WINDOWS-SITE-SQLI", "WINDOWS-FROM-SQLI"),
    ("MOTOR-CLASS-UNCHECKED", "CERT-UNVERIFIED"),
    ("MOTOR-CLASS-UNCHECKED", "CERT-ONE-CLASS-OVER"),
    ("CERT-UNVERIFIED", "CERT-EXPIRED"),
    ("CERT-UNVERIFIED", "CERT-ONE-CLASS-OVER"),
    ("CERT-EXPIRED", "CERT-ONE-CLASS-OVER"),
    ("OVERBOOK-RACE", "WINDOW-MISSING"),
    ("RECOVERY-NOT-OWNER", "RECOVERY-PHOTO-TRAVERSAL"),
    ("LOG-XSS-NOTES", "LOG-XSS-FINDER"),
    ("FLIGHTS-OFFSET", "FLIGHTS-PAGES-FLOOR"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        `src/server.ts` is an Express API for a model rocket club: launch windows, pad bookings with a motor
        certification check, certifications, a launch sequence, recovery logs and an HTML flight log. Things done
        well: `rsoOnly` fails closed and compares with `timingSafeEqual` after a length check, `/certs` rejects unknown
        levels, the wind check returns 404 for an unknown window, `/flights/:id` handles a missing row, and the
        rocket name and date in the flight log are escaped.

        The problems, most severe first:

        1. Authentication is not real: `currentMember` decodes the JWT without verifying it.
        2. Two SQL injections in `GET /windows`, a shell injection in `alertRange`, and a file write outside
           `UPLOADS` through the recovery photo name.
        3. The certification check can be passed with an unverified or expired certificate and is one class too
           lenient.
        4. Races in pad booking and the launch sequence.
        5. Stored XSS in the flight log, IDOR on recovery data, paging mistakes.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "JWT is decoded but never verified",
              "Use `jwt.verify(token, process.env.JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="currentMember", conf=0.95),
            F("TOKEN-IN-QUERY", "medium", "security", "Bearer token accepted from the `?token=` query parameter",
              "Only read the `Authorization` header; query strings end up in access logs and Referer headers.",
              symbol="currentMember", conf=0.75),
            F("WINDOWS-SITE-SQLI", "critical", "security", "SQL injection via `site` in `GET /windows`",
              "Use placeholders: `WHERE site = $1 AND opens >= $2` with `[site, from]`.",
              symbol="GET /windows", conf=0.95),
            F("WINDOWS-FROM-SQLI", "high", "security", "SQL injection via `from` in `GET /windows`",
              "Bind `from` as a parameter and validate it as an ISO date.", symbol="GET /windows", conf=0.9),
            F("ALERT-SHELL", "high", "security", "`alertRange` builds a shell command from request data",
              "Use `execFile(\"notify-range\", [\"--site\", site, \"--message\", message])`; `req.body.site` and `pad` reach the shell from `/launch`.",
              symbol="alertRange", conf=0.85),
            F("RECOVERY-PHOTO-TRAVERSAL", "high", "security", "Recovery photo written to a client-chosen path",
              "Generate the file name server-side (`${flightId}-${randomUUID()}.jpg`) or use `path.basename` and check the result.",
              symbol="POST /flights/:id/recovery", conf=0.9),
        ]),
        "Certification, booking and launch logic:",
        Block([
            F("CERT-UNVERIFIED", "high", "security", "Booking accepts certifications the RSO has not verified",
              "Add `AND verified` to the certification query; today a member can self-declare L3 via `POST /certs`.",
              symbol="POST /windows/:id/bookings", conf=0.85),
            F("CERT-EXPIRED", "medium", "security", "Expired certifications still count for bookings",
              "Add `AND expires > now()` to the certification query.", symbol="POST /windows/:id/bookings", conf=0.8),
            F("CERT-ONE-CLASS-OVER", "high", "security", "Certification check allows one impulse class too many",
              "Drop the `+ 1`: with it an uncertified flyer can book an H motor and an L1 flyer an I motor.",
              symbol="POST /windows/:id/bookings", conf=0.85),
            F("OVERBOOK-RACE", "medium", "bug", "Pad capacity check and insert are not atomic",
              "Lock the window row (`SELECT ... FOR UPDATE`) in a transaction, or enforce capacity in the INSERT itself.",
              d=-1, n=2, symbol="POST /windows/:id/bookings", conf=0.8),
            F("WINDOW-MISSING", "low", "bug", "Booking an unknown window crashes the handler",
              "Return 404 when `w` is undefined, as `/windows/:id/wind` does.", symbol="POST /windows/:id/bookings", conf=0.75),
            F("LAUNCH-SEQ-RACE", "medium", "bug", "Launch sequence numbers can repeat",
              "`launchSeq` is read before the `await` and written after it; take the number from a database sequence instead.",
              d=-1, n=3, symbol="POST /windows/:id/launch", conf=0.8),
            F("LOG-XSS-NOTES", "high", "security", "Stored XSS through recovery notes in the flight log",
              "Escape `notes` (and `finder`) with `esc` like the rocket name.", symbol="logRow", conf=0.9),
            F("RECOVERY-IDOR", "medium", "security", "`GET /recovery?member=` returns other members' recovery locations",
              "Ignore `member` unless the caller is staff; always use `member.id`.", symbol="GET /recovery", conf=0.85),
            F("RECOVERY-NOT-OWNER", "medium", "security", "Recovery notes can be attached to any flight",
              "Check that the flight belongs to the caller before inserting.", symbol="POST /flights/:id/recovery", conf=0.75),
            F("FLIGHTS-OFFSET", "low", "bug", "Flight list skips the first page",
              "Use `(page - 1) * size` as the offset.", symbol="GET /flights", conf=0.8),
            F("ERROR-STACK-LEAK", "low", "security", "Error handler sends stack traces to clients",
              "Log the error and return a generic message.", conf=0.85),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "tsc not run (no node_modules). Findings:",
        Block([
            F("JWT-NOT-VERIFIED", "critical", "security", "currentMember trusts unverified JWT (jwt.decode)",
              "jwt.verify with secret.", d=-2),
            F("WINDOWS-SITE-SQLI", "critical", "security", "SQL injection: site in /windows",
              "Parameterize.", d=-3),
            F("WINDOWS-FROM-SQLI", "high", "security", "SQL injection: from in /windows",
              "Parameterize.", d=-2),
            F("ALERT-SHELL", "high", "security", "Command injection in alertRange via site/pad",
              "execFile with args.", d=-1),
            F("CERT-ONE-CLASS-OVER", "high", "security", "Motor class check off by one (+1)",
              "Remove + 1.", d=-1),
            F("MOTOR-CLASS-UNCHECKED", "medium", "bug", "Unknown motor letter -> indexOf -1 -> always allowed",
              "Validate motor against CLASSES."),
            F("OVERBOOK-RACE", "medium", "bug", "Overbooking race between COUNT and INSERT",
              "Transaction + row lock.", d=+1),
            F("LAUNCH-SEQ-RACE", "medium", "bug", "launchSeq lost update across await",
              "DB sequence.", d=+1),
            F("RECOVERY-PHOTO-TRAVERSAL", "high", "security", "Path traversal writing recovery photo (photoName)",
              "basename + check.", d=-3),
            F("FLIGHTS-PAGES-FLOOR", "low", "bug", "pages undercounts (floor)",
              "Math.ceil."),
        ], fence="", indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Of course. I have reviewed the rocket club server in `src/server.ts`.

        **Overview**

        The server manages launch windows, bookings, certifications and recovery logs. There are critical issues
        with authentication and with the construction of SQL queries and shell commands, plus several logic
        problems in the booking flow.

        **Security Findings**
        """,
        Block([
            F("JWT-NOT-VERIFIED", "CRITICAL", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.", sd=-2, n=3,
              desc="`jwt.decode` only parses the token. An attacker can forge a token with any member id."),
            F("WINDOWS-SITE-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Launch Window Search",
              "Use parameterized queries.", sd=-2, n=3),
            F("ALERT-SHELL", "HIGH", "Command Injection", "Command Injection in Range Alert",
              "Use `execFile` with an argument array."),
            F("LOG-XSS-NOTES", "HIGH", "Cross-Site Scripting", "Stored XSS in Flight Log (notes)",
              "Escape all user-provided fields.", d=-1,
              desc="`logRow` escapes the rocket name and date but interpolates `notes` directly into the HTML."),
            F("LOG-XSS-FINDER", "HIGH", "Cross-Site Scripting", "Stored XSS in Flight Log (finder)",
              "Escape the finder name."),
            F("TREASURER-FAILS-OPEN", "HIGH", "Broken Access Control", "Treasurer Check Passes When Key Is Unset",
              "Reject when `TREASURER_KEY` is empty, as `rsoOnly` does."),
            F("CORS-ANY-ORIGIN", "MEDIUM", "Security Misconfiguration", "Permissive CORS With Credentials",
              "Restrict `origin` to the club's front-end."),
            F("ERROR-STACK-LEAK", "MEDIUM", "Information Disclosure", "Stack Traces Returned to Clients",
              "Return a generic error."),
        ], wrap="list"),
        """
        **Logic and Reliability Findings**
        """,
        Block([
            F("CERT-UNVERIFIED", "HIGH", "Broken Access Control", "Unverified Certifications Accepted for Bookings",
              "Filter on `verified = true`.", sd=-1, n=2),
            F("OVERBOOK-RACE", "MEDIUM", "Race Condition", "Launch Window Can Be Overbooked",
              "Use a transaction.", sd=-2, n=3),
            F("WINDOW-MISSING", "MEDIUM", "Error Handling", "Missing Null Check for Launch Window",
              "Check that the window exists."),
            U({"severity": "INFO", "category": "Maintainability", "suggestion": "Split the routes into separate modules."}),
            F("FLIGHTS-OFFSET", "LOW", "Logic Error", "Pagination Offset Skips First Page",
              "Subtract one from the page before multiplying.", d=-2, sd=-2, n=3),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("JWT-NOT-VERIFIED", "high", "security", "jwt.decode does not verify", "jwt.verify"),
            F("WINDOWS-SITE-SQLI", "high", "security", "sql injection in /windows query (site param)", "use $1"),
            F("RECOVERY-PHOTO-TRAVERSAL", "high", "security", "photoName path traversal", "basename"),
            F("LOG-XSS-FINDER", "medium", "security", "finder not escaped in log html", "esc()"),
            F("RECOVERY-IDOR", "medium", "", "recovery list readable for any member id", "use member.id"),
            F("CERT-EXPIRED", "medium", "security", "expired certs still allow bookings", "check expires"),
            F("LAUNCH-SEQ-RACE", "low", "bug", "launchSeq race across await", "db sequence", d=-1),
        ], fence="", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Summary
        1. Authentication: JWT not verified; token accepted in query string.
        2. Injection: SQL in `/windows`, shell in `alertRange`.
        3. Booking: certification check weaknesses and an overbooking race.
        4. Recovery: path traversal, ownership, stored XSS.
        5. Minor: pagination, error handling.
        """,
        Block([
            F("JWT-NOT-VERIFIED", "blocker", "security", "JWT tokens are decoded without signature verification",
              "Use jwt.verify.", conf=0.9),
            F("TOKEN-IN-QUERY", "minor", "security", "Access token accepted via URL query parameter",
              "Accept only the Authorization header.", d=+1, conf=0.6),
            F("WINDOWS-FROM-SQLI", "blocker", "security", "SQL injection in window listing (from parameter)",
              "Bind parameters.", conf=0.85),
            F("ALERT-ERRORS-IGNORED", "minor", "reliability", "Result of notify-range is not checked",
              "Handle the exec callback error.", conf=0.6),
            F("MOTOR-CLASS-UNCHECKED", "major", "correctness", "Motor designation not validated before the certification check",
              "Reject motors whose class is not in CLASSES.", d=+3, conf=0.7),
            F("CERT-ONE-CLASS-OVER", "major", "security", "Off-by-one in certification level comparison",
              "Compare without + 1.", conf=0.8),
            F("OVERBOOK-RACE", "major", "concurrency", "Race condition between capacity check and booking insert",
              "Use SELECT FOR UPDATE in a transaction.", conf=0.8),
            F("LAUNCH-SEQ-RACE", "major", "concurrency", "Duplicate launch sequence numbers under concurrent requests",
              "Use a database sequence.", conf=0.75),
            F("RECOVERY-NOT-OWNER", "major", "security", "Recovery entry not checked against flight owner",
              "Verify ownership.", conf=0.7),
            F("RECOVERY-PHOTO-TRAVERSAL", "blocker", "security", "Path traversal in recovery photo upload",
              "Sanitize the file name.", conf=0.85),
            F("FLIGHTS-PAGES-FLOOR", "minor", "correctness", "Off-by-one in page count calculation",
              "Use Math.ceil.", d=-1, conf=0.7),
        ], wrap="object+summary", summary="11 issues: 3 blocker, 5 major, 3 minor"),
    ]),
}
