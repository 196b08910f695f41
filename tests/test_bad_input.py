"""Principle 4 across the whole library: NaN, infinity or a string in any numeric parameter of
any public model function raises a ValueError that names that parameter, never a silent NaN
or an error from deep inside numpy."""
import math

import numpy as np
import pytest

import course_lib as cl

BANK = cl.datasets.load_bank_counts()

# one valid call per public model function: (function, keyword arguments)
VALID = [
    (cl.attention.attention_shares, dict(efforts=[1.0, 2.0], gamma=1.0, outside=0.5)),
    (cl.attention.share_of_voice, dict(spend=[1.0, 2.0])),
    (cl.attention.contest_payoff, dict(own=1.0, rivals_total=2.0, prize=10.0, gamma=1.0, outside=0.0)),
    (cl.attention.best_response, dict(rival_spend=1.0, n=3, prize=10.0, gamma=1.0)),
    (cl.attention.tullock_equilibrium, dict(prize=100.0, n=4, gamma=1.0)),
    (cl.attention.best_response_path, dict(prize=100.0, n=4, gamma=1.0, steps=5, start=0.001)),
    (cl.memory.retention_exponential, dict(t=[0.0, 1.0], stability=3.0)),
    (cl.memory.retention_power, dict(t=[0.0, 1.0], tau=1.0, d=0.5)),
    (cl.memory.awareness_path, dict(exposures=[1.0, 0.0, 1.0], learn=0.3, forget=0.1, a0=0.0)),
    (cl.memory.schedule, dict(kind="burst", n_periods=10, total=3.0)),
    (cl.carryover.adstock_weights, dict(alpha=0.5, l_max=4)),
    (cl.carryover.geometric_adstock, dict(x=[1.0, 0.0, 0.0], alpha=0.5)),
    (cl.carryover.half_life, dict(alpha=0.5)),
    (cl.carryover.hill, dict(x=[0.0, 1.0], half_saturation=1.0, slope=2.0)),
    (cl.carryover.michaelis_menten, dict(x=[0.0, 1.0], vmax=1.0, km=1.0)),
    (cl.carryover.logistic_saturation, dict(x=[0.0, 1.0], lam=1.0)),
    (cl.repetition.two_factor_response, dict(n=[0.0, 1.0], learn=1.0, rate=0.8, tedium=0.08)),
    (cl.repetition.two_factor_optimum, dict(learn=1.0, rate=0.8, tedium=0.08)),
    (cl.fatigue.fatigue_stock, dict(sends=[1.0, 0.0], retention=0.7)),
    (cl.fatigue.recovery_half_life, dict(retention=0.7)),
    (cl.fatigue.engagement_probability, dict(fatigue=[0.0, 1.0], base=0.2, kappa=0.15)),
    (cl.fatigue.unsubscribe_hazard, dict(fatigue=[0.0, 1.0], eta0=0.002, eta1=0.002)),
    (cl.fatigue.apply_frequency_cap, dict(sends=[1, 1, 1], cap=2, window=2)),
    (cl.fatigue.habituated_sends, dict(sends=[1.0, 2.0], kappa=0.15)),
    (cl.fatigue.simulate_list, dict(sends=[1.0, 1.0], n0=100, retention=0.7, base=0.2, kappa=0.15,
                                    eta0=0.002, eta1=0.002, new_optins=0.0)),
    (cl.fatigue.frequency_sweep, dict(frequencies=[0.5, 1.0], n_periods=4)),
    (cl.realdata.fit_contact_fatigue, dict(counts=BANK, max_k=10)),
    (cl.permission.optin_funnel, dict(visitors=1000.0, rates=[0.5, 0.2])),
    (cl.permission.double_optin, dict(visitors=1000.0, rates=[0.5, 0.2], confirm_rate=0.7)),
    (cl.permission.clv, dict(margin=100.0, retention=0.8, discount=0.1)),
    (cl.permission.acquisition_vs_cultivation, dict(budget=10000.0, share_interruption=0.5, horizon=12)),
    (cl.population.simulate_population, dict(sends=[1.0, 1.0], n_recipients=50, retention_mean=0.7,
                                             tolerance_mean=3.0, heterogeneity=0.5, base=0.2, kappa=0.15)),
    (cl.population.draw_population, dict(n_recipients=50, retention_mean=0.7, tolerance_mean=3.0,
                                         heterogeneity=0.5)),
    (cl.population.campaign_sweep, dict(rates=[0.5, 1.0], n_periods=4, n_recipients=50, retention_mean=0.7,
                                        tolerance_mean=3.0, heterogeneity=0.5, base=0.05, kappa=0.15)),
    (cl.consent.regime_outcomes, dict(population=1000.0, consent_share=0.1, opposition_share=0.3,
                                      response_consenting=0.05, response_other=0.005, complaint_consenting=0.002,
                                      complaint_other=0.03, value_per_response=50.0, cost_per_contact=1.0,
                                      cost_per_complaint=20.0, regime="opt_in")),
    (cl.consent.compare_regimes, dict(population=1000.0, consent_share=0.1, opposition_share=0.3,
                                      response_consenting=0.05, response_other=0.005, complaint_consenting=0.002,
                                      complaint_other=0.03, value_per_response=50.0, cost_per_contact=1.0,
                                      cost_per_complaint=20.0)),
    (cl.targeting.campaign_outcomes, dict(budget=3000.0, cost_per_contact=0.2, precision=0.5, relevance=0.5,
                                          population=1000.0, interest=0.1, conversion=0.1, gain=2.0, outside=1.0)),
    (cl.targeting.mass_vs_targeted, dict(budget=3000.0, precision=0.5, relevance=0.5, population=1000.0,
                                         interest=0.1, cost_mass=0.05, cost_targeted=0.2, conversion=0.1,
                                         gain=2.0, outside=1.0)),
    (cl.targeting.break_even_precision, dict(interest=0.1, cost_mass=0.05, cost_targeted=0.2)),
]

