"""G1b: Minimum Monotone Circuit SAT -> training one ReLU (squared loss, weighted sum).

See :func:`monotone_circuit`.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import InputError
from ..network import ReLUNetwork
from . import sources
from ._base import (build_instance, check_bool, check_choice, check_int, check_weight, fmt_value, make_name,
                    make_rng, provenance, source_digest)

GENERATOR = "monotone-circuit"
VERSION = "1"
PAPER_RESULT = ("Result 1': multiplicative inapproximability of training one ReLU (GKMR'21; "
                "Minimum Monotone Circuit SAT as source problem)")


def monotone_circuit(m: int = 4, depth: int = 2, fan_in: int = 2, t: int = 1, answer: str = "yes",
                     pins: bool = True, M: int | None = None, circuit: dict | None = None,
                     satisfying: list | None = None, seed: int = 0):
    """One-ReLU training instance from a monotone circuit with a planted satisfying set (G1b).

    Semantics: a node is "true" when its value is <= 0; a true input costs 1 (its label-1 point
    is abandoned). Coordinates: an anchor 0, one per input, one per gate (d = 1 + m + #gates).
    Points: input i is e_i with label 1 (weight 1); an AND gate g gives e_h - e_g for each child
    h, an OR gate gives (1/r) sum_h e_h - e_g, the output gives e_o, all with label 0; two bias
    pins e_0 -> 1 and 2 e_0 -> 2 force b ~ 0. Heavy points weigh M = 1024 (D + 1)^2 (t + 1)^3.

    YES certificate: b = 0, w_0 = 1, inputs -L (in T) or +1 (not in T) with L = R^(D + 1)
    (R = max(2, max fan-in), D = depth), each gate the max (AND) or mean (OR) of its children:
    SUM = |T|. NO bound (proved): if every satisfying set has more than t inputs, SUM >= t + 1/2.

    Parameters
    ----------
    m : int
        Number of circuit inputs (>= 2).
    depth : int
        Depth D of the random tree-shaped circuit (>= 1; keep it small, L grows like R^(D+1)).
    fan_in : int
        Largest gate fan-in R (>= 2).
    t : int
        Size of the planted satisfying set, 1 <= t <= m. YES threshold t; a NO instance uses
        OPT - 1 with OPT found exactly. The default t = 1 keeps the heavy weight M (and the
        squared-loss outer approximation) small enough to solve exactly in a second; t >= 2
        instances are valid but the exact engine closes their gap slowly.
    answer : {"yes", "no"}
        Which side of the promise to build.
    pins : bool
        Include the two bias pins (needed when the model has a bias). Without pins the instance
        is for bias-free networks and its bias bound is 0.
    M : int, optional
        Heavy weight, default 1024 (D + 1)^2 (t + 1)^3; smaller values are refused.
    circuit : dict, optional
        A caller's circuit {"inputs": m, "gates": [{"type": "and"|"or", "children": [...]}, ...]}
        in topological order, last gate the output; nodes 0..m-1 are inputs, m + g is gate g.
    satisfying : list, optional
        A caller's satisfying input set used as the YES certificate.
    seed : int
        Random seed.

    Returns
    -------
    Instance
        Loss "squared" (form "sum"), k = 1, box |w| <= L, |b| <= 1.

    References
    ----------
    .. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
       Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.

    Only the source problem is known from a summary of the paper; the encoding is reconstructed
    (reductions.md section 3).
    """
    g = GENERATOR
    answer = check_choice(g, "answer", answer, ("yes", "no"))
    pins = check_bool(g, "pins", pins)
    t = check_int(g, "t", t, 1)
    rng = make_rng(seed)
    circ, m, planted, src_tag = _circuit_source(g, circuit, m, depth, fan_in, t, rng)
    D = sources.circuit_depth(circ)
    R = max(2, max(len(gate["children"]) for gate in circ["gates"]))
    L = float(R ** (D + 1))
    sat = _checked_satisfying(g, circ, m, satisfying)
    sat, threshold, opt = _promise_side(g, circ, t, answer, sat, planted)

    M_eff = check_weight(g, M, 1024 * (D + 1) ** 2 * (threshold + 1) ** 3, "1024 (D + 1)^2 (t + 1)^3")
    X, y, w = _circuit_points(circ, m, float(M_eff), pins)
    net = _certificate_network(circ, m, sat, L) if answer == "yes" else None
    bias_bound = 1.0 if pins else 0.0

    params: dict[str, Any] = {"m": m, "depth": depth, "fan_in": fan_in, "t": t, "answer": answer,
                              "pins": pins, "M": M, "circuit": circuit, "satisfying": satisfying}
    parts = ([src_tag] if src_tag else [f"m{m}", f"D{depth}", f"R{fan_in}"]) + [
        f"t{t}", answer, "pins" if pins else "nopins", f"M{fmt_value(M)}"]
    if satisfying is not None:
        parts.append(f"sat{source_digest(sat)}")
    name = make_name(g, parts, seed)
    return build_instance(
        generator=g, version=VERSION, name=name, params=params, seed=seed, X=X, y=y, sample_weight=w,
        k=1, loss="squared", weight_bound=L, bias_bound=bias_bound, answer=answer,
        yes_loss=float(len(sat)) if answer == "yes" else float(threshold),
        no_bound=threshold + 0.5, form="sum", certificate_network=net,
        certificate=None if answer == "no" else {"satisfying_set": sat, "size": len(sat)},
        source={"problem": "minimum monotone circuit SAT (decision: satisfying set of size <= t?)",
                "circuit": circ, "depth": D, "max_fan_in": R, "t": threshold, "planted_set": planted,
                "min_satisfying_size": None if opt is None else len(opt), "min_satisfying_set": opt,
                "M": M_eff, "L": L, "coordinates": "0 = anchor, 1 + node for inputs and gates"},
        prov=_provenance(),
        bounded_class=(f"box |w| <= L = R^(D+1) = {L}, |b| <= {bias_bound}"
                       + ("" if pins else " (no pins: bias-free model)") + "; the NO bound holds without bounds"),
        promise_note=("YES: the certificate's SUM is |T| <= t. NO: every satisfying set has > t inputs, so "
                      "SUM >= t + 1/2. yes_loss of a NO instance is the YES side of the gap (t)."),
    )


def _circuit_source(g: str, circuit: dict | None, m: int, depth: int, fan_in: int, t: int,
                    rng: np.random.Generator) -> tuple[dict, int, list | None, str]:
    """Return the checked caller's circuit or a random one with a planted set: (circ, m, planted, tag)."""
    if circuit is not None:
        circ = sources.check_circuit(g, circuit)
        return circ, circ["inputs"], None, f"src{source_digest(circ)}"
    m = check_int(g, "m", m, 2, 1000)
    depth = check_int(g, "depth", depth, 1, 4)
    fan_in = check_int(g, "fan_in", fan_in, 2, 6)
    if t > m:
        raise InputError(f"{g}: t = {t} is larger than the number of inputs m = {m}")
    circ, planted = sources.planted_circuit(m, depth, fan_in, t, rng)
    return circ, m, planted, ""


def _checked_satisfying(g: str, circ: dict, m: int, satisfying: list | None) -> list[int] | None:
    """Return the caller's satisfying input set, sorted and checked against the circuit (or None)."""
    if satisfying is None:
        return None
    if not isinstance(satisfying, (list, tuple)) or any(
            isinstance(i, bool) or not isinstance(i, (int, np.integer)) or not 0 <= i < m for i in satisfying):
        raise InputError(f"{g}: satisfying must be a list of input indices in 0..{m - 1}")
    sat = sorted(set(int(i) for i in satisfying))
    if not sources.evaluate_circuit(circ, sat):
        raise InputError(f"{g}: the given input set {sat} does not satisfy the circuit")
    return sat


def _promise_side(g: str, circ: dict, t: int, answer: str, sat: list[int] | None,
                  planted: list | None) -> tuple[list[int] | None, int, list | None]:
    """Return (YES certificate set, threshold, a minimum satisfying set) for the chosen side."""
    if answer == "yes":
        if sat is None:
            sat = planted if planted is not None else sources.min_satisfying_set(circ, t, gen=g)
        if sat is None:
            raise InputError(f"{g}: no satisfying set of size <= t = {t}; use answer=no")
        if len(sat) > t:
            raise InputError(f"{g}: the satisfying set has {len(sat)} > t = {t} inputs")
        return sat, t, sources.min_satisfying_set(circ, len(sat), gen=g)
    if sat is not None:
        raise InputError(f"{g}: a satisfying set certifies a YES instance; do not pass one with answer=no")
    opt = sources.min_satisfying_set(circ, None, gen=g)
    if opt is None:
        raise InputError(f"{g}: the circuit is unsatisfiable")
    return sat, len(opt) - 1, opt


def _circuit_points(circ: dict, m: int, heavy: float, pins: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the points, labels and weights (X, y, w) of the circuit gadget."""
    G = len(circ["gates"])
    d = 1 + m + G
    def coord(node: int) -> int:  # inputs 0..m-1 -> 1..m, gate g (node m + g) -> 1 + m + g
        return 1 + node
    rows, labels, weights = [], [], []

    def add(x, label, weight):
        rows.append(x)
        labels.append(label)
        weights.append(weight)

    for i in range(m):
        x = np.zeros(d)
        x[coord(i)] = 1.0
        add(x, 1.0, 1.0)
    for gi, gate in enumerate(circ["gates"]):
        node = m + gi
        ch = gate["children"]
        if gate["type"] == "and":
            for h in ch:
                x = np.zeros(d)
                x[coord(h)] += 1.0
                x[coord(node)] -= 1.0
                add(x, 0.0, heavy)
        else:
            x = np.zeros(d)
            for h in ch:
                x[coord(h)] += 1.0 / len(ch)
            x[coord(node)] -= 1.0
            add(x, 0.0, heavy)
    x = np.zeros(d)
    x[coord(m + G - 1)] = 1.0
    add(x, 0.0, heavy)
    if pins:
        x = np.zeros(d)
        x[0] = 1.0
        add(x, 1.0, heavy)
        add(2.0 * x, 2.0, heavy)
    return np.array(rows), np.array(labels), np.array(weights)


def _certificate_network(circ: dict, m: int, sat: list[int], L: float) -> ReLUNetwork:
    """Return the YES certificate: inputs -L (in T) or +1, gates the max (AND) or mean (OR)."""
    val = [(-L if i in set(sat) else 1.0) for i in range(m)]
    for gate in circ["gates"]:
        ch = [val[h] for h in gate["children"]]
        val.append(max(ch) if gate["type"] == "and" else float(np.sum(np.array(ch) * (1.0 / len(ch)))))
    wvec = np.array([1.0] + val)
    return ReLUNetwork(wvec.reshape(1, -1), np.zeros(1), np.ones(1), 0.0)


def _provenance() -> dict[str, Any]:
    """Return the provenance record of the G1b construction."""
    return provenance(
        PAPER_RESULT, statement="READ (summary): one ReLU has a multiplicative inapproximability result",
        source_problem="READ (third-party summary): Minimum Monotone Circuit SAT is among the sources; "
                       "its role (ratio amplification) is INFERRED",
        gadget="RECONSTRUCTED (reductions.md section 3)",
        guarantee="proved (sketch): YES SUM = |T| <= t; NO SUM >= t + 1/2 (ratio form >= (1 - theta)^2 OPT)",
        section="section 3 (G1b)", confidence="low to medium")
