"""tune/py-reports: nightly sales reports (Python). For tuning; labels next to each finding."""

from build_answers import Answer, Block, F, P, U

LANGUAGE = "python"
ABOUT = (
    "Written 2026-12-02 by a helper session that had not seen the merger code or the tuning set. "
    "Tuning split: seeded problems in a small report renderer; five agents' answers written by hand."
)

PROBLEMS = {
    "YAML-UNSAFE": P("reports/settings.py", "loaded = yaml.load(fh, Loader=yaml.Loader)", "security", "settings loaded with the full yaml Loader (arbitrary objects)", "signature-vs-statement"),
    "SHELL-INJECTION": P("reports/web.py", 'subprocess.run(f"render-report {name} --format {fmt}", shell=True', "security", "report and format query values run through a shell", "source-vs-sink"),
    "PREDICTABLE-TMP": P("reports/web.py", 'with open("/tmp/report-output", "wb") as out:', "security", "fixed /tmp path: symlink attacks, concurrent requests overwrite each other"),
    "XSS-CELLS": P("reports/web.py", "cells = \"\".join(f\"<tr><td>{r['customer']}</td>", "security", "customer names inserted into HTML unescaped"),
    "RENDER-DEDUP-RACE": P("reports/worker.py", "self._render(job)", "bug", "seen check and add are not atomic: duplicate renders, racy completed counter", "critical-section"),
    "SWALLOWED-ERRORS": P("reports/worker.py", "except Exception:", "maintainability", "drain swallows every exception silently"),
    "MAVG-OFF-BY-ONE": P("reports/series.py", "for i in range(len(values) - window):", "bug", "range stops one window early: the last average is missing", "off-by-one"),
    "MAVG-ZERO-WINDOW": P("reports/series.py", "out.append(sum(values[i:i + window]) / window)", "bug", "window=0 divides by zero (window comes from settings)"),
    "DATE-FORMAT-SWAP": P("reports/series.py", 'datetime.strptime(text, "%Y-%d-%m")', "bug", "day and month swapped in the ISO format string"),
    "NAIVE-NOW": P("reports/series.py", "return parse_day(text) > datetime.now()", "bug", "compares with local naive now(): depends on the server's time zone"),
}

CONFUSABLE = [
    ("SHELL-INJECTION", "PREDICTABLE-TMP"),
    ("MAVG-OFF-BY-ONE", "MAVG-ZERO-WINDOW"),
]

