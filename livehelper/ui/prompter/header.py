"""The teleprompter's top line: progress, deck and card, running state, card timer and the 秒杀 countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from livehelper.services.cues.prompter import PrompterCard, PrompterState
from livehelper.ui.prompter.view import Theme


class PrompterHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompterHeader")
        self.progress = QLabel("0/0")
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Card number"))
        self.deck = QLabel()
        self.deck.setObjectName("deckTitle")
        self.card = QLabel()
        self.card.setObjectName("cardTitle")
        for label in (self.deck, self.card):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.card_time = QLabel()
        self.card_time.setObjectName("cardTime")
        self.card_time.setAccessibleName(self.tr("Time left for this card"))
        self.card_time.setToolTip(self.tr("Time left for this card"))
        self.flash_sale = QLabel()
        self.flash_sale.setObjectName("flashSale")
        self.flash_sale.setAccessibleName(self.tr("Flash-sale countdown"))
        self.flash_sale.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.adlaw = QLabel()
        self.adlaw.setObjectName("adlawMarker")
        self.adlaw.setAccessibleName(self.tr("Advertising-law findings on this card"))
        self.adlaw.hide()
        self.controls_button = QPushButton(self.tr("Hide controls"))
        self.controls_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.deck)
        titles.addWidget(self.card)
        titles.addWidget(self.adlaw)
        timer_box = QVBoxLayout()
        timer_box.setSpacing(0)
        timer_box.addWidget(self.card_time, 0, Qt.AlignmentFlag.AlignRight)
        timer_box.addWidget(self.status, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.setSpacing(18)
        layout.addWidget(self.progress)
        layout.addLayout(titles, 1)
        layout.addWidget(self.flash_sale)
        layout.addLayout(timer_box)
        layout.addWidget(self.controls_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_state(self, state: PrompterState, at_end: bool) -> None:
        self.progress.setText(state.progress)
        card = state.card
        self.deck.setText(state.deck_title or self.tr("No deck chosen"))
        title = card.title if card and card.title else ""
        if card and card.unknown_variables:
            title = self.tr("{title}  (⚠ {count} unknown variables)").format(title=title,
                                                                            count=card.unknown_variables)
        self.card.setText(title)
        self._show_findings(card)
        self.card_time.setVisible(card is not None)
        if card is None:
            self.status.setText("")
        elif state.paused:
            self.status.setText(self.tr("Paused"))
        elif at_end:
            self.status.setText(self.tr("End of card"))
        else:
            self.status.setText(self.tr("Running"))

    def _show_findings(self, card: PrompterCard | None) -> None:
        """A marker on cards with advertising-law findings: red when something is unlawful as said,
        amber when it only needs proof, so the streamer rephrases on air instead of reading it out."""
        findings = card.findings if card else 0
        self.adlaw.setVisible(findings > 0)
        if not findings:
            return
        assert card is not None
        self.adlaw.setText(self.tr("⚖ %n ad-law finding(s)", "", findings))
        self.adlaw.setToolTip(self.tr("This card has words the advertising-law check flags; say it another way on air"))
        severity = "violation" if card.violations else "verify"
        if self.adlaw.property("severity") != severity:
            self.adlaw.setProperty("severity", severity)
            self.adlaw.style().unpolish(self.adlaw)
            self.adlaw.style().polish(self.adlaw)

    def show_card_time(self, text: str, over: bool) -> None:
        self.card_time.setText(text)
        if self.card_time.property("over") != over:
            self.card_time.setProperty("over", over)
            self.card_time.style().unpolish(self.card_time)
            self.card_time.style().polish(self.card_time)

    def show_flash_sale(self, visible: bool, text: str, color: QColor) -> None:
        self.flash_sale.setVisible(visible)
        self.flash_sale.setText(self.tr("Flash sale {time}").format(time=text))
        style = f"color: {color.name()}; border: 3px solid {color.name()};"
        if self.flash_sale.styleSheet() != style:  # called every frame: restyle only on a change
            self.flash_sale.setStyleSheet(style)

    def set_controls_visible(self, visible: bool) -> None:
        self.controls_button.setText(self.tr("Hide controls") if visible else self.tr("Show controls"))

    def apply_theme(self, theme: Theme) -> None:
        self.setStyleSheet(
            f"#prompterHeader {{ background: {theme.panel.name()}; border-bottom: 1px solid {theme.muted.name()}; }}"
            f"QLabel {{ color: {theme.text.name()}; }}"
            f"#progress {{ font-size: 34px; font-weight: bold; color: {theme.accent.name()}; }}"
            f"#deckTitle {{ font-size: 16px; color: {theme.muted.name()}; }}"
            f"#cardTitle {{ font-size: 26px; font-weight: bold; }}"
            f"#cardTime {{ font-size: 28px; font-weight: bold; }}"
            "#cardTime[over=\"true\"] { color: #ff9f0a; }"
            f"#status {{ font-size: 15px; color: {theme.muted.name()}; }}"
            f"QPushButton {{ font-size: 14px; padding: 4px 10px; color: {theme.text.name()}; background: #2b2b2b;"
            f" border: 1px solid {theme.muted.name()}; border-radius: 6px; }}"
            "#flashSale { font-size: 40px; font-weight: bold; padding: 2px 14px; border-radius: 8px; }"
            "#adlawMarker { font-size: 16px; font-weight: bold; }"
            "#adlawMarker[severity=\"violation\"] { color: #ff6b6b; }"
            "#adlawMarker[severity=\"verify\"] { color: #ffb300; }")
