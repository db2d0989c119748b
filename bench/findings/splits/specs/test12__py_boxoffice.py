"""test12/py-boxoffice: event ticketing and seat reservation (Python, Flask + SQLite). Frozen test split."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test12, issue 15) that had not seen the merger code, its "
    "scores or any other split's answers. Frozen test split: a box-office API with in-memory seat holds, "
    "pricing and ticket rendering; seeded problems; five agents' answers written by hand."
)

PROBLEMS = {
    "AUTH-COOKIE": P("boxoffice/app.py", 'cid = request.cookies.get("customer_id")', "security", "customer identity taken from an unsigned, client-set cookie"),
    "SQLI-CITY": P("boxoffice/app.py", "sql = f\"SELECT id, title, starts_at FROM events", "security", "SQL injection: `city` query value formatted into the SQL string", "source-vs-sink"),
    "SQLI-SORT": P("boxoffice/app.py", "sql = f\"SELECT id, title, starts_at FROM events", "security", "SQL injection: `sort` query value used as the ORDER BY clause"),
    "PAGE-OFFSET": P("boxoffice/app.py", "offset = page * size", "bug", "1-based page multiplied directly: the first page of seats is never returned", "off-by-one"),
    "NEG-SIZE": P("boxoffice/app.py", 'size = min(int(request.args.get("size", 50)), 200)', "bug", "negative `size` passes the min() cap and LIMIT -1 returns every seat"),
    "CMD-HOLDER": P("boxoffice/app.py", "subprocess.run(f\"wkhtmltopdf --title '{holder}'", "security", "ticket holder name from the request interpolated into a shell command", "signature-vs-statement"),
    "RENDER-UNCHECKED": P("boxoffice/app.py", "subprocess.run(f\"wkhtmltopdf --title '{holder}'", "bug", "check=False: a failed PDF render is ignored and the order still succeeds"),
    "HOLD-OWNER": P("boxoffice/app.py", "hold = seats.HOLDS.get(hold_id)", "security", "checkout never checks that the hold belongs to the calling customer"),
    "HOLD-EXPIRED": P("boxoffice/app.py", "if hold is None:", "bug", "an expired hold (still in HOLDS until the sweeper runs) can be checked out"),
    "CHARGE-UNCHECKED": P("boxoffice/app.py", "charge = requests.post(PSP_URL", "bug", "PSP response status never checked: a declined card still produces an order"),
    "PSP-TIMEOUT": P("boxoffice/app.py", "charge = requests.post(PSP_URL", "bug", "PSP call without a timeout: a slow PSP hangs request threads"),
    "ORDER-ID-WEAK": P("boxoffice/app.py", "order_id = hashlib.md5(", "security", "extra, one agent: order ids are 8 hex chars of md5(customer:time), guessable and collision-prone"),
    "TICKET-TRAVERSAL": P("boxoffice/app.py", "path = os.path.join(TICKET_DIR", "security", "path traversal: `order` query value joined into the file path", "source-vs-sink"),
    "TICKET-IDOR": P("boxoffice/app.py", "return send_file(path, as_attachment=True)", "security", "ticket download needs no login and no ownership check"),
    "MAX-SEATS-OFF": P("boxoffice/seats.py", "len(wanted) >= MAX_PER_ORDER", "bug", "`>=` rejects exactly eight seats although eight are allowed", "off-by-one"),
    "HOLD-RACE": P("boxoffice/seats.py", "if not is_available(conn, event_id, label):", "concurrency", "availability check and hold insert are not atomic (no lock): the same seat can be held twice", "critical-section"),
    "EXPIRE-MUTATE": P("boxoffice/seats.py", "del HOLDS[hold_id]", "bug", "extra, one agent: deleting from HOLDS while iterating over it raises RuntimeError and kills the sweeper"),
    "SOLD-COUNTER-RACE": P("boxoffice/seats.py", "sold_count += 1", "concurrency", "global sold_count incremented from request threads without the lock", "critical-section"),
    "DOUBLE-SELL": P("boxoffice/seats.py", "conn.execute(\"UPDATE seats SET status = 'sold'", "concurrency", "UPDATE does not require status = 'free' nor check rowcount: a seat can be sold twice"),
    "PRICE-OVERRIDE": P("boxoffice/pricing.py", "return float(override)", "security", "client-supplied price_override replaces the computed price", "signature-vs-statement"),
    "PROMO-UNLIMITED": P("boxoffice/pricing.py", "subtotal -= subtotal * PROMOS.get(", "security", "static promo codes with no eligibility check or usage limit: anyone can apply PRESS/STUDENT"),
    "EARLY-BIRD-OFF": P("boxoffice/pricing.py", "return days_before > EARLY_BIRD_DAYS", "bug", "`>` excludes bookings exactly 30 days ahead, which the docstring includes", "off-by-one"),
    "INSTALMENT-ZERO": P("boxoffice/pricing.py", "part = round(total / count, 2)", "bug", "count=0 raises ZeroDivisionError"),
    "INSTALMENT-CENTS": P("boxoffice/pricing.py", "return [part] * count", "bug", "rounded equal parts do not add up to the total (cents lost or gained)"),
}

CONFUSABLE = [
    ("SQLI-CITY", "SQLI-SORT"),
    ("PAGE-OFFSET", "NEG-SIZE"),
    ("CMD-HOLDER", "RENDER-UNCHECKED"),
    ("HOLD-OWNER", "HOLD-EXPIRED"),
    ("CHARGE-UNCHECKED", "PSP-TIMEOUT"),
    ("TICKET-TRAVERSAL", "TICKET-IDOR"),
    ("MAX-SEATS-OFF", "HOLD-RACE"),
    ("SOLD-COUNTER-RACE", "DOUBLE-SELL"),
    ("INSTALMENT-ZERO", "INSTALMENT-CENTS"),
    ("PRICE-OVERRIDE", "PROMO-UNLIMITED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review summary

        The box-office service has several request-to-sink injection paths (SQL in the event search, a shell
        in the PDF renderer, the filesystem in ticket download) and trusts the client far too much: the
        customer id is a plain cookie and checkout accepts a price from the body. Seat holds are kept in a
        module-level dict that request threads mutate without the lock the sweeper uses.

        **Top priorities**
        1. Parameterise the event search and whitelist the sort column.
        2. Stop passing the holder name through `shell=True`.
        3. Sign or replace the `customer_id` cookie; check hold ownership at checkout.
        4. Make hold/confirm atomic (one lock, or a conditional UPDATE in SQLite).
        """,
        Block([
            F("SQLI-CITY", "critical", "security", "SQL injection through the `city` filter",
              "Use a `?` placeholder for city.", symbol="search_events", conf=0.95),
            F("SQLI-SORT", "high", "security", "ORDER BY built from the unvalidated `sort` parameter",
              "Map `sort` to a fixed set of column names.", symbol="search_events", conf=0.85),
            F("CMD-HOLDER", "critical", "security", "Holder name reaches a shell (`shell=True`) when rendering tickets",
              "Call wkhtmltopdf with an argument list and no shell; pass the title as its own argv item.",
              symbol="render_ticket", conf=0.9),
            F("TICKET-TRAVERSAL", "high", "security", "`order` parameter lets a caller read any PDF on disk via `../`",
              "Validate the order id format and resolve the path under TICKET_DIR.", symbol="download_ticket", conf=0.85),
            F("TICKET-IDOR", "high", "security", "Anyone can download anyone's tickets",
              "Require a customer and check the order belongs to them before send_file.", symbol="download_ticket", conf=0.8),
            F("AUTH-COOKIE", "high", "security", "`customer_id` cookie is trusted as identity",
              "Use a signed session (Flask `session`) or a server-side token.", symbol="current_customer", conf=0.9),
            F("HOLD-OWNER", "high", "security", "Checkout accepts a hold created by another customer",
              "Compare `hold['customer']` with the current customer.", symbol="checkout", conf=0.8),
            F("PRICE-OVERRIDE", "critical", "security", "Client can set its own ticket price with `price_override`",
              "Drop the override parameter or restrict it to staff.", symbol="quote", conf=0.9),
            F("CHARGE-UNCHECKED", "high", "bug", "Order is created even when the card charge fails",
              "Check `charge.ok` and the PSP status before inserting the order.", symbol="checkout", conf=0.8),
            F("HOLD-RACE", "high", "concurrency", "Two customers can hold the same seat",
              "Take `_lock` around the availability loop and the insert into HOLDS.",
              d=-1, n=2, symbol="hold", conf=0.75),
            F("SOLD-COUNTER-RACE", "low", "concurrency", "`sold_count += 1` is not thread-safe",
              "Increment under `_lock` or derive the count from the database.", symbol="confirm", conf=0.6),
            F("PAGE-OFFSET", "medium", "bug", "Seat map paging skips the first page",
              "Use `(page - 1) * size` and reject page < 1.", symbol="list_seats", conf=0.85),
            F("MAX-SEATS-OFF", "low", "bug", "Customers cannot hold the advertised maximum of eight seats",
              "Use `len(wanted) > MAX_PER_ORDER`.", symbol="hold", conf=0.8),
            F("INSTALMENT-CENTS", "low", "bug", "Instalment plan does not sum to the order total",
              "Give the rounding remainder to the last instalment; work in integer cents.",
              d=-1, n=2, symbol="instalments", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed boxoffice/*.py; 12 findings, most severe first.",
        Block([
            F("SQLI-CITY", "critical", "security", "city query param flows unescaped into f-string SQL",
              "Bind city as a parameter.", d=-2),
            F("SQLI-SORT", "high", "security", "sort param controls ORDER BY",
              "Whitelist sortable columns.", d=-1),
            F("CMD-HOLDER", "critical", "security", "render_ticket builds a shell command from holder",
              "subprocess.run([...]) without shell=True.", d=-1),
            F("PRICE-OVERRIDE", "critical", "security", "quote() honours a caller-provided override price",
              "Remove the override argument from the public checkout path.", d=-2),
            F("TICKET-TRAVERSAL", "high", "security", "order from the query string becomes part of a filesystem path",
              "Reject anything but [0-9a-f]{8}.", d=-1),
            F("HOLD-RACE", "high", "bug", "hold() is check-then-insert without _lock; concurrent requests double-book",
              "Do the check and the HOLDS write under _lock.", d=+3),
            F("PAGE-OFFSET", "medium", "bug", "page defaults to 1 but offset is page*size, so results start at row 50",
              "offset = (page - 1) * size", d=-2),
            F("NEG-SIZE", "medium", "security", "size=-1 survives min(...,200) and becomes LIMIT -1 (no limit)",
              "Clamp size to 1..200."),
            F("PSP-TIMEOUT", "medium", "reliability", "requests.post to the PSP has no timeout",
              "Pass timeout=(3, 10)."),
            F("DOUBLE-SELL", "high", "bug", "confirm() marks seats sold unconditionally",
              "UPDATE ... AND status = 'free' and check rowcount."),
            F("EARLY-BIRD-OFF", "low", "bug", "early_bird(30) is False although 30 days qualifies",
              "Use >=."),
            F("INSTALMENT-ZERO", "low", "bug", "instalments(total, 0) divides by zero",
              "Validate count >= 1."),
        ], fence=None, indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the box-office application in `{REPO}`. It is a Flask service that searches
        events, lists seats, holds seats in memory, takes payment through an external PSP and renders PDF
        tickets with `wkhtmltopdf`. Below are my findings, split into security issues and other issues.

        ### Security

        The most serious problems are injection flaws. User-controlled values are interpolated into SQL and
        into a shell command line, and a file path is built from a query parameter.
        """,
        Block([
            F("SQLI-CITY", "Critical", "SQL Injection", "SQL Injection in search_events",
              "Use parameterized queries for all user input.",
              desc="The `city` parameter is inserted into the query with an f-string, allowing an attacker to alter the query."),
            F("CMD-HOLDER", "Critical", "Command Injection", "OS Command Injection in render_ticket",
              "Avoid `shell=True` and pass arguments as a list.", d=+1, sd=0,
              desc="The holder name supplied at checkout is wrapped in single quotes, which an attacker can close."),
            F("TICKET-TRAVERSAL", "High", "Path Traversal", "Path Traversal in download_ticket",
              "Normalize the path and make sure it stays inside TICKET_DIR."),
            F("PROMO-UNLIMITED", "Medium", "Business Logic", "Promo codes can be reused without limit",
              "Tie promo codes to eligible customers and track redemptions."),
            F("AUTH-COOKIE", "High", "Broken Authentication", "Unsigned customer_id cookie used for authentication",
              "Use signed sessions."),
            F("HOLD-EXPIRED", "Medium", "Business Logic", "Expired seat holds can still be checked out",
              "Reject holds whose `expires` timestamp is in the past.", d=-1, n=2,
              desc="Holds are only removed by the sweeper every 30 seconds, and checkout only checks that the key exists."),
            F("PRICE-OVERRIDE", "Critical", "Business Logic", "Price manipulation via price_override",
              "Never accept prices from the client.", d=-1, n=2),
        ], wrap="list"),
        """
        ### Other issues

        There are also concurrency and correctness problems in the seat handling and pricing modules.
        """,
        Block([
            F("HOLD-RACE", "High", "Race Condition", "Race condition when holding seats",
              "Protect the check and the insertion with the existing `_lock`."),
            F("SOLD-COUNTER-RACE", "Low", "Race Condition", "Global sold counter updated without the lock",
              "Use a lock or an atomic counter.", d=-1,
              desc="`confirm` runs in request threads and increments the module-level `sold_count` without `_lock`."),
            F("EXPIRE-MUTATE", "Medium", "Logic Error", "Dictionary modified during iteration in expire_holds",
              "Iterate over `list(HOLDS.items())`.",
              desc="Deleting from `HOLDS` inside the loop raises `RuntimeError: dictionary changed size during iteration`, which terminates the sweeper thread."),
            F("MAX-SEATS-OFF", "Low", "Logic Error", "Seat limit check is off by one",
              "Change `>=` to `>`.", d=+1, sd=0),
            U({"severity": "Info", "category": "Testing", "description": "There are no tests for the pricing rules."}),
            F("EARLY-BIRD-OFF", "Low", "Logic Error", "early_bird contradicts its docstring at the boundary",
              "Use `>=`.", d=-1, n=2),
            F("RENDER-UNCHECKED", "Medium", "Error Handling", "Ticket rendering failures are silently ignored",
              "Use `check=True` and handle the error."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-SORT", "high", "security", "sql injection via sort", "whitelist columns"),
            F("CMD-HOLDER", "critical", "security", "shell injection through holder name", "no shell=True"),
            F("PRICE-OVERRIDE", "critical", "security", "price_override lets buyer pick the price", "remove it"),
            F("TICKET-IDOR", "high", "security", "tickets downloadable without auth", "check order owner"),
            F("PROMO-UNLIMITED", "medium", "security", "promo codes are static and unlimited", "one-time codes per customer"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("HOLD-RACE", "high", "", "seat hold not locked, double booking possible", "use _lock"),
            F("CHARGE-UNCHECKED", "high", "bug", "payment result ignored", "check response status"),
            F("INSTALMENT-ZERO", "low", "bug", "zero instalments crashes", "guard count"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        1. SQL injection in event search.
        2. Path traversal in ticket download.
        3. Expired holds accepted at checkout; payment call without timeout.
        4. Seat confirmation can sell a seat twice and updates a shared counter without locking.
        5. Paging parameters not validated.
        6. Pricing boundary and rounding issues.
        """,
        Block([
            F("SQLI-CITY", "blocker", "security", "SQL injection in search_events (city)",
              "Use parameter binding.", conf=0.9),
            F("TICKET-TRAVERSAL", "major", "security", "Path traversal in ticket download via order",
              "Validate `order` against the order id format.", d=+1, conf=0.8,
              desc="`order` is joined into the path without normalisation, so `../` escapes TICKET_DIR."),
            F("AUTH-COOKIE", "major", "security", "Client-controlled customer_id cookie",
              "Issue signed session tokens.", conf=0.8),
            F("HOLD-EXPIRED", "major", "correctness", "Checkout does not verify the hold has not expired",
              "Check `hold['expires'] > time.time()`.", conf=0.75),
            F("PSP-TIMEOUT", "minor", "reliability", "Payment request can block forever",
              "Set a timeout on requests.post.", conf=0.7),
            F("ORDER-ID-WEAK", "minor", "security", "Order ids are short and predictable",
              "Use `secrets.token_urlsafe`.", conf=0.6,
              desc="Eight hex digits of md5 over customer id and timestamp can be guessed and can collide."),
            F("DOUBLE-SELL", "major", "data-integrity", "Seat can be marked sold twice",
              "Add `AND status = 'free'` and verify the row count.", conf=0.75),
            F("SOLD-COUNTER-RACE", "minor", "concurrency", "Unsynchronised update of sold_count",
              "Guard with _lock.", conf=0.7),
            F("HOLD-RACE", "major", "concurrency", "Concurrent holds for the same seat are not prevented",
              "Hold _lock for the whole check-and-reserve.", d=-1, n=2, conf=0.7),
            F("NEG-SIZE", "minor", "correctness", "Negative `size` removes the LIMIT on the seat query",
              "Validate size > 0.", d=+1, conf=0.6),
            F("EARLY-BIRD-OFF", "minor", "correctness", "Early-bird boundary excludes day 30",
              "Use >=.", conf=0.7),
            F("INSTALMENT-CENTS", "minor", "correctness", "Instalments rounding drift",
              "Distribute the remainder across instalments.", conf=0.6),
        ], wrap="object+summary", summary="12 issues: 1 blocker, 5 major, 6 minor"),
    ]),
}
