"""Qt translations: our own .qm from resources/translations plus Qt's for its standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from livehelper.paths import resource

_state = {"language": "en"}  # until install_translators() picks one


def current_language() -> str:
    return _state["language"]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install and return the translators (keep them referenced while the app runs)."""
    _state["language"] = language
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    installed = []
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    # Ours last: Qt asks the last installed first, so ours fills the gaps in Qt's catalog and corrects it where
    # it misleads (livehelper/ui/qt_strings.py lists those strings).
    ours = QTranslator(app)
    compiled = resource("translations", f"livehelper_{language}.qm")
    if compiled.is_file() and ours.load(str(compiled)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
