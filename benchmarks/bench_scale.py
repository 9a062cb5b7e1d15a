"""How Linimasa scales with the corpus: throughput, generation, rebuilds, memory, growth.

Run by hand: `.venv/bin/python benchmarks/bench_scale.py [--families dated,plain,wire]
[--sizes 1000,10000]`. For each family of benchmarks/corpus.py (`dated`: synthetic articles that
carry their date; `plain`: plain-text archives whose dates are in the text or nowhere, a quarter
undated; `wire`: the same with wire copy republished as near-copies, a share with metadata) and
each size, it writes the articles (true dates known) into a throwaway copy of the project (never
the repository's seeds/, content/ or site/), and in fresh processes measures:

- extraction and merge (`extract_project`: load, date, events, anchor, merge; every core, cold
  cache) against a user's single-process `search_dates` loop over the same files
  (`languages=['id']`, `RELATIVE_BASE` = the true publication date), timed in the same run; above
  `--peer-sample` articles the peer is timed on a fixed random sample and its rate extrapolated;
- a full generation (`linimasa generate`: extract, render, write) from a cold cache;
- a rebuild in which nothing changed, with a warm cache;
- regeneration after editing one article, with a warm cache, with the time of each stage;
- regeneration after one editorial correction (an event retitled in content/editorial.yaml);
- `mkdocs build` of both languages at `--mkdocs-at` articles (first family only);
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

from corpus import FAMILIES, make_family, write_corpus  # noqa: E402

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
            t0, cpu0 = time.perf_counter(), _cpu_seconds()
            try:
                return inner(*args, **kwargs)
            finally:
                stages[name] = stages.get(name, 0.0) + time.perf_counter() - t0
                # CPU of this process and of the workers the stage started and ended.
                cpu = f"cpu: {name}"
                stages[cpu] = stages.get(cpu, 0.0) + _cpu_seconds() - cpu0

        setattr(module, attr, timed)

    return wrap


def _instrument(stages: dict[str, float]) -> list[Any]:
    """Time the stages into `stages`; returns the caches the build makes (filled as it runs)."""
    from generator import pipeline, site
    from generator.publish import exports, pagecache, render, serialize, write

    wrap = _stage_timer(stages)
    wrap(pipeline, "load_and_analyse", "load + analyse")
    wrap(pipeline.anchoring, "corpus_dates", "anchor (all)")
    wrap(pipeline.anchoring, "_profiles", "anchor: profiles")
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


def child_extract(project_dir: Path, jobs: int | None, count: int, family: str) -> dict[str, Any]:
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
    truth = {s.name: s for s in make_family(family, count)}
    dct_ok = expr_ok = expr_total = undated = undated_ok = undated_none = 0
    for d in corpus.articles:
        s = truth.get(d.article.id)
        if s is None:
            continue
        dct_ok += d.dct.value == s.dct
        if not s.own_date:  # its date only the corpus can give
            undated += 1
            undated_ok += d.dct.value == s.dct
            undated_none += d.dct.value is None
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
        "undated": undated,
        "undated_ok": undated_ok,
        "undated_none": undated_none,
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
    elif mode == "rebuild":
        pass  # nothing changed since the last build
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
        "counts": {
            "analysed": sum(
                c.misses for c in caches if c.folder is not None and c.kind == "articles"
            )
        },
        "written": result.written,
        "rendered": result.rendered,  # pages of one event or article
        "fragments": result.fragments,  # parts of the corpus-wide files
        **_peak_mib(_workers(jobs)),
    }


def child_peer(folder: Path, count: int, sample: int, family: str) -> dict[str, Any]:
    from dateparser.search import search_dates

    truth = make_family(family, count)
    chosen = list(truth)
    if sample and sample < len(chosen):
        chosen = sorted(random.Random(8).sample(chosen, sample), key=lambda s: s.name)
    search_dates("Senin, 3 Maret 2025", languages=["id"])  # load its data outside the timing
    t0, cpu0 = time.perf_counter(), _cpu_seconds()
    found = 0
    for s in chosen:
        text = (folder / f"{s.name}.txt").read_text("utf-8")
        base = dt.datetime.fromisoformat(s.dct)
        hits = search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base}) or []
        found += len(hits)
    seconds, cpu = time.perf_counter() - t0, _cpu_seconds() - cpu0
    return {"seconds": seconds, "cpu": cpu, "timed": len(chosen), "found": found, **_peak_mib(1)}


def _run_child(args: list[str], timeout: float) -> dict[str, Any] | None:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    env = {**os.environ, "LINIMASA_TRANSLATOR": ""}
    env.pop("LINIMASA_NO_CACHE", None)
    load = os.getloadavg()[0]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False, env=env
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(f"measurement failed: {' '.join(args)}\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # How busy the machine was (other processes too): the 1-minute load before and after.
    result["load"] = (load, os.getloadavg()[0])
    return result


# ---- the driver ------------------------------------------------------------------------------


def make_project(where: Path, count: int, family: str = "dated") -> Path:
    """A throwaway project whose articles are a family of the synthetic corpus (and nothing of
    the repository's)."""
    from support import copy_project

    project = copy_project(where)
    shutil.rmtree(project / "seeds")
    write_corpus(project / "seeds", make_family(family, count))
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
    ap.add_argument("--families", default=",".join(FAMILIES), help="comma-separated families")
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    ap.add_argument("--jobs", type=int, default=None, help="Linimasa worker processes (all)")
    ap.add_argument("--peer-sample", type=int, default=1000, help="peer articles timed at most")
    ap.add_argument("--mkdocs-at", type=int, default=0, help="size at which to time MkDocs")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per measurement")
    ap.add_argument(
        "--extract-only",
        action="store_true",
        help="measure extraction and the peer only (no generation, rebuilds or MkDocs)",
    )
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        mode, *rest = args.child
        # The project copy's own generator: the code measured stays the same through a run.
        sys.path.insert(0, rest[0] if mode != "peer" else str(ROOT))
        jobs = None if rest[1] == "all" else int(rest[1])
        if mode == "extract":
            result = child_extract(Path(rest[0]), jobs, int(rest[2]), rest[3])
        elif mode in ("generate", "rebuild", "edit", "correct"):
            result = child_generate(Path(rest[0]), jobs, mode)
        else:
            result = child_peer(Path(rest[0]), int(rest[2]), int(rest[3]), rest[4])
        print(json.dumps(result))
        return

    families = [f for f in args.families.split(",") if f]
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        raise SystemExit(f"unknown families {unknown}: choose among {', '.join(FAMILIES)}")
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = "all" if args.jobs is None else str(args.jobs)
    cores = args.jobs or os.cpu_count() or 1
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="linimasa-scale-") as tmp:
        for family in families:
            for n in sizes:
                rows.append(_measure(Path(tmp), family, n, jobs, args, family == families[0]))
    report(rows, cores, args)


