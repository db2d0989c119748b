"""test13/ts-mealkit: a recipe-sharing and meal-kit subscription API (TypeScript, Express + pg). Frozen test split.

Written 2026-12-02 by a helper session that had not seen the merger code, its results, or any other split's
answers, specs or repositories (only tune2__py_snapctl.py, for the format).
"""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "typescript"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code, its results or the other splits' "
    "data. Frozen test split test13: seeded problems in a small meal-kit subscription API; five agents' answers "
    "written by hand."
)

AU = "src/auth.ts"
RE = "src/recipes.ts"
SU = "src/subscriptions.ts"
IN = "src/inventory.ts"
SV = "src/server.ts"
DE = "src/deliveries.ts"

PROBLEMS = {
    "JWT-DEFAULT-SECRET": P(AU, 'process.env.JWT_SECRET || "mealkit-dev-secret"', "security",
                            "JWT signing secret falls back to a constant"),
    "AUTH-DECODE": P(AU, "const claims = jwt.decode(token)", "security",
                     "jwt.decode instead of jwt.verify: any forged token (any sub, role admin) is accepted", "signature-vs-statement"),
    "SEARCH-SQLI-Q": P(RE, "WHERE title ILIKE '%${q}%' ORDER BY ${sort}", "security",
                       "q interpolated into the ILIKE pattern: SQL injection", "source-vs-sink"),
    "SEARCH-SQLI-SORT": P(RE, "WHERE title ILIKE '%${q}%' ORDER BY ${sort}", "security",
                          "sort interpolated into ORDER BY: SQL injection through the sort column"),
    "CARD-NOT-FOUND": P(RE, "const r: Recipe = rows[0];", "bug", "unknown id: rows[0] undefined, r.title throws (500 instead of 404)"),
    "XSS-TITLE": P(RE, "<article><h1>${r.title}</h1>", "security", "recipe title written into HTML unescaped: stored XSS"),
    "XSS-NOTES": P(RE, "<article><h1>${r.title}</h1>", "security", "recipe notes written into the same HTML unescaped: a second stored XSS"),
    "SCALE-DIV-ZERO": P(RE, "const factor = servings / recipe.servings;", "bug",
                        "servings 0 (or missing) gives Infinity/NaN quantities; requested servings not validated", "signature-vs-statement"),
    "SCALE-ROUNDING": P(RE, "qty: Math.round(i.qty * factor)", "bug",
                        "quantities rounded to integers: 0.25 tsp becomes 0, 1.5 cups becomes 2"),
    "RECIPE-MASS-ASSIGN": P(RE, "const recipe = Object.assign(rows[0], req.body);", "security",
                            "request body merged into the row: author_id and featured can be set by the caller"),
    "RECIPE-IDOR": P(RE, '"UPDATE recipes SET title = $1, notes = $2', "security",
                     "any logged-in user can edit any recipe: no check that the user is the author"),
    "PHOTO-SSRF": P(RE, "const img = await fetch(imageUrl);", "security",
                    "server fetches a caller-supplied URL: SSRF to internal services / metadata endpoint", "source-vs-sink"),
    "PHOTO-NO-LIMIT": P(RE, "const bytes = Buffer.from(await img.arrayBuffer());", "bug",
                        "whole response buffered with no size or content-type check (memory exhaustion, non-images stored)"),
    "WEBHOOK-EMPTY-SECRET": P(SU, 'const WEBHOOK_SECRET = process.env.PAYMENT_WEBHOOK_SECRET ?? "";', "security",
                              "webhook HMAC key defaults to the empty string"),
    "SKIP-LIMIT-OBO": P(SU, "if (skips.length > MAX_SKIPS)", "bug",
                        "> instead of >=: a subscriber can skip MAX_SKIPS + 1 weeks", "off-by-one"),
    "SKIP-WEEK-UNVALIDATED": P(SU, "skips.push(String(req.body.week));", "bug",
                               "skipped week not validated (past weeks, duplicates, junk strings all consume/bypass the limit)"),
    "MENU-WEEK-OBO": P(SU, "const weekIndex = Math.floor((Date.now() - start) / WEEK_MS) + 1;", "bug",
                       "+1 on a 0-based index: the first menu is never shown and the last week returns undefined", "off-by-one"),
    "CANCEL-IDOR": P(SU, "UPDATE subscriptions SET status = 'cancelled' WHERE user_id = $1", "security",
                     "cancel takes the user id from the path: anyone can cancel anyone's subscription", "source-vs-sink"),
    "COUPON-NO-EXPIRY": P(SU, "if (!coupon || coupon.uses >= coupon.max_uses)", "bug",
                          "expires_at is selected but never checked: expired coupons still redeem"),
    "COUPON-LOST-UPDATE": P(SU, "UPDATE coupons SET uses = $1 WHERE code = $2", "bug",
                            "read uses, check, write uses + 1 across awaits: concurrent redemptions exceed max_uses", "critical-section"),
    "WEBHOOK-SIG-OPTIONAL": P(SU, "if (sig && sig !== expected)", "security",
                              "a request without x-kit-signature skips verification entirely"),
    "WEBHOOK-TIMING": P(SU, "if (sig && sig !== expected)", "security",
                        "signature compared with !== (not timingSafeEqual)"),
    "STOCK-QTY-UNVALIDATED": P(IN, "const { sku, qty } = req.body as { sku: string; qty: number };", "bug",
                               "qty not validated: negative or fractional qty passes the check and increases stock"),
    "STOCK-OVERSELL": P(IN, 'await pool.query("INSERT INTO orders (user_id, sku, qty)', "bug",
                        "stock read, then await, then write back available - qty: concurrent orders oversell", "critical-section"),
    "EXTRA-CORS": P(SV, "app.use(cors({ origin: true, credentials: true }));", "security",
                    "extra, one agent: CORS reflects any origin with credentials"),
    "EXTRA-STACK-LEAK": P(SV, "res.status(500).json({ error: err.message, stack: err.stack });", "security",
                          "extra, one agent: error handler returns stack traces to clients"),
    "DELIVERY-SAME-DAY": P(DE, "const ahead = (weekday - d.getUTCDay() + 7) % 7;", "bug",
                           "on the delivery weekday ahead is 0: 'next' delivery is today's, already packed, instead of next week", "off-by-one"),
}

