"""The shape of a reviewed file, as far as the merger needs it: functions (with their signature lines),
the statements of one block, and which names each line assigns and reads.

No parser per language: Python functions come from `ast` (exact), brace languages (TypeScript,
JavaScript, Go, Java, C-like) from a scanner that skips strings and comments and matches braces, anything
else from indentation. Names come from one small set of assignment patterns that covers `x = ..`,
`x += ..`, `x: T = ..`, `a, b := ..`, `const {a, b} = ..`, `let x: T = ..`, `for x in ..`, `with .. as x`,
`for i, v := range ..` -- enough to follow a value from the line that reads request input to the line
that uses it, which is all `relation` asks.
"""

from __future__ import annotations

import ast
import bisect
import io
import re
import tokenize
from dataclasses import dataclass

# Brace languages by how they declare a function (the `{` of a block is the same in all of them).
_JS_SUFFIXES = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs")
_GO_SUFFIXES = (".go",)
_RUST_SUFFIXES = (".rs",)
# C-like: a declaration is `modifiers ReturnType name(params) [throws ..] {`.
_C_SUFFIXES = (".java", ".kt", ".c", ".h", ".cc", ".cpp", ".hpp", ".cs", ".swift", ".scala", ".php", ".dart")
_BRACE_SUFFIXES = _JS_SUFFIXES + _GO_SUFFIXES + _RUST_SUFFIXES + _C_SUFFIXES
_IDENT = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")
_KEYWORDS = frozenset(
    """if else elif for while return def class function func const let var await async try except catch
    finally with as in of not and or is None True False null undefined true false nil new this self import
    from export default package type interface struct range go defer select case switch break continue
    pass raise throw yield lambda static public private protected readonly string number boolean int
    float str bool dict list any void error chan byte rune map func interface fn mut pub impl long short
    double char final do unless elsif rescue ensure""".split()
)
# Names a line assigns: the left side of `=`, `+=`, `:=` (with const/let/var/mut, a declared type before the
# name as in `long n = ..`, `Map<K, V> m = ..`, `String[] parts = ..`, or an annotation after it), loop
# and `with` targets.
# No two ways to match one run of spaces (no `\s*` next to another `\s*`, or next to an optional part that
# may start with one): a reviewed file is anyone's text, and on a long run of spaces such patterns backtrack
# cubically (a line of 1000 spaces cost 26 s).
_ASSIGN = re.compile(
    r"^\s*(?:export\s+)?(?:(?:const|let|var|val|final|mut|auto|static)\s+)*"
    r"(?:[A-Za-z_$][\w$.]*(?:<[^=;(){}]*>)?(?:\[\])*\s+(?=[A-Za-z_$][\w$]*\s*=(?![=>])))?"
    r"(?P<lhs>(?:[\[{(]\s*)?[A-Za-z_$][\w$.]*(?:\s*,\s*[A-Za-z_$][\w$.]*)*(?:\s*[\]})])?)"
    r"\s*(?::[^=:]+?)?(?:[-+*/%|&^]|<<|>>|\?\?|\|\||&&)?(?::=|=(?![=>]))"
)
# A JavaScript destructuring declaration with defaults or renames (`const { q = "", sort = "id" } = req.query`,
# `const { id: cardId } = req.params`): `_ASSIGN` reads only up to the first `=`, so the names after it were lost.
_DESTRUCTURE = re.compile(r"^\s*(?:export\s+)?(?:const|let|var)\s+[{\[](?P<body>[^{}\[\]]*)[}\]]\s*(?::[^=]*)?=(?![=>])")
_BINDING = re.compile(r"^\s*(?:\.\.\.)?(?:[A-Za-z_$][\w$]*\s*:\s*)?(?P<name>[A-Za-z_$][\w$]*)")
_LOOP = re.compile(
    r"^\s*for\b\s*(?:\(\s*)?(?:(?:const|let|var|final)\s+)?"
    r"(?P<lhs>[\w$,\[\]{}<>](?:[\w$,\s\[\]{}<>]*?[\w$,\[\]{}<>])?)\s*(?:\bin\b|\bof\b|:=|:(?![:=]))"
)
_WITH_AS = re.compile(r"\bas\s+(?P<name>[A-Za-z_]\w*)\s*[:,)]")
# Not a function however much it looks like a call with a block: control flow and blocks of statements.
_NOT_A_NAME = r"(?!(?:if|for|while|switch|catch|with|return|else|do|try|finally|synchronized|using|lock|foreach|fixed|when|func|function)\b)"
_MODIFIERS = (
    r"(?:(?:export|public|private|protected|internal|static|async|override|get|set|final|abstract|synchronized"
    r"|native|default|open|virtual|extern|inline|const|suspend|@\w+(?:\([^)]*\))?)\s+)*"
)
_JS_FUNCTION = re.compile(
    r"\bfunction\b|=>\s*$|^\s*" + _MODIFIERS + _NOT_A_NAME + r"[A-Za-z_$][\w$]*\s*(?:<[^>]*>)?\s*\([^;]*\)\s*(?::\s*[^;{]+)?$"
)
_GO_FUNCTION = re.compile(r"^\s*func\b|\bfunc\s*\(")
# `fn name(..) -> T where ..`, and closures: `move || {`, `|x| {`, `|x| -> T {`.
_RUST_FUNCTION = re.compile(r"\bfn\b|\|[^|;{}]*\|\s*(?:->\s*[^{;]+|loop|async(?:\s+move)?|unsafe)?\s*$")
_C_FUNCTION = re.compile(
    r"^\s*" + _MODIFIERS + r"(?:[A-Za-z_$][\w$.]*\s*(?:<[^;{}]*>)?\s*(?:\[\s*\]\s*)*[\s*&]+)?" + _NOT_A_NAME
    + r"[A-Za-z_$][\w$]*\s*\([^;]*\)\s*(?:(?:throws|const|noexcept|override)\b[^;{]*|:\s*[^;{]+)?$"
    + r"|^(?!\s*(?:case|default)\b).*(?:->|=>)\s*$|\bfunc?\b|\bfunction\b"
)  # fmt: skip
_FUNCTION_HEADS = (
    (_JS_SUFFIXES, _JS_FUNCTION),
    (_GO_SUFFIXES, _GO_FUNCTION),
    (_RUST_SUFFIXES, _RUST_FUNCTION),
    (_C_SUFFIXES, _C_FUNCTION),
)
_BRACE_NAME = (
    re.compile(r"\bfunction\s*\*?\s*([A-Za-z_$][\w$]*)"),
    re.compile(r"^\s*func\s*(?:\([^)]*\)\s*)?([A-Za-z_]\w*)"),
    re.compile(r"(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s*)?(?:function\b|\()"),
    re.compile(r"^\s*(?:(?:export|public|private|protected|static|async|override|get|set)\s+)*([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*\("),
    re.compile(r"\bfn\s+([A-Za-z_]\w*)"),
    re.compile(r"\bfun\s+(?:[\w.<>]+\.)?([A-Za-z_]\w*)"),
    # A declaration: the name right before the parameter list that ends the header (after modifiers and a
    # return type in C-like languages).
    re.compile(r"^\s*" + _MODIFIERS + r"(?:[A-Za-z_$][\w$.]*\s*(?:<[^;{}]*>)?\s*(?:\[\s*\]\s*)*[\s*&]+)?"
               + _NOT_A_NAME + r"([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*\([^;]*\)\s*(?:(?:throws|const|noexcept|override)\b[^;{]*|:\s*[^;{]+)?$"),
    re.compile(r"\b(func)\s*\("),
    re.compile(r"([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\("),
)  # fmt: skip
_DECLARED_NAMES = 7  # the first seven patterns name a declaration; the rest name an anonymous function
_MAX_HEADER_CHARS = 1000  # a declaration's header is a line or a few; a longer one is cut to its end (the name and parameters)
_MAX_DEPTH = 16  # enclosing functions a name is qualified by


