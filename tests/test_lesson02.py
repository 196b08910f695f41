"""Lesson 02 (escalation): the demo's advice works, figures carry alt text, bad input is named,
tables and readouts use the notebook's language, exercises recognise typical mistakes."""
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import course_lib as cl  # noqa: E402
from course_lib import attention, demos, plots, tables  # noqa: E402
from course_lib.exercises import check, reset_attempts  # noqa: E402


@pytest.fixture(params=["it", "fr"])
def lang(request):
    cl.set_language(request.param)
    yield request.param
    cl.set_language("it")
    plt.close("all")


def _grid():
    """Every (n, gamma) position of the escalation demo's sliders."""
    demo_sliders = {s.name: s for s in demos.escalation_demo().specs}
    n_s, g_s = demo_sliders["n_advertisers"], demo_sliders["gamma"]
    ns = range(int(n_s.low), int(n_s.high) + 1)
    k = int(round((g_s.high - g_s.low) / g_s.step))
    gammas = [round(g_s.low + i * g_s.step, 10) for i in range(k + 1)]
    return [(n, g) for n in ns for g in gammas]


def _valid(n, gamma):
    """course_lib.attention's own check: does the symmetric equilibrium exist?"""
    try:
        attention.tullock_equilibrium(100.0, n, gamma)
    except ValueError:
        return False
    return True


def _follow_advice(message, lang):
    """Parse the message: (largest gamma advised, largest n advised or None)."""
    numbers = re.findall(r"\d+,\d+", message)
    assert not re.search(r"\d\.\d", message), f"decimal point in {message!r}"
    reduce_word = {"it": "Riduci γ a", "fr": "Réduisez γ à"}[lang]
    m = re.search(re.escape(reduce_word) + r" (\d+,\d+)", message)
    assert m, message
    gamma_ok = float(m.group(1).replace(",", "."))
    # "a 5 o meno", or "a 2." when two is the slider's minimum (no "or fewer" below it)
    n_word = {"it": r"inserzionisti\s+a (\d+)(?: o meno)?\.", "fr": r"annonceurs\s+à (\d+)(?: ou moins)?\."}[lang]
    m = re.search(n_word, message)
    assert numbers, message
    return gamma_ok, (int(m.group(1)) if m else None)


INVALID = [(n, g) for n, g in _grid() if not _valid(n, g)]


def test_the_grid_has_invalid_positions():
    assert len(INVALID) > 50
    assert (4, 1.5) in INVALID and (12, 2.0) in INVALID


@pytest.mark.parametrize("lang_code", ["it", "fr"])
def test_following_the_advice_gives_an_equilibrium(lang_code):
    cl.set_language(lang_code)
    try:
        for n, g in INVALID:
            msg = plots.no_equilibrium_message(n, g)
            assert "aumenta" not in msg and "augmentez" not in msg
            gamma_ok, n_ok = _follow_advice(msg, lang_code)
            # reduce gamma as advised (to the advised value or below): an equilibrium exists
            assert _valid(n, gamma_ok), (n, g, msg)
            assert all(_valid(n, x) for x in np.arange(0.5, gamma_ok + 1e-9, 0.05))
            # or reduce the number of advertisers as advised: an equilibrium exists
            if n_ok is not None:
                assert 2 <= n_ok < n
                assert msg.splitlines()[-1].endswith(("o meno.", "ou moins.")) == (n_ok > 2), msg
                assert all(_valid(m, g) for m in range(2, n_ok + 1)), (n, g, msg)
            else:
                assert not _valid(2, g)  # only when even two advertisers are too many
            # the message gives the gamma of the slider and the limit with a decimal comma
            assert cl.i18n.number(g, 2) in msg
    finally:
        cl.set_language("it")


def test_the_demo_message_goes_away_when_the_advice_is_followed(lang):
    demo = demos.escalation_demo()
    for n, g in [(4, 1.5), (7, 1.2), (12, 2.0), (3, 1.55)]:
        demo.set(n_advertisers=n, gamma=g)
        msg = demo.view.message.get_text()
        assert demo.view.message.get_visible() and msg
        gamma_ok, n_ok = _follow_advice(msg, lang)
        grid_gamma = max(x for x in demo.sliders["gamma"].options if x[1] <= gamma_ok + 1e-12)[1]
        demo.set(gamma=grid_gamma)
        assert not demo.view.message.get_visible(), (n, g, grid_gamma)
        demo.set(gamma=g, n_advertisers=n)
        assert demo.view.message.get_visible()
        demo.set(n_advertisers=n_ok)
        assert not demo.view.message.get_visible(), (n, g, n_ok)


@pytest.mark.parametrize("projector", [False, True])
def test_the_message_overlaps_no_other_text(lang, projector):
    from course_lib.style import use_projector_style

    use_projector_style(projector)
    try:
        demo = demos.escalation_demo()
    finally:
        use_projector_style(False)
    for n, g in [(4, 1.5), (12, 2.0), (3, 2.0), (5, 1.3)]:
        demo.set(n_advertisers=n, gamma=g)
        demo.canvas.draw()
        renderer = demo.canvas.get_renderer()
        box = demo.view.message.get_window_extent(renderer)
        others = [demo.view.ax.get_legend()] + [
            tx for tx in demo.view.ax.texts if tx is not demo.view.message and tx.get_text().strip()]
        for other in others:
            assert not box.overlaps(other.get_window_extent(renderer)), (n, g, getattr(other, "get_text", str)())


