"""Event candidates: the clause each date expression anchors, with status, actors and a title.

A `Mention` is one article's report of one event: the sentence around a resolved calendar date,
what kind of statement it is (happened, planned, or a claim someone made) and who is named in
it. Every rule here is Indonesian or English grammar or a newsroom convention, never a story's
vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.model import Article, DatedArticle, Mention, Status, Timex
from generator.timexvalue import bounds as date_span
from generator.timexvalue import calendar_value

# ---------------------------------------------------------------------------------------------
# Calendar values
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------

_TERMINAL = ".!?…"
_CLOSERS = "\"'”’)]»"
_OPEN_QUOTES = "“‘«"
_ABBREVIATIONS = frozenset(
    # Titles, honorifics and address/organisation abbreviations (Indonesian and English).
    "dr drs dra prof ir h hj kh sdr sdri bpk yth jl jln no nomor hlm tgl kab kec kel prov pt tbk "
    "cv dll dsb dst dkk tsb kol brigjen letjen mayjen jend kapt serka st sr jr mr mrs ms mt "
    "vs etc inc ltd co corp gen gov sen rep lt col capt sgt rev fig approx "
    "jan feb mar apr jun jul aug agu agt sep sept oct okt nov dec des".split()
)
_DATELINE = re.compile(
    r"(?:\(?[A-Za-z][\w.&]*\)?(?:[ ,]+\(?[\w.&]+\)?){0,4})\s+[–—-]+\s+(?=[\"“‘(]?[A-Z0-9])"
)


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every sentence of `text`.

    Line breaks end a sentence (headlines, captions and subheadings carry no full stop) unless
    the next line continues it in lower case; a full stop after an abbreviation or an initial,
    or inside a quotation, does not. A leading dateline ("JAKARTA, Outlet -") is left out.
    """
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        for cut in _cuts(text, block_start, block_end):
            spans.extend(_trimmed(text, start, cut))
            start = cut
        spans.extend(_trimmed(text, start, block_end))
    return tuple(spans)


