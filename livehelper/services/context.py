"""Everything a front end (GUI, command line, LAN server) needs, opened once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from livehelper.services.backup import backup_folder
from livehelper.services.catalog import CatalogService
from livehelper.services.cues import CueService
from livehelper.services.events import EventBus
from livehelper.services.live import LiveService
from livehelper.services.orders import OrderService
from livehelper.services.prompter import PrompterService
from livehelper.services.tasks import TaskService
from livehelper.storage.engine import Database, open_database, resolve_url


@dataclass
class AppContext:
    data_dir: Path
    database: Database
    events: EventBus
    catalog: CatalogService
    cues: CueService
    prompter: PrompterService
    live: LiveService
    orders: OrderService
    tasks: TaskService
    is_demo: bool = False

    def close(self) -> None:
        self.live.close()
        self.database.dispose()


def open_context(data_dir: Path, db_url: str | None = None, demo: bool = False) -> AppContext:
    database = open_database(resolve_url(db_url, data_dir), backup_folder=backup_folder(data_dir))
    events = EventBus()
    catalog = CatalogService(database, events)
    cues = CueService(database, events, catalog)
    prompter = PrompterService(cues, events)
    live = LiveService(database, events, catalog, prompter)
    orders = OrderService(database, events)
    tasks = TaskService(database, events)
    context = AppContext(data_dir, database, events, catalog, cues, prompter, live, orders, tasks, demo)
    if demo:
        from livehelper.services.demo import seed_demo

        seed_demo(context)
    return context
