"""The package's layout is its architecture: stages import only downwards, and nothing cycles.

`core` (the shared records) is below every stage; the stages are ordered read <- dates <-
events <- editing <- publish; the modules at the top of `generator/` (pipeline, site, cli...)
orchestrate them and may import any of them, but no stage imports them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
LAYERS = ("core", "read", "dates", "events", "editing", "publish")


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The generator modules `path` imports (`from generator.x import y` names x.y when y is a
    module, else x)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path.name}: relative import")
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator"):
            base = node.module or ""
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if _exists(sub) else base)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("generator"))
    return found


def _exists(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


def _layer(module: str) -> int:
    """0.. for the stage subpackages in order; len(LAYERS) for the modules at the top; -1 for
    the package root, which holds only the version."""
    parts = module.split(".")
    if len(parts) == 1:
        return -1
    if parts[1] in LAYERS and (len(parts) > 2 or (PACKAGE / parts[1]).is_dir()):
        return LAYERS.index(parts[1])
    return len(LAYERS)


GRAPH = {_module(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_stage_has_its_folder() -> None:
    for layer in LAYERS:
        assert (PACKAGE / layer / "__init__.py").is_file(), layer


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if _layer(m) < len(LAYERS)))
def test_a_stage_imports_only_its_own_or_lower_stages(module: str) -> None:
    upward = sorted(i for i in GRAPH[module] if _layer(i) > _layer(module))
    assert not upward, f"{module} imports {upward}"


def test_the_package_root_imports_nothing_of_the_package() -> None:
    assert GRAPH["generator"] == set()


def test_no_import_cycle() -> None:
    state: dict[str, int] = {}

    def visit(module: str, path: tuple[str, ...]) -> None:
        if state.get(module) == 2:
            return
        assert state.get(module) != 1, " -> ".join((*path, module))
        state[module] = 1
        for target in sorted(GRAPH.get(module, ())):
            if target != module and target in GRAPH:
                visit(target, (*path, module))
        state[module] = 2

    for module in sorted(GRAPH):
        visit(module, ())


def test_the_checks_see_a_violation() -> None:
    """The rule is not vacuous: the layer of a top module is above every stage, and a stage
    module importing it would be reported."""
    assert (
        _layer("generator.pipeline")
        > _layer("generator.publish.render")
        > _layer("generator.core.model")
    )
    assert _layer("generator.dates.recognise") < _layer("generator.events.merge")
