"""Reliability classes of issue 10: bounded sizes, a robust contact-fatigue fit, the frequency
sweep with a cap, loaders that name the file, absurd magnitudes and messages that name what the
caller passed. Each test fails on the code before the fix."""
import numpy as np
import pandas as pd
import pytest
from scipy.optimize import minimize

import course_lib as cl


# --- 1. every size parameter has a documented maximum and a clear error beyond it ------------
SIZE_CASES = [
    (lambda: cl.population.simulate_population(np.ones(52), n_recipients=10**9), "n_recipients"),
    (lambda: cl.population.simulate_population(np.ones(10**4), n_recipients=10), r"len\(sends\)"),
    (lambda: cl.population.simulate_population(np.ones(200), n_recipients=10**6), "n_recipients"),
    (lambda: cl.population.draw_population(10**9), "n_recipients"),
    (lambda: cl.population.campaign_sweep([1.0, 2.0], n_recipients=10**7), "n_recipients"),
    (lambda: cl.population.campaign_sweep([1.0], n_periods=10**6), "n_periods"),
    (lambda: cl.population.campaign_sweep(np.ones(10**4), n_recipients=10), r"len\(rates\)"),
    (lambda: cl.plots.attention_share(n_advertisers=10**6), "n_advertisers"),
    (lambda: cl.fatigue.frequency_sweep(n_periods=10**6), "n_periods"),
    (lambda: cl.fatigue.frequency_sweep(frequencies=np.ones(10**5)), r"len\(frequencies\)"),
    (lambda: cl.fatigue.simulate_list(np.ones(10**5)), r"len\(sends\)"),
    (lambda: cl.fatigue.simulate_list(np.ones(10), n0=np.ones(10**6)), r"sends\.size"),
    (lambda: cl.fatigue.fatigue_stock(np.ones((10**4, 1000))), r"sends\.size"),
    (lambda: cl.fatigue.apply_frequency_cap([1, 1], 1, window=10**9), "window"),
    (lambda: cl.fatigue.apply_frequency_cap([1, 1], 10**30), "cap"),
    (lambda: cl.carryover.adstock_weights(0.5, 10**9), "l_max"),
    (lambda: cl.carryover.geometric_adstock(np.ones(5), 0.5, l_max=10**9), "l_max"),
    (lambda: cl.carryover.geometric_adstock(np.ones(10**5), 0.5), r"len\(x\)"),
    (lambda: cl.carryover.geometric_adstock(np.ones(100), np.full(10**6, 0.5)), r"x\.size"),
    (lambda: cl.memory.schedule("burst", 10**9, 3.0), "n_periods"),
    (lambda: cl.memory.awareness_path(np.ones(10**5)), r"len\(exposures\)"),
    (lambda: cl.attention.tullock_equilibrium(100.0, 10**9), "n"),
    (lambda: cl.attention.best_response(1.0, 10**9, 10.0), "n"),
    (lambda: cl.attention.contest_payoff(1.0, 2.0, 10.0, n=10**9), "n"),
    (lambda: cl.attention.best_response_path(100.0, 10**9), "n"),
    (lambda: cl.realdata.fit_contact_fatigue(cl.datasets.load_bank_counts(), max_k=10**9), "max_k"),
    (lambda: cl.i18n.number(1.0, 10**9), "decimals"),
]


# the documented maxima (checked first: without them, the calls below would try to allocate
# gigabytes or run for minutes instead of failing)
DOCUMENTED_MAXIMA = [
    (cl.population, "MAX_RECIPIENTS"), (cl.population, "MAX_PERIODS"), (cl.population, "MAX_WORK"),
    (cl.population, "MAX_RATES"), (cl.population, "MAX_SWEEP_RECIPIENTS"), (cl.population, "MAX_SWEEP_WORK"),
    (cl.fatigue, "MAX_PERIODS"), (cl.fatigue, "MAX_SCHEDULE_SIZE"), (cl.fatigue, "MAX_FREQUENCIES"),
    (cl.fatigue, "MAX_SENDS"), (cl.carryover, "MAX_LAGS"), (cl.carryover, "MAX_PERIODS"), (cl.memory, "MAX_PERIODS"),
    (cl.attention, "MAX_FIRMS"), (cl.realdata, "MAX_K"),
]


@pytest.mark.parametrize("call,name", SIZE_CASES, ids=[f"size-{i}" for i in range(len(SIZE_CASES))])
def test_sizes_beyond_the_documented_maximum_are_refused_by_name(call, name):
    missing = [f"{m.__name__}.{c}" for m, c in DOCUMENTED_MAXIMA if not hasattr(m, c)]
    assert not missing, f"undocumented size maxima: {missing}"
    with pytest.raises(ValueError, match=name):
        call()


def test_the_population_benchmark_size_stays_allowed():
    # 10^6 recipients x 52 weeks (benchmarks/population.py): checked without running it
    assert cl.population.MAX_RECIPIENTS >= 10**6
    assert cl.population.MAX_WORK >= 52 * 10**6
    out = cl.population.simulate_population(np.ones(52), n_recipients=1000)
    assert out["active"].shape == (52,)


