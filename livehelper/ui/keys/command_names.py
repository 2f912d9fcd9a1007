"""What the 快捷键 page calls each group and each of the app's commands."""

from __future__ import annotations

from PySide6.QtCore import QObject


class CommandNames(QObject):
    def group(self, group: str) -> str:
        return {
            "window": self.tr("Everywhere in the main window"),
            "catalog": self.tr("Products"),
            "cues": self.tr("Cue cards"),
            "lineup": self.tr("Live: building the line-up"),
            "live": self.tr("Live: during the stream"),
            "prompter": self.tr("Teleprompter"),
            "shipping": self.tr("Shipping"),
            "global": self.tr("Global hotkeys (foot pedal, big button)"),
        }[group]

    def command(self, command: str) -> str:
        return {
            "window.show_catalog": self.tr("Show the products"),
            "window.show_cues": self.tr("Show the cue cards"),
            "window.show_live": self.tr("Show the live workspace"),
            "window.show_shipping": self.tr("Show the shipping queue"),
            "window.settings": self.tr("Open the settings"),
            "window.shortcuts": self.tr("Open this page of keyboard shortcuts"),
            "window.quit": self.tr("Quit LiveHelper"),
            "window.bigger": self.tr("Make everything bigger"),
            "window.smaller": self.tr("Make everything smaller"),
            "window.reset_scale": self.tr("Back to normal size (100%)"),
            "window.high_contrast": self.tr("High contrast, large text on or off"),
            "catalog.new": self.tr("New product"),
            "catalog.edit": self.tr("Edit the selected product"),
            "catalog.duplicate": self.tr("Duplicate the selected product"),
            "catalog.toggle_active": self.tr("Take off sale or put back on sale"),
            "catalog.delete": self.tr("Delete the selected product"),
            "catalog.import": self.tr("Import products from CSV"),
            "catalog.export": self.tr("Export products to CSV"),
            "catalog.find": self.tr("Search the products"),
            "catalog.stock": self.tr("Stock: the ledger, a receipt or a count"),
            "cues.prompter": self.tr("Open the teleprompter"),
            "cues.save": self.tr("Save the cue card now"),
            "lineup.remove": self.tr("Remove from the line-up"),
            "lineup.up": self.tr("Move up in the line-up"),
            "lineup.down": self.tr("Move down in the line-up"),
            "shipping.import": self.tr("Import orders"),
            "shipping.manual": self.tr("Enter an order by hand"),
            "shipping.pick_list": self.tr("Pick list"),
            "shipping.slips": self.tr("Packing slips"),
            "shipping.reconcile": self.tr("Reconcile tallies with orders"),
            "shipping.export": self.tr("Export the shipping file"),
            "shipping.start": self.tr("Start packing"),
            "shipping.packed": self.tr("Mark packed"),
            "shipping.ship": self.tr("Ship: courier and tracking number"),
            "shipping.problem": self.tr("Report a problem"),
            "shipping.reopen": self.tr("Reopen"),
            "shipping.cancel": self.tr("Cancel the task"),
            "shipping.assign": self.tr("Assign to a helper"),
            "shipping.history": self.tr("History of the task"),
            "shipping.merge": self.tr("Merge parcels"),
            "shipping.find": self.tr("Search the tasks"),
            "shipping.next_step": self.tr("Move the selected tasks one step on"),
        }[command]
