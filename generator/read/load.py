"""Read article files: decode, take metadata (front matter or sidecar YAML), locate furniture.

The only stage that reads input files. Every problem becomes a `Diagnostic` naming the file and,
where there is one, the line; a bad file is skipped and the rest of the corpus goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from generator.core.model import Article, Diagnostic, Furniture, Metadata
from generator.read import clean
from generator.read.files import MAX_DEPTH, OUTSIDE, Refused, inside, read_bounded, walk
from generator.read.yamlsafe import YamlProblem
from generator.read.yamlsafe import load as load_yaml

ARTICLE_SUFFIXES = (".txt", ".md")
METADATA_KEYS = {"title", "outlet", "url", "published", "date", "language", "author", "lang"}
LANGUAGES = {"id", "en"}
# A long news article is well under 100 KiB of text; a file ten times that is a dump, a
# book or a mistake, and the analysis of one file is not linear in its size. Refused up front,
# before reading, so a huge file costs neither time nor memory.
MAX_BYTES = 1024 * 1024
# Metadata is a handful of short lines: a sidecar or front matter of 64 KiB is something else,
# and a value over 2,000 characters (a long URL) is no title, outlet or author.
METADATA_BYTES = 64 * 1024
METADATA_NODES = 1000
MAX_VALUE = 2000
# An article id longer than this is cut and given a hash of the whole name: a file name may be
# 255 bytes, and the pages named after the id add to it.
MAX_ID = 150
# Publication dates in metadata must lie in the years the recogniser reads as dates, so that
# relative expressions ("besok", "3 tahun lalu") resolve inside the calendar.
EARLIEST, LATEST = dt.date(1500, 1, 1), dt.date(2199, 12, 31)


class InputError(Exception):
    """A file that cannot be read as an article; the message names the file and line."""

    def __init__(self, file: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.diagnostic = Diagnostic("error", file, message, line)


@dataclass(frozen=True, slots=True)
class Loaded:
    articles: tuple[Article, ...]
    diagnostics: tuple[Diagnostic, ...]


def discover(
    paths: Iterable[str | Path], root: Path | None = None
) -> tuple[list[Path], list[Diagnostic]]:
    """Article files named by `paths`: files as given, folders searched for .txt and .md.

    With a project `root`, a file or folder that is a link to a place outside it is refused
    (see generator/read/files.py)."""
    found: list[Path] = []
    problems: list[Diagnostic] = []
    for raw in paths:
        path = Path(raw)
        if (path.is_dir() or path.is_file()) and not inside(path, root):
            problems.append(Diagnostic("error", str(raw), OUTSIDE))
        elif path.is_dir():
            # Subfolders too (an editor may file articles by outlet or by day), by the page
            # walker's rules: hidden folders are left out, a link out of the project and a
            # folder nested too deep are refused by name.
            articles = []
            with os.scandir(path) as entries:
                listed = sorted(entries, key=lambda e: e.name)
            # A site's own folder (its mkdocs.yml) is no articles folder: its pages are not read.
            site = (path / "mkdocs.yml").exists()
            for entry in listed:
                if entry.is_dir() and not entry.name.startswith(".") and not site:
                    if not inside(Path(entry.path), root):
                        problems.append(Diagnostic("error", str(path / entry.name), OUTSIDE))
                        continue
                    for name, found_at in walk(Path(entry.path), root):
                        shown = path / entry.name / name
                        if found_at is not None and found_at.suffix in ARTICLE_SUFFIXES:
                            articles.append(shown)
                        elif found_at is None and Path(name).suffix in ("", *ARTICLE_SUFFIXES):
                            deep = name.count("/") + 1 >= MAX_DEPTH
                            message = (
                                f"is nested over {MAX_DEPTH} folders deep; not read"
                                if deep
                                else OUTSIDE
                            )
                            problems.append(Diagnostic("error", str(shown), message))
                    continue
                if Path(entry.name).suffix not in ARTICLE_SUFFIXES or not entry.is_file():
                    continue
                if entry.is_symlink() and not inside(Path(entry.path), root):
                    problems.append(Diagnostic("error", str(path / entry.name), OUTSIDE))
                    continue
                articles.append(path / entry.name)
            if not articles:
                problems.append(Diagnostic("warning", str(raw), "no .txt or .md articles here"))
            found.extend(articles)
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Diagnostic("error", str(raw), "no such file or folder"))
    return found, problems


def load_paths(paths: Iterable[str | Path], relative_to: Path | None = None) -> Loaded:
    """Load every article named by `paths`; unreadable ones become diagnostics.

    With `relative_to`, files are named relative to that folder (so published data never
    carries the machine's absolute paths); otherwise as given.
    """
    files, diagnostics = article_files(paths, relative_to)
    return admit((read_or_diagnose(p, relative_to) for p in files), diagnostics)


def article_files(
    paths: Iterable[str | Path], root: Path | None = None
) -> tuple[list[Path], list[Diagnostic]]:
    """The article files named by `paths`, in the one order loading uses, and what is missing
    (or refused: a link out of the project `root`)."""
    files, diagnostics = discover(paths, root)
    # One order whatever order the paths came in, so name clashes resolve the same way.
    return sorted(set(files), key=lambda p: (p.as_posix().casefold(), p.as_posix())), diagnostics


def read_or_diagnose(path: Path, relative_to: Path | None = None) -> Article | Diagnostic:
    """`read_article`, with a file that cannot be read as its diagnostic."""
    try:
        return read_article(path, shown_name(path, relative_to), root=relative_to)
    except InputError as err:
        return err.diagnostic


def shown_name(path: Path, relative_to: Path | None) -> str | None:
    """How messages and data name `path`: relative to `relative_to`; None: as given."""
    if not relative_to:
        return None
    # What `relative_to` gives, for the usual case of a file under the folder, without
    # building paths (a build names every article file this way).
    text, base = str(path), str(relative_to)
    if os.sep == "/" and text.startswith(base) and text[len(base) : len(base) + 1] == "/":
        return text[len(base) + 1 :]
    return path.relative_to(relative_to).as_posix()


def admit(read: Iterable[Article | Diagnostic], diagnostics: Sequence[Diagnostic] = ()) -> Loaded:
    """The articles read from `article_files` (in that order) that make a corpus: an id that
    clashes with an earlier one is refused, and so is an unreadable file."""
    articles: list[Article] = []
    problems = list(diagnostics)
    seen: dict[str, str] = {}
    for article in read:
        if isinstance(article, Diagnostic):
            problems.append(article)
            continue
        folded = article.id.casefold()
        if folded in seen:
            problems.append(
                Diagnostic(
                    "error",
                    article.file,
                    f"article id '{article.id}' clashes with {seen[folded]} (names that "
                    "differ only by case or punctuation would share a page); rename one",
                )
            )
            continue
        seen[folded] = article.file
        articles.append(article)
        problems.extend(_language_warnings(article))
    return Loaded(tuple(articles), tuple(problems))


def article_id(path: Path) -> str:
    """The article's id: its file stem, made safe for URLs and file names."""
    stem = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-.")
    digest = hashlib.sha256(path.stem.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    if len(slug) > MAX_ID:  # the same start and a hash of the whole name: still distinct
        return f"{slug[: MAX_ID - 11].rstrip('-')}-{digest}"
    if slug:
        return slug
    # A name with no Latin letters or digits ("..", a name in another script): a stable id from
    # the name itself, so two such files do not clash.
    return "article-" + digest


def decode(data: bytes, file: str) -> tuple[str, str]:
    """Text and encoding name; UTF-8 first, then a detected legacy encoding."""
    if not data.strip():
        raise InputError(file, "empty file" if not data else "file holds only white space")
    if b"\x00" in data[:8192]:
        raise InputError(file, "binary file (NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(file, "not text in any known encoding")
    # On short text the detector cannot tell close single-byte encodings apart (cp1250 and
    # cp1252 read most bytes alike, "ñ" or "ń"): among equally good readings, prefer
    # windows-1252, the web's legacy default for Latin-script languages (WHATWG Encoding).
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    chosen = next((m for m in tied if m.encoding == "cp1252"), best)
    return str(chosen), chosen.encoding


@dataclass(frozen=True, slots=True)
class Raw:
    """A file's bytes and its sidecar's, as read: what the article is made from (and what the
    analysis cache keys an article by, so a hit needs no decoding or cleaning first)."""

    data: bytes
    sidecar: bytes | None = None
    sidecar_error: str | None = None  # why the sidecar could not be read, reported in turn


@dataclass(frozen=True, slots=True)
class Reading:
    """What reading works out beyond the file's text (what the cache keeps of it): everything
    of the `Article` but its name and its two texts, which are quick to make again."""

    language: str
    title: str
    outlet: str
    metadata: Metadata
    author: str
    furniture: tuple[Furniture, ...]
    encoding: str

    @classmethod
    def of(cls, article: Article) -> Reading:
        """What `article` keeps of its reading (the fields share their names)."""
        return cls(*(getattr(article, f.name) for f in fields(cls)))


def read_raw(path: Path, file: str, root: Path | None = None) -> Raw:
    """The bytes of an article file and of its sidecar YAML, or raise `InputError`. With a
    project `root`, a sidecar that is a link out of it is refused (the article was checked
    when it was found, see `discover`)."""
    try:
        file.encode("utf-8")
    except UnicodeEncodeError:
        # A name in another encoding (bytes the file system could not decode) would reach
        # messages, pages and data as text that cannot be written: refuse it, named legibly.
        shown = file.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        raise InputError(
            shown, "the file name is not UTF-8 text; rename the file (letters, digits, '-')"
        ) from None
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                file,
                f"file is {size / 2**20:.1f} MiB; an article may be at most "
                f"{MAX_BYTES // 2**20} MiB (split it, or remove what is not the article)",
            )
        data = read_bounded(path, MAX_BYTES)
    except Refused as err:
        raise InputError(file, str(err)) from None
    except OSError as err:
        raise InputError(file, f"cannot read: {err.strerror}") from err
    sidecar = path.with_suffix(".yaml")
    try:
        link = stat.S_ISLNK(sidecar.lstat().st_mode)
        if not stat.S_ISREG(sidecar.stat().st_mode):
            return Raw(data)
    except OSError:  # none (or a name too long to exist: a 255-byte article's name)
        return Raw(data)
    try:
        # Beside an article found in the project, only a link can lead out of it.
        return Raw(data, read_bounded(sidecar, METADATA_BYTES, root if link else None))
    except Refused as err:
        return Raw(data, None, f"the metadata file {err}")
    except OSError as err:
        return Raw(data, None, f"cannot read metadata: {err.strerror or 'unreadable'}")


def read_article(
    path: Path, shown: str | None = None, raw: Raw | None = None, root: Path | None = None
) -> Article:
    """Read one article file into an `Article`, or raise `InputError`.

    `shown` is how messages and the data name the file (default: the path as given); `raw` is
    the file as `read_raw` read it, when it was read already; `root` the project it is in.
    """
    file = shown or str(path)
    raw = raw or read_raw(path, file, root)
    text, encoding = decode(raw.data, file)
    text = _no_nul(text)

    body_start = 0
    meta: dict[str, Any] = {}
    if path.suffix == ".md":
        meta, body_start = _front_matter(text, file)
    if raw.sidecar is not None or raw.sidecar_error is not None:
        meta = {**_sidecar(raw, str(Path(file).with_suffix(".yaml"))), **meta}
    metadata = _metadata(meta, file)

    if not text[body_start:].strip():
        raise InputError(file, "the article has metadata but no text")

    furniture = clean.find_furniture(text, body_start)
    if body_start:
        furniture = (Furniture(0, body_start, "front-matter"), *furniture)
    cleaned = clean.blank(text, furniture)
    reading = Reading(
        language=metadata.language or detect_language(cleaned),
        title=metadata.title or clean.headline(text, furniture, body_start) or path.stem,
        outlet=metadata.outlet or clean.outlet(text, furniture, body_start) or "",
        metadata=metadata,
        author=metadata.author or clean.author(text, body_start) or "",
        furniture=furniture,
        encoding=encoding,
    )
    return _article(path, file, text, cleaned, reading)


def restore_article(
    path: Path, shown: str | None, raw: Raw, reading: Reading, text: str | None = None
) -> Article:
    """The `Article` that `read_article` makes of `raw`, from what an earlier reading of the
    same bytes found: only the texts are made again (quick for UTF-8; a legacy encoding is
    detected again, as the reading did). `text` is `decode_text` of it, when made already."""
    file = shown or str(path)
    if text is None:
        text = decode_text(raw.data, file)
    return _article(path, file, text, clean.blank(text, reading.furniture), reading)


def decode_text(data: bytes, file: str) -> str:
    """The text `read_article` reads from a file's bytes (or raise `InputError`)."""
    return _no_nul(decode(data, file)[0])


def _no_nul(text: str) -> str:
    """NUL characters (padding of a broken download, past the first 8 KiB that `decode`
    refuses them in) as spaces: dropping them would shift every later offset."""
    return text.replace("\x00", " ") if "\x00" in text else text


def _article(path: Path, file: str, text: str, cleaned: str, reading: Reading) -> Article:
    return Article(
        id=article_id(path),
        file=file,
        text=text,
        clean=cleaned,
        language=reading.language,
        title=reading.title,
        outlet=reading.outlet,
        metadata=reading.metadata,
        author=reading.author,
        furniture=reading.furniture,
        encoding=reading.encoding,
    )


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)---[ \t]*(?:\r?\n|\Z)", re.S)


def _front_matter(text: str, file: str) -> tuple[dict[str, Any], int]:
    if not text.startswith("---"):
        return {}, 0
    m = _FRONT.match(text)
    if not m:
        raise InputError(file, "front matter opened with '---' is never closed", 1)
    if len(m.group(1)) > METADATA_BYTES:
        raise InputError(
            file, f"front matter is over {METADATA_BYTES // 1024} KiB; metadata is a few lines", 1
        )
    return _yaml_mapping(m.group(1), file, line_offset=1), m.end()


def _sidecar(raw: Raw, file: str) -> dict[str, Any]:
    if raw.sidecar is None:
        raise InputError(file, raw.sidecar_error or "cannot read metadata")
    try:
        text = raw.sidecar.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(file, "metadata is not UTF-8 text") from err
    return _yaml_mapping(text, file, line_offset=0)


def _yaml_mapping(source: str, file: str, line_offset: int) -> dict[str, Any]:
    try:
        data = load_yaml(source, max_nodes=METADATA_NODES)
    except YamlProblem as err:
        line = err.line + line_offset if err.line is not None else None
        raise InputError(file, f"malformed metadata: {err.message}", line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(file, "metadata must be a mapping of keys to values", 1 + line_offset)
    return data


def _metadata(meta: dict[str, Any], file: str) -> Metadata:
    unknown = sorted(_one_line(str(k))[:60] for k in meta if k not in METADATA_KEYS)
    if unknown:
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        raise InputError(
            file,
            f"unknown metadata key(s) {', '.join(unknown[:5])}{more}; "
            f"known: {', '.join(sorted(METADATA_KEYS - {'lang', 'date'}))}",
        )
    values: dict[str, str | None] = {}
    for key in ("title", "outlet", "url", "author"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str | int | float):
            raise InputError(file, f"metadata '{key}' must be text")
        values[key] = _one_line(str(value)) if value is not None else None
        if len(values[key] or "") > MAX_VALUE:
            raise InputError(
                file,
                f"metadata '{key}' is {len(values[key] or ''):,} characters long; "
                f"at most {MAX_VALUE:,}",
            )
    url = values["url"]
    if url and not re.match(r"https?://", url):
        raise InputError(
            file, f"metadata 'url' must start with http:// or https://, got {_shown(url)}"
        )
    published = meta.get("published", meta.get("date"))
    values["published"] = _iso_date(published, file) if published is not None else None
    language = meta.get("language", meta.get("lang"))
    if language is not None:
        language = str(language).strip().lower()
        if language not in LANGUAGES:
            raise InputError(
                file,
                f"metadata 'language' must be one of {sorted(LANGUAGES)}, got {_shown(language)}",
            )
    return Metadata(language=language, **values)


_SAFE = {"Cc": " ", "Cs": "\ufffd"}


def _shown(value: object) -> str:
    """A value as a message quotes it: its repr (control characters escaped), cut short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _one_line(value: str) -> str:
    """Metadata text as one line: control characters dropped, white space collapsed, and a
    lone surrogate (a YAML escape such as "\\ud800", which no file can hold) replaced."""
    kept = "".join(_SAFE.get(unicodedata.category(ch), ch) for ch in value)
    return " ".join(kept.split())


def _iso_date(value: object, file: str) -> str:
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError as err:
            raise InputError(
                file, f"metadata 'published' must be a date like 2024-06-18, got {_shown(value)}"
            ) from err
    if not EARLIEST <= day <= LATEST:
        raise InputError(
            file,
            f"metadata 'published' must lie between {EARLIEST.isoformat()} and "
            f"{LATEST.isoformat()}, got {day.isoformat()}",
        )
    return day.isoformat()


_ID_WORDS = frozenset(
    "yang dan di ke dari dengan untuk pada ini itu akan tidak adalah dalam juga telah "
    "sebagai oleh atau karena bahwa kata mereka kami".split()
)
_EN_WORDS = frozenset(
    "the and of to in is that was for with on as by at from it are were has have said will".split()
)


def detect_language(text: str) -> str:
    """'id', 'en' or 'und', from how many common function words of each language occur."""
    words = re.findall(r"[a-z]+", text.lower())
    if not words:
        return "und"
    # Counted by `map` over the set's membership test: the same sums, without a Python loop.
    ind = sum(map(_ID_WORDS.__contains__, words))
    eng = sum(map(_EN_WORDS.__contains__, words))
    if max(ind, eng) < max(3, len(words) // 50):
        return "und"
    return "id" if ind >= eng else "en"


def _language_warnings(article: Article) -> Sequence[Diagnostic]:
    if article.language in LANGUAGES:
        return ()
    return (
        Diagnostic(
            "warning",
            article.file,
            "cannot tell the article's language (neither Indonesian nor English); "
            "set 'language' in its metadata. Read as Indonesian.",
        ),
    )