ANSWERS = {
    "claude": Answer("claude", "rel", [
        """
        ## Review

        The report server passes query parameters to a shell, the settings loader uses PyYAML's unsafe
        loader, and `Renderer.handle` is not thread-safe although it runs on a pool. A few correctness
        bugs in `series.py` will produce wrong charts.
        """,
        Block([
            F("SHELL-INJECTION", "critical", "security", "Command injection through `report`/`format` query parameters",
              "Pass an argument list without `shell=True` and validate both values.", symbol="Handler.do_GET", conf=0.95),
            F("YAML-UNSAFE", "high", "security", "`yaml.load` with the unsafe Loader",
              "Use `yaml.safe_load`.", symbol="load_settings", conf=0.9),
            F("PREDICTABLE-TMP", "medium", "security", "Fixed temporary file path shared by all requests",
              "Use `tempfile.NamedTemporaryFile` or drop the file entirely.", symbol="Handler.do_GET", conf=0.7),
            F("XSS-CELLS", "medium", "security", "Customer names are not HTML-escaped",
              "Wrap values with `html.escape`.", symbol="rows_to_html", conf=0.8),
            F("RENDER-DEDUP-RACE", "medium", "bug", "Check-then-act on `seen` without the lock",
              "Hold `self._lock` while checking and marking the key (mark before rendering).",
              d=-2, n=2, symbol="Renderer.handle", conf=0.8),
            F("MAVG-OFF-BY-ONE", "medium", "bug", "Moving average drops the final window",
              "Use `range(len(values) - window + 1)`.", symbol="moving_average", conf=0.9),
            F("DATE-FORMAT-SWAP", "high", "bug", "Date format has day and month swapped",
              "Use `%Y-%m-%d` (or `date.fromisoformat`).", symbol="parse_day", conf=0.95),
            F("SWALLOWED-ERRORS", "low", "maintainability", "Exceptions are silently swallowed in `drain`",
              "Log with `log.exception` and count failures.", d=-1, n=2, symbol="Renderer.drain", conf=0.8),
        ]),
    ]),
    "codex": Answer("codex", "rel", [
        "Review of reports/: injection in web.py, unsafe YAML, a race in the renderer, off-by-one in the series code.",
        Block([
            F("SHELL-INJECTION", "critical", "security", "Untrusted `report` query value reaches a shell command",
              "Use subprocess.run([...]) without shell=True.", d=-2),
            F("YAML-UNSAFE", "high", "security", "Unsafe YAML deserialisation of the settings file",
              "yaml.safe_load"),
            F("RENDER-DEDUP-RACE", "medium", "performance", "Same report can be rendered several times concurrently",
              "Reserve the key under the lock before rendering."),
            F("MAVG-OFF-BY-ONE", "medium", "bug", "moving_average omits the last full window",
              "Iterate to len(values) - window + 1.", d=+1),
            F("MAVG-ZERO-WINDOW", "low", "bug", "ZeroDivisionError when window is 0",
              "Validate window > 0."),
            F("DATE-FORMAT-SWAP", "high", "bug", "parse_day uses %d-%m for ISO dates",
              "Use %Y-%m-%d."),
        ], indent=None),
    ]),
    "gemini": Answer("gemini", "abs", [
        """
        I have reviewed the reports package. Here is my analysis.

        **Security:** the application is vulnerable to command injection, insecure deserialization and XSS.
        **Concurrency:** the renderer shares state across threads.
        **Correctness:** the comparison with `datetime.now()` is timezone dependent.
        """,
        Block([
            F("YAML-UNSAFE", "critical", "security", "Insecure Deserialization in load_settings",
              "Use yaml.safe_load instead of yaml.load.", d=-3),
            F("SHELL-INJECTION", "critical", "security", "OS Command Injection in do_GET",
              "Avoid shell=True."),
            F("XSS-CELLS", "major", "security", "Cross-Site Scripting in rows_to_html",
              "Escape the customer field."),
            F("NAIVE-NOW", "medium", "correctness", "Naive datetime comparison",
              "Use timezone-aware datetimes (datetime.now(timezone.utc))."),
            F("RENDER-DEDUP-RACE", "medium", "concurrency", "The completed counter is not thread-safe",
              "Use the existing lock when incrementing.", d=+2),
            U({"severity": "info", "category": "style", "description": "The module lacks unit tests."}),
            F("PREDICTABLE-TMP", "medium", "security", "Insecure temporary file",
              "Use the tempfile module."),
        ], wrap="list"),
    ]),
    "opencode": Answer("opencode", "dot", [
        "Found 4 issues:",
        Block([
            F("SHELL-INJECTION", "critical", "security", "shell=True with user input", "pass args as a list"),
            F("YAML-UNSAFE", "high", "security", "yaml.load unsafe", "safe_load"),
            F("MAVG-OFF-BY-ONE", "medium", "bug", "off by one in moving_average range", "+1"),
            F("DATE-FORMAT-SWAP", "medium", "bug", "wrong strptime format", "%Y-%m-%d"),
        ], indent=None),
    ]),
    "qwen": Answer("qwen", "rel", [
        """
        I have completed the review. Summary of issues:

        1. Command injection in the HTTP handler.
        2. Race conditions in `Renderer.handle`.
        3. Division by zero in `moving_average`.
        4. Timezone-naive datetime usage.
        5. Silently swallowed exceptions.
        6. Insecure temporary file usage.
        """,
        Block([
            F("SHELL-INJECTION", "critical", "security", "Command injection via format parameter",
              "Do not build shell commands from user input.", d=-1, conf=0.9),
            F("RENDER-DEDUP-RACE", "major", "concurrency", "Race condition in Renderer.handle",
              "Use self._lock.", d=+1, n=2, conf=0.8),
            F("MAVG-ZERO-WINDOW", "minor", "correctness", "Possible division by zero",
              "Check window > 0.", conf=0.7),
            F("NAIVE-NOW", "minor", "correctness", "Use of naive datetime.now()",
              "Use timezone-aware datetimes.", conf=0.6),
            F("SWALLOWED-ERRORS", "minor", "maintainability", "Exceptions silently ignored",
              "Log the exception.", d=+1, conf=0.8),
            F("PREDICTABLE-TMP", "major", "security", "Insecure temporary file path",
              "Use tempfile.mkstemp.", conf=0.7),
        ], wrap="object+summary", summary="6 issues"),
    ]),
}
