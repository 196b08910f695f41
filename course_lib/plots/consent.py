"""Figures of lesson 07: spam and consent."""
from __future__ import annotations

import numpy as np
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from .. import attention, fatigue, memory, population, realdata, repetition
from .. import datasets
from .._validate import check_int, check_nonnegative, check_positive, check_probability, check_real
from ..i18n import number, t
from ..style import INTERRUPTION, NEUTRAL, OKABE_ITO, PERMISSION, SERIES, course_style, rc
from ._base import (  # noqa: F401
    PercentFormatter, View, _decorate, _draw, _kv_note, _line, _message, _new_ax, _pct, set_alt,
)

__all__: list[str] = []
