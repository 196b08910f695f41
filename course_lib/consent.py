"""Consent regimes: the same population under an opt-out and an opt-in rule (lesson 07).

Under an **opt-out** regime a sender may contact everyone who has not objected, for instance
everyone whose number is not on an opposition list (Italy's *Registro pubblico delle
opposizioni* for operator calls; France's Bloctel for phone selling before 11 August 2026).
Under an **opt-in** regime it may contact only the people who gave their prior consent
(e-mail and SMS in Italy, art. 130 Codice privacy, and in France, art. L. 34-5 CPCE; phone
selling to consumers in France since 11 August 2026, art. L. 223-1 C. consom.).

The model is deliberately simple and deterministic (expected counts, no randomness): the
population has ``N`` people; a share ``c`` consented; among the others a share ``o`` objected
(registered on the opposition list). Consenters and the others respond and complain at
different rates. All parameters are illustrative, not estimates.

References
----------
Godin, S. (1999). *Permission Marketing*. New York: Simon & Schuster.
Rao, J. M. & Reiley, D. H. (2012). The economics of spam. *Journal of Economic Perspectives*
26(3), 87-110. doi:10.1257/jep.26.3.87 (the costs that unwanted messages put on everyone else).
"""
from __future__ import annotations

import numpy as np

from ._validate import check_broadcast, check_choice, check_nonnegative, check_probability, check_real

__all__ = ["REGIMES", "MAX_POPULATION", "regime_outcomes", "compare_regimes"]

#: the two regimes the model knows
REGIMES = ("opt_out", "opt_in")
#: largest population the model accepts (a whole country's adults fit, with room to spare)
MAX_POPULATION = 1e9


def _inputs(population, consent_share, opposition_share, response_consenting, response_other,
            complaint_consenting, complaint_other, value_per_response, cost_per_contact,
            cost_per_complaint):
    named = {
        "population": check_real("population", population, low=0.0, high=MAX_POPULATION, low_open=True),
        "consent_share": check_probability("consent_share", consent_share),
        "opposition_share": check_probability("opposition_share", opposition_share),
        "response_consenting": check_probability("response_consenting", response_consenting),
        "response_other": check_probability("response_other", response_other),
        "complaint_consenting": check_probability("complaint_consenting", complaint_consenting),
        "complaint_other": check_probability("complaint_other", complaint_other),
        "value_per_response": check_real("value_per_response", value_per_response, low=0.0, high=1e6),
        "cost_per_contact": check_real("cost_per_contact", cost_per_contact, low=0.0, high=1e6),
        "cost_per_complaint": check_real("cost_per_complaint", cost_per_complaint, low=0.0, high=1e6),
    }
    check_broadcast(**named)
    return named


