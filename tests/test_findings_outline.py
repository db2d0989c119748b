"""What the merger reads from the reviewed code (functions, data flow, blocks, the data a finding names)
and the kinds of defect it reads from a finding's words; and the merges they decide, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from mco_mcp.findings import ProviderFinding, merge_findings
from mco_mcp.findings.merge import findings_of, group_findings
from mco_mcp.findings.defects import KIND_CHARS, conflict, kinds, kinds_conflict, names_race
from mco_mcp.findings.outline import Outline
from mco_mcp.findings.similarity import RELATED_PLACE, build_items, place_score, relation
from mco_mcp.findings.source import SourceIndex
from mco_mcp.findings.unsure import unsure_pairs

GO = """package api

type Server struct{ hits map[string]int }

func NewServer() *Server {
	return &Server{hits: map[string]int{}}
}

// ListOrders serves GET /orders
func (s *Server) ListOrders(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	order := r.URL.Query().Get("order")
	query := fmt.Sprintf("SELECT id FROM orders WHERE status = '%s' ORDER BY %s", status, order)
	rows, _ := s.DB.Query(query)
	go func() {
		log.Print("{ not a brace }")
	}()
	_ = rows
}
"""

TS = """import express from "express";
const app = express();

app.put("/files", async (req, res) => {
  const user = String(req.header("x-user"));
  const target = path.join(DIR, user);
  res.json({ ok: true });
});

export async function withQuota(
  user: string,
  size: number,
): Promise<boolean> {
  const current = used.get(user) ?? 0;
  return current + size > LIMIT;
}
"""

PY = '''def apply_coupon(total, coupon):
    if coupon["kind"] == "percent":
        return total - total * coupon["value"] / 100
    if coupon["kind"] == "fixed":
        return total - coupon["value"]
    return total


def handle(self, job):
    if job.key in self.seen:
        return
    self._render(job)
    self.seen.add(job.key)
    self.completed += 1
'''


def test_go_method_is_its_own_function_not_part_of_the_one_above() -> None:
    """Regression: the indentation heuristic read `func (s *Server) ListOrders` as no declaration, so every
    method's lines belonged to `NewServer` above it."""
    outline = Outline(GO, "api.go")
    names = [(f.start, f.end, f.name) for f in outline.functions]
    assert (5, 7, "NewServer") in names and (10, 19, "ListOrders") in names
    assert outline.function_at(13).name == "ListOrders"
    assert outline.function_at(16).name.startswith("ListOrders.func@")  # the goroutine's closure
    assert outline.function_at(10).body == 11  # line 10 is the signature


def test_typescript_callbacks_and_multiline_signatures() -> None:
    outline = Outline(TS, "app.ts")
    put, quota = outline.function_at(5), outline.function_at(14)
    assert put.name == "app.put@4" and (put.start, put.end) == (4, 8)
    assert quota.name == "withQuota" and (quota.start, quota.body, quota.end) == (10, 14, 16)
    assert outline.locals(quota) >= {"user", "size", "current"}


def test_data_flows_from_a_source_assignment_to_its_sink() -> None:
    outline = Outline(GO, "api.go")
    assert outline.flows((11, 11), (13, 13))  # status := ... -> Sprintf(.., status, ..)
    assert outline.flows((13, 13), (14, 14))  # query -> s.DB.Query(query)
    assert not outline.flows((14, 14), (11, 11))  # only downwards
    assert not outline.flows((5, 5), (13, 13))  # not across functions
    ts = Outline(TS, "app.ts")
    assert ts.flows((5, 5), (6, 6)) and not ts.flows((5, 5), (14, 14))


def test_if_branches_are_not_one_section() -> None:
    """Regression: the percent branch's body and the fixed branch were read as one run of statements, and
    "negative total with percent coupons" merged with "negative total with fixed coupons"."""
    outline = Outline(PY, "pricing.py")
    assert not outline.one_run((3, 3), (4, 4))
    assert outline.one_run((10, 11), (12, 12)) and outline.one_run((12, 12), (14, 14))


def test_subjects_are_the_functions_own_data_the_prose_names() -> None:
    outline = Outline(GO, "api.go")
    assert outline.subjects(13, "SQL injection via the `status` parameter") == {"status"}
    assert outline.subjects(13, "sql injection through order param") == {"order"}
    assert outline.subjects(13, "String formatting used to build SQL query") == frozenset()
    assert outline.subjects(13, "`r.URL` is read without checks") == frozenset()  # a call, not a datum
    py = Outline(PY, "pricing.py")
    assert py.subjects(3, "Percent coupons above 100% produce a negative total") == {"percent"}


def test_kinds_of_defect() -> None:
    assert kinds("CSV export file handle never closed") == {"resource-leak"}
    assert "injection" in kinds("Spreadsheet formula injection in CSV export")
    assert kinds_conflict(kinds("CSV export file handle never closed"), kinds("Formula injection via customer names"))
    assert not kinds_conflict(kinds("Check-then-act on `seen` without the lock"), kinds("Racy completed counter"))
    assert not kinds_conflict(kinds("isAllowed always returns false"), kinds("Off-by-one in extensionOf"))
    assert not kinds_conflict(kinds("Secret key committed in source"), kinds("Hard-coded SECRET_KEY"))


def _finding(provider: str, title: str, file: str, line: int, snippet: str, category: str = "security",
             **kw: object) -> ProviderFinding:  # fmt: skip
    return ProviderFinding(provider=provider, severity="high", category=category, title=title, file=file,
                           line=line, snippet=snippet, **kw)  # type: ignore[arg-type]  # fmt: skip


def _groups(found: dict[str, list[ProviderFinding]], repo: Path) -> list[set[str]]:
    return [{v.provider for v in f.variants} for f in merge_findings(found, repo)]


def test_source_and_sink_citations_of_one_injection_merge_and_different_inputs_do_not(tmp_path: Path) -> None:
    (tmp_path / "api.go").write_text(GO)
    sink = 'query := fmt.Sprintf("SELECT id FROM orders WHERE status = \'%s\' ORDER BY %s", status, order)'
    found = {
        "claude": [_finding("claude", "SQL injection via the `status` parameter", "api.go", 13, sink),
                   _finding("claude", "SQL injection via the `order` parameter (ORDER BY)", "api.go", 13, sink)],
        "codex": [_finding("codex", "Untrusted `status` query value reaches SQL text", "api.go", 11,
                           'status := r.URL.Query().Get("status")')],
        "opencode": [_finding("opencode", "sql injection through order param", "api.go", 12,
                              'order := r.URL.Query().Get("order")')],
    }  # fmt: skip
    assert sorted(map(sorted, _groups(found, tmp_path))) == [["claude", "codex"], ["claude", "opencode"]]


def test_signature_line_joins_the_statement_it_opens(tmp_path: Path) -> None:
    (tmp_path / "settings.py").write_text(
        "import yaml\n\n\ndef load_settings(path):\n    with open(path) as fh:\n"
        "        return yaml.load(fh, Loader=yaml.Loader)\n"
    )
    found = {
        "claude": [_finding("claude", "`yaml.load` with the unsafe Loader", "settings.py", 6,
                            "return yaml.load(fh, Loader=yaml.Loader)")],
        "gemini": [_finding("gemini", "Unsafe YAML load of the settings file", "settings.py", 4,
                            "def load_settings(path):")],
    }  # fmt: skip
    assert _groups(found, tmp_path) == [{"claude", "gemini"}]


def test_critical_section_described_by_different_symptoms_is_one_problem(tmp_path: Path) -> None:
    (tmp_path / "worker.py").write_text(PY)
    found = {
        "claude": [_finding("claude", "Check-then-act on `seen` without the lock", "worker.py", 10,
                            "if job.key in self.seen:\n    return", "bug")],
        "codex": [_finding("codex", "Same report can be rendered several times concurrently", "worker.py", 12,
                           "self._render(job)", "performance")],
        "gemini": [_finding("gemini", "The completed counter is not thread-safe", "worker.py", 14,
                            "self.completed += 1", "bug")],
        "qwen": [_finding("qwen", "Race condition in handle", "worker.py", 13,
                          "self.seen.add(job.key)\nself.completed += 1", "bug")],
    }  # fmt: skip
    assert _groups(found, tmp_path) == [{"claude", "codex", "gemini", "qwen"}]


ADMIN_TS = """import { exec } from "node:child_process";

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://admin.local");
  const id = url.searchParams.get("id") ?? "";
  exec(`node scripts/replay.js ${id}${id ? " --requeue" : ""}`, (err) => {
    res.writeHead(err ? 500 : 202).end();
  });
}
"""

ROLE_GO = """package api

func isAdmin(r *http.Request) bool { return r.Header.Get("X-Role") == "admin" }
"""


def test_template_literal_interpolation_is_read_by_its_line() -> None:
    """Regression: a template literal was blanked whole, `${id}` included, so the line that reads `id` from
    the query and the `exec` that interpolates it were not related, and their findings stayed apart."""
    outline = Outline(ADMIN_TS, "admin.ts")
    assert "id" in outline.uses(6)
    assert outline.flows((5, 5), (6, 6))
    assert (outline.function_at(6).start, outline.function_at(6).end) == (6, 8)  # the callback still opens at its `{`
    assert outline.function_at(5).name == "handle"


def test_header_and_the_value_it_is_compared_with_are_one_check() -> None:
    """Regression: "Admin check trusts a client-controlled header" (naming `admin`) and "Authorization based on
    the spoofable X-Role header" (naming `X-Role`) read as findings about different data of one line."""
    outline = Outline(ROLE_GO, "roles.go")
    role, admin = outline.subjects(3, "Trusts the spoofable X-Role header"), outline.subjects(3, "The `admin` check")
    assert role == {"x-role", "admin"} and admin == {"admin"}
    assert not conflict(role, admin)
    # Said plainly in `isAdmin`, "admin" names the function (round 36), no datum: no conflict either.
    assert outline.subjects(3, "Admin check") == frozenset()
    py = Outline(PY, "pricing.py")  # values of one key named apart stay apart
    assert conflict(py.subjects(3, "Percent coupons go negative"), py.subjects(5, "Fixed coupons go negative"))


def test_kinds_read_from_words_that_mean_something_else() -> None:
    """Regressions: `forget()` read as a forgery, "timing leak" and "secrets leaked" as a resource leak,
    "Server-Side Request Forgery" as an authentication flaw, "silently drops the last chunk" as error handling."""
    assert kinds("delete() is undone: a forget() issued meanwhile is overwritten") == frozenset()
    assert kinds("Admin token compared with === (timing leak)") == {"timing"}
    assert kinds("subscriber secrets leaked by /subscribers") == frozenset()
    assert kinds("Server-Side Request Forgery in deliver") == {"ssrf"}
    assert kinds("Upload silently drops the final partial chunk") == {"bounds", "bounds:edge"}  # an edge (round 24)
    assert "resource-leak" in kinds("Goroutine leaks when the job times out")


def test_kinds_that_keep_near_misses_apart() -> None:
    """Distinct problems on one line or block, named by their kind of defect (tune2 near-miss pairs)."""
    assert kinds_conflict(kinds("fetch to arbitrary subscriber url"), kinds("Missing timeout on outgoing requests"))
    assert kinds_conflict(kinds("delete via GET, no csrf"), kinds("Any user can delete any link"))
    assert kinds_conflict(kinds("Cache eviction is FIFO, not LRU"), kinds("evict() starts at size == maxEntries, max-1"))
    assert kinds_conflict(kinds("hook exit status ignored"), kinds("Unsafe use of shell=True when running hooks"))
    assert kinds_conflict(kinds("SQL injection via q"), kinds("Reflected XSS: name rendered into HTML"))
    # one kind, worded by its cause or its sort
    assert not kinds_conflict(kinds("Endpoint has no authentication"), kinds("Missing authorization check"))
    assert not kinds_conflict(kinds("`db.Exec` with an injected filter"), kinds("SQL injection via status"))
    assert not kinds_conflict(kinds("one retry too many"), kinds("maxAttempts off by one"))
    assert not kinds_conflict(kinds("`/subscribers` returns `limit + 1` results"), kinds("Pagination returns an extra item"))


JAVA = """package com.acme;

public class TransferService {
    private final Map<String, Long> balances = new ConcurrentHashMap<>();

    public boolean transfer(String from, String to, long cents) {
        long available = balances.getOrDefault(from, 0L);
        if (available < cents) {
            return false;
        }
        synchronized (this) {
            balances.put(from, available - cents);
        }
        return true;
    }

    @Override
    public List<String> lastEntries(String account, int n) throws IOException {
        for (String entry : entries) {
            String[] parts = entry.split(";");
        }
    }
}
"""

RUST = """use std::thread;

pub fn rotate(path: &Path, keep: u32) -> io::Result<()> {
    for i in (1..=keep).rev() {
        let from = numbered(path, i);
        if from.exists() {
            fs::rename(&from, numbered(path, i + 1))?;
        }
    }
    match hook {
        Some(cmd) => {
            let mut out = run(cmd);
        }
        None => {}
    }
    thread::spawn(move || loop {
        tick();
    });
    Ok(())
}
"""

RUBY = """class InvoiceApp < Sinatra::Base
  helpers do
    def current_user
      @current_user ||= DB.find_user(session[:user_id])
    end
  end

  get "/invoices" do
    status = params[:status]
    rows = DB.conn.exec("SELECT * FROM invoices WHERE status = '#{status}'")
    json rows.to_a
  end

  def self.prorate(cents, from, to)
    days = (to - from).to_i
  end
end
"""


def test_java_methods_with_return_types_are_functions() -> None:
    """Regression: a Java method's header (`public boolean transfer(..)`, a return type before the name,
    `throws` after the parameters) was not read as a function, so no finding in a Java file had a scope,
    a signature or a block, and the citations of one problem on neighbouring statements stayed apart."""
    outline = Outline(JAVA, "TransferService.java")
    names = [(f.start, f.body, f.end, f.name) for f in outline.functions]
    assert names == [(6, 7, 15, "transfer"), (18, 19, 22, "lastEntries")]  # `synchronized (this)` is a block
    assert outline.defs(7) == {"available"} and outline.defs(20) == {"parts"}  # `long available = ..`
    assert "entry" in outline.defs(19)  # `for (String entry : entries)`
    assert outline.flows((7, 7), (8, 8))


def test_rust_fns_and_closures_are_functions_and_match_arms_are_not() -> None:
    outline = Outline(RUST, "rotate.rs")
    names = [(f.start, f.end, f.name) for f in outline.functions]
    assert names == [(3, 20, "rotate"), (16, 18, "rotate.spawn@16")]
    assert outline.function_at(12).name == "rotate"  # `Some(cmd) => {` is an arm, not an arrow function
    assert outline.defs(12) == {"out"}  # `let mut out = ..`
    assert outline.flows((4, 4), (7, 7))  # the loop variable reaches the rename


def test_ruby_defs_and_do_blocks_are_functions() -> None:
    """Regression: Ruby's routes (`get "/x" do`) were no functions and `def self.x` was named `self`; the
    scope of a `def` ran on to the end of the file, over every route below it."""
    outline = Outline(RUBY, "app.rb")
    names = [(f.start, f.body, f.end, f.name) for f in outline.functions]
    assert names == [(2, 3, 5, "helpers@2"), (3, 4, 4, "current_user"), (8, 9, 11, "get@8"), (14, 15, 15, "prorate")]
    assert outline.flows((9, 9), (10, 10))


ACCOUNTS_JAVA = """class AccountsHandler {
    public void handle(HttpExchange ex) throws IOException {
        Map<String, String> q = Query.parse(ex.getRequestURI().getRawQuery());
        String owner = q.get("owner");
        String sort = q.getOrDefault("sort", "created_at");
        ResultSet rs = st.executeQuery("SELECT id FROM accounts WHERE owner = '" + owner
                + "' ORDER BY " + sort);
        String both = "SELECT id FROM accounts WHERE owner = '" + owner + "' ORDER BY " + sort;
    }
}
"""


def _query_findings(line: int, snippet: str) -> dict[str, list[ProviderFinding]]:
    owner = """ResultSet rs = st.executeQuery("SELECT id FROM accounts WHERE owner = '" + owner"""
    sort = """+ "' ORDER BY " + sort);"""
    return {
        "claude": [_finding("claude", "SQL injection via the `owner` query parameter", "A.java", 6, owner),
                   _finding("claude", "SQL injection via `sort` in ORDER BY", "A.java", 7, sort)],
        "qwen": [_finding("qwen", "SQL injection through owner", "A.java", 6, owner),
                 _finding("qwen", "SQL injection through sort column", "A.java", 7, sort)],
        "opencode": [_finding("opencode", "sql injection in accounts query", "A.java", line, snippet)],
    }  # fmt: skip


def test_finding_naming_no_datum_joins_the_one_its_quoted_line_reads(tmp_path: Path) -> None:
    """Regression: "sql injection in accounts query", quoting the first line of a query built over two
    lines, joined neither injection (via `owner`, via `sort`), though the line it quotes reads only `owner`."""
    (tmp_path / "A.java").write_text(ACCOUNTS_JAVA)
    quoted = """ResultSet rs = st.executeQuery("SELECT id FROM accounts WHERE owner = '" + owner"""
    groups = sorted(map(sorted, _groups(_query_findings(6, quoted), tmp_path)))
    assert groups == [["claude", "opencode", "qwen"], ["claude", "qwen"]]
    owner = next(f for f in merge_findings(_query_findings(6, quoted), tmp_path) if len(f.detected_by) == 3)
    assert "owner" in owner.title


def test_finding_naming_no_datum_on_a_line_reading_both_joins_neither(tmp_path: Path) -> None:
    """Where neither the code nor the words tell which of two data of one line a finding means, it joins neither.

    Its words may lean: "sql injection in accounts query" shares "query" with the `owner` finding's title, and since
    round 21 (weights fitted on 43 sets) that lean joins it there. A rule that called such a finding unsure whenever
    its quoted line reads both data cost three problems held out (test20, test30, test35: "SQL injection in berth
    search" is the `pier` one, as another agent's "SQL Injection in Berth Search (pier)" says), so the lean stays."""
    (tmp_path / "A.java").write_text(ACCOUNTS_JAVA)
    quoted = """String both = "SELECT id FROM accounts WHERE owner = '" + owner + "' ORDER BY " + sort;"""
    found = _query_findings(8, quoted)
    # Words that could join either group (`Clustering.ambiguous` keeps it apart: without the rule it joins one). Only
    # the words both groups share: "SQL injection through request input" leaned to `owner` once fitted on 45 sets.
    found["opencode"] = [_finding("opencode", "SQL injection", "A.java", 8, quoted)]
    groups = sorted(map(sorted, _groups(found, tmp_path)))
    assert groups == [["claude", "qwen"], ["claude", "qwen"], ["opencode"]]


ORDERS_PY = """from flask import request


def search_orders(db):
    name = request.args.get("name", "")
    loaf = request.args.get("loaf", "")
    sql = "SELECT id, member, loaf FROM orders WHERE member LIKE '%" + name + "%'"  # the member's orders
    sql += " AND loaf = '" + loaf + "'"
    return db.execute(sql).fetchall()
"""


def test_python_strings_and_comments_are_no_code_the_line_reads() -> None:
    """As for the brace languages: a column named in an SQL string, or a word of a comment, is no datum a Python line
    reads; a name inside an f-string's braces is. The stripped text keeps every line."""
    outline = Outline(ORDERS_PY, "orders.py")
    assert not {"loaf", "member", "orders"} & outline.identifiers_on(7) and "member" not in outline.uses(7)
    assert {"sql", "name"} <= outline.identifiers_on(7)
    assert outline.uses(8) == frozenset({"loaf"}) and outline.defs(5) == frozenset({"name"})
    fstring = Outline('def f(kind, rows):\n    q = f"SELECT {kind} FROM t {{x}} WHERE n = {len(rows)}"\n', "f.py")
    assert {"kind", "len", "rows"} <= fstring.identifiers_on(2) and not {"SELECT", "FROM", "x"} & fstring.uses(2)
    # Text that does not tokenize (a half-written file) is read as it is, never dropped.
    broken = Outline('def f(:\n    x = "SELECT loaf"\n', "b.py")
    assert len(broken.lines) == 2 and "loaf" in broken.identifiers_on(2)


