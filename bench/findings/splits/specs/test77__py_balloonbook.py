"""test77/py-balloonbook: a hot-air balloon operator's booking desk (Python, Flask + SQLite). Frozen test split.

Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any
other split's answers or specs (only splits/README.md's general and test37 sections, the builder and
specs/tune2__py_snapctl.py, for the format). Labels next to each finding.
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-05 by a helper session that had not seen the merger code, its results, its tuning data or any "
    "other split's answers. Frozen test split test77 (round 40): seeded problems in a hot-air balloon operator's "
    "flight bookings (flights, passenger weights, launch windows, wind limits); five agents' answers written by hand."
)

A = "app.py"
PROBLEMS = {
    "PILOT-KEY-FAILS-OPEN": P(A, 'if PILOT_KEY and request.headers.get("X-Pilot-Key") != PILOT_KEY:', "security",
                              "pilot_only lets every request through when PILOT_KEY is unset (fails open)"),
    "PILOT-KEY-TIMING": P(A, 'if PILOT_KEY and request.headers.get("X-Pilot-Key") != PILOT_KEY:', "security",
                          "pilot key compared with != instead of a constant-time compare"),
    "FLIGHTS-SORT-SQLI": P(A, "ORDER BY {order}", "security",
                           "sort query value formatted into ORDER BY: SQL injection", "source-vs-sink"),
    "WX-NO-TIMEOUT": P(A, "resp = requests.get(WEATHER_URL", "bug",
                       "forecast request has no timeout: a stalled weather API hangs the go/no-go request"),
    "WX-STATUS-UNCHECKED": P(A, "data = resp.json()", "bug",
                             "forecast HTTP status never checked: an error body is used (and cached) as the forecast"),
    "WX-CACHE-NEVER-EXPIRES": P(A, "_forecast_cache[site] = data", "bug",
                                "forecast cached per site forever: the launch decision uses a stale wind forecast"),
    "WINDOW-SLICE-SHORT": P(A, "first : first + LAUNCH_WINDOW_HOURS - 1]", "bug",
                            "launch window slice stops one hour early: the last hour of the window is never checked",
                            "off-by-one"),
    "WINDOW-EMPTY-GO": P(A, "for hour in window:", "bug",
                         "an empty or short forecast window (late launch hour, truncated forecast) falls through to 'go'"),
    "WEIGHT-UNVALIDATED": P(A, 'weight = body.get("weight_kg")', "bug",
                            "passenger weight not validated: missing gives a 500, negative or zero weights defeat the payload check"),
    "SEATS-OFF-BY-ONE": P(A, 'if booked[0] > flight["seats"]:', "bug",
                          "seat check uses > on the count before insert: one passenger more than the seats is booked",
                          "off-by-one"),
    "BOOK-PAYLOAD-RACE": P(A, "if booked[1] + weight > MAX_BASKET_KG:", "bug",
                           "seat and payload checks then insert without a transaction: concurrent bookings overload the basket",
                           "critical-section"),
    "STATS-UNLOCKED": P(A, '_stats["bookings"] += 1', "bug",
                        "booking counter incremented without _stats_lock (cancel uses the lock)"),
    "PASS-IDOR": P(A, ".fetchone() or abort(404)", "security",
                   "boarding pass (name, email) served for any booking id without a token: enumerable"),
    "PASS-XSS": P(A, "<p>{row['email']}</p>", "security",
                  "email interpolated into the boarding-pass HTML unescaped (name and site are escaped)"),
    "CANCEL-NO-OWNER": P(A, '"SELECT f.launch_at, f.price FROM bookings b JOIN flights f', "security",
                         "anyone can cancel any booking by id: no owner or booking-reference check",
                         "signature-vs-statement"),
    "REFUND-NEGATIVE": P(A, 'refund = row["price"] if days >= 14', "bug",
                         "cancelling after the launch gives a negative days count and a negative refund"),
    "REFUND-CURRENT-PRICE": P(A, 'refund = row["price"] if days >= 14', "bug",
                              "refund computed from the flight's current price, not what the passenger paid"),
    "VOUCHER-SQLI": P(A, "WHERE code = '{code}'", "security",
                      "voucher code formatted into the SQL: injection", "source-vs-sink"),
    "VOUCHER-LOST-UPDATE": P(A, 'if voucher is None or voucher["uses_left"] <= 0:', "bug",
                             "uses_left read then written back without a transaction: one voucher redeemed twice",
                             "critical-section"),
    "PAGE-OFFSET": P(A, "(size, page * size)", "bug",
                     "pages count from 1 but OFFSET is page * size: the first page is never shown", "off-by-one"),
    "PAGE-SIZE-UNBOUNDED": P(A, "(size, page * size)", "performance",
                             "size query value passed to LIMIT with no upper bound (or negative: all rows)",
                             "source-vs-sink"),
    "EXPORT-NO-AUTH": P(A, '"SELECT name, email, weight_kg FROM bookings ORDER BY flight_id"', "security",
                        "passenger export (names, emails, weights) has no office_only: public",
                        "signature-vs-statement"),
    "MANIFEST-NOT-CLOSED": P(A, 'out = open(os.path.join(MANIFEST_DIR, f"flight-{flight_id}.csv")', "bug",
                             "manifest file never closed: rows may be unflushed when the pilot downloads it"),
    "MANIFEST-TRAVERSAL": P(A, "path = os.path.join(MANIFEST_DIR, name)", "security",
                            "<path:name> joined to the manifest dir: ../ reads any file", "signature-vs-statement"),
    "BRIEF-SHELL": P(A, 'metar-fetch --station {station}', "security",
                     "station query value run through a shell: command injection", "source-vs-sink"),
    "BRIEF-NO-TIMEOUT": P(A, 'metar-fetch --station {station}', "bug",
                          "subprocess.run has no timeout: a hung metar-fetch blocks the worker"),
}

CONFUSABLE = [
    ("PILOT-KEY-FAILS-OPEN", "PILOT-KEY-TIMING"),
    ("WX-NO-TIMEOUT", "WX-STATUS-UNCHECKED"),
    ("WX-STATUS-UNCHECKED", "WX-CACHE-NEVER-EXPIRES"),
    ("WX-NO-TIMEOUT", "WX-CACHE-NEVER-EXPIRES"),
    ("WINDOW-SLICE-SHORT", "WINDOW-EMPTY-GO"),
    ("SEATS-OFF-BY-ONE", "BOOK-PAYLOAD-RACE"),
    ("PASS-IDOR", "PASS-XSS"),
    ("REFUND-NEGATIVE", "REFUND-CURRENT-PRICE"),
    ("VOUCHER-SQLI", "VOUCHER-LOST-UPDATE"),
    ("PAGE-OFFSET", "PAGE-SIZE-UNBOUNDED"),
    ("BRIEF-SHELL", "BRIEF-NO-TIMEOUT"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I reviewed `app.py`, the whole Skyward booking desk. The shape is sound (per-request SQLite connection closed
        in `close_db`, bound parameters in most queries, a correct `office_only` that fails closed and uses
        `hmac.compare_digest`, `name` and `site` escaped on the boarding pass), but the pilot-facing side and two
        query builders are exposed, and the safety-relevant logic (launch window, seats, payload) has edge cases that
        let a flight go ahead or fill up when it should not.

        | Severity | Count |
        |---|---|
        | critical | 2 |
        | high | 7 |
        | medium | 6 |
        | low | 1 |

        Security first:
        """,
        Block([
            F("VOUCHER-SQLI", "critical", "security", "SQL injection in voucher redemption",
              "Bind the code: `db.execute(\"SELECT ... WHERE code = ?\", (code,))`.",
              symbol="redeem_voucher", conf=0.95),
            F("FLIGHTS-SORT-SQLI", "high", "security", "SQL injection through the `sort` parameter of `/flights`",
              "Map `sort` onto a whitelist of column names (`launch_at`, `price`, `site`) and reject anything else.",
              symbol="list_flights", conf=0.9),
            F("BRIEF-SHELL", "critical", "security", "Shell command injection in the weather brief",
              "Validate the station as four letters and call `subprocess.run([\"metar-fetch\", \"--station\", station])` without `shell=True`.",
              symbol="brief", conf=0.9),
            F("MANIFEST-TRAVERSAL", "high", "security", "Path traversal in manifest download",
              "Use `flask.send_from_directory(MANIFEST_DIR, name)`, which rejects paths outside the directory.",
              symbol="manifest", conf=0.85),
            F("PILOT-KEY-FAILS-OPEN", "high", "security", "`pilot_only` allows every request when `PILOT_KEY` is not set",
              "Fail closed like `office_only`: `if not PILOT_KEY or not hmac.compare_digest(...)`.",
              symbol="pilot_only.wrapper", conf=0.9),
            F("CANCEL-NO-OWNER", "high", "security", "Any client can cancel any booking by id",
              "Require the booking reference or a signed link and include it in the `WHERE` clause.",
              d=-1, n=2, symbol="cancel", conf=0.85),
            F("PASS-XSS", "medium", "security", "Stored XSS through the passenger email on the boarding pass",
              "Escape `row['email']` as the name and site already are.", symbol="boarding_pass", conf=0.8),
        ]),
        "Correctness and safety of the flight logic:",
        Block([
            F("WINDOW-SLICE-SHORT", "high", "bug", "Launch window check skips its last hour",
              "The slice end should be `first + LAUNCH_WINDOW_HOURS`; as written a 3-hour window checks only 2 hours of wind.",
              symbol="launch_decision", conf=0.85),
            F("SEATS-OFF-BY-ONE", "high", "bug", "Seat limit lets one passenger too many book",
              "`booked[0]` counts the bookings before this one, so the test must be `>=`.",
              symbol="book", conf=0.85),
            F("BOOK-PAYLOAD-RACE", "high", "bug", "Seat and payload checks race with concurrent bookings",
              "Two requests can both read the same totals and both insert. Use `BEGIN IMMEDIATE` around the checks and the insert.",
              d=2, n=2, symbol="book", conf=0.75),
            F("WX-CACHE-NEVER-EXPIRES", "medium", "bug", "Forecast cache never expires",
              "Store the fetch time and refetch after ~30 minutes; a dawn decision can use yesterday's forecast.",
              symbol="fetch_forecast", conf=0.8),
            F("WX-NO-TIMEOUT", "medium", "bug", "Weather API call has no timeout",
              "Pass `timeout=5` and treat a timeout as no-go.", symbol="fetch_forecast", conf=0.75),
            F("REFUND-NEGATIVE", "medium", "bug", "Refund becomes negative after the flight date",
              "Clamp `days` at 0 or refuse cancellation after launch.", symbol="cancel", conf=0.8),
            F("VOUCHER-LOST-UPDATE", "medium", "bug", "Voucher can be redeemed twice concurrently",
              "Use `UPDATE vouchers SET uses_left = uses_left - 1 WHERE id = ? AND uses_left > 0` and check `rowcount`.",
              d=2, symbol="redeem_voucher", conf=0.75),
            F("PAGE-OFFSET", "medium", "bug", "Office booking list skips the first page",
              "`page` starts at 1, so the offset must be `(page - 1) * size`.", symbol="office_bookings", conf=0.8),
            F("BRIEF-NO-TIMEOUT", "low", "bug", "`metar-fetch` runs without a timeout",
              "Pass `timeout=10` to `subprocess.run` and return 504 on expiry.", symbol="brief", conf=0.6),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Tests not run (no test suite in repo).",
        Block([
            F("FLIGHTS-SORT-SQLI", "high", "security", "ORDER BY built from ?sort=", "Whitelist sort columns.", d=-2),
            F("VOUCHER-SQLI", "critical", "security", "SQLi: voucher code interpolated into SELECT", "Use a bound parameter.", d=-2),
            F("BRIEF-SHELL", "critical", "security", "Command injection via ?station=", "argv list, no shell.", d=-1),
            F("MANIFEST-TRAVERSAL", "high", "security", "Traversal: /manifests/<path:name> joins arbitrary path",
              "send_from_directory.", d=-1),
            F("CANCEL-NO-OWNER", "high", "security", "cancel() has no ownership check", "Require a booking token.", d=-3),
            F("VOUCHER-LOST-UPDATE", "medium", "bug", "Voucher double-spend: read-modify-write on uses_left",
              "Atomic conditional UPDATE.", d=-1),
            F("WINDOW-SLICE-SHORT", "high", "bug", "Forecast window one hour short", "Drop the - 1.", d=-1, n=2),
            F("WEIGHT-UNVALIDATED", "medium", "bug", "weight_kg unchecked (None -> TypeError, negative allowed)",
              "Require a number in a sane range (e.g. 20-160)."),
            F("REFUND-NEGATIVE", "medium", "bug", "Negative refund when cancelled after launch", "max(days, 0).", d=-1),
            F("PAGE-OFFSET", "low", "bug", "Paging off by one (page=1 skips first page)", "(page - 1) * size.", d=-2),
            F("PAGE-SIZE-UNBOUNDED", "low", "performance", "Unbounded page size", "Clamp size to 1..200.", d=-1),
            F("WX-NO-TIMEOUT", "low", "bug", "requests.get without timeout", "timeout=5."),
        ], fence=None, indent=None),
        "Did not check the templates/DB schema (not in repo).",
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the `app.py` file, which implements a Flask application for managing hot-air balloon
        flight bookings, passenger weights, vouchers, pilot manifests and a weather-based launch decision. The
        review concentrated on security, data integrity and flight-safety logic.

        **Security Vulnerabilities**

        The application builds two SQL statements with f-strings, exposes the pilot endpoints when the pilot key is
        not configured, and serves personal data (names, emails, weights) without authentication.
        """,
        Block([
            F("VOUCHER-SQLI", "CRITICAL", "SQL Injection", "SQL Injection in Voucher Redemption",
              "Use parameterized queries for the voucher code.",
              desc="The `code` form field is placed inside a quoted SQL string; `' OR '1'='1` redeems an arbitrary voucher.",
              sd=-2, n=3),
            F("FLIGHTS-SORT-SQLI", "HIGH", "SQL Injection", "SQL Injection via Sort Parameter",
              "Validate `sort` against an allowlist.", sd=-2, n=3),
            F("PILOT-KEY-FAILS-OPEN", "HIGH", "Broken Authentication", "Pilot Authentication Bypass When Key Is Unset",
              "Deny access when `PILOT_KEY` is empty.",
              desc="If the `PILOT_KEY` environment variable is missing, the condition short-circuits and every pilot endpoint is public."),
            F("MANIFEST-TRAVERSAL", "HIGH", "Path Traversal", "Path Traversal in Manifest Download",
              "Use `send_from_directory`.", sd=-2, n=3),
            F("EXPORT-NO-AUTH", "HIGH", "Information Disclosure", "Unauthenticated Passenger Data Export",
              "Protect `/export/passengers.csv` with `@office_only`.",
              desc="The CSV export lists every passenger's name, email address and body weight and has no access control."),
            F("PASS-IDOR", "MEDIUM", "Broken Access Control", "Insecure Direct Object Reference on Boarding Pass",
              "Require a per-booking token in the URL."),
            F("PASS-XSS", "MEDIUM", "Cross-Site Scripting", "Unescaped Email in Boarding Pass HTML",
              "Escape the email like the name."),
        ], wrap="list"),
        """
        **Logic and Reliability Issues**

        Several issues affect the launch decision and booking integrity, which is critical in an aviation context.
        """,
        Block([
            U({"severity": "INFO", "category": "Style", "description": "Consider splitting the module into blueprints."}),
            F("WX-STATUS-UNCHECKED", "MEDIUM", "Error Handling", "Weather API Errors Are Treated as Forecasts",
              "Call `resp.raise_for_status()` before `resp.json()` and do not cache failures.",
              desc="A 500 or rate-limit response body is parsed and stored as the site's forecast."),
            F("WINDOW-EMPTY-GO", "HIGH", "Logic Error", "Launch Decision Defaults to 'go' Without Data",
              "Return 'no-go' when the window has fewer hours than required.", d=3,
              desc="If the forecast has no entries for the launch hours the loop never runs and the function returns 'go'."),
            F("SEATS-OFF-BY-ONE", "HIGH", "Logic Error", "Flight Can Be Overbooked by One Seat",
              "Use `>=` when comparing the booked count with the seats.", sd=-2, n=3),
            F("BOOK-PAYLOAD-RACE", "HIGH", "Race Condition", "Race Condition in Booking Capacity Checks",
              "Wrap the checks and the insert in a single transaction.", d=-2,
              desc="Concurrent requests can pass the capacity checks simultaneously, overloading the basket."),
            F("PAGE-SIZE-UNBOUNDED", "MEDIUM", "Denial of Service", "Unbounded Page Size in Office Bookings",
              "Cap `size`.", sd=-2, n=3),
            F("REFUND-NEGATIVE", "MEDIUM", "Logic Error", "Negative Refunds for Past Flights",
              "Prevent cancellation after the launch time."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("VOUCHER-SQLI", "error", "security", "sql injection in voucher redeem", "use ? placeholder"),
            F("FLIGHTS-SORT-SQLI", "error", "security", "sql injection via sort param", "whitelist columns"),
            F("BRIEF-SHELL", "error", "security", "shell injection in metar-fetch call", "no shell=True"),
            F("MANIFEST-TRAVERSAL", "error", "security", "path traversal on manifest download", "send_from_directory"),
            F("PILOT-KEY-TIMING", "warning", "security", "pilot key compared with != (timing)", "hmac.compare_digest"),
            F("PASS-XSS", "warning", "security", "email not escaped in boarding pass", "escape()"),
        ], wrap="list", fence=None, indent=None),
        "other:",
        Block([
            F("WEIGHT-UNVALIDATED", "warning", "", "weight_kg not validated", "check type and range"),
            F("REFUND-NEGATIVE", "warning", "bug", "refund negative after launch", "clamp to 0"),
        ], wrap="list", fence=None, indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        ### Overview
        Flask + SQLite booking service for a balloon operator. 15 issues found.

        ### Summary
        1. SQL injection in voucher redemption.
        2. Missing authentication on the passenger export; the pilot key check fails open.
        3. Race conditions in booking and voucher redemption, and an unlocked statistics counter.
        4. Off-by-one errors in seat limit, launch window and paging.
        5. Refund calculation errors.
        6. Stale forecast cache and an unclosed manifest file.
        """,
        Block([
            F("VOUCHER-SQLI", "blocker", "security", "SQL injection in voucher lookup",
              "Use parameter binding.", conf=0.95),
            F("PILOT-KEY-FAILS-OPEN", "major", "security", "Pilot authentication disabled when PILOT_KEY is empty",
              "Fail closed.", conf=0.85),
            F("EXPORT-NO-AUTH", "major", "security", "Passenger export endpoint lacks authentication",
              "Add the office_only decorator.", d=-1, conf=0.85),
            F("BOOK-PAYLOAD-RACE", "major", "concurrency", "Non-atomic capacity check in booking",
              "Use a transaction with BEGIN IMMEDIATE.", conf=0.75),
            F("VOUCHER-LOST-UPDATE", "major", "concurrency", "Voucher redemption is not atomic",
              "Decrement with a conditional UPDATE.", conf=0.75),
            F("STATS-UNLOCKED", "minor", "concurrency", "Booking statistics counter updated without lock",
              "Use _stats_lock as in cancel().", conf=0.7),
            F("SEATS-OFF-BY-ONE", "major", "correctness", "Off-by-one in seat availability check",
              "Compare with >=.", d=1, conf=0.8),
            F("WINDOW-SLICE-SHORT", "major", "correctness", "Off-by-one in launch window forecast slice",
              "Remove the - 1 from the slice end.", conf=0.8),
            F("PAGE-OFFSET", "minor", "correctness", "Off-by-one in office booking pagination",
              "Use (page - 1) * size.", conf=0.8),
            F("WEIGHT-UNVALIDATED", "major", "correctness", "Passenger weight accepted without validation",
              "Validate weight_kg as a positive number.", conf=0.75),
            F("REFUND-NEGATIVE", "major", "correctness", "Refund can be negative for past flights",
              "Clamp days to zero.", conf=0.8),
            F("REFUND-CURRENT-PRICE", "minor", "correctness", "Refund uses current flight price instead of amount paid",
              "Store the paid amount on the booking and refund that.", conf=0.6),
            F("WX-CACHE-NEVER-EXPIRES", "minor", "reliability", "Forecast cache has no expiry",
              "Add a TTL to cached forecasts.", d=-2, conf=0.7),
            F("MANIFEST-NOT-CLOSED", "minor", "resource-leak", "Manifest file handle never closed",
              "Use a with statement.", conf=0.8),
            F("PASS-XSS", "major", "security", "Cross-site scripting in boarding pass",
              "Escape the email.", conf=0.8),
        ], wrap="object+summary", summary="15 issues: 1 blocker, 9 major, 5 minor"),
    ]),
}
