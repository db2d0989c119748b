"""test14/py-listings: a real-estate listings API with photo processing (Python). Frozen; labels next to each finding."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch test14, issue 15) that had not seen the merger code, its "
    "results, its tuning data or any other split's answers. Fourteenth frozen split: seeded problems in a small "
    "Flask + SQLite + Pillow listings API; five agents' answers written by hand. Scored exactly once."
)

A = "listings/app.py"
I = "listings/images.py"
S = "listings/search.py"

PROBLEMS = {
    "SQLI-CITY": P(A, "WHERE city = '{city}' ORDER BY {order}", "security", "`city` query parameter interpolated into the SELECT string: SQL injection", "source-vs-sink"),
    "SQLI-ORDER": P(A, "WHERE city = '{city}' ORDER BY {order}", "security", "`order` query parameter pasted into ORDER BY unvalidated: SQL injection through the sort column"),
    "PAGE-NOT-INT": P(A, 'page = int(request.args.get("page", "1"))', "bug", "extra, one agent: non-numeric `page` raises ValueError, a 500 instead of a 400"),
    "VIEW-RACE": P(A, "view_counts[listing_id] = seen + 1", "bug", "view counter read-modify-write outside `_views_lock` while the flusher clears it under the lock: lost or resurrected counts", "critical-section"),
    "CREATE-NO-AUTH": P(A, "agent = current_agent()", "security", "create_listing never rejects a missing/unknown token: anonymous callers create listings (agent None)"),
    "CREATE-AGENT-SPOOF": P(A, 'owner = data.get("agent_id", agent)', "security", "`agent_id` from the request body overrides the caller: listings created in another agent's name"),
    "UPDATE-IDOR": P(A, 'f"UPDATE listings SET {fields} WHERE id = ?"', "security", "any logged-in agent may edit any listing: no check that the listing belongs to the caller"),
    "UPDATE-COLUMNS": P(A, 'f"UPDATE listings SET {fields} WHERE id = ?"', "security", "JSON keys become column names in the UPDATE: SQL injection through keys and mass assignment of agent_id/views", "source-vs-sink"),
    "DELETE-NO-AUTH": P(A, '"DELETE FROM listings WHERE id = ?"', "security", "DELETE /listings/<id> has no authentication at all: anyone deletes any listing", "signature-vs-statement"),
    "DELETE-ORPHANS": P(A, '"DELETE FROM listings WHERE id = ?"', "bug", "deleting a listing leaves its photo directory and variants on disk forever"),
    "UPLOAD-TRAVERSAL": P(A, "photo.save(dest)", "security", "client-supplied `photo.filename` joined into the destination path: ../ writes outside the photo directory", "source-vs-sink"),
    "UPLOAD-ANY-TYPE": P(A, "photo.save(dest)", "security", "any file type and size is stored and served (no extension/content check, no size cap)"),
    "IMPORT-SSRF": P(A, "resp = requests.get(url)", "security", "photo import fetches any URL from the body: SSRF to internal services and cloud metadata"),
    "IMPORT-NO-TIMEOUT": P(A, "resp = requests.get(url)", "performance", "requests.get without a timeout: a slow host ties up a worker indefinitely"),
    "IMPORT-NO-STATUS": P(A, "fh.write(resp.content)", "bug", "import writes the body even for 404/500 or an HTML page: no raise_for_status or content-type check, a broken photo is stored"),
    "SECRET-DEFAULT": P(A, 'os.environ.get("SECRET_KEY", "change-me")', "security", "extra, one agent: SECRET_KEY falls back to a hard-coded value"),
    "BOMB": P(I, "Image.MAX_IMAGE_PIXELS = None", "security", "decompression-bomb protection switched off globally: a tiny upload can allocate gigabytes"),
    "PROCESSING-DUP": P(I, "_in_progress.add(path)", "bug", "check-then-add on a shared set without a lock: two requests both process the same photo (duplicate work, racing writes to the variants)", "critical-section"),
    "IMG-NOT-CLOSED": P(I, "img = Image.open(path)", "bug", "extra, one agent: Image.open never closed (no `with`): file handles leak under load"),
    "VARIANT-ASPECT": P(I, "resized = img.resize((width, height))", "bug", "variants forced to fixed 4:3 sizes: portrait and panoramic photos are distorted (and small photos upscaled)"),
    "VARIANT-RGBA": P(I, 'resized.save(f"{path}.{width}x{height}.jpg", "JPEG"', "bug", "RGBA/P images (PNG uploads) saved as JPEG without convert('RGB'): OSError, no variants"),
    "EXIF-GPS": P(I, 'exif=img.info.get("exif", b"")', "security", "original EXIF (GPS position, device serial) copied into the public variants"),
    "PAGE-SKIP": P(S, "start = page * PAGE_SIZE", "bug", "1-based page multiplied directly: page 1 starts at item 20, the first page of results is never shown", "off-by-one"),
    "PAGES-FLOOR": P(S, "pages = len(items) // PAGE_SIZE", "bug", "page count floors: a last partial page is not counted (0 pages for 1-19 results)"),
    "BUCKETS-OOB": P(S, "buckets = [0] * (max(prices) // step)", "bug", "one bucket too few: the most expensive listing indexes past the end (IndexError)", "off-by-one"),
    "RATE-MONTHLY": P(S, "r = rate_pct / 100", "bug", "annual rate used as the monthly rate (not divided by 12): estimate about 12x too high"),
    "RATE-ZERO": P(S, "return (price - deposit) * r / (1 - (1 + r) ** -n)", "bug", "a 0 % rate divides by zero (ZeroDivisionError on the listing page)", "signature-vs-statement"),
}

CONFUSABLE = [
    ("SQLI-CITY", "SQLI-ORDER"),
    ("SQLI-ORDER", "PAGE-NOT-INT"),
    ("CREATE-NO-AUTH", "CREATE-AGENT-SPOOF"),
    ("UPDATE-IDOR", "UPDATE-COLUMNS"),
    ("DELETE-NO-AUTH", "DELETE-ORPHANS"),
    ("UPLOAD-TRAVERSAL", "UPLOAD-ANY-TYPE"),
    ("IMPORT-SSRF", "IMPORT-NO-TIMEOUT"),
    ("IMPORT-NO-TIMEOUT", "IMPORT-NO-STATUS"),
    ("VARIANT-ASPECT", "VARIANT-RGBA"),
    ("VARIANT-RGBA", "EXIF-GPS"),
    ("PAGE-SKIP", "PAGES-FLOOR"),
    ("RATE-MONTHLY", "RATE-ZERO"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review summary

        The listings API has several injection and authorization gaps in `app.py`, and the photo pipeline in
        `images.py` both disables Pillow's safety limit and publishes camera metadata. The search helpers have
        a couple of arithmetic mistakes that users will see directly (first page of results missing, mortgage
        estimate far too high).

        **Top priorities**
        1. SQL injection in `GET /listings` (both `city` and `order`) and through the keys of `PUT /listings/<id>`.
        2. `DELETE /listings/<id>` is unauthenticated; `PUT` lets any agent edit any listing.
        3. Upload path traversal via `photo.filename`; SSRF in the photo import.
        4. Decompression bombs (`MAX_IMAGE_PIXELS = None`) and EXIF/GPS leakage.
        """,
        Block([
            F("SQLI-CITY", "critical", "security", "SQL injection through the `city` filter",
              "Bind `city` as a parameter: `WHERE city = ?`.", symbol="list_listings", conf=0.97),
            F("SQLI-ORDER", "high", "security", "Unvalidated `order` parameter in ORDER BY",
              "Map `order` onto an allow-list of column names; placeholders cannot bind identifiers.",
              symbol="list_listings", conf=0.9),
            F("UPDATE-COLUMNS", "critical", "security", "Request keys are used as column names in UPDATE",
              "Only accept a fixed set of editable fields (address, price, bedrooms); reject anything else.",
              symbol="update_listing", conf=0.92),
            F("UPDATE-IDOR", "high", "security", "Any agent can modify any listing",
              "Add `AND agent_id = ?` with the caller's id and return 404 when no row matches.",
              symbol="update_listing", conf=0.88),
            F("DELETE-NO-AUTH", "high", "security", "Delete endpoint requires no authentication",
              "Require a valid agent token and check ownership before deleting.", d=-1, n=2,
              symbol="delete_listing", conf=0.93),
            F("CREATE-AGENT-SPOOF", "medium", "security", "Caller can create listings on behalf of another agent",
              "Always use the authenticated agent as owner; ignore `agent_id` in the body.", symbol="create_listing", conf=0.8),
            F("UPLOAD-TRAVERSAL", "high", "security", "Path traversal in photo upload filename",
              "Use `secure_filename()` or generate the name server-side.", d=-1, symbol="upload_photo", conf=0.9),
            F("IMPORT-SSRF", "high", "security", "Server-side request forgery in photo import",
              "Allow only https URLs to public hosts; resolve and reject private/link-local addresses.",
              symbol="import_photo", conf=0.87),
            F("VIEW-RACE", "low", "bug", "View counter updated without the lock used by the flusher",
              "Wrap the read and write of `view_counts` in `with _views_lock:`; otherwise increments made while "
              "`flush_views` copies and clears the dict are lost.", d=-1, n=2, symbol="get_listing", conf=0.78),
            F("BOMB", "high", "security", "Pillow decompression-bomb guard disabled",
              "Keep the default `MAX_IMAGE_PIXELS` (or set a finite limit) and reject larger images.", conf=0.9),
            F("EXIF-GPS", "medium", "security", "Original EXIF (including GPS) copied into published variants",
              "Drop the `exif=` argument; strip metadata from every public image.", symbol="make_variants", conf=0.85),
            F("VARIANT-RGBA", "medium", "bug", "PNG uploads with transparency fail to save as JPEG",
              "Call `img.convert(\"RGB\")` before saving JPEG variants.", symbol="make_variants", conf=0.75),
            F("PAGE-SKIP", "medium", "bug", "Pagination skips the first page",
              "Pages are 1-based in the API; use `start = (page - 1) * PAGE_SIZE`.", symbol="paginate", conf=0.9),
            F("RATE-MONTHLY", "medium", "bug", "Mortgage estimate uses the annual rate per month",
              "Use `r = rate_pct / 100 / 12`.", symbol="monthly_payment", conf=0.88),
            F("BUCKETS-OOB", "low", "bug", "`price_buckets` raises IndexError for the highest price",
              "Allocate `max(prices) // step + 1` buckets.", d=+2, symbol="price_buckets", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Reviewed listings/*.py; 12 findings, most severe first.",
        Block([
            F("SQLI-CITY", "critical", "security", "city query arg flows into f-string SQL", "Parameterize.", d=-3),
            F("UPDATE-COLUMNS", "critical", "security", "PUT body keys build the SET clause", "Whitelist columns.", d=-1),
            F("DELETE-NO-AUTH", "high", "security", "delete_listing: no auth check", "Require agent token + ownership.", d=-1),
            F("UPLOAD-TRAVERSAL", "high", "security", "photo.filename used unsanitized in dest path", "secure_filename.", d=-1),
            F("IMPORT-SSRF", "high", "security", "import_photo fetches arbitrary user URL", "Restrict destinations.", d=-1),
            F("CREATE-NO-AUTH", "high", "security", "create_listing accepts requests without a valid token", "Return 401 when current_agent() is None."),
            F("BOMB", "high", "security", "MAX_IMAGE_PIXELS = None disables bomb protection", "Restore the limit."),
            F("PROCESSING-DUP", "medium", "bug", "_in_progress check/add is not atomic", "Guard with a lock.", d=-2),
            F("PAGE-SKIP", "medium", "bug", "paginate: page 1 returns items 20-39", "(page - 1) * PAGE_SIZE."),
            F("PAGES-FLOOR", "low", "bug", "pages undercounts when len(items) % PAGE_SIZE != 0", "Ceil division.", d=-1, sd=0),
            F("RATE-ZERO", "low", "bug", "monthly_payment divides by zero when rate_pct == 0", "Special-case r == 0.", d=-3),
            F("BUCKETS-OOB", "low", "bug", "price_buckets index out of range for max price", "Size + 1."),
        ], wrap="list", indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I have analyzed the listings service. It is a Flask application backed by SQLite that lets estate
        agents publish property listings, upload or import photos (resized with Pillow), and computes paging,
        a price histogram and a mortgage estimate.

        ### Security

        The most serious problems are injection and missing authorization checks in the HTTP handlers.
        """,
        Block([
            F("SQLI-CITY", "critical", "SQL Injection", "SQL Injection in listing search",
              "Use parameterized queries for all user input.", d=+1, sd=0,
              desc="The `city` parameter is concatenated into the query with an f-string."),
            F("UPDATE-IDOR", "high", "Broken Access Control", "Insecure Direct Object Reference on listing update",
              "Verify that the listing's agent_id matches the authenticated agent.",
              desc="Authentication is checked, but not whether the listing belongs to the caller."),
            F("DELETE-ORPHANS", "low", "Resource Management", "Photos are not removed when a listing is deleted",
              "Delete PHOTO_DIR/<listing_id> together with the row."),
            F("UPLOAD-ANY-TYPE", "high", "Unrestricted File Upload", "Unrestricted file upload",
              "Validate extension and magic bytes, enforce MAX_CONTENT_LENGTH.",
              desc="Any file (HTML, SVG, executables) can be uploaded and is later served back."),
            F("IMPORT-NO-TIMEOUT", "medium", "Denial of Service", "External request without timeout",
              "Pass `timeout=` to requests.get."),
            F("SECRET-DEFAULT", "medium", "Cryptography", "Hard-coded fallback SECRET_KEY",
              "Fail at startup when SECRET_KEY is not set."),
            U({"severity": "info", "category": "Style",
               "description": "Consider using Flask blueprints to organise the routes."}),
        ], wrap="list"),
        """
        ### Image processing and logic
        """,
        Block([
            F("BOMB", "critical", "Denial of Service", "Decompression bomb protection disabled",
              "Remove `Image.MAX_IMAGE_PIXELS = None`."),
            F("VARIANT-ASPECT", "medium", "Logic Error", "Resizing ignores aspect ratio",
              "Use `img.thumbnail((width, height))` to preserve proportions.", d=+1, sd=0),
            F("EXIF-GPS", "medium", "Information Disclosure", "EXIF metadata including location is preserved",
              "Strip EXIF before saving public images."),
            F("PROCESSING-DUP", "low", "Race Condition", "Race condition on the _in_progress set",
              "Use a threading.Lock around the membership test and insert.", d=-2, n=3),
            F("RATE-MONTHLY", "high", "Logic Error", "Incorrect mortgage formula",
              "Convert the annual percentage into a monthly rate.",
              desc="The annual interest rate is applied per month, overstating monthly payments considerably."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "security:",
        Block([
            F("SQLI-ORDER", "high", "security", "order param injected into ORDER BY", "allow-list sort columns"),
            F("UPDATE-COLUMNS", "high", "security", "sql injection via json keys in update", "fixed column list"),
            F("CREATE-AGENT-SPOOF", "medium", "security", "agent_id can be spoofed from body", "use current_agent()"),
            F("IMPORT-SSRF", "high", "security", "ssrf in photo import", "block internal addresses"),
        ], wrap="list", indent=None, fence=None),
        "other:",
        Block([
            F("VIEW-RACE", "low", "", "view_counts increment not under _views_lock", "take the lock"),
            F("IMPORT-NO-STATUS", "low", "", "import saves error pages as jpg", "raise_for_status()"),
            F("PAGE-SKIP", "medium", "bug", "first page of results skipped", "(page - 1) * PAGE_SIZE", d=+2, sd=0),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        # Code Review Report

        1. SQL injection in search and update handlers.
        2. Missing authentication/ownership checks (create, delete).
        3. Upload handling: path traversal, no type validation.
        4. Concurrency: shared counters and sets mutated without locks.
        5. Image variants: RGBA conversion, aspect ratio; arithmetic errors in paging and mortgage maths.
        """,
        Block([
            F("SQLI-CITY", "blocker", "security", "SQL injection via city and order in list_listings",
              "Use bound parameters and a sort allow-list.", conf=0.95),
            F("DELETE-NO-AUTH", "blocker", "security", "Unauthenticated listing deletion",
              "Check current_agent() and listing ownership.", conf=0.9),
            F("CREATE-NO-AUTH", "major", "security", "Anonymous users can create listings",
              "Reject the request when no agent is resolved.", d=+2, conf=0.8),
            F("UPLOAD-TRAVERSAL", "blocker", "security", "Directory traversal through uploaded filename",
              "Sanitize the filename.", conf=0.9),
            F("UPLOAD-ANY-TYPE", "major", "security", "No validation of uploaded file type or size",
              "Accept only JPEG/PNG/WebP and cap the size.", conf=0.75),
            F("VIEW-RACE", "major", "concurrency", "Lost updates on view_counts between get_listing and flush_views",
              "Protect view_counts consistently with _views_lock.", d=-1, conf=0.8),
            F("PROCESSING-DUP", "minor", "concurrency", "Same image may be processed twice concurrently",
              "Make the in-progress check atomic.", conf=0.7),
            F("IMG-NOT-CLOSED", "minor", "resource-leak", "Image file handle never closed",
              "Use `with Image.open(path) as img:`.", conf=0.7),
            F("VARIANT-RGBA", "major", "correctness", "JPEG save fails for images with alpha channel",
              "Convert to RGB first.", conf=0.8),
            F("VARIANT-ASPECT", "minor", "correctness", "Variants distort non-4:3 photos",
              "Preserve aspect ratio.", conf=0.7),
            F("BUCKETS-OOB", "major", "correctness", "IndexError in price_buckets for the top price",
              "Add one bucket.", d=+2, conf=0.8),
            F("RATE-ZERO", "minor", "correctness", "Zero interest rate crashes monthly_payment",
              "Return principal / n when the rate is 0.", conf=0.75),
            F("PAGE-NOT-INT", "minor", "correctness", "Non-numeric page parameter causes a 500",
              "Validate and return 400.", conf=0.6),
        ], wrap="object+summary", summary="13 issues: 3 blocker, 6 major, 4 minor"),
    ]),
}