def test_a_python_finding_naming_no_datum_joins_the_one_its_quoted_line_reads(tmp_path: Path) -> None:
    """Regression (test61's doughsheet): "sql injection in order search" quotes the line that concatenates `name`,
    whose SQL string also lists the `loaf` column. Read as code, the column made the line read both data, so the
    finding joined neither the `name` injection nor the `loaf` one (`Clustering.ambiguous`)."""
    (tmp_path / "orders.py").write_text(ORDERS_PY)
    name_line = """sql = "SELECT id, member, loaf FROM orders WHERE member LIKE '%" + name + "%'\""""
    loaf_line = """sql += " AND loaf = '" + loaf + "'\""""
    found = {
        "claude": [_finding("claude", "SQL injection via the `name` search parameter", "orders.py", 7, name_line),
                   _finding("claude", "SQL injection via the `loaf` filter", "orders.py", 8, loaf_line)],
        "qwen": [_finding("qwen", "SQL injection through member name", "orders.py", 7, name_line),
                 _finding("qwen", "SQL injection through loaf filter", "orders.py", 8, loaf_line)],
        "opencode": [_finding("opencode", "sql injection in order search", "orders.py", 7, name_line)],
    }
    merged = merge_findings(found, tmp_path)
    assert sorted(sorted(f.detected_by) for f in merged) == [["claude", "opencode", "qwen"], ["claude", "qwen"]]
    assert "name" in next(f for f in merged if len(f.detected_by) == 3).title


@pytest.mark.timeout(120)  # a guard against a hang, not a measure: linear work takes well under a second here
@pytest.mark.parametrize("suffix", [".java", ".rs", ".ts", ".go", ".rb"])
def test_a_hostile_file_is_outlined_without_backtracking(suffix: str) -> None:
    """Regression: a line of 1000 spaces between two words cost the assignment pattern 26 s (three `\\s*`
    side by side backtrack cubically), and a header continued over many lines was re-stripped at every line
    (quadratic). A reviewed file is anyone's text."""
    lines = [
        "int" + " " * 5000 + "x",  # no `=`: every split of the spaces was tried
        "for" + " " * 5000 + "x",
        "x" + " " * 5000 + ": y" + " " * 5000 + "z",
        "f(",
        *["a," for _ in range(50_000)],  # one header over 50 000 lines
        ") {",
        "}",
    ]
    outline = Outline("\n".join(lines) + "\n", "hostile" + suffix)
    for line in range(1, 4):
        assert outline.defs(line) == frozenset()
        outline.uses(line)
        outline.identifiers_on(line)
        outline.fields_on(line)
    assert len(outline.functions) <= 1
    fields = Outline("x = " + "a.b" * 30_000 + " " * 30_000 + ".c" * 30_000 + "\n", "hostile" + suffix)
    assert "a" in fields.identifiers_on(1) and fields.fields_on(1) == frozenset()  # "ba", "c": too short


@pytest.mark.timeout(120)  # a guard against a hang, not a measure: linear work takes about a second here
def test_a_hostile_python_file_is_stripped_in_linear_time_and_keeps_its_lines() -> None:
    """Python's strings are blanked with `tokenize` (round 33); a reviewed file is anyone's text: an f-string of
    99 999 braces around one name, a string 200 000 lines long, form feeds and carriage returns inside strings (breaks
    `str.splitlines` knows and `tokenize` does not), a NUL byte, and an unterminated string at the end."""
    text = "".join([
        'a = f"' + "{" * 99_999 + "x" + "}" * 99_999 + '"\n',  # 49 999 escaped braces around {x}
        'b = """' + "loaf\n" * 200_000 + '"""\n',
        'c = "form\x0cfeed" + "car\rriage" + "nul\x00"  # loaf\n',
        "def f(name):\n",
        '    return "SELECT loaf FROM t WHERE n = " + name\n',
        "d = '''never closed\n",
    ])  # fmt: skip
    outline = Outline(text, "hostile.py")
    assert len(outline._code) == len(outline.lines) == len(text.splitlines())
    last = len(text.splitlines())
    # The unterminated string makes the file untokenizable: it is read as it is, never dropped.
    assert "loaf" in outline.identifiers_on(last - 1) and "name" in outline.uses(last - 1)
    closed = Outline(text[: text.rindex("d = ")], "hostile.py")  # tokenizes: the strings are blanked
    assert len(closed._code) == len(closed.lines)
    assert "loaf" not in closed.identifiers_on(last - 1) and "name" in closed.uses(last - 1)
    assert "x" in closed.identifiers_on(1) and "loaf" not in closed.identifiers_on(2)


@pytest.mark.timeout(120)  # a guard against a hang, not a measure
def test_hostile_destructuring_and_request_reads_are_read_in_linear_time() -> None:
    """The patterns of round 14 and 15 (`_DESTRUCTURE`, `_REQUEST_READ`) on lines built to make them backtrack."""
    lines = [
        "function f(req) {",
        "  const {" + "a = 1, " * 20_000 + "} = req.query;",
        "  const {" + " " * 20_000 + "}" + " " * 20_000,
        "  const x = " + "a(" * 20_000,
        "  const {a} :" + " x" * 20_000,
        "}",
    ]
    outline = Outline("\n".join(lines) + "\n", "hostile.ts")
    function = outline.function_at(3)
    assert function is not None
    assert "a" not in outline.inputs(function)  # "a" is a word of every sentence, never an input
    assert outline.subjects(3, "q from req.query " * 500) == frozenset()


@pytest.mark.timeout(120)  # a guard against a hang, not a measure
def test_hostile_record_keys_aliases_and_function_names_are_read_in_linear_time() -> None:
    """The subject rules of rounds 36 and 37 on lines built to make them slow: a function named by 100 000 camelCase
    words, 30 000 keys looked up in one record on one line, a 200 000-space gap before a subscript, and an input
    read by 30 000 keys on one line (several keys: no alias)."""
    text = "".join([
        "def " + "aB" * 50_000 + "(req):\n",
        "    row = db.one()\n",
        "    total = " + " + ".join(f'row["k{n}"]' for n in range(30_000)) + "\n",
        "    gap = row" + " " * 200_000 + '["far"]\n',
        "    order = " + " or ".join(f'request.args.get("s{n}")' for n in range(30_000)) + "\n",
    ])  # fmt: skip
    outline = Outline(text, "hostile.py")
    function = outline.function_at(3)
    assert function is not None
    assert len(outline.contents(function)["row"]) == 30_001  # every key and the far one, across the gap
    assert outline.aliases(function) == {}
    subjects = outline.subjects(3, "the `row` record is summed " * 200)
    assert "row" in subjects and "k29999" in subjects and "far" in subjects


# -- round 4: braces on their own line, a template's top level, a key a quoted line looks up ------------------
CSHARP = """using System;

public sealed class Repo
{
    private readonly string _conn;

    public List<Item> Search(string patient, string sort)
    {
        var sql = "SELECT * FROM t WHERE p LIKE '%" + patient + "%'"
            + " ORDER BY " + sort;
        return Run(sql);
    }

    public void Touch()
    {
        var n = 1;
        {
            n++;
        }
    }
}
"""

PHP_TEMPLATE = """<?php
require __DIR__ . '/../src/db.php';
$album = find_album((int)($_GET['id'] ?? 0));
$views = count_views($album['id']);
?>
<html>
<body>
<h1><?= $album['title'] ?></h1>
<p>Filter: <?= $_GET['q'] ?? '' ?> &middot; <?= $views ?> views</p>
</body>
</html>
"""


def test_a_brace_on_its_own_line_opens_the_block_of_the_declaration_above() -> None:
    """Regression: C# (and Java, PHP, C written Allman style) put a method's `{` on the line after its
    signature; the line break ended the header, so the outline found no method at all and every finding in
    the file had the whole file as its scope (no data of its own, no signature, no one block)."""
    outline = Outline(CSHARP, "Repo.cs")
    names = {f.name: (f.start, f.body, f.end) for f in outline.functions}
    assert names == {"Search": (7, 9, 12), "Touch": (14, 16, 20)}
    assert outline.subjects(9, "SQL injection via the `sort` parameter") == {"sort"}
    # A bare block after a statement (`var n = 1;` then `{`) is no function: the `;` ended that header.
    assert all(f.start != 16 for f in outline.functions)


def test_the_data_of_a_template_outside_any_function_are_what_its_findings_name() -> None:
    """A PHP or ERB template has no function: its top level is the scope whose data (`$_GET['q']`,
    `$album['title']`) a finding names, so injections through two of them two lines apart are two problems."""
    outline = Outline(PHP_TEMPLATE, "album.php")
    assert outline.function_at(9) is None
    assert outline.subjects(9, "Reflected XSS via the `q` parameter") == {"q"}
    assert outline.subjects(8, "Stored XSS: album title is printed unescaped") == {"title"}
    assert "q" in outline.keys_on(9) and "title" not in outline.keys_on(9)


def _template_findings() -> dict[str, list[ProviderFinding]]:
    title = "<h1><?= $album['title'] ?></h1>"
    q = "<p>Filter: <?= $_GET['q'] ?? '' ?> &middot; <?= $views ?> views</p>"
    return {
        "claude": [_finding("claude", "Stored XSS: album title is printed unescaped", "album.php", 8, title),
                   _finding("claude", "Reflected XSS via the `q` parameter", "album.php", 9, q)],
        "codex": [_finding("codex", "Unescaped album title", "album.php", 8, title)],
        "gemini": [_finding("gemini", "Reflected XSS in Filter Parameter", "album.php", 9, q)],
    }  # fmt: skip


def test_a_finding_naming_no_datum_joins_the_group_whose_key_its_quoted_line_looks_up(tmp_path: Path) -> None:
    """Regression: gemini's "Reflected XSS in Filter Parameter" names no datum and sat between an XSS through
    `$album['title']` and one through `$_GET['q']`; the line it quotes looks up `q` (a key, not a variable),
    which the check "its quoted line reads that datum" did not count, so it joined neither."""
    (tmp_path / "album.php").write_text(PHP_TEMPLATE)
    groups = sorted(map(sorted, _groups(_template_findings(), tmp_path)))
    assert groups == [["claude", "codex"], ["claude", "gemini"]]
    merged = merge_findings(_template_findings(), tmp_path)
    q = next(f for f in merged if "gemini" in f.detected_by)
    assert {v.title for v in q.variants} == {"Reflected XSS via the `q` parameter", "Reflected XSS in Filter Parameter"}


# A check-then-act in the two shapes agents cite it over: the test and the statements in its body (a cached
# token refreshed), and the test with an early exit and the statements after it (a balance moved, a counter).
CACHE_CS = """public sealed class Rates
{
    private string? _rate;
    private DateTime _expires;

    public async Task<string> RateAsync()
    {
        if (_rate == null || DateTime.UtcNow > _expires)
        {
            _rate = await FetchAsync();
            _expires = DateTime.UtcNow.AddMinutes(5);
        }
        return _rate;
    }
}
"""

LEDGER_JAVA = """public class Ledger {
    private final Map<String, Long> balances = new HashMap<>();
    private long moves;

    public boolean move(String from, String to, long cents) {
        long have = balances.getOrDefault(from, 0L);
        if (have < cents) {
            return false;
        }
        balances.put(from, have - cents);
        balances.put(to, balances.getOrDefault(to, 0L) + cents);
        moves++;
        return true;
    }

    public long moved() {
        return moves;
    }
}
"""


def test_a_check_guards_its_body_and_after_an_early_exit_the_rest_of_its_block() -> None:
    cs = Outline(CACHE_CS, "Rates.cs")
    assert cs.guards((8, 8), (11, 11))  # the write at the end of the body
    assert not cs.guards((11, 11), (13, 13))  # an assignment is no test
    java = Outline(LEDGER_JAVA, "Ledger.java")
    assert java.guards((7, 7), (12, 12))  # `return false` leaves; what follows is what the test lets through
    assert not java.guards((7, 7), (17, 17))  # another method
    assert not java.guards((12, 12), (7, 7))  # the act comes after the check
    ruby = Outline(
        "class Slots\n  def book(slot, who)\n    return false if @taken.key?(slot)\n    save(slot, who)\n"
        "    @taken[slot] = who\n    @count += 1\n  end\n\n  def count\n    @count\n  end\nend\n",
        "slots.rb",
    )
    assert ruby.guards((3, 3), (6, 6))  # an early exit under a trailing test guards the rest of the method
    assert not ruby.guards((3, 3), (10, 10))
    python = Outline(
        "def take(self, key):\n    for k in self.keys:\n        if k == key:\n            return False\n"
        "    self.keys.append(key)\n    self.count += 1\n",
        "take.py",
    )
    assert python.guards((3, 3), (4, 4))
    assert not python.guards((3, 3), (6, 6))  # the loop the test sits in ends before: nothing it lets through


def test_a_race_cited_on_the_check_and_on_a_statement_it_guards_is_one_problem(tmp_path: Path) -> None:
    """Regression (tune4 TOKEN-RACE, tune3 TRANSFER-RACE): one agent cited the test of a check-then-act, another
    the last write it guards three or five lines below; with nothing else tying the lines, the place was too
    weak for the few words they share and the race stayed split in two findings.

    The Java half: the check and the balance write it lets through, told by its symptom (an overdraft). Until round
    21 it paired the check with the `moves++` counter three lines further, one problem in tune3; test38, written
    independently, counts a counter's lost increments and a check-then-act in one section as two problems, and the
    weights fitted on both no longer join those on the section alone (margin +0.05 before, -0.25 after). The check
    and the write itself sit at the bar: joined with round 38's weights (margin +0.04), just short of it with round
    39's, fitted on 79 sets (-0.04). Either way the rules never reject the pair: they join it, or it is one of the
    unsure pairs an adjudicator is asked about."""
    (tmp_path / "Rates.cs").write_text(CACHE_CS)
    found = {
        "codex": [_finding("codex", "Concurrent callers each fetch a new rate", "Rates.cs", 8,
                           "if (_rate == null || DateTime.UtcNow > _expires)", "performance")],
        "gemini": [_finding("gemini", "Rate cache written without synchronization", "Rates.cs", 11,
                            "_expires = DateTime.UtcNow.AddMinutes(5);", "bug",
                            description="`_rate` and `_expires` are written by concurrent requests.")],
    }  # fmt: skip
    assert _groups(found, tmp_path) == [{"codex", "gemini"}]
    (tmp_path / "Ledger.java").write_text(LEDGER_JAVA)
    found = {
        "claude": [_finding("claude", "Check-then-act on the balance is not atomic", "Ledger.java", 7,
                            "if (have < cents) {", "bug")],
        "gemini": [_finding("gemini", "Concurrent moves can overdraw an account", "Ledger.java", 10,
                            "balances.put(from, have - cents);", "bug",
                            description="Nothing makes the read, the check and the write atomic.")],
    }  # fmt: skip
    grouping = group_findings(found, tmp_path)
    if len(grouping.clusters) > 1:
        asked = [{grouping.items[p.a].finding.provider, grouping.items[p.b].finding.provider}
                 for p in unsure_pairs(grouping)]  # fmt: skip
        assert asked == [{"claude", "gemini"}]
    assert {v.provider for f in findings_of(grouping) for v in f.variants} == {"claude", "gemini"}


def test_the_critical_section_ties_a_check_to_what_it_guards_only_for_two_reports_of_a_race(tmp_path: Path) -> None:
    """"Lock" alone also names a lock *file*, and a stale pid file is its own problem on the same check as the
    race on that file (tune2 LOCK-TOCTOU vs STALE-LOCK fused under the near-miss stress when the rule read the
    concurrency kind, which "lock" sets): the check and the write it guards are one place only when both
    findings call the problem a race."""
    (tmp_path / "runlock.py").write_text(
        "import os\n\n\nclass RunLock:\n    def acquire(self):\n        if self.path.exists():\n"
        "            return False\n        pid = os.getpid()\n        started = time.time()\n"
        "        self.path.write_text(f\"{pid} {started}\")\n        return True\n"
    )
    stale = _finding("qwen", "Stale lock after a crash blocks every later run", "runlock.py", 6,
                     "if self.path.exists():", "bug")  # fmt: skip
    check = _finding("qwen", "Lock acquisition is not atomic", "runlock.py", 6, "if self.path.exists():", "bug")
    write = _finding("codex", "Two runs can both take the lock: exists() then write_text() races", "runlock.py", 10,
                     'self.path.write_text(f"{pid} {started}")', "bug")  # fmt: skip
    assert names_race(write.title) and names_race(check.title) and not names_race(stale.title)
    assert "concurrency" in kinds(stale.title)  # what the rule must not read
    sources = SourceIndex(tmp_path)
    for first, expected in ((check, RELATED_PLACE["guard"]), (stale, None)):
        a, b = build_items({"qwen": [first], "codex": [write]}, sources)
        place = place_score(a, b)
        assert place is not None
        if expected is None:
            assert place < RELATED_PLACE["guard"]
        else:
            assert place == expected


def assert_one_kind(pairs: list[tuple[str, str]]) -> None:
    """Each pair: two wordings of one defect, each naming a kind, and no conflict between them."""
    for a, b in pairs:
        ka, kb = kinds(a), kinds(b)
        assert ka and kb and not kinds_conflict(ka, kb), (a, ka, b, kb)


def assert_kinds_apart(pairs: list[tuple[str, str]]) -> None:
    """Each pair: two different defects whose kinds conflict."""
    for a, b in pairs:
        assert kinds_conflict(kinds(a), kinds(b)), (a, kinds(a), b, kinds(b))


def test_round6_words_of_one_kind_agree() -> None:
    """Round 6 (issue 15): one defect named in the different words reviewers use for it is one kind."""
    same = [
        ("Memory leak: _seen grows indefinitely", "Unbounded growth of the _seen set"),
        ("Attempts map is never cleaned up", "Memory leak in LoginLimiter"),
        ("maxSeries check allows one extra series", "Series limit allows one more series than configured"),
        ("Audit pagination skips an entry per page", "Audit page start index off by one"),
        ("Manifest pages overlap by one entry", "Off-by-one in page end index"),
        ("Nil pointer dereference for unknown series", "nil deref when series not found"),
        ("nil map write panics in PushAll", "`p.failed` is never initialised"),
        ("PushAll blocks forever after the first error", "Deadlock on the unbuffered error channel"),
        ("Thundering herd on cache expiry", "Concurrent cache misses load the same project repeatedly"),
        ("Monetary amounts computed with floats", "Floating point arithmetic for currency"),
        ("Query parameter `format` is interpolated into `sh -c`", "Shell command injection in convert"),
        ("transcript: room name not HTML-escaped", "Cross-Site Scripting in Transcript"),
        ("Mass assignment in user update", "PUT /users/:id spreads the raw request body into the stored user"),
        ("Sensitive payment data written to logs", "Gateway response and customer e-mail are logged at INFO"),
        ("Empty SDK key accepted", "Requests without an SDK key are accepted when SDK_KEYS is unset"),
        ("saveAll does not await its writes", "async forEach not awaited"),
        ("cached conn never reset after write error", "Write error does not reset the cached connection"),
        ("Proration excludes the first active day", "Off-by-one in the proration window"),
        ("Export path is built from the customer name", "Path traversal through the name"),
        ("Download does not check access to the document", "Missing authorization on download"),
        ("Client errors from backend treated as success", "4xx responses are silently ignored"),
        ("Webhook signature not HMAC-based", "Signature is sha256(secret + message), not an HMAC"),
    ]
    assert_one_kind(same)