def _blocks(text: str) -> list[tuple[int, int]]:
    """Runs of lines that belong together: a line continues the previous one only when the
    previous one has no sentence end and the next starts in lower case (hard-wrapped prose)."""
    blocks: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\r\n]+", text):
        line = m.group()
        if not line.strip():
            continue
        if blocks:
            prev_start, prev_end = blocks[-1]
            between = text[prev_end : m.start()]
            prev = text[prev_start:prev_end].rstrip()
            first = line.lstrip()[:1]
            if (
                between.count("\n") + between.count("\r") - between.count("\r\n") == 1
                and prev
                and prev[-1] not in _TERMINAL + _CLOSERS + ":"
                and first.islower()
            ):
                blocks[-1] = (prev_start, m.end())
                continue
        blocks.append((m.start(), m.end()))
    return blocks


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets inside text[start:end] where a new sentence begins."""
    cuts: list[int] = []
    block = text[start:end]
    balanced = block.count("“") == block.count("”") and block.count('"') % 2 == 0
    depth = 0
    straight = False
    i = 0
    while i < len(block):
        ch = block[i]
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in "”’»" and depth:
            depth -= 1
        elif ch == '"':
            straight = not straight
        if ch in _TERMINAL:
            j = i + 1
            while j < len(block) and block[j] in _TERMINAL:
                j += 1
            closing = j
            while j < len(block) and block[j] in _CLOSERS:
                j += 1
            if j < len(block) and block[j] in " \t" and not _is_abbreviation(block, i):
                k = j
                while k < len(block) and block[k] in " \t":
                    k += 1
                nxt = block[k : k + 1]
                closes_quote = j > closing
                inside = balanced and (depth > (1 if closes_quote else 0) or straight)
                if closes_quote:
                    inside = balanced and (depth > 1 or (straight and '"' not in block[closing:j]))
                if nxt and (nxt.isupper() or nxt.isdigit() or nxt in '"“‘(') and not inside:
                    cuts.append(start + k)
                    if closes_quote:
                        depth = 0
                        straight = False
            i = j
            continue
        i += 1
    return cuts


def _is_abbreviation(block: str, dot: int) -> bool:
    if block[dot] != ".":
        return False
    m = re.search(r"([\w.]+)$", block[:dot])
    if not m:
        return False
    word = m.group(1)
    if "." in word.strip(".") and all(
        part.isalpha() and len(part) <= 2 for part in word.strip(".").split(".")
    ):  # "U.S." or "a.n."
        return True
    return (len(word) == 1 and word.isalpha() and word.isupper()) or word.lower() in _ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return []
    m = _DATELINE.match(text, start, end)
    if m and m.end() - start <= 48 and m.end() < end:
        start = m.end()
    return [(start, end)]


# ---------------------------------------------------------------------------------------------
# Tokens and clauses
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()


_TOKEN = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?|[^\w\s]")


def tokens(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


# Words that open a subordinate or relative clause: a date inside such a clause dates that
# clause's event, not the sentence's main one.
_SUBORDINATORS = frozenset(
    "yang bahwa ketika saat sewaktu tatkala setelah sesudah sebelum sejak sementara sedangkan "
    "karena sehingga meskipun walaupun padahal dimana agar supaya jika apabila usai seusai "
    "that which who whom whose when after before since while whereas because although though "
    "where until unless".split()
)
_TEMPORAL_SUBORDINATORS = frozenset(
    "ketika saat sewaktu tatkala setelah sesudah sebelum usai seusai when after before while "
    "until".split()
)
_RELATIVE = frozenset("yang which who whom whose dimana where".split())
# Verbs of saying: a date on the saying makes the mention a claim.
_CLAIM_VERBS = frozenset(
    "kata katanya ujar ujarnya ucap tutur tuturnya mengatakan menyatakan menuduh memperingatkan "
    "menegaskan mengklaim menyebut menyebutkan menjelaskan mengungkapkan menambahkan tambahnya "
    "berkata menilai membantah mengumumkan "
    "said says say told tells warned warns claimed claims claim accused accuses stated states "
    "insisted insists alleged alleges denied denies announced announces added adds argued".split()
)
_INVERTED = frozenset("kata katanya ujar ujarnya ucap tutur tuturnya tambahnya".split())
_ATTRIBUTION_PHRASES = (("menurut",), ("according", "to"), ("kata",))
_FUTURE = frozenset(
    "akan bakal hendak dijadwalkan direncanakan diperkirakan berencana diharapkan rencananya "
    "dijadwalkannya diagendakan segera will shall".split()
)
_FUTURE_PHRASES = (
    ("is", "expected", "to"),
    ("are", "expected", "to"),
    ("is", "scheduled", "to"),
    ("are", "scheduled", "to"),
    ("is", "set", "to"),
    ("are", "set", "to"),
    ("is", "due", "to"),
    ("plans", "to"),
    ("plan", "to"),
    ("planned", "to"),
    ("intends", "to"),
    ("going", "to"),
    ("would",),
)
_PAST = frozenset("telah sudah pernah sempat tadi has had was were did".split())
# Where a date is the source's publication date, not an event ("melansir DW, Senin, ...").
_CITATION = re.compile(
    r"(?:melansir|dilansir|mengutip|dikutip|dari|citing|quoted\s+by|reported\s+by|via|"
    r"diperbarui|diterbitkan|dipublikasikan|updated|published|posted)\s*(?:\S+\s*){0,4}[,:]?\s*$",
    re.I,
)
_CITATION_VERB = re.compile(
    r"\b(melansir|dilansir|mengutip|dikutip|citing|quoted|reported by|diperbarui|diterbitkan|"
    r"dipublikasikan|updated|published|posted)\b",
    re.I,
)
# A date expression that ends in "after"/"before" dates the clause that follows it.
_ANCHOR_TAIL = re.compile(r"\b(setelah|sesudah|sebelum|sejak|after|before|since)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # token indexes, end exclusive
    end: int
    opener: str  # the subordinator that opened it ("" for a main clause)


def clauses(toks: Sequence[Token], masked: Sequence[tuple[int, int]]) -> list[Clause]:
    """Split a sentence's tokens into clauses at subordinators, quotes and semicolons.

    Tokens inside `masked` spans (the date expressions) never split. A comma closes a relative
    or subordinate clause opened after a comma ("Putin, yang ..., said")."""
    out: list[Clause] = []
    start, opener, comma_opened = 0, "", False

    def inside(tok: Token) -> bool:
        return any(a <= tok.start < b for a, b in masked)

    def quote_len(i: int) -> int:
        closing = "”" if toks[i].text == "“" else toks[i].text
        for j in range(i + 1, len(toks)):
            if toks[j].text == closing or (closing == "”" and toks[j].text == '"'):
                return j - i - 1
        return 0

    def opens(i: int) -> str:
        low = toks[i].low
        if low == "di" and i + 1 < len(toks) and toks[i + 1].low == "mana":
            return "dimana"
        return low if low in _SUBORDINATORS else ""

    long_quote = False
    i = 0
    while i < len(toks):
        tok = toks[i]
        cut = False
        new_opener = ""
        if inside(tok):
            pass
        elif opens(i) and i > start:
            cut, new_opener = True, opens(i)
        elif tok.text in ";:":
            cut = True
        elif tok.text in '“"' and not long_quote and quote_len(i) >= 4:
            cut, long_quote = True, True
        elif tok.text in '”"' and long_quote and i > start:
            cut, long_quote = True, False
        elif tok.text == "," and comma_opened and opener and i - start >= 3:
            out.append(Clause(start, i + 1, opener))
            start, opener, comma_opened = i + 1, "", False
            i += 1
            continue
        if cut:
            out.append(Clause(start, i, opener))
            comma_opened = i == 0 or toks[i - 1].text in ',“"'
            start, opener = i, new_opener
        elif opens(i) and i == start and not inside(tok):
            opener = opens(i)
            comma_opened = i == 0 or toks[i - 1].text in ',“"'
        i += 1
    if start < len(toks):
        out.append(Clause(start, len(toks), opener))
    return [c for c in out if c.end > c.start]


def _has_phrase(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase:
                return True
    return False


def _reporting_spans(toks: Sequence[Token], parts: Sequence[Clause]) -> list[tuple[int, int]]:
    """Token ranges that describe the act of saying (speaker, verb, when it was said)."""
    spans: list[tuple[int, int]] = []
    words = [i for i, t in enumerate(toks) if t.word]
    last = words[-1] + 1 if words else len(toks)
    for clause in parts:
        for i in range(clause.start, clause.end):
            low = toks[i].low
            phrase = next(
                (
                    p
                    for p in _ATTRIBUTION_PHRASES
                    if tuple(t.low for t in toks[i : i + len(p)]) == p
                ),
                None,
            )
            if phrase is not None and (phrase != ("kata",) or _after_quote_or_comma(toks, i)):
                # "menurut X", "..., kata X": the attribution runs to the next comma or the end.
                spans.append((i, _next_mark(toks, i, ',;:“"')))
                continue
            if low not in _CLAIM_VERBS:
                continue
            tail = [t.low for t in toks[i + 1 : last]]
            mark = next(
                (
                    j
                    for j in range(i - 1, max(clause.start, i - 7) - 1, -1)
                    if toks[j].text in ',”"’'
                ),
                None,
            )
            if low in _INVERTED:
                spans.append((i, _next_mark(toks, i, ';:“"')))
            elif mark is not None and len(tail) <= 6 and not {"bahwa", "that"} & set(tail):
                # "..., Peskov said on Monday." / "..., said Peskov.": a closing attribution.
                spans.append((mark, last))
            else:
                # "X mengatakan [pada Senin] bahwa ...": subject, verb and a date right after
                # the verb belong to the saying.
                end = i + 1
                for j in range(i + 1, min(i + 8, len(toks))):
                    if toks[j].low in ("bahwa", "that") or toks[j].text in '“":':
                        end = j
                        break
                spans.append((clause.start, end))
    return spans


def _next_mark(toks: Sequence[Token], i: int, marks: str) -> int:
    return next((j for j in range(i + 1, len(toks)) if toks[j].text in marks), len(toks))


def _after_quote_or_comma(toks: Sequence[Token], i: int) -> bool:
    return i > 0 and toks[i - 1].text in ',”"’'


# ---------------------------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------------------------

_ROLE_WORDS = frozenset(
    "presiden wakil perdana menteri menlu menhan mendagri pemimpin ketua juru bicara jubir "
    "direktur jenderal gubernur bupati walikota wali raja ratu pangeran paus kanselir sekretaris "
    "sekjen kepala duta besar dubes senator pak bu bapak ibu tuan nyonya saudara dr drs prof ir "
    "h hj kh kapten kolonel mayor letnan jend jenderal laksamana marsekal komandan panglima "
    "kapolri kapolda pejabat diktator ayah putra putri istri suami "
    "president vice prime minister secretary general chancellor king queen prince princess pope "
    "mr mrs ms miss sir lord dame governor mayor spokesman spokeswoman spokesperson chairman "
    "chairwoman chair director chief leader ambassador ceo commander admiral captain colonel "
    "lieutenant sergeant senior deputy foreign defence defense state".split()
)
# Portfolio words that follow a minister's title ("Menteri Luar Negeri", "Foreign Minister").
_PORTFOLIO_WORDS = frozenset(
    "luar negeri dalam pertahanan keuangan kesehatan perhubungan perdagangan agama hukum sosial "
    "pendidikan energi industri pertanian ham keamanan nasional urusan "
    "foreign affairs home interior finance health trade justice transport energy security "
    "national of".split()
)
_NAME_PARTICLES = frozenset("bin binti van von de der den al el of ibn".split())
_FUNCTION_WORDS = frozenset(
    # Capitalised only because they open a sentence or a headline.
    "pada dalam di ke dari ini itu kini dimana saat ketika sejak setelah sebelum seperti menurut namun "
    "tetapi tapi dan atau yang untuk dengan sebuah seorang para sang kami kita mereka ia dia "
    "beliau selain sementara adapun bahkan juga hal apa siapa bagaimana mengapa meski meskipun "
    "the a an in on at of for to from this that these those with by as but and or it its he she "
    "they we his her their our after before when while since despite however meanwhile".split()
)
_TIME_NAMES = frozenset(
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni "
    "juli agustus september oktober november desember pagi siang sore malam "
    "monday tuesday wednesday thursday friday saturday sunday january february march may june "
    "july august october december".split()
)


def _capitalised(tok: Token) -> bool:
    return tok.word and (tok.text[0].isupper() or (tok.text[0].isdigit() and tok.text.isupper()))


def actors_in(
    article: Article, start: int, end: int, masked: Sequence[tuple[int, int]]
) -> tuple[str, ...]:
    """People, countries and organisations named in text[start:end], in order of appearance.

    A name is a run of capitalised words (with particles like "bin" or "of" inside); role
    words and titles in front ("Presiden", "Foreign Minister") are dropped, and so is a
    sentence-opening word the article never capitalises elsewhere. "Presiden Rusia Vladimir
    Putin" splits into "Rusia" and "Vladimir Putin" when the article names "Rusia" on its own."""
    text = article.clean
    toks = tokens(text, start, end)
    names = _article_names(article)
    found: list[str] = []
    run: list[Token] = []

    def flush() -> None:
        while run and run[-1].low in _NAME_PARTICLES:
            run.pop()
        first = bool(run) and bool(toks) and run[0].start == toks[0].start
        for name in _split_name(run, names, first):
            if name not in found:
                found.append(name)
        run.clear()

    for tok in toks:
        in_timex = any(a <= tok.start < b for a, b in masked)
        if not in_timex and (_capitalised(tok) or (run and tok.low in _NAME_PARTICLES)):
            run.append(tok)
        else:
            flush()
    flush()
    return tuple(found)


