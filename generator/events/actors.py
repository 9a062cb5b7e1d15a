"""Who a sentence names: people, countries and organisations as the text writes them, from
capitalised runs with role and title words split off (no gazetteer). Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.core.model import Article
from generator.events.clauses import WORD_TAIL, Token, masked_flags, token_tuple
from generator.events.sentences import sentence_spans

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
# Words a name part cannot start with.
_NOT_NAME_START = _NAME_PARTICLES | _FUNCTION_WORDS
_TIME_NAMES = frozenset(
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni "
    "juli agustus september oktober november desember pagi siang sore malam "
    "monday tuesday wednesday thursday friday saturday sunday january february march may june "
    "july august october december".split()
)

# The tokens of `clauses._TOKEN`, one by one, as the token itself when it starts with a word
# character other than an ASCII lower-case letter (it may be capitalised) and as "" otherwise.
# (Built on the same `WORD_TAIL`, so the two tokenisers cannot drift apart.)
_NAME_TOKENS = re.compile(rf"([^\W_a-z]{WORD_TAIL})|[^\W_]{WORD_TAIL}|[^\w\s]")
# r"\b[a-z][a-z'-]+\b", with the leading word boundary tested after the first letter: a pattern
# that opens with a character set lets the regex engine skip ahead to candidate letters.
# Every token's text, as `clauses._TOKEN` reads them.
_TOKEN_TEXT = re.compile(rf"[^\W_]{WORD_TAIL}|[^\w\s]")
_LOWERCASE_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z'-]+\b")


def actors_in(
    article: Article, start: int, end: int, masked: Sequence[tuple[int, int]]
) -> tuple[str, ...]:
    """People, countries and organisations named in text[start:end], in order of appearance.

    A name is a run of capitalised words (with particles like "bin" or "of" inside); role
    words and titles in front ("Presiden", "Foreign Minister") are dropped, and so is a
    sentence-opening word the article never capitalises elsewhere. "Presiden Rusia Vladimir
    Putin" splits into "Rusia" and "Vladimir Putin" when the article names "Rusia" on its own."""
    toks = token_tuple(article.clean, start, end)
    return actors_of(toks, masked_flags(toks, masked), article_names(article))


def actors_of(
    toks: Sequence[Token], inside: Sequence[bool], names: ArticleNames
) -> tuple[str, ...]:
    """`actors_in` for tokens already at hand: `toks` are the tokens of the span (the first one
    opens it), `inside[i]` says whether toks[i] lies in a date expression, `names` is
    `article_names(article)`."""
    found: list[str] = []
    run: list[Token] = []
    first_start = toks[0].start if toks else -1

    def flush() -> None:
        while run and run[-1].low in _NAME_PARTICLES:
            run.pop()
        if not run:
            return
        for name in _split_name([t.text for t in run], names, run[0].start == first_start):
            if name not in found:
                found.append(name)
        run.clear()

    for tok, in_timex in zip(toks, inside, strict=True):
        if in_timex:
            if run:
                flush()
            continue
        text = tok.text
        # Capitalised: a word starting in upper case, or a digit in an all-caps one ("4G").
        if (tok.word and (text[0].isupper() or (text[0].isdigit() and text.isupper()))) or (
            run and tok.low in _NAME_PARTICLES
        ):
            run.append(tok)
        elif run:
            flush()
    flush()
    return tuple(found)


def article_actors(article: Article) -> tuple[str, ...]:
    """`actors_in(article, 0, len(article.clean), ())`, the actors of the whole article, read
    from the tokens' text alone: only the capitalised tokens, and the particles between them,
    are looked at (a tenth of an article's tokens), none is made a `Token`."""
    text = article.clean
    tokens = _NAME_TOKENS.findall(text)  # "" for a token that cannot be capitalised
    every: list[str] | None = None  # every token's text, read only if a particle may join
    names = article_names(article)
    found: list[str] = []
    run: list[str] = []
    opened = end = -1  # where the run opened, and its last capitalised token
    for at, word in enumerate(tokens):
        if not word or not (word[0].isupper() or (word[0].isdigit() and word.isupper())):
            continue
        if run and at != end + 1:
            # Tokens in between: the run goes on only across name particles ("bin", "van").
            every = every or _TOKEN_TEXT.findall(text)
            if any(every[k].lower() not in _NAME_PARTICLES for k in range(end + 1, at)):
                _add_names(found, run, names, opened == 0)
                run = []
            else:
                run.extend(every[end + 1 : at])
        if not run:
            opened = at
        run.append(word)
        end = at
    _add_names(found, run, names, opened == 0)
    return tuple(found)


def _add_names(found: list[str], run: list[str], names: ArticleNames, first: bool) -> None:
    while run and run[-1].lower() in _NAME_PARTICLES:  # ("TNI AL": "al" ends no name)
        run.pop()
    for name in _split_name(run, names, first) if run else ():
        if name not in found:
            found.append(name)


@dataclass(frozen=True, slots=True)
class ArticleNames:
    inner: frozenset[str]  # words capitalised somewhere other than a sentence's start
    lower: frozenset[str]  # words the article writes in lower case
    runs: frozenset[str]  # capitalised runs that stand alone (between lower-case words)


_NAMES_CACHE: dict[tuple[str, str], ArticleNames] = {}


def article_names(article: Article) -> ArticleNames:
    """How the whole article writes its words (for `actors_in`), computed once per article."""
    key = (article.id, article.clean)
    cached = _NAMES_CACHE.get(key)
    if cached is not None:
        return cached
    text = article.clean
    inner: set[str] = set()
    runs: set[str] = set()
    for s_start, s_end in sentence_spans(text):
        # Token strings suffice here (most sentences never need `Token`s); `word` is "" for the
        # many tokens that cannot be capitalised; the test is the one in `actors_of`.
        words = _NAME_TOKENS.findall(text, s_start, s_end)
        caps = [
            idx
            for idx, word in enumerate(words)
            if word and (word[0].isupper() or (word[0].isdigit() and word.isupper()))
        ]
        run: list[str] = []
        for pos, idx in enumerate(caps):
            if idx > 0:
                inner.add(words[idx])
            if run and idx != caps[pos - 1] + 1:  # a word in between ends the run
                runs.add(" ".join(run))
                run = []
            run.append(words[idx])
        if run:
            runs.add(" ".join(run))
    names = ArticleNames(frozenset(inner), _lowercase_words(text), frozenset(runs))
    if len(_NAMES_CACHE) > 256:
        _NAMES_CACHE.clear()
    _NAMES_CACHE[key] = names
    return names


def _split_name(words: list[str], names: ArticleNames, first: bool) -> list[str]:
    """The names in one run of capitalised words (`first`: the run opens the text read)."""
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
        while parts and parts[0].lower() in _NOT_NAME_START:
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
    return frozenset(_LOWERCASE_WORD.findall(text))


STORY_NAMES_MIN = 4  # articles: fewer tell too little of which names the whole story gives


def story_names(names_by_article: Mapping[str, Iterable[str]], share: float) -> frozenset[str]:
    """The names more than `share` of the articles give ("Musk", "Twitter", "MAX"): they tell
    no development of the story from another. None with fewer than STORY_NAMES_MIN articles."""
    if len(names_by_article) < STORY_NAMES_MIN:
        return frozenset()
    counted = Counter(w for names in names_by_article.values() for w in set(names))
    return frozenset(w for w, n in counted.items() if n > share * len(names_by_article))