# In prose: identifiers in backticks or quotes (not dotted: `r.URL` names a call, not a datum), and
# plain words next to a noun that says they are data ("the order parameter", "value of page").
_PROSE_NAME = re.compile(r"[`'\"]([A-Za-z_$][\w$]*)(?:\(\))?[`'\"]")
_DATA_NOUN = re.compile(
    r"\b([A-Za-z_$][\w$]*)[`'\"]? (?:query )?(?:param|parameter|argument|arg|variable|value|field|input|header|filter)s?\b"
    r"|\b(?:param|parameter|argument|variable|value|field|input) ([A-Za-z_$][\w$]*)\b"
)

# An input named the way it arrives, unquoted: a query-string key (`?sort=`, `&q=`) or a request field
# (`req.query.title`, `req.body.amount`, `request.args.q`, `params.id`). Agents (codex most) name inputs so.
_INPUT_NAME = re.compile(r"[?&]([A-Za-z_]\w*)=|\b(?:query|body|params|args|form|cookies)\.([A-Za-z_]\w*)\b")

# The right side of an assignment that reads request input first (`req.query`, `String(req.query.title)`,
# `request.args.get`, `r.URL.Query().Get`, `r.FormValue`, `$_GET`, `params[:q]`): the names it assigns are the
# function's inputs. First, not anywhere: `rows = db.query(sql, [req.params.id])` assigns a result.
_REQUEST_READ = re.compile(
    r"\s*(?:await\s+)?(?:[A-Za-z_$][\w$.]*\(\s*)*(?:(?:req|request|r|ctx|c)\.(?:query|body|params|args|form|values|json"
    r"|get_json|cookies|headers|URL|FormValue|PostFormValue|Query|Param|DefaultQuery|PostForm"
    # A header, a cookie or a path value is request input too (`id := r.Header.Get("X-Member-Id")`, Go 1.22's
    # `r.PathValue("id")`, `req.header("x-user")`; round 40: test75 split a header trusted as a member id in four).
    r"|Header|header|GetHeader|Cookie|cookie|PathValue)\b|\$_(?:GET|POST|REQUEST)\b"
    r"|params\[|(?:url\.)?searchParams\b)"
)

# Not the shell of a command line (`exec.Command("sh", "-c", ..)`): it names the command run, not a datum.
_KEY_LITERAL = re.compile(
    r"""[(\[]\s*["'`]([A-Za-z][\w-]*)["'`]\s*(?:[)\]]|,(?!\s*\[?\s*["'`][-/]c["'`]))|[!=]==?\s*["'`]([A-Za-z][\w-]*)["'`]"""
)
# A local given a word as its value (`grade = "prime"`, `tier := "gold"`): one of the values the function's data
# takes. Two findings naming different such values of one name ("never graded prime", "4 knots should still be
# select") are about different branches.
_VALUE_ASSIGN = re.compile(r"""^\s*(?:let |const |var )?([A-Za-z_]\w*)\s*:?=\s*["'`]([A-Za-z][\w-]{2,30})["'`]\s*;?\s*$""")
# Literals that name an algorithm or an encoding (`createHash("md5")`, `digest("hex")`, `toString("utf8")`), not a
# datum: "MD5 password hashes" is about the password, as is "Passwords hashed with unsalted MD5" (round 40: test76
# split that problem in three, the algorithm read as a second datum).
_ALGORITHMS = frozenset({
    "md5", "sha1", "sha-1", "sha224", "sha256", "sha-256", "sha384", "sha512", "hex", "base64", "base64url", "utf8",
    "utf-8", "latin1", "ascii", "binary", "aes-256-cbc", "aes-256-gcm", "hs256", "rs256",
})
_GO_SECOND_VALUES = frozenset({"err", "ok", "_"})
_WORDS = re.compile(r"[a-z][\w-]*")
# Words of every sentence: heading a phrase they are prose, not the input or key of that name ("Gate id from the
# path" names the gate id, not the `from` query value); as the subject of a sentence ("since goes into the SQL
# string"), quoted, or as "the from parameter", they name it (round 21, from test37: read as prose everywhere, "since"
# let a finding naming neither of two injected inputs join one of them).
_SENTENCE_WORDS = frozenset({"a", "after", "all", "an", "and", "any", "as", "at", "before", "but", "by", "for", "from",
                             "if", "in", "into", "is", "it", "new", "no", "not", "of", "off", "on", "or", "out",
                             "over", "since", "so", "that", "the", "then", "this", "to", "until", "up", "when",
                             "while", "with"})  # fmt: skip
