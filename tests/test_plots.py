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
    ("consent_regimes", {}),
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
        with pytest.raises(ValueError, match=r"\[.english.\] n.ont pas de traduction"):
            cl.tables.localize(df.assign(english=1))
    finally:
        cl.set_language("it")
        for k in ("col.__test_rate", "col.__test_kind", "val.__test_kind.private"):
            _strings.TRANSLATIONS.pop(k, None)


@pytest.mark.parametrize("lang, expected", [("it", ["2025", "45.211", "\u221210.000", "999"]),
                                             ("fr", ["2025", "45\u202f211", "\u221210\u202f000", "999"])])
def test_localize_groups_thousands_of_large_integers_only(lang, expected):
    """Counts of 10 000 or more get the language's thousands separator; years and small counts do not."""
    import pandas as pd

    from course_lib import _strings
    _strings.TRANSLATIONS.setdefault("col.__test_n", {"it": "n", "fr": "n"})
    cl.set_language(lang)
    try:
        out = cl.tables.localize(pd.DataFrame({"__test_n": [2025, 45211, -10000, 999]}))
        assert list(out["n"]) == expected
        small = cl.tables.localize(pd.DataFrame({"__test_n": [2025, 2026]}))
        assert small["n"].tolist() == [2025, 2026]  # untouched: still integers
    finally:
        cl.set_language("it")
        _strings.TRANSLATIONS.pop("col.__test_n", None)


@pytest.mark.parametrize("lang", ["it", "fr"])
@pytest.mark.parametrize("name", ["attention_share", "tv_caps", "spam_share"])
def test_lesson_01_figures_have_alt_text_in_the_language(name, lang):
    cl.set_language(lang)
    try:
        ax = getattr(plots, name)()
        alt = ax.figure._course_alt
        assert len(alt) > 120, alt
        assert ("Grafico" in alt or "Barre" in alt) if lang == "it" else ("Graphique" in alt or "Barres" in alt or "Nuage" in alt)
    finally:
        cl.set_language("it")


@pytest.mark.parametrize("lang, first", [("it", "Italia"), ("fr", "France")])
def test_tv_caps_show_both_countries_reader_first(lang, first):
    cl.set_language(lang)
    try:
        fig, ax = plt.subplots()
        plots.tv_caps(ax=ax)
        labels = [tl.get_text() for tl in ax.get_yticklabels()]
        assert len(labels) == 10  # 5 caps in force in each country
        headers = [tx.get_text() for tx in ax.texts if tx.get_fontweight() == "bold"]
        assert headers[0].startswith(first) and len(headers) == 2
        assert not any("." in tx.get_text() for tx in ax.texts if "min" in tx.get_text())  # decimal comma
    finally:
        cl.set_language("it")
# --- lesson 08: acquire, then cultivate ---------------------------------------------------
@pytest.mark.parametrize("name,kw", [("relationship_rates", {}), ("customer_paths", {}),
                                     ("budget_split", {"budget": 2})])
def test_lesson08_figures_in_each_language_with_alt_text(name, kw):
    alts = {}
    for lang in ("it", "fr"):
        cl.set_language(lang)
        try:
            fig, ax = plt.subplots()
            assert getattr(plots, name)(ax=ax, **kw) is ax
            fig.canvas.draw()
            assert ax.get_title() and ax.get_xlabel()
            alts[lang] = fig._course_alt
            assert len(alts[lang]) > 80 and "{" not in alts[lang]
        finally:
            cl.set_language("it")
    assert alts["it"] != alts["fr"]


def test_relationship_chart_shows_the_published_rates():
    cl.set_language("fr")
    try:
        ax = plots.relationship_rates()
        alt = ax.figure._course_alt
    finally:
        cl.set_language("it")
    assert "9,2\u00a0%" in alt and "64,7\u00a0%" in alt and "1\u202f511" in alt


def test_cultivation_view_axes_contain_every_slider_position():
    from course_lib.plots.cultivation import BUDGET_MAX_K, CultivationView

    fig, ax = plt.subplots()
    view = CultivationView(ax)
    ylim, xlim = ax.get_ylim(), ax.get_xlim()
    for budget in range(0, BUDGET_MAX_K + 1, 2):
        for share in range(0, 101, 5):
            assert view.update(budget=budget, share=share) is False
            for line in (view.all_int, view.all_perm, view.mix):
                y = line.get_ydata()
                assert np.all(np.isfinite(y)) and ylim[0] <= y.min() and y.max() <= 0.8 * ylim[1]
    assert ax.get_ylim() == ylim and ax.get_xlim() == xlim
    with pytest.raises(ValueError, match="share"):
        view.update(budget=10, share=120)
    with pytest.raises(ValueError, match="budget"):
        plots.budget_split(budget=25)
