"""Mass versus targeted interruption: the same budget, two contact lists (lesson 05).

A campaign buys contacts (calls, e-mails, pop-ups shown) with a fixed budget. A *mass*
campaign contacts people at random: the share of interested people among those it reaches
is the base rate q. A *targeted* campaign uses data to pick its contacts: its precision p
(share of interested people among the contacts) is higher, but a contact usually costs more
and a precise list is short. The message's relevance r raises the attention it wins from
interested people, through the attention weight of :func:`course_lib.attention.attention_shares`.

This is a teaching model with illustrative defaults, not an estimate from data: every
number it gives is an expected count under the stated assumptions.
"""
from __future__ import annotations

import numpy as np

from ._validate import check_broadcast, check_real
from .attention import attention_shares
from .carryover import _out

__all__ = ["campaign_outcomes", "mass_vs_targeted", "break_even_precision", "MAX_POPULATION"]

#: largest population the model accepts (people)
MAX_POPULATION = 1e9

_PARAMS = """
    budget : float or array_like
        Budget B in euros, in [0.01, 1e12].
    cost_per_contact : float or array_like
        Cost c of one contact in euros, in [1e-6, 1e6].
    precision : float or array_like
        Targeting precision p: share of interested people among those contacted, in
        [0.001, 1]. A random (mass) list has p = q.
    relevance : float or array_like
        Relevance r of the message, in [0, 1]: the share of the interested people reached
        for whom the message fits their situation at that moment (the right offer, in the
        right context). For them its attention weight is 1 + gain, for the others 1.
    population : float or array_like, default 100_000
        Size N of the population that can be contacted, in [1, 1e9] (expected counts, so
        it need not be an integer).
    interest : float or array_like, default 0.1
        Base rate q: share of the population interested in the offer, in [0.001, 0.999].
    conversion : float or array_like, default 0.1
        Probability b that an interested person whose attention the message wins responds
        (buys, subscribes), in [0.001, 1].
    gain : float or array_like, default 2.0
        Extra attention weight g of a relevant message, in [0, 100]: a relevant message has
        weight 1 + g, a generic one weight 1.
    outside : float or array_like, default 1.0
        Weight O of what the person was doing when interrupted (the outside option of
        :func:`course_lib.attention.attention_shares`), in [0.01, 100]."""


def _check_common(budget, cost_per_contact, precision, relevance, population, interest, conversion, gain, outside):
    v = dict(
        budget=check_real("budget", budget, low=0.01, high=1e12),
        cost_per_contact=check_real("cost_per_contact", cost_per_contact, low=1e-6, high=1e6),
        precision=check_real("precision", precision, low=0.001, high=1.0),
        relevance=check_real("relevance", relevance, low=0.0, high=1.0),
        population=check_real("population", population, low=1.0, high=MAX_POPULATION),
        interest=check_real("interest", interest, low=0.001, high=0.999),
        conversion=check_real("conversion", conversion, low=0.001, high=1.0),
        gain=check_real("gain", gain, low=0.0, high=100.0),
        outside=check_real("outside", outside, low=0.01, high=100.0),
    )
    check_broadcast(**v)
    return v


def _attention(weight, outside):
    """Share of attention a message of weight ``weight`` wins against the activity it interrupts."""
    w = np.asarray(weight, dtype=float)
    o = np.broadcast_to(np.asarray(outside, dtype=float), np.broadcast_shapes(w.shape, np.shape(outside)))
    w = np.broadcast_to(w, o.shape)
    return attention_shares(np.ones(o.shape + (1,)), weights=w[..., None], outside=o)[..., 0]