def test_round6_kinds_that_keep_near_misses_apart() -> None:
    apart = [
        ("Concurrent Upload calls share one net.Conn without locking", "cached conn never reset after write error"),
        ("Push failures are not detected", "A failed push leaves `flushing = true` forever"),
        ("Refresh tokens never expire", "Refresh token can be redeemed twice"),
        ("Password hash cache is never invalidated", "Cache stampede in checkPassword"),
        ("Inefficient Pagination of Audit Log", "Audit page start index off by one"),
        ("Nil pointer dereference for unknown series", "Stored XSS in the query page"),
        ("Memory leak: _seen grows indefinitely", "CSV export file handle never closed"),
    ]
    assert_kinds_apart(apart)


def test_round6_words_that_mean_something_else() -> None:
    """"logged-in" is no log line; "one by one" is no off-by-one; a bound on a value is no growth."""
    assert "sensitive-log" not in kinds("Any logged-in user can delete any photo")
    assert "bounds" not in kinds("Rows are inserted one by one")
    assert "unbounded" not in kinds("Percentage discount not bounded")
    assert "resource-leak" not in kinds("Memory leak in LoginLimiter")


def test_a_closure_inside_a_function_is_part_of_its_body() -> None:
    """The signature of `saveAll` and a statement inside the callback it passes to `forEach` are one place."""
    ts = (
        "export async function saveAll(all: Note[]): Promise<void> {\n"
        "  const batches = chunk(all, 25);\n"
        "  batches.forEach(async (batch) => {\n"
        "    await writeBatch(batch);\n"
        "  });\n"
        "}\n"
    )
    outline = Outline(ts, "store.ts")
    assert relation(outline, (1, 1), (3, 3)) == "signature"
    assert relation(outline, (1, 1), (4, 4)) == "signature"
    assert relation(outline, (3, 3), (4, 4)) == "signature"  # the callback's own head and body


def test_round7_words_of_one_kind_agree() -> None:
    """Round 7 (issue 15): more of the words reviewers use for one defect class."""
    same = [
        ("API key compared with ==", "Non-constant-time comparison of the API key"),
        ("Client secrets stored in plaintext", "client secrets are not hashed"),
        ("Opportunistic TLS silently falls back to plaintext", "STARTTLS failure ignored, sends plaintext"),
        ("Zip Slip in `import_bundle`", "Path traversal when extracting bundle"),
        ("Zip bomb during bundle import", "Bundle members are read fully into memory"),
        ("Leaderboard cache stored under a different key than it is read: never hits",
         "leaderboard cache key mismatch, cache never used"),
        ("Snapshot pruning sorts names as strings", "prune sorts filenames lexically (v10 < v9)"),
        ("`Create` does not lower-case the zone name but `Get` does", "Zone name case handling inconsistent"),
        ("Zone Creation Overwrites Existing Zone", "create overwrites an existing zone"),
        ("`expires` is not covered by the link signature", "Expiry timestamp of download links can be modified"),
        ("Authentication bypass when API key is not configured", "empty api key disables auth"),
        ("Unrestricted outbound fetch from user URL", "SSRF: image import fetches arbitrary URLs"),
        ("Synchronous child process in request handler", "`execSync` blocks the event loop during PNG export"),
        ("Prune keeps one snapshot fewer than configured", "Off-by-one in the number of kept snapshots"),
        ("Deleting an unknown artifact raises a `TypeError`", "NoneType is not subscriptable on a missing row"),
        ("Non-atomic file write on upload", "Failed uploads leave a truncated file in place"),
        ("Refresh token reuse under concurrent requests", "Refresh token can be redeemed twice"),
    ]
    assert_one_kind(same)


def test_round7_kinds_that_keep_near_misses_apart() -> None:
    apart = [
        ("API key accepted in the query string", "API key compared with =="),
        ("Client Secrets Stored in Plaintext", "client secret compared with ==="),
        ("Certificate verification disabled for STARTTLS", "Opportunistic TLS silently falls back to plaintext"),
        ("Zip Slip vulnerability in import_bundle", "Zip bomb during bundle import"),
        ("Snapshot pruning sorts names as strings", "Prune keeps one snapshot fewer than configured"),
        ("Create keys zones by raw name, Get by ToLower(name)", "create overwrites an existing zone"),
        ("Expiry timestamp of download links can be modified", "sign_link: sha256(secret||msg) instead of HMAC"),
        ("Snapshot not written atomically", "Concurrent snapshots can overwrite each other's version"),
        ("Scope filter grants any scope starting with 'openid'", "grantedScopes: scope undefined -> TypeError"),
    ]
    assert_kinds_apart(apart)


def test_round7_words_that_mean_something_else() -> None:
    """A role read from the query string is no secret in a URL; "overlapping runs reuse the same version" is a
    race, not a replayed token; unsigned tokens are forgeable, not a field left out of a signature; a value
    overwritten by a race is no overwrite of an existing record."""
    assert "secret-in-url" not in kinds("role read from query string")
    assert "replay" not in kinds("Overlapping snapshot runs reuse the same version number")
    assert "unsigned-field" not in kinds("Session tokens are unsigned and trivially forgeable")
    assert kinds("delete() is undone: a forget() issued meanwhile is overwritten") == frozenset()


def test_kinds_from_the_usual_taxonomies() -> None:
    """Classes named as CWE / OWASP name them, added before any split used them: each is a kind of its own, and
    two of them on one line are two problems."""
    for text, kind in [
        ("Open redirect via the next parameter", "open-redirect"),
        ("XML parser resolves external entities (XXE)", "xxe"),
        ("CORS allows any origin with credentials", "cors"),
        ("Session id is not regenerated after login", "session-fixation"),
        ("Integer overflow when multiplying the page size", "integer-overflow"),
        ("Prototype pollution through a merged __proto__ key", "prototype-pollution"),
        ("Session cookie lacks HttpOnly", "cookie-flags"),
        ("Unrestricted file upload into the web root", "unrestricted-upload"),
        ("Infinite loop when the cursor never advances", "infinite-loop"),
        ("Debug mode enabled in production", "debug-exposure"),
        ("Failed jobs are retried immediately with no backoff", "retry-backoff"),
        ("Timeouts measured with the wall clock instead of a monotonic clock", "clock"),
        ("CRLF in the filename header allows response splitting", "injection:header"),
        ("Goroutines capture the loop variable", "loop-capture"),
        ("normalize() mutates the caller's list", "aliasing"),
        ("Email regex is not anchored", "regex-anchor"),
        ("No X-Frame-Options: clickjacking", "clickjacking"),
        ("Loose comparison of hashes (type juggling)", "loose-equality"),
        ("Expiry computed in local time breaks across DST", "time-zone"),
        ("defer f.Close() inside the loop keeps every file open", "resource-leak"),
        ("Formula evaluated with eval()", "injection:command"),
        ("Comment body assigned to innerHTML", "injection:markup"),
        ("Internal error details are returned to the client", "debug-exposure"),
    ]:
        assert kind in kinds(text), (text, kinds(text))
    assert kinds_conflict(kinds("Open redirect via next"), kinds("Session id is not regenerated after login"))
    assert kinds_conflict(kinds("Header injection via the filename"), kinds("SQL injection via the filename"))
    one = (kinds("Deliveries are retried immediately"), kinds("No backoff between delivery attempts"))
    assert all(one) and not kinds_conflict(*one)


REGISTRY_GO = """package registry

func (s *Server) HandleManifestPut(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	digest := sum(body)
	s.mu.Lock()
	s.manifests[digest] = body
	s.mu.Unlock()
	if s.tags[repo] == nil {
		s.tags[repo] = map[string]string{}
	}
	s.tags[repo][ref] = digest
	s.pushes++
	go s.notify(repo, ref, digest)
}
"""


def test_two_reports_of_a_race_a_few_statements_apart_in_one_function_are_one_place(tmp_path: Path) -> None:
    """Round 8 (test7 TAGS-RACE): the map written after `Unlock()` and the counter bumped four lines below are one
    critical section; the rule needs both findings to call the problem a race, and one function."""
    (tmp_path / "manifests.go").write_text(REGISTRY_GO)
    sources = SourceIndex(tmp_path)
    tags = _finding("claude", "`s.tags` is modified after `s.mu.Unlock()`", "manifests.go", 9,
                    "if s.tags[repo] == nil {", "bug")  # fmt: skip
    counter = _finding("codex", "s.pushes++ outside the mutex (racy counter)", "manifests.go", 13, "s.pushes++", "bug")
    other = _finding("codex", "notify goroutine is never awaited on shutdown", "manifests.go", 13, "s.pushes++", "bug")
    assert names_race(tags.title) and names_race(counter.title) and not names_race(other.title)
    a, b = build_items({"claude": [tags], "codex": [counter]}, sources)
    assert place_score(a, b) == RELATED_PLACE["section"]
    a, b = build_items({"claude": [tags], "codex": [other]}, sources)
    place = place_score(a, b)
    assert place is not None and place < RELATED_PLACE["section"]


def test_round8_words_of_one_kind_agree() -> None:
    same = [
        ("Unsafe counter increments in Get", "Data race on the hit counters"),
        ("basic auth over plain http", "Credentials Sent Without TLS"),
        ("Digest verification result is ignored", "error from verify is silently ignored"),
        ("Filesystem error (with full path) returned to the client", "Internal Error Messages Exposed"),
        ("?limit= is uncapped", "Unbounded limit parameter"),
        ("anyone can register a device", "Unauthenticated Device Registration"),
        ("give_back doesn't verify loan owner", "Returning a loan does not check that it belongs to the caller"),
        ("fetchone() result used without None check", "Missing loan causes TypeError"),
        ("Returning a book with no holds raises IndexError", "next_for pops empty list"),
        ("Unhandled promise rejection from setInterval", "a pager error aborts the whole escalation run"),
        ("Device token is predictable", "Device tokens are guessable"),
        ("Insecure direct object reference on /members/<id>", "member_profile: no ownership check"),
        ("misses++ under RLock", "Unsafe counter increments in Get"),
        ("Manifest deletion only requires pull access", "Missing authorization on DELETE"),
    ]
    assert_one_kind(same)
    apart = [
        ("Hold Queue Serves the Newest Request First", "next_for pops empty list"),
        ("Agent check only rejects role 'customer'", "JWT signature is never verified"),
        ("alert crashes ingest when the device has no webhook_url", "SSRF via Device Webhook URL"),
    ]
    assert_kinds_apart(apart)


def test_round9_words() -> None:
    """Round 9 (issue 15): "cancel" alone is an endpoint or a job state, not a missing cancellation; and more of
    the words reviewers use for one class (tenants, roles, errors ignored, things that accumulate, a default
    secret, rounding to whole units, idempotency, approval, a period ignored, units)."""
    assert "timeout" not in kinds("`/cancel` panics for an unknown job id")
    assert "timeout" in kinds("Context cancel function is discarded")
    assert "timeout" in kinds("Retry sleep does not respect context cancellation")
    same = [
        ("export does not check tenant", "Missing authorization on export"),
        ("Staff roles not enforced", "Missing authorization check for staff actions"),
        ("Errors from persisting the state file are ignored", "write error swallowed"),
        ("Label PDFs accumulate in the temp directory", "temporary label files are never deleted"),
        ("Predictable Default JWT Secret", "Hard-coded fallback JWT secret"),
        ("Fee rounded to integer euros", "Restocking fee rounded to whole units"),
        ("PSP refund call has no idempotency key", "Refund request is not idempotent"),
        ("Pay run pays unapproved entries", "Unapproved hours are included in payroll"),
        ("pay run ignores the period", "Year-to-date total includes previous years"),
        ("Session expiry uses seconds where milliseconds are expected", "expiry off by a factor of 1000"),
        ("qty <= 0 passes validation", "Zero or negative quantities are accepted"),
        ("Print view crashes when the board does not exist", "nil dereference for a missing board"),
        ("Unhandled JSON.parse in WebSocket message handler", "malformed message throws an uncaught exception"),
        ("Failed steps do not fail the job", "Step failures are swallowed"),
        ("Any athlete can list another athlete's private workouts", "Missing authorization on workouts"),
    ]
    assert_one_kind(same)
    apart = [
        ("PSP refund call has no idempotency key", "urlopen() with no timeout"),
        ("Configuration history exposed to all tenants", "History endpoint returns one entry too many"),
        ("Refund amounts use float", "Fee rounded to integer euros"),
        ("Pay run pays unapproved entries", "pay run ignores the period"),
        ("Sessions expire after 10 minutes: seconds where milliseconds are expected", "session ids via Math.random"),
        ("Label PDFs accumulate in the temp directory", "Return label of any RMA is downloadable by any customer"),
    ]
    assert_kinds_apart(apart)