def _measure(
    tmp: Path, family: str, n: int, jobs: str, args: argparse.Namespace, first: bool
) -> dict[str, Any]:
    """Every measurement of one family at one size."""
    project = make_project(tmp / f"{family}{n}", n, family)
    seeds = str(project / "seeds")

    def say(what: str) -> None:
        print(f"[{family}, {n} articles] {what} ...", file=sys.stderr, flush=True)

    say("extracting")
    ours = _run_child(["extract", str(project), jobs, str(n), family], args.timeout)
    say("search_dates peer")
    sample = args.peer_sample if n > args.peer_sample else 0
    peer = _run_child(["peer", seeds, jobs, str(n), str(sample), family], args.timeout)
    row: dict[str, Any] = {"family": family, "n": n, "ours": ours, "peer": peer, "docs": None}
    for mode, label in (
        ("generate", "generating (cold)"),
        ("rebuild", "rebuilding, nothing changed"),
        ("edit", "one-article edit"),
        ("correct", "one editorial correction"),
    ):
        row[mode] = None
        if args.extract_only or (mode != "generate" and row["generate"] is None):
            continue
        say(label)
        row[mode] = _run_child([mode, str(project), jobs], args.timeout)
    if first and n == args.mkdocs_at and row["generate"] is not None:
        say("mkdocs build")
        row["docs"] = mkdocs_seconds(project)
    shutil.rmtree(project, ignore_errors=True)
    return row


def _seconds(m: dict[str, Any] | None) -> float | None:
    return m["seconds"] if m else None