def test_size_messages_follow_the_notebook_language():
    cl.set_language("it")
    with pytest.raises(ValueError, match=r"n_recipients deve essere un numero intero in \[1; 1000000\]"):
        cl.population.simulate_population(np.ones(52), n_recipients=10**9)


# --- 2. the contact-fatigue fit converges on every valid table -------------------------------
def _reference_fit(k, trials, conv):
    x = (k - 1).astype(float)
    X = np.column_stack([np.ones_like(x), x])

    def nll(b):
        eta = X @ b
        return -float(np.sum(conv * eta - trials * np.logaddexp(0.0, eta)))

    def grad(b):
        p = np.exp(-np.logaddexp(0.0, -(X @ b)))
        return -(X.T @ (conv - trials * p))

    best = None
    for start in ([0.0, 0.0], [-3.0, 0.5], [-3.0, -0.5]):
        res = minimize(nll, np.array(start), jac=grad, method="BFGS", options={"gtol": 1e-9, "maxiter": 2000})
        if best is None or res.fun < best.fun:
            best = res
    return best


def test_the_issue_example_no_longer_crashes():
    fit = cl.realdata.fit_contact_fatigue(
        pd.DataFrame({"k": [1, 2], "clients": [411, 14], "converted": [1, 13]}), max_k=2)
    # two rows: the fit is saturated, hazards 1/425 and 13/14
    assert fit.predicted == pytest.approx([1 / 425, 13 / 14], rel=1e-6)
    assert np.isfinite(fit.slope_se)


@pytest.mark.parametrize("target", ["hazard", "rate"])
def test_fit_matches_a_reference_optimiser_on_random_valid_tables(target):
    rng = np.random.default_rng(20261202)
    checked = 0
    for _ in range(400):
        rows = int(rng.integers(2, 7))
        clients = rng.integers(1, 2000, size=rows) if rng.random() < 0.5 else rng.integers(1, 30, size=rows)
        steep = rng.normal(0.0, 2.5)
        rate = 1.0 / (1.0 + np.exp(-(rng.normal(-2.0, 2.0) + steep * np.arange(rows))))
        converted = rng.binomial(clients, rate)
        table = pd.DataFrame({"k": np.arange(1, rows + 1), "clients": clients, "converted": converted})
        try:
            fit = cl.realdata.fit_contact_fatigue(table, max_k=rows, target=target)
        except ValueError as err:  # separation or no conversion: refused clearly, by design
            assert "counts" in str(err) or "converted" in str(err)
            continue
        ref = _reference_fit(fit.k, fit.trials.astype(float), fit.converted.astype(float))
        assert fit.loglik >= -ref.fun - 1e-6 * (1 + abs(ref.fun))
        assert np.all(np.isfinite([fit.slope, fit.intercept, fit.slope_se]))
        p_ref = np.exp(-np.logaddexp(0.0, -(ref.x[0] + ref.x[1] * (fit.k - 1))))
        assert fit.predicted == pytest.approx(p_ref, rel=1e-3, abs=1e-6)
        checked += 1
    assert checked > 150


# --- 3. frequency_sweep with a cap works with its own default grid ---------------------------
def test_frequency_sweep_with_a_cap_uses_whole_numbers_by_default():
    out = cl.fatigue.frequency_sweep(cap=4)
    assert np.array_equal(out["frequency"], np.arange(9.0))
    assert np.all(np.isfinite(out["total_engaged"]))
    # capped at 4 sends a period: 5 to 8 sends give the same totals as 4
    assert out["total_engaged"][5:] == pytest.approx([out["total_engaged"][4]] * 4)


def test_frequency_sweep_errors_name_the_parameters_the_caller_passed():
    with pytest.raises(ValueError, match="frequencies") as err:
        cl.fatigue.frequency_sweep(frequencies=[0.5, 1.0], cap=4)
    assert "sends" not in str(err.value)
    with pytest.raises(ValueError, match="frequencies.*retention|retention.*frequencies") as err:
        cl.fatigue.frequency_sweep(retention=[0.5, 0.6])
    assert "sends" not in str(err.value)


# --- 4. loaders check what their consumers rely on and name the file -------------------------
@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    import shutil

    for f in cl.datasets.data_files(with_cards=True):
        shutil.copy(cl.datasets.data_path(f), tmp_path / f)
    monkeypatch.setenv(cl.datasets.DATA_ENV_VAR, str(tmp_path))
    return tmp_path


def _edit(path, fn):
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(fn(lines)) + "\n", encoding="utf-8")


def test_a_missing_year_in_the_spam_table_names_the_file(data_copy):
    _edit(data_copy / cl.datasets.SPAM_SHARE, lambda ls: [x for x in ls if not x.startswith("2025,")])
    with pytest.raises(ValueError, match=r"spam_share_verified\.csv.*'2025'"):
        cl.datasets.load_spam_share()
    with pytest.raises(ValueError, match=r"spam_share_verified\.csv"):  # not a bare KeyError
        from course_lib.exercises import check

        check("01.3", 40.2)