def test_kinds_read_a_bounded_prefix_of_hostile_text() -> None:
    """A description may be 4000 characters and a review 500 findings: the hundred-odd patterns read only the
    first `KIND_CHARS`, where a finding names its kind."""
    padding = "x " * (KIND_CHARS // 2)
    assert kinds("SQL injection via q " + padding) >= {"injection"}
    assert kinds(padding + "SQL injection via q") == frozenset()
    assert not names_race(padding + "data race on the counter")


def test_round12_words() -> None:
    """Round 12 (issue 15), read from the pairs the hard rules split in the read sets: what "leaks" without a
    handle named is data getting out; a lockout is no lock, "n + 1" no N+1 query, a cancellation "not restricted
    to the owner" no missing cancellation, an "authorization code" no access check; "arbitrary code execution"
    names an effect, not how; logging alone is no sensitive log; "lost updates" are a race; `?token=` is a
    secret in the URL."""
    assert "resource-leak" not in kinds("GET /monitors/:id leaks other users' monitors")
    assert "resource-leak" not in kinds("Error handler leaks err.stack")
    assert "resource-leak" in kinds("HandleBlobGet leaks the *os.File")
    assert "resource-leak" in kinds("Response body leak on server errors")
    assert "resource-leak" in kinds("sql.Rows leaked in ListOrders")
    assert kinds("Admin token compared with === (timing leak)") == {"timing"}
    assert kinds("PIN auth has no rate limit or lockout") == {"rate-limit"}  # no lock (round 19: a kind of its own)
    assert "concurrency" in kinds("Missing lock around the counter")
    assert kinds("Two requests read the same `n` and both write `n + 1`") == frozenset()
    assert kinds("Query inside loop (N+1)") == {"quadratic"}
    # No missing cancellation; since round 46 an owner not checked is a missing access check.
    assert kinds("Booking cancellation not restricted to owner") == {"access-control"}
    assert "timeout" in kinds("Context cancellation is not propagated to the fetch")
    assert kinds("Authorization code can be redeemed twice") == {"replay"}
    assert kinds("Arbitrary Code Execution via YAML Import") == frozenset()
    assert kinds("A mismatch is logged, but the upload goes on") == frozenset()
    assert kinds("Error details are not logged") == frozenset()
    assert kinds("password logged on login") == {"sensitive-log"}
    assert "sensitive-log" not in kinds("any logged-in user can read the token")
    assert kinds("Lost Updates in Inspection Booking Counter") == {"concurrency"}
    assert kinds("Session token accepted from `?token=`") == {"secret-in-url"}


def test_kinds_of_one_family_may_be_one_problem() -> None:
    """Cause and symptom of one defect (`defects._FAMILIES`): no hard conflict, while other kinds still conflict,
    a negative input stays apart from an off-by-one on the same range check and a hard-coded secret from an
    empty one."""
    assert_one_kind([
        ("Double refund: status check and update are not atomic", "refund not idempotent"),
        ("card move not transactional", "Concurrent card moves can produce duplicate positions"),
        ("`<=` in the reorder loop dereferences past the end of `cards`", "Off-by-one in card reordering loop"),
        ("Webhook secret defaults to an empty string", "Empty Default Webhook Secret"),
        ("Authorization code can be redeemed twice", "auth code deleted after await: race window"),
    ])
    assert conflict(kinds("refund not idempotent"), kinds("Concurrent refunds race"))  # the plain rule: no shared kind
    assert_kinds_apart([
        ("parseRange accepts last < start (negative length)", "Off-by-One in Range Length"),
        ("refund not idempotent", "Off-by-one in card reordering loop"),
        ("Webhook secret defaults to an empty string", "Race Condition in Article Publishing"),
        # Two secrets on adjacent lines, one with a hard-coded fallback, one empty: two problems (round 13).
        ("Hard-coded fallback JWT secret", "Webhook secret defaults to an empty string"),
    ])


def test_an_empty_default_secret_fails_open_rather_than_being_hard_coded() -> None:
    """"Empty Default Webhook Secret" is the secret that "defaults to an empty string", not a hard-coded one."""
    assert kinds("Empty Default Webhook Secret") == kinds("Webhook secret defaults to an empty string") == {"fail-open-config"}
    assert kinds("Hard-coded fallback JWT secret") == {"hardcoded-secret"}
    assert kinds("default admin password") == {"hardcoded-secret"}


def test_a_go_methods_own_name_is_no_datum_of_it() -> None:
    """`func (s *Server) handleFlightBags(w, r)`: the receiver comes first, so the name sat among the
    parameters; "SQL injection in `handleFlightBags`" names no input of it."""
    code = """package api

func (s *Server) handleFlightBags(w http.ResponseWriter, r *http.Request) {
	flight := r.URL.Query().Get("flight")
	rows, _ := s.db.Query("SELECT id FROM bags WHERE flight = '" + flight + "'")
	_ = rows
}
"""
    outline = Outline(code, "api.go")
    assert outline.subjects(5, "SQL injection in `handleFlightBags`") == frozenset()
    assert outline.subjects(5, "SQL injection via `flight`") == {"flight"}


def test_a_finding_naming_two_inputs_does_not_bridge_their_two_injections(tmp_path: Path) -> None:
    """Round 14: "SQL injection through `status` and `order`" fits the injection via `status` and the one via
    `order` alike. Joined to the first, it carried `order` into that group, and the finding about `order` alone
    followed it in: two near-miss problems fused (test22, test23, test8, test14, test17). It now joins neither."""
    (tmp_path / "api.go").write_text(GO)
    sink = 'query := fmt.Sprintf("SELECT id FROM orders WHERE status = \'%s\' ORDER BY %s", status, order)'
    found = {
        "claude": [_finding("claude", "SQL injection via the `status` parameter", "api.go", 13, sink)],
        "codex": [_finding("codex", "Untrusted `status` query value reaches SQL text", "api.go", 11,
                           'status := r.URL.Query().Get("status")')],
        "gemini": [_finding("gemini", "SQL injection through `status` and `order` in ListOrders", "api.go", 13, sink)],
        "opencode": [_finding("opencode", "sql injection through order param", "api.go", 13, sink)],
    }  # fmt: skip
    groups = sorted(map(sorted, _groups(found, tmp_path)))
    assert ["claude", "codex"] in groups and ["opencode"] in groups and ["gemini"] in groups, groups


def test_a_destructuring_declaration_assigns_every_name_it_binds() -> None:
    """`const { q = "", sort = "position" } = req.query` assigned only `q` (the pattern stopped at the first
    `=`), so "SQL injection via `sort`" named no datum of the handler."""
    code = """app.get("/boards/:id/cards", async (req, res) => {
  const { q = "", sort = "position" } = req.query as Record<string, string>;
  const { id: cardId, ...rest } = req.params;
  const [first, second = 2] = pair;
  const { rows } = await db.query(`SELECT * FROM cards WHERE title ILIKE '%${q}%' ORDER BY ${sort}`);
});
"""
    outline = Outline(code, "server.ts")
    assert outline.defs(2) == {"q", "sort"}
    assert outline.defs(3) == {"cardId", "rest"}
    assert outline.defs(4) == {"first", "second"}
    assert outline.defs(5) == {"rows"}
    assert outline.subjects(5, "SQL injection via `sort` in GET /boards/:id/cards") == {"sort"}


def test_an_input_named_as_it_arrives_is_a_datum() -> None:
    """Agents name inputs unquoted, as they arrive: `?sort=`, `req.query.title`."""
    code = """app.get("/pieces", async (req, res) => {
  const title = String(req.query.title ?? "");
  const sort = String(req.query.sort ?? "title");
  const sql = `SELECT id FROM pieces WHERE title ILIKE '%${title}%' ORDER BY ${sort}`;
  res.json((await pool.query(sql)).rows);
});
"""
    outline = Outline(code, "server.ts")
    assert outline.subjects(4, "GET /pieces: ?sort= goes straight into ORDER BY") == {"sort"}
    assert outline.subjects(4, "req.query.title reaches raw SQL in GET /pieces") == {"title"}
    assert outline.subjects(4, "ORDER BY injection in GET /pieces") == frozenset()
    assert outline.subjects(4, "?page= is never checked") == frozenset()  # not an input of this handler


def test_an_input_named_as_a_plain_word_is_a_datum_and_a_query_result_is_no_input() -> None:
    """Round 15: "q from req.query lands inside the ILIKE literal" and "SQL injection through sort column" name the
    handler's inputs as plain words. Only names assigned from request input count (`rows` is assigned from a query
    that reads `req.params`, it is no input), and not "a" or "i"."""
    code = """app.get("/boards/:id/cards", async (req, res) => {
  const { q = "", sort = "position" } = req.query as Record<string, string>;
  const a = String(req.query.a ?? "");
  const { rows } = await db.query(`SELECT * FROM cards WHERE title ILIKE '%${q}%' ORDER BY ${sort}`, [req.params.id]);
  res.json(rows);
});
"""
    outline = Outline(code, "server.ts")
    assert outline.inputs(outline.function_at(4)) == {"q", "sort"}
    assert outline.subjects(4, "q from req.query lands inside the ILIKE literal (SQLi)") == {"q"}
    assert outline.subjects(4, "SQL injection through sort column") == {"sort"}
    assert outline.subjects(4, "Rows of a card list are not paged") == frozenset()
    assert outline.subjects(4, "SQL injection through a search term") == frozenset()
    go = """package api

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	rows, err := s.db.Query("SELECT id FROM orders WHERE status = '" + status + "'")
	_ = rows
	_ = err
}
"""
    outline = Outline(go, "api.go")
    assert outline.inputs(outline.function_at(5)) == {"status"}
    py = "@app.get('/search')\ndef search():\n    term = request.args.get('term', '')\n    return db.execute(term)\n"
    outline = Outline(py, "app.py")
    assert outline.inputs(outline.function_at(4)) == {"term"}
    assert outline.subjects(4, "Unsanitised search term reaches SQL") == {"term"}


def test_a_files_mode_is_its_own_kind_and_no_access_control() -> None:
    """Round 15: "Insecure permissions on the backup archive (0o777)" read as access control ("permission") and
    conflicted with "Backup archive is made world-writable", its own problem; a missing permission check is still
    access control."""
    mode = ("Insecure permissions on the backup archive (0o777)", "Backup archive is made world-writable",
            "chmod 0o777 on the backup archive", "Vault snapshot is world-readable", "Links file created with 0644")
    assert all(kinds(title) == {"file-mode"} for title in mode), [kinds(title) for title in mode]
    assert kinds("delete card has no permission check") == {"access-control"}
    assert conflict(kinds("Insecure permissions on the backup archive (0o777)"), kinds("Card deletion without ownership check"))


def test_an_input_named_as_a_plain_word_keeps_its_own_spelling() -> None:
    """"sortBy goes into ORDER BY" and "`sortBy` is interpolated" name one datum: the plain word is matched without
    case but named as the code spells it, or the two would conflict."""
    code = """app.get("/pieces", async (req, res) => {
  const sortBy = String(req.query.sortBy ?? "title");
  const rows = await pool.query(`SELECT id FROM pieces ORDER BY ${sortBy}`);
  res.json(rows);
});
"""
    outline = Outline(code, "server.ts")
    assert outline.subjects(3, "sortby goes straight into ORDER BY") == {"sortBy"}
    assert outline.subjects(3, "`sortBy` is interpolated into SQL") == {"sortBy"}


def test_round16_closing_is_a_leak_only_of_a_resource() -> None:
    """Round 16: "Closed tickets can be closed again" and "Missing authorization check when closing tickets" read as
    a resource leak ("close") and stopped conflicting, so the two were fused. Closing names a leak only when what is
    (not) closed is a resource, or the close is missing; an action done again is a replay."""
    assert kinds("Closed Tickets Can Be Closed Again") == {"replay"}
    assert kinds("Missing authorization check when closing tickets") == {"access-control"}
    assert kinds_conflict(kinds("Closed Tickets Can Be Closed Again"), kinds("Missing authorization check when closing tickets"))
    leaks = ("file handle never closed", "resp.Body is not closed on error", "rows not closed", "defer f.Close() missing",
             "closes the connection twice", "forgets to close the cursor", "Response body left open")
    assert all("resource-leak" in kinds(title) for title in leaks), [kinds(title) for title in leaks]
    assert kinds("Cancelled appointments can be cancelled again") == {"replay"}


def test_round16_words_of_a_kind_read_from_test27_and_test28() -> None:
    """Round 16: wordings of known kinds that the two reviews read this round used and no pattern read."""
    assert kinds("`update_hive` lets any member modify any hive") == {"access-control"}
    assert kinds("Members can overwrite any hive column including owner_id") == {"mass-assignment"}
    assert kinds("Admin key defaults to `changeme`") == {"hardcoded-secret"}
    assert kinds('Session secret defaults to ""') == {"fail-open-config"}  # empty: fails open, no secret in the code
    assert kinds("Staff check bypass when token is undefined") == {"fail-open-config"}


def test_round16_stored_and_reflected_xss_are_two_problems() -> None:
    """Round 16: a stored and a reflected XSS on one template line are two problems (and two fixes); an XSS named
    neither way may be either."""
    stored, reflected, plain = (kinds("Stored XSS in the piece card"), kinds("Reflected XSS in Piece Card"),
                                kinds("XSS in the piece card"))  # fmt: skip
    assert "injection:markup:stored" in stored and "injection:markup:reflected" in reflected
    assert kinds_conflict(stored, reflected)
    assert not kinds_conflict(stored, plain) and not kinds_conflict(reflected, plain)
    assert "injection:markup:stored" not in kinds("Stored procedure built by string concatenation: SQL injection")


def test_round16_a_compound_name_spelled_as_two_words_is_a_datum() -> None:
    """Round 16: "Stored floral source is also interpolated into the shell command" names `floral_source` as surely
    as the quoted name; a name of one word is not read from two ("the guard is wrong" is not `guardId`)."""
    code = """def print_labels(hive_id):
    floral_source = row["floral_source"]
    guardId = 3
    cmd = f"lp {floral_source} {guardId}"
"""
    outline = Outline(code, "labels.py")
    assert outline.subjects(4, "Stored floral source is also interpolated into the shell command") == {"floral_source"}
    assert outline.subjects(4, "the guard id is printed") == {"guardId"}
    assert outline.subjects(4, "the guard is wrong") == frozenset()
    assert outline.subjects(4, "Command injection in print_labels") == frozenset()


def test_round17_words_of_a_kind_read_from_test29_and_test30() -> None:
    """Round 17: wordings of known kinds that the two reviews read this round used and no pattern read, and two
    words read as a kind they are not ("adds salt to the barn" is no weak hash)."""
    assert kinds("Negative `tonnes` is accepted and adds salt to the barn") == {"negative-input"}
    assert kinds("tonnes from body never checked for sign") == {"negative-input"}
    assert kinds("n < 0 / NaN not rejected") == {"negative-input"}
    assert "timing" in kinds("Timing-unsafe HMAC comparison")
    assert kinds("Slot index check accepts `n === slots.length`") == {"bounds"}
    assert kinds("Picking slot index can equal the slot count") == {"bounds"}
    assert kinds("?limit= not clamped; NaN gives a 500") == {"unbounded"}
    assert kinds("?note= rendered as HTML") == {"injection", "injection:markup"}
    assert kinds("`?guest=` lets anyone list another guest's reservations") == {"access-control"}
    assert kinds("Reservation listing exposes other guests' data") == {"access-control"}
    assert kinds("Unknown region crashes the handler (`rows[0]` is undefined)") == {"nil-deref"}
    assert kinds("Missing Null Check for Bulletin Lookup") == {"nil-deref"}
    assert kinds("passwords hashed without salt") == {"weak-hash"} and kinds("Unsalted SHA-256 password hash") == {"weak-hash"}


def test_round17_kinds_that_keep_near_misses_apart() -> None:
    """Round 17: a failure kept in a cache is no stampede; state kept only in memory, a date not checked against now
    and a range whose end may come before its start are each their own kind."""
    assert kinds("Failed Forecast Responses Are Cached") == {"cached-error"}
    assert kinds_conflict(kinds("Failed Forecast Responses Are Cached"), kinds("Concurrent forecast requests all hit the upstream API"))
    assert kinds("Duplicate-claim protection lives only in process memory") == {"volatile-state"}
    assert kinds("Claim Deduplication Lost on Restart") == {"volatile-state"}
    assert kinds("booking start not checked against now") == {"past-date"}
    assert kinds("Booking end time is not checked against the start time") == {"inverted-range"}
    assert kinds("end < start not rejected") == {"inverted-range"}
    assert kinds_conflict(kinds("booking start not checked against now"), kinds("end < start not rejected"))
    assert kinds_conflict(kinds("range read not validated (end < start reads whole file)"), kinds("Range responses are one byte short"))



def test_round18_words_of_a_kind_read_from_test31_and_test32() -> None:
    """Round 18: wordings of known kinds that the two reviews read this round used and no pattern read."""
    assert kinds("`db.Query` error discarded in `listReadings`") == {"error-handling"}
    assert kinds("Non-numeric `X-Member-Id` crashes `current_member` with a 500") == {"error-handling"}
    assert kinds("Database error message returned to the sensor") == {"debug-exposure"}
    assert kinds("Returning an already-returned loan marks the costume as in stock again") == {"replay"}
    assert kinds("Loan can be returned twice") == {"replay"}
    assert kinds("Body Measurements Visible to All Members") == {"access-control"}
    assert kinds("Size chart exposes all members' measurements") == {"access-control"}
    assert kinds("Size charts are cached for the life of the process") == {"stale"}
    assert kinds("size chart cache never cleared") == {"stale"}
    assert kinds_conflict(kinds("size chart cache never cleared"), kinds("Race Condition in Size Chart Cache"))
    # Read again in test9 and test12, which the refit on the new sets moved: an error "dropped" a few words after it,
    # and JavaScript's symptom of a division by zero.
    assert kinds("Errors from persisting the state file are dropped") == {"error-handling"}
    assert kinds("aliquot() with count 0 yields Infinity") == {"division"}
    assert not kinds("parseInt returns NaN for empty input")


def test_round18_kinds_that_keep_near_misses_apart() -> None:
    """Round 18: a "not found" -1 passed on as a position is no off-by-one; a job deleted while it prints is no
    missing owner check on the same handler."""
    assert kinds("Queue Position Returns -1 for Patrons Without Jobs") == {"sentinel"}
    assert kinds_conflict(kinds("Queue Position Returns -1 for Patrons Without Jobs"), kinds("queue position off by one"))
    assert kinds("Jobs Can Be Deleted While Printing") == {"in-use"}
    assert kinds("Deleting an in-progress job leaves the printer busy") == {"in-use"}
    assert kinds_conflict(kinds("Jobs Can Be Deleted While Printing"), kinds("delete job without owner check"))
    assert not kinds("Jobs are deleted while the list is read")  # "while" alone, of no state, names nothing


def test_round18_the_shell_of_a_command_line_is_no_datum() -> None:
    """Round 18: `exec.Command("sh", "-c", ..)` runs a shell; "runs sh -c with request-derived season" names no
    datum `sh`, so it is not a different problem from "command injection through season and stake names"."""
    code = """func rsyncOne(season, stake string) error {
	mode := q.Get("mode")
	return exec.Command("sh", "-c", fmt.Sprintf("rsync %s/%s", season, stake)).Run()
}
"""
    outline = Outline(code, "sync.go")
    assert outline.keys_on(3) == frozenset() and outline.keys_on(2) == {"mode"}
    assert outline.subjects(3, "rsyncOne runs sh -c with request-derived input") == frozenset()
    assert outline.subjects(3, "Command injection through `season`") == {"season"}


SILO_GO = """package silo

func (s *Server) listReadings(w http.ResponseWriter, silo string) {
	rows, _ := s.db.Query("SELECT depth FROM readings WHERE silo = $1", silo)
	out := []Reading{}
	for rows.Next() {
		var rd Reading
		rows.Scan(&rd.Depth)
		out = append(out, rd)
	}
	json.NewEncoder(w).Encode(out)
}
"""


def test_round18_an_ignored_error_is_about_the_call_it_names() -> None:
    """Round 18: the calls near the cited lines that an error-handling finding names ("`db.Query` error discarded",
    "Scan Errors Are Ignored"), lower-cased; not the function the finding is in, nor words that are no call there."""
    outline = Outline(SILO_GO, "readings.go")
    assert outline.calls_named(4, 4, "`db.Query` error discarded in `listReadings`") == {"query"}
    assert outline.calls_named(8, 8, "Scan Errors Are Ignored") == {"scan"}
    assert outline.calls_named(8, 8, "rows.Scan error ignored; the loop goes on") == {"scan"}
    assert outline.calls_named(8, 8, "listReadings ignores an error") == frozenset()  # its own name
    assert outline.calls_named(4, 4, "an error is ignored when the scan fails") == frozenset()  # Scan is 4 lines down
    assert outline.calls_named(7, 7, "Scan error ignored") == frozenset()  # only the cited lines: Scan is a line below
    assert outline.calls_named(6, 8, "Scan error ignored") == {"scan"}


def test_round18_ignored_errors_of_two_calls_four_lines_apart_are_two_problems(tmp_path: Path) -> None:
    """Round 18 (test32/go-silodry): the error of `db.Query` and that of `rows.Scan`, both ignored in one function,
    each named by two agents; the two problems were one group. Two agents naming one call still join."""
    (tmp_path / "readings.go").write_text(SILO_GO)
    query = 'rows, _ := s.db.Query("SELECT depth FROM readings WHERE silo = $1", silo)'
    found = {
        "claude": [_finding("claude", "`db.Query` error discarded in `listReadings`", "readings.go", 4, query, "bug")],
        "codex": [_finding("codex", "Query error dropped; nil rows deref", "readings.go", 4, query, "bug")],
        "gemini": [_finding("gemini", "Scan Errors Are Ignored", "readings.go", 8, "rows.Scan(&rd.Depth)", "bug")],
        "qwen": [_finding("qwen", "rows.Scan error ignored", "readings.go", 8, "rows.Scan(&rd.Depth)", "bug")],
    }
    assert sorted(map(sorted, _groups(found, tmp_path))) == [["claude", "codex"], ["gemini", "qwen"]]


def test_round19_words_of_a_kind_read_from_test33_and_test34() -> None:
    """Round 19: wordings of known kinds that the two reviews read this round used and no pattern read."""
    assert kinds("DailySeries: d > SeasonDays should be >=") == {"bounds"}
    assert kinds("Due Threshold Uses Strict Comparison") == {"bounds"}
    assert "secret-in-url" in kinds("Authentication Token Accepted via URL")
    assert "fail-open-config" in kinds("Missing staff token configuration disables authentication")
    assert kinds("Integer Division Truncates Fill Percentage") == {"rounding"}
    assert kinds("FillPercent divides by Capacity (may be 0)") == {"division"}
    assert kinds("`FillPercent` panics for a station with zero capacity") == {"division"}
    assert kinds_conflict(kinds("Integer division in FillPercent"), kinds("FillPercent divides by Capacity (may be 0)"))
    assert kinds("lampOut ignores the Exec error") == {"error-handling"}
    assert kinds("Last pair of a size can be hired twice") == {"replay"}


def test_round19_kinds_that_keep_near_misses_apart() -> None:
    """Round 19: bookings deleted for good are no off-by-one in which bookings the same delete takes."""
    assert kinds("Weather Closure Permanently Deletes Bookings") == {"hard-delete"}
    assert kinds_conflict(kinds("Weather Closure Permanently Deletes Bookings"), kinds("Closure is off by one slot"))
    assert kinds("Closed walks are deleted instead of cancelled") == {"hard-delete"}
    # Read in test16, which the refit on the new sets moved: a PIN in the query string and PIN guessing without limit.
    assert kinds("Staff PIN Transmitted in URL") == {"secret-in-url"} and kinds("pin in query string") == {"secret-in-url"}
    assert kinds("PIN auth has no rate limit or lockout") == {"rate-limit"}
    assert kinds_conflict(kinds("Staff PIN Transmitted in URL"), kinds("4-digit PIN authentication without throttling"))
    assert not kinds("Pinned versions are listed in the URL of the docs")
    assert kinds("Race condition in rate limiter allow()") == {"concurrency"}  # the component, not its absence



# -- round 20 --------------------------------------------------------------------------------------------------
REPLAY_GO = """package gates

func (a *App) replay(w http.ResponseWriter, r *http.Request) {
	from := r.URL.Query().Get("from")
	rows, err := a.db.Query(fmt.Sprintf("SELECT pct FROM commands WHERE gate = '%s' AND at >= '%s'", r.PathValue("id"), from))
	if err != nil {
		return
	}
	defer rows.Close()
}
"""
CARD_TS = """export function card(res: Response, r: Recipe) {
  const tag = path.basename(r.photo);
  res.send(`<h1>${r.title}</h1>
    <p>${r.notes}</p><img src="${tag}">`);
}
"""


def test_round20_a_word_of_every_sentence_is_no_input_by_that_name() -> None:
    """Round 20 (test36/go-sluicegate): "Gate id from the path" read the preposition as the `from` query value, so
    the gate id's group and the `from` group shared a datum and a finding naming neither joined the wrong one.
    Quoted, or as "the from parameter", the name still counts."""
    outline = Outline(REPLAY_GO, "replay.go")
    assert outline.subjects(5, "Gate id from the path is also formatted into the replay query") == {"id"}
    assert outline.subjects(5, "SQL injection via the `from` parameter in `replay`") == {"from"}
    assert outline.subjects(5, "SQL injection in replay (from param)") == {"from"}
    assert outline.subjects(5, "sql injection in replay") == frozenset()
    assert conflict(outline.subjects(5, "Gate id from the path is also formatted into the replay query"),
                    outline.subjects(5, "SQL injection in replay (from param)"))  # fmt: skip


def test_round20_the_field_an_unescaped_print_names_is_its_datum() -> None:
    """Round 20: XSS through two fields of one record printed on adjacent lines was the commonest near miss fused
    held out (seven pairs on the 41 read sets); a markup-injection finding naming a field printed within two lines
    names which value is unescaped. Only for markup: elsewhere a field named (`os.path`, `s.stats`) is as often the thing
    the code works on as the datum."""
    outline = Outline(CARD_TS, "card.ts")
    title = outline.subjects(3, "Stored XSS: recipe title in the card HTML", interpolated=True)
    notes = outline.subjects(4, "Stored XSS in Recipe Notes", interpolated=True)
    assert title == {"title"} and notes == {"notes"} and conflict(title, notes)
    assert outline.subjects(3, "xss in recipe card", interpolated=True) == frozenset()
    assert outline.subjects(3, "Stored XSS in Recipe Notes") == frozenset()  # not interpolated: fields are not read
    assert outline.subjects(2, "Path traversal through the photo path") == frozenset()
    assert outline.fields_on(2) == {"photo"} and "basename" not in outline.fields_on(2)  # a call is no field


def test_round20_two_fields_printed_unescaped_are_two_problems(tmp_path: Path) -> None:
    (tmp_path / "card.ts").write_text(CARD_TS)
    found = {
        "claude": [_finding("claude", "Recipe card renders the title as raw HTML", "card.ts", 3, "<h1>${r.title}</h1>")],
        "codex": [_finding("codex", "Stored XSS: recipe title in /card HTML", "card.ts", 3, "<h1>${r.title}</h1>")],
        "gemini": [_finding("gemini", "Stored XSS in Recipe Notes", "card.ts", 4, "<p>${r.notes}</p>")],
        "qwen": [_finding("qwen", "Cross-site scripting through recipe notes", "card.ts", 4, "<p>${r.notes}</p>")],
    }
    assert sorted(map(sorted, _groups(found, tmp_path))) == [["claude", "codex"], ["gemini", "qwen"]]


def test_round20_an_injection_naming_neither_input_joins_neither(tmp_path: Path) -> None:
    """Round 20 (test36/go-sluicegate): two SQL injections in one statement, through `from` and through the gate id.
    "sql injection in replay" could be either: it joins neither. It joined the gate id's group because the line it
    quotes was read without `from` (a keyword in Python, a variable in Go), so the line seemed to carry only the id."""
    (tmp_path / "replay.go").write_text(REPLAY_GO)
    sink = REPLAY_GO.splitlines()[4].strip()
    found = {
        "claude": [_finding("claude", "SQL injection via the `from` parameter in `replay`", "replay.go", 5, sink),
                   _finding("claude", "Gate id from the path is also formatted into the replay query", "replay.go", 5, sink)],
        "codex": [_finding("codex", "SQL injection in replay (from param)", "replay.go", 4, 'from := r.URL.Query().Get("from")')],
        "gemini": [_finding("gemini", "SQL Injection via Gate ID Path Parameter", "replay.go", 5, sink)],
        "qwen": [_finding("qwen", "Gate ID injected into SQL", "replay.go", 5, sink)],
        "opencode": [_finding("opencode", "sql injection in replay", "replay.go", 5, sink)],
    }
    groups = sorted(map(sorted, _groups(found, tmp_path)))
    assert groups == [["claude", "codex"], ["claude", "gemini", "qwen"], ["opencode"]]
    assert "from" in Outline(REPLAY_GO, "replay.go").identifiers_on(5)


# -- round 21 --------------------------------------------------------------------------------------------------
HISTORY_GO = """package tours

func (s *Server) history(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("group")
	since := r.URL.Query().Get("since")
	rows, err := s.db.Query("SELECT kind FROM events WHERE grp = '" + name + "' AND at >= '" + since + "'")
	if err != nil {
		return
	}
	defer rows.Close()
}
"""


def test_round21_a_sentence_word_names_an_input_unless_it_heads_a_phrase() -> None:
    """Round 21 (read in test37 after its one scoring): "since goes into sql string" names the `since` input; read as
    prose everywhere (round 20), it named nothing. "from the path", "since the last reading" head phrases: prose."""
    outline = Outline(HISTORY_GO, "history.go")
    assert outline.subjects(6, "since goes into sql string") == {"since"}
    assert outline.subjects(6, "SQL injection: results filtered by since") == {"since"}
    assert outline.subjects(6, "Events since the last check-in are built into SQL") == frozenset()
    assert outline.subjects(6, "SQL injection through the group name") == {"group", "name"}


def test_round21_an_injection_naming_neither_input_bridges_neither(tmp_path: Path) -> None:
    """Round 21 (test37): with "since" read as prose, opencode's finding about it named no datum; a finding naming
    neither input joined it first, and the group about `group` (opencode in it too) could no longer be weighed. Each
    input's findings must be one group, and the finding naming neither in at most one of them (until round 43 it
    joined neither; now it joins the one its words and place make far likelier, `Clustering.ambiguous`)."""
    (tmp_path / "history.go").write_text(HISTORY_GO)
    sink = HISTORY_GO.splitlines()[5].strip()
    found = {
        "claude": [_finding("claude", "SQL injection via `group` in `history`", "history.go", 6, sink),
                   _finding("claude", "SQL injection via `since` in `history`", "history.go", 6, sink)],
        "codex": [_finding("codex", "history: since param concatenated into SQL", "history.go", 5,
                           'since := r.URL.Query().Get("since")')],
        "opencode": [_finding("opencode", "group name concatenated into history query", "history.go", 6, sink),
                     _finding("opencode", "since goes into sql string", "history.go", 6, sink)],
        "gemini": [_finding("gemini", "SQL Injection in History Endpoint", "history.go", 6, sink)],
    }
    titles = [{v.title for v in f.variants} for f in merge_findings(found, tmp_path)]
    group = {"SQL injection via `group` in `history`", "group name concatenated into history query"}
    since = {"SQL injection via `since` in `history`", "history: since param concatenated into SQL",
             "since goes into sql string"}  # fmt: skip
    assert any(group <= t for t in titles) and any(since <= t for t in titles), titles
    assert len(titles) in (2, 3) and not any(group & t and since & t for t in titles), titles


# -- round 24 --------------------------------------------------------------------------------------------------
PEAK_PY = """def species_peak(rows):
    best = rows[0]
    for i in range(1, len(rows) - 1):
        if rows[i]["count"] > best["count"]:
            best = rows[i]
    return best
"""


def test_round24_an_empty_input_and_an_off_by_one_are_two_sorts_of_bounds() -> None:
    """Round 24 (read in test44 after its one scoring): an index error on an empty input and a loop off by one are
    two fixes (a guard, a bound); a bounds error named neither way may be either, and one naming both conflicts
    with neither."""
    empty, edge = kinds("species_peak IndexError when no rows"), kinds("Off-by-one: loop excludes the final count")
    assert empty == {"bounds", "bounds:empty"} and edge == {"bounds", "bounds:edge"}
    assert kinds("`species_peak` never looks at the last row") == {"bounds", "bounds:edge"}
    assert kinds_conflict(empty, edge)
    plain, both = kinds("Index out of range in species_peak"), kinds("Off-by-one on an empty list")
    assert plain == {"bounds"} and not kinds_conflict(empty, plain) and not kinds_conflict(edge, plain)
    assert not kinds_conflict(empty, both) and not kinds_conflict(edge, both)
    assert "bounds:empty" not in kinds("Empty title accepted")  # a sort is read only with its kind


def test_round24_the_empty_input_stays_apart_from_the_loop_that_skips_the_last_row(tmp_path: Path) -> None:
    """Round 24 (test44/py-marshcount): codex's empty-input crash, a line above the loop, joined the three findings
    of the loop that never reaches the last row (one fix each: without the sorts of bounds the four are one)."""
    (tmp_path / "survey.py").write_text(PEAK_PY)
    lines = PEAK_PY.splitlines()
    loop = lines[2].strip()
    found = {
        "claude": [_finding("claude", "`species_peak` never looks at the last row", "survey.py", 3, loop, "bug")],
        "qwen": [_finding("qwen", "Off-by-one: loop excludes the final count", "survey.py", 3, loop, "bug")],
        "gemini": [_finding("gemini", "Peak Calculation Ignores Most Recent Count", "survey.py", 3, loop, "bug")],
        "codex": [_finding("codex", "species_peak IndexError when no rows", "survey.py", 2, lines[1].strip(), "bug")],
    }
    assert sorted(map(sorted, _groups(found, tmp_path))) == [["claude", "gemini", "qwen"], ["codex"]]


def test_round25_every_key_of_the_payload_written_is_a_mass_assignment() -> None:
    """Round 25 (read in test45 after its one scoring): "writes every key of the payload" names a mass assignment as
    "updates any column" does, so it stays apart from the SQL injection through the same keys on the same line."""
    mass = kinds("`update_queen` writes every key of the payload to the hive row")
    assert mass == {"mass-assignment"}
    assert kinds_conflict(mass, kinds("update_queen formats payload keys into SQL"))
    assert "mass-assignment" not in kinds("The cache key is written to the log")


def test_round35_words_the_kinds_missed() -> None:
    """Round 35 (read in test65 and test66 after their one scoring): four wordings of a kind the lexicon did not know,
    each beside a wording it knew of the same problem, and near misses that must stay out of the kind."""
    assert "replay" in kinds("Loan can be returned multiple times")
    assert "replay" in kinds("Loans can be returned more than once")
    assert "replay" not in kinds("A member can join the same waiting list repeatedly")
    assert "negative-input" in kinds("`days` has no lower bound")
    assert "negative-input" not in kinds("Page size has no upper bound")
    assert "mass-assignment" in kinds("`handleCreate` decodes the whole `Ticket` from the request")
    assert "mass-assignment" not in kinds("handleCreate decodes the request without a size limit")
    assert "traversal" in kinds("FormValue(name) used in file path")
    assert "traversal" not in kinds("FormValue(name) used in the SQL query")
    assert kinds_conflict(kinds("FormValue(name) used in file path"), kinds("FormValue(name) concatenated into SQL"))


def test_round35_a_duplicate_entry_and_a_range_edge_are_kinds() -> None:
    """Round 35 (read in test65 and test66): a member joining the same list twice is a missing uniqueness check, a
    kind of its own beside the off-by-one on the same list's cap; a range's edge named "exclusive" or "boundary" is
    a bounds problem. Neither reads a lock's exclusive access, a trust boundary or a cache's duplicate queries."""
    dup = kinds("A member can join the same waiting list repeatedly")
    assert dup == {"duplicate"}
    assert "duplicate" in kinds("Duplicate sign-ups are not prevented")
    assert kinds_conflict(dup, kinds("Waitlist limit check allows one extra member"))
    assert not kinds_conflict(dup, kinds("Race condition allows the same member to join twice"))
    assert "duplicate" not in kinds("Duplicate database queries on concurrent cache misses")
    assert "bounds" in kinds("Clash query treats `end_day` as exclusive")
    assert "bounds" in kinds("Overlap check misses loans that touch on the boundary day")
    assert "bounds" not in kinds("The cache is refreshed without an exclusive lock")
    assert "bounds" not in kinds("User input crosses a trust boundary unchecked")


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("odd.ts", 'const a = "one\u2028two";\n/* a\rb\x0cc */\nfunction later(req) {\n  const total = req.query.n;\n}\n'),
        ("odd.go", 'var a = "one\x0ctwo"\n// a\u2029b\nfunc later(r *http.Request) {\n\ttotal := r.URL.Query().Get("n")\n}\n'),
        ("odd.py", 'a = "one\x0ctwo"\n# a\u2028b\ndef later(req):\n    total = req.args["n"]\n'),
    ],
)
def test_line_breaks_other_than_newline_never_shift_the_outline(path: str, source: str) -> None:
    """A reviewed file is anyone's text: a form feed, a lone carriage return or U+2028 in a string or a comment is a
    line break to `str.splitlines` (how a cited line is numbered) but not to a scanner counting "\\n". The outline
    numbers its lines one way, so the function and the names of a cited line are that line's."""
    lines = source.splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "total" in text)
    outline = Outline(source, path)
    function = outline.function_at(line)
    assert function is not None and function.name == "later" and function.start == line - 1
    assert "total" in outline.identifiers_on(line)
    assert len(outline._code) == len(outline.lines) == len(lines)