@dataclass(frozen=True, slots=True)
class _Names:
    inner: frozenset[str]  # words capitalised somewhere other than a sentence's start
    lower: frozenset[str]  # words the article writes in lower case
    runs: frozenset[str]  # capitalised runs that stand alone (between lower-case words)


_NAMES_CACHE: dict[tuple[str, str], _Names] = {}


def _article_names(article: Article) -> _Names:
    key = (article.id, article.clean)
    cached = _NAMES_CACHE.get(key)
    if cached is not None:
        return cached
    inner: set[str] = set()
    runs: set[str] = set()
    for s_start, s_end in sentence_spans(article.clean):
        toks = tokens(article.clean, s_start, s_end)
        run: list[str] = []
        for idx, tok in enumerate([*toks, Token(".", s_end, s_end)]):
            if tok.word and _capitalised(tok):
                if idx > 0:
                    inner.add(tok.text)
                run.append(tok.text)
            else:
                if run:
                    runs.add(" ".join(run))
                run = []
    names = _Names(frozenset(inner), _lowercase_words(article.clean), frozenset(runs))
    if len(_NAMES_CACHE) > 256:
        _NAMES_CACHE.clear()
    _NAMES_CACHE[key] = names
    return names


def _split_name(run: list[Token], names: _Names, first: bool) -> list[str]:
    words = [t.text for t in run]
    # Sentence-opening or function words ahead of the name.
    while words:
        low = words[0].lower()
        if (
            low in _FUNCTION_WORDS
            or low in _TIME_NAMES
            or (first and (low in names.lower or (len(words) == 1 and words[0] not in names.inner)))
        ):
            words.pop(0)
            first = False
            continue
        break
    groups: list[list[str]] = [[]]
    role = False
    for w in words:
        bare = w.removesuffix("'s").removesuffix("’s")
        low = bare.lower()
        if low in _ROLE_WORDS or low in _TIME_NAMES:
            role = low in _ROLE_WORDS
            if groups[-1]:
                groups.append([])
            continue
        if role and low in _PORTFOLIO_WORDS:
            continue
        role = False
        groups[-1].append(bare)
    out: list[str] = []
    for parts in groups:
        while parts and parts[0].lower() in _NAME_PARTICLES | _FUNCTION_WORDS:
            parts.pop(0)
        if not parts:
            continue
        # "Rusia Vladimir Putin": a place the article names alone, then a person.
        full = " ".join(parts)
        for cut in range(min(len(parts) - 2, 3), 0, -1):
            head, rest = " ".join(parts[:cut]), parts[cut:]
            if (
                head in names.runs
                and full not in names.runs
                and (cut >= 2 or any(w in names.runs for w in [" ".join(rest), *rest]))
            ):
                out.extend([head, " ".join(parts[cut:])])
                break
        else:
            out.append(" ".join(parts))
    return out