def report(rows: list[dict[str, Any]], cores: int, args: argparse.Namespace) -> None:
    print(
        f"Linimasa at scale: the families of benchmarks/corpus.py, {cores} process(es) "
        f"analysing on {os.cpu_count()} core(s); peer = single-process dateparser search_dates "
        "loop (languages=['id'], RELATIVE_BASE = true date), timed in the same run\n"
    )
    head = (
        "| family | articles | extract+merge | peer | ratio | generate (cold) | rebuild, "
        "no change | one-article edit | one correction | peak RSS | dates right |"
    )
    print(head)
    print("|---|" + "---:|" * 10)
    notes = []
    for r in rows:
        n, ours, peer = r["n"], r["ours"], r["peer"]
        ours_s = _seconds(ours)
        peer_s = n * peer["seconds"] / peer["timed"] if peer else None  # for all n articles
        r["ratio"] = peer_s / ours_s if ours_s and peer_s else None
        if peer and peer["timed"] < n:
            notes.append(
                f"peer at {n:,}: timed on a random sample of {peer['timed']:,} articles, "
                "its time extrapolated per article"
            )
        skipped = "-" if args.extract_only else None
        rss = _peak(r)
        right = "-"
        if ours:
            right = f"DCT {ours['dct_ok']}/{ours['articles']}"
            if ours["undated"]:
                right += (
                    f" (undated: {ours['undated_ok']}/{ours['undated']} right, "
                    f"{ours['undated_none']} left undated)"
                )
            right += f", expressions {ours['expr_ok']}/{ours['expr_total']}"
        print(
            f"| {r['family']} | {n:,} | {_fmt(ours_s)} | {_fmt(peer_s)} | "
            f"{_ratio(r['ratio'])} | "
            f"{skipped or _fmt(_seconds(r['generate']))} | "
            f"{skipped or _fmt(_seconds(r['rebuild']))} | {skipped or _fmt(_seconds(r['edit']))} | "
            f"{skipped or _fmt(_seconds(r['correct']))} | {_fmt(rss, 'MiB')} | {right} |"
        )
    families = list(dict.fromkeys(r["family"] for r in rows))
    sizes = list(dict.fromkeys(r["n"] for r in rows))
    print(f"\nGrowth per step of sizes {' -> '.join(f'{n:,}' for n in sizes)}")
    print("(per 10x articles: 10 = linear, ~13 = n log n, 100 = quadratic)")
    for family in families:
        mine = [r for r in rows if r["family"] == family]
        print(f"  {family}")
        print(f"    extract+merge        {_growth([_seconds(r['ours']) for r in mine])}")
        for stage in ("load + analyse", "anchor (all)", "anchor: profiles", "merge"):
            values = [r["ours"]["stages"].get(stage) if r["ours"] else None for r in mine]
            print(f"      {stage:<20} {_growth(values)}")
        for mode in ("generate", "rebuild", "edit", "correct"):
            print(f"    {mode:<20} {_growth([_seconds(r[mode]) for r in mine])}")
        print(f"    peak RSS             {_growth([_peak(r) for r in mine])}")
    print("\nWhere the time goes (seconds per stage)")
    for r in rows:
        for label in ("ours", "generate", "rebuild", "edit", "correct"):
            m = r[label]
            if not m:
                continue
            stages = ", ".join(f"{k} {v:.2f}" for k, v in sorted(m["stages"].items()))
            extra = ""
            if label in ("rebuild", "edit", "correct"):
                extra = (
                    f"; articles analysed again: {m['counts'].get('analysed', 0)}, pages "
                    f"rendered again: {m.get('rendered', '-')}, fragments: {m.get('fragments', '-')}"
                )
            name = "extract" if label == "ours" else label
            print(f"  {r['family']:<6} {r['n']:>6,} {name:<8} {stages}{extra}")
    print(
        "\nCPU time (this process and its workers; what other processes on the machine do "
        "slows the wall times above but hardly these): extract+merge against the peer's"
    )
    for r in rows:
        ours, peer = r["ours"], r["peer"]
        if not ours or "cpu" not in ours:
            continue
        stages = ", ".join(
            f"{k[5:]} {v:.2f}" for k, v in sorted(ours["stages"].items()) if k.startswith("cpu: ")
        )
        vs = ""
        if peer and "cpu" in peer:
            peer_cpu = r["n"] * peer["cpu"] / peer["timed"]
            vs = f"; peer {peer_cpu:.2f} s: {peer_cpu / ours['cpu']:.1f}x"
        loads = ", ".join(
            f"{label} {m['load'][0]:.1f}-{m['load'][1]:.1f}"
            for label, m in (("extract", ours), ("peer", peer))
            if m and "load" in m
        )
        print(
            f"  {r['family']:<6} {r['n']:>6,} {ours['cpu']:.2f} s ({stages}){vs} "
            f"[1-minute load: {loads}]"
        )
    for family in families:
        mine = [r for r in rows if r["family"] == family and r["ours"]]
        print(f"  {family}: CPU growth {_growth([r['ours'].get('cpu') for r in mine])}")
    for r in rows:
        if r["docs"]:
            d = r["docs"]
            print(
                f"\nmkdocs build at {r['n']:,} articles ({r['family']}): id {d['id']:.1f} s, "
                f"en {d['en']:.1f} s, both {d['id'] + d['en']:.1f} s"
            )
    for note in dict.fromkeys(notes):
        print(f"\nNote: {note}")
    print(
        "Peak RSS = the largest of extraction, generation and the edit: the measuring "
        "process's largest resident set + workers x the largest worker's (forked workers share "
        "pages, so this over-counts)."
    )
    only = " --extract-only" if args.extract_only else ""
    print(
        f"\nReproduce: .venv/bin/python benchmarks/bench_scale.py --families {args.families} "
        f"--sizes {args.sizes}{only}"
    )


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}x"


def _peak(r: dict[str, Any]) -> float | None:
    return max((m["rss_tree"] for m in (r["ours"], r["generate"], r["edit"]) if m), default=None)


if __name__ == "__main__":
    main()