def test_round36_words_the_kinds_missed() -> None:
    """Round 36 (read in test67 and test68 after their one scoring): a CSV written without quoting is a kind apart
    from a formula injection on the same line (test68 fused the two); three wordings of known kinds, each beside a
    known wording of the same problem; and near misses that must stay out of each."""
    unquoted = kinds("CSV export does not quote fields")
    assert unquoted == {"csv-quoting"}
    assert "csv-quoting" in kinds("export_csv builds CSV by hand (no quoting)")
    assert "csv-quoting" in kinds("csv export breaks on commas in names")
    assert kinds_conflict(unquoted, kinds("Formula Injection in CSV Export"))
    assert "csv-quoting" not in kinds("Unquoted shell argument")  # an injection, where no CSV is named
    assert "bounds" in kinds("First Result Ignored") and "bounds" in kinds("last chunk skipped")
    assert "bounds" not in kinds("Result of the insert is ignored")
    assert "mass-assignment" in kinds("Profile update accepts arbitrary fields")
    assert "mass-assignment" not in kinds("Login accepts any API key")
    assert "unrestricted-upload" in kinds("No File Type Validation on Photo Upload")
    assert "unrestricted-upload" not in kinds("No validation of the photo's file name")


PHOTO_PY = """\
import os
from flask import request

def upload_photo(booking_id):
    f = request.files["photo"]
    name = request.form.get("name") or f.filename
    dest = os.path.join(PHOTO_DIR, str(booking_id), name)
    f.save(dest)


def list_slots():
    order = request.args.get("sort", "starts_at")
    status = request.args.get("status", "open")
    return db.execute(f"SELECT * FROM slots WHERE status = '{status}' ORDER BY {order}")
"""


def test_round36_a_word_of_the_functions_name_names_the_function_not_a_datum() -> None:
    """Round 36 (test66, test68): "Photo upload writes to a client-chosen path" in `upload_photo` is about the
    upload, not the `photo` file it looks up; the traversal through `name` was split in two by that. Quoted, or
    as "the photo field", the word still names the datum."""
    outline = Outline(PHOTO_PY, "app.py")
    assert outline.subjects(7, "Photo upload writes to a client-chosen path") == frozenset()
    assert outline.subjects(7, "form name used as file name unsanitised") == {"name"}
    assert outline.subjects(5, "The `photo` file is saved without a size limit") == {"photo"}
    assert outline.subjects(5, "the photo field is never checked") == {"photo"}


def test_round36_an_input_read_into_a_variable_of_another_name_is_one_datum() -> None:
    """Round 36 (test68): `order = request.args.get("sort")` -- "SQL injection via sort" and "SQL injection in
    ORDER BY" (the variable `order`) name one input; the injection through `status` on the same line stays apart."""
    outline = Outline(PHOTO_PY, "app.py")
    via_sort = outline.subjects(14, "SQL injection via the `sort` parameter")
    via_order = outline.subjects(12, "SQL injection in ORDER BY clause")
    assert via_sort == via_order == {"order", "sort"}
    via_status = outline.subjects(14, "SQL injection via the status parameter")
    assert via_status == {"status"}
    assert conflict(via_sort, via_status) and not conflict(via_sort, outline.subjects(12, "injection via `order`"))


CASKS_PY = """\
def record_burn():
    body = request.get_json()
    cask_id = int(body["cask"])
    cask = db.execute("SELECT litres_left FROM casks WHERE id = ?", (cask_id,)).fetchone()
    left = cask["litres_left"] - float(body["litres"])
    db.execute("UPDATE casks SET litres_left = ? WHERE id = ?", (left, cask_id))
"""


def test_round37_a_record_named_whole_names_the_values_looked_up_in_it() -> None:
    """Round 37 (test69): "Non-atomic update of cask stock" names the row `cask`, "lost update on `litres_left`" the
    value looked up in it: one datum, not a conflict. Two keys of one record stay apart."""
    outline = Outline(CASKS_PY, "app.py")
    whole = outline.subjects(5, "Non-atomic update of cask stock in record_burn")
    assert whole == {"cask", "litres_left"}
    assert not conflict(whole, outline.subjects(5, "lost update on `litres_left`"))
    assert conflict(outline.subjects(3, "`litres` is never validated"), outline.subjects(3, "`cask` id is trusted"))


def test_round37_an_upload_overwriting_another_of_the_same_name_is_an_overwrite() -> None:
    """Round 37 (test69): "receipt with same filename overwrites older one" names an overwrite, apart from the path
    traversal through the same file name on the same line; a lost update told as "overwrite each other's balance" is
    a race."""
    same_name = kinds("receipt with same filename overwrites older one")
    assert same_name == {"overwrite"}
    assert "overwrite" in kinds("upload overwrites files with same name")
    assert "overwrite" in kinds("Uploaded files can overwrite each other")
    assert kinds_conflict(same_name, kinds("Path Traversal in Receipt Upload"))
    assert "overwrite" not in kinds("Concurrent top-ups overwrite each other's balance")


def test_round38_a_row_that_does_not_exist_is_the_nil_dereference_kind() -> None:
    """Round 38 (test63, test50 and earlier): a lookup of a missing row, named by its status or its check, is the
    defect whose symptom is a nil dereference, so it stays apart from a missing owner check on the same line and joins
    the crash it causes."""
    missing = kinds("Cancelling a Nonexistent Booking Returns Success")
    assert missing == {"nil-deref"}
    assert kinds_conflict(missing, kinds("DELETE /bookings/:id has no ownership check"))
    assert not kinds_conflict(missing, kinds("cancel_booking: None booking -> TypeError"))
    for title in ("Missing 404 handling for unknown notes", "Missing Existence Check for Batch",
                  "resolve_damage: unknown id -> None subscript", "Invoice crashes when the ticket does not exist"):
        assert "nil-deref" in kinds(title), title
    assert "nil-deref" not in kinds("Unknown error codes are logged")


def test_round38_a_first_page_out_of_reach_and_a_value_at_the_limit_refused_are_bounds() -> None:
    """Round 38 (test63 and earlier paging near misses; test71's chamber check): a first page never reached and the
    value at the limit itself refused are off-by-one errors in their symptom's words, apart from an unbounded page size
    or a length never checked on the next line."""
    skipped = kinds("page=1 skips first page")
    assert "bounds" in skipped
    assert kinds_conflict(skipped, kinds("Unbounded Page Size in Ticket Search"))
    for title in ("First page of orders unreachable", "Responses listing never shows the first page",
                  "Pagination starts at the second page", "page=1 returns rows 21-40", "Incorrect Pagination Offset",
                  "GPA ignores the first course", "A boat exactly the chamber length is refused",
                  ">= rejects max-length boats", "Chamber length comparison excludes exact fit",
                  "Battery Threshold Excludes the Minimum", "A delivery that fills the barn exactly is refused"):
        assert "bounds" in kinds(title), title
    assert kinds_conflict(kinds("Boats of Exactly Chamber Length Rejected"), kinds("Negative boat length accepted"))
    for title in ("Page size is not validated", "Exactly-once delivery is not guaranteed", "Max retries not honoured"):
        assert "bounds" not in kinds(title), title


def test_round39_a_missing_row_told_as_unhandled_and_a_crash_on_zero() -> None:
    """Round 39 (test74, test73): a missing row told as "unhandled" or by the crash it causes is the nil-dereference
    kind, and a crash on a zero quantity is a division by zero, each joining the findings that name the kind."""
    unhandled = kinds("Unhandled Missing Loan in Return Endpoint")
    assert unhandled == {"nil-deref"}
    assert not kinds_conflict(unhandled, kinds("return_loan dereferences a missing loan"))
    assert "nil-deref" in kinds("Missing Visit Causes Server Error")
    assert "nil-deref" in kinds("Unhandled Undefined Item on Collect")
    assert "nil-deref" not in kinds("Unhandled promise rejection in the mailer")
    assert "nil-deref" not in kinds("Missing rate limit on login")
    zero = kinds("`/results` crashes on a zero-metre piece")
    assert zero == {"division"}
    assert not kinds_conflict(zero, kinds("ZeroDivisionError when metres is 0"))
    assert "division" not in kinds("Crashes on an empty list of pieces")


def test_round39_an_error_cached_as_data_and_its_status_unchecked_are_one_family() -> None:
    """Round 39 (test74, test60): "Weather API errors are cached as forecasts" and "HTTP status of weather API not
    checked" are one defect told from its two sides; other kinds still conflict with either."""
    cached = kinds("Weather API errors are cached as forecasts")
    unchecked = kinds("HTTP status of weather API not checked")
    assert cached == {"cached-error"} and unchecked == {"error-handling"}
    assert not kinds_conflict(cached, unchecked)
    assert kinds_conflict(cached, kinds("Forecast fetch has no timeout"))
    assert kinds_conflict(unchecked, kinds("Forecast cache stampede: concurrent misses all call the API"))


def test_round40_a_committee_is_no_commit_and_a_write_outside_a_lock_is_no_traversal() -> None:
    """Round 40 (read sets): "committee" read as a commit gave 7 read problems a transaction kind, and "written outside
    `s.mu`", "outside a transaction" or "outside it" a traversal kind. A write outside a folder is still a traversal,
    and one outside Go's `mu` is a race."""
    assert kinds("Committee check passes for everyone when `COMMITTEE_KEY` is unset") == {"fail-open-config"}
    assert "transaction" in kinds("Payment is committed before the seat is held")
    assert kinds("Harvest correction is a read-modify-write outside a transaction") == {"transaction"}
    assert "traversal" not in kinds("peg map read/written outside mutex (double-claimed channel)")
    assert "traversal" not in kinds("Loan counter is read under the lock but written outside it")
    assert kinds("Ward stamp counter is read and written outside `s.mu`") == {"concurrency"}
    for title in ("Result upload can write outside RESULTS_DIR", "upload can write outside docs dir",
                  "`name` lets an admin request write outside `exportDir`"):
        assert "traversal" in kinds(title), title