# Nouns that name a feature or a step of one ("Command Injection in Kiln Program Upload", "XSS in machine report",
# "SQL Injection in Sort Direction"): a plain word just before one is a modifier naming the feature, not the datum the
# problem is about (round 45: `kiln` against `controller`, `sort` against `dir`; with the round's other changes the
# pairs of one problem's findings that data kept apart on the read sets fell from 58 to 45).
_FEATURE_NOUNS = frozenset({"calculation", "capacity", "creation", "direction", "dispatch", "endpoint", "endpoints",
                            "export", "handler", "history", "import", "listing", "lookup", "payouts", "processing",
                            "program", "programs", "registration", "report", "reports", "search", "storage", "update",
                            "updates", "upload", "uploads"})  # fmt: skip
# What an injection is written in, said plainly ("Unescaped HTML in lyrics endpoint", "Audit HTML built from unescaped
# fields"): the medium of the defect, not a datum, even where the function keeps the page in a variable `html` (round
# 45: test3 and test85 kept such a finding apart from the others naming the field printed). Quoted, `html` still is.
_MEDIUM_WORDS = frozenset({"html", "sql"})
# Words a local is commonly named by an abbreviation of ("the announcement message" where the body is read into `msg`):
# said plainly, they name that local as its own name would.
_ABBREVIATED = {"message": "msg", "messages": "msg", "quantity": "qty", "quantities": "qty", "amount": "amt",
                "password": "pwd", "address": "addr", "description": "desc", "temperature": "temp"}  # fmt: skip
# What sort of value an argument is, or where it comes from ("sh -c with request code": Go's `*http.Request` reads as a
# field, round 57), said plainly: a field of that name is not the datum a finding names (`subjects`).
_ARGUMENT_NOUNS = frozenset({"dir", "directory", "file", "filename", "path", "request"})
# The words after which a sentence word heads a phrase ("from the path", "since each reading").
_DETERMINERS = frozenset({"a", "all", "an", "another", "any", "each", "every", "her", "his", "its", "my", "one", "our",
                          "some", "that", "the", "their", "these", "this", "those", "your"})  # fmt: skip
# A value looked up by a literal key on a named container (`cask["litres_left"]`, `body.get("cask")`).
_CONTAINER_KEY = re.compile(r"""\b([A-Za-z_]\w*)\s*(?:\[\s*["'`]([A-Za-z_][\w-]*)["'`]\s*\]|\.get\(\s*["'`]([A-Za-z_][\w-]*)["'`])""")
# A field read in code (`r.title`, `row?.notes`, Go's `g.Name`), not a method called (`s.strip()`).
_FIELD = re.compile(r"(?<=[\w$\])])\??\.([A-Za-z_]\w*)\b(?!\s*\()")
# Fields that hold a request's or a value's parts, not a datum a finding is about: "the body", "the query".
_CONTAINER_FIELDS = frozenset({"args", "body", "cookies", "data", "form", "headers", "json", "length", "params",
                               "query", "value", "values"})  # fmt: skip
# How far from the cited line a field may be read and still be a datum a finding there names (two fields printed on
# adjacent lines of one template are the classic pair of XSS near misses).
_FIELD_REACH = 2
# A call in code (`rows.Scan(`, `json.loads (`): its name, the last part of a dotted one.
_CALL = re.compile(r"([A-Za-z_$][\w$]*)\s*\(")
# The test of a conditional in any of the languages read here (`} else if (..) {`, Python's `elif x:`, Ruby's
# `unless`, Swift's `guard`), or an early exit under a trailing test (Ruby's `return false if taken?(slot)`);
# a `case`/`switch` arm is not a test of the state it then changes.
_CONDITIONAL = re.compile(
    r"^\s*(?:\}\s*)?(?:else\s+)?(?:if|elif|elsif|unless|while|guard)\b"
    r"|^\s*(?:return|raise|throw|next|break)\b[^#]*\b(?:if|unless)\b"
)
_TOP_LEVEL = "<top level>"  # the name of a file's top level seen as a function (see `Outline.subjects`)


@dataclass(frozen=True, slots=True)
class Function:
    """A function or method: `start` is its first line (decorators included), `body` the first line of its
    body (lines start..body-1 are its signature), `end` its last line, `name` qualified by its parents."""

    start: int
    body: int
    end: int
    name: str


def _python_functions(text: str) -> list[Function] | None:
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None  # not Python, or nested too deep for the parser (`x = ------..1`): read by indentation
    found: list[Function] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                start = min([child.lineno] + [d.lineno for d in child.decorator_list])
                end = child.end_lineno or child.lineno
                first = child.body[0]
                if isinstance(child, ast.ClassDef):
                    pass  # a class is a scope, not a function: no signature to relate
                else:
                    # A docstring is not a statement the function's problems sit on: the body starts after it.
                    body = first.lineno
                    found.append(Function(start, max(start + 1, body), end, name))
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(tree, "")
    return found


