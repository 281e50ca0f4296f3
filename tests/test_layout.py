"""The package's layout holds: one-way imports, no circles, the core's private modules
private, grammars without the model, modules and functions of a readable size."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "cablegram"
#: The cable core and its grammars: no module longer, no function longer.
CORE = ("cablegram.cable", "cablegram.grammar", "cablegram._context")
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path) -> list[tuple[str, ast.AST]]:
    """The cablegram modules ``name`` imports, each with its import statement."""
    modules = _modules()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            # "from cablegram.cable import fields" imports the module cablegram.cable.fields
            targets = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names
            ]
        else:
            continue
        out += [(t, node) for t in targets if t.split(".")[0] == "cablegram"]
    return out


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {
        name: {target for target, _ in _imports(name, path) if target != name}
        for name, path in modules.items()
    }


def test_no_import_circles() -> None:
    graph = _graph()
    # a package's __init__ re-exporting its own modules is no circle
    edges = {
        name: {t for t in targets if not (t.startswith(name + ".") and t in graph)}
        for name, targets in graph.items()
    }
    seen: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles = []

    def visit(node: str, path: list[str]) -> None:
        seen[node] = 1
        for target in sorted(edges.get(node, ())):
            if seen.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in seen:
                visit(target, [*path, target])
        seen[node] = 2

    for name in sorted(edges):
        if name not in seen:
            visit(name, [name])
    assert cycles == []


#: Optional extras (not installed with cablegram): imported where they are used.
OPTIONAL = {"tqdm", "pandas", "networkx"}


def test_imports_are_at_module_level() -> None:
    lazy = []
    for name, path in _modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and inner.module:
                        targets = [inner.module]
                    elif isinstance(inner, ast.Import):
                        targets = [alias.name for alias in inner.names]
                    else:
                        continue
                    if any(t.split(".")[0] not in OPTIONAL for t in targets):
                        lazy.append(f"{name}:{inner.lineno}")
    assert lazy == []


def test_the_core_is_private() -> None:
    """Outside ``cablegram.cable`` only its package API is imported."""
    leaks = []
    for name, path in _modules().items():
        if name.startswith("cablegram.cable"):
            continue
        for target, node in _imports(name, path):
            if target.startswith("cablegram.cable."):
                leaks.append(f"{name}:{getattr(node, 'lineno', 0)} imports {target}")
    assert leaks == []


def test_grammars_never_import_the_model() -> None:
    allowed = {"cablegram.grammar", "cablegram.tables"}
    for name, path in _modules().items():
        if not name.startswith("cablegram.grammar"):
            continue
        targets = {t for t, _ in _imports(name, path)}
        assert {t for t in targets if not t.startswith(tuple(allowed))} == set(), name


def test_adapters_do_not_import_the_package() -> None:
    for name, path in _modules().items():
        if name.startswith("cablegram.adapters"):
            assert "cablegram" not in {t for t, _ in _imports(name, path)}, name


def test_core_modules_and_functions_are_short() -> None:
    long = []
    for name, path in _modules().items():
        if not name.startswith(CORE):
            continue
        source = path.read_text(encoding="utf-8")
        if len(source.splitlines()) > MAX_MODULE_LINES:
            long.append(f"{name}: {len(source.splitlines())} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {size} lines")
    assert long == []