def test_round40_words_the_kinds_missed() -> None:
    """Round 40 (test75, test76): a cache "never refreshes" is stale, one with "no size limit" unbounded, so the two
    stay apart on adjacent lines; an "insecure password hashing algorithm" is the weak hash the others name MD5; an
    unknown quoted id and an unchecked empty result are the missing row."""
    stale = kinds("Summary cache never refreshes")
    assert stale == {"stale"}
    assert kinds_conflict(stale, kinds("Room Summary Cache Has No Size Limit"))
    assert "unbounded" in kinds("Room Summary Cache Has No Size Limit")
    assert kinds("Insecure password hashing algorithm") == {"weak-hash"}
    assert not kinds_conflict(kinds("Insecure password hashing algorithm"), kinds("Passwords hashed with unsalted MD5"))
    assert "weak-hash" not in kinds("Insecure cookie flags")
    missing = kinds("Unknown `leatherId` crashes the order handler")
    assert missing == {"nil-deref"} == kinds("Unchecked empty result for leather stock")
    assert "nil-deref" not in kinds("Unknown `valid` flag is ignored")


BINDERY_TS = """\
app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  const { rows } = await pool.query("SELECT id, pw_hash FROM customers WHERE email = $1", [email]);
  const hash = crypto.createHash("md5").update(String(password)).digest("hex");
  if (!rows.length || rows[0].pw_hash !== hash) return res.status(401).json({ error: "wrong email or password" });
});
"""


def test_round40_an_algorithm_or_encoding_literal_is_no_datum() -> None:
    """Round 40 (test76): `createHash("md5")` and `digest("hex")` name an algorithm and an encoding, not data looked
    up: "MD5 password hashes" is about `password` like "Insecure password hashing algorithm", and "Passwords hashed
    with unsalted MD5" names no other datum. The three had split one problem in three."""
    outline = Outline(BINDERY_TS, "server.ts")
    assert outline.keys_on(4) == frozenset()
    assert "md5" not in outline.keys(outline.function_at(4))
    md5 = outline.subjects(4, "MD5 password hashes")
    assert md5 == {"password"} == outline.subjects(4, "Insecure password hashing algorithm")
    assert not conflict(md5, outline.subjects(4, "Passwords hashed with unsalted MD5"))
    assert outline.keys_on(3) == frozenset()  # a query, not a lookup
    assert outline.keys_on(5) == frozenset()


MEMBERS_GO = """\
func (s *Server) memberOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Member-Id")
		var expires time.Time
		err := s.db.QueryRow("SELECT expires FROM members WHERE id = $1", id).Scan(&expires)
		next(w, r)
	}
}

func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	job, err := s.loadJob(r.PathValue("id"))
	reason := r.FormValue("reason")
	s.fileClaim(job, reason, err)
}
"""


def test_round40_a_header_and_a_path_value_are_inputs_and_gos_error_is_no_datum() -> None:
    """Round 40 (test75, test49): `id := r.Header.Get("X-Member-Id")` reads request input, so "member id header is not
    auth" and "X-Member-Id header is the only credential" name one datum; `job, err := s.loadJob(r.PathValue("id"))`
    gives `job` the id it was loaded by (Go's `err` beside it is no second datum), so "claim on any job" and
    "/jobs/{id}/claim unauthenticated" are one problem, still apart from the `reason` on the next line."""
    outline = Outline(MEMBERS_GO, "main.go")
    header = outline.subjects(3, "member id header is not auth")
    assert header == {"id", "x-member-id"} == outline.subjects(3, "memberOnly: X-Member-Id header is the only credential")
    claim = outline.subjects(11, "Anyone can file a warranty claim on any job")
    assert claim == {"id", "job"} == outline.subjects(11, "POST /jobs/{id}/claim unauthenticated")
    assert conflict(claim, outline.subjects(12, "`reason` is stored unvalidated"))


def test_round40_a_thread_unsafe_thing_a_string_built_query_a_cache_kept_forever_and_a_first_piece_skipped() -> None:
    """Round 40 (read sets, every hit of each wording the intended kind): "Thread-unsafe" is a race, "String-built
    SQL" an SQL injection, a value "cached forever" or "indefinitely" stale, and a first piece named in two words
    ("First Vehicle Lane Is Skipped", "first tariff tier skipped") an off-by-one."""
    assert kinds("Thread-unsafe fraud score cache and statistics") == {"concurrency"}
    assert kinds("String-built SQL in /staff/members (name)") == {"injection", "injection:sql"}
    stale = kinds("Fraud Scores Are Cached Indefinitely")
    assert stale == {"stale"} == kinds("Blend profiles are cached forever")
    assert kinds_conflict(stale, kinds("Thread-unsafe fraud score cache and statistics"))
    for title in ("First Vehicle Lane Is Skipped", "first tariff tier skipped", "First Honey Batch Omitted From Levy"):
        assert "bounds" in kinds(title), title
    assert kinds_conflict(kinds("First Vehicle Lane Is Skipped"), kinds("_deck_lock is never acquired"))


def test_round42_a_read_past_the_end_and_a_crash_on_a_short_input_are_two_sorts_of_bounds() -> None:
    """Round 42 (test79 fused them on one loop, test28 has the pair too): "reads one past the end" named no kind,
    "panics with fewer than seven weigh-ins" neither; now one is the edge of a bound, the other an input too short for
    it, which conflict. A division on a short input stays a division, and "fewer than" alone names no bound."""
    edge = kinds("Trend loop reads one past the end of the slice")
    short = kinds("Trend Calculation Panics With Fewer Than Seven Weigh-Ins")
    assert edge == {"bounds", "bounds:edge"} == kinds("trend loop goes past end")
    assert short == {"bounds", "bounds:empty"} == kinds("climbAllowed panics if < 10 readings")
    assert kinds("Index out of range when history is short") == {"bounds", "bounds:empty"}
    assert kinds_conflict(edge, short)
    assert not kinds_conflict(short, kinds("Index out of range in 7-day average"))
    assert kinds("Division by zero when fewer than three judges score") == {"division"}
    assert "bounds" not in kinds("Passwords shorter than eight characters are accepted")
    assert "bounds" not in kinds("Fewer than ten members can call a vote")


def test_round42_a_comparison_named_by_its_operator_is_a_bound() -> None:
    """Round 42 (test80 and earlier): "MAX_LOANS check uses >" and "Van Capacity Check Uses >=" named no kind, next to
    findings of the same bound that did; every read finding worded so is a bound off by one."""
    for title in ("MAX_LOANS check uses >", "Van Capacity Check Uses >=", "Rollout uses <= on a 0-99 bucket",
                  "Grace period check uses `<`"):
        assert kinds(title) == {"bounds", "bounds:edge"}, title
    assert "bounds" not in kinds("Token check uses === on strings")
    assert kinds("default n=10 panics with < 10 launches") == {"bounds", "bounds:empty"}


def test_round42_an_account_enumeration_is_a_kind() -> None:
    """Round 42 (test78 and earlier): "User Enumeration on Login", "Login reveals whether an email is registered" and
    "login leaks whether an email exists" named no kind; they are one, and apart from a plaintext password or a weak
    hash on the same login. "via timing" is the timing kind, so an enumeration through timing keeps both."""
    enum = kinds("User Enumeration in Login")
    assert enum == {"enumeration"} == kinds("Login reveals whether an email is registered")
    assert kinds("login leaks whether an email exists") == {"enumeration"}
    assert kinds("Account enumeration through login errors") == {"enumeration"}
    assert kinds("User enumeration via timing") == {"enumeration", "timing"}
    assert not kinds_conflict(kinds("User enumeration via timing"), kinds("Timing side channel reveals existing users"))
    assert kinds_conflict(enum, kinds("Passwords hashed with unsalted MD5"))
    assert "enumeration" not in kinds("Predictable sequential short codes allow enumeration")


def test_round44_a_race_without_gos_mutex_and_an_unlimited_size_are_read() -> None:
    """Round 44 (read sets): "without `s.mu`" and "without holding `s.mu`" read as no kind (the pattern wanted two
    spaces after "without"), so 48 read findings of races, most of them claude's, had none, or only "mutates shared
    state" (aliasing) against the others' race. And "Unrestricted Upload Size" read as a file type left unchecked,
    "Unlimited request body size" as nothing: a size without limit is unbounded, apart from the type next to it."""
    take = kinds("`handleTake` reads and mutates shared stock without `s.mu`")
    assert "concurrency" in take and not kinds_conflict(take, kinds("Data Race on Shared Stock Map"))
    for title in ("counter written without holding s.mu", "Push: inFlight map accessed without y.mu",
                  "`inFlight` is read and written without `y.mu` in `Push`", "Stats reads s.stats without s.mu"):
        assert kinds(title) == {"concurrency"}, title
    assert kinds("Build fails without music assets") == frozenset()
    size = kinds("Unrestricted Upload Size")
    assert size == {"unbounded"} == kinds("Unlimited Request Body Size on Hire Endpoint")
    assert kinds("Unrestricted photo upload size") == {"unbounded"} == kinds("Unlimited blob upload size")
    assert kinds("Unrestricted File Upload") == {"unrestricted-upload"}
    assert kinds_conflict(size, kinds("Unrestricted File Upload"))


KILN_PY = """\
import subprocess
from flask import request

def upload_program():
    kiln = request.args.get("kiln")
    controller = request.args.get("controller")
    program = request.get_data()
    html = f"<p>{kiln}</p>"
    subprocess.run(f"kilnctl --controller {controller} --kiln {kiln} load", shell=True, input=program)
    return html
"""

LYRICS_TS = """\
app.get("/songs/:id/lyrics", async (req, res) => {
  const { rows } = await pool.query("SELECT title, lyrics FROM songs WHERE id = $1", [req.params.id]);
  const s = rows[0];
  res.type("html").send(`<h1>${s.title}</h1><pre>${s.lyrics}</pre>`);
});
"""


def test_round45_a_word_before_a_feature_noun_names_the_feature_not_a_datum() -> None:
    """Round 45 (read sets): gemini's and qwen's "Command Injection in Kiln Program Upload", "XSS in machine report" read
    the word before the feature's noun as the datum (`kiln`, `machine`) against the others' `controller` or `notes`,
    keeping one problem's findings apart. And "Unescaped HTML in lyrics endpoint" read `html`, a key of the line
    (`res.type("html")`), against "xss in lyrics page"."""
    outline = Outline(KILN_PY, "kiln.py")
    feature = outline.subjects(9, "Command Injection in Kiln Program Upload")
    assert feature == frozenset()
    assert outline.subjects(9, "OS command injection via controller parameter") == {"controller"}
    assert not conflict(feature, outline.subjects(9, "OS command injection via controller parameter"))
    assert outline.subjects(9, "Command injection through the kiln") == {"kiln"}  # the datum, said plainly
    assert outline.subjects(9, "`kiln` program upload runs a shell") == {"kiln"}  # quoted, it is the datum
    lyrics = Outline(LYRICS_TS, "server.ts")
    medium = lyrics.subjects(4, "Unescaped HTML in lyrics endpoint", interpolated=True)
    assert "html" not in medium and not conflict(medium, lyrics.subjects(4, "xss in lyrics page", interpolated=True))
    assert lyrics.subjects(4, "Stored XSS via song `title`", interpolated=True) == {"title"}


def test_round45_a_race_a_count_from_zero_and_a_late_edge_told_by_their_effect_are_read() -> None:
    """Round 45 (read sets): "Two members can book the same slot", "can be double-booked", "can oversell" named no
    kind (70 read findings, all of races, double bookings or duplicates but one), nor "Queue position is zero-based",
    "Run numbers start at 0" or "Donors become eligible a day late" (43, all off-by-ones); test85 fused the kart draw from 0 with the duplicate
    draw on the next line. And words that start with "lock" (locksmith, Locker, `LOCKKEEPER_KEY`) read as a race."""
    for title in ("Two members can book the same extraction slot", "Appointment slots can be double-booked",
                  "Tours can be oversold past the fire limit", "Induction Session Overbooking",
                  "Two bookings for the same castle and days can both succeed"):
        assert kinds(title) == {"concurrency"}, title
    assert not kinds_conflict(kinds("Two customers can book the same booth"), kinds("Race Condition Allows Double Booking"))
    assert kinds("Slots Can Be Overbooked by One") == {"bounds", "bounds:edge"}  # a capacity off by one, no race
    for title in ("Queue position is zero-based", "Run numbers start at 0", "Kart Numbers Drawn From Zero",
                  "Kart draw produces kart 0"):
        assert kinds(title) == {"bounds"}, title
    assert kinds("new players start at 0, not InitialRating") == frozenset()  # a default, not a count from 0
    assert kinds_conflict(kinds("kart draw starts at 0"), kinds("Two drivers can be drawn onto the same kart"))
    for title in ("Donors become eligible a day late", "Loyalty discount starts one session late",
                  "Loan End Date Is One Day Too Late"):
        assert kinds(title) == {"bounds", "bounds:edge"}, title
    assert "fail-open-config" in kinds("lab HMAC key may be empty")
    assert not kinds_conflict(kinds("lab HMAC key may be empty"), kinds("Webhook accepts signatures made with an empty secret"))
    for title in ("Any locksmith can close any callout", "Keeper endpoints are open when `LOCKKEEPER_KEY` is not set",
                  "Locker codes come from `Math.random()`", "lock_from accepts any string"):
        assert "concurrency" not in kinds(title), title
    for title in ("`s.mu.Lock()` is never called in `Add`", "Counter updated without a lock", "Shared map is not locked",
                  "`handleCheck` writes `lockedOut` after releasing `s.mu`"):
        assert "concurrency" in kinds(title), title
    assert kinds("Hold release timer is 600 ms, not 10 minutes") == frozenset()
    assert kinds("Snapshot writes state.json 0666") == {"file-mode"}


def test_round45_a_word_of_the_domain_names_no_kind_of_defect() -> None:
    """Round 45 (read sets): a certificate a service issues or uploads read as TLS (64 read findings of traversals,
    injections and races), a record "readable by anyone" as a file mode, a secret "committed in source" as a
    transaction, a pointer that "escapes the lock" as a traversal, and every webhook finding naming its HMAC as a weak
    hash (an empty key and a compare not constant-time are other defects)."""
    assert kinds("Path traversal in certificate download") == {"traversal"}
    assert kinds("Race condition in certificate number generation") == {"concurrency"}
    for title in ("Certificate verification disabled", "HTTP client disables certificate verification",
                  "Certificate validation turned off", "InsecureSkipVerify: true on the alert client"):
        assert {"tls", "tls:verify"} <= kinds(title), title
    assert kinds("transcript readable by any user") == {"access-control"}
    assert "file-mode" in kinds("Upload directory is world-readable")
    assert "file-mode" in kinds("Export files are readable by all users")
    assert kinds("Secret key committed in source") == {"hardcoded-secret"}
    assert "transaction" in kinds("Artifact deletion not committed to the database")
    assert kinds("Shared depot pointer escapes the lock") == {"concurrency"}
    assert "traversal" in kinds("Archive entry escapes the upload directory")
    assert kinds("Non-constant-time HMAC comparison") == {"timing"}
    assert kinds("Webhook HMAC key falls back to an empty string") == {"fail-open-config"}
    assert kinds("Signature is sha256(secret + body), not an HMAC") == {"weak-hash"}
    assert kinds("Use HMAC instead of plain SHA-256 for webhook signatures") == {"weak-hash"}


def test_round46_a_missing_check_told_by_its_effect_names_its_kind() -> None:
    """Round 46 (read sets): "certificates downloadable without auth" named no kind, and test88 fused it with the
    path traversal two lines below; nor did "does not verify ring ownership", "other fanciers' rings", "Any skipper can
    cancel any booking", "Print command result not checked" or "Course accepts one booking over capacity" (test87 and
    test88 split the last four from their problems' other findings)."""
    for title in ("certificates downloadable without auth", "cancel endpoint has no auth",
                  "Season report route is registered without `s.auth`", "Basketing does not verify ring ownership",
                  "Permit documents are not restricted to their owner", "GET /tickets/:id has no owner filter",
                  "Basketing accepts other fanciers' rings", "Basketing of Rings Owned by Others",
                  "Any skipper can cancel any booking", "`handleTransfer` lets any pilot reassign any booking",
                  "`POST /requests/<id>/cancel` cancels anyone's request"):
        assert kinds(title) - {"access-control:bypass"} == {"access-control"}, title  # a bypass: round 57
    assert kinds("`proof_path` joins an untrusted name: any file can be downloaded") == frozenset()
    assert kinds_conflict(kinds("certificates downloadable without auth"), kinds("Path traversal in certificate download"))
    # A key whose absence leaves the door open fails open; that is no missing check on one route.
    for title in ("empty desk key = no auth", "empty LIBRARIAN_TOKEN means no auth", "boater() skips auth when secret unset"):
        assert kinds(title) == {"fail-open-config"}, title
    assert kinds("Owner cache accessed without lock") == {"concurrency"}
    for title in ("Course accepts one booking over capacity", "Ticket Validity Extends One Day Too Long",
                  "Lockout permits one attempt beyond maxAttempts"):
        assert kinds(title) == {"bounds", "bounds:edge"}, title
    assert not kinds_conflict(kinds("Course accepts one booking over capacity"),
                              kinds("capacity check lets one extra booking through"))
    # "one bird too many" is the edge, as "off by one" is: the empty race it also names is a second symptom.
    assert not kinds_conflict(kinds("Prize list returns one bird too many (and panics on an empty race)"),
                              kinds("res[:prizes+1] off by one / out of range"))
    assert not kinds_conflict(kinds("Print command result not checked"), kinds("Print failures are reported as success"))
    assert "error-handling" in kinds("rows.Scan error not checked")


def test_round46_a_race_run_as_a_contest_is_no_race_condition() -> None:
    """Round 46 (read sets): a pigeon or kart race ("Clocking Does Not Verify Race Entry", "an empty race", "Race
    Finish Detected One Lap Late") read as a race condition (4 read findings, none of one)."""
    for title in ("Clocking Does Not Verify Race Entry", "Open licences are admitted to race nights",
                  "Race Finish Detected One Lap Late", "Prize list panics on an empty race"):
        assert "concurrency" not in kinds(title), title
        assert not names_race(title), title
    for title in ("Race on s.sent", "Race condition in entry allocation", "Seat hold is check-then-insert (race)",
                  "Entry numbers race between requests", "The race results in a double booking"):
        assert "concurrency" in kinds(title) and names_race(title), title



def test_round47_a_defect_told_by_what_it_does_names_its_kind() -> None:
    """Round 47 (read sets): a lost update told by what it loses, a spoofed header "trusted", a loop that spins or
    hangs on a zero, a file name derived from input, an upload's type check named otherwise and a wrong unit
    conversion named no kind (23 read findings, each of a problem of that kind); test90 split its zero-interval loop
    and its spoofed tapper header so, and read the header's "who logged the round" as a secret logged."""
    for title in ("`completedToday` loses increments", "Consecutive-failure count can lose updates",
                  "Lost increments in Tally cache"):
        assert kinds(title) == {"concurrency"}, title
    assert kinds("X-Tapper header trusted for who logged the round") == {"access-control"}
    assert kinds("Role escalation: X-Payroll-Role request header trusted over the JWT role claim") == {"access-control"}
    assert "sensitive-log" in kinds("Session header logged on every request")
    for title in ("`waterEvery: 0` makes the plan loop spin forever", "`van` of 0 makes `Plan` spin forever"):
        assert kinds(title) == {"infinite-loop"}, title
    assert not kinds_conflict(kinds("waterEvery 0 hangs"), kinds("waterEvery=0 -> infinite loop"))
    assert kinds("Outbound webhook call hangs without a deadline") == {"timeout"}
    for title in ("Waiver filename derived from user input", "Photo upload writes to a path taken from `X-Photo-Name`"):
        assert kinds(title) == {"traversal"}, title
    for title in ("No content-type or size restriction on photo uploads",
                  "No validation of uploaded photo content type", "Uploaded file is not validated"):
        assert kinds(title) == {"unrestricted-upload"}, title
    assert "unrestricted-upload" not in kinds("No validation of the booking date range")
    for title in ("Incorrect Unit Conversion in Working Load Limit", "Ablation: cm not converted to m (x100)",
                  "distanceMeters: degrees not converted to radians"):
        assert kinds(title) == {"units"}, title