def _lowercase_words(text: str) -> frozenset[str]:
    return frozenset(m.group() for m in re.finditer(r"\b[a-z][a-z'-]+\b", text))


# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------

_TITLE_WORDS = 12
_DANGLING = frozenset(
    "pada di ke dari dan atau yang untuk dengan dalam oleh serta bahwa sebagai antara terhadap "
    "atas para sang the a an of to in on at for and or that with by from as".split()
)
_LEADING = frozenset(
    "yang bahwa dimana ketika saat sewaktu setelah sesudah sebelum sejak sementara karena "
    "that which who when after before since while because and dan lalu kemudian".split()
)
_PREPOSITIONS = frozenset("pada di tanggal sejak hingga on in at during since from by".split())


def compress(
    text: str,
    toks: Sequence[Token],
    lo: int,
    hi: int,
    masked: Sequence[tuple[int, int]],
    subject: str,
) -> str:
    """A short title: the clause's words without the date, parentheticals or quote marks,
    led by its subject when the clause has none of its own (a relative clause), cut at about
    twelve words on a content word."""
    words: list[str] = []
    depth = 0
    for idx in range(lo, hi):
        tok = toks[idx]
        if tok.text in "([":
            depth += 1
            continue
        if tok.text in ")]":
            depth = max(0, depth - 1)
            continue
        if depth or any(a <= tok.start < b for a, b in masked):
            continue
        if not tok.word:
            continue
        if tok.low in _PREPOSITIONS and idx + 1 < hi and _starts_masked(toks[idx + 1], masked):
            continue
        words.append(tok.text)
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    if subject and words and words[0][0].islower() and subject not in words[:3]:
        words.insert(0, subject)
    words = words[:_TITLE_WORDS]
    while len(words) > 3 and words[-1].lower() in _DANGLING:
        words.pop()
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def _starts_masked(tok: Token, masked: Sequence[tuple[int, int]]) -> bool:
    return any(a <= tok.start < b for a, b in masked)


