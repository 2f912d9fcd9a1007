"""An import-linter contract type for what grimp cannot see: which *names* a layer takes from an external package.

import-linter records an external package only as a whole (`sqlalchemy`), so "services may use SQLAlchemy's
sessions but build no queries" needs the import statements themselves. `ExternalNamesContract` reads them
with `ast`, lazy imports inside functions and TYPE_CHECKING blocks included, and fails for every name not on
the contract's allow list. Registered in pyproject.toml under [tool.importlinter] contract_types.
"""

from __future__ import annotations

import ast
import importlib.util
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from importlinter import Contract, ContractCheck, fields, output


class ExternalNamesContract(Contract):
    """source_modules (and everything under them) take from `packages` only the names matching `allowed_names`."""

    source_modules = fields.ListField(subfield=fields.ModuleField())
    packages = fields.ListField(subfield=fields.StringField())
    allowed_names = fields.ListField(subfield=fields.StringField(), required=False, default=[])

    def _watched(self, name: str) -> bool:
        return any(name == package or name.startswith(package + ".") for package in self.packages)  # type: ignore[attr-defined]

    def _allowed(self, name: str) -> bool:
        return any(fnmatchcase(name, pattern) for pattern in self.allowed_names)  # type: ignore[attr-defined]

    def _offences(self, module: str) -> list[dict[str, Any]]:
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.origin or not spec.origin.endswith(".py"):
            return []
        tree = ast.parse(Path(spec.origin).read_text("utf-8"), filename=spec.origin)
        found = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names if self._watched(alias.name)]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and self._watched(node.module):
                names = [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            found += [{"module": module, "line": node.lineno, "name": name} for name in names
                      if not self._allowed(name)]
        return found

    def check(self, graph: Any, verbose: bool) -> ContractCheck:
        offences: list[dict[str, Any]] = []
        for source in self.source_modules:  # type: ignore[attr-defined]
            for module in sorted({source.name} | graph.find_descendants(source.name)):
                offences += self._offences(module)
        return ContractCheck(kept=not offences, metadata={"offences": offences})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for offence in check.metadata["offences"]:
            output.print_error(f"{offence['module']}:{offence['line']} takes {offence['name']}, which is not allowed")
            output.new_line()
