"""test3/py-billing: a subscription-billing CLI with a payment webhook receiver (Python). FROZEN test split."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch splits4) that had not seen the merger code, its results, "
    "its tuning answers or any other split's answers. Third frozen test split: seeded problems in a small "
    "Python billing CLI; five agents' answers by hand. Scored once, never tuned on."
)

CLI = "billing/cli.py"
DB = "billing/db.py"
INV = "billing/invoices.py"
PAY = "billing/payments.py"
HOOK = "billing/webhook.py"

PROBLEMS = {
    "YAML-UNSAFE": P(CLI, "return yaml.load(f, Loader=yaml.Loader)", "security", "config parsed with yaml.Loader: a config file can construct arbitrary Python objects", "signature-vs-statement"),
    "FUTURES-IGNORED": P(CLI, "pool.submit(payments.charge_customer, customer, period)", "bug", "futures never collected: an exception in charge_customer is silently lost and the run reports success"),
    "PATH-FROM-NAME": P(CLI, "out = os.path.join(config[\"export_dir\"]", "security", "export file name built from the customer-chosen name: ../ or / escapes export_dir"),
    "SHELL-INJECTION": P(CLI, "subprocess.run(f\"wkhtmltopdf {out}", "security", "path containing the customer name interpolated into a shell=True command", "source-vs-sink"),
    "SQLI-PLAN": P(DB, "AND plan = '{plan}'\"", "security", "plan argument formatted into the customers query"),
    "SQLI-STATUS": P(DB, "sql += \" AND status = '\" + status", "security", "status argument concatenated into the invoices query"),
    "PERIOD-DAYS": P(INV, "return (self.end - self.start).days", "bug", "end is inclusive, so days() is one short (30 for a 31-day month)", "off-by-one"),
    "PRORATE-OFF-BY-ONE": P(INV, "used = (period.end - date.fromisoformat(active_from)).days", "bug", "inclusive end: the day the customer became active is not counted", "off-by-one"),
    "PRORATE-UNCLAMPED": P(INV, "used = (period.end - date.fromisoformat(active_from)).days", "bug", "active_from before the period is not clamped to period.start: long-standing customers are charged for every day since they joined"),
    "TAX-TRUNCATE": P(INV, "return int(net_cents + tax)", "bug", "tax computed in float and truncated with int() instead of rounded: up to a cent short on every invoice", "signature-vs-statement"),
    "NUMBER-RACE": P(INV, "_last_number += 1", "bug", "invoice counter incremented from pool threads without a lock: duplicate invoice numbers", "critical-section"),
    "NUMBER-RESET": P(INV, "return f\"INV-{date.today():%Y%m}-{_last_number:05d}\"", "bug", "counter starts at 0 in every process and the prefix is today's month, not the period's: a re-run reissues existing invoice numbers"),
    "RETRY-DOUBLE-CHARGE": P(PAY, "        resp = requests.post(f\"{GATEWAY}/charges\"", "bug", "charge retried on 5xx without an idempotency key: a charge that went through is taken twice"),
    "LOG-GATEWAY-BODY": P(PAY, "log.info(\"charge %s for %s: %s\"", "security", "full gateway response (card details) and customer e-mail written to the log"),
    "DECLINE-IGNORED": P(PAY, "db.record_invoice(customer[\"id\"], number, period, amount, \"paid\")", "bug", "invoice recorded as paid whatever the gateway answered (declines, 4xx, a second 5xx)"),
    "STATS-RACE": P(PAY, "stats[\"charged\"] += 1", "bug", "shared stats dict updated from pool threads without a lock: lost counts", "critical-section"),
    "BODY-UNBOUNDED": P(HOOK, "body = self.rfile.read(length)", "security", "Content-Length from the request decides how much is read into memory: no upper bound", "source-vs-sink"),
    "SIG-NOT-HMAC": P(HOOK, "if hashlib.sha256(SECRET + body).hexdigest() != signature:", "security", "signature is sha256(secret + body), not an HMAC: length extension lets a caller forge it"),
    "SIG-TIMING": P(HOOK, "if hashlib.sha256(SECRET + body).hexdigest() != signature:", "security", "signature compared with != instead of hmac.compare_digest (timing)"),
}

CONFUSABLE = [
    ("PATH-FROM-NAME", "SHELL-INJECTION"),
    ("PRORATE-OFF-BY-ONE", "PRORATE-UNCLAMPED"),
    ("RETRY-DOUBLE-CHARGE", "LOG-GATEWAY-BODY"),
    ("LOG-GATEWAY-BODY", "DECLINE-IGNORED"),
    ("RETRY-DOUBLE-CHARGE", "DECLINE-IGNORED"),
    ("DECLINE-IGNORED", "STATS-RACE"),
    ("SIG-NOT-HMAC", "SIG-TIMING"),
    ("BODY-UNBOUNDED", "SIG-NOT-HMAC"),
    ("BODY-UNBOUNDED", "SIG-TIMING"),
    ("NUMBER-RACE", "NUMBER-RESET"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `billctl` end to end: the CLI, the SQLite layer, invoicing maths, the payment client and the
        webhook receiver.

        **Overall.** The money path has several correctness bugs that would show up on the first real run:
        proration counts every day since the customer joined (not since the period started), the period
        length is one day short, tax is truncated, and every charge is recorded as `paid` no matter what the
        gateway said. The retry on 5xx can charge a card twice. The worker pool shares unsynchronised state.

        Security-wise the webhook signature is not an HMAC, `load_config` uses the unsafe YAML loader, and
        the PDF export runs a shell command built from the customer's name.

        Top priorities:
        1. Declined charges recorded as paid (`payments.py:27`).
        2. Double charge on retry (`payments.py:25`).
        3. Proration overcharge (`invoices.py:27`).
        4. Webhook signature forgery (`webhook.py:17`).
        """,
        Block([
            F("DECLINE-IGNORED", "critical", "bug", "Every charge is recorded as paid, even when the gateway declines it",
              "Check `resp.ok` (and the charge status in the body) before recording; record declined charges as `failed` and retry or dun them.",
              symbol="charge_customer", conf=0.93),
            F("RETRY-DOUBLE-CHARGE", "high", "bug", "Retrying the charge on a 5xx can charge the customer twice",
              "A 5xx does not mean the charge failed. Send an `Idempotency-Key` header (e.g. the invoice number) on both attempts.",
              d=-1, n=2, symbol="charge_customer", conf=0.88),
            F("LOG-GATEWAY-BODY", "medium", "security", "Gateway response and customer e-mail are logged at INFO",
              "Log the charge id and status only; the response body contains card details.", symbol="charge_customer", conf=0.72),
            F("STATS-RACE", "low", "bug", "`stats` counters are updated from worker threads without a lock",
              "`+=` on a dict entry is not atomic; use a lock or aggregate the futures' results in `cmd_run`.",
              n=2, symbol="charge_customer", conf=0.7),
            F("PRORATE-UNCLAMPED", "high", "bug", "Proration charges for days before the billing period",
              "`active_from` is the sign-up date; clamp it with `max(active_from, period.start)`, otherwise a customer who joined "
              "last year is charged for ~400 days.", symbol="prorate", conf=0.9),
            F("PRORATE-OFF-BY-ONE", "medium", "bug", "Proration misses the activation day",
              "The period end is inclusive, so add 1: `(period.end - start).days + 1`.", symbol="prorate", conf=0.8),
            F("PERIOD-DAYS", "medium", "bug", "`Period.days()` is one day short",
              "`end` is inclusive, so the length is `(end - start).days + 1`; a full month is currently billed as 31/30 of the price.",
              symbol="Period.days", conf=0.85),
            F("TAX-TRUNCATE", "medium", "bug", "Tax is computed in floating point and truncated",
              "Use Decimal (or integer maths) and round half-up: `(net_cents * 119 + 50) // 100`.",
              d=-2, n=3, symbol="total_with_tax", conf=0.8),
            F("NUMBER-RACE", "medium", "bug", "Invoice numbers can be duplicated by concurrent workers",
              "`_last_number += 1` is a read-modify-write shared by the pool threads; take a lock or let the database assign numbers.",
              d=-1, n=2, symbol="next_invoice_number", conf=0.75),
            F("NUMBER-RESET", "high", "bug", "Invoice numbers restart at 1 on every run",
              "`_last_number` lives in the process and the prefix is today's month, so re-running `billctl run` (or running "
              "December's billing on 2 January) issues numbers that already exist. Take the next number from the invoices table.",
              symbol="next_invoice_number", conf=0.8),
            F("FUTURES-IGNORED", "medium", "bug", "Exceptions from `charge_customer` are silently dropped",
              "Keep the futures and call `.result()` on each (or use `pool.map`) so failures are reported and the exit code is non-zero.",
              symbol="cmd_run", conf=0.85),
            F("SHELL-INJECTION", "high", "security", "Shell injection in the PDF export",
              "The output path contains the customer's name; pass an argument list without `shell=True`.",
              symbol="cmd_export", conf=0.9),
            F("PATH-FROM-NAME", "medium", "security", "Export path is built from the customer name",
              "A name like `../../etc/cron.d/x` writes outside `export_dir`; use the customer id in the file name.",
              symbol="cmd_export", conf=0.75),
            F("YAML-UNSAFE", "medium", "security", "`yaml.load` with the full Loader",
              "Use `yaml.safe_load`; the full loader can instantiate arbitrary objects from the config file.",
              symbol="load_config", conf=0.85),
            F("SQLI-PLAN", "medium", "security", "SQL built with an f-string in `active_customers`",
              "Use a `?` placeholder for `plan`.", symbol="active_customers", conf=0.8),
            F("SQLI-STATUS", "medium", "security", "SQL built by concatenation in `invoices_for`",
              "Append `AND status = ?` and pass `status` as a parameter.", symbol="invoices_for", conf=0.8),
            F("SIG-NOT-HMAC", "high", "security", "Webhook signature is a plain SHA-256 of secret + body",
              "Use `hmac.new(SECRET, body, 'sha256')`; `sha256(secret + message)` is open to length extension.",
              symbol="WebhookHandler.do_POST", conf=0.85),
            F("SIG-TIMING", "low", "security", "Webhook signature compared with `!=`",
              "Use `hmac.compare_digest`.", symbol="WebhookHandler.do_POST", conf=0.7),
            F("BODY-UNBOUNDED", "medium", "security", "Webhook reads as many bytes as the client announces",
              "Reject Content-Length above a small limit (webhooks are a few KB) before reading.",
              symbol="WebhookHandler.do_POST", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "billctl review — 11 findings.",
        Block([
            F("DECLINE-IGNORED", "critical", "bug", "Charges recorded as paid regardless of response status",
              "Gate record_invoice on a successful charge."),
            F("RETRY-DOUBLE-CHARGE", "high", "bug", "Non-idempotent retry of POST /charges",
              "Idempotency-Key = invoice number."),
            F("PRORATE-UNCLAMPED", "high", "bug", "prorate uses active_from even when it precedes period.start",
              "Clamp to the period."),
            F("PERIOD-DAYS", "medium", "bug", "Period.days off by one (end inclusive)",
              "+1.", d=-1, symbol="Period.days"),
            F("NUMBER-RACE", "medium", "bug", "next_invoice_number not thread-safe",
              "threading.Lock.", d=+1),
            F("STATS-RACE", "low", "bug", "stats updates race across workers",
              "Lock or collect results.", d=+1),
            F("SHELL-INJECTION", "high", "security", "Command injection via customer name in export",
              "subprocess.run([...]) without shell.", d=-3),
            F("YAML-UNSAFE", "medium", "security", "Unsafe YAML load",
              "yaml.safe_load."),
            F("SQLI-STATUS", "medium", "security", "status concatenated into SQL",
              "Bind it."),
            F("BODY-UNBOUNDED", "medium", "security", "Unbounded read driven by Content-Length header",
              "Cap the length.", d=-1),
            F("SIG-TIMING", "low", "security", "Non-constant-time signature comparison",
              "hmac.compare_digest."),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `billctl` project. Here's a detailed review covering correctness, security and
        reliability.

        **Billing logic.** Several calculations in `invoices.py` are wrong at the boundaries. Proration in
        particular does not respect the billing period, and the tax computation relies on floating point.

        **Payment handling.** `charge_customer` does not distinguish success from failure and retries in a way
        that is not safe for payments.

        **Concurrency.** `cmd_run` executes `charge_customer` on a thread pool, but several module-level variables
        are mutated from those threads.

        **Webhooks.** The signature scheme is weak.

        Findings:
        """,
        Block([
            F("PRORATE-OFF-BY-ONE", "High", "Logic Error", "Off-by-one Error in Proration",
              "Add one day to make the range inclusive.",
              desc="Because `period.end` is inclusive, the subtraction excludes the activation day itself."),
            F("PRORATE-UNCLAMPED", "Critical", "Logic Error", "Proration Not Bounded by Billing Period",
              "Use max(active_from, period.start) as the start.", d=-2, sd=0,
              desc="Customers who signed up before the period are billed for every day since sign-up."),
            F("PERIOD-DAYS", "Medium", "Logic Error", "Incorrect Number of Days in Period",
              "Return (self.end - self.start).days + 1.", d=-1, n=2),
            F("TAX-TRUNCATE", "Medium", "Correctness", "Floating-Point Arithmetic for Currency",
              "Use the decimal module and explicit rounding.", d=-1, n=2,
              desc="Multiplying cents by a float TAX_RATE and truncating with int() loses cents."),
            F("NUMBER-RACE", "High", "Race Condition", "Race Condition in Invoice Number Generation",
              "Protect the counter with a threading.Lock.", d=-2, n=3),
            U({"severity": "Info", "category": "Maintainability", "description": "The project has no tests for the billing calculations; consider adding property-based tests."}),
            F("RETRY-DOUBLE-CHARGE", "Critical", "Reliability", "Unsafe Retry May Cause Duplicate Charges",
              "Use idempotency keys supported by the payment gateway.", d=-1, n=2),
            F("DECLINE-IGNORED", "Critical", "Error Handling", "Payment Failures Not Handled",
              "Check the response status code and body before recording the invoice.", d=-3, n=1,
              desc="After the optional retry, the response is never checked: 4xx declines and a second 5xx are recorded as paid."),
            F("STATS-RACE", "Low", "Race Condition", "Race Condition in Stats Counters",
              "Use a lock.", n=2),
            F("SIG-NOT-HMAC", "High", "Cryptography", "Insecure Webhook Signature Construction",
              "Use HMAC-SHA256.", d=-1, sd=0,
              desc="Prefix-keyed SHA-256 is vulnerable to length-extension attacks."),
            F("SQLI-PLAN", "High", "Security Vulnerability", "SQL Injection in active_customers",
              "Use parameterized queries.", d=+1, sd=0),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "billctl: main problems below.",
        Block([
            F("PRORATE-UNCLAMPED", "high", "bug", "prorate overcharges old customers", "clamp active_from to period.start"),
            F("DECLINE-IGNORED", "high", "", "declined charges still recorded as paid", "check resp.ok"),
            F("SHELL-INJECTION", "high", "security", "shell=True with customer name in path", "use arg list"),
            F("YAML-UNSAFE", "medium", "security", "yaml.load is unsafe", "safe_load", d=-2, symbol="load_config"),
            F("FUTURES-IGNORED", "medium", "bug", "thread pool errors are swallowed", "check future.result()"),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. **Billing maths** — proration and period length are wrong; tax truncated.
        2. **Payments** — the charge result is never checked; unsafe retry; sensitive data logged.
        3. **Concurrency** — invoice numbers and stats are shared across pool threads.
        4. **Security** — SQL injection in `db.py`, unsafe YAML, path built from customer name, weak webhook signature.
        """,
        Block([
            F("PRORATE-OFF-BY-ONE", "major", "correctness", "Proration excludes the first active day",
              "Count both ends of the range.", d=-2, symbol="prorate", conf=0.7),
            F("PERIOD-DAYS", "major", "correctness", "Period.days() returns one day less than the period length",
              "Add one.", conf=0.75),
            F("TAX-TRUNCATE", "minor", "correctness", "Tax rounding truncates cents",
              "Round instead of int().", conf=0.6),
            F("NUMBER-RACE", "major", "concurrency", "Duplicate invoice numbers under concurrency",
              "Use a lock or DB sequence.", conf=0.8),
            F("NUMBER-RESET", "major", "data-integrity", "Invoice numbering restarts with each process",
              "Persist the sequence in the database.", d=-1, conf=0.65),
            F("LOG-GATEWAY-BODY", "major", "security", "Sensitive payment data written to logs",
              "Log only ids and status.", conf=0.7),
            F("DECLINE-IGNORED", "blocker", "data-integrity", "Failed payments marked as paid",
              "Record the real outcome.", conf=0.9),
            F("STATS-RACE", "minor", "concurrency", "Unsynchronized counter updates",
              "Lock.", d=-1, sd=0, conf=0.6),
            F("SQLI-PLAN", "major", "security", "SQL injection through plan",
              "Parameterise.", conf=0.8),
            F("SQLI-STATUS", "major", "security", "SQL injection through status filter",
              "Parameterise.", conf=0.8),
            F("YAML-UNSAFE", "major", "security", "Unsafe YAML deserialization",
              "safe_load.", conf=0.85),
            F("PATH-FROM-NAME", "minor", "security", "Export path derived from customer name",
              "Sanitize or use ids.", conf=0.6),
            F("SIG-NOT-HMAC", "major", "security", "Webhook signature not HMAC-based",
              "hmac.new.", conf=0.75),
        ], wrap="object+summary", summary="13 issues: 1 blocker, 9 major, 3 minor"),
    ]),
}