# ---------------------------------------------------------------------------------------------
# Mentions
# ---------------------------------------------------------------------------------------------


def eligible(timex: Timex) -> bool:
    """A date expression that can stand for an event on the timeline."""
    return (
        timex.type == "date"
        and bool(timex.value)
        and "unresolved" not in timex.flags
        and "name" not in timex.flags
        and date_span(timex.value) is not None
    )


def find_mentions(dated: DatedArticle) -> tuple[Mention, ...]:
    """One mention per date-typed time expression that anchors a reported event."""
    article = dated.article
    text = article.clean
    furniture = [(f.start, f.end) for f in article.furniture]
    usable = sorted(
        (
            t
            for t in dated.timexes
            if eligible(t) and not any(a <= t.start < b for a, b in furniture)
        ),
        key=lambda t: (t.start, t.end),
    )
    if not usable:
        return ()
    mentions: list[Mention] = []
    for s_start, s_end in sentence_spans(text):
        inside = [t for t in usable if s_start <= t.start and t.end <= s_end]
        if inside:
            mentions.extend(_sentence_mentions(dated, s_start, s_end, inside))
    return tuple(mentions)


@dataclass(frozen=True, slots=True)
class Context:
    """Where a date expression sits in its sentence."""

    toks: tuple[Token, ...]
    parts: tuple[Clause, ...]
    clause: Clause  # the clause the expression dates
    reporting: bool  # the expression dates an act of saying


