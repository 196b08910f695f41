"""Input validation shared by every model.

Every public function of :mod:`course_lib` validates its parameters with these helpers,
so bad input raises a :class:`ValueError` that names the parameter, the value received
and the valid range, instead of returning NaN or failing deep inside numpy. The message is
in English, or in the notebook's language once ``cl.set_language`` has been called
(templates in :mod:`course_lib._strings_errors`).
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
    "check_length",
]


def _lang() -> str:
    from .i18n import message_language  # lazy: i18n itself validates with this module

    return message_language()


def _msg(key: str, **fmt) -> str:
    """The text of the template ``key`` in the message language, formatted with ``fmt``."""
    from ._strings_errors import ERRORS

    return ERRORS[key][_lang()].format(**fmt)


def _err(key: str, cls: type = ValueError, **fmt) -> Exception:
    """An exception of type ``cls`` (default ValueError) from the template ``key`` in the message language.

    Every error a student can meet is raised through this function (or :func:`_msg`), so that it
    reads in the notebook's language; ``tests/test_error_language.py`` fails on a hand-written one.
    """
    return cls(_msg(key, **fmt))


def _num(x) -> str:
    """A number as the message language writes it (decimal comma in Italian and French)."""
    return _dec(repr(x))


def _dec(text: str) -> str:
    """A number already written as text, with the decimal comma of Italian and French."""
    return text if _lang() == "en" else text.replace(".", ",")


def _sep() -> str:
    """The separator of the two ends of an interval: [0, 1] in English, [0; 1] in Italian and French."""
    return {"en": ", ", "it": "; ", "fr": "\u00a0; "}[_lang()]


def _count(n: int) -> str:
    """A whole count with the thousands separator of the message language (2,000,000 / 2.000.000)."""
    text = f"{int(n):,}"
    return {"en": text, "it": text.replace(",", "."), "fr": text.replace(",", "\u202f")}[_lang()]


def _fmt_range(low, high, low_open, high_open) -> str:
    lo = "-inf" if low is None else _num(low)
    hi = "inf" if high is None else _num(high)
    left = "(" if (low_open or low is None) else "["
    right = ")" if (high_open or high is None) else "]"
    return f"{left}{lo}{_sep()}{hi}{right}"


def _short(value) -> str:
    arr = np.asarray(value) if not isinstance(value, str) else None
    if arr is not None and arr.ndim > 0 and arr.size > 6:
        from ._strings_errors import ERRORS

        return ERRORS["array_of_shape"][_lang()].format(shape=arr.shape)
    if isinstance(value, (float, np.floating)) and not isinstance(value, bool):
        return _num(float(value))
    if isinstance(value, np.generic):
        return repr(value.item())
    return repr(value)


def _item(x) -> str:
    return _num(x.item() if hasattr(x, "item") else x)


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
        raise _err("real", name=name, rng=rng, value=repr(value))
    try:
        arr = np.asarray(value, dtype=float)
    except OverflowError:  # a Python integer beyond float range, such as 10**400
        raise _err("too_large", name=name, rng=rng, value=f"{str(value)[:12]}…") from None
    except (TypeError, ValueError):
        raise _err("real", name=name, rng=rng, value=_short(value)) from None
    if ndim is not None:
        allowed = (ndim,) if isinstance(ndim, int) else tuple(ndim)
        if arr.ndim not in allowed:
            sep = {"en": " or ", "it": " o ", "fr": " ou "}[_lang()]
            if len(allowed) > 2 and allowed == tuple(range(allowed[0], allowed[-1] + 1)):
                want = f"{allowed[0]}–{allowed[-1]}"  # a range, 1–32, rather than 32 numbers
            else:
                want = sep.join(str(d) for d in allowed)
            raise _err("ndim", name=name, want=want, shape=arr.shape)
    if arr.size == 0 and not allow_empty:
        raise _err("empty", name=name, shape=arr.shape)
    if arr.size and not np.all(np.isfinite(arr)):
        bad = arr[~np.isfinite(arr)].flat[0].item()
        raise _err("finite", name=name, rng=rng, bad=repr(bad), value=_short(value))
    if arr.size:
        from ._strings_errors import ERRORS

        where = "" if arr.ndim == 0 else ERRORS["in"][_lang()].format(value=_short(value))
        if low is not None:
            bad = arr <= low if low_open else arr < low
            if np.any(bad):
                raise _err("range", name=name, rng=rng, bad=_item(arr[bad].flat[0]), where=where)
        if high is not None:
            bad = arr >= high if high_open else arr > high
            if np.any(bad):
                raise _err("range", name=name, rng=rng, bad=_item(arr[bad].flat[0]), where=where)
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
        raise _err("int", name=name, rng=rng, value=repr(value))
    if isinstance(value, (float, np.floating)):
        if not math.isfinite(value) or value != int(value):
            raise _err("int", name=name, rng=rng, value=_short(value))
    try:
        ivalue = int(value)
    except (TypeError, ValueError, OverflowError):
        raise _err("int", name=name, rng=rng, value=_short(value)) from None
    if (low is not None and ivalue < low) or (high is not None and ivalue > high):
        shown = str(ivalue) if len(str(ivalue)) <= 20 else f"{str(ivalue)[:12]}…"
        raise _err("int", name=name, rng=rng, value=shown)
    return ivalue


def check_choice(name: str, value, choices: Iterable) -> object:
    """Check that ``value`` is one of ``choices``."""
    choices = tuple(choices)
    try:
        ok = value in choices
    except (TypeError, ValueError):  # e.g. an array compared with strings
        ok = False
    if not ok:
        raise _err("choice", name=name, choices=repr(choices), value=_short(value))
    return value


def check_bool(name: str, value) -> bool:
    """Check that ``value`` is a bool (True or False)."""
    if not isinstance(value, (bool, np.bool_)):
        raise _err("bool", name=name, value=_short(value))
    return bool(value)


def check_broadcast(**named) -> tuple[int, ...]:
    """Return the broadcast shape of the named arrays, or raise ValueError naming them and their shapes."""
    try:
        return np.broadcast_shapes(*(np.shape(v) for v in named.values()))
    except ValueError:
        desc = ", ".join(f"{k} {np.shape(v)}" for k, v in named.items())
        raise _err("broadcast", names=", ".join(named), shapes=desc) from None


def check_length(name: str, arr: np.ndarray, high: int, *, axis: int | None = -1) -> int:
    """Check a size read from an array: its length along ``axis`` (or its total size with
    ``axis=None``) must be at most ``high``, the documented maximum a course needs, so that a
    student's typo (a million periods) gives a clear error instead of freezing the kernel.

    The message names ``name`` with the size checked: ``len(sends)``, ``sends.shape[-1]`` or
    ``sends.size``. Returns the size.
    """
    arr = np.asarray(arr)
    if axis is None:
        size, label = int(arr.size), f"{name}.size"
    else:
        size = int(arr.shape[axis])
        label = f"len({name})" if arr.ndim == 1 else f"{name}.shape[{axis}]"
    if size > high:
        raise _err("int", name=label, rng=_fmt_range(1, high, False, False), value=str(size))
    return size
