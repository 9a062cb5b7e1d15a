"""Test helpers: a throwaway copy of the project, so tests never touch the working site/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What a project is made of (everything `linimasa build` reads), relative to its root.
PROJECT_FILES = ("mkdocs.yml", "mkdocs.en.yml", "pyproject.toml")
PROJECT_DIRS = ("seeds", "content/pages", "content/translations", "tests/gold")


def copy_project(target: Path) -> Path:
    """A copy of the project's inputs at `target`, with empty generated areas."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, target / name)
    for name in PROJECT_DIRS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, target / name)
    for extra in ("content/editorial.yaml",):
        if (ROOT / extra).is_file():
            shutil.copy2(ROOT / extra, target / extra)
    # The theme and the MkDocs plugin come from the installed package, as in any project.
    for lang in ("id", "en", "theme"):
        area = target / "content" / "build" / lang
        area.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / "content" / "build" / lang / ".gitignore", area / ".gitignore")
    return target


def linimasa(
    project: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the command line on `project` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "-C", str(project), *args],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


def mkdocs_serve(project: Path, port: int, *options: str) -> subprocess.Popen[str]:
    """`mkdocs serve` of `project` with live reload (MkDocs only watches files with it) and the
    hook on, its log on stderr."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    env.pop("LINIMASA_SKIP_HOOK", None)
    command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"]
    return subprocess.Popen(
        [*command, *options],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def article_texts() -> list[str]:
    """Every real article the tests hold: the seeds and both held-out sets."""
    folders = (
        ROOT / "seeds",
        ROOT / "tests" / "heldout" / "articles",
        ROOT / "tests" / "heldout2" / "articles",
    )
    return [p.read_text("utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]


_MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
_PLACES = ("Sukamaju", "Tanjung Harapan", "Bukit Indah", "Sungai Jernih", "Padang Luas")
_WORKS = ("jembatan gantung", "pasar rakyat", "bendungan kecil", "sekolah dasar", "jalan desa")


def made_up_articles(count: int) -> dict[str, str]:
    """`count` short Indonesian news articles of our own words (file name -> text), each with a
    publication date and a few dated developments, for corpora bigger than the seeds."""
    months = _MONTHS.split()
    articles = {}
    for i in range(count):
        place, work = _PLACES[i % len(_PLACES)], _WORKS[(i // len(_PLACES)) % len(_WORKS)]
        day, month, year = 1 + i % 28, months[i % 12], 2030 + i % 4
        articles[f"buatan-{i:04d}.txt"] = (
            f"Warga {place} Meresmikan {work.title()} Nomor {i}\n\n"
            f"{place.upper()}, {day} {month} {year} - Warga {place} meresmikan {work} baru "
            f"pada {day} {month} {year}, kata kepala desa kepada wartawan di balai desa.\n\n"
            f"Pembangunan {work} itu dimulai dua tahun lalu dan sempat terhenti pada awal "
            f"{year - 1} karena banjir besar yang merendam puluhan rumah warga.\n\n"
            f"Pemerintah kabupaten berjanji akan memperbaiki saluran air sebelum musim hujan "
            f"tahun depan, ujar camat {place} pada Senin ({day}/{1 + i % 12}/{year}).\n"
        )
    return articles
