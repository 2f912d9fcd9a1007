"""Rewrite imports after the regroup of livehelper/services and livehelper/ui (issue 14), for merging branches.

    python scripts/regroup_imports.py            # rewrites old module paths in every tracked text file

A branch made before the regroup still says `livehelper.services.tasks` or `livehelper.ui.errors`; after
merging main, this turns each old dotted or slashed path (imports, monkeypatch targets, docs) into its new
place, e.g. `livehelper.services.shipping.tasks`. It is idempotent: new paths are left alone. New modules a
branch added in the old flat folders are not moved; move them by hand into the right group.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

S, U = "livehelper.services", "livehelper.ui"
MODULES = {
    f"{S}.catalog": f"{S}.catalog.products",
    f"{S}.images": f"{S}.catalog.images",
    f"{S}.demo": f"{S}.catalog.demo",
    f"{S}.cues": f"{S}.cues.decks",
    f"{S}.prompter": f"{S}.cues.prompter",
    f"{S}.live": f"{S}.live.session",
    f"{S}.live_report": f"{S}.live.report",
    **{f"{S}.{m}": f"{S}.shipping.{m}" for m in (
        "orders", "manual_orders", "tasks", "task_changes", "task_documents", "demo_orders", "reconcile")},
    f"{S}.task_queries": "livehelper.storage.tasks",
    f"{S}.shipping.task_queries": "livehelper.storage.tasks",
    f"{S}.parcels": "livehelper.storage.parcels",
    f"{S}.shipping.parcels": "livehelper.storage.parcels",
    f"{S}.order_plan": "livehelper.storage.order_plan",
    f"{S}.shipping.order_plan": "livehelper.storage.order_plan",
    f"{S}.order_writes": "livehelper.storage.order_writes",
    f"{S}.shipping.order_writes": "livehelper.storage.order_writes",
    f"{S}.helpers": f"{S}.helpers.accounts",
    f"{S}.remote_queue": f"{S}.helpers.remote_queue",
    **{f"{S}.{m}": f"{S}.settings.{m}" for m in ("backup", "privacy", "transfer", "notify", "robot_sender",
                                                       "robot_secrets")},
    **{f"{U}.{m}": f"{U}.widgets.{m}" for m in (
        "announce", "column_scroll", "dialog_buttons", "elided_label", "errors", "flat_table", "flow_layout")},
    f"{U}.appearance": f"{U}.appearance.theme",
    f"{U}.appearance_menu": f"{U}.appearance.menu",
    f"{U}.appearance_style": f"{U}.appearance.style",
    **{f"{U}.{m}": f"{U}.keys.{m}" for m in ("global_hotkeys", "hotkey_keys", "hotkey_names", "key_bindings")},
    f"{U}.shortcuts.commands": f"{U}.keys.commands",
    f"{U}.shortcuts.dialog": f"{U}.keys.shortcuts_dialog",
    f"{U}.shortcuts.keyboard": f"{U}.keys.keyboard",
    f"{U}.shortcuts.names": f"{U}.keys.command_names",
    f"{U}.shortcuts.table": f"{U}.keys.shortcut_table",
    f"{U}.shortcuts": f"{U}.keys",
    f"{U}.live.keys": f"{U}.keys.live_keys",
    f"{U}.live.key_dialog": f"{U}.keys.live_key_dialog",
    f"{U}.prompter.keys": f"{U}.keys.prompter_keys",
    f"{U}.prompter.key_dialog": f"{U}.keys.prompter_key_dialog",
    f"{U}.helper_pairing": f"{U}.helpers.pairing",
    f"{U}.helpers_dialog": f"{U}.helpers.helpers_dialog",
    f"{U}.lan_controller": f"{U}.helpers.lan_controller",
    f"{U}.remote_window": f"{U}.helpers.remote_window",
    f"{U}.settings_dialog": f"{U}.settings.settings_dialog",
    f"{U}.notify_dialog": f"{U}.settings.notify_dialog",
    f"{U}.transfer_actions": f"{U}.settings.transfer_actions",
    f"{U}.firewall_note": f"{U}.helpers.firewall_note",
    f"{U}.restore_action": f"{U}.settings.restore_action",
    f"{U}.about_dialog": f"{U}.help.about_dialog",
    f"{U}.welcome_dialog": f"{U}.help.welcome_dialog",
}
TESTS = {
    "tests.services": {
        "catalog": ["test_catalog_service"], "cues": ["test_cues_service"],
        "live": ["test_live_service", "test_live_kill"],
        "shipping": ["test_order_bulk_writes", "test_order_service", "test_parcels", "test_task_documents",
                     "test_task_queue", "test_task_service", "test_manual_order_service", "test_reconcile",
                     "test_import_kill", "test_order_platform_imports"],
        "helpers": ["test_remote_queue"],
        "settings": ["test_backup", "test_privacy", "test_transfer", "test_notify", "test_secrets_at_rest"],
    },
    "tests.ui": {
        "catalog": ["test_catalog_model", "test_catalog_workspace"], "cues": ["test_cue_workspace"],
        "prompter": ["test_prompter"], "live": ["test_live_workspace", "test_live_report"],
        "shipping": ["test_shipping_actions", "test_shipping_documents", "test_shipping_model",
                     "test_shipping_workspace", "test_manual_order_dialog", "test_order_import_dialog",
                     "test_reconcile_dialog", "test_order_import_platforms"],
        "helpers": ["test_helpers_dialog", "test_remote_window", "test_lan_addresses"],
        "settings": ["test_settings_dialog", "test_notify_dialog", "test_transfer_actions", "test_restore_in_app"],
        "keys": ["test_global_hotkeys", "test_shortcuts"],
        "appearance": ["test_appearance", "test_appearance_fit"],
    },
}
for base, groups in TESTS.items():
    for group, names in groups.items():
        for name in names:
            MODULES[f"{base}.{name}"] = f"{base}.{group}.{name}"

NEW = set(MODULES.values())
NEW |= {name.rsplit(".", 1)[0] for name in NEW}
AMBIGUOUS = {old for old in MODULES if old in NEW}  # an old module that is now a package of the same name
DOTTED = re.compile(r"\b(livehelper\.(?:services|ui)|tests\.(?:services|ui))((?:\.[A-Za-z_][A-Za-z_0-9]*)*)")
SLASHED = re.compile(r"\b((?:livehelper/(?:services|ui)|tests/(?:services|ui))(?:/[a-z_0-9]+)*)(\.py)?\b")
FROM_IMPORT = re.compile(r"^(\s*)from ((?:livehelper|tests)(?:\.[a-z_]+)*) import ([a-z_, ]+?)(\s*(?:#.*)?)$")


ROOT = Path(__file__).resolve().parents[1]


def _on_disk(module: str) -> bool:
    """A module or package that exists now (a module a branch added to a new group, e.g. services.catalog.stock)."""
    path = ROOT.joinpath(*module.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def map_dotted(name: str) -> str:
    """The new place of a dotted name (module or module.attribute); names already new come back unchanged."""
    parts = name.split(".")
    for n in range(len(parts), 1, -1):
        prefix = ".".join(parts[:n])
        if prefix in NEW and prefix not in AMBIGUOUS:
            return name
        if prefix in AMBIGUOUS and n < len(parts) and _on_disk(f"{prefix}.{parts[n]}"):
            return name
        if prefix in MODULES:
            return ".".join([MODULES[prefix], *parts[n:]])
    return name


def _children(package: str) -> set[str]:
    return {name[len(package) + 1:] for name in NEW if name.startswith(package + ".")}


def _fix_from_import(match: re.Match[str]) -> str:
    """`from livehelper.services import tasks` -> `from livehelper.services.shipping import tasks`."""
    indent, package, names, tail = match.groups()
    items = [item.strip() for item in names.split(",")]
    if not any(f"{package}.{item.split(' as ')[0]}" in MODULES for item in items):
        return match.group(0)
    lines = []
    for item in items:
        name, _, alias = item.partition(" as ")
        alias = alias or name
        full = f"{package}.{name}"
        if full in AMBIGUOUS and full in NEW and full not in MODULES:
            full = name
        parent, leaf = MODULES.get(full, full).rsplit(".", 1)
        lines.append(f"{indent}from {parent} import {leaf}" + (f" as {alias}" if alias != leaf else ""))
    lines[-1] += tail
    return "\n".join(lines)


def rewrite_line(line: str) -> str:
    match = FROM_IMPORT.match(line)
    if match and match.group(2) in AMBIGUOUS:
        names = {item.strip().split(" as ")[0] for item in match.group(3).split(",")}
        if all(name in _children(match.group(2)) or _on_disk(f"{match.group(2)}.{name}") for name in names):
            return line  # already `from livehelper.services.catalog import products`
    def dotted(m: re.Match[str]) -> str:
        quoted_package = m.group(0) in AMBIGUOUS and line[m.end():m.end() + 1] in ("'", '"')
        return m.group(0) if quoted_package else map_dotted(m.group(0))  # "livehelper.services.live": a package
    line = DOTTED.sub(dotted, line)
    line = FROM_IMPORT.sub(_fix_from_import, line)

    def slashed(m: re.Match[str]) -> str:
        new = map_dotted(m.group(1).replace("/", "."))
        if m.group(2):
            return new.replace(".", "/") + ".py"
        return new.replace(".", "/") if new != m.group(1).replace("/", ".") else m.group(0)
    return SLASHED.sub(slashed, line)


def rewrite(text: str) -> str:
    return "".join(rewrite_line(line) for line in text.splitlines(keepends=True))


def main() -> None:
    root = ROOT
    tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout
    for name in tracked.split():
        path = root / name
        if (not name.endswith((".py", ".toml", ".spec", ".md", ".cfg", ".ini", ".yml", ".txt"))
                or name.startswith("livehelper/storage/migrations/versions") or name == "scripts/regroup_imports.py"
                or not path.exists()):
            continue
        old = path.read_text("utf-8")
        new = rewrite(old)
        if new != old:
            path.write_text(new, "utf-8")
            print("rewrote", name)


if __name__ == "__main__":
    main()