def context(article: Article, start: int, end: int, timexes: Sequence[Timex], t: Timex) -> Context:
    """The clause structure of sentence text[start:end] around date expression `t`."""
    masked = [(x.start, x.end) for x in timexes]
    toks = tuple(tokens(article.clean, start, end))
    parts = tuple(clauses(toks, masked))
    idx = next((i for i, tok in enumerate(toks) if tok.start >= t.start), len(toks) - 1)
    clause = next((c for c in parts if c.start <= idx < c.end), parts[-1])
    if _ANCHOR_TAIL.search(t.text):
        # "sembilan bulan setelah X": the date belongs to X, the clause after it.
        after = next((i for i, tok in enumerate(toks) if tok.start >= t.end), len(toks))
        nxt = next((c for c in parts if c.start >= after), None)
        end_idx = nxt.end if nxt and nxt.start == clause.end else clause.end
        clause = Clause(after, max(end_idx, after), "after")
    t_idx = [i for i, tok in enumerate(toks) if t.start <= tok.start < t.end]
    spans = _reporting_spans(toks, parts)
    reporting = bool(t_idx) and any(a <= t_idx[0] < b for a, b in spans)
    return Context(toks, parts, clause, reporting)


def _sentence_mentions(
    dated: DatedArticle, start: int, end: int, inside: list[Timex]
) -> list[Mention]:
    article = dated.article
    text = article.clean
    all_timexes = [t for t in dated.timexes if start <= t.start and t.end <= end]
    masked = [(t.start, t.end) for t in all_timexes]
    chosen: list[tuple[Timex, Context]] = []
    for t in inside:
        if _is_citation(text, start, t):
            continue
        ctx = context(article, start, end, all_timexes, t)
        same = next((i for i, (u, c) in enumerate(chosen) if c.clause == ctx.clause), None)
        if same is None:
            # A date repeated in another clause of the same sentence is one event, not two.
            dup = next(
                (
                    i
                    for i, (u, _) in enumerate(chosen)
                    if calendar_value(u.value) == calendar_value(t.value)
                ),
                None,
            )
            if dup is None:
                chosen.append((t, ctx))
            continue
        # Two expressions in one clause: keep the finer one (they date one event).
        other = chosen[same][0]
        if _width(t) < _width(other):
            chosen[same] = (t, ctx)
    mentions = []
    for t, ctx in chosen:
        status = _status(ctx, dated, t)
        title = _title(article, ctx, masked)
        mentions.append(
            Mention(
                article=article.id,
                timex=t,
                date=calendar_value(t.value),
                sentence=article.text[start:end],
                start=start,
                end=end,
                status=status,
                actors=actors_in(article, start, end, masked),
                title=title,
                language=article.language if article.language in ("id", "en") else "id",
                outlet=article.outlet,
            )
        )
    return mentions


def _width(t: Timex) -> int:
    span = date_span(t.value)
    return (span[1] - span[0]).days if span else 1 << 30


def _is_citation(text: str, start: int, t: Timex) -> bool:
    """The date a quoted outlet published its report ("melansir DW, Senin, 22 Januari 2024")."""
    before = text[max(start, t.start - 60) : t.start]
    return bool(_CITATION.search(before)) and bool(_CITATION_VERB.search(before))


def _content_words(
    toks: Sequence[Token], lo: int, hi: int, masked: Sequence[tuple[int, int]]
) -> int:
    return sum(
        1
        for tok in toks[lo:hi]
        if tok.word and tok.low not in _DANGLING and not _starts_masked(tok, masked)
    )


