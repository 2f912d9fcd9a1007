"""The queue protocol over this PC's own TaskService: the desktop's shipping workspace reads and moves tasks here.

Reads go straight to the database (always fresh, `refresh` has nothing to do). Item lines carry the catalog's
"name spec" of their product, looked up once per product and forgotten when a product changes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence

from livehelper.domain.tasks import TaskState
from livehelper.services.catalog.products import CatalogService
from livehelper.services.events import ChangeEvent, Entity, EventBus
from livehelper.services.shipping.queue import ALL_ACTIONS, Moved, TaskRow, row_of
from livehelper.services.shipping.tasks import PackingTask, TaskFilter, TaskService

QUEUE_ENTITIES = frozenset({Entity.TASK, Entity.ORDER, Entity.PRODUCT})


class LocalQueue:
    """`who` gives the name changes are recorded under (the streamer's, read when a change is made)."""

    actions = ALL_ACTIONS
    waits_on_network = False

    def __init__(self, tasks: TaskService, catalog: CatalogService, events: EventBus,
                 who: Callable[[], str]) -> None:
        self.tasks = tasks  # the desktop's own actions (assign, merge, history) use the service itself
        self._catalog = catalog
        self._events = events
        self._who = who
        self._names: dict[int, str | None] = {}
        self._generation = 0  # counts product changes: a lookup that saw one meanwhile is not kept
        self._lock = threading.Lock()
        self._forget_products = events.subscribe(self._on_change)

    @property
    def who(self) -> str:
        return self._who()

    # reading
    def ids(self, query: TaskFilter | None = None) -> list[int]:
        return self.tasks.ids(query)

    def rows(self, ids: Sequence[int]) -> list[TaskRow]:
        return self._rows(self.tasks.by_ids(ids))

    def counts(self) -> dict[TaskState, int]:
        return self.tasks.counts()

    def get(self, task_id: int) -> TaskRow:
        return self._rows([self.tasks.get(task_id)])[0]

    def refresh(self) -> None:
        """The database is the source: nothing to fetch."""

    # changing
    def transition(self, task_id: int, to: TaskState | str, version: int, courier: str | None = None,
                   tracking_no: str | None = None, reason: str | None = None) -> Moved:
        result = self.tasks.transition(task_id, to, version, self.who, courier=courier, tracking_no=tracking_no,
                                       reason=reason)
        return Moved(self._rows([result.task])[0], result.warnings)

    # change notification
    def subscribe(self, listener: Callable[[ChangeEvent], None]) -> Callable[[], None]:
        def relay(event: ChangeEvent) -> None:
            if event.entity in QUEUE_ENTITIES:
                listener(event)

        return self._events.subscribe(relay)

    def close(self) -> None:
        self._forget_products()

    # the catalog's names of the items
    def _rows(self, tasks: list[PackingTask]) -> list[TaskRow]:
        names = self._names_of(item.product_id for task in tasks for item in task.items)
        return [row_of(task, names) for task in tasks]

    def _names_of(self, product_ids: Iterable[int | None]) -> dict[int, str]:
        with self._lock:
            known, generation = dict(self._names), self._generation
        missing = {each for each in product_ids if each is not None} - known.keys()
        if missing:  # one query for them all, without the reserved units a product's full read works out
            found = self._catalog.names(missing)
            known.update({product_id: found.get(product_id) for product_id in missing})  # None: deleted since
        with self._lock:
            if generation == self._generation:
                self._names.update(known)
        return {product_id: name for product_id, name in known.items() if name}

    def _on_change(self, event: ChangeEvent) -> None:
        if event.entity == Entity.PRODUCT:
            with self._lock:
                self._names.clear()
                self._generation += 1