def test_round48_sql_built_from_a_request_s_names_is_sql_injection() -> None:
    """Round 48 (read sets): a sort value "interpolated into `ORDER BY`" or body keys that "become column names" named no
    kind (74 read findings, all of SQL injections); test92 split both such problems so. Markup breaking out of its
    attribute is markup injection."""
    for title in ("`sort` is interpolated into `ORDER BY`", "GET /lines: sort query param in ORDER BY",
                  "Unvalidated `order` used in ORDER BY", "?sort= concatenated into ORDER BY",
                  "Body keys become column names in the UPDATE", "PATCH /harvests/:id: column names from body keys",
                  "Column names taken from request body in UPDATE"):
        assert kinds(title) == {"injection", "injection:sql"}, title
    assert not kinds_conflict(kinds("`sort` is interpolated into `ORDER BY`"), kinds("sql injection in /lines"))
    assert kinds("Photo filename breaks out of the `src` attribute") == {"injection", "injection:markup"}
    assert not kinds_conflict(kinds("Photo filename breaks out of the `src` attribute"),
                              kinds("Unescaped Photo Name in Crevasse Card"))
    for title in ("Rows are ordered by name in ORDER BY, not by date", "Column names in the CSV header are not quoted",
                  "Sort order is lexicographic"):
        assert "injection" not in kinds(title), title
    # Round 47's unit conversion, in the plural and at a sentence's end (no read finding words it so).
    for title in ("Incorrect units in the ETA calculation", "The ETA uses an incorrect unit."):
        assert kinds(title) == {"units"}, title


def test_round49_a_defect_told_by_its_symptom_names_its_kind() -> None:
    """Round 49 (read sets): who a record is "not tied to", "not scoped to" or "not restricted to", readers who are not
    members, an "auth bypass", unknown tokens "let through", a check switched off for want of its key, success reported
    on a failure, a secret compared loosely, a page count rounded down and a whole table "fetched" named no kind or
    another (64 read findings, each to its problem's kind); test94 split its certificates for any customer and its
    unknown member let through so, and test93 its herd key compared with `==`."""
    for title in ("Certificates are not tied to the customer who ordered the rope", "order detail not scoped to customer",
                  "Refunds Not Restricted to Managers", "SDK keys are not bound to a project",
                  "Auth bypass: token signature check disabled", "memberOnly lets unknown tokens through",
                  "Board cards readable by users who are not members", "Room history exposed to non-members"):
        assert kinds(title) - {"access-control:bypass"} == {"access-control"}, title  # a bypass: round 57
    assert "access-control" not in kinds("Number of bags not limited to MAX_BAGS")
    assert not kinds_conflict(kinds("Auth bypass: ErrNoRows treated as success"),
                              kinds("Authentication Bypass in memberOnly"))
    assert kinds_conflict(kinds("Certificates are not tied to the customer who ordered the rope"),
                          kinds("Path Traversal in Certificate Download"))
    # An "auth bypass" whose cause is an unset key is the key failing open, and no spoofed identity beside it.
    for title in ("driver key empty -> auth bypass", "warden auth bypass if WARDEN_KEY unset"):
        assert kinds(title) == {"fail-open-config"}, title
    assert kinds_conflict(kinds("warden auth bypass if WARDEN_KEY unset"), kinds("JWT Signature Not Verified"))
    for title in ("guide key check skipped when env var missing", "staff auth off when env var missing"):
        assert kinds(title) == {"fail-open-config"}, title
    for title in ("Member authentication disabled by default", "Empty default OPS_TOKEN disables authentication"):
        assert kinds(title) == {"access-control", "fail-open-config"}, title
    assert "fail-open-config" not in kinds("warden auth skipped when header absent")
    assert kinds("Assignment reports success when the UPDATE fails") == {"error-handling"}
    assert "error-handling" not in kinds("Returns 200 when the booking is confirmed")
    assert kinds("Loose equality used for secret comparison") == {"loose-equality", "timing"}
    assert not kinds_conflict(kinds("Loose equality used for secret comparison"), kinds("Herd key compared with `==`"))
    assert kinds("Loose Comparison in Password Check") == {"loose-equality"}
    assert kinds("Page count rounds down") == {"bounds"}
    assert not kinds_conflict(kinds("Page count rounds down"), kinds("Sales paging drops the last partial page"))
    assert kinds("Kid listing fetches all rows") == {"quadratic"}
    # Tried and left: the first element named by its index ("Mean excludes loads[0]"; RESULTS.md, round 49).
    assert kinds("Mean excludes loads[0]") == frozenset()


def test_round50_a_defect_told_by_its_effect_names_its_kind() -> None:
    """Round 50 (read sets): an act done "again" or "twice" in other words, the first page out of reach as "page 1", the
    last hour of a range left out by the clock, records "readable for any" id and a file written where the caller
    says named no kind (RESULTS.md, round 50: 115 read findings change kinds, each to its problem's kind); test95
    split its photo path write, its hour lines and its `/hires` paging so, test96 its gig cancelled twice and its
    certificates for any booking."""
    for title in ("A cancelled gig can be cancelled (and refunded) again", "Cancelling twice refunds twice",
                  "double cancel = double refund", "cancel can be repeated, frees space twice"):
        assert kinds(title) == {"replay"}, title
    # A refund told twice by a race keeps the race: one family, so no new conflict with "not atomic".
    assert kinds("Concurrent cancel requests refund twice") == {"concurrency", "replay"}
    assert not kinds_conflict(kinds("Cancelling twice refunds twice"), kinds("cancel is not idempotent"))
    for title in ("offset = page*size skips page 1", "Organiser board list never shows page 1",
                  "Hour lines do not include 6 pm", "Hour-line table stops at 5 pm", "Night-time check excludes 22:00"):
        assert kinds(title) == {"bounds"}, title
    assert "bounds" not in kinds("Sync loop stops at 50 retries")  # a count, not a clock time
    assert kinds("Certificates readable for any booking id") == {"access-control"}
    for title in ("Arbitrary File Write in Photo Upload", "Photo upload writes to a client-chosen path"):
        assert kinds(title) == {"traversal"}, title
    assert kinds_conflict(kinds("Arbitrary File Write in Photo Upload"), kinds("Uploaded photo file is never closed"))
    # Tried and left (RESULTS.md, round 50): SQL "built from" input, a file read where the caller says, a race told by
    # its `await`. Each is right on every read finding it changes, but together or by halves they cost problems held
    # out, also where no finding of a problem left apart changes kinds; round 53 tried them again and they still did. A
    # token decoded and never verified, tried and left with them then, is access control since round 53.
    for title in ("ORDER BY built from ?sort=", "Arbitrary File Read via Photo Endpoint",
                  "`held` is read before the await and written after it"):
        assert kinds(title) == frozenset(), title


def test_round51_a_repeated_act_public_records_a_self_set_flag_and_a_bound_plus_one_name_their_kinds() -> None:
    """Round 51 (read sets): a repeated act, records "publicly accessible", a flag a client sets on itself, the mean
    of nothing told by its NaN and a bound written as a name plus one named no kind (RESULTS.md, round 51: 46 read
    findings change kinds, each to its problem's kind, one off-by-one from a race to none); test97 split its repeated
    cancellation, its photos without auth and its empty moisture average so, test98 its riders marking themselves paid
    and its capacity plus one."""
    for title in ("Repeated cancellation creates duplicate refunds", "Repeated cancel inserts another refund each time"):
        assert kinds(title) == {"replay"}, title
    for title in ("Horse Photos Publicly Accessible", "Unpublished articles are publicly readable"):
        assert kinds(title) - {"access-control:bypass"} == {"access-control"}, title  # a bypass: round 57
    for title in ("Clients can mark themselves as paid", "Riders Can Set Their Own Payment Status",
                  "client can set paid=true"):
        assert kinds(title) == {"mass-assignment"}, title
    # A role set on oneself is also a privilege escalation, as another agent names it: left without a kind.
    assert kinds("Crew can set their own `role`") == frozenset()
    for title in ("Average of no readings is NaN and cannot be encoded",
                  'Average rating is "NaN" when there is no feedback'):
        assert kinds(title) == {"division"}, title
    assert "division" not in kinds("Unknown ticket kind yields NaN price")
    for title in ("Capacity check allows camels+1 riders", "fee loop runs lateDays + 1 times",
                  "CLOSE_HOUR + 1 allows overrun"):
        assert kinds(title) == {"bounds"}, title
    # Not the N+1 queries, nor an increment from a stale read (a lost update).
    assert "bounds" not in kinds("N+1 Queries in Weekly Summary")
    assert "bounds" not in kinds("redeem writes towels_out + 1 from a stale read")
    # "Overbooking beyond capacity" is a bound overstepped, not told as a race: it no longer conflicts with the
    # off-by-one of its problem.
    assert kinds("Overbooking Beyond Camel Capacity") == frozenset()
    assert kinds("Tours can be overbooked by concurrent requests") >= {"concurrency"}

def test_round52_a_check_skipped_for_want_of_its_header_and_records_that_are_public_name_access_control() -> None:
    """Round 52 (read sets): a check skipped for want of its header and records said to be "public" named no kind, or
    only a check failing open (RESULTS.md, round 52: 33 read findings change kinds, each to its problem's kind but one,
    of riders' passports, an exposure); test99 split its member check skipped without `X-Member` so, test100 its
    check history served without auth."""
    for title in ("`member_required` skips the key check when `X-Member` is absent",
                  "Warden middleware is a no-op without X-Warden-Key", "Missing x-kit-signature bypasses webhook auth",
                  "Webhook verification skipped when header absent", "Livestock check history is public",
                  "Timesheets are public"):
        assert kinds(title) - {"access-control:bypass"} == {"access-control"}, title  # a bypass: round 57
    # A check failing open on a missing header keeps that kind, and now shares access control with "Authentication
    # bypass when X-Member header is omitted": one problem, no longer kept apart.
    assert kinds("member_required fails open without X-Member") == {"access-control", "fail-open-config"}
    assert not kinds_conflict(kinds("member_required fails open without X-Member"),
                              kinds("Authentication bypass when X-Member header is omitted"))
    # A datum "public on" a page meant to be public is an exposure, not a missing check.
    assert kinds("Leader's phone number is public on the foray card") == frozenset()


def test_round53_a_check_and_its_act_a_stay_ending_before_it_starts_and_an_alarm_fired_once_name_their_kinds() -> None:
    """Round 53 (read sets): the two halves of a check-then-act named ("check and decrement"), Go's mutex named as
    "not under `s.mu`", a departure before the arrival, a due date "one day later than" its rule, an alarm that fires
    "only once per process lifetime" and a stock taken without checking that enough is left named no kind (RESULTS.md,
    round 53: 12 read findings change kinds, each to its problem's kind); test101 split its stave stock race and its
    freezer alarm so, test102 its overdue comparison, its departure date and its leaf stock."""
    for title in ("Stave stock check-and-decrement is not under `s.mu`", "Plank check and decrement are in separate "
                  "critical sections", "Room clash check and insert can interleave", "counter is read outside `s.mu`",
                  "`hits` map is written not under `c.mu`"):
        assert kinds(title) == {"concurrency"}, title
    # One family with a transaction: no conflict with "not in one transaction".
    assert kinds("capacity check and INSERT not in one transaction") == {"concurrency", "transaction"}
    assert kinds("Departure before arrival is accepted") == {"inverted-range"}
    assert kinds("Check-out date earlier than check-in is not rejected") == {"inverted-range"}
    assert kinds("A stove is due one day later than `CHECK_EVERY_DAYS`") == {"bounds", "bounds:edge"}
    assert kinds("A freezer alarms only once per process lifetime") == {"stuck-state"}
    assert kinds("Packing never checks that there is enough leaf") == {"negative-input"}
    # A stock taken without the check is no race: it conflicts with the oversell race on the same lines.
    assert kinds_conflict(kinds("Packing never checks that there is enough leaf"),
                          kinds("Two packings can both take the last leaf (race)"))
    # Not a check and a report ("check and report") nor a day merely "later" than another.
    assert "concurrency" not in kinds("Health check and report endpoint leaks versions")
    assert "bounds" not in kinds("The report is sent a day later than planned by the scheduler")


def test_round53_a_token_decoded_and_never_verified_is_access_control() -> None:
    """Round 53 (read sets): a token decoded and not verified, however worded, named no kind (RESULTS.md, round 53: 180
    read findings, every one of an unverified or unsigned token, whose problems' other findings name access control or
    nothing); now it is the missing access check it is, apart from the secret it is signed with or how it is compared."""
    for title in ("jwt.decode instead of verify", "Auth uses jwt.decode (no signature check)",
                  "Patron tokens are decoded, never verified", "requireAuth trusts unsigned JWTs (jwt.decode)",
                  "Token signature never checked", "JWT signature is not validated", "jwt decoded not verified",
                  "`guest` uses `jwt.decode`, which does not verify the signature",
                  "Unsigned JWTs accepted (alg=none)"):
        assert kinds(title) - {"access-control:bypass"} == {"access-control"}, title  # a bypass: round 57
    assert not kinds_conflict(kinds("jwt.decode instead of verify"), kinds("Authentication bypass via forged token"))
    assert kinds_conflict(kinds("jwt.decode instead of verify"), kinds("Hard-coded fallback JWT secret"))
    assert kinds_conflict(kinds("jwt.decode instead of verify"), kinds("Token compared with `==` (timing attack)"))


GRADES_PY = """\
def grade_plank(body):
    knots = int(body.get("knots", 0))
    if knots <= 1:
        grade = "prime"
    elif knots < 4:
        grade = "select"
    else:
        grade = "common"
    return grade


def label(kind):
    tier = "select"
    size = "select"
    return tier + size
"""


TIERS_GO = """\
package shop

func tierOf(spent int) string {
\ttierName := "bronze"
\tif spent > 500 {
\t\ttierName = "gold"
\t}
\treturn tierName
}
"""


def test_round54_values_a_local_is_given_name_which_branch_a_finding_is_about() -> None:
    """Round 54 (read sets): test104 fused a grade boundary off by one for "prime" with the one two lines below for
    "select" (RESULTS.md, round 54): both name `knots` and nothing else of the function's data. The word values a local
    is given (`grade = "prime"`) are data a finding names: the local and which of its values."""
    outline = Outline(GRADES_PY, "grades.py")
    prime = outline.subjects(4, "A plank with exactly 2 knots and no wane is never graded prime")
    select = outline.subjects(6, "4 knots should still be select")
    assert prime == {"knots", "grade", "grade:prime"} and select == {"knots", "grade", "grade:select"}
    assert conflict(prime, select)
    assert not conflict(prime, outline.subjects(3, "prime threshold is knots <= 1, rules say 2"))
    # A word given to two locals names neither: which datum it is about is not known.
    assert outline.subjects(14, "select label is wrong") == frozenset()
    # The local is named as written, as when a finding quotes it: no conflict between the value and the name.
    go = Outline(TIERS_GO, "tiers.go")
    gold = go.subjects(6, "gold members are charged at the bronze rate")
    assert {"tierName:gold", "tierName:bronze"} <= gold
    assert not conflict(go.subjects(6, "gold customers lose their discount"), go.subjects(6, "`tierName` is wrong"))


LURE_GO = """\
func (s *Server) handleTrend(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	ws := s.weights[id]
	out := []float64{}
	for i := len(ws) - 7; i <= len(ws); i++ {
		out = append(out, float64(ws[i]-ws[len(ws)-1]))
	}
	json.NewEncoder(w).Encode(out)
}
"""


def test_round42_a_crash_on_a_short_input_stays_apart_from_the_loop_past_the_end(tmp_path: Path) -> None:
    """Round 42 (test79/go-lurecall): gemini's crash on fewer than seven weigh-ins, on the loop line, joined the four
    findings of the loop that reads past the end (two fixes: a length guard and the bound)."""
    (tmp_path / "trend.go").write_text(LURE_GO)
    lines = LURE_GO.splitlines()
    loop = lines[4].strip()
    found = {
        "claude": [_finding("claude", "Trend loop reads one past the end of the slice", "trend.go", 5, loop, "bug",
                            recommendation="`i < len(ws)`; as written every request panics with index out of range.")],
        "codex": [_finding("codex", "ws[len(ws)] out of range in trend loop", "trend.go", 6, lines[5].strip(), "bug",
                           recommendation="i < len(ws).")],
        "opencode": [_finding("opencode", "trend loop goes past end", "trend.go", 5, loop, "bug",
                              recommendation="i < len(ws)")],
        "qwen": [_finding("qwen", "Index out of range in 7-day average", "trend.go", 5, loop, "bug",
                          recommendation="Use i < len(ws).")],
        "gemini": [_finding("gemini", "Trend Calculation Panics With Fewer Than Seven Weigh-Ins", "trend.go", 5, loop,
                            "bug", recommendation="Start at `max(0, len(ws)-7)` and handle an empty slice.",
                            description="For a bird with three weigh-ins the loop starts at index -4, and for a bird "
                            "with none `ws[len(ws)-1]` panics.")],
    }
    assert sorted(map(sorted, _groups(found, tmp_path))) == [["claude", "codex", "opencode", "qwen"], ["gemini"]]


DROPOFFS_PY = """from flask import request


def search_dropoffs(db):
    name = request.args.get("name", "")
    order = request.args.get("order", "created")
    sql = f"SELECT id, customer FROM dropoffs WHERE customer LIKE '%{name}%' ORDER BY {order}"
    return db.execute(sql).fetchall()
"""


def _dropoff_findings() -> dict[str, list[ProviderFinding]]:
    """Injection through `name` and through `order` on one line: each agent's findings in its own words."""
    line = """sql = f"SELECT id, customer FROM dropoffs WHERE customer LIKE '%{name}%' ORDER BY {order}\""""
    return {
        "claude": [_finding("claude", "SQL injection through `name` in the drop-off search", "app.py", 7, line),
                   _finding("claude", "SQL injection through `order` in the query's ORDER BY", "app.py", 7, line)],
        "codex": [_finding("codex", "SQLi via name in /dropoffs/search", "app.py", 7, line),
                  _finding("codex", "SQLi via order (ORDER BY {order})", "app.py", 7, line)],
        "qwen": [_finding("qwen", "SQL injection in drop-off search by customer name", "app.py", 7, line)],
    }  # fmt: skip


def test_a_finding_naming_no_datum_joins_the_group_its_words_clearly_lean_to(tmp_path: Path) -> None:
    """Round 43 (test81's whetstone): "sql injection in dropoff search" names no datum, on a line reading both
    `name` and `order`. The other agents' `name` findings also speak of the drop-off search, the `order` ones of
    ORDER BY, so one join is far likelier than the other: the finding joins the `name` group, not neither. Where
    the words lean no way (`test_finding_naming_no_datum_on_a_line_reading_both_joins_neither`) it still joins
    neither."""
    (tmp_path / "app.py").write_text(DROPOFFS_PY)
    found = _dropoff_findings()
    found["opencode"] = [_finding("opencode", "sql injection in dropoff search", "app.py", 7, found["qwen"][0].snippet)]
    merged = merge_findings(found, tmp_path)
    assert sorted(sorted(f.detected_by) for f in merged) == [["claude", "codex"], ["claude", "codex", "opencode", "qwen"]]
    assert "name" in next(f for f in merged if len(f.detected_by) == 4).title


