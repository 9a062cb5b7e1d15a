"""The `linimasa` command line: extract, generate, build, serve, check, eval.

Exit codes: 0 success; 1 something needs an editor's attention (an unreadable article, a failed
build, or with --strict any warning; `check` also counts warnings) or the machine's (a full or
read-only disk, another build that does not finish); 2 bad usage (a setting that cannot be
used); 3 an internal error (a bug: the message says how to get the traceback).
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__

if TYPE_CHECKING:
    from generator.core.model import Diagnostic

EXIT_OK, EXIT_ATTENTION, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

# Failures of the machine, not of Linimasa: what to do about each.
_ENVIRONMENT = {
    errno.ENOSPC: "the disk is full: free some space and run again",
    errno.EDQUOT: "the disk quota is used up: free some space and run again",
    errno.EFBIG: "a file grew over the size this system allows: free space or raise the limit",
    errno.EROFS: "the file system is read-only: build in a writable copy of the project",
    errno.EACCES: "permission denied: check who owns the project's folders",
    errno.EPERM: "operation not permitted: check who owns the project's folders",
    errno.EIO: "the disk reported an input/output error: check the disk",
    errno.EMFILE: "too many open files: raise the limit (ulimit -n) and run again",
    errno.ENFILE: "too many open files on the system: run again later",
    errno.ENOMEM: "out of memory: close other programs or use fewer --jobs",
}


def _processes(text: str) -> int:
    """A `--jobs` count: a whole number of processes, at least one."""
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"at least one process is needed, got {count}")
    return count


def _add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-j",
        "--jobs",
        type=_processes,
        default=None,
        help="processes analysing articles (default: one per core)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="linimasa",
        description="Turn news articles into a bilingual timeline explainer site.",
    )
    parser.add_argument("--version", action="version", version=f"linimasa {__version__}")
    parser.add_argument(
        "-C",
        "--project",
        type=Path,
        default=None,
        help="project folder (default: the nearest one holding mkdocs.yml)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "new",
        help="make a new story project in DIR (seeds/, content/, both site configs, a workflow)",
        description="Make a new story project in DIR, ready to build: put articles in its "
        "seeds/ folder, then run `linimasa build` there. Nothing existing is overwritten.",
    )
    p.add_argument("folder", type=Path, metavar="DIR", help="the new project's folder")
    p.add_argument(
        "--title-id",
        default="",
        help="the story's title in Indonesian (default: from the articles)",
    )
    p.add_argument(
        "--title-en", default="", help="the story's title in English (default: from the articles)"
    )
    p.add_argument(
        "--site-url",
        default=None,
        help="the site's public root URL (default: http://127.0.0.1:8000/; $SITE_URL wins)",
    )

    p = sub.add_parser("extract", help="print the corpus (articles, dates, events) as JSON")
    p.add_argument("paths", nargs="+", help="article files or folders of them")
    p.add_argument("-o", "--output", type=Path, help="write the JSON to this file instead")
    p.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    _add_jobs(p)

    p = sub.add_parser("generate", help="regenerate the pages in content/build/ (no site build)")
    p.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    _add_jobs(p)

    p = sub.add_parser("build", help="regenerate the pages and build both languages into site/")
    p.add_argument(
        "--site-url", help="public root URL of the site (default: $SITE_URL, else the config)"
    )
    p.add_argument("--strict", action="store_true", help="fail on any warning, ours or MkDocs'")
    _add_jobs(p)

    p = sub.add_parser("serve", help="build, then serve site/ with both languages locally")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--host", default="127.0.0.1")

    p = sub.add_parser("check", help="list what needs an editor's attention; exit 1 if anything")
    p.add_argument("--strict", action="store_true", help="(default for check) warnings count")

    p = sub.add_parser(
        "translate", help="print skeleton translation-memory entries for what is untranslated"
    )
    p.add_argument("--lang", default="en", choices=["id", "en"], help="target language")

    p = sub.add_parser(
        "eval",
        help="score the extraction against a gold file, or a folder of story sets",
        description="GOLD is a gold file (the format of tests/gold/seeds.yaml) scored against "
        "PATHs, or a story set or folder of story sets (each: articles/ and gold.yaml, see "
        "tests/stories/README.md), each extracted on its own and scored in one table.",
    )
    p.add_argument("gold", type=Path, help="gold file, story set, or folder of story sets")
    p.add_argument("paths", nargs="*", help="article files or folders (default: the seeds)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="story sets: list every miss per set"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from generator.config import ConfigError
    from generator.lock import LockError
    from generator.publish.write import UnsafeArea

    try:
        return _run(args)
    except BrokenPipeError:  # the reader went away (`linimasa eval ... | head`): not an error
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print(
            "linimasa: interrupted; the previous site and pages are left as they were",
            file=sys.stderr,
        )
        return EXIT_ATTENTION
    except ConfigError as err:
        print(f"linimasa: {_one_line(str(err))}", file=sys.stderr)
        return EXIT_USAGE
    except (UnsafeArea, LockError) as err:
        print(f"linimasa: {_one_line(str(err))}", file=sys.stderr)
        return EXIT_ATTENTION
    except OSError as err:
        if err.errno not in _ENVIRONMENT:
            return _internal(err)
        where = f" ({_one_line(str(err.filename))})" if err.filename else ""
        print(
            f"linimasa: {_ENVIRONMENT[err.errno]}{where}; the previous site and pages are left "
            "as they were",
            file=sys.stderr,
        )
        return EXIT_ATTENTION
    except MemoryError:
        print(f"linimasa: {_ENVIRONMENT[errno.ENOMEM]}", file=sys.stderr)
        return EXIT_ATTENTION
    except Exception as err:  # a bug, not bad input: bad input becomes diagnostics
        return _internal(err)


def _one_line(text: str) -> str:
    """`text` as one line of a message: control characters (a newline, an escape sequence in
    a file name) shown escaped, so no input can forge or hide a line."""
    from generator.core.model import visible

    return visible(text)


def _internal(err: BaseException) -> int:
    """A bug: say so, and how to see the traceback."""
    if os.environ.get("LINIMASA_DEBUG"):
        raise err
    print(
        f"linimasa: internal error: {type(err).__name__}: {_one_line(str(err))}\n"
        "(set LINIMASA_DEBUG=1 for the traceback, and please report it)",
        file=sys.stderr,
    )
    return EXIT_INTERNAL


def _report(diagnostics: Sequence[Diagnostic], strict: bool, every: bool = False) -> int:
    """Show `diagnostics` (each one when `every`, else repeated kinds counted, see
    generator/report.py) and tell the exit status they call for."""
    from generator.report import summarised

    lines = (
        [str(d) for d in diagnostics] if every else [line for _, line in summarised(diagnostics)]
    )
    for line in lines:
        print(line, file=sys.stderr)
    errors = sum(d.level == "error" for d in diagnostics)
    warnings = sum(d.level == "warning" for d in diagnostics)
    if errors or (strict and warnings):
        return EXIT_ATTENTION
    return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    from generator import site
    from generator.config import load_project
    from generator.progress import Progress

    command = args.command
    if command == "extract":
        from generator.pipeline import extract
        from generator.publish import serialize

        corpus = extract(args.paths, jobs=args.jobs, progress=Progress(sys.stderr))
        text = serialize.dumps(serialize.corpus_to_dict(corpus))
        if args.output:
            args.output.write_text(text, "utf-8")
        else:
            sys.stdout.write(text)
        return _report(corpus.diagnostics, args.strict)

    if command == "new":
        return _new(args)

    project = load_project(args.project)
    if not project.mkdocs_config(project.langs[0]).is_file():
        # Never generate into a folder that is not a project: that would write files there.
        where = args.project or Path.cwd()
        print(
            f"linimasa: {where} is not a Linimasa project (no mkdocs.yml in it or above); "
            "run inside a project or name one with -C",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if command == "generate":
        result = site.generate(project, args.jobs, Progress(sys.stderr))
        print(f"linimasa: {result.written} generated file(s) changed", file=sys.stderr)
        return _report(result.diagnostics, args.strict)
    if command == "build":
        try:
            result = site.build(
                project,
                site_url=args.site_url,
                strict=args.strict,
                jobs=args.jobs,
                progress=Progress(sys.stderr),
            )
        except site.BuildError as err:
            print(f"linimasa: {err}", file=sys.stderr)
            return EXIT_ATTENTION
        code = _report(result.diagnostics, args.strict)
        print(f"linimasa: built {project.path(project.site)}", file=sys.stderr)
        return code
    if command == "serve":
        from generator.serve import serve

        url = f"http://{args.host}:{args.port}/"
        try:
            site.build(project, site_url=url)
        except site.BuildError as err:
            print(f"linimasa: {err}", file=sys.stderr)
            return EXIT_ATTENTION
        return serve(project.path(project.site), args.host, args.port)
    if command == "check":
        from generator.check import check

        return _report(check(project), strict=True, every=True)
    if command == "translate":
        import yaml

        from generator.editing import translate

        corpus = site.extract_project(project)
        stubs = translate.stub_entries(
            corpus.events, args.lang, [d.article for d in corpus.articles], corpus.titles
        )
        memory = project.translations / f"{args.lang}.yaml"
        if memory.is_relative_to(project.root):  # (an absolute `content` may lie elsewhere)
            memory = memory.relative_to(project.root)
        print(
            f"# Paste into {memory} and fill in the blanks;\n"
            "# 'source' is the hash of the text translated (a changed source shows as stale).",
        )
        print(yaml.safe_dump(stubs, allow_unicode=True, sort_keys=True, width=100), end="")
        return EXIT_OK
    if command == "eval" and args.gold.is_dir():
        return _eval_stories(args.gold, args.json, args.verbose)
    if command == "eval":
        import json

        from generator import evaluate
        from generator.pipeline import extract

        try:
            gold = site.read_gold(args.gold)
        except site.GoldError as err:
            where = f"{args.gold}:{err.line}" if err.line else str(args.gold)
            print(f"linimasa: {_one_line(where)}: {err.message}", file=sys.stderr)
            return EXIT_ATTENTION
        paths = args.paths or [project.path(project.seeds)]
        corpus = site.extract_project(project) if not args.paths else extract(paths)
        try:
            report = evaluate.evaluate(corpus, gold)
        except (ValueError, TypeError, KeyError, AttributeError):
            print(f"linimasa: {_one_line(str(args.gold))}: not a gold file", file=sys.stderr)
            return EXIT_ATTENTION
        print(
            json.dumps(report.to_dict(), indent=1, sort_keys=True)
            if args.json
            else report.to_text()
        )
        return EXIT_OK
    return EXIT_USAGE


def _new(args: argparse.Namespace) -> int:
    from generator import newproject

    folder = args.folder if args.project is None else args.project / args.folder
    try:
        url = newproject.site_url(args.site_url) if args.site_url else newproject.DEFAULT_SITE_URL
    except ValueError as err:
        print(f"linimasa: --site-url: {err}", file=sys.stderr)
        return EXIT_USAGE
    story = newproject.Story(args.title_id, args.title_en, url)
    try:
        newproject.create(folder, story)
    except newproject.ProjectExists as err:
        print(f"linimasa: {err}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as err:
        print(
            f"linimasa: cannot write the project in {folder}: {err.strerror or err}",
            file=sys.stderr,
        )
        return EXIT_ATTENTION
    print(
        f"linimasa: made a story project in {folder}: put articles in {folder / 'seeds'}, "
        f"then run `linimasa build` there (or `linimasa -C {folder} serve`)",
        file=sys.stderr,
    )
    return EXIT_OK


def _eval_stories(folder: Path, as_json: bool, verbose: bool) -> int:
    """Score every story set under `folder`: one table, a row per set."""
    import json

    from generator import stories
    from generator.pipeline import extract

    sets = stories.find_sets(folder)
    if not sets:
        print(f"linimasa: {folder}: no story set (a folder with articles/ and gold.yaml)")
        return EXIT_USAGE
    scores = [stories.score_story(s, extract([s.articles], jobs=1)) for s in sets]
    if as_json:
        print(json.dumps([{"set": s.name, "role": s.role, **s.figures()} for s in scores]))
        return EXIT_OK
    print(stories.table(scores))
    if verbose:
        for s in scores:
            print(f"\n{s.name}")
            print("\n".join(f"  {line}" for line in s.details))
    return EXIT_OK