def test_gamma_readout_has_a_decimal_comma(lang):
    demo = demos.escalation_demo()
    w = demo.sliders["gamma"]
    assert w.label == "1,00" and w.value == 1.0
    demo.set(gamma=1.25)
    assert w.label == "1,25"
    assert all("." not in label for label, _ in w.options)
    demo.set(gamma=18 * 0.05)  # 0.9000000000000001, as a computed slider position may be
    assert w.value == 0.9 and w.label == "0,90"


def test_figures_carry_their_own_alt_text(lang):
    ax = plots.escalation()
    alt = ax.figure._course_alt
    assert alt == cl.t("alt.escalation", **_esc_fmt())
    assert "75\u00a0%" in alt and "50\u00a0%" in alt
    ax = plots.best_response_path()
    alt = ax.figure._course_alt
    assert "18,75" in alt and "0,27" in alt and "." not in re.sub(r"\.\s|\.$", "", alt)
    ax = plots.escalation(gamma=1.5)
    assert ax.figure._course_alt.startswith(cl.t("alt.escalation_invalid", gamma="1,50", n=4)[:20])


def _esc_fmt():
    return dict(n_max=12, total2="50\u00a0%", total_last="92\u00a0%", value_last="8\u00a0%", n=4,
                total_n="75\u00a0%", share_n="25\u00a0%", gamma="1")


def test_axis_ticks_use_the_decimal_comma():
    ax = plots.best_response_path(prize=3.0)
    ax.figure.canvas.draw()
    labels = [tx.get_text() for tx in ax.get_yticklabels() if tx.get_text()]
    assert labels and not any("." in s for s in labels)
    assert any("," in s for s in labels)
    ax = plots.escalation()
    ax.figure.canvas.draw()
    assert all("%" in tx.get_text() for tx in ax.get_yticklabels() if tx.get_text())


@pytest.mark.parametrize("call,name", [
    (lambda: plots.escalation(gamma=[1.0, 1.2]), "gamma"),
    (lambda: plots.escalation(prize=[100.0, 200.0]), "prize"),
    (lambda: plots.escalation(n_max=31), "n_max"),
    (lambda: plots.escalation(n_advertisers=2.5), "n_advertisers"),
    (lambda: plots.best_response_path(steps=101), "steps"),
    (lambda: plots.best_response_path(n=31), "n"),
    (lambda: plots.best_response_path(gamma=np.array([1.0, 1.1])), "gamma"),
    (lambda: attention.best_response_path(100, 4, steps=10_001), "steps"),
    (lambda: tables.dilemma_payoffs(prize=[100.0, 200.0]), "prize"),
    (lambda: tables.dilemma_payoffs(cost=[10.0, 20.0]), "cost"),
    (lambda: tables.advertising_dilemma(prize=np.array([100.0, 200.0])), "prize"),
    (lambda: tables.dilemma_payoffs(prize="100"), "prize"),
])
def test_bad_input_is_a_named_value_error(call, name):
    with pytest.raises(ValueError, match=rf"^{name} "):
        call()


def test_documented_maxima_are_accepted():
    plots.best_response_path(steps=100, n=30)
    plots.escalation(n_max=30, n_advertisers=30)
    assert attention.best_response_path(100, 4, steps=10_000).size == 10_001
    plt.close("all")


def test_dilemma_table_in_the_notebook_language(lang):
    table = tables.advertising_dilemma(100, 30)
    cells = [c for row in table.values for c in row]
    if lang == "it":
        assert "A: 20; B: 20" in cells and not any(" ;" in c for c in cells)
    else:
        assert "A\u00a0: 20\u00a0; B\u00a0: 20" in cells
    half = tables.advertising_dilemma(101, 30)
    assert any("20,5" in c for row in half.values for c in row)


def test_equilibrium_table_is_localised(lang):
    table = pd.DataFrame([attention.tullock_equilibrium(prize=100, n=n) for n in range(2, 5)],
                         index=pd.Index(range(2, 5), name="n")).astype(float)
    shown = tables.localize(table, decimals=2)
    assert not set(shown.columns) & set(table.columns)
    assert shown.iloc[0, 0] == "25,00"


@pytest.mark.parametrize("ex_id,wrong,words", [
    ("02.2", 45.0, {"it": "ciascun", "fr": "chaque"}),
    ("02.2", 150.0, {"it": "γ = 1", "fr": "γ = 1"}),
    ("02.2", 0.9, {"it": "dissipazione", "fr": "dissipation"}),
    ("02.3", 3, {"it": "γ = 1", "fr": "γ = 1"}),
    ("02.4", 0.8, {"it": "frazione", "fr": "fraction"}),
    ("02.4", 40.0, {"it": "spesa totale", "fr": "dépense totale"}),
    ("02.1", "a", {"it": "relativa", "fr": "relative"}),
    ("02.1", "d", {"it": "rapporti", "fr": "rapports"}),
])
def test_typical_mistakes_are_recognised(lang, ex_id, wrong, words):
    reset_attempts()
    fb = check(ex_id, wrong)
    assert not fb and words[lang] in fb.message


def test_hints_come_in_two_steps(lang):
    reset_attempts()
    first = check("02.2", 11.0).message
    second = check("02.2", 12.0).message
    assert "tullock_equilibrium" not in first and "tullock_equilibrium" in second
    reset_attempts()
