"""House rules that can be checked mechanically: the one-way import rule, its named seams, no import cycles,
nothing in the package reaching outside it.

The rule: `core` knows no technique; a technique imports `core` and never a sibling, except through a seam
named here (prima runs bitnet checkpoints, in prima/bitnet_stage.py, imported only when one is loaded).
Relative imports are resolved before the rule is applied."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "nanofrontier"
TECHNIQUES = ("xverify", "bitnet", "prima", "climb", "antidistill", "genius", "internvl", "seaweed")
# module -> the sibling techniques it may import (the seams docs/prima.md names)
SEAMS = {"nanofrontier.prima.bitnet_stage": {"bitnet"}}
# seam modules that others may import only inside a function (so that a Llama ring never loads bitnet)
LAZY_ONLY = {"nanofrontier.prima.bitnet_stage"}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports(path: Path) -> list[tuple[str, bool, int]]:
    """(absolute module imported, at module level?, line) for every import outside `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text())
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: list[tuple[str, bool, int]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue
            if isinstance(child, ast.Import):
                out.extend((alias.name, top, child.lineno) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[:len(anchor) - (child.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                out.append((base, top, child.lineno))
                for alias in child.names:  # `from pkg import module` imports the module
                    candidate = f"{base}.{alias.name}"
                    if (SRC.parent / candidate.replace(".", "/")).with_suffix(".py").exists():
                        out.append((candidate, top, child.lineno))
            visit(child, top and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(tree, True)
    return out


def package_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "nanofrontier" and len(parts) > 1 else None


MODULES = sorted(SRC.rglob("*.py"))


def test_core_imports_no_technique():
    for path in (SRC / "core").rglob("*.py"):
        bad = [(m, line) for m, _, line in imports(path) if package_of(m) in TECHNIQUES]
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"


def test_core_never_names_a_technique():
    for path in (SRC / "core").rglob("*.py"):
        text = path.read_text().lower()
        named = [t for t in TECHNIQUES if f"nanofrontier.{t}" in text]
        assert not named, f"{path.relative_to(SRC)} mentions {named}"


def test_a_technique_imports_only_core_and_its_named_seams():
    for path in MODULES:
        own = package_of(module_name(path))
        if own not in TECHNIQUES:
            continue
        allowed = SEAMS.get(module_name(path), set())
        bad = [(m, line) for m, _, line in imports(path)
               if package_of(m) in TECHNIQUES and package_of(m) != own and package_of(m) not in allowed]
        assert not bad, f"{path.relative_to(SRC)} imports a sibling technique outside a named seam: {bad}"


def test_seams_are_imported_lazily():
    for path in MODULES:
        eager = [(m, line) for m, top, line in imports(path) if top and m in LAZY_ONLY]
        assert not eager, f"{path.relative_to(SRC)} imports {eager} at module level; import it where it is needed"


def test_no_import_cycles():
    graph = {module_name(p): {m for m, _, _ in imports(p) if m.startswith("nanofrontier.")} for p in MODULES}
    graph = {k: {m for m in v if m in graph and m != k} for k, v in graph.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_the_package_reaches_nothing_outside_it():
    """An installed package has no benchmarks/ or tests/ beside it: data ships as package data."""
    for path in MODULES:
        text = path.read_text()
        for outside in ("parents[2]", "parents[3]", '"benchmarks"', "'benchmarks'"):
            assert outside not in text, f"{path.relative_to(SRC)} reaches outside the package ({outside!r})"


def top_level_names_defined_twice(tree: ast.Module) -> list[tuple[str, int]]:
    """(name, line) for each module-level name bound a second time by an assignment, a def or a class."""
    seen, twice = set(), []
    for node in tree.body:
        names = [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else \
            [node.name] if isinstance(node, (ast.FunctionDef, ast.ClassDef)) else []
        for name in names:
            if name in seen:
                twice.append((name, node.lineno))
            seen.add(name)
    return twice


def test_no_module_level_name_is_defined_twice():
    """A second definition silently replaces the first everywhere the name is used (a rule that never ran)."""
    for path in MODULES:
        twice = top_level_names_defined_twice(ast.parse(path.read_text()))
        assert not twice, f"{path.relative_to(SRC)}: {twice} defined a second time"
    assert top_level_names_defined_twice(ast.parse("A = 1\ndef f(): pass\nA = 2\n")) == [("A", 3)]


def test_the_checker_sees_relative_imports_and_cycles(tmp_path, monkeypatch):
    """The rules above must be able to fail: a relative import of a sibling and a two-module cycle."""
    root = tmp_path / "nanofrontier"
    (root / "xverify").mkdir(parents=True)
    (root / "bitnet").mkdir()
    (root / "__init__.py").write_text("")
    (root / "bitnet" / "__init__.py").write_text("")
    (root / "xverify" / "__init__.py").write_text("")
    (root / "xverify" / "a.py").write_text("from ..bitnet import formats\nfrom . import b\n")
    (root / "xverify" / "b.py").write_text("def f():\n    from .a import x\n")
    (root / "bitnet" / "formats.py").write_text("")
    monkeypatch.setitem(globals(), "SRC", root)
    got = imports(root / "xverify" / "a.py")
    assert ("nanofrontier.bitnet", True, 1) in got and ("nanofrontier.bitnet.formats", True, 1) in got
    assert ("nanofrontier.xverify.b", True, 2) in got
    assert imports(root / "xverify" / "b.py") == [("nanofrontier.xverify.a", False, 2)]
