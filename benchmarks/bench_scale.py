"""How Linimasa scales with the corpus: throughput, generation, rebuilds, memory, growth.

Run by hand: `.venv/bin/python benchmarks/bench_scale.py [--sizes 100,1000,10000]`. For each
size it writes the synthetic corpus of benchmarks/corpus.py (true dates known) as article files
into a throwaway copy of the project (never the repository's seeds/, content/ or site/), and in
fresh processes measures:

- extraction and merge (`extract_project`: load, date, events, anchor, merge; every core, cold
  cache) against a user's single-process `search_dates` loop over the same files
  (`languages=['id']`, `RELATIVE_BASE` = the true publication date), timed in the same run; above
  `--peer-sample` articles the peer is timed on a fixed random sample and its rate extrapolated;
- full generation (`linimasa generate`: extract, render, write) from a cold cache;
- regeneration after editing one article, with a warm cache, with the time of each stage;
- regeneration after one editorial correction (an event retitled in content/editorial.yaml);
- `mkdocs build` of both languages at `--mkdocs-at` articles;
- peak memory: the largest resident set of the measuring process plus, for its worker
  processes, the largest one's times the number of workers (an upper bound of the tree's peak);
- how each grows per 10x articles (10 = linear, about 13 = n log n, 100 = quadratic);
- and, beside speed, how many of the corpus' known dates came out right.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

from corpus import make_corpus, write_corpus  # noqa: E402

EDIT = {
    "id": "\n\nRapat lanjutan soal itu digelar pada 3 Maret 2021 di balai kota.\n",
    "en": "\n\nA follow-up meeting on it was held on March 3, 2021 at city hall.\n",
}


# ---- measuring processes (one fresh process per measurement) -------------------------------


def _workers(jobs: int | None) -> int:
    """Worker processes of a build with `jobs` (the building process analyses too)."""
    return max(0, (jobs or os.cpu_count() or 1) - 1)


def _peak_mib(workers: int) -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_self": own, "rss_worker": child, "rss_tree": own + workers * child}


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the pool's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + ended.ru_utime + ended.ru_stime


def _stage_timer(stages: dict[str, float]) -> Callable[[Any, str, str], None]:
    """Wrap module functions so each call adds its duration to `stages[name]`."""

    def wrap(module: Any, attr: str, name: str) -> None:
        inner = getattr(module, attr)

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                stages[name] = stages.get(name, 0.0) + time.perf_counter() - t0

        setattr(module, attr, timed)

    return wrap


def _instrument(stages: dict[str, float]) -> list[Any]:
    """Time the stages into `stages`; returns the caches the build makes (filled as it runs)."""
    from generator import pipeline, site
    from generator.publish import exports, pagecache, render, serialize, write

    wrap = _stage_timer(stages)
    wrap(pipeline, "load_and_analyse", "load + analyse")
    wrap(pipeline.anchor, "anchor_undated", "anchor")
    wrap(pipeline.merge, "merge_mentions", "merge")
    wrap(pipeline.translate, "translate_events", "translate")
    wrap(site, "score", "score")
    # Generation. Pages of one event or article are rendered inside the writer, and only when
    # their inputs changed; "write" includes those renders (timed on their own as "render: ...").
    wrap(pagecache.Fragments, "save", "fragment cache save")
    wrap(pagecache, "Fragments", "fragment cache load")
    wrap(render, "index_site", "render: index + keys")
    wrap(render, "plan_site", "render: corpus-wide pages + keys")
    wrap(render._Site, "event_page", "render: event pages")
    wrap(render._Site, "article_page", "render: article pages")
    wrap(serialize, "corpus_data", "serialize")
    wrap(exports, "export_data", "exports")
    wrap(write, "write_tree", "write")
    made: list[Any] = []
    base = pipeline.Cache

    class Counted(base):  # type: ignore[misc, valid-type]
        """Keeps the build's caches: their misses (kept by the parent for the workers too)
        are the articles analysed again."""

        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(self)

    pipeline.Cache = Counted
    site.Cache = Counted
    return made


def child_extract(project_dir: Path, jobs: int | None, count: int) -> dict[str, Any]:
    from generator.config import load_project
    from generator.site import extract_project

    stages: dict[str, float] = {}
    _instrument(stages)
    project = load_project(project_dir)
    shutil.rmtree(project_dir / ".linimasa-cache", ignore_errors=True)  # cold
    cpu0 = _cpu_seconds()
    t0 = time.perf_counter()
    corpus = extract_project(project, jobs)
    seconds = time.perf_counter() - t0
    cpu = _cpu_seconds() - cpu0
    truth = {s.name: s for s in make_corpus(count)}
    dct_ok = expr_ok = expr_total = 0
    for d in corpus.articles:
        s = truth.get(d.article.id)
        if s is None:
            continue
        dct_ok += d.dct.value == s.dct
        found = {t.text: t.value for t in d.timexes}
        expr_total += len(s.expressions)
        expr_ok += sum(found.get(text) == value for text, value in s.expressions)
    return {
        "seconds": seconds,
        "cpu": cpu,
        "stages": stages,
        "articles": len(corpus.articles),
        "mentions": sum(len(e.sources) for e in corpus.events),
        "events": len(corpus.events),
        "dct_ok": dct_ok,
        "expr_ok": expr_ok,
        "expr_total": expr_total,
        **_peak_mib(_workers(jobs)),
    }


def child_generate(project_dir: Path, jobs: int | None, mode: str) -> dict[str, Any]:
    from generator.config import load_project
    from generator.site import generate

    stages: dict[str, float] = {}
    caches = _instrument(stages)
    project = load_project(project_dir)
    if mode == "generate":
        shutil.rmtree(project_dir / ".linimasa-cache", ignore_errors=True)
    elif mode == "edit":
        # One article edited, as a writer would between two builds.
        files = sorted((project_dir / "seeds").glob("*.txt"))
        target = files[len(files) // 2]
        lang = "en" if target.stem.endswith("_en") else "id"
        target.write_text(target.read_text("utf-8") + EDIT[lang], "utf-8")
    else:
        # One editorial correction: an event of the last build retitled, as an editor would.
        data = project_dir / "content" / "build" / "en" / "data" / "timeline.json"
        events = json.loads(data.read_text("utf-8"))["events"]
        chosen = events[len(events) // 2]["id"]
        editorial = project.editorial
        text = editorial.read_text("utf-8") if editorial.is_file() else "events:\n"
        entry = f'  {chosen}:\n    title: {{en: "Retitled by the editor"}}\n'
        editorial.write_text(text.rstrip("\n") + "\n" + entry, "utf-8")
    t0 = time.perf_counter()
    result = generate(project, jobs)
    seconds = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "stages": stages,
        # The caches' misses (the parent keeps the workers' tally): the articles analysed again.
        "counts": {"analysed": sum(c.misses for c in caches if c.folder is not None)},
        "written": result.written,
        "rendered": result.rendered,  # pages of one event or article
        "fragments": result.fragments,  # parts of the corpus-wide files
        **_peak_mib(_workers(jobs)),
    }


def child_peer(folder: Path, count: int, sample: int) -> dict[str, Any]:
    from dateparser.search import search_dates

    truth = make_corpus(count)
    chosen = list(truth)
    if sample and sample < len(chosen):
        chosen = sorted(random.Random(8).sample(chosen, sample), key=lambda s: s.name)
    search_dates("Senin, 3 Maret 2025", languages=["id"])  # load its data outside the timing
    t0 = time.perf_counter()
    found = 0
    for s in chosen:
        text = (folder / f"{s.name}.txt").read_text("utf-8")
        base = dt.datetime.fromisoformat(s.dct)
        hits = search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base}) or []
        found += len(hits)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "timed": len(chosen), "found": found, **_peak_mib(1)}


def _run_child(args: list[str], timeout: float) -> dict[str, Any] | None:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    env = {**os.environ, "LINIMASA_TRANSLATOR": ""}
    env.pop("LINIMASA_NO_CACHE", None)
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False, env=env
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(f"measurement failed: {' '.join(args)}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---- the driver ------------------------------------------------------------------------------


def make_project(where: Path, count: int) -> Path:
    """A throwaway project whose articles are the synthetic corpus (and nothing of the repo's)."""
    from support import copy_project

    project = copy_project(where)
    shutil.rmtree(project / "seeds")
    write_corpus(project / "seeds", make_corpus(count))
    # An archive has no gold file; scoring against the seeds' would only measure misses.
    (project / "tests" / "gold" / "seeds.yaml").unlink(missing_ok=True)
    return project


def mkdocs_seconds(project: Path) -> dict[str, float]:
    """`mkdocs build` of each language, as `linimasa build` runs it (pages generated before)."""
    env = {**os.environ, "LINIMASA_SKIP_HOOK": "1", "SOURCE_DATE_EPOCH": "0"}
    out: dict[str, float] = {}
    for lang, config in (("id", "mkdocs.yml"), ("en", "mkdocs.en.yml")):
        target = project / f".bench-site-{lang}"
        t0 = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", config, "-d", str(target)],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        out[lang] = time.perf_counter() - t0
        if done.returncode != 0:
            raise SystemExit(f"mkdocs build of {lang} failed:\n{done.stderr[-3000:]}")
        shutil.rmtree(target, ignore_errors=True)
    return out


def _growth(values: list[float | None]) -> str:
    """Growth factor per 10x articles between successive sizes, as `x12.3 x14.0`."""
    parts = []
    for a, b in itertools.pairwise(values):
        parts.append(f"x{b / a:.1f}" if a and b else "-")
    return " ".join(parts) or "-"


def _fmt(value: float | None, unit: str = "s") -> str:
    return "timeout" if value is None else f"{value:.2f} {unit}" if unit else f"{value:.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000", help="comma-separated article counts")
    ap.add_argument("--jobs", type=int, default=None, help="Linimasa worker processes (all)")
    ap.add_argument("--peer-sample", type=int, default=1000, help="peer articles timed at most")
    ap.add_argument("--mkdocs-at", type=int, default=1000, help="size at which to time MkDocs")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per measurement")
    ap.add_argument(
        "--extract-only",
        action="store_true",
        help="measure extraction and the peer only (no generation, edit or MkDocs)",
    )
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        mode, *rest = args.child
        # The project copy's own generator: the code measured stays the same through a run.
        sys.path.insert(0, rest[0] if mode != "peer" else str(ROOT))
        jobs = None if rest[1] == "all" else int(rest[1])
        if mode == "extract":
            result = child_extract(Path(rest[0]), jobs, int(rest[2]))
        elif mode in ("generate", "edit", "correct"):
            result = child_generate(Path(rest[0]), jobs, mode)
        else:
            result = child_peer(Path(rest[0]), int(rest[2]), int(rest[3]))
        print(json.dumps(result))
        return

    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = "all" if args.jobs is None else str(args.jobs)
    cores = args.jobs or os.cpu_count() or 1
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="linimasa-scale-") as tmp:
        for n in sizes:
            project = make_project(Path(tmp) / f"p{n}", n)
            seeds = str(project / "seeds")
            print(f"[{n} articles] extracting ...", file=sys.stderr, flush=True)
            ours = _run_child(["extract", str(project), jobs, str(n)], args.timeout)
            print(f"[{n} articles] search_dates peer ...", file=sys.stderr, flush=True)
            sample = args.peer_sample if n > args.peer_sample else 0
            peer = _run_child(["peer", seeds, jobs, str(n), str(sample)], args.timeout)
            gen = edit = correct = None
            if not args.extract_only:
                print(f"[{n} articles] generating (cold) ...", file=sys.stderr, flush=True)
                gen = _run_child(["generate", str(project), jobs], args.timeout)
            if gen is not None:
                print(f"[{n} articles] one-article edit ...", file=sys.stderr, flush=True)
                edit = _run_child(["edit", str(project), jobs], args.timeout)
                print(f"[{n} articles] one editorial correction ...", file=sys.stderr, flush=True)
                correct = _run_child(["correct", str(project), jobs], args.timeout)
            docs = None
            if n == args.mkdocs_at and gen is not None:
                print(f"[{n} articles] mkdocs build ...", file=sys.stderr, flush=True)
                docs = mkdocs_seconds(project)
            rows.append(
                {
                    "n": n,
                    "ours": ours,
                    "peer": peer,
                    "gen": gen,
                    "edit": edit,
                    "correct": correct,
                    "docs": docs,
                }
            )
            shutil.rmtree(project, ignore_errors=True)
    report(rows, cores, args)


