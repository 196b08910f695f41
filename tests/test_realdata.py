"""Tests of course_lib.realdata against REFERENCES.md §2.1 (UCI bank-full)."""
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_lib.realdata import contact_hazard, fit_contact_fatigue

SET = settings(max_examples=50, deadline=None)

# data/bank_full_campaign_counts.csv (UCI Bank Marketing, CC BY 4.0; derived: aggregated
# by number of contacts), inlined so the tests do not depend on a data path.
_ROWS = """1,17544,2561 2,12505,1401 3,5521,618 4,3522,317 5,1764,139 6,1291,92 7,735,47
8,540,32 9,327,21 10,266,14 11,201,16 12,155,4 13,133,6 14,93,4 15,84,4 16,79,2 17,69,6
18,51,0 19,44,0 20,43,1 21,35,1 22,23,0 23,22,0 24,20,1 25,22,0 26,13,0 27,10,0 28,16,0
29,16,1 30,8,0 31,12,0 32,9,1 33,6,0 34,5,0 35,4,0 36,4,0 37,2,0 38,3,0 39,1,0 41,2,0
43,3,0 44,1,0 46,1,0 50,2,0 51,1,0 55,1,0 58,1,0 63,1,0"""
BANK = pd.DataFrame(
    [tuple(int(v) for v in r.split(",")) for r in _ROWS.split()],
    columns=["campaign", "clients", "subscribed"],
)
H_REF = [5.66, 5.06, 4.08, 3.29, 2.27, 2.11, 1.53, 1.37, 1.17, 0.96]
RATE_REF = {1: 14.60, 2: 11.20, 3: 11.19, 4: 9.00, 5: 7.88, 6: 7.13}


def test_bank_totals():
    assert BANK.clients.sum() == 45_211 and BANK.subscribed.sum() == 5_289
    assert (BANK.campaign * BANK.clients).sum() == 124_956  # calls, REFERENCES §2.1


def test_hazard_reproduces_references():
    t = contact_hazard(BANK)
    np.testing.assert_allclose(np.round(100 * t.hazard[:10], 2), H_REF)
    for k, r in RATE_REF.items():
        assert round(100 * t.loc[t.k == k, "rate"].item(), 2) == r
    assert t.at_risk[0] == 45_211
    assert list(t.columns[:5]) == ["k", "clients", "at_risk", "converted", "hazard"]
    assert 0.24 < t.cumulative[11] < 0.27  # "about 25 % by call 12" (not an observed rate)


def test_input_forms_agree():
    t = contact_hazard(BANK)
    a = contact_hazard(BANK.to_numpy())
    d = contact_hazard({"k": BANK.campaign, "clients": BANK.clients, "converted": BANK.subscribed})
    shuffled = contact_hazard(BANK.sample(frac=1, random_state=0))
    for other in (a, d, shuffled):
        np.testing.assert_allclose(other.hazard, t.hazard)


def test_fit_hazard_and_rate():
    fh = fit_contact_fatigue(BANK)
    assert fh["target"] == "hazard"
    assert fh.odds_ratio_per_call == pytest.approx(0.813, abs=0.01)
    lo, hi = fh.odds_ratio_ci95
    assert lo < fh.odds_ratio_per_call < hi
    fr = fit_contact_fatigue(BANK, target="rate")
    # REFERENCES.md §2.1: "odds ratio of about 0.86 per additional call"
    assert fr["odds_ratio_per_call"] == pytest.approx(0.86, abs=0.03)
    for f in (fh, fr):
        assert np.all(np.diff(f.predicted) < 0)
        assert f.k.tolist() == list(range(1, 11))
        np.testing.assert_allclose(f.predicted[0], 1 / (1 + np.exp(-f.intercept)))


def test_fit_is_the_binomial_mle():
    from scipy.optimize import minimize

    f = fit_contact_fatigue(BANK)
    x = f.k - 1.0
    y, m = f.converted, f.trials

    def nll(b):
        eta = b[0] + b[1] * x
        return -np.sum(y * eta - m * np.logaddexp(0, eta))

    r = minimize(nll, [-2.5, 0.0], method="Nelder-Mead", options={"xatol": 1e-8, "fatol": 1e-8})
    assert nll([f.intercept, f.slope]) <= r.fun + 1e-6