CASES = [
    (f, name)
    for f, kwargs in VALID
    for name, value in kwargs.items()
    if not isinstance(value, (str, bool)) and not hasattr(value, "columns")
]


def _ids(case):
    f, name = case
    return f"{f.__module__.split('.')[-1]}.{f.__name__}-{name}"


@pytest.mark.parametrize("f,kwargs", VALID, ids=[f"{f.__module__.split('.')[-1]}.{f.__name__}" for f, _ in VALID])
def test_valid_call_returns_finite_numbers(f, kwargs):
    out = f(**kwargs)
    values = out.values() if isinstance(out, dict) else [out]
    for v in values:
        if isinstance(v, (int, float, np.ndarray, np.number)):
            assert np.all(np.isfinite(np.asarray(v, dtype=float)))


@pytest.mark.parametrize("case", CASES, ids=[_ids(c) for c in CASES])
@pytest.mark.parametrize("bad", [math.nan, math.inf, "abc"], ids=["nan", "inf", "str"])
def test_bad_value_names_the_parameter(case, bad):
    f, name = case
    kwargs = dict(next(kw for g, kw in VALID if g is f))
    value = kwargs[name]
    if isinstance(value, (list, tuple)):
        kwargs[name] = [bad] + list(value[1:])
    else:
        kwargs[name] = bad
    with pytest.raises(ValueError, match=name):
        f(**kwargs)


# --- shapes and overflow: clear errors, never a raw numpy message or a silent inf ----------
def test_outside_with_the_wrong_shape_names_outside():
    with pytest.raises(ValueError, match="outside"):
        cl.attention.attention_shares([1.0, 2.0], outside=[1.0, 2.0])
    with pytest.raises(ValueError, match="outside"):
        cl.attention.attention_shares(np.ones((3, 2)), outside=[1.0, 2.0])


def test_michaelis_menten_stays_finite_for_huge_values():
    out = cl.carryover.michaelis_menten([0.0, 1.0, 1e308], 2.0, 1e308)
    assert np.all(np.isfinite(out)) and out[0] == 0 and out[2] == pytest.approx(1.0)
    assert cl.carryover.michaelis_menten(1e308, 2.0, 1.0) == pytest.approx(2.0)


def test_two_factor_overflow_is_an_error():
    with pytest.raises(ValueError, match="n must be in"):
        cl.repetition.two_factor_response(1e308)
    with pytest.raises(ValueError, match="tedium"):
        cl.repetition.two_factor_response(1e6, tedium=1e303)


def test_burst_vs_spread_names_total():
    with pytest.raises(ValueError, match="total"):
        cl.plots.burst_vs_spread(total=100)


def test_infinite_count_in_a_data_file_names_file_and_column(tmp_path, monkeypatch):
    import shutil

    for f in cl.datasets.data_files(with_cards=True):
        shutil.copy(cl.datasets.data_path(f), tmp_path / f)
    path = tmp_path / cl.datasets.BANK_COUNTS
    lines = path.read_text().splitlines()
    lines[1] = "1,inf,2561"
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setenv(cl.datasets.DATA_ENV_VAR, str(tmp_path))
    with pytest.raises(ValueError, match=r"bank_full_campaign_counts\.csv.*clients|clients.*bank_full"):
        cl.datasets.load_bank_counts()


@pytest.mark.parametrize("call,names", [
    (lambda: cl.fatigue.fatigue_stock(np.ones((2, 5)), retention=[0.5, 0.6, 0.7]), "retention"),
    (lambda: cl.fatigue.engagement_probability(np.ones(4), base=[0.1, 0.2]), "base"),
    (lambda: cl.fatigue.unsubscribe_hazard(np.ones(4), eta0=[0.1, 0.2]), "eta0"),
    (lambda: cl.permission.clv([100.0, 200.0], [0.8, 0.7, 0.6], 0.1), "retention"),
    (lambda: cl.permission.clv(100.0, [0.8, 0.7], 0.1, horizon=[1, 2, 3]), "horizon"),
    (lambda: cl.carryover.hill([1.0, 2.0], [1.0, 2.0, 3.0]), "half_saturation"),
], ids=["fatigue_stock", "engagement", "unsubscribe", "clv", "clv_horizon", "hill"])
def test_shapes_that_do_not_broadcast_name_the_parameters(call, names):
    with pytest.raises(ValueError, match=f"must broadcast.*{names}|{names}.*must broadcast"):
        call()


