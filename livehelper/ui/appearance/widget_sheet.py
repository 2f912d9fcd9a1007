"""The look of the workspaces' own widgets, by object name, as part of the one application style sheet.

A widget with a style sheet of its own gets a style of its own: every switch of theme or scale then re-polishes
it, and its whole subtree, once more on its own, once for each of its ancestors (issue 20). Named here, it is
matched once with every other widget. An id selector outranks every rule of the application sheet, so these rules
win as a widget's own sheet did; the appearance manager scales and recolours this sheet like a window's.

A widget takes its look with `setObjectName`; a look that changes with a state reads a dynamic property
(`#liveDurable[saving="true"]`) that `appearance.theme.restyle` sets."""

from __future__ import annotations

CATALOG = """
QLabel#productPhoto { background: #f4f1ea; border: 2px dashed #c9bfa8; border-radius: 8px; }
#detailTitle { font-size: 20px; font-weight: bold; }
#catalogEmptyHint { font-size: 18px; font-weight: bold; color: #5a2d0c; background: #fffdf8;
                    border: 1px solid #d8d0c0; border-radius: 6px; padding: 12px; }
"""

CUES = """
#cueTitle { font-size: 20px; font-weight: bold; }
#cueSaveState, #cueHint { color: #6a6a6a; }
#cuePreview { background: #1d1d1d; color: #f5f5f5; font-size: 18px; padding: 10px; border-radius: 6px; }
#cueFindings { color: #2e7d32; }
#cueFindings[findings="true"] { color: #b3261e; font-weight: bold; }
"""

LIVE_START = """
#liveStartHeading { font-size: 24px; font-weight: bold; }
#liveStartError { color: #b3261e; font-weight: bold; }
QPushButton#liveStartButton { font-size: 22px; font-weight: bold; padding: 12px 36px; background: #a33b2a;
                              color: white; border-radius: 6px; }
QPushButton#liveStartButton:focus { outline: 3px solid #1f6feb; }
#liveStartHint { color: #5a5a5a; font-size: 15px; background: #fffdf8; border: 1px solid #d8d0c0;
                 border-radius: 6px; padding: 10px; }
QListWidget#lineupList { font-size: 16px; }
QListWidget#lineupList::item { padding: 5px; }
"""

LIVE_RUNNING = """
#liveTitle { font-size: 22px; font-weight: bold; }
#liveOnAir { font-size: 18px; color: #5a5a5a; }
#liveElapsed { font-size: 24px; font-weight: bold; color: #1d1d1d; }
#liveDurable { font-size: 16px; font-weight: bold; color: #1e6b35; background: #e3f1e6; padding: 4px 10px;
               border-radius: 4px; }
#liveDurable[saving="true"] { color: #7a4d00; background: #fff1c2; }
QTableView#liveLineup { font-size: 18px; }
#liveTotals { background: #fffdf8; border: 1px solid #d8d0c0; border-radius: 8px; }
#liveCaption, #liveKeyHint { font-size: 15px; color: #5a5a5a; }
#liveItems, #liveRevenue { font-size: 40px; font-weight: bold; color: #1d1d1d; }
QProgressBar#liveGoal { font-size: 16px; font-weight: bold; border: 1px solid #d8d0c0; border-radius: 6px;
                        text-align: center; background: #f4f1ea; }
QProgressBar#liveGoal::chunk { background: #f2c14e; border-radius: 5px; }
#livePicked { font-size: 22px; font-weight: bold; color: #a33b2a; }
#liveStatus { font-size: 16px; color: #2b2b2b; }
QPushButton#livePlusOne { font-size: 48px; font-weight: bold; background: #1e6b35; color: white;
                          border-radius: 10px; }
QPushButton#livePlusOne:pressed { background: #14502a; }
QPushButton#livePlusOne:focus { outline: 3px solid #1f6feb; }
QPushButton#liveBigButton { font-size: 20px; font-weight: bold; }
QPushButton#liveStop { font-weight: bold; color: white; background: #a33b2a; padding: 7px 18px; border-radius: 4px; }
"""

SHIPPING = """
QPushButton#shippingAction, QPushButton#shippingStart { font-size: 16px; font-weight: bold; padding: 9px 14px;
                                                        text-align: left; }
QPushButton#shippingStart:enabled { background: #f2c14e; }
QTabBar#stateTabs::tab { font-size: 15px; padding: 8px 8px; min-width: 0px; }
#shippingCount { color: #4a4a4a; }
#shippingHintHeading { font-size: 22px; font-weight: bold; color: #5a2d0c; }
#shippingHintText { font-size: 16px; color: #4a4a4a; }
QPushButton#shippingHintButton { font-size: 18px; font-weight: bold; padding: 12px 26px; }
"""

WIDGET_SHEET = CATALOG + CUES + LIVE_START + LIVE_RUNNING + SHIPPING