def test_a_period_that_is_not_a_year_names_the_file_and_line(data_copy):
    _edit(data_copy / cl.datasets.SPAM_SHARE, lambda ls: [ls[0], ls[1].replace("2009,", "last year,", 1)] + ls[2:])
    with pytest.raises(ValueError, match=r"spam_share_verified\.csv.*period.*line 2"):
        cl.datasets.load_spam_share()


@pytest.mark.parametrize("country", ["it", "fr"])
def test_tv_caps_with_no_row_in_force_or_an_unknown_window_name_the_file(data_copy, country):
    name = cl.datasets.TV_CAPS_FILES[country]
    path = data_copy / name
    original = path.read_text(encoding="utf-8")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(original)))
    for r in rows:
        r["in_force"] = "false"
        r["valid_to"] = r["valid_to"] or "2024-12-31"
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    with pytest.raises(ValueError, match=name.replace(".", r"\.") + ".*in force"):
        cl.datasets.load_tv_caps(country=country)
    with pytest.raises(ValueError, match=name.replace(".", r"\.")):
        cl.plots.tv_caps()
    path.write_text(original.replace(",any_hour,", ",every_hour,", 1), encoding="utf-8")
    with pytest.raises(ValueError, match=name.replace(".", r"\.") + ".*window"):
        cl.datasets.load_tv_caps(country=country)


def test_tv_caps_dates_must_be_real_and_in_order(data_copy):
    path = data_copy / cl.datasets.TV_CAPS
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("2023-01-01", "2023-02-30", 1), encoding="utf-8")
    with pytest.raises(ValueError, match=r"tv_ad_caps_it\.csv.*valid_from"):
        cl.datasets.load_tv_caps()
    path.write_text(text.replace(",,2022-12-31,", ",2023-06-01,2022-12-31,", 1), encoding="utf-8")
    with pytest.raises(ValueError, match=r"tv_ad_caps_it\.csv.*valid_to"):
        cl.datasets.load_tv_caps(in_force_only=False)


def test_a_count_beyond_int64_is_refused_not_wrapped(data_copy):
    _edit(data_copy / cl.datasets.BANK_COUNTS, lambda ls: [ls[0], "1,1e300,2561"] + ls[2:])
    with pytest.raises(ValueError, match=r"bank_full_campaign_counts\.csv.*clients.*line 2"):
        cl.datasets.load_bank_counts()


# --- 6. no numpy/scipy message reaches the user; messages name what the caller passed ----------
def test_best_response_never_shows_a_math_or_solver_message():
    rng = np.random.default_rng(7)
    for _ in range(1500):
        V = 10 ** rng.uniform(-300, 15)
        r = 0.0 if rng.random() < 0.1 else 10 ** rng.uniform(-300, 15)
        g = 10 ** rng.uniform(-300, 2) if rng.random() < 0.5 else rng.uniform(0.01, 3.0)
        n = int(rng.integers(1, 1001))
        x = float(cl.attention.best_response(r, n, V, g))  # no "math domain error", no solver message
        assert np.isfinite(x) and 0.0 <= x <= V


@pytest.mark.parametrize("call,name", [
    (lambda: cl.attention.share_of_voice(np.float64(0.0)), "spend"),
    (lambda: cl.attention.tullock_equilibrium(100.0, np.float64(2.5)), "n"),
    (lambda: cl.fatigue.fatigue_stock(np.float64(-80.0)), "sends"),
    (lambda: cl.fatigue.apply_frequency_cap(np.array([1.5, 2.0]), 1), "sends"),
    (lambda: cl.plots.escalation(prize=np.array([-80.0])), "prize"),
    (lambda: cl.tables.dilemma_payoffs(prize=np.array([100.0, 200.0])), "prize"),
    (lambda: cl.realdata.fit_contact_fatigue({"k": np.array([1.0, 2.5]), "clients": [3, 4], "converted": [1, 1]}),
     "'k'"),
    (lambda: cl.realdata.fit_contact_fatigue({"k": [1, 2], "clients": np.array([3.0, 1e300]), "converted": [1, 1]}),
     "'clients'"),
    (lambda: cl.realdata.fit_contact_fatigue({"k": [1, 2], "clients": [3, 4], "converted": np.array([4, 1])}),
     "'converted'"),
])
def test_messages_name_the_parameter_and_show_no_numpy_repr(call, name):
    with pytest.raises(ValueError) as err:
        call()
    msg = str(err.value)
    assert name in msg, msg
    assert "np." not in msg and "dtype" not in msg and "math domain" not in msg, msg


def test_a_dimension_range_is_written_as_a_range():
    with pytest.raises(ValueError, match="1\u201332") as err:
        cl.attention.attention_shares(np.float64(1.0))
    assert " or 3 or " not in str(err.value)


@pytest.mark.parametrize("call", [
    lambda: cl.plots.customer_paths(budget=[1, 2]),
    lambda: cl.plots.customer_paths(share=[1, 2]),
    lambda: cl.plots.budget_split(budget=[1, 2]),
])
def test_cultivation_figures_want_scalars_and_say_so(call):
    with pytest.raises(ValueError, match="must have 0 dimension"):
        call()