def _strip_code(text: str) -> str:
    """`text` with string, template and comment contents blanked (same length, same line breaks), so braces
    and names inside them do not count."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "/" and i + 1 < n and text[i + 1] == "/":
            while i < n and text[i] != "\n":
                out[i] = " "
                i += 1
        elif c == "/" and i + 1 < n and text[i + 1] == "*":
            while i < n and not (text[i] == "*" and i + 1 < n and text[i + 1] == "/"):
                if text[i] != "\n":
                    out[i] = " "
                i += 1
            if i < n:
                out[i] = out[i + 1] = " "
                i += 2
        elif c in "\"'`":
            quote = c
            i += 1
            while i < n and text[i] != quote:
                if quote == "`" and text.startswith("${", i):
                    i = _keep_interpolation(text, out, i)
                    continue
                if text[i] == "\\":
                    out[i] = " "
                    i += 1
                if i < n and text[i] != "\n":
                    out[i] = " "
                elif quote != "`":
                    break  # an unterminated one-line string: stop at the line's end
                i += 1
            i += 1
        else:
            i += 1
    return "".join(out)


def _strip_python(text: str) -> str:
    """Python `text` with string and comment contents blanked, as `_strip_code` does for the brace languages: a
    column named in an SQL string (`"SELECT id, loaf FROM orders"`) is no datum the line reads. An f-string's
    `{...}` stays: the names inside are read. Text that does not tokenize is kept whole. Its only line breaks
    are newlines (`Outline` makes it so), which are kept."""
    rows = [list(row) for row in re.findall(r"[^\n]*\n|[^\n]+", text)]  # the lines tokenize reads
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return text
    middle = getattr(tokenize, "FSTRING_MIDDLE", None)  # Python 3.12+: an f-string's text between its `{...}`

    def blank(start: tuple[int, int], end: tuple[int, int], keep: frozenset[int] = frozenset()) -> None:
        """Blank the token from `start` to `end` but its characters at the offsets in `keep`."""
        (row, col), offset = start, 0
        while (row, col) < end and row <= len(rows):
            line = rows[row - 1]
            if col >= len(line):
                row, col = row + 1, 0
                continue
            if line[col] != "\n" and offset not in keep:
                line[col] = " "
            col, offset = col + 1, offset + 1

    for tok in tokens:
        if tok.type == tokenize.COMMENT or (middle is not None and tok.type == middle):
            blank(tok.start, tok.end)
        elif tok.type == tokenize.STRING:
            body = tok.string
            prefix = len(body) - len(body.lstrip("rRbBuUfF"))
            quote = 3 if body[prefix : prefix + 3] in ('"""', "'''") else 1
            code = _f_string_code(body, prefix + quote, len(body) - quote) if "f" in body[:prefix].lower() else set()
            # Its prefix and quotes stay, as does the code of its `{...}`.
            delimiters = {*range(prefix + quote), *range(len(body) - quote, len(body))}
            blank(tok.start, tok.end, frozenset(delimiters | code))
    return "".join("".join(row) for row in rows)


def _f_string_code(body: str, lo: int, hi: int) -> set[int]:
    """Offsets in an f-string's `body` (its text between `lo` and `hi`) of the code inside its `{...}`."""
    keep: set[int] = set()
    i = lo
    while i < hi:
        if body.startswith("{{", i):
            i += 2
        elif body[i] == "{":
            depth, i = 1, i + 1
            while i < hi and depth:
                depth += {"{": 1, "}": -1}.get(body[i], 0)
                if depth:
                    keep.add(i)
                i += 1
        else:
            i += 1
    return keep


def _keep_interpolation(text: str, out: list[str], i: int) -> int:
    """A template literal's `${...}` at `i`: the names inside are code the line reads (`exec(`.. ${id}`)` reads
    `id`), so they stay; its delimiters and any braces inside are blanked so they open no block. Returns the
    index after the closing `}`."""
    out[i] = out[i + 1] = " "
    depth, i = 1, i + 2
    while i < len(text) and depth:
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        if c in "{}`\"'":
            out[i] = " "
        i += 1
    return i


def _function_head(path: str) -> re.Pattern[str] | None:
    """How the language of `path` declares a function, if it is a brace language."""
    return next((pattern for suffixes, pattern in _FUNCTION_HEADS if path.endswith(suffixes)), None)


def _brace_functions(code: str, head_pattern: re.Pattern[str]) -> list[Function]:
    """Functions of a brace language: a `{` whose header (the text since the previous `;`, `{` or `}`)
    reads like a function or method declaration or an arrow function, up to its matching `}`.

    One pass, constant work per character: only the last `_MAX_HEADER_CHARS` of a header are kept and
    matched, and a name is qualified by at most `_MAX_DEPTH` enclosing functions (a reviewed file is anyone's
    text: a 2 MB header, or functions nested a million deep, must not cost a quadratic merge)."""
    found: list[Function] = []
    stack: list[tuple[int, int, str | None]] = []  # (line of header start, line of "{", name if a function)
    names: list[str] = []
    line, header_line = 1, 1
    header: list[str] = []
    blank = True  # the header holds nothing but spaces so far
    last = ""  # its last two characters that are not spaces
    # The header a line break ended, kept until the next character that is not a space: a `{` standing
    # alone on the next line (Allman style: C#, Java, PHP, C) opens the block of that header.
    held: tuple[list[str], int] | None = None
    for c in code:
        if c == "{":
            if blank and held is not None:
                header, header_line = held
            held = None
            head = " ".join("".join(header[-_MAX_HEADER_CHARS:]).split())
            name = None
            if head and head_pattern.search(head):
                name = "function"
                for n, pattern in enumerate(_BRACE_NAME):
                    m = pattern.search(head)
                    if m:
                        # A declared name is the scope's name; a callback (`app.get("/x", (req, res) => {`)
                        # or a literal `func() {` is named by where it starts, so two are never "the same".
                        name = m.group(1) if n < _DECLARED_NAMES else f"{m.group(1)}@{header_line}"
                        break
            stack.append((header_line, line, name))
            if name is not None:
                names.append(name)
            header, blank, last, header_line = [], True, "", line
        elif c == "}":
            held = None
            if stack:
                start, brace, name = stack.pop()
                if name is not None:
                    qualified = ".".join(names[-_MAX_DEPTH:])
                    names.pop()
                    found.append(Function(start, brace + 1, max(line, brace + 1), qualified))
            header, blank, last, header_line = [], True, "", line
        elif c == ";":
            held = None
            header, blank, last, header_line = [], True, "", line
        elif c == "\n":
            line += 1
            # A header runs on over a line break only when the line leaves it open (a signature split
            # over its parameters); otherwise a line break ends a statement (Go, JavaScript without `;`).
            if blank or last.endswith((",", "(", "=>", "=", ":")):
                header.append(" ")
            else:
                held = (header, header_line)
                header, blank, last, header_line = [], True, "", line
        else:
            if not c.isspace():
                held = None
                if blank:
                    header_line = line
                blank, last = False, last[-1:] + c
            header.append(c)
            if len(header) > 2 * _MAX_HEADER_CHARS:
                del header[:-_MAX_HEADER_CHARS]
    return sorted(found, key=lambda f: (f.start, -f.end))