# --- absurd but finite magnitudes and sizes: finite, meaningful values or a clear error -------
# A huge value (1e300, the largest float), a tiny one (1e-300) and, for integer sizes, 10**9 and
# 10**30 in every numeric parameter of every public model: the call either refuses the value with
# a ValueError naming the parameter, or returns finite values (no inf, NaN, negative count from an
# integer overflow) without a numpy warning (a warning is printed in the student's notebook).
MAGNITUDES = [1e300, 1.7976931348623157e308, 1e-300, 5e-324]
SIZES = [10**9, 10**30]

# known gaps in files other engineers own (course_lib/permission.py): fixed there, then removed here
KNOWN_GAPS: set = set()  # every class found by the sweep is fixed


def _values(out):
    if isinstance(out, dict):
        return list(out.values())
    if hasattr(out, "__dataclass_fields__"):
        return [getattr(out, k) for k in out.__dataclass_fields__]
    return [out]


def _finite_and_meaningful(out):
    for v in _values(out):
        if isinstance(v, (str, bytes)):
            continue
        try:
            arr = np.asarray(v, dtype=float)
        except (TypeError, ValueError):
            continue
        assert np.all(np.isfinite(arr)), f"non-finite output {v!r}"
        if isinstance(v, np.ndarray) and v.dtype.kind in "iu":
            assert np.all(v >= 0), f"negative count (integer overflow?) {v!r}"


MAGNITUDE_CASES = [
    (f, name, bad)
    for f, kwargs in VALID
    for name, value in kwargs.items()
    if not isinstance(value, (str, bool)) and not hasattr(value, "columns")
    for bad in (SIZES if isinstance(value, int) else MAGNITUDES)
]


@pytest.mark.parametrize(
    "f,name,bad", MAGNITUDE_CASES,
    ids=[f"{f.__module__.split('.')[-1]}.{f.__name__}-{name}-{bad:g}" for f, name, bad in MAGNITUDE_CASES])
def test_absurd_magnitudes_give_finite_values_or_name_the_parameter(f, name, bad):
    import warnings

    if (f.__name__, name, bad) in KNOWN_GAPS:
        pytest.xfail("course_lib/permission.py is changed by another engineer; see the reliability report")
    kwargs = dict(next(kw for g, kw in VALID if g is f))
    value = kwargs[name]
    kwargs[name] = [bad] + list(value[1:]) if isinstance(value, (list, tuple)) else bad
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow warning would reach the notebook
        try:
            out = f(**kwargs)
        except ValueError as err:
            assert name in str(err), str(err)
            return
    _finite_and_meaningful(out)


# --- the same sweep on every figure: no "nan", "inf" or 300-digit number in its text -----------
def _figure_cases():
    import inspect

    cases = []
    for fname in cl.plots.__all__:
        f = getattr(cl.plots, fname)
        if not callable(f) or inspect.isclass(f):
            continue
        for pname, p in inspect.signature(f).parameters.items():
            d = p.default
            if pname == "ax" or isinstance(d, bool) or not isinstance(d, (int, float)):
                continue
            bads = SIZES + [1e300, 1e-300] if isinstance(d, int) else MAGNITUDES
            cases += [(fname, pname, bad) for bad in bads]
    return cases


FIGURE_CASES = _figure_cases()


def _figure_text(ax):
    parts = [getattr(ax.figure, "_course_alt", "") or ""]
    for a in ax.figure.axes:
        parts += [x.get_text() for x in a.texts] + [a.get_title(loc) for loc in ("left", "center", "right")]
        parts += [x.get_text() for x in a.get_xticklabels() + a.get_yticklabels()]
        if a.get_legend():
            parts += [x.get_text() for x in a.get_legend().get_texts()]
    return " | ".join(parts)


@pytest.mark.parametrize("fname,name,bad", FIGURE_CASES, ids=[f"{f}-{n}-{b:g}" for f, n, b in FIGURE_CASES])
def test_figures_with_absurd_magnitudes_draw_meaningful_text_or_name_the_parameter(fname, name, bad):
    import re
    import warnings

    import matplotlib.pyplot as plt

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                ax = getattr(cl.plots, fname)(**{name: bad})
            except ValueError as err:
                assert name in str(err), str(err)
                return
        text = _figure_text(ax)
        assert not re.search(r"\bnan\b|\binf\b|\d{16,}|e\+\d\d", text, re.I), text[:300]
    finally:
        plt.close("all")
