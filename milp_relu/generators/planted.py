"""Planted teacher networks: the scaling families in n, d, k, and the fixed benchmark suites.

See :func:`planted` and :func:`benchmark_suite`.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ..limits import check_array_size
from ..losses import LOSSES, loss_class
from ..network import ReLUNetwork
from ._base import (PAPER, build_instance, check_choice, check_int, check_scale, fmt_value, make_name,
                    make_rng)

#: The losses a planted instance can carry: those without parameters (a Huber instance would
#: need its delta among the generator's parameters; solve planted data with --loss huber instead).
PLANTED_LOSSES = tuple(name for name in LOSSES if not loss_class(name).PARAMETERS)

GENERATOR = "planted"
VERSION = "1"
PAPER_RESULT = ("Planted teacher family (no hardness reduction): the bounded realizable / agnostic k-ReLU "
                "training problems whose 2^O~(k/eps) and 2^O~(k/eps^2) algorithms GKMR'21 and MR18 give")
INPUTS = ("gaussian", "ball", "box")


def planted(n: int = 30, d: int = 2, k: int = 2, inputs: str = "ball", noise: float = 0.0,
            loss: str = "absolute", weight_bound: float = 1.0, bias_bound: float | None = None,
            positive: int | None = None, seed: int = 0):
    """Data labelled by a random teacher k-ReLU network inside the boxes (planted family).

    The teacher has W uniform in [-weight_bound, weight_bound]^(k x d), b uniform in
    [-bias_bound, bias_bound]^k and output signs s_j (random, or ``positive`` of them +1);
    inputs are standard Gaussian, uniform in the unit ball or uniform in the box [-1, 1]^d; labels
    are y = f_teacher(x) exactly (noise = 0, realizable: the optimum is 0) or plus Gaussian noise of
    standard deviation ``noise`` (agnostic: the teacher's loss is an upper bound on the optimum).

    Parameters
    ----------
    n, d, k : int
        Samples (>= 1), dimension (>= 1), hidden units (1..8).
    inputs : {"gaussian", "ball", "box"}
        Input distribution.
    noise : float
        Label noise sigma >= 0.
    loss : {"squared", "absolute", "max"}
        The loss the instance is meant for.
    weight_bound, bias_bound : float
        Boxes of the teacher and of the exact solve; bias_bound defaults to weight_bound.
    positive : int, optional
        Number of +1 output signs (the rest -1); default random signs.
    seed : int
        Random seed.

    Returns
    -------
    Instance
        answer "yes": the teacher is the certificate, promise form "sum" (for the max loss the
        sum form is the maximum itself).

    References
    ----------
    .. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
       Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
    .. [2] R. Arora, A. Basu, P. Mianjy, A. Mukherjee, "Understanding Deep Neural Networks with
       Rectified Linear Units", ICLR 2018 (exact training by enumeration).
    """
    g = GENERATOR
    n = check_int(g, "n", n, 1, 1_000_000)
    d = check_int(g, "d", d, 1, 10_000)
    k = check_int(g, "k", k, 1, 8)
    inputs = check_choice(g, "inputs", inputs, INPUTS)
    check_array_size((n, d), f"{g}: X")
    noise = check_scale(g, "noise", noise, zero_ok=True)
    loss = check_choice(g, "loss", loss, PLANTED_LOSSES)
    wb = check_scale(g, "weight_bound", weight_bound)
    bb = wb if bias_bound is None else check_scale(g, "bias_bound", bias_bound, zero_ok=True)
    if positive is not None:
        positive = check_int(g, "positive", positive, 0, k)
    rng = make_rng(seed)
    teacher = _random_teacher(rng, k, d, wb, bb, positive)
    s = teacher.s
    X = _random_inputs(rng, inputs, n, d)
    y = teacher.predict(X)
    if noise > 0:
        y = y + noise * rng.standard_normal(n)
    teacher_loss = teacher.loss(X, y, loss).total
    params = {"n": n, "d": d, "k": k, "inputs": inputs, "noise": noise, "loss": loss,
              "weight_bound": weight_bound, "bias_bound": bias_bound, "positive": positive}
    parts = [f"n{n}", f"d{d}", f"k{k}", inputs, f"sigma{fmt_value(noise)}", loss, f"w{fmt_value(wb)}",
             f"b{fmt_value(bias_bound)}", f"pos{fmt_value(positive)}"]
    name = make_name(g, parts, seed)
    realizable = noise == 0
    return build_instance(
        generator=g, version=VERSION, name=name, params=params, seed=seed, X=X, y=y, sample_weight=None,
        k=k, loss=loss, weight_bound=wb, bias_bound=bb, answer="yes", yes_loss=teacher_loss,
        no_bound=None, form="sum", certificate_network=teacher,
        certificate={"teacher": "the certificate network", "realizable": realizable},
        source={"problem": "planted teacher network", "inputs": inputs, "noise": noise,
                "teacher_signs": [int(v) for v in s]},
        prov=_provenance(realizable),
        bounded_class=f"box |W_jl| <= {wb}, |b_j| <= {bb}; output signs in {{-1, +1}}, no output bias",
        promise_note=("yes_loss is the teacher's loss (0 when realizable): the exact optimum is at most that. "
                      "No NO bound."),
        extra={"scaling": {"inputs": inputs, "max_norm_x": float(np.max(np.linalg.norm(X, axis=1)))}},
    )



def _random_teacher(rng: np.random.Generator, k: int, d: int, wb: float, bb: float,
                    positive: int | None) -> ReLUNetwork:
    """Draw the teacher: W uniform in [-wb, wb], b in [-bb, bb], signs random or ``positive`` first."""
    W = rng.uniform(-wb, wb, size=(k, d))
    b = rng.uniform(-bb, bb, size=k) if bb > 0 else np.zeros(k)
    if positive is None:
        s = np.where(rng.random(k) < 0.5, -1.0, 1.0)
    else:
        s = np.array([1.0] * positive + [-1.0] * (k - positive))
    return ReLUNetwork(W, b, s, 0.0)


def _random_inputs(rng: np.random.Generator, inputs: str, n: int, d: int) -> np.ndarray:
    """Draw n inputs: standard Gaussian, uniform in the box [-1, 1]^d or uniform in the unit ball."""
    if inputs == "gaussian":
        return rng.standard_normal((n, d))
    if inputs == "box":
        return rng.uniform(-1.0, 1.0, size=(n, d))
    direction = rng.standard_normal((n, d))
    direction /= np.maximum(np.linalg.norm(direction, axis=1, keepdims=True), 1e-300)
    return direction * rng.random((n, 1)) ** (1.0 / d)


def _provenance(realizable: bool) -> dict[str, Any]:
    """Return the provenance record of a planted teacher (not a reduction)."""
    return {"paper": PAPER,
            "paper_result": PAPER_RESULT,
            "gadget": "none: a planted teacher, not a reduction",
            "guarantee": ("realizable: optimum 0 (the teacher fits exactly)" if realizable else
                          "agnostic: optimum <= the teacher's loss"),
            "specification": "issue 3 (planted families for scaling in n, d, k)"}

# --------------------------------------------------------------------------------------------
# benchmark suites
# --------------------------------------------------------------------------------------------

def benchmark_suite_specs(name: str = "quick") -> list[tuple[str, dict[str, Any], int]]:
    """The (generator, params, seed) triples of a fixed suite (copies; safe to modify).

    The suites are defined in the one registry, :data:`milp_relu.library.suites.SUITES`.
    """
    from ..library.suites import benchmark_specs

    return benchmark_specs(name)


def benchmark_suite(name: str = "quick") -> list:
    """The instances of a fixed, seeded benchmark suite.

    "quick": ten small planted instances (realizable and noisy; losses absolute, squared and max;
    n 20..100, d 1..5, k 1..3; Gaussian, unit-ball and box inputs).
    """
    from . import generate

    return [generate(gen, seed=seed, **params) for gen, params, seed in benchmark_suite_specs(name)]