def campaign_outcomes(budget, cost_per_contact, precision, relevance, population=100_000, interest=0.1,
                      conversion=0.1, gain=2.0, outside=1.0):
    """Expected outcomes of one campaign: people reached, responses, annoyed people, cost per response.

    Contacts. The budget buys B / c contacts, but a list cannot hold more people than exist:
    at most N people, at most qN interested ones and at most (1 - q)N others. A list of
    precision p therefore holds at most qN / p people (and (1 - q)N / (1 - p) when p < 1)::

        K = min(B / c, N, qN / p, (1 - q)N / (1 - p))       people reached
        I = p K                                              interested people reached
        U = K - I                                            reached but not interested

    Attention. The message competes with what the person was doing (weight O), as in
    :func:`course_lib.attention.attention_shares` with one contestant::

        s(w) = w / (w + O),   s_rel = s(1 + g),   s_gen = s(1)
        s_bar = s_gen + r (s_rel - s_gen)        average share among the interested reached

    Outcomes::

        responses = b I s_bar
        annoyed   = U + (1 - r) I                reached people who did not want this message
        spent     = K c   (<= B: a short list cannot absorb the whole budget)
        cost per response = spent / responses

    Only interested people respond; people who are not interested, and interested people
    who get a message that does not fit their situation, count as annoyed. Invariants:
    0 <= responses <= I <= K <= N; I + U = K; responses rise with p and with r; U falls
    as p rises; annoyed falls as r rises.

    Parameters
    ----------""" + _PARAMS + """

    Returns
    -------
    dict
        Keys "reached" (K), "interested" (I), "not_interested" (U), "attention" (s_bar),
        "responses", "annoyed", "spent", "cost_per_response"; values broadcast to the
        inputs' shape (numpy scalars for scalar inputs).

    References
    ----------
    The attention share is the contest success function of lesson 01 (Tullock 1980). Congruence
    of an ad with the current task is one antecedent of its perceived intrusiveness in Edwards,
    S. M., Li, H. & Lee, J.-H. (2002), "Forced exposure and psychological reactance:
    antecedents and consequences of the perceived intrusiveness of pop-up ads", Journal of
    Advertising 31(3), 83-95, doi:10.1080/00913367.2002.10673678; the model's numbers are
    illustrative, not taken from that study.
    """
    v = _check_common(budget, cost_per_contact, precision, relevance, population, interest, conversion, gain, outside)
    B, c, p, r = v["budget"], v["cost_per_contact"], v["precision"], v["relevance"]
    N, q, b, g, O = v["population"], v["interest"], v["conversion"], v["gain"], v["outside"]
    one = p >= 1.0
    with np.errstate(divide="ignore"):
        others_cap = np.where(one, np.inf, (1.0 - q) * N / np.where(one, 0.5, 1.0 - p))
    bought = B / c
    reached = np.minimum(np.minimum(bought, N), np.minimum((q * N) / p, others_cap))
    # each term of I is p times the matching term of K (rounded so that I <= K always)
    interested = np.minimum(np.minimum(p * bought, p * N), np.minimum(q * N, p * others_cap))
    interested = np.minimum(interested, reached)
    not_interested = reached - interested
    s_gen = _attention(1.0, O)
    s_rel = _attention(1.0 + g, O)
    s_bar = s_gen + r * (s_rel - s_gen)
    responses = b * interested * s_bar
    annoyed = not_interested + (1.0 - r) * interested
    spent = reached * c
    cpr = spent / responses
    shape = np.broadcast_shapes(*(np.shape(x) for x in v.values()))
    full = (lambda a: _out(np.broadcast_to(a, shape)))
    return {
        "reached": full(reached),
        "interested": full(interested),
        "not_interested": full(not_interested),
        "attention": full(s_bar),
        "responses": full(responses),
        "annoyed": full(annoyed),
        "spent": full(spent),
        "cost_per_response": full(cpr),
    }


def mass_vs_targeted(budget=3000.0, precision=0.6, relevance=0.5, population=100_000, interest=0.1,
                     cost_mass=0.05, cost_targeted=0.2, conversion=0.1, gain=2.0, outside=1.0):
    """The same budget and message spent on a mass list and on a targeted list.

    The mass campaign contacts people at random (precision = interest, cost ``cost_mass``);
    the targeted one uses a list of precision ``precision`` at ``cost_targeted`` per contact.
    Both send the same message (same ``relevance``). See :func:`campaign_outcomes` for the
    equations. With ``precision == interest`` and ``cost_targeted == cost_mass`` the two
    campaigns are identical.

    Illustrative defaults: 100 000 people, 10 % interested, 3 000 euros, 5 cents a mass
    contact, 20 cents a targeted contact (a data-driven list costs more per person).

    Parameters
    ----------
    budget, precision, relevance, population, interest, conversion, gain, outside
        As in :func:`campaign_outcomes`.
    cost_mass : float or array_like, default 0.05
        Cost of one random contact in euros, in [1e-6, 1e6].
    cost_targeted : float or array_like, default 0.2
        Cost of one targeted contact in euros, in [1e-6, 1e6].

    Returns
    -------
    dict
        {"mass": dict, "targeted": dict}, each as returned by :func:`campaign_outcomes`.
    """
    common = dict(population=population, interest=interest, conversion=conversion, gain=gain, outside=outside)
    check_real("interest", interest, low=0.001, high=0.999)
    check_real("cost_mass", cost_mass, low=1e-6, high=1e6)
    check_real("cost_targeted", cost_targeted, low=1e-6, high=1e6)
    return {
        "mass": campaign_outcomes(budget, cost_mass, interest, relevance, **common),
        "targeted": campaign_outcomes(budget, cost_targeted, precision, relevance, **common),
    }


def break_even_precision(interest=0.1, cost_mass=0.05, cost_targeted=0.2):
    """Precision at which a targeted list gets as many responses as a mass list with the same budget.

    While the budget, not the list length, limits both campaigns, responses are
    proportional to (B / c) p, so targeting wins when its *lift* p / q exceeds the cost
    ratio::

        p* = q c_targeted / c_mass

    A value above 1 means that no list is precise enough to pay for its cost per contact.

    Parameters
    ----------
    interest : float or array_like, default 0.1
        Base rate q, in [0.001, 0.999].
    cost_mass, cost_targeted : float or array_like
        Costs per contact in euros, in [1e-6, 1e6].

    Returns
    -------
    numpy.ndarray or numpy scalar
        p*, > 0, broadcast shape of the inputs.
    """
    q = check_real("interest", interest, low=0.001, high=0.999)
    cm = check_real("cost_mass", cost_mass, low=1e-6, high=1e6)
    ct = check_real("cost_targeted", cost_targeted, low=1e-6, high=1e6)
    check_broadcast(interest=q, cost_mass=cm, cost_targeted=ct)
    return _out(q * ct / cm)
