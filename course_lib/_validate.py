"""Input validation shared by every model.

Every public function of :mod:`course_lib` validates its parameters with these helpers,
so bad input raises a :class:`ValueError` that names the parameter, the value received
and the valid range, in English (the library's language), instead of returning NaN or
failing deep inside numpy.
"""
from __future__ import annotations

import math
from typing import Iterable

import numpy as np

__all__ = [
    "check_real",
    "check_probability",
    "check_nonnegative",
    "check_positive",
    "check_int",
    "check_choice",
    "check_bool",
    "check_broadcast",
]


def _fmt_range(low, high, low_open, high_open) -> str:
    lo = "-inf" if low is None else repr(low)
    hi = "inf" if high is None else repr(high)
    left = "(" if (low_open or low is None) else "["
    right = ")" if (high_open or high is None) else "]"
    return f"{left}{lo}, {hi}{right}"


def _short(value) -> str:
    arr = np.asarray(value) if not isinstance(value, str) else None
    if arr is not None and arr.ndim > 0 and arr.size > 6:
        return f"array of shape {arr.shape}"
    return repr(value)


def check_real(
    name: str,
    value,
    *,
    low: float | None = None,
    high: float | None = None,
    low_open: bool = False,
    high_open: bool = False,
    ndim: int | Iterable[int] | None = None,
    allow_empty: bool = False,
) -> np.ndarray:
    """Return ``value`` as a float array after checking it is finite and in range.

    Raises
    ------
    ValueError
        Naming ``name``, the offending value and the valid range.
    """
    rng = _fmt_range(low, high, low_open, high_open)
    if isinstance(value, (str, bytes)) or value is None:
        raise ValueError(f"{name} must be a real number in {rng}; got {value!r}")
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a real number in {rng}; got {_short(value)}") from None
    if ndim is not None:
        allowed = (ndim,) if isinstance(ndim, int) else tuple(ndim)
        if arr.ndim not in allowed:
            want = " or ".join(str(d) for d in allowed)
            raise ValueError(
                f"{name} must have {want} dimension(s); got shape {arr.shape}"
            )
    if arr.size == 0 and not allow_empty:
        raise ValueError(f"{name} must not be empty; got shape {arr.shape}")
    if arr.size and not np.all(np.isfinite(arr)):
        bad = arr[~np.isfinite(arr)].flat[0].item()
        raise ValueError(f"{name} must be finite, in {rng}; got {bad!r} in {_short(value)}")
    if arr.size:
        if low is not None:
            bad = arr <= low if low_open else arr < low
            if np.any(bad):
                raise ValueError(
                    f"{name} must be in {rng}; got {arr[bad].flat[0].item()!r}"
                    + ("" if arr.ndim == 0 else f" in {_short(value)}")
                )
        if high is not None:
            bad = arr >= high if high_open else arr > high
            if np.any(bad):
                raise ValueError(
                    f"{name} must be in {rng}; got {arr[bad].flat[0].item()!r}"
                    + ("" if arr.ndim == 0 else f" in {_short(value)}")
                )
    return arr


def check_probability(name: str, value, **kw) -> np.ndarray:
    """Check that ``value`` lies in [0, 1] (closed unless ``low_open``/``high_open``)."""
    return check_real(name, value, low=0.0, high=1.0, **kw)


def check_nonnegative(name: str, value, **kw) -> np.ndarray:
    """Check that ``value`` is finite and >= 0."""
    return check_real(name, value, low=0.0, **kw)


def check_positive(name: str, value, **kw) -> np.ndarray:
    """Check that ``value`` is finite and > 0."""
    return check_real(name, value, low=0.0, low_open=True, **kw)


def check_int(name: str, value, *, low: int | None = None, high: int | None = None) -> int:
    """Check that ``value`` is an integer (bool excluded) in [low, high]."""
    rng = _fmt_range(low, high, False, False)
    if isinstance(value, (bool, np.bool_)) or value is None:
        raise ValueError(f"{name} must be an integer in {rng}; got {value!r}")
    if isinstance(value, (float, np.floating)):
        if not math.isfinite(value) or value != int(value):
            raise ValueError(f"{name} must be an integer in {rng}; got {value!r}")
    try:
        ivalue = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be an integer in {rng}; got {value!r}") from None
    if (low is not None and ivalue < low) or (high is not None and ivalue > high):
        raise ValueError(f"{name} must be an integer in {rng}; got {value!r}")
    return ivalue


def check_choice(name: str, value, choices: Iterable) -> object:
    """Check that ``value`` is one of ``choices``."""
    choices = tuple(choices)
    if value not in choices:
        raise ValueError(f"{name} must be one of {choices!r}; got {value!r}")
    return value


def check_bool(name: str, value) -> bool:
    """Check that ``value`` is a bool (True or False)."""
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{name} must be True or False; got {value!r}")
    return bool(value)


def check_broadcast(**named) -> tuple[int, ...]:
    """Return the broadcast shape of the named arrays, or raise ValueError naming them and their shapes."""
    try:
        return np.broadcast_shapes(*(np.shape(v) for v in named.values()))
    except ValueError:
        desc = ", ".join(f"{k} {np.shape(v)}" for k, v in named.items())
        raise ValueError(
            f"parameters {', '.join(named)} must broadcast together (numpy rules); got shapes {desc}"
        ) from None
