"""tune3/rb-invoices: an invoicing web app on Sinatra and Puma threads (Ruby). For tuning; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "ruby"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the frozen test "
    "split. Third tuning split: seeded problems in a small Ruby invoicing app; five agents' answers by hand."
)

PROBLEMS = {
    "SQLI-STATUS": P("app.rb", "AND status = '#{status}'", "security", "status query value interpolated into the SQL string", "source-vs-sink"),
    "AUTH-MISSING": P("app.rb", "WHERE customer_id = #{current_user.id}", "security", "no login check: anonymous requests hit current_user.id on nil (500), routes are not protected"),
    "INVOICE-IDOR": P("app.rb", "invoice = DB.find_invoice(params[:id])", "security", "any user downloads any invoice PDF: customer_id not checked"),
    "OPEN-URL": P("app.rb", "data = open(url).read", "security", "Kernel#open on a user-supplied value: `|cmd` runs a command, paths read local files (and SSRF)", "source-vs-sink"),
    "LOGO-UNVALIDATED": P("app.rb", 'File.binwrite(File.join(LOGO_DIR, "#{current_user.id}.png"), data)', "security", "downloaded logo stored without checking type or size"),
    "HARDCODED-SECRET": P("app.rb", 'ENV.fetch("SESSION_SECRET", "dev-secret-', "security", "session secret falls back to a constant in the source: forged sessions"),
    "YAML-UNSAFE": P("app.rb", "event = YAML.unsafe_load(payload)", "security", "webhook body deserialised with YAML.unsafe_load (arbitrary objects)"),
    "PAID-AMOUNT-UNCHECKED": P("app.rb", 'DB.mark_paid(event["invoice_id"], event["amount_cents"])', "bug", "invoice marked paid whatever amount arrived (partial payment closes it)"),
    "NUMBER-RACE": P("lib/numbering.rb", "seq = current + 1", "bug", "max+1 then insert is not atomic: concurrent requests get the same invoice number", "critical-section"),
    "PDF-CACHE-RACE": P("lib/pdf_cache.rb", "path = Renderer.render_pdf(invoice)", "performance", "check-then-render on a shared Hash without a mutex: the same PDF is rendered several times at once", "critical-section"),
    "CACHE-UNBOUNDED": P("lib/pdf_cache.rb", "CACHE[key] = path", "performance", "cache keyed by invoice version never evicts old versions: grows forever"),
    "PREDICTABLE-PDF-PATH": P("lib/renderer.rb", 'out = File.join(Dir.tmpdir, "invoice-', "security", "predictable file name in the shared temp dir (pre-created file or symlink)"),
    "PRORATE-OFF-BY-ONE": P("lib/billing.rb", "days_in_period = (period_start...period_end).count", "bug", "exclusive ranges for inclusive dates: both day counts one short", "off-by-one"),
    "PRORATE-DIV-ZERO": P("lib/billing.rb", "(monthly_cents * days_left / days_in_period.to_f).round", "bug", "empty period gives 0 days: NaN.round raises FloatDomainError"),
    "OVERDUE-OFF-BY-ONE": P("lib/billing.rb", "late.sort_by(&:due_on)[0..limit]", "bug", "inclusive range returns limit + 1 invoices", "off-by-one"),
    "WEBHOOK-TIMING": P("lib/billing.rb", "expected == signature", "security", "HMAC compared with == (not constant time)", "signature-vs-statement"),
    "RESET-PREDICTABLE": P("lib/accounts.rb", 'token = Digest::SHA1.hexdigest("#{user.email}:#{issued_at}")', "security", "reset token derived from email and timestamp: guessable", "signature-vs-statement"),
    "RESET-NO-EXPIRY": P("lib/accounts.rb", "DB.save_reset_token(user.id, token)", "security", "reset tokens stored without expiry (and older ones stay valid)"),
}

CONFUSABLE = [
    ("SQLI-STATUS", "AUTH-MISSING"),
    ("OPEN-URL", "LOGO-UNVALIDATED"),
    ("YAML-UNSAFE", "PAID-AMOUNT-UNCHECKED"),
    ("PDF-CACHE-RACE", "CACHE-UNBOUNDED"),
    ("PRORATE-OFF-BY-ONE", "PRORATE-DIV-ZERO"),
    ("RESET-PREDICTABLE", "RESET-NO-EXPIRY"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I went through `app.rb` and everything under `lib/`. This app runs under Puma with several threads, which
        matters for two of the findings (invoice numbering and the PDF cache).

        Key points:
        - **Injection**: `GET /invoices` interpolates `params[:status]` into SQL; `POST /settings/logo` passes a
          user-supplied string to `Kernel#open`, which executes `|command` values.
        - **Access control**: there is no login check at all, and the PDF route does not check ownership.
        - **Webhook**: `YAML.unsafe_load` on the body, a non-constant-time signature check, and the paid amount is
          never compared with the invoice total.
        - **Billing maths**: proration counts days with exclusive ranges; `overdue` returns one invoice too many.
        - **Password reset**: tokens are derived from the email and a timestamp.
        """,
        Block([
            F("SQLI-STATUS", "critical", "security", "SQL injection through `params[:status]`",
              "Use `exec_params` with `$1`/`$2` placeholders.", symbol="GET /invoices", conf=0.96),
            F("AUTH-MISSING", "high", "security", "No authentication check: `current_user` is nil for anonymous requests",
              "Add a `before` filter that halts 401 unless a user is logged in.", d=-3, symbol="GET /invoices", conf=0.8),
            F("INVOICE-IDOR", "high", "security", "Invoice PDFs are served without an ownership check",
              "Halt 404 unless `invoice.customer_id == current_user.id`.", symbol="GET /invoices/:id/pdf", conf=0.9),
            F("OPEN-URL", "critical", "security", "`Kernel#open` on a user-supplied URL allows command execution",
              "Use `URI.parse(url)` + `Net::HTTP` (or `URI.open` after checking the scheme is https) and restrict hosts.",
              symbol="POST /settings/logo", conf=0.93),
            F("LOGO-UNVALIDATED", "medium", "security", "Uploaded logo content is not validated",
              "Check the content type and cap the size before writing the file.", symbol="POST /settings/logo", conf=0.6),
            F("HARDCODED-SECRET", "high", "security", "Session secret has a hard-coded fallback",
              "Use `ENV.fetch(\"SESSION_SECRET\")` without a default so a missing secret fails at boot.", conf=0.85),
            F("YAML-UNSAFE", "high", "security", "Webhook payload parsed with `YAML.unsafe_load`",
              "The provider sends JSON; use `JSON.parse`.", symbol="POST /webhooks/payment", conf=0.85),
            F("PAID-AMOUNT-UNCHECKED", "medium", "bug", "Payment amount is not compared with the invoice total",
              "Mark the invoice paid only when `amount_cents` covers the total; record partial payments otherwise.",
              symbol="POST /webhooks/payment", conf=0.7),
            F("NUMBER-RACE", "high", "bug", "Invoice number allocation is racy",
              "Two threads can read the same max and reserve the same number. Add a unique index on (year, seq) and "
              "allocate inside a transaction with `SELECT ... FOR UPDATE` or an advisory lock.",
              n=2, symbol="Numbering.next_for", conf=0.88),
            F("PDF-CACHE-RACE", "medium", "performance", "Concurrent requests render the same PDF several times",
              "Guard the check-and-render with a Mutex (or a per-key lock); a plain Hash is shared by all Puma threads.",
              d=-1, n=3, symbol="PdfCache.fetch", conf=0.75),
            F("PRORATE-OFF-BY-ONE", "high", "bug", "Proration uses exclusive ranges although the dates are inclusive",
              "Use `..` for both counts (or add 1); every prorated charge is currently computed on one day too few.",
              n=2, symbol="Billing.prorate", conf=0.9),
            F("PRORATE-DIV-ZERO", "low", "bug", "FloatDomainError when the period is empty",
              "Guard `days_in_period.zero?`.", symbol="Billing.prorate", conf=0.6),
            F("OVERDUE-OFF-BY-ONE", "low", "bug", "`overdue` returns limit + 1 invoices",
              "Use `first(limit)` or `[0...limit]`.", symbol="Billing.overdue", conf=0.9),
            F("WEBHOOK-TIMING", "medium", "security", "Webhook signature compared with `==`",
              "Use `Rack::Utils.secure_compare`.", symbol="Billing.verify_webhook", conf=0.8),
            F("RESET-PREDICTABLE", "high", "security", "Password reset token is predictable",
              "Use `SecureRandom.urlsafe_base64(32)` and store only its digest.", symbol="Accounts.issue_reset_token", conf=0.92),
            F("RESET-NO-EXPIRY", "medium", "security", "Reset tokens never expire",
              "Store an expiry (e.g. 30 minutes) and invalidate older tokens for the user.", symbol="Accounts.issue_reset_token", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed invoices app (app.rb, lib/). Findings:",
        Block([
            F("SQLI-STATUS", "critical", "security", "SQL injection via status param", "exec_params.", d=-2),
            F("OPEN-URL", "critical", "security", "open(params[:logo_url]) can spawn a process (`|cmd`)", "URI.open with scheme allow-list."),
            F("INVOICE-IDOR", "high", "security", "PDF endpoint lacks authorization", "Scope lookup to current_user."),
            F("YAML-UNSAFE", "high", "security", "YAML.unsafe_load on webhook body", "JSON.parse."),
            F("WEBHOOK-TIMING", "medium", "security", "Timing-unsafe signature comparison", "secure_compare."),
            F("RESET-PREDICTABLE", "high", "security", "issue_reset_token derives the token from email + time",
              "SecureRandom.", d=-2, symbol="issue_reset_token"),
            F("NUMBER-RACE", "high", "bug", "max+1 numbering not atomic; duplicates under Puma threads",
              "DB sequence or lock.", d=-1),
            F("CACHE-UNBOUNDED", "low", "performance", "PdfCache::CACHE never evicts old invoice versions", "LRU or drop on update."),
            F("PRORATE-OFF-BY-ONE", "medium", "bug", "days_left excludes period_end", "Inclusive range.", d=+1),
            F("PRORATE-DIV-ZERO", "low", "bug", "Division by zero when period_start == period_end", "Guard."),
            F("OVERDUE-OFF-BY-ONE", "low", "bug", "[0..limit] yields limit+1 items", "first(limit)."),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I've performed a comprehensive security and quality review of the Sinatra invoicing application.
        Overall, the code is compact and readable, but it contains a number of serious vulnerabilities that
        should be addressed before this goes to production.

        ### Key Concerns
        * **Injection:** SQL injection and Server-Side Request Forgery (SSRF).
        * **Broken Access Control:** Invoices can be accessed by other customers.
        * **Insecure Deserialization:** YAML is loaded unsafely from an external source.
        * **Cryptography:** Predictable tokens and timing-unsafe comparison.
        * **Concurrency:** Puma threads share unsynchronized state.
        """,
        Block([
            F("SQLI-STATUS", "critical", "Security", "SQL Injection in /invoices",
              "Use parameterized queries.", d=-1, n=2,
              desc="The `status` parameter is interpolated directly into the SQL statement."),
            F("INVOICE-IDOR", "high", "Broken Access Control", "Insecure Direct Object Reference on invoice PDF",
              "Verify the invoice belongs to the current user."),
            F("OPEN-URL", "critical", "Security", "Server-Side Request Forgery (SSRF) via logo_url",
              "Validate the URL against an allow-list and use URI.open only for http(s).", d=-1,
              desc="`open` is called with an arbitrary user-supplied URL; with Kernel#open this can also execute commands."),
            F("LOGO-UNVALIDATED", "medium", "Security", "Unrestricted file content for logo upload",
              "Validate that the downloaded file is a PNG and limit its size."),
            F("HARDCODED-SECRET", "high", "Security", "Hardcoded Session Secret",
              "Require SESSION_SECRET in production."),
            F("YAML-UNSAFE", "critical", "Insecure Deserialization", "Unsafe YAML deserialization in payment webhook",
              "Use JSON.parse or YAML.safe_load.", d=-1, sd=0),
            F("NUMBER-RACE", "high", "Concurrency", "Race condition in invoice numbering",
              "Use a database sequence.", d=+1),
            F("PDF-CACHE-RACE", "medium", "Concurrency", "Thread-unsafe Hash used as a global cache",
              "Protect CACHE with a Mutex or use Concurrent::Map.", d=+1),
            F("PREDICTABLE-PDF-PATH", "low", "Security", "Predictable temporary file names",
              "Use Tempfile or Dir.mktmpdir."),
            F("PRORATE-OFF-BY-ONE", "medium", "Logic Error", "Off-by-one error in proration day count",
              "Use inclusive ranges (..)."),
            F("OVERDUE-OFF-BY-ONE", "low", "Logic Error", "overdue() returns one more invoice than the limit",
              "Use take(limit).", d=-2, symbol="Billing.overdue"),
            F("WEBHOOK-TIMING", "medium", "Cryptography", "Timing Attack on Webhook Signature Verification",
              "Use Rack::Utils.secure_compare.", d=-3, symbol="Billing.verify_webhook"),
            F("RESET-PREDICTABLE", "high", "Cryptography", "Predictable password reset tokens",
              "Use SecureRandom.hex(32).", d=-1, n=2),
            U({"severity": "low", "category": "Best Practice",
               "description": "Consider rate limiting /password/forgot (e.g. with Rack::Attack)."}),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found 7 issues.",
        Block([
            F("SQLI-STATUS", "critical", "security", "sql injection via status", "use exec_params"),
            F("OPEN-URL", "critical", "security", "kernel open on user input", "URI.open + scheme check"),
            F("HARDCODED-SECRET", "high", "security", "fallback session secret in source", "no default"),
            F("YAML-UNSAFE", "high", "security", "yaml unsafe_load on webhook", "JSON.parse"),
            F("PRORATE-OFF-BY-ONE", "medium", "", "exclusive range drops the last day", "use .."),
            F("WEBHOOK-TIMING", "medium", "security", "non constant time compare", "secure_compare"),
            F("OVERDUE-OFF-BY-ONE", "low", "", "overdue returns limit+1", "[0...limit]"),
        ], wrap="list", indent=2, fence="json"),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ### Code Review

        1. SQL injection in the invoice listing; missing authentication.
        2. Remote file / command access through the logo URL.
        3. Unsafe YAML and unchecked payment amounts in the webhook.
        4. Thread-safety problems in numbering and the PDF cache (Puma runs multiple threads).
        5. Billing calculation errors.
        6. Weak password-reset tokens and a hard-coded session secret.
        """,
        Block([
            F("SQLI-STATUS", "blocker", "security", "SQL injection in invoice listing",
              "Bind parameters.", conf=0.95),
            F("AUTH-MISSING", "major", "security", "NoMethodError when no user is logged in",
              "Require authentication before accessing current_user.", conf=0.6),
            F("INVOICE-IDOR", "major", "security", "Missing ownership check for invoice download",
              "Filter by customer_id.", conf=0.85),
            F("OPEN-URL", "blocker", "security", "Arbitrary command execution / SSRF via logo_url",
              "Do not pass user input to open().", d=-1, n=2, conf=0.9),
            F("HARDCODED-SECRET", "major", "security", "Hard-coded session secret fallback",
              "Fail fast when SESSION_SECRET is missing.", conf=0.8),
            F("YAML-UNSAFE", "major", "security", "Unsafe YAML load of webhook payload",
              "Use JSON.", conf=0.85),
            F("PAID-AMOUNT-UNCHECKED", "major", "data-integrity", "Payment amount not validated before marking invoice paid",
              "Compare amount_cents with the invoice total.", conf=0.65),
            F("NUMBER-RACE", "major", "data-integrity", "Duplicate invoice numbers possible",
              "Use a sequence or a unique constraint with retry.", conf=0.8),
            F("PDF-CACHE-RACE", "minor", "concurrency", "Race condition in PdfCache.fetch",
              "Use a Mutex.", conf=0.7),
            F("CACHE-UNBOUNDED", "minor", "resource-leak", "PDF cache grows without bound",
              "Evict stale versions.", conf=0.6),
            F("PRORATE-OFF-BY-ONE", "major", "correctness", "Proration undercounts remaining days",
              "Count days inclusively.", d=+1, conf=0.75),
            F("PRORATE-DIV-ZERO", "minor", "correctness", "Division by zero in prorate",
              "Validate the period.", conf=0.6),
            F("OVERDUE-OFF-BY-ONE", "minor", "correctness", "Off-by-one in overdue limit",
              "Use first(limit).", conf=0.8),
            F("WEBHOOK-TIMING", "major", "security", "Non-constant-time HMAC comparison",
              "Use OpenSSL.fixed_length_secure_compare.", d=-2, conf=0.75),
            F("RESET-PREDICTABLE", "blocker", "security", "Guessable password reset token",
              "Use SecureRandom.", conf=0.9),
        ], wrap="object+summary", summary="15 issues found (3 blocker, 8 major, 4 minor)"),
    ]),
}