_INDENT_DECL = re.compile(r"^(?P<indent>[ \t]*)(?:async\s+)?(?:def|fn|sub)\s+(?:self\.)?(?P<name>[A-Za-z_]\w*[?!]?)")
# A block passed to a call (`get "/x" do |req|`, `items.each do |item|`, Elixir's `def f(x) do`): like a
# callback in JavaScript, its statements are a function's, named by where it starts.
_INDENT_BLOCK = re.compile(r"^(?P<indent>[ \t]*)(?P<name>[A-Za-z_][\w.:]*)\b.*\bdo(?:\s*\|[^|]*\|)?\s*$")


def _indent_functions(lines: list[str]) -> list[Function]:
    """Functions of a language without braces or a parser here (Ruby, Elixir, shell...): a declaration or a
    `do` block, up to the last line indented deeper than it (its `end` is not a statement of it)."""
    found = []
    for number, text in enumerate(lines, start=1):
        m = _INDENT_DECL.match(text)
        name = m.group("name") if m else None
        if m is None:
            m = _INDENT_BLOCK.match(text)
            name = f"{m.group('name')}@{number}" if m else None
        if m is None or name is None:
            continue
        indent = len(m.group("indent").expandtabs(4))
        end = number
        for later in range(number + 1, len(lines) + 1):
            body = lines[later - 1]
            if body.strip() and len(body.expandtabs(4)) - len(body.expandtabs(4).lstrip()) <= indent:
                break
            if body.strip():
                end = later
        found.append(Function(number, number + 1, end, name))
    return found


def _names_it(word: str, after: str) -> bool:
    """A sentence word that heads no phrase: the subject of its sentence or its last word ("since goes into ...",
    "filtered by since"), not "from the path". Only words that can be a name: not "the", "a", "and" themselves."""
    return after not in _DETERMINERS and word not in _DETERMINERS and len(word) > 3


