"""House rules that can be checked mechanically: the one-way import rule of DESIGN.md."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "nanofrontier"
TECHNIQUES = ("xverify", "bitnet", "prima", "climb", "antidistill", "genius", "internvl", "seaweed")


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_no_technique():
    for path in (SRC / "core").rglob("*.py"):
        bad = [m for m in imported_modules(path) if m.split(".")[:2][-1] in TECHNIQUES
               and m.startswith("nanofrontier.")]
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"


def test_core_never_names_a_technique():
    for path in (SRC / "core").rglob("*.py"):
        text = path.read_text().lower()
        named = [t for t in TECHNIQUES if f"nanofrontier.{t}" in text]
        assert not named, f"{path.relative_to(SRC)} mentions {named}"
