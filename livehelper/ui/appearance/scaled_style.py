"""A style whose pixel metrics grow with the scale: check boxes, scroll bars, icons and sliders as big as the text.

Apart from the rest of the appearance because defining it builds PySide6's QStyle type with its twenty-odd enums
(a hundredth of a second): the default look at start does without it, so it is imported when a scale or the
high-contrast theme is first applied (issue 20: start-up).
"""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

# The metrics that size the parts of controls (check boxes, radio buttons, scroll bars, icons, sliders): scaled
# so they grow with the text. Layout margins and spacing are not, so that 200% still fits a small screen.
_METRIC = QStyle.PixelMetric
SCALED_METRICS = frozenset((
    _METRIC.PM_IndicatorWidth, _METRIC.PM_IndicatorHeight, _METRIC.PM_ExclusiveIndicatorWidth,
    _METRIC.PM_ExclusiveIndicatorHeight, _METRIC.PM_ScrollBarExtent, _METRIC.PM_ScrollBarSliderMin,
    _METRIC.PM_SmallIconSize, _METRIC.PM_ButtonIconSize, _METRIC.PM_ListViewIconSize, _METRIC.PM_TabBarIconSize,
    _METRIC.PM_ToolBarIconSize, _METRIC.PM_MessageBoxIconSize, _METRIC.PM_SliderThickness, _METRIC.PM_SliderLength,
    _METRIC.PM_SliderControlThickness, _METRIC.PM_MenuButtonIndicator, _METRIC.PM_SplitterWidth,
    _METRIC.PM_HeaderMarkSize,
))


class ScaledStyle(QProxyStyle):
    """The platform's style (Fusion in high contrast: the native Windows styles ignore a custom palette) with the
    sizes of check boxes, scroll bars and icons multiplied by the scale."""

    def __init__(self, base_style_name: str, factor: float) -> None:
        super().__init__(base_style_name)
        self.base_style_name = base_style_name
        self.factor = factor  # may change while installed: the next re-polish (a new style sheet) reads it

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        # called thousands of times in a switch's polish passes, from C++: kept to the fewest Python steps
        value = QProxyStyle.pixelMetric(self, metric, option, widget)
        return value if self.factor == 1 or metric not in SCALED_METRICS else round(value * self.factor)