@SET
@given(a=st.floats(-3, -1), b=st.floats(-0.3, 0.3), n=st.integers(20_000, 100_000))
def test_fit_recovers_logistic_hazard(a, b, n):
    # a table whose life-table hazard is logistic in k (up to rounding to integers)
    K = 8
    h = 1 / (1 + np.exp(-(a + b * np.arange(K))))
    rows, at_risk = [], float(n)
    for k in range(1, K + 1):
        conv = round(h[k - 1] * at_risk)  # converters stop being called at k
        stop = conv + round(0.3 * (at_risk - conv)) if k < K else round(at_risk)
        rows.append((k, stop, conv))
        at_risk -= stop
    tab = np.array(rows, dtype=float)
    t = contact_hazard(tab)
    assert np.all((t.hazard >= 0) & (t.hazard <= 1)) and np.all(np.diff(t.at_risk) < 0)
    f = fit_contact_fatigue(tab, max_k=K)
    assert f.slope == pytest.approx(b, abs=0.03)
    assert f.intercept == pytest.approx(a, abs=0.05)
    assert np.all(np.diff(f.predicted) < 0) == (f.slope < 0)


@pytest.mark.parametrize(
    "table, name",
    [
        (BANK.drop(columns="subscribed"), "converted"),
        (BANK.drop(columns="campaign"), "'k'"),
        (BANK.drop(columns="clients"), "clients"),
        (BANK.assign(clients=BANK.clients * -1), "clients"),
        (BANK.assign(subscribed=BANK.subscribed - 3000), "converted"),
        (BANK.assign(subscribed=BANK.clients + 1), "converted"),
        (BANK.assign(campaign=0), "'k'"),
        (BANK.assign(clients=BANK.clients + 0.5), "clients"),
        (BANK.assign(subscribed=np.nan), "converted"),
        (np.ones((3, 2)), "counts"),
        ("bank.csv", "counts"),
    ],
)
def test_bad_tables_raise(table, name):
    with pytest.raises(ValueError, match=name):
        contact_hazard(table)


def test_fit_bad_args():
    with pytest.raises(ValueError, match="max_k"):
        fit_contact_fatigue(BANK, max_k=1)
    with pytest.raises(ValueError, match="target"):
        fit_contact_fatigue(BANK, target="odds")
    with pytest.raises(ValueError, match="converted"):
        fit_contact_fatigue(BANK.assign(subscribed=0))


@pytest.mark.parametrize(
    "table, target, direction",
    [
        # complete separation: all converted at k=1, none at k=2 (rate slope ran to -62,
        # SE 2.7e6, CI (0, inf) before the check)
        ([[1, 10, 10], [2, 10, 0]], "rate", "-inf"),
        ([[1, 10, 10], [2, 10, 0]], "hazard", "-inf"),
        # quasi-complete separation: conversions only at the largest k (odds ratio 1e12)
        ([[1, 100, 0], [2, 100, 0], [3, 100, 5]], "rate", "[+]inf"),
        ([[1, 100, 0], [2, 100, 0], [3, 100, 5]], "hazard", "[+]inf"),
    ],
)
def test_fit_separated_data_raise(table, target, direction):
    with pytest.raises(ValueError, match=r"counts.*separate perfectly.*" + direction):
        fit_contact_fatigue(np.array(table), target=target)


def test_fit_separation_depends_on_max_k():
    # separated for k <= 2, but not once k = 3 (with conversions and non-conversions) is used
    tab = np.array([[1, 10, 10], [2, 10, 0], [3, 10, 4]])
    with pytest.raises(ValueError, match="max_k=2"):
        fit_contact_fatigue(tab, max_k=2, target="rate")
    f = fit_contact_fatigue(tab, max_k=3, target="rate")
    assert np.isfinite(f.slope) and np.isfinite(f.slope_se)
    assert 0 < f.odds_ratio_ci95[0] < f.odds_ratio_per_call < f.odds_ratio_ci95[1] < np.inf


def test_fit_near_separation_is_finite():
    # overlap in a single row on each side: the MLE exists, large but finite
    f = fit_contact_fatigue(np.array([[1, 1001, 1000], [2, 1000, 1]]), target="rate")
    assert f.slope == pytest.approx(np.log(1 / 999) - np.log(1000), rel=1e-6)
    assert np.all(np.isfinite(f.odds_ratio_ci95)) and f.odds_ratio_ci95[0] > 0