def test_a_finding_naming_both_data_stays_apart_however_its_words_lean(tmp_path: Path) -> None:
    """The other side of round 43's rule: a finding naming both `name` and `order` ("Both `name` and `order` are
    inserted ...") would carry the datum of the group it does not join into the one it joins, so it stays apart even
    where its title leans to one group as clearly as the datum-less one above."""
    (tmp_path / "app.py").write_text(DROPOFFS_PY)
    found = _dropoff_findings()
    found["gemini"] = [_finding("gemini", "SQL Injection in Drop-off Search", "app.py", 7, found["qwen"][0].snippet,
                                description="Both `name` and `order` are inserted into the SQL string.")]  # fmt: skip
    groups = sorted(map(sorted, _groups(found, tmp_path)))
    assert groups == [["claude", "codex"], ["claude", "codex", "qwen"], ["gemini"]]


# -- round 56 --------------------------------------------------------------------------------------------------
LABELS_TS = """app.post("/orders/:id/labels", farmOnly, async (req, res) => {
  const { rows } = await pool.query("SELECT id, customer, jars FROM orders WHERE id = $1", [req.params.id]);
  const order = rows[0];
  const copies = String(req.query.copies ?? order.jars);
  execSync(`jar-label --order ${order.id} --customer "${order.customer}" --copies ${copies}`);
  res.status(204).end();
});

app.post("/orders/:id/photo", farmOnly, async (req, res) => {
  const photo = req.file;
  execSync(`convert ${photo.path} -resize 800x800 ${photo.filename}.jpg`);
  res.status(204).end();
});
"""


def test_round56_the_field_a_shell_command_is_given_is_its_datum() -> None:
    """Round 56 (test107's snail jars): one `execSync` takes the customer's name from a stored order and `copies`
    from the query, two injections. "customer name into shell" named no datum, since a field was read only for
    markup injection, and joined the `copies` group. A field put into a shell command is now its datum too; a word
    for what sort of value an argument is ("the upload path"), said plainly, is not, while such a field quoted is."""
    outline = Outline(LABELS_TS, "labels.ts")
    customer = outline.subjects(5, "customer name into shell (execSync)", interpolated=True)
    copies = outline.subjects(5, "Command injection via copies parameter", interpolated=True)
    assert customer == {"customer"} and "copies" in copies and conflict(customer, copies)
    assert outline.subjects(5, "customer name into shell (execSync)") == frozenset()  # not interpolated: no field
    assert outline.subjects(11, "ImageMagick is invoked through a shell with the upload path", interpolated=True) == frozenset()
    assert outline.subjects(11, "shell=True with filename in convert", interpolated=True) == frozenset()
    assert outline.subjects(11, "Shell injection through the `filename` field", interpolated=True) == {"filename"}


def test_round56_two_fields_in_one_shell_command_are_two_problems(tmp_path: Path) -> None:
    (tmp_path / "labels.ts").write_text(LABELS_TS)
    sink = LABELS_TS.splitlines()[4].strip()
    found = {
        "claude": [_finding("claude", "Shell injection through `?copies=` in the label printer", "labels.ts", 5, sink),
                   _finding("claude", "Customer name from a public order is expanded by the shell", "labels.ts", 5, sink)],
        "codex": [_finding("codex", "Command injection via ?copies= (execSync)", "labels.ts", 4,
                           "const copies = String(req.query.copies ?? order.jars);")],
        "opencode": [_finding("opencode", "customer name into shell (execSync)", "labels.ts", 5, sink)],
        "qwen": [_finding("qwen", "Command injection via copies parameter", "labels.ts", 4,
                          "const copies = String(req.query.copies ?? order.jars);"),
                 _finding("qwen", "Command injection via stored customer name", "labels.ts", 5, sink)],
    }  # fmt: skip
    assert sorted(map(sorted, _groups(found, tmp_path))) == [["claude", "codex", "qwen"], ["claude", "opencode", "qwen"]]


# -- round 57 --------------------------------------------------------------------------------------------------
START_GO = """package main

func (s *Server) handleStart(w http.ResponseWriter, r *http.Request) {
	program := r.URL.Query().Get("program")
	cmd := exec.Command("sh", "-c", "laundry-ctl start "+r.PathValue("machine")+" --program "+program)
	if err := cmd.Run(); err != nil {
		http.Error(w, "controller failed", http.StatusBadGateway)
	}
}
"""


def test_round57_where_a_shell_commands_values_come_from_is_no_datum() -> None:
    """Round 57 (test40's laundry, test69's transect crew and five more read sets): codex says where a shell command's
    values come from ("sh -c with request code"), and Go's `*http.Request`, two lines up, reads as a field `request`:
    since round 56 that field was a datum of a command injection, and the finding conflicted with the others about the
    value the command is given. "request" said plainly is no datum now, as "the upload path" is not."""
    outline = Outline(START_GO, "main.go")
    assert outline.subjects(5, "sh -c with program from request", interpolated=True) == {"program"}
    said = outline.subjects(5, "handleStart: sh -c with values from the request", interpolated=True)
    assert said == frozenset()
    assert not conflict(said, outline.subjects(5, "Command injection in machine start", interpolated=True))


def test_round57_a_lookup_key_is_no_secret_and_a_race_may_take_four_words() -> None:
    """Round 57 (test110's contest log, test109's reptile rescue): a "dupe key" is how records are found, not a key
    that opens anything, so a finding about it names no secret logged or missing from the config; "Two adopters can
    place a hold on the same animal" is a race like "Two members can book the same slot"."""
    assert kinds("Dupe key does not include the logging station") == frozenset()
    assert kinds("Duplicate key missing operator callsign") == frozenset()
    assert kinds("Cache key is logged on every miss") == frozenset()
    # Keys that open something still do, inside a name too (`SDK_KEYS`, round 57's first try lost test3 so).
    assert kinds("API key is logged on every request") == {"sensitive-log"}
    assert "fail-open-config" in kinds("Missing x-sdk-key accepted when SDK_KEYS empty")
    assert "fail-open-config" in kinds("Signing key missing when the env var is unset")
    assert kinds("Two adopters can place a hold on the same animal at once") == {"concurrency"}
    assert "concurrency" not in kinds("Two adopters may see the hold page load slowly on the same animal")


def test_round57_a_check_bypassed_and_one_failing_open_are_one_family() -> None:
    """Round 57 (test71's boat passage, test27, test36, test79, test94): gemini calls a key check that admits everyone
    when its key is unset an "Authentication Bypass", which read as plain access control, conflicting with the others'
    check failing open. A bypass is a check got around: one family with failing open. A check missing altogether is
    not (in the read sets every near pair of such findings was two problems)."""
    bypass = kinds("Keeper Authentication Bypass")
    assert {"access-control", "access-control:bypass"} <= bypass
    fails_open = kinds("empty keeper key lets everyone in")
    assert fails_open == {"fail-open-config"}
    assert not kinds_conflict(bypass, fails_open)
    assert kinds_conflict(kinds("Keeper endpoints have no authentication"), fails_open)
    assert not kinds_conflict(bypass, kinds("Keeper endpoints have no authentication"))  # access control both


KEEPER_GO = """package main

func (s *Server) keeperOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Keeper-Key") != s.keeperKey {
			http.Error(w, "keepers only", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}
"""


def test_round57_a_bypassed_key_check_joins_the_findings_of_it_failing_open(tmp_path: Path) -> None:
    (tmp_path / "keeper.go").write_text(KEEPER_GO)
    check = KEEPER_GO.splitlines()[4].strip()
    found = {
        "claude": [_finding("claude", "`keeperOnly` accepts every request when `KEEPER_KEY` is unset", "keeper.go", 5,
                            check)],
        "codex": [_finding("codex", "keeperOnly open when KEEPER_KEY empty", "keeper.go", 3,
                           KEEPER_GO.splitlines()[2].strip())],
        "gemini": [_finding("gemini", "Keeper Authentication Bypass", "keeper.go", 5, check)],
        "qwen": [_finding("qwen", "Keeper middleware bypass with empty key", "keeper.go", 5, check)],
    }  # fmt: skip
    assert sorted(map(sorted, _groups(found, tmp_path))) == [["claude", "codex", "gemini", "qwen"]]


# -- round 58 --------------------------------------------------------------------------------------------------
def test_round58_a_request_left_hanging_by_a_throw_is_an_unhandled_error_not_a_timeout() -> None:
    """Round 58 (test95's orienteering course, test100, test101, test109, test3): codex tells an error thrown in an
    Express 4 async handler by its symptom, the request left hanging, which read as a missing timeout and conflicted
    with the others' unhandled error or crash. It is an unhandled error; a call that can hang for want of a timeout
    still names a timeout."""
    assert kinds("unknown courseId throws in async handler (hangs under express 4)") == {"error-handling"}
    assert kinds("report: readFile rejection unhandled (missing name/file hangs request)") == {"error-handling"}
    assert kinds("Invalid `attrs` JSON leaves the request hanging") == {"error-handling"}
    assert kinds("JSON.parse on attrs can throw in async handler") == {"error-handling"}
    assert kinds("checkout: rejected promise not handled (Express 4)") == {"error-handling"}
    thrown = kinds("SAFE[biome] undefined -> TypeError, request hangs (Express 4 async)")
    assert thrown == {"error-handling", "nil-deref"}
    assert not kinds_conflict(thrown, kinds("Unknown biome causes an unhandled exception"))
    assert kinds("fetch_merchant can hang: no timeout") == {"timeout"}
    assert kinds("Pager Command May Hang Indefinitely") == {"timeout"}


def test_round58_a_first_row_undefined_is_a_missing_row_with_or_without_is() -> None:
    """Round 58 (test33's observatory, test110's pumpkin slots): "rows[0] undefined for unknown night" named no kind,
    and "rows[0] undefined for missing entry -> unhandled rejection" conflicted with "crashes for an unknown entry"."""
    assert kinds("nightOf: rows[0] undefined for unknown night") == {"nil-deref"}
    row = kinds("rows[0] undefined for missing entry -> unhandled rejection")
    assert "nil-deref" in row
    assert not kinds_conflict(row, kinds("Certificate route crashes for an unknown entry"))
    assert kinds("card: rows[0] may be undefined") == {"nil-deref"}


def test_round58_number_zero_let_through_is_a_range_edge_not_a_negative_input() -> None:
    """Round 58 (test112's jigsaw loans, test41, test42, test45, test75): "Piste 0 accepted" and "Piece number 0 passes
    validation" named no kind, beside others' "Off-by-one: lane 0 accepted": numbers start at 1, so 0 let through is
    the range's lower edge missed by one. A quantity of zero or less is still a negative input, the near miss the two
    kinds keep apart."""
    edge = {"bounds", "bounds:edge"}
    assert kinds("Piste 0 accepted") == edge
    assert kinds("Piece number 0 passes validation") == edge
    assert kinds("piece 0 accepted in missing report") == edge
    assert kinds("Lane Number Zero Accepted") == edge
    assert kinds("Flush range check accepts flush 0") == edge
    assert kinds("flush=0 accepted") == edge
    assert kinds("party of 0 or negative accepted") == {"negative-input"}
    assert kinds("qty <= 0 accepted") == {"negative-input"}
    assert kinds("Day sheet accepts negative or zero metres") == {"negative-input"}
    assert kinds_conflict(kinds("Piste 0 accepted"), kinds("qty <= 0 accepted"))


SHOWS_PY = '''def add_show():
    body = request.get_json(force=True)
    screen = int(body["screen"])
    runtime = int(body["runtime"])
    end = show_end(body["starts_at"], runtime, bool(body.get("interval")))
    for other in db.execute("SELECT starts_at, runtime, interval FROM shows WHERE screen = ?", (screen,)):
        other_end = other["start"] + timedelta(minutes=other["runtime"])
        if start < other_end and end > other["start"]:
            return jsonify(error="screen busy"), 409
'''


def test_round58_a_key_named_in_the_plural_is_the_key() -> None:
    """Round 58 (test112's cinema): "Screen Clash Detection Ignores Intervals" named `screen` but not `interval`, and
    so conflicted with "Clash check ignores the interval of the existing show" on the same line."""
    outline = Outline(SHOWS_PY, "shows.py")
    plural = outline.subjects(8, "Screen Clash Detection Ignores Intervals")
    assert "interval" in plural
    assert not conflict(plural, outline.subjects(8, "Clash check ignores the interval of the existing show"))
    assert "runtime" in outline.subjects(8, "Runtimes of other shows are read as minutes")


MISSING_TS = """app.post("/puzzles/:id/missing", memberAuth, async (req: MemberRequest, res) => {
  const reported: number[] = req.body.pieces;
  const { rows } = await pool.query("SELECT id, pieces FROM puzzles WHERE id = $1", [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: "no such puzzle" });
  for (const n of reported) {
    if (!Number.isInteger(n) || n < 0 || n > rows[0].pieces) return res.status(400).json({ error: `no piece ${n}` });
  }
  await pool.query("UPDATE puzzles SET missing_count = missing_count + $1 WHERE id = $2", [reported.length, rows[0].id]);
  res.status(201).json({ recorded: reported.length });
});
"""


def test_round58_piece_zero_let_through_stays_apart_from_duplicate_pieces_counted(tmp_path: Path) -> None:
    (tmp_path / "missing.ts").write_text(MISSING_TS)
    lines = MISSING_TS.splitlines()
    found = {
        "codex": [_finding("codex", "Duplicate piece numbers inflate missing_count", "missing.ts", 8, lines[7].strip(),
                           category="bug")],
        "opencode": [_finding("opencode", "piece 0 accepted in missing report", "missing.ts", 5, lines[4].strip(),
                              category="bug")],
        "qwen": [_finding("qwen", "Piece number 0 passes validation", "missing.ts", 6, lines[5].strip(), category="bug"),
                 _finding("qwen", "Duplicate missing pieces are double counted", "missing.ts", 8, lines[7].strip(),
                          category="bug")],
    }  # fmt: skip
    assert sorted(map(sorted, _groups(found, tmp_path))) == [["codex", "qwen"], ["opencode", "qwen"]]


# -- round 59 --------------------------------------------------------------------------------------------------
UPLOAD_PY = '''@app.post("/plots/<int:plot>/photo")
def upload_photo(plot):
    f = request.files["photo"]
    safe = f"plot-{plot:03d}.jpg"
    f.save(os.path.join(PHOTO_DIR, safe))
    return jsonify(saved=safe), 201
'''


def test_round59_a_plural_of_a_word_of_the_functions_own_name_names_no_datum() -> None:
    """Round 59 (test113's sand-castle contest): round 58 read "overwrites plot photos" in `upload_photo` as the
    `photo` field, which a plain "photo" there never was (a word of the function's own name names the function), and
    so kept gemini's "Unrestricted Photo Upload" apart from the others' missing authentication."""
    outline = Outline(UPLOAD_PY, "app.py")
    assert "photo" not in outline.subjects(5, "upload_photo: no auth, overwrites plot photos")
    assert "photo" not in outline.subjects(5, "Unauthenticated photo upload can overwrite any plot's photo")
    assert "photo" in outline.subjects(5, "The `photo` field is saved without a type check")


def test_round59_an_index_of_minus_one_or_number_zero_panicking_is_a_bounds_error() -> None:
    """Round 59 (test113's clue hunt, test82, test106, test45, test20): "clue 0 -> s.clues[-1] panic" and "`GET
    /clues/0` panics" named no kind beside qwen's "Off-by-one in clue index validation"."""
    assert kinds("clue 0 -> s.clues[-1] panic") == {"bounds"}
    assert kinds("Index -1 when belt name is unknown") == {"bounds"}
    assert kinds("`GET /clues/0` panics") == {"bounds", "bounds:edge"}
    assert kinds("language 0 panics") == {"bounds", "bounds:edge"}
    assert not kinds_conflict(kinds("clue 0 -> s.clues[-1] panic"), kinds("Off-by-one in clue index validation"))
    # A quantity of zero that panics is no index: "steps=0 panics" names no range edge.
    assert "bounds" not in kinds("Rollback with steps=0 panics")
    assert "bounds" not in kinds("Division by zero panics the handler")


def test_round59_attempts_without_limit_other_years_and_a_missing_file_name_their_kinds() -> None:
    """Round 59 (test113): "No Limit on Answer Attempts" read only as unbounded against "Answer attempts are not rate
    limited"; "Calendar marks days booked in other years" and "setlist.html throws when no setlist file exists" named
    no kind, and the second was fused with a missing row on the next line ("crashes on unknown id")."""
    attempts = kinds("No Limit on Answer Attempts")
    assert "rate-limit" in attempts
    assert not kinds_conflict(attempts, kinds("Answer attempts are not rate limited"))
    assert kinds("Calendar marks days booked in other years") == {"date-filter"}
    assert not kinds_conflict(kinds("Calendar marks days booked in other years"), kinds("Calendar ignores the year"))
    no_file = kinds("setlist.html throws when no setlist file exists")
    assert no_file == {"error-handling"}
    assert kinds_conflict(no_file, kinds("setlist.html crashes on unknown id (rows[0] undefined)"))
    assert kinds("Retention thread dies on the first missing file") == {"error-handling"}
    assert kinds("retention_loop: FileNotFoundError ends the thread") == {"error-handling"}
    # A missing file type check is an unchecked upload, not an unhandled error.
    assert "error-handling" not in kinds("Missing file type validation on upload")


SETLIST_TS = """app.get("/gigs/:id/setlist.html", async (req, res) => {
  const id = Number(req.params.id);
  const { rows } = await pool.query("SELECT venue, setlist_minutes FROM gigs WHERE id = $1", [id]);
  const sets = fs.readFileSync(path.join(SETLIST_DIR, `${id}-setlist.txt`), "utf8").split("\\n");
  res.send(`<h1>${escapeHtml(rows[0].venue)}</h1><p>${rows[0].setlist_minutes} min</p><ul>${sets.join("")}</ul>`);
});
"""


def test_round59_a_missing_set_list_file_stays_apart_from_a_missing_gig(tmp_path: Path) -> None:
    """Round 59 (test113's ceilidh band): opencode's "throws when no setlist file exists" named no kind and joined
    codex's missing gig on the next line; an unhandled missing file and a missing row are two problems."""
    (tmp_path / "server.ts").write_text(SETLIST_TS)
    lines = SETLIST_TS.splitlines()
    found = {
        "codex": [_finding("codex", "setlist.html crashes on unknown id (rows[0] undefined)", "server.ts", 5,
                           lines[4].strip(), category="bug")],
        "opencode": [_finding("opencode", "setlist.html throws when no setlist file exists", "server.ts", 4,
                              lines[3].strip(), category="bug")],
    }  # fmt: skip
    assert sorted(map(sorted, _groups(found, tmp_path))) == [["codex"], ["opencode"]]


ANNOUNCE_GO = '''func (s *Server) handleAnnounce(w http.ResponseWriter, r *http.Request) {
	channel := r.URL.Query().Get("channel")
	msg, _ := io.ReadAll(r.Body)
	cmd := exec.Command("sh", "-c", "announce --channel "+channel+" '"+string(msg)+"'")
	if out, err := cmd.CombinedOutput(); err != nil {
		http.Error(w, string(out), http.StatusBadGateway)
		return
	}
}
'''


def test_round59_a_word_a_local_abbreviates_names_that_local() -> None:
    """Round 59 (test113's clue hunt): "Command injection via announcement message" named no datum where the body is
    read into `msg`, and so joined gemini's injection "(channel)" on the same command rather than its own problem."""
    outline = Outline(ANNOUNCE_GO, "server.go")
    message = outline.subjects(4, "Command injection via announcement message")
    assert "msg" in message
    assert conflict(message, outline.subjects(4, "Command Injection in Announcements (channel)"))
    assert "msg" in outline.subjects(4, "Command Injection in Announcements (message)")
    # Only a local of that name: no `qty` here, so "quantity" names nothing.
    assert outline.subjects(4, "Quantity is not validated") == frozenset()

