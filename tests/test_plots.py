"""Static figures: one function per figure, parameters in, optional ax, text from the translations."""
import matplotlib

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

import course_lib as cl  # noqa: E402
from course_lib import plots  # noqa: E402

ALL = [
    ("attention_share", {}),
    ("tv_caps", {}),
    ("spam_share", {}),
    ("escalation", {}),
    ("best_response_path", {}),
    ("two_factor", {}),
    ("forgetting_curves", {}),
    ("burst_vs_spread", {}),
    ("fatigue_stock", {}),
    ("bank_conversion", {}),
    ("contact_hazard", {}),
    ("fatigue_campaign", {}),
    ("mass_vs_targeted", {}),
    ("targeting_precision", {}),
]


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def _title(ax):
    return ax.get_title() or ax.get_title(loc="right") or ax.get_title(loc="left")


@pytest.mark.parametrize("name,kw", ALL)
def test_plot_draws_on_given_ax_in_each_language(name, kw):
    titles = {}
    for lang in ("it", "fr"):
        cl.set_language(lang)
        try:
            fig, ax = plt.subplots()
            out = getattr(plots, name)(ax=ax, **kw)
            assert out is ax
            fig.canvas.draw()
            titles[lang] = _title(ax)
            assert titles[lang] and ax.get_xlabel()
        finally:
            cl.set_language("it")
    assert titles["it"] != titles["fr"]


def test_plot_rejects_non_axes():
    with pytest.raises(ValueError, match="ax"):
        plots.two_factor(ax="left")


def test_two_factor_marker_is_at_the_optimum():
    ax = plots.two_factor(learn=1.0, rate=0.8, tedium=0.08)
    marker = [ln for ln in ax.lines if ln.get_linestyle() == "None"][0]
    assert marker.get_xdata()[0] == pytest.approx(cl.repetition.two_factor_optimum(1.0, 0.8, 0.08))


def test_attention_curves_add_up_to_one():
    ax = plots.attention_share(n_advertisers=3, own_effort=1.0, rivals_effort=2.0, outside=1.5)
    own, rivals, outside = (ln.get_ydata() for ln in ax.lines[:3])
    assert np.allclose(own + rivals + outside, 1.0)
    assert np.all(np.diff(own) >= 0)  # own share rises with own effort


def test_escalation_total_spend_matches_model():
    ax = plots.escalation(prize=100, gamma=1.0)
    total = ax.lines[0].get_ydata()
    expected = [cl.attention.tullock_equilibrium(100, n)["total_spend"] for n in range(1, 13)]
    assert np.allclose(total, expected)


def test_bad_parameters_raise_clear_errors():
    with pytest.raises(ValueError, match="own_effort"):
        plots.attention_share(own_effort=-1)
    with pytest.raises(ValueError, match="n_max"):
        plots.escalation(n_max=1)
    with pytest.raises(ValueError, match="retention"):
        plots.fatigue_campaign(retention=1.2)


def test_dilemma_table():
    pay = cl.tables.dilemma_payoffs(100, 30)
    # advertising is dominant, yet both are worse off than if both abstained
    assert pay[(True, True)][0] > pay[(False, True)][0]
    assert pay[(True, False)][0] > pay[(False, False)][0]
    assert pay[(True, True)][0] < pay[(False, False)][0]
    table = cl.tables.advertising_dilemma(100, 30)
    assert table.shape == (2, 2)
    with pytest.raises(ValueError, match="cost"):
        cl.tables.dilemma_payoffs(100, 130)


def test_localize_translates_headers_values_and_decimals():
    import pandas as pd

    from course_lib import _strings
    _strings.TRANSLATIONS.setdefault("col.__test_rate", {"it": "tasso", "fr": "taux"})
    _strings.TRANSLATIONS.setdefault("col.__test_kind", {"it": "tipo", "fr": "type"})
    _strings.TRANSLATIONS.setdefault("val.__test_kind.private", {"it": "privata", "fr": "privée"})
    df = pd.DataFrame({"__test_rate": [0.125, 2.0], "__test_kind": ["private", "other"]})
    cl.set_language("fr")
    try:
        out = cl.tables.localize(df)
        assert list(out.columns) == ["taux", "type"]
        assert list(out["taux"]) == ["0,13", "2,00"] or list(out["taux"]) == ["0,12", "2,00"]
        assert list(out["type"]) == ["privée", "other"]
        with pytest.raises(ValueError, match="no translation"):
            cl.tables.localize(df.assign(english=1))
    finally:
        cl.set_language("it")
        for k in ("col.__test_rate", "col.__test_kind", "val.__test_kind.private"):
            _strings.TRANSLATIONS.pop(k, None)
