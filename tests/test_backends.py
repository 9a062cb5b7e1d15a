"""Machine translation is optional, local, clearly marked, and never downloads anything."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from generator.core.model import Event, Source
from generator.editing import backends
from generator.editing.translate import stub_entries, translate_events


class FakeLanguage:
    def __init__(self, code: str, targets: tuple[str, ...]) -> None:
        self.code = code
        self.targets = targets

    def get_translation(self, other: FakeLanguage) -> object | None:
        return object() if other.code in self.targets else None


def fake_argos(pairs: dict[str, tuple[str, ...]]) -> Any:
    languages = [FakeLanguage(code, targets) for code, targets in pairs.items()]
    return SimpleNamespace(
        get_installed_languages=lambda: languages,
        translate=lambda text, source, target: f"[{source}->{target}] {text}",
    )


def use_module(monkeypatch: pytest.MonkeyPatch, module: Any) -> None:
    def importer(name: str) -> Any:
        if module is None:
            raise ImportError(name)
        return module

    monkeypatch.setattr(backends, "import_module", importer)


def test_no_backend_is_the_default() -> None:
    assert backends.load_backend("", [("id", "en")], "cfg") == (None, [])


def test_unknown_and_uninstalled_backends_are_diagnostics(monkeypatch: pytest.MonkeyPatch) -> None:
    _, problems = backends.load_backend("deepl", [("id", "en")], "cfg")
    assert "unknown translator" in problems[0].message
    use_module(monkeypatch, None)
    backend, problems = backends.load_backend("argos", [("id", "en")], "cfg")
    assert backend is None
    assert "not installed" in problems[0].message
    assert "never downloads" in problems[0].message


def test_missing_model_is_reported_not_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    use_module(monkeypatch, fake_argos({"en": ("id",), "id": ()}))
    backend, problems = backends.load_backend("argos", [("id", "en"), ("en", "id")], "cfg")
    assert backend is None
    assert "id->en" in problems[0].message


def test_drafts_are_marked_until_an_editor_accepts_them(monkeypatch: pytest.MonkeyPatch) -> None:
    use_module(monkeypatch, fake_argos({"id": ("en",), "en": ("id",)}))
    backend, problems = backends.load_backend("argos", [("id", "en")], "cfg")
    assert problems == []
    quote = "Jembatan dibuka pada Sabtu."
    event = Event(
        id="2031-03-08-jembatan",
        date="2031-03-08",
        status="happened",
        title={"id": "Jembatan dibuka"},
        summary={"id": quote},
        sources=(Source("a", quote, 0, len(quote), "Sabtu", 21, 26, "2031-03-08", quote_id="q1"),),
    )
    (out,), _ = translate_events([event], {}, backend)
    assert out.translation["en"] == "machine"
    assert out.title["en"] == "[id->en] Jembatan dibuka"
    assert out.sources[0].machine == ("en",)
    stubs = stub_entries([out], "en")
    assert stubs["events"]["2031-03-08-jembatan"]["machine"] is True
    assert stubs["events"]["2031-03-08-jembatan"]["title"] == "[id->en] Jembatan dibuka"
    assert stubs["quotes"]["q1"] == {
        "source": stubs["quotes"]["q1"]["source"],
        "original": quote,
        "text": f"[id->en] {quote}",
        "machine": True,
    }