def regime_outcomes(population=100_000.0, consent_share=0.10, opposition_share=0.30,
                    response_consenting=0.05, response_other=0.005, complaint_consenting=0.002,
                    complaint_other=0.03, value_per_response=50.0, cost_per_contact=1.0,
                    cost_per_complaint=20.0, regime="opt_out") -> dict:
    r"""Expected contacts, responses, complaints and net value of one campaign under one regime.

    With population :math:`N`, consent share :math:`c`, share :math:`o` of the non-consenters
    who objected, response rates :math:`r_c, r_n` and complaint rates :math:`k_c, k_n` of
    consenters and of the others, the people a sender may contact are

    .. math::

        C_{\text{opt-out}} = N\,[\,c + (1-c)(1-o)\,], \qquad C_{\text{opt-in}} = N\,c,

    and everyone it may contact is contacted. Responses and complaints add up by group:

    .. math::

        R_{\text{opt-out}} = N\,[\,c\,r_c + (1-c)(1-o)\,r_n\,], \qquad R_{\text{opt-in}} = N\,c\,r_c,

        K_{\text{opt-out}} = N\,[\,c\,k_c + (1-c)(1-o)\,k_n\,], \qquad K_{\text{opt-in}} = N\,c\,k_c,

    and the net value with value :math:`v` per response, cost :math:`a` per contact and cost
    :math:`b` per complaint (handling, reputation, sanction risk) is

    .. math::

        V = v\,R - a\,C - b\,K.

    Always :math:`C + (N - C) = N` (nobody is lost), :math:`0 \le K \le C \le N` and
    :math:`0 \le R \le C`; the opt-in list is a subset of the opt-out list, so every opt-in
    count is at most its opt-out counterpart.

    Parameters
    ----------
    population : float or array_like
        :math:`N`, people in the target population, in (0, 1e9] (expected counts, so it need
        not be an integer).
    consent_share : float or array_like
        :math:`c`, share of the population who gave prior consent, in [0, 1].
    opposition_share : float or array_like
        :math:`o`, share of the *non-consenters* who objected (opposition list), in [0, 1].
    response_consenting, response_other : float or array_like
        :math:`r_c, r_n`, probability that a contacted consenter / other person responds
        (buys, books, answers the offer), in [0, 1].
    complaint_consenting, complaint_other : float or array_like
        :math:`k_c, k_n`, probability that a contacted consenter / other person complains
        (to the sender or to an authority), in [0, 1].
    value_per_response : float or array_like
        :math:`v`, value of one response to the sender, in [0, 1e6] (euros).
    cost_per_contact : float or array_like
        :math:`a`, cost of one contact, in [0, 1e6] (euros).
    cost_per_complaint : float or array_like
        :math:`b`, cost of one complaint, in [0, 1e6] (euros).
    regime : {"opt_out", "opt_in"}
        Who may be contacted: everyone who has not objected, or only the consenters.

    Returns
    -------
    dict of numpy.ndarray
        ``contacts`` (:math:`C`), ``not_contactable`` (:math:`N - C`), ``responses``,
        ``complaints``, ``value`` and the per-contact rates ``response_rate`` (:math:`R/C`)
        and ``complaint_rate`` (:math:`K/C`), computed as the mean of the two groups' rates
        weighted by their shares of the list (so they stay between the group rates), both 0
        where nobody is contacted. Parameters
        broadcast together (numpy rules).

    Raises
    ------
    ValueError
        Naming the parameter when a value is not finite, out of its range, or when shapes do
        not broadcast.
    """
    check_choice("regime", regime, REGIMES)
    p = _inputs(population, consent_share, opposition_share, response_consenting, response_other,
                complaint_consenting, complaint_other, value_per_response, cost_per_contact,
                cost_per_complaint)
    n, c, o = p["population"], p["consent_share"], p["opposition_share"]
    consenters = n * c
    others_reachable = n * (1.0 - c) * (1.0 - o) if regime == "opt_out" else np.zeros_like(n * c * o)
    contacts = consenters + others_reachable
    responses = consenters * p["response_consenting"] + others_reachable * p["response_other"]
    complaints = consenters * p["complaint_consenting"] + others_reachable * p["complaint_other"]
    value = (p["value_per_response"] * responses - p["cost_per_contact"] * contacts
             - p["cost_per_complaint"] * complaints)
    # per-contact rates as a weighted mean of the two groups' rates (weights = shares of the list):
    # bounded by the group rates even for tiny lists, where a ratio of counts would lose precision
    reach_c = c
    reach_n = (1.0 - c) * (1.0 - o) if regime == "opt_out" else np.zeros_like(c * o)
    denom = reach_c + reach_n
    w = np.where(denom > 0, reach_c / np.where(denom > 0, denom, 1.0), 0.0)
    listed = (denom > 0) & (contacts > 0)
    response_rate = np.where(listed, w * p["response_consenting"] + (1.0 - w) * p["response_other"], 0.0)
    complaint_rate = np.where(listed, w * p["complaint_consenting"] + (1.0 - w) * p["complaint_other"], 0.0)
    shape = np.broadcast(contacts, value, response_rate, complaint_rate).shape

    def full(x):
        return np.broadcast_to(np.asarray(x, dtype=float), shape).copy()

    return {
        "contacts": full(contacts),
        "not_contactable": full(n - contacts),
        "responses": full(responses),
        "complaints": full(complaints),
        "value": full(value),
        "response_rate": full(response_rate),
        "complaint_rate": full(complaint_rate),
    }


def compare_regimes(population=100_000.0, consent_share=0.10, opposition_share=0.30,
                    response_consenting=0.05, response_other=0.005, complaint_consenting=0.002,
                    complaint_other=0.03, value_per_response=50.0, cost_per_contact=1.0,
                    cost_per_complaint=20.0) -> dict:
    r"""The same population under both regimes: ``{"opt_out": {...}, "opt_in": {...}}``.

    Each value is the dictionary returned by :func:`regime_outcomes` (same parameters, same
    ranges). The difference between the two is the part of the population that neither
    consented nor objected, :math:`N (1-c)(1-o)`: the opt-out regime adds them to the list,
    with their response rate :math:`r_n` and complaint rate :math:`k_n`. The opt-in list is
    smaller but "willing": its response rate per contact is :math:`r_c`.

    Examples
    --------
    >>> out = compare_regimes()
    >>> round(float(out["opt_out"]["contacts"])), round(float(out["opt_in"]["contacts"]))
    (73000, 10000)
    """
    kw = dict(population=population, consent_share=consent_share, opposition_share=opposition_share,
              response_consenting=response_consenting, response_other=response_other,
              complaint_consenting=complaint_consenting, complaint_other=complaint_other,
              value_per_response=value_per_response, cost_per_contact=cost_per_contact,
              cost_per_complaint=cost_per_complaint)
    return {regime: regime_outcomes(**kw, regime=regime) for regime in REGIMES}
