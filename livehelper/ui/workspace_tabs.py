"""The four workspace tabs, each built the first time it is needed (issue 20: start-up).

A workspace pulls in its models, dialogs and services' data as it is built, which is most of what start-up used
to wait for. The tab bar is there at once, each tab holding an empty slot; a workspace is built into its slot when
its tab is shown, when code asks for it, or when the window is idle after the first paint (`build_rest_soon`), so
every workspace is ready soon after start without one long freeze.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

Factory = Callable[[], QWidget]


class WorkspaceSlot(QWidget):
    """A tab's page: empty until its workspace is built into it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.workspace: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def fill(self, workspace: QWidget) -> None:
        self.workspace = workspace
        self.layout().addWidget(workspace)
        self.setFocusProxy(workspace)


class WorkspaceTabWidget(QTabWidget):
    """A tab widget whose pages are WorkspaceSlots, addressed by the workspace they hold as well: the current
    widget is the workspace once built, and a workspace can be made current directly."""

    def currentWidget(self) -> QWidget | None:
        page = super().currentWidget()
        if isinstance(page, WorkspaceSlot) and page.workspace is not None:
            return page.workspace
        return page

    def indexOf(self, widget: QWidget) -> int:
        for index in range(self.count()):
            page = self.widget(index)
            if page is widget or (isinstance(page, WorkspaceSlot) and page.workspace is widget):
                return index
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)


class WorkspaceTabs(QObject):
    """Builds each workspace once, on demand, in its tab's slot."""

    built = Signal(str, QWidget)  # (name, workspace), once per workspace
    all_built = Signal()

    def __init__(self, tabs: QTabWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._slots: dict[str, WorkspaceSlot] = {}
        self._factories: dict[str, Factory] = {}
        tabs.currentChanged.connect(self._build_current)

    def add(self, name: str, title: str) -> WorkspaceSlot:
        slot = WorkspaceSlot(name)
        self._slots[name] = slot
        self._tabs.addTab(slot, title)
        return slot

    def set_factories(self, factories: dict[str, Factory]) -> None:
        """How to build each workspace; from now on the current tab and every asked-for workspace is built."""
        self._factories = factories
        self._build_current()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._slots)

    def slot(self, name: str) -> WorkspaceSlot:
        return self._slots[name]

    def is_built(self, name: str) -> bool:
        return self._slots[name].workspace is not None

    def workspace(self, name: str) -> QWidget:
        """The workspace, built now if it was not yet (RuntimeError before the factories are set)."""
        slot = self._slots[name]
        if slot.workspace is None:
            factory = self._factories.get(name)
            if factory is None:
                raise RuntimeError(f"the {name} workspace cannot be built before the database is open")
            slot.fill(factory())
            self.built.emit(name, slot.workspace)
            if all(s.workspace is not None for s in self._slots.values()):
                self.all_built.emit()
        assert slot.workspace is not None
        return slot.workspace

    def build_all(self) -> None:
        for name in self._slots:
            self.workspace(name)

    def build_rest_soon(self) -> None:
        """Build the workspaces not yet built, one per pass of the event loop, so input and painting go on
        between them."""
        waiting = [name for name in self._slots if not self.is_built(name)]
        if not waiting:
            return
        self.workspace(waiting[0])
        QTimer.singleShot(0, self, self.build_rest_soon)

    def _build_current(self, *_: object) -> None:
        page = self._tabs.widget(self._tabs.currentIndex())
        if isinstance(page, WorkspaceSlot) and page.workspace is None and page.name in self._factories:
            self.workspace(page.name)