def _title(article: Article, ctx: Context, masked: Sequence[tuple[int, int]]) -> str:
    clause = ctx.clause
    lo, hi = clause.start, clause.end
    before = [c for c in ctx.parts if c.end <= clause.start]
    after = [c for c in ctx.parts if c.start >= clause.end]
    if ctx.reporting and not after and before:
        # '"...," kata X pada Senin': what was said, then who said it.
        said = compress(article.clean, ctx.toks, before[-1].start, before[-1].end, masked, "")
        speaker = actors_in(article, ctx.toks[lo].start, ctx.toks[hi - 1].end, masked)
        verb = "said" if article.language == "en" else "kata"
        words = said.split()[: _TITLE_WORDS - 3]
        return " ".join(words) + (f", {verb} {speaker[-1]}" if speaker else "")
    if ctx.reporting and after:
        # "X mengatakan pekan lalu bahwa ...": the title needs what was said.
        hi = after[0].end
    for nxt in after[:2]:
        if _content_words(ctx.toks, lo, hi, masked) >= 4:
            break
        hi = max(hi, nxt.end)
    if _content_words(ctx.toks, lo, hi, masked) < 4 and before:
        lo = before[-1].start
    subject = _subject(article, ctx, clause, masked) if clause.opener in _RELATIVE else ""
    if not clause.opener and before and before[-1].opener in _RELATIVE and len(before) >= 2:
        # "Tim SAR, yang dipimpin X, menemukan ...": the subject is what precedes "yang".
        head = compress(article.clean, ctx.toks, before[0].start, before[0].end, masked, "")
        subject = head if 0 < len(head.split()) <= 5 else ""
    return compress(article.clean, ctx.toks, lo, hi, masked, subject)


def _subject(
    article: Article, ctx: Context, clause: Clause, masked: Sequence[tuple[int, int]]
) -> str:
    """The antecedent of a relative clause: the last name before it."""
    if clause.start == 0:
        return ""
    lo = ctx.toks[0].start
    hi = ctx.toks[clause.start].start
    names = actors_in(article, lo, hi, masked)
    return names[-1] if names else ""


def _status(ctx: Context, dated: DatedArticle, t: Timex) -> Status:
    if ctx.reporting:
        return "claim"
    words = [tok.low for tok in ctx.toks[ctx.clause.start : ctx.clause.end]]
    future = bool(_FUTURE & set(words)) or _has_phrase(words, _FUTURE_PHRASES)
    if not future and ctx.clause.opener in _TEMPORAL_SUBORDINATORS and not (_PAST & set(words)):
        # "akan menghadiri konser sebelum menandatangani ...": the subordinate clause shares
        # the main clause's future.
        prev = [c for c in ctx.parts if c.end <= ctx.clause.start]
        if prev:
            pw = [tok.low for tok in ctx.toks[prev[-1].start : prev[-1].end]]
            future = bool(_FUTURE & set(pw)) or _has_phrase(pw, _FUTURE_PHRASES)
    if future and dated.dct.value:
        span = date_span(t.value)
        dct = date_span(dated.dct.value)
        if span and dct and span[1] < dct[0]:
            future = False  # over before the article was written: it happened
    if future:
        return "planned"
    if _attributed(ctx):
        return "claim"
    return "happened"


def _attributed(ctx: Context) -> bool:
    """The clause is the content of someone's statement ("X said Russia delivered ...")."""
    lows = [tok.low for tok in ctx.toks]
    clause = ctx.clause
    if clause.opener in _TEMPORAL_SUBORDINATORS:
        return False  # "X said ... when he met Y on Monday": the meeting is a fact
    before = lows[: clause.start]
    inner = lows[clause.start : clause.end]
    if before and (
        before[-1] in _CLAIM_VERBS
        or (before[-1] in ("bahwa", "that") and len(before) > 1 and before[-2] in _CLAIM_VERBS)
    ):
        return True
    if clause.opener in ("bahwa", "that") and any(w in _CLAIM_VERBS for w in before[-8:]):
        return True
    # "..., kata X." / "..., X said." closing the sentence.
    after = lows[clause.end :]
    if after and after[0] in ("kata", "katanya", "ujar", "ujarnya", "tutur", "said", "says"):
        return True
    return any(w in _CLAIM_VERBS for w in inner[:-1])