def _name_parts(name: str) -> frozenset[str]:
    """The words of a function's name, lower-cased: `upload_photo`, `Server.handlePhoto` -> upload, photo /
    handle, photo."""
    own = name.rsplit(".", 1)[-1]
    return frozenset(part.lower() for part in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", own))


def _names(pattern: str) -> frozenset[str]:
    return frozenset(n for n in _IDENT.findall(pattern) if n not in _KEYWORDS)


class Outline:
    """One file's functions, indentation and per-line assigned / read names (1-based lines)."""

    def __init__(self, text: str, path: str) -> None:
        # One numbering of lines for every reader below: `str.splitlines`, as `locate` numbers a cited line. It
        # also breaks at a carriage return, a form feed, U+2028 and the like, where the brace scanner and `ast`,
        # which count "\n", would not: one such character in a reviewed file's string would shift every function
        # and every line's names below it.
        text = "\n".join(text.splitlines())
        self.lines = text.splitlines()
        python = path.endswith((".py", ".pyi"))
        functions = _python_functions(text) if python else None
        brace = path.endswith(_BRACE_SUFFIXES)
        self.braces = brace
        code = _strip_code(text) if brace else _strip_python(text) if python else text
        if functions is None:
            head = _function_head(path)
            functions = _brace_functions(code, head) if head is not None else _indent_functions(self.lines)
        self.functions = functions
        self._code = code.splitlines()
        self._starts = [f.start for f in functions]
        self._defs: dict[int, frozenset[str]] = {}
        self._uses: dict[int, frozenset[str]] = {}
        # Per line, read again at every join the ambiguity rule weighs (`Clustering._read`): computed once.
        self._identifiers: dict[int, frozenset[str]] = {}
        self._fields: dict[int, frozenset[str]] = {}
        self._locals: dict[str, frozenset[str]] = {}
        self._tests: dict[tuple[int, str], dict[str, frozenset[str]]] = {}
        self._values: dict[tuple[int, str], dict[str, str]] = {}
        self._aliases: dict[tuple[int, str], dict[str, str]] = {}
        self._contents: dict[tuple[int, str], dict[str, frozenset[str]]] = {}
        self._function_at: dict[int, Function | None] = {}
        self.relations: dict[tuple[tuple[int, int], tuple[int, int]], str | None] = {}  # see similarity.relation

    def function_at(self, line: int) -> Function | None:
        """The innermost function holding `line`."""
        if line not in self._function_at:
            self._function_at[line] = self._innermost(line)
        return self._function_at[line]

    def _innermost(self, line: int) -> Function | None:
        best = None
        for f in self.functions[: bisect.bisect_right(self._starts, line)]:
            if f.start <= line <= f.end and (best is None or f.end - f.start < best.end - best.start):
                best = f
        return best

    def indent(self, line: int) -> int | None:
        """Indentation of a line; None for a blank line or one outside the file."""
        if not 1 <= line <= len(self.lines) or not self.lines[line - 1].strip():
            return None
        text = self.lines[line - 1].expandtabs(4)
        return len(text) - len(text.lstrip())

    def _code_line(self, line: int) -> str:
        return self._code[line - 1] if 1 <= line <= len(self._code) else ""

    def defs(self, line: int) -> frozenset[str]:
        """Names the line assigns (`x`, `self.count`, each name of `a, b := ..` or `const {a, b} = ..`)."""
        if line not in self._defs:
            text = self._code_line(line)
            found: set[str] = set()
            destructured = _DESTRUCTURE.match(text)
            if destructured:
                for part in destructured.group("body").split(","):
                    binding = _BINDING.match(part)
                    if binding and binding.group("name") not in _KEYWORDS:
                        found.add(binding.group("name"))
            for pattern in ((_LOOP,) if destructured else (_ASSIGN, _LOOP)):
                m = pattern.match(text)
                if m:
                    found |= _names(m.group("lhs"))
            found.update(m.group("name") for m in _WITH_AS.finditer(text))
            self._defs[line] = frozenset(found)
        return self._defs[line]

    def uses(self, line: int) -> frozenset[str]:
        """Names the line reads, each dotted name also by its head (`req.body.name` -> `req`)."""
        if line not in self._uses:
            text = self._code_line(line)
            m = _ASSIGN.match(text)
            if m:
                text = text[m.end() :]  # the right side only: `x = f(x)` reads x, assigns it too
            names: set[str] = set()
            for name in _names(text):
                parts = name.split(".")
                names.update(".".join(parts[: k + 1]) for k in range(len(parts)))
            self._uses[line] = frozenset(names)
        return self._uses[line]

    def keys_on(self, line: int) -> frozenset[str]:
        """The one-word string literals `line` looks data up by or compares with (see `keys`), lower-cased."""
        text = self.lines[line - 1] if 1 <= line <= len(self.lines) else ""
        found = {(m.group(1) or m.group(2)).lower() for m in _KEY_LITERAL.finditer(text)}
        return frozenset(found - _ALGORITHMS)

    def _top_level(self) -> Function:
        """The file's top level as a function without parameters: its lines outside every function."""
        return Function(1, 1, len(self.lines), _TOP_LEVEL)

    def _lines_of(self, function: Function) -> range | list[int]:
        lines = range(function.body, function.end + 1)
        if function.name == _TOP_LEVEL:
            return [n for n in lines if self.function_at(n) is None]
        return lines

    def locals(self, function: Function) -> frozenset[str]:
        """Names of a function's own data: its parameters (every name on its signature lines) and the
        names its body assigns; attributes (`self.x`, `s.hits`) are state, not a function's locals."""
        key = f"locals:{function.start}:{function.name}"
        if key not in self._locals:
            names: set[str] = set()
            opened = False
            for line in range(function.start, function.body):
                text = self._code_line(line)
                if not opened and "(" not in text:
                    continue  # a decorator-free line before the parameters open (rare)
                names.update(_names(text if opened else text[text.find("(") + 1 :]))
                opened = True
            for line in self._lines_of(function):
                names.update(self.defs(line))
            # A Go method's receiver comes before its name (`func (s *Server) list(w ...`): the function's
            # own name is no datum of it ("SQL injection in `list`" names no input).
            names.discard(function.name.rsplit(".", 1)[-1])
            # Lower-case only: the capitalised names on a signature are types (`*Server`, `Job`).
            self._locals[key] = frozenset(
                n for n in names if "." not in n and n != "_" and not n[0].isupper()
            )
        return self._locals[key]

    def subjects(self, line: int, prose: str, interpolated: bool = False) -> frozenset[str]:
        """The function's own data a finding's prose names (`status`, "the order parameter"): which input
        or variable the problem is about. Two findings on one statement about different data (injection
        through `q` and through `sort`) are two problems."""
        # Outside every function (a PHP or ERB template, a script's top level) the file's top level is the
        # scope whose data a finding may name: `$_GET['q']` and `$album['title']` two lines apart.
        function = self.function_at(line) or self._top_level()
        own = self.locals(function)
        keys = self.keys(function)
        inputs = {name.lower(): name for name in self.inputs(function)}
        # Quoted (`status`) or as a data noun ("the order parameter", "from param"): a name of its data, a key it
        # looks up or an input, even one that is also a word of every sentence or a keyword (`from`).
        marked = [*_PROSE_NAME.findall(prose), *(m.group(1) or m.group(2) for m in _DATA_NOUN.finditer(prose))]
        named = {n for n in marked if n in own}
        named.update(n.lower() for n in marked if n.lower() in keys)
        named.update(inputs[n.lower()] for n in marked if n.lower() in inputs)
        words = _WORDS.findall(prose.lower())
        # A word of the function's own name, said plainly, names the function, not a datum of it: "Photo upload
        # writes to a client-chosen path" in `upload_photo` or `handlePhoto` is about the upload, whose file
        # is looked up by "photo" while the path comes from `name` (round 36: test66 and test68 split that
        # traversal in two). Quoted (`photo`) or as "the photo field" it is still the datum.
        own_name = _name_parts(function.name) if function.name != _TOP_LEVEL else frozenset()
        plain = [
            w for w, after in zip(words, [*words[1:], ""], strict=True)
            if (w not in _SENTENCE_WORDS or _names_it(w, after)) and w not in own_name and after not in _FEATURE_NOUNS
            and w not in _MEDIUM_WORDS
        ]
        named.update(w for w in plain if w in keys)
        # A key named in the plural is the key ("Screen Clash Detection Ignores Intervals" where the rows hold
        # `interval`; round 58: test112 kept it apart from "ignores the interval of the existing show"), unless its
        # singular is a word of the function's own name or of every sentence, as the singular said plainly would be
        # ("overwrites plot photos" in `upload_photo` is about the upload; round 59, test113).
        named.update(
            w[:-1] for w in plain
            if w.endswith("s") and w not in keys and w[:-1] in keys and w[:-1] not in own_name
            and w[:-1] not in _SENTENCE_WORDS
        )
        # A local named by the word it abbreviates ("Command injection via announcement message", `msg`; round 59:
        # naming no datum, test113 joined it with the injection through `channel` on the same command).
        named.update(_ABBREVIATED[w] for w in plain if w in _ABBREVIATED and _ABBREVIATED[w] in own)
        # A value a local is given, named as a word: the local and which of its values (`grade:prime`).
        values = self.assigned_values(function)
        for w in plain:
            if w in values:
                named.update({values[w], f"{values[w]}:{w}"})
        # An input of the function named as a plain word ("q from req.query", "the sort column"): it says which
        # request value the problem is about as surely as a quoted name.
        named.update(inputs[w] for w in plain if w in inputs)
        # For injection into markup or a shell command (`interpolated`), a field of a record put into it at the cited
        # place, named as a word ("Stored XSS in recipe notes" where the line prints `r.title` and `r.notes`, "customer
        # name into shell" where the command holds `order.customer` and `copies`): which of the record's values is
        # interpolated unescaped (round 56: test107 kept the customer's injection with the one through `copies`). Only
        # there: for other kinds a field named is as often the thing the code works on (`os.path`, `s.stats`) as the
        # datum, and two findings of one problem name different ones. Not a word for what sort of value an argument
        # is ("the upload path", "with filename in convert") or where it comes from ("sh -c with request code"): agents
        # say it of whichever value the command is given.
        fields = self.fields_near(function, line) if interpolated else frozenset()
        named.update(w for w in plain if w in fields and w not in _ARGUMENT_NOUNS)
        named.update(n.lower() for n in marked if n.lower() in fields)
        # A compound name of the function's own data (or of such a field) spelled as two words ("the floral source"
        # for `floral_source`, "guard id" for `guardId`, "team name" for `row.team_name`): two words that join into
        # one of its names name it.
        compound = {n.replace("_", "").lower(): n for n in own if "_" in n.strip("_") or not n.islower()}
        compound.update({f.replace("_", ""): f for f in fields})  # lower-cased already: `TeamName` is "teamname"
        named.update(compound[a + b] for a, b in zip(words, words[1:], strict=False) if a + b in compound)
        for m in _INPUT_NAME.finditer(prose):
            name = m.group(1) or m.group(2)
            if name in own or name.lower() in keys:
                named.add(name if name in own else name.lower())
        # A finding about a looked-up value is also about the test it is put to: `Get("X-Role") == "admin"`
        # is one check, whether a finding names the header or the role (values of one key named apart,
        # "percent" and "fixed", stay apart).
        tested = self._tested(function)
        named.update(value for name in sorted(named) for value in tested.get(name, ()))
        # An input read into a variable of another name (`order = request.args.get("sort")`) is one datum with
        # two names: "the sort parameter" and "`order` in ORDER BY" (round 36, test68).
        aliases = self.aliases(function)
        named.update(aliases[name] for name in sorted(named) if name in aliases)
        # A record named whole is about the values looked up in it: "non-atomic update of cask stock" (the row
        # `cask`) and "lost update on `litres_left`" (`cask["litres_left"]`) name one datum (round 37, test69).
        contents = self.contents(function)
        named.update(key for name in sorted(named) for key in contents.get(name, ()))
        return frozenset(named)

    def fields_near(self, function: Function, line: int) -> frozenset[str]:
        """Fields read within `_FIELD_REACH` lines of `line` inside `function`, lower-cased (`r.title` -> "title")."""
        lo, hi = max(function.start, line - _FIELD_REACH), min(function.end, line + _FIELD_REACH)
        return frozenset().union(*(self.fields_on(n) for n in range(lo, hi + 1)))

    def identifiers_on(self, line: int) -> frozenset[str]:
        """Every identifier of `line`'s code, keywords of any language included (`from`), as written."""
        if line not in self._identifiers:
            code = self._code_line(line)
            self._identifiers[line] = frozenset(part for name in _IDENT.findall(code) for part in name.split("."))
        return self._identifiers[line]

    def fields_on(self, line: int) -> frozenset[str]:
        """The fields `line` reads, lower-cased, but for the short, the sentence words and the containers."""
        if line not in self._fields:
            found = {m.group(1).lower() for m in _FIELD.finditer(self._code_line(line))}
            self._fields[line] = frozenset(
                f for f in found if len(f) > 2 and f not in _SENTENCE_WORDS and f not in _CONTAINER_FIELDS
            )
        return self._fields[line]

    def calls_named(self, lo: int, hi: int, prose: str) -> frozenset[str]:
        """The calls on the cited lines that a finding's prose names, lower-cased (`db.Query` -> "query", "Scan
        errors are ignored" -> "scan"): which call an error-handling finding is about. The error of `db.Query` and
        that of `rows.Scan` four lines below, both ignored, are two problems. Only the cited lines: a call a line
        away is as often a word of the prose ("Print command result ignored" on `cmd.Run()`, below
        `exec.Command(..)`)."""
        function = self.function_at(lo)
        called: set[str] = set()
        for line in range(lo, min(hi, function.end if function else len(self.lines)) + 1):
            called.update(m.group(1).lower() for m in _CALL.finditer(self._code_line(line)) if m.group(1) not in _KEYWORDS)
        if function is not None:
            called.discard(function.name.rsplit(".", 1)[-1].lower())  # the function a finding is in is no call of it
        # Not a name of two letters (`db(`, `f(`): a word of prose as often as a call.
        return frozenset(w for w in _WORDS.findall(prose.lower()) if len(w) > 2 and w in called)

    def inputs(self, function: Function) -> frozenset[str]:
        """Names the function assigns from request input (`_REQUEST_READ`)."""
        key = f"inputs:{function.start}:{function.name}"
        if key not in self._locals:
            found: set[str] = set()
            for line in self._lines_of(function):
                text = self._code_line(line)
                assigned = _DESTRUCTURE.match(text) or _ASSIGN.match(text)
                if assigned and _REQUEST_READ.match(text, assigned.end()):
                    found.update(n for n in self.defs(line) if "." not in n)
            own = self.locals(function)
            # Not "a" or "i": a name that is also a word of every sentence.
            self._locals[key] = frozenset(n for n in found if n in own and n.lower() not in {"a", "i"})
        return self._locals[key]

    def keys(self, function: Function) -> frozenset[str]:
        """One-word string literals the function looks data up by or compares with (`Get("status")`,
        `coupon["kind"] == "percent"`, `req.header("x-user")`): names of inputs and cases, lower-cased."""
        key = f"keys:{function.start}:{function.name}"
        if key not in self._locals:
            lines = self._lines_of(function) if function.name == _TOP_LEVEL else range(function.start, function.end + 1)
            self._locals[key] = frozenset().union(*(self.keys_on(line) for line in lines))
        return self._locals[key]

    def contents(self, function: Function) -> dict[str, frozenset[str]]:
        """Each of the function's own names -> the literal keys looked up in it, lower-cased (`cask["litres_left"]`,
        `body.get("cask")`)."""
        key = (function.start, function.name)
        if key not in self._contents:
            own = self.locals(function)
            found: dict[str, set[str]] = {}
            for line in self._lines_of(function):
                text = self.lines[line - 1] if line <= len(self.lines) else ""
                for m in _CONTAINER_KEY.finditer(text):
                    if m.group(1) in own:
                        found.setdefault(m.group(1), set()).add((m.group(2) or m.group(3)).lower())
            self._contents[key] = {name: frozenset(keys) for name, keys in found.items()}
        return self._contents[key]

    def aliases(self, function: Function) -> dict[str, str]:
        """Each input variable (`inputs`) read by one key of another name on its line, and that key lower-cased,
        both ways: `order = request.args.get("sort")` gives order -> sort and sort -> order. Not a line of several
        names or keys (`a, b = form["a"], form["b"]`): which goes with which is not told."""
        key = (function.start, function.name)
        if key not in self._aliases:
            found: dict[str, str] = {}
            inputs = self.inputs(function)
            for line in self._lines_of(function):
                # Go's second value (`job, err := s.loadJob(r.PathValue("id"))`, `v, ok := m[k]`) is no datum.
                assigned, looked_up = self.defs(line) - _GO_SECOND_VALUES, self.keys_on(line)
                if len(assigned) == 1 and len(looked_up) == 1:
                    (name,), (literal,) = assigned, looked_up
                    if name in inputs and name.lower() != literal:
                        found[name] = literal
                        found[literal] = name
            self._aliases[key] = found
        return self._aliases[key]

    def assigned_values(self, function: Function) -> dict[str, str]:
        """Word literal, lower-cased -> the local assigned it in `function`, as written, as every datum is named
        (`grade = "prime"`); a word given to two locals names neither."""
        key = (function.start, function.name)
        if key not in self._values:
            found: dict[str, set[str]] = {}
            for line in self._lines_of(function):
                m = _VALUE_ASSIGN.match(self.lines[line - 1]) if line <= len(self.lines) else None
                if m and m.group(2).lower() not in _SENTENCE_WORDS:
                    found.setdefault(m.group(2).lower(), set()).add(m.group(1))
            self._values[key] = {value: next(iter(names)) for value, names in found.items() if len(names) == 1}
        return self._values[key]

    def _tested(self, function: Function) -> dict[str, frozenset[str]]:
        """Lookup key -> the literals its value is compared with on the same line (`Get("x-role") == "admin"`)."""
        key = (function.start, function.name)
        if key not in self._tests:
            found: dict[str, set[str]] = {}
            for line in self._lines_of(function) if function.name == _TOP_LEVEL else range(function.start, function.end + 1):
                text = self.lines[line - 1] if line <= len(self.lines) else ""
                looked_up = [m.group(1).lower() for m in _KEY_LITERAL.finditer(text) if m.group(1)]
                compared = [m.group(2).lower() for m in _KEY_LITERAL.finditer(text) if m.group(2)]
                for name in looked_up:
                    found.setdefault(name, set()).update(compared)
            self._tests[key] = {k: frozenset(v) for k, v in found.items() if v}
        return self._tests[key]

    def flows(self, source: tuple[int, int], sink: tuple[int, int]) -> bool:
        """A name assigned on a line of `source` is read on a line of `sink` below it, in one function,
        and not assigned again in between. Only directly: a value followed through further assignments
        reaches most of a handler, and on the labelled sets such pairs were mostly different problems."""
        function = self.function_at(source[0])
        # The sink may sit in a closure of the source's function (`go func() { .. }()`, a callback).
        if function is None or not function.start <= sink[0] <= function.end:
            return False
        for line in range(source[0], source[1] + 1):
            for name in self.defs(line):
                for target in range(max(sink[0], line + 1), sink[1] + 1):
                    if name in self.uses(target) and not any(
                        name in self.defs(between) for between in range(line + 1, target)
                    ):
                        return True
        return False

    def guards(self, check: tuple[int, int], act: tuple[int, int]) -> bool:
        """A line of `check` is the test of a conditional (`if`, `unless`, `while`) and `act` starts below it in
        what that test controls: its body, or -- when the body leaves early (`return false`) -- the rest of its
        block. Nothing between them is indented less than the test, and both are in one function's body.
        That is the span a check-then-act race runs over: the check, then the statements it lets through."""
        function = self.function_at(act[0])
        if function is None:
            return False
        # Upwards from the act, keeping the least indentation seen: one pass, however long the quotes.
        floor: int | None = None
        for line in range(act[0], max(check[0], function.body) - 1, -1):
            level = self.indent(line)
            if (line < act[0] and line <= check[1] and level is not None and (floor is None or level <= floor)
                    and _CONDITIONAL.match(self._code_line(line)) and self.function_at(line) is function):  # fmt: skip
                return True
            if level is not None:
                floor = level if floor is None else min(floor, level)
        return False

    def parent(self, line: int) -> int | None:
        """The nearest line above `line` indented less: the header of the block `line` is a statement of."""
        level = self.indent(line)
        if level is None:
            return None
        for above in range(line - 1, 0, -1):
            other = self.indent(above)
            if other is not None and other < level:
                return above
        return 0

    def one_run(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """The two spans start with statements of one block (same header line above them), with nothing
        between them but that block's statements: one function, no blank line, nothing indented less.
        The two branches of an `if`/`else` chain, or a branch body and the next statement, are not one run."""
        first, second = sorted((a, b))
        function = self.function_at(first[0])
        if function is None or function is not self.function_at(second[0]) or first[0] < function.body:
            return False
        if self.parent(first[0]) != self.parent(second[0]) or self.parent(first[0]) is None:
            return False
        floor = self.indent(first[0]) or 0
        for line in range(first[0], second[1] + 1):
            level = self.indent(line)
            if level is None or level < floor:
                return False
        return True