CONFUSABLE = [
    ("SEARCH-SQLI-Q", "SEARCH-SQLI-SORT"),
    ("XSS-TITLE", "XSS-NOTES"),
    ("CARD-NOT-FOUND", "XSS-TITLE"),
    ("SCALE-DIV-ZERO", "SCALE-ROUNDING"),
    ("RECIPE-MASS-ASSIGN", "RECIPE-IDOR"),
    ("PHOTO-SSRF", "PHOTO-NO-LIMIT"),
    ("SKIP-LIMIT-OBO", "SKIP-WEEK-UNVALIDATED"),
    ("COUPON-NO-EXPIRY", "COUPON-LOST-UPDATE"),
    ("WEBHOOK-SIG-OPTIONAL", "WEBHOOK-TIMING"),
    ("STOCK-QTY-UNVALIDATED", "STOCK-OVERSELL"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        **Summary**

        The meal-kit API has one root problem that dwarfs the rest: `requireUser` never verifies the JWT, so
        every "authenticated" route is open to a forged token. After that come injection (SQL in recipe
        search, stored XSS on recipe cards), SSRF in the photo importer, and several business-logic bugs in
        subscriptions, coupons and stock that lose money under concurrency.

        **Priorities**
        1. **Authentication** — `jwt.decode` in `requireUser`.
        2. **Injection** — `GET /recipes`, `GET /recipes/:id/card`.
        3. **Authorization** — recipe edits and subscription cancel.
        4. **Races** — coupon redemption and stock decrement.
        """,
        Block([
            F("AUTH-DECODE", "critical", "security", "`requireUser` decodes the JWT without verifying its signature",
              "Use `jwt.verify(token, JWT_SECRET, { algorithms: [\"HS256\"] })` and reject on error.",
              symbol="requireUser", conf=0.95),
            F("JWT-DEFAULT-SECRET", "high", "security", "Hard-coded fallback JWT secret",
              "Refuse to start without `JWT_SECRET`.", symbol="JWT_SECRET", conf=0.85),
            F("SEARCH-SQLI-Q", "critical", "security", "SQL injection in recipe search",
              "Pass `q` as a parameter (`ILIKE $1` with `%${q}%` as the value).", symbol="GET /recipes", conf=0.9),
            F("XSS-TITLE", "high", "security", "Recipe card renders the title as raw HTML",
              "HTML-escape interpolated values or render through a template engine that escapes by default.",
              symbol="GET /recipes/:id/card", conf=0.85),
            F("SCALE-DIV-ZERO", "medium", "bug", "`scaleRecipe` divides by `recipe.servings` without a guard",
              "Reject recipes with `servings <= 0` and validate the requested servings (`Number.isFinite`, > 0).",
              symbol="scaleRecipe", conf=0.75),
            F("SCALE-ROUNDING", "low", "bug", "Scaled quantities are rounded to whole units",
              "Round to a sensible precision (e.g. quarters) instead of `Math.round`.", symbol="scaleRecipe", conf=0.7),
            F("RECIPE-MASS-ASSIGN", "high", "security", "`PUT /recipes/:id` merges the whole request body into the recipe",
              "Pick the editable fields explicitly; `author_id` and `featured` must not come from the client.",
              symbol="PUT /recipes/:id", conf=0.85),
            F("RECIPE-IDOR", "high", "security", "Recipe update has no ownership check",
              "Add `AND author_id = $7` (with `res.locals.user.id`) or compare before updating.",
              d=-2, symbol="PUT /recipes/:id", conf=0.8),
            F("PHOTO-SSRF", "high", "security", "Photo import fetches arbitrary URLs server-side",
              "Allow only https URLs on an allow-listed image host and block private address ranges.",
              symbol="POST /recipes/:id/photo", conf=0.85),
            F("CANCEL-IDOR", "high", "security", "Any user can cancel any subscription",
              "Use `res.locals.user.id` instead of `req.params.userId` (or require admin).",
              symbol="POST /subscriptions/:userId/cancel", conf=0.9),
            F("WEBHOOK-SIG-OPTIONAL", "critical", "security", "Payment webhook accepts unsigned requests",
              "Reject when the header is missing: `if (!sig || ...)`.", symbol="POST /webhooks/payments", conf=0.9),
            F("WEBHOOK-EMPTY-SECRET", "medium", "security", "Webhook secret defaults to an empty string",
              "Fail at startup when `PAYMENT_WEBHOOK_SECRET` is unset.", conf=0.7),
            F("COUPON-LOST-UPDATE", "high", "bug", "Coupons can be redeemed more times than `max_uses`",
              "Do it in one statement: `UPDATE coupons SET uses = uses + 1 WHERE code = $1 AND uses < max_uses RETURNING percent`.",
              d=-1, n=2, symbol="POST /coupons/redeem", conf=0.8),
            F("STOCK-OVERSELL", "high", "bug", "Kits can be oversold: stock check and decrement straddle an `await`",
              "Decrement before awaiting (and roll back on failure) or keep stock in the database with a conditional UPDATE.",
              d=-1, n=3, symbol="POST /orders", conf=0.8),
            F("SKIP-LIMIT-OBO", "medium", "bug", "Skip limit allows one skip too many",
              "Use `>=` so at most `MAX_SKIPS` weeks can be skipped.", symbol="POST /subscriptions/skip", conf=0.8),
            F("MENU-WEEK-OBO", "medium", "bug", "Current-menu index is shifted by one week",
              "Drop the `+ 1` and check `weekIndex >= MENUS.length`.", n=2, symbol="GET /menus/current", conf=0.75),
            F("DELIVERY-SAME-DAY", "medium", "bug", "`nextDelivery` returns today on the delivery weekday",
              "Use `ahead || 7` (or compare against the packing cut-off) so the next delivery is in the future.",
              symbol="nextDelivery", conf=0.7),
            F("EXTRA-CORS", "medium", "security", "CORS reflects any origin and allows credentials",
              "Restrict `origin` to the storefront's domains.", conf=0.65),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "src/: 16 findings (most severe first)",
        Block([
            F("AUTH-DECODE", "critical", "security", "JWT never verified (jwt.decode)", "jwt.verify with pinned alg.", d=-2),
            F("SEARCH-SQLI-Q", "critical", "security", "SQLi via req.query.q", "Parameterize.", d=-2),
            F("WEBHOOK-SIG-OPTIONAL", "critical", "security", "Missing x-kit-signature bypasses webhook auth", "Require the header."),
            F("CANCEL-IDOR", "high", "security", "Cancel uses :userId from the URL, not the caller", "Use res.locals.user.id.", d=-1),
            F("RECIPE-IDOR", "high", "security", "PUT /recipes/:id lacks author check", "Scope UPDATE by author_id."),
            F("PHOTO-SSRF", "high", "security", "SSRF in photo import (fetch of body.imageUrl)", "Allowlist hosts.", d=-1),
            F("XSS-TITLE", "high", "security", "Stored XSS: recipe title in /card HTML", "Escape."),
            F("COUPON-LOST-UPDATE", "high", "bug", "Coupon uses read-modify-write race", "Atomic UPDATE ... WHERE uses < max_uses.", d=-1),
            F("COUPON-NO-EXPIRY", "medium", "bug", "expires_at ignored on redeem", "Check expires_at > now()."),
            F("STOCK-OVERSELL", "high", "bug", "Oversell: available captured before await", "Conditional UPDATE in SQL.", d=-1),
            F("STOCK-QTY-UNVALIDATED", "medium", "bug", "Negative qty accepted on /orders (restocks)", "Require positive integer."),
            F("SKIP-LIMIT-OBO", "medium", "bug", "skips.length > MAX_SKIPS allows 5 skips", ">=."),
            F("SKIP-WEEK-UNVALIDATED", "low", "bug", "week value pushed unvalidated", "Validate ISO week in the future."),
            F("SCALE-DIV-ZERO", "medium", "bug", "scaleRecipe: division by zero when servings is 0", "Guard.", d=-1),
            F("CARD-NOT-FOUND", "low", "bug", "/card crashes on unknown id (rows[0] undefined)", "404 when no row."),
            F("DELIVERY-SAME-DAY", "low", "bug", "nextDelivery gives today when weekday matches", "ahead === 0 -> 7.", d=+1),
        ], fence="", indent=1),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have completed a review of the meal-kit subscription service. The codebase is an Express
        application using `pg` for persistence and `jsonwebtoken` for authentication.

        **Critical and high-severity vulnerabilities**
        """,
        Block([
            F("AUTH-DECODE", "Critical", "Broken Authentication", "JWT Signature Not Verified",
              "Replace `jwt.decode` with `jwt.verify`.",
              desc="The middleware trusts the token payload without checking the signature, so a user can mint a token with `role: admin`."),
            F("SEARCH-SQLI-Q", "Critical", "SQL Injection", "SQL Injection in Recipe Search Query",
              "Use parameterized queries."),
            F("SEARCH-SQLI-SORT", "High", "SQL Injection", "Unvalidated ORDER BY Column",
              "Map `sort` to an allow-list of column names."),
            F("XSS-NOTES", "High", "Cross-Site Scripting", "Stored XSS in Recipe Notes",
              "Escape `notes` before inserting it into HTML.",
              desc="Recipe notes are user-authored content and are written into the card markup verbatim."),
            F("PHOTO-SSRF", "High", "Server-Side Request Forgery", "SSRF in Recipe Photo Upload",
              "Validate the URL against an allow-list."),
            F("CANCEL-IDOR", "High", "Broken Access Control", "Insecure Direct Object Reference in Cancellation",
              "Derive the user from the session.", d=-1),
            F("WEBHOOK-SIG-OPTIONAL", "Critical", "Broken Authentication", "Webhook Signature Check Can Be Skipped",
              "Always require and verify the signature."),
            F("WEBHOOK-EMPTY-SECRET", "High", "Cryptography", "Empty Default Webhook Secret",
              "Require the secret to be configured."),
            F("RECIPE-MASS-ASSIGN", "High", "Mass Assignment", "Mass Assignment in Recipe Update",
              "Whitelist updatable fields."),
        ], wrap="list"),
        """
        **Other findings**
        """,
        Block([
            F("COUPON-LOST-UPDATE", "Medium", "Race Condition", "Coupon Redemption Race Condition",
              "Use an atomic increment with a guard.", d=-1),
            F("STOCK-OVERSELL", "Medium", "Race Condition", "Inventory Can Go Negative Under Concurrent Orders",
              "Perform the stock check and decrement atomically.", d=+1, sd=0),
            F("PHOTO-NO-LIMIT", "Medium", "Denial of Service", "Unbounded Image Download",
              "Check `content-length` and `content-type` and abort large downloads."),
            F("SCALE-ROUNDING", "Low", "Logic Error", "Loss of Precision When Scaling Ingredients",
              "Avoid rounding to whole numbers."),
            F("SKIP-LIMIT-OBO", "Medium", "Business Logic", "Skip Limit Check Is Off by One",
              "Use `>=`.", d=+1, sd=0),
            F("MENU-WEEK-OBO", "Low", "Logic Error", "Menu Lookup Can Read Past the End of MENUS",
              "Use a zero-based week index.", d=+1,
              desc="Because of the `+ 1`, the bounds check `weekIndex > MENUS.length` lets `MENUS[MENUS.length]` through, returning `undefined`."),
            U({"severity": "Info", "category": "Style", "suggestion": "Add ESLint and Prettier to the project."}),
            F("EXTRA-STACK-LEAK", "Low", "Information Disclosure", "Stack Traces Returned in Error Responses",
              "Log the stack server-side and return a generic message."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "found these:",
        Block([
            F("AUTH-DECODE", "error", "security", "jwt not verified", "jwt.verify"),
            F("SEARCH-SQLI-Q", "error", "security", "sql injection in /recipes search", "bind params"),
            F("XSS-TITLE", "error", "security", "xss in recipe card", "escape html"),
            F("CANCEL-IDOR", "error", "security", "cancel any user's subscription", "use logged-in user"),
            F("WEBHOOK-TIMING", "warning", "security", "webhook signature compare not constant-time", "crypto.timingSafeEqual"),
            F("COUPON-NO-EXPIRY", "warning", "", "expired coupons still work", "check expires_at"),
            F("STOCK-QTY-UNVALIDATED", "warning", "bug", "negative order qty adds stock", "validate qty > 0"),
            F("SKIP-WEEK-UNVALIDATED", "warning", "bug", "skip week not checked", "validate week"),
            F("SCALE-ROUNDING", "warning", "bug", "ingredient qty rounded to int", "keep decimals"),
            F("PHOTO-NO-LIMIT", "warning", "bug", "no size cap on photo fetch", "limit bytes"),
        ], wrap="list", fence="json", indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. Authentication bypass (unverified JWT) — blocker.
        2. Injection: SQL (search), XSS (recipe card).
        3. Access control: subscription cancel, recipe edit.
        4. Concurrency: coupon uses, kit stock.
        5. Date/index arithmetic errors in menus and deliveries.
        """,
        Block([
            F("AUTH-DECODE", "blocker", "security", "Authentication bypass: token payload trusted without verification",
              "Verify the token.", d=-1, sd=-1, n=2, conf=0.9),
            F("JWT-DEFAULT-SECRET", "major", "security", "Weak default JWT secret", "Require JWT_SECRET.", conf=0.8),
            F("SEARCH-SQLI-Q", "blocker", "security", "SQL injection in search (q parameter)", "Use $1 placeholders.", d=-2, conf=0.9),
            F("SEARCH-SQLI-SORT", "major", "security", "SQL injection in search (sort parameter)", "Allow-list sort columns.", d=-1, conf=0.85),
            F("XSS-NOTES", "major", "security", "Cross-site scripting through recipe notes", "Escape output.", conf=0.8),
            F("RECIPE-MASS-ASSIGN", "major", "security", "Over-posting in recipe update (author_id, featured)", "Pick allowed fields.", conf=0.8),
            F("RECIPE-IDOR", "major", "security", "Missing authorization on recipe update", "Check author.", d=-1, conf=0.75),
            F("PHOTO-SSRF", "major", "security", "Server-side request forgery in photo import", "Validate URL.", conf=0.8),
            F("CANCEL-IDOR", "blocker", "security", "Broken access control on subscription cancellation", "Use the caller id.", conf=0.9),
            F("WEBHOOK-SIG-OPTIONAL", "blocker", "security", "Webhook verification skipped when header absent", "Require signature.", conf=0.85),
            F("WEBHOOK-TIMING", "minor", "security", "Non-constant-time comparison of webhook signature", "Use timingSafeEqual.", conf=0.6),
            F("COUPON-LOST-UPDATE", "major", "concurrency", "Lost update on coupon usage counter", "Increment in SQL.", conf=0.8),
            F("STOCK-OVERSELL", "major", "concurrency", "In-memory stock not protected across await", "Serialize per SKU or use the DB.", d=-2, conf=0.75),
            F("SCALE-DIV-ZERO", "minor", "correctness", "Division by zero in scaleRecipe", "Validate servings.", conf=0.7),
            F("MENU-WEEK-OBO", "minor", "correctness", "Off-by-one in current menu week index", "Remove + 1.", d=+2, conf=0.7),
            F("DELIVERY-SAME-DAY", "minor", "correctness", "Next delivery computed as today on delivery day", "Use 7 when ahead is 0.", conf=0.6),
        ], wrap="object+summary", summary="16 issues: 4 blocker, 8 major, 4 minor"),
    ]),
}
