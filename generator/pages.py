"""The hand-written pages of one language (`content/pages/<lang>/`), read as untrusted input.

A Markdown page is published as its editor wrote it; any other file (an image, a PDF) is
copied as it is. What cannot be published is refused with one message naming the file, and the
rest of the site is built: a Markdown page that is not UTF-8 text, front matter that is not
plain YAML (MkDocs would expand its aliases; see generator/read/yamlsafe.py), a file over its
size limit, a name that cannot be a page's path, and a file or folder that is a link out of
the project (see generator/read/files.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.config import Project
from generator.core.model import Diagnostic, Lang
from generator.publish.write import UnsafeArea, safe_relative
from generator.read.files import MAX_DEPTH, OUTSIDE, Refused, read_bounded
from generator.read.files import walk as walk_files
from generator.read.yamlsafe import YamlProblem, load

MAX_PAGE_BYTES = 1024 * 1024  # a Markdown page: far longer than any explainer
MAX_FILE_BYTES = 20 * 1024 * 1024  # an image or a document beside the pages
MAX_FRONT_MATTER_NODES = 1000

# How MkDocs finds a page's front matter (mkdocs/utils/meta.py, on text with "\n" line ends),
# and how generator/publish/formats.py does for the composed pages: both are checked.
_FRONT_MATTERS = (
    re.compile(r"-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL),
    re.compile(r"---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL),
)


@dataclass(frozen=True, slots=True)
class Pages:
    """Hand-written files by path relative to content/pages/<lang>/: Markdown pages as text,
    other files as bytes; and what was refused."""

    files: dict[str, str | bytes]
    diagnostics: tuple[Diagnostic, ...]


def read_pages(project: Project, lang: Lang) -> Pages:
    folder = project.pages_dir / lang
    files: dict[str, str | bytes] = {}
    problems: list[Diagnostic] = []
    for name, path in walk_files(folder, project.root):
        shown = _shown(project, folder, name)
        if path is None:
            deep = name.count("/") >= MAX_DEPTH
            message = f"is nested over {MAX_DEPTH} folders deep; not read" if deep else OUTSIDE
            problems.append(Diagnostic("error", shown, message))
            continue
        try:
            content = _page(name, path, project.root)
        except _Refused as err:
            problems.append(Diagnostic("error", shown, err.message, err.line))
            continue
        files[name] = content
    return Pages(files, tuple(problems))


class _Refused(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _page(name: str, path: Path, root: Path) -> str | bytes:
    """The content to publish for the file `name` at `path`, or raise `_Refused`."""
    try:
        name.encode("utf-8")
        safe_relative(name)
    except (UnicodeEncodeError, UnsafeArea):
        raise _Refused("this name cannot be a page's path; rename the file") from None
    markdown = name.endswith(".md")
    try:
        data = read_bounded(path, MAX_PAGE_BYTES if markdown else MAX_FILE_BYTES, root)
    except Refused as err:
        raise _Refused(str(err)) from None
    except OSError as err:
        raise _Refused(f"cannot read: {err.strerror}") from None
    if not markdown:
        return data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _Refused("a Markdown page must be UTF-8 text; save it as UTF-8") from None
    _check_front_matter(text)
    return text


def _check_front_matter(text: str) -> None:
    """Raise `_Refused` when front matter some reader would take is not plain, bounded YAML."""
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    for pattern in _FRONT_MATTERS:
        match = pattern.match(unified)
        if match is None or not match.group(1):
            continue
        try:
            # (Without its last line end, as an article's front matter is read: an error at
            # the end of it names its last line, not the closing "---".)
            load(match.group(1).rstrip("\n"), max_nodes=MAX_FRONT_MATTER_NODES)
        except YamlProblem as err:
            line = err.line + 1 if err.line is not None else 1
            raise _Refused(f"malformed front matter: {err.message}", line) from None


def _shown(project: Project, folder: Path, name: str) -> str:
    where = folder / name if name else folder
    try:
        return where.relative_to(project.root).as_posix()
    except ValueError:
        return where.as_posix()
