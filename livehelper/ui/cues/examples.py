"""Example text for an empty deck, shown greyed in the editor until the streamer types (never saved): a newcomer
sees what a 开场 or a 催单 deck can say, in the deck format (# title, then what to say, --- between cards)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from livehelper.domain.decks import DeckKind


class DeckExamples(QObject):
    def text(self, kind: DeckKind) -> str:
        examples = {
            DeckKind.OPENING: self.tr(
                "Example — type over it:\n# Hello\nGood evening, everyone! Welcome to our village's live room.\n"
                "\n---\n\n# Tonight\nTonight we have five products; tap the cart at the bottom left to see them.\n"
                "\n---\n\n# Follow\nNew here? Tap follow: we are live every Tuesday, Thursday and Saturday at 8."),
            DeckKind.WELCOME: self.tr(
                "Example — type over it:\n# Welcome\nWelcome, new friends! Ask anything in the comments.\n"
                "\n---\n\n# Likes\nHelp us with a like: at 10,000 likes we give away three bags of crisps."),
            DeckKind.FLASH_SALE: self.tr(
                "Example — type over it:\n# Flash sale\nFor the next five minutes only: link 1 at a special price,"
                " 50 bags in all.\n\n---\n\n# Last few\nOnly a few left — grab yours now!"),
            DeckKind.URGE: self.tr(
                "Example — type over it:\n# Order now\nThe price is for tonight only: tap the link and pay.\n"
                "\n---\n\n# Shipping\nOrdered tonight, shipped tomorrow morning from our village."),
            DeckKind.CLOSING: self.tr(
                "Example — type over it:\n# Thank you\nThank you all for coming tonight!\n"
                "\n---\n\n# Next time\nSee you on Thursday at 8: follow so you do not miss it."),
        }
        return examples.get(kind, self.tr("# Title\nWhat to say…\n\n---\n\n# Next card\n…"))
