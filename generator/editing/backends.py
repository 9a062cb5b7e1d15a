"""Machine translation backends: optional, local, never downloading.

A backend fills what the translation memory lacks with drafts that pages mark as machine
translations until an editor accepts them (copies them into the memory without `machine: true`).
Only engines already installed with their models are used; a missing engine or model is a clear
diagnostic, and everything works without a backend.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from typing import Any

from generator.core.model import Diagnostic
from generator.editing.translate import Backend


class ArgosBackend:
    """Argos Translate (offline neural MT) with language packages installed beforehand."""

    name = "argos"

    def __init__(self, module: Any) -> None:
        self._translate = module

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        return [self._translate.translate(t, source, target) if t else "" for t in texts]

    def pairs(self) -> set[tuple[str, str]]:
        """Installed (source, target) language pairs."""
        found = set()
        for language in self._translate.get_installed_languages():
            for other in self._translate.get_installed_languages():
                if other.code != language.code and language.get_translation(other) is not None:
                    found.add((language.code, other.code))
        return found


def load_backend(
    name: str | None, needed: Sequence[tuple[str, str]], where: str
) -> tuple[Backend | None, list[Diagnostic]]:
    """The backend called `name` (None or "" = none), checked to translate every `needed` pair.

    `where` names the setting in messages (e.g. "pyproject.toml [tool.linimasa] translator").
    """
    if not name:
        return None, []
    if name != "argos":
        return None, [Diagnostic("error", where, f"unknown translator {name!r}; known: argos")]
    try:
        module = import_module("argostranslate.translate")
    except ImportError:
        return None, [
            Diagnostic(
                "error",
                where,
                "translator 'argos' is not installed: pip install argostranslate, then install "
                "its language packages with argospm (Linimasa never downloads a model)",
            )
        ]
    backend = ArgosBackend(module)
    missing = sorted(set(needed) - backend.pairs())
    if missing:
        pairs = ", ".join(f"{a}->{b}" for a, b in missing)
        return None, [
            Diagnostic(
                "error",
                where,
                f"translator 'argos' has no installed model for {pairs}; install it with argospm "
                "(Linimasa never downloads a model)",
            )
        ]
    return backend, []
