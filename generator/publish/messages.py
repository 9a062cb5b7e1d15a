"""The interface-text catalogue: one YAML file per language in generator/publish/messages/.

Every user-visible string of a generated page is looked up here by a dotted key, so a template
never hard-codes text and a new language is a new YAML file.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml
from babel import Locale


class MessageError(KeyError):
    """A key that the catalogue of a language does not have."""


@cache
def catalogue(lang: str) -> Mapping[str, Any]:
    """The whole catalogue of `lang`, read once per process (package data, not user input)."""
    text = (
        resources.files("generator.publish").joinpath("messages", f"{lang}.yaml").read_text("utf-8")
    )
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise MessageError(f"messages/{lang}.yaml is not a mapping")
    return data


@cache  # the catalogue is read once per process, so an entry never changes: pages ask a lot
def lookup(lang: str, key: str) -> Any:
    """The entry at dotted `key` ("status.happened"); a string or a nested mapping."""
    node: Any = catalogue(lang)
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise MessageError(f"messages/{lang}.yaml has no {key!r}")
        node = node[part]
    return node


def text(lang: str, key: str, **values: object) -> str:
    """The string at `key`, with `{name}` placeholders filled from `values`."""
    entry = lookup(lang, key)
    if not isinstance(entry, str):
        raise MessageError(f"messages/{lang}.yaml: {key!r} is not a string")
    return entry.format(**values) if values else entry


def plural(lang: str, key: str, n: int, **values: object) -> str:
    """The plural form of `key` that the language's CLDR rule picks for `n`, `{n}` filled in."""
    forms = lookup(lang, key)
    if not isinstance(forms, Mapping):
        raise MessageError(f"messages/{lang}.yaml: {key!r} has no plural forms")
    form = _plural_form(lang)(n)
    chosen = forms.get(form, forms["other"])
    return str(chosen).format(n=n, **values)


@cache
def _plural_form(lang: str) -> Any:
    """The CLDR plural rule of `lang` (parsing the locale on every plural is slow)."""
    return Locale.parse(lang).plural_form


class Messages:
    """`text`, `plural` and `lookup` bound to one language, handed to the templates as `m`."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        catalogue(lang)  # fail early on a missing catalogue

    def __call__(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def plural(self, key: str, n: int, **values: object) -> str:
        return plural(self.lang, key, n, **values)

    def lookup(self, key: str) -> Any:
        return lookup(self.lang, key)


def flat_keys(node: Mapping[str, Any], prefix: str = "") -> set[str]:
    """Every dotted key of a catalogue, for comparing the languages."""
    keys: set[str] = set()
    for name, value in node.items():
        dotted = f"{prefix}{name}"
        if isinstance(value, Mapping):
            keys |= flat_keys(value, dotted + ".")
        else:
            keys.add(dotted)
    return keys