def report(rows: list[dict[str, Any]], cores: int, args: argparse.Namespace) -> None:
    print(
        f"Linimasa at scale: synthetic corpus (benchmarks/corpus.py), {cores} process(es) "
        f"analysing on {os.cpu_count()} core(s); peer = single-process dateparser search_dates loop "
        "(languages=['id'], RELATIVE_BASE = true date)\n"
    )
    head = (
        "| articles | extract+merge | Linimasa art/s | peer art/s | ratio | generate (cold) "
        "| one-article edit | one correction | peak RSS extract | peak RSS generate "
        "| dates right |"
    )
    print(head)
    print("|---:" * 11 + "|")
    ext, gen, edit, correct, rss_e, rss_g, ratio_col = [], [], [], [], [], [], []
    notes = []
    for r in rows:
        n, ours, peer = r["n"], r["ours"], r["peer"]
        ours_s = ours["seconds"] if ours else None
        ours_rate = n / ours_s if ours_s else None
        peer_rate = peer["timed"] / peer["seconds"] if peer else None
        ratio = ours_rate / peer_rate if ours_rate and peer_rate else None
        if peer and peer["timed"] < n:
            notes.append(
                f"peer at {n:,}: timed on a random sample of {peer['timed']:,} articles, "
                "throughput extrapolated per article"
            )
        g = r["gen"]["seconds"] if r["gen"] else None
        e = r["edit"]["seconds"] if r["edit"] else None
        c = r["correct"]["seconds"] if r["correct"] else None
        skipped = "-" if args.extract_only else None
        right = (
            f"DCT {ours['dct_ok']}/{ours['articles']}, expr {ours['expr_ok']}/{ours['expr_total']}"
            if ours
            else "-"
        )
        print(
            f"| {n:,} | {_fmt(ours_s)} | {_fmt(ours_rate, '')} | "
            f"{'-' if peer_rate is None else f'{peer_rate:.1f}'} | "
            f"{'-' if ratio is None else f'{ratio:.1f}x'} | {skipped or _fmt(g)} | "
            f"{skipped or _fmt(e)} | {skipped or _fmt(c)} | "
            f"{_fmt(ours['rss_tree'] if ours else None, 'MiB')} | "
            f"{skipped or _fmt(r['gen']['rss_tree'] if r['gen'] else None, 'MiB')} | {right} |"
        )
        ext.append(ours_s)
        gen.append(g)
        edit.append(e)
        correct.append(c)
        rss_e.append(ours["rss_tree"] if ours else None)
        rss_g.append(r["gen"]["rss_tree"] if r["gen"] else None)
        ratio_col.append(ratio)
    sizes = [r["n"] for r in rows]
    print(f"\nGrowth per step of sizes {' -> '.join(f'{n:,}' for n in sizes)}")
    print("(per 10x articles: 10 = linear, ~13 = n log n, 100 = quadratic)")
    print(f"  extract+merge      {_growth(ext)}")
    for stage in ("load + analyse", "merge"):
        values = [r["ours"]["stages"].get(stage) if r["ours"] else None for r in rows]
        print(f"    {stage:<26} {_growth(values)}")
    print(f"  generate (cold)    {_growth(gen)}")
    for stage in ("render: corpus-wide pages + keys", "write", "serialize"):
        values = [r["gen"]["stages"].get(stage) if r["gen"] else None for r in rows]
        print(f"    {stage:<26} {_growth(values)}")
    print(f"  one-article edit   {_growth(edit)}")
    print(f"  one correction     {_growth(correct)}")
    print(f"  peak RSS extract   {_growth(rss_e)}")
    print(f"  peak RSS generate  {_growth(rss_g)}")
    print("\nWhere the time goes (seconds per stage)")
    for r in rows:
        for label, key in (
            ("extract", "ours"),
            ("generate", "gen"),
            ("edit", "edit"),
            ("correct", "correct"),
        ):
            m = r[key]
            if not m:
                continue
            stages = ", ".join(f"{k} {v:.2f}" for k, v in sorted(m["stages"].items()))
            extra = ""
            if key in ("edit", "correct"):
                extra = (
                    f"; articles analysed again: {m['counts'].get('analysed', 0)}, pages "
                    f"rendered again: {m.get('rendered', '-')}, fragments: {m.get('fragments', '-')}"
                )
            print(f"  {r['n']:>6,} {label:<8} {stages}{extra}")
    print(
        "\nThe CPU bound of extract+merge: everything after the analysis (merge, translation "
        "lookups) runs in one process, so even with the analysis shared perfectly by the "
        "cores it takes at least analysis CPU / cores + that"
    )
    for r in rows:
        ours, peer = r["ours"], r["peer"]
        if not ours or "cpu" not in ours:
            continue
        serial = ours["seconds"] - ours["stages"].get("load + analyse", 0.0)
        shared = max(0.0, ours["cpu"] - serial)
        bound = shared / cores + serial
        best = ""
        if peer:
            rate = peer["timed"] / peer["seconds"]
            budget = r["n"] / (10 * rate)  # seconds for ten times the peer's throughput
            need = (
                f"{math.ceil(shared / (budget - serial))} cores"
                if budget > serial
                else "no number of cores (the one-process part alone is over it)"
            )
            best = (
                f": at most {r['n'] / bound / rate:.1f}x the peer; 10x ({budget:.2f} s) "
                f"would take {need}"
            )
        print(
            f"  {r['n']:>6,} analysis {shared:.2f} s of CPU, then {serial:.2f} s in one process; "
            f"bound on {cores} core(s) {bound:.2f} s (measured {ours['seconds']:.2f} s){best}"
        )
    for r in rows:
        if r["docs"]:
            d = r["docs"]
            print(
                f"\nmkdocs build at {r['n']:,} articles: id {d['id']:.1f} s, en {d['en']:.1f} s, "
                f"both {d['id'] + d['en']:.1f} s"
            )
    for note in notes:
        print(f"\nNote: {note}")
    print(
        "Peak RSS = the measuring process's largest resident set + workers x the largest "
        "worker's (forked workers share pages, so this over-counts)."
    )
    only = " --extract-only" if args.extract_only else ""
    print(f"\nReproduce: .venv/bin/python benchmarks/bench_scale.py --sizes {args.sizes}{only}")


if __name__ == "__main__":
    main()
