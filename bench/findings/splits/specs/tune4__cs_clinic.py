"""tune4/cs-clinic: a clinic appointment API on ASP.NET Core minimal APIs (C#). For tuning; labels inline."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "csharp"
ABOUT = (
    "Written 2026-12-02 by a helper session (branch splits4) that had not seen the merger code, its results, "
    "its tuning answers or any test split's specs. Fourth tuning split: seeded problems in a small C# "
    "appointment-booking API; five agents' answers by hand."
)

C = "src/Clinic/"
PROG = C + "Program.cs"
REPO = C + "Data/AppointmentRepo.cs"
SLOTS = C + "SlotService.cs"
SMS = C + "SmsClient.cs"

PROBLEMS = {
    "CONN-LEAK": P(REPO, "        var conn = new SqlConnection", "bug", "Search opens a SqlConnection (and command, reader) that is never disposed: the pool runs dry"),
    "SQLI-PATIENT": P(REPO, "LIKE '%\" + patient", "security", "patient search text concatenated into the SQL string"),
    "SQLI-SORT": P(REPO, "+ \" ORDER BY \" + sort;", "security", "sort query value concatenated into ORDER BY"),
    "ADMIN-KEY-CONST": P(PROG, "const string AdminKey =", "security", "admin key hard-coded in source"),
    "CANCEL-IDOR": P(PROG, "repo.Cancel(id);", "security", "any caller cancels any appointment: X-Patient-Id is read but never compared with the appointment's patient", "signature-vs-statement"),
    "KEY-IN-QUERY": P(PROG, "?? req.Query[\"key\"]", "security", "admin key also accepted from the query string (ends up in logs, history, Referer)"),
    "KEY-TIMING": P(PROG, "if (key != AdminKey)", "security", "admin key compared with != (not constant-time)"),
    "PATH-TRAVERSAL": P(PROG, "Path.Combine(AttachmentRoot, file)", "security", "file query value combined with the attachment root unchecked: ../ or an absolute path reads any file", "source-vs-sink"),
    "BOOK-RACE": P(SLOTS, "_repo.Insert(doctor, start, patientId);", "bug", "check-then-insert on a shared Dictionary in a singleton: double bookings, corrupt dictionary, racy counter", "critical-section"),
    "SLOTS-LOCAL-TIME": P(SLOTS, "var today = DateTime.Today;", "bug", "slots computed from the server's local date and time zone, not the clinic's / UTC"),
    "SLOTS-OFF-BY-ONE": P(SLOTS, "for (int d = 0; d <= days; d++)", "bug", "`<= days` with today included returns days + 1 days", "off-by-one"),
    "TOKEN-RACE": P(SMS, "_token = await FetchTokenAsync();", "bug", "token refresh not synchronized: concurrent sends all fetch a token, torn _token/_tokenExpires", "critical-section"),
    "SMS-UNENCODED": P(SMS, "var url = $\"{_gateway}/send?to={phone}", "security", "phone and text interpolated into the URL without encoding: & or # in the text injects parameters or truncates the message"),
    "TOKEN-IN-URL": P(SMS, "var url = $\"{_gateway}/send?to={phone}", "security", "access token sent in the URL query string (logged by proxies and the gateway)"),
    "SEND-IGNORED": P(SMS, "await Http.GetAsync(url);", "bug", "SMS gateway response never checked (failures silent) and never disposed"),
}

CONFUSABLE = [
    ("CONN-LEAK", "SQLI-PATIENT"),
    ("SQLI-PATIENT", "SQLI-SORT"),
    ("KEY-IN-QUERY", "KEY-TIMING"),
    ("SLOTS-LOCAL-TIME", "SLOTS-OFF-BY-ONE"),
    ("SMS-UNENCODED", "TOKEN-IN-URL"),
    ("TOKEN-IN-URL", "SEND-IGNORED"),
    ("SMS-UNENCODED", "SEND-IGNORED"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        I went through `Program.cs`, `AppointmentRepo`, `SlotService` and `SmsClient`.

        **Summary.** The API has two injection points in `AppointmentRepo.Search`, a path traversal in
        `/attachments`, and broken authorization on appointment cancellation. `SlotService` and `SmsClient`
        are registered as singletons but keep mutable state without any synchronization, so concurrent
        requests can double-book a slot. The SMS client builds its URL by plain interpolation.

        Priorities:
        - **Critical**: SQL injection (`patient`, `sort`), path traversal in `/attachments`.
        - **High**: double booking race, cancellation without ownership check, connection leak.
        - **Medium**: admin key handling, SMS URL building, off-by-one in `FreeSlots`.
        """,
        Block([
            F("SQLI-PATIENT", "critical", "security", "SQL injection via the `patient` search parameter",
              "Use a parameterised query: `LIKE @pattern` with `'%' + patient + '%'` bound as a parameter.",
              symbol="AppointmentRepo.Search", conf=0.96),
            F("SQLI-SORT", "critical", "security", "SQL injection via `sort` in the ORDER BY clause",
              "ORDER BY cannot take a parameter; map `sort` onto a fixed set of column names.",
              symbol="AppointmentRepo.Search", conf=0.93),
            F("CONN-LEAK", "high", "bug", "SqlConnection, SqlCommand and SqlDataReader in Search are never disposed",
              "Declare them with `using var` like Insert and Cancel do; each search currently leaks a pooled connection.",
              n=2, symbol="AppointmentRepo.Search", conf=0.9),
            F("PATH-TRAVERSAL", "critical", "security", "Path traversal in GET /attachments",
              "`Path.Combine` returns `file` unchanged when it is rooted, and `..` segments escape the root. Resolve "
              "with Path.GetFullPath and require the result to start with AttachmentRoot.",
              symbol="GET /attachments", conf=0.94),
            F("CANCEL-IDOR", "high", "security", "Any caller can cancel any appointment",
              "`patientId` is read from X-Patient-Id but never used: load the appointment and compare its patient before cancelling.",
              d=-1, n=2, symbol="DELETE /appointments/{id}", conf=0.88),
            F("KEY-IN-QUERY", "medium", "security", "Admin key accepted in the query string",
              "Accept the key only from the header; query strings end up in access logs and browser history.",
              symbol="GET /admin/export", conf=0.8),
            F("KEY-TIMING", "low", "security", "Admin key compared with a non-constant-time `!=`",
              "Use CryptographicOperations.FixedTimeEquals on the UTF-8 bytes.", symbol="GET /admin/export", conf=0.6),
            F("ADMIN-KEY-CONST", "high", "security", "Admin key is hard-coded",
              "Load it from configuration or a secret store and rotate the current value.", conf=0.9),
            F("BOOK-RACE", "high", "bug", "Double booking: check-then-insert in `Book` is not atomic",
              "Two requests for the same slot can both pass `ContainsKey` and both insert; `Dictionary` is also not "
              "safe for concurrent writers and `_bookedToday++` loses increments. Add a unique index on "
              "(doctor, starts_at) and use a lock or ConcurrentDictionary.TryAdd before inserting.",
              d=-2, n=3, symbol="SlotService.Book", conf=0.9),
            F("SLOTS-OFF-BY-ONE", "medium", "bug", "`FreeSlots` returns one day too many",
              "Today is day 0, so the loop should be `d < days`.", symbol="SlotService.FreeSlots", conf=0.85),
            F("TOKEN-RACE", "medium", "bug", "Token refresh in SmsClient is not thread-safe",
              "Guard the refresh with a SemaphoreSlim so only one caller fetches a token and readers never see a "
              "new token with the old expiry.", d=-2, n=3, symbol="SmsClient.TokenAsync", conf=0.75),
            F("SMS-UNENCODED", "medium", "bug", "SMS parameters are not URL-encoded",
              "A message containing `&` or `#` is cut short or adds parameters; use Uri.EscapeDataString for phone and text.",
              symbol="SmsClient.SendAsync", conf=0.8),
            F("SEND-IGNORED", "low", "bug", "SMS send result is ignored",
              "Check `EnsureSuccessStatusCode()` and dispose the response; failed confirmations are currently silent.",
              symbol="SmsClient.SendAsync", conf=0.7),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review of src/Clinic (12 findings):",
        Block([
            F("SQLI-PATIENT", "critical", "security", "SQL injection in Search (patient LIKE)",
              "Bind @patient."),
            F("SQLI-SORT", "high", "security", "ORDER BY built from request `sort`",
              "Whitelist columns."),
            F("PATH-TRAVERSAL", "critical", "security", "Arbitrary file read via ?file=",
              "Canonicalise and check prefix.", d=-1),
            F("CANCEL-IDOR", "high", "security", "DELETE /appointments/{id} has no ownership check",
              "Compare X-Patient-Id with the appointment.", d=-3),
            F("BOOK-RACE", "high", "bug", "Book: ContainsKey then Insert races; Dictionary not thread-safe",
              "Lock, plus unique constraint.", d=-2),
            F("TOKEN-RACE", "medium", "performance", "Concurrent sends each fetch a new OAuth token",
              "Single-flight the refresh (SemaphoreSlim).", d=-2),
            F("TOKEN-IN-URL", "medium", "security", "access_token passed in query string",
              "Send it as Authorization: Bearer."),
            F("SEND-IGNORED", "medium", "bug", "GetAsync response ignored and not disposed",
              "using var resp = ...; resp.EnsureSuccessStatusCode()."),
            F("SLOTS-OFF-BY-ONE", "low", "bug", "FreeSlots iterates days+1 days",
              "d < days."),
            F("SLOTS-LOCAL-TIME", "low", "bug", "FreeSlots uses DateTime.Today (server local time)",
              "Use the clinic's time zone explicitly."),
            F("KEY-TIMING", "low", "security", "Admin key compare is not constant-time",
              "FixedTimeEquals.", d=-1, sd=0),
            F("CONN-LEAK", "medium", "bug", "Search leaks SqlConnection/SqlDataReader",
              "using var.", d=+1, sd=0),
        ], indent=None, fence=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        Okay, I've reviewed the clinic booking service. It's a compact ASP.NET Core minimal API, but it has a
        number of security and concurrency problems that should be addressed before it handles patient data.

        **Data access.** `AppointmentRepo.Search` builds its SQL by string concatenation and does not dispose
        its ADO.NET objects, unlike the other methods of the same class.

        **Endpoints.** Authorization is mostly missing: cancellation trusts the caller, the admin export
        accepts its key from the URL, and attachments are served from a path the client controls.

        **Shared state.** `SlotService` and `SmsClient` are singletons with unsynchronized mutable fields.
        """,
        Block([
            F("SQLI-PATIENT", "critical", "Security", "SQL Injection in appointment search",
              "Use SqlParameter for the search term.",
              desc="The `patient` value from the query string is concatenated into the LIKE clause."),
            F("SQLI-SORT", "critical", "Security", "SQL Injection through the sort parameter",
              "Validate `sort` against an allow-list.", d=-1, n=2,
              desc="The ORDER BY clause is built from the `sort` query parameter."),
            F("CONN-LEAK", "major", "Resource Management", "Database connection not disposed",
              "Wrap the connection, command and reader in using statements."),
            F("ADMIN-KEY-CONST", "high", "Security", "Hardcoded Admin Key",
              "Move the key to configuration/secrets.", symbol="AdminKey"),
            F("CANCEL-IDOR", "high", "Broken Access Control", "Missing ownership check on appointment cancellation",
              "Verify the patient owns the appointment.", d=-3, symbol="app.MapDelete"),
            F("KEY-IN-QUERY", "medium", "Security", "Sensitive Key Accepted via Query String",
              "Only read the admin key from a header."),
            F("PATH-TRAVERSAL", "critical", "Security", "Path Traversal in Attachment Download",
              "Sanitize the file name and ensure it stays inside the attachment directory.", d=-1, n=2,
              desc="The `file` query parameter flows directly into Path.Combine and then Results.File."),
            U({"severity": "info", "category": "Maintainability",
               "description": "Consider moving the endpoint definitions out of Program.cs into separate endpoint classes."}),
            F("BOOK-RACE", "high", "Concurrency", "Race Condition in SlotService.Book",
              "Use a lock or a database unique constraint.", d=-2,
              desc="The availability check and the insert are separate steps on a non-thread-safe Dictionary."),
            F("SLOTS-OFF-BY-ONE", "medium", "Logic Error", "Off-by-one in FreeSlots day loop",
              "Use `d < days`.", d=-1, sd=0),
            F("TOKEN-RACE", "medium", "Concurrency", "Thread-unsafe token caching in SmsClient",
              "Protect the token refresh with a SemaphoreSlim.", d=+1,
              desc="`_token` and `_tokenExpires` are written without synchronization by concurrent requests."),
            F("SMS-UNENCODED", "medium", "Correctness", "Unencoded query parameters in SMS URL",
              "Escape phone and text with Uri.EscapeDataString."),
            F("TOKEN-IN-URL", "medium", "Security", "Access Token Exposed in URL",
              "Pass the token in the Authorization header."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Reviewed src/Clinic. Main problems:",
        Block([
            F("SQLI-PATIENT", "critical", "security", "sql injection in Search", "parameterise the LIKE"),
            F("PATH-TRAVERSAL", "critical", "security", "attachments endpoint reads any file", "check the resolved path", d=-1),
            F("BOOK-RACE", "high", "", "double booking possible under concurrent requests", "lock or unique index", d=+2),
            F("ADMIN-KEY-CONST", "high", "security", "hardcoded admin key", "read from config"),
            F("SLOTS-OFF-BY-ONE", "medium", "bug", "free slots includes an extra day", "d < days"),
            F("SEND-IGNORED", "low", "bug", "sms send failures ignored", "check status code", d=-1, sd=0),
        ], wrap="list", indent=None, fence=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        ## Code Review Report

        1. Injection: `AppointmentRepo.Search` concatenates `patient` and `sort` into SQL.
        2. Access control: cancellation without ownership; admin key hard-coded, in query, compared naively.
        3. Concurrency: singleton services mutate shared state (`SlotService.Book`, `SmsClient.TokenAsync`).
        4. Correctness: `FreeSlots` day range and time zone.
        5. SMS: URL built without encoding, token in the URL.
        """,
        Block([
            F("SQLI-PATIENT", "blocker", "security", "SQL injection via patient filter",
              "Use parameters.", d=+2, conf=0.9),
            F("SQLI-SORT", "blocker", "security", "SQL injection via sort column",
              "Whitelist sortable columns.", conf=0.85),
            F("CANCEL-IDOR", "major", "security", "Cancel endpoint ignores the patient id",
              "Check that the appointment belongs to X-Patient-Id.", d=-2, conf=0.8),
            F("KEY-IN-QUERY", "major", "security", "Admin key may be passed in query string",
              "Header only.", conf=0.75),
            F("KEY-TIMING", "minor", "security", "Admin key comparison vulnerable to timing attack",
              "Constant-time comparison.", conf=0.5),
            F("BOOK-RACE", "major", "concurrency", "Non-atomic booking allows double booking",
              "Synchronize Book or rely on a unique constraint.", d=+1, conf=0.85),
            F("BOOK-RACE", "minor", "concurrency", "_bookedToday increment is not atomic",
              "Interlocked.Increment.", d=+2, conf=0.6),
            F("SLOTS-LOCAL-TIME", "minor", "correctness", "DateTime.Today depends on server time zone",
              "Use UTC or the clinic's zone.", conf=0.6),
            F("SLOTS-OFF-BY-ONE", "minor", "correctness", "FreeSlots loop bound is inclusive",
              "Exclusive bound.", conf=0.7),
            F("TOKEN-RACE", "minor", "concurrency", "Token refresh race in SmsClient",
              "SemaphoreSlim around refresh.", conf=0.65),
            F("SMS-UNENCODED", "major", "correctness", "SMS text not URL-encoded",
              "Uri.EscapeDataString.", conf=0.75),
            F("TOKEN-IN-URL", "major", "security", "OAuth token leaked in request URL",
              "Authorization header.", conf=0.7),
        ], wrap="object+summary", summary="12 issues: 2 blocker, 6 major, 4 minor"),
    ]),
}
