"""Everything a front end (GUI, command line, LAN server) needs, opened once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from livehelper.services.catalog.products import CatalogService
from livehelper.services.catalog.stock import StockService
from livehelper.services.cues.decks import CueService
from livehelper.services.cues.prompter import PrompterService
from livehelper.services.events import EventBus
from livehelper.services.helpers.accounts import HelperService
from livehelper.services.live.report import ReportService
from livehelper.services.live.session import LiveService
from livehelper.services.settings.backup import Backups, backup_folder
from livehelper.services.settings.notify import NotifyService
from livehelper.services.settings.privacy import PrivacySchedule, PrivacyService
from livehelper.services.settings.transfer import TransferService
from livehelper.services.shipping.orders import OrderService
from livehelper.services.shipping.tasks import TaskService
from livehelper.services.watch import DataWatcher
from livehelper.storage.engine import DB_FILE_NAME, Database, open_database, resolve_url
from livehelper.storage.private_files import private_folder
from livehelper.storage.secret_box import user_box


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
    helpers: HelperService
    notify: NotifyService  # group-robot notices (a background sender thread)
    backups: Backups  # of a SQLite database; `available` says whether there is a file to back up
    privacy: PrivacyService
    reports: ReportService  # live sessions' reports, their history
    transfer: TransferService  # moving everything to a new PC
    stock: StockService
    is_demo: bool = False
    watcher: DataWatcher | None = None  # changes from other PCs and processes (GUI and server only)
    privacy_schedule: PrivacySchedule | None = None

    def close(self) -> None:
        self.notify.close()
        if self.watcher is not None:
            self.watcher.stop()
        if self.privacy_schedule is not None:
            self.privacy_schedule.stop()
        self.live.close()
        self.database.dispose()


def has_database_file(data_dir: Path) -> bool:
    """Whether the data folder holds a LiveHelper database file (before any is opened)."""
    return (data_dir / DB_FILE_NAME).exists()


def open_context(data_dir: Path, db_url: str | None = None, demo: bool = False,
                 long_running: bool = False) -> AppContext:
    """`long_running` for the GUI and the server (not one-shot commands): watch for changes made by other PCs
    and purge old buyer data in the background, now and once a day."""
    database = open_database(resolve_url(db_url, data_dir), backup_folder=backup_folder(data_dir))
    private_folder(data_dir)  # buyers' data and the robot-secret key: owner-only off Windows (issue 19)
    events = EventBus()
    catalog = CatalogService(database, events)
    cues = CueService(database, events, catalog)
    prompter = PrompterService(cues, events)
    live = LiveService(database, events, catalog, prompter)
    cues.live_stock = live.live_stock  # {库存} on cue cards is the stream's 剩余 while live
    orders = OrderService(database, events)
    tasks = TaskService(database, events)
    helpers = HelperService(database, events)
    notify = NotifyService(database, events, box=user_box(data_dir))
    backups = Backups(data_dir, database.engine.url.render_as_string(hide_password=False))
    stock = StockService(database, events)
    context = AppContext(data_dir, database, events, catalog, cues, prompter, live, orders, tasks, helpers, notify,
                         backups, PrivacyService(database, events), ReportService(database),
                         TransferService(database, data_dir), stock, demo)
    if demo:
        from livehelper.services.catalog.demo import seed_demo

        seed_demo(context)
    if long_running:
        context.watcher = DataWatcher(database, events)
        context.watcher.start()
        context.privacy_schedule = PrivacySchedule(context.privacy)
        context.privacy_schedule.start()
    return context
