"""The units the solver sees: a reversible change of units applied once, inverted once.

HiGHS works with absolute tolerances (primal feasibility 1e-7, MIP feasibility 1e-6, bounds it
calls "excessively small"). In the user's units those tolerances can be as large as the
variables themselves: with features of size 1e6 and a weight box of 1e-6, HiGHS 1.16's MIP
presolve made reductions that were valid only up to 10% of the weights' range and proved the
optimum of a different, smaller problem (a false certificate). So :func:`milp_relu.fit` never
hands the user's numbers to a solver. It solves the same training problem in internal units

    W' = W / omega,  b' = b / sigma,  c' = c / sigma,
    x' = (omega / sigma) x,  y' = y / sigma,  weights' = weights / nu,

where omega is the weight box, sigma = max_i |y_i| the label scale and nu the smallest sample
weight (squared and absolute losses; the max loss ignores weights). Then

    w'_j . x' + b'_j = (w_j . x + b_j) / sigma   and   f'(x') = f(x) / sigma,

so every network of the user's problem is exactly one network of the internal problem (boxes
|W'| <= 1, |b'| <= beta / sigma) and its loss is ``factor`` times smaller, with factor =
nu * sigma^2 (squared, Huber), nu * sigma (absolute) or sigma (max): the loss object's
``scale_factor``. A loss with a parameter in label units (Huber's delta) is itself changed to
internal units (``Loss.in_label_units``: delta' = delta / sigma). Labels are of size 1 and the
lightest point has weight 1 inside, so every tolerance and gap applied there means the same at
every scale of X, y and the weights (a gap is measured in units of one lightest point's loss at
the label scale, whatever the number of points or how heavy the others are), and scaling X by c
with the box by 1/c, or y and both boxes by c, leaves the internal problem unchanged (up to
rounding).

The answer is mapped back with :meth:`ProblemScale.network_to_user` and verified again in the
user's units and in float64.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .data import Dataset
from .errors import InputError
from .losses import Loss
from .network import ReLUNetwork, as_loss

#: Largest ratio between the pre-activations the boxes allow and the largest label that the
#: big-M formulation can certify. Every big-M is up to this ratio (in label units), and HiGHS
#: takes a binary within 1e-6 of 0 or 1 as integral, so its point may be off by ratio * 1e-6
#: label units per unit. Measured on 15 random instances per scale (3 losses): exact answers up
#: to a ratio of 3e4; from 3e5 on, a quarter of the solves returned points that failed the
#: float64 check (VerificationError, never a wrong certificate).
MAX_DYNAMIC_RANGE = 1e5

#: Loss factors beyond these over- or underflow once squared and summed in float64.
_FACTOR_RANGE = (1e-280, 1e280)


@dataclass(frozen=True)
class ProblemScale:
    """One training problem's change of units (see the module docstring).

    Attributes
    ----------
    weight : float
        omega, the weight box: W' = W / omega.
    label : float
        sigma, the label scale max_i |y_i| (1 when every label is 0).
    sample : float
        nu, the smallest sample weight for the squared and absolute losses (1 for max). (The mean
        was used at first; with a few heavy points, as in the set-cover reductions, it made the
        default gap 5e-4 on an optimum of 3.)
    loss : Loss
        The loss in the user's units (a name is accepted and looked up), which fixes how
        objective values scale.
    """

    weight: float
    label: float
    sample: float
    loss: Loss

    def __post_init__(self) -> None:
        object.__setattr__(self, "loss", as_loss(self.loss))

    @classmethod
    def for_problem(cls, data: Dataset, loss: "str | Loss", weight_bound: float, bias_bound: float) -> "ProblemScale":
        """The scale of ``data`` under boxes (``weight_bound``, ``bias_bound``).

        Raises
        ------
        InputError
            When the data's dynamic range cannot be certified in float64: the boxes reach
            pre-activations more than ``MAX_DYNAMIC_RANGE`` times the largest label, or the
            loss's scale over- or underflows.
        """
        label = float(np.max(np.abs(data.y)))
        if label == 0.0:
            label = 1.0
        loss = as_loss(loss)
        sample = 1.0
        if loss.weighted and data.sample_weight is not None:
            sample = float(np.min(data.sample_weight))
        scale = cls(weight=float(weight_bound), label=label, sample=sample, loss=loss)
        reach = scale.preactivation_reach(data.X, bias_bound)
        if not reach <= MAX_DYNAMIC_RANGE:
            raise InputError(
                f"the boxes reach pre-activations {reach:.3g} times the largest label "
                f"(weight bound {weight_bound:.3g} times max ||x_i||_1 = "
                f"{float(np.max(np.abs(data.X).sum(axis=1))):.3g}, bias bound {bias_bound:.3g}, "
                f"largest |y| {label:.3g}); the big-M formulation cannot be certified with a "
                f"range above {MAX_DYNAMIC_RANGE:.0e}: tighten the boxes (a weight bound of "
                f"{weight_bound * MAX_DYNAMIC_RANGE / (10 * reach):.3g} keeps the range at "
                f"{MAX_DYNAMIC_RANGE / 10:.0e} if the bias bound is scaled alike) or rescale X or y")
        factor = scale.loss_factor
        if not _FACTOR_RANGE[0] <= factor <= _FACTOR_RANGE[1]:
            raise InputError(
                f"labels of size {label:.3g} (smallest sample weight {sample:.3g}) put the {loss} loss "
                f"at a scale of {factor:.3g}, which over- or underflows float64; rescale y")
        return scale

    @property
    def feature(self) -> float:
        """The factor omega / sigma applied to every feature."""
        return self.weight / self.label

    @property
    def loss_factor(self) -> float:
        """User loss = ``loss_factor`` * internal loss, for every network."""
        return self.loss.scale_factor(self.label, self.sample)

    @property
    def internal_loss(self) -> Loss:
        """The loss the internal problem minimises (parameters in label units rescaled)."""
        return self.loss.in_label_units(self.label)

    def preactivation_reach(self, X: np.ndarray, bias_bound: float) -> float:
        """The largest |w . x_i + b| the boxes allow, in units of the largest label."""
        reach = float(np.max(np.abs(X).sum(axis=1))) * self.feature + bias_bound / self.label
        return reach if math.isfinite(reach) else math.inf

    def apply(self, data: Dataset) -> Dataset:
        """``data`` in internal units."""
        weights = None if data.sample_weight is None else data.sample_weight / self.sample
        return Dataset(data.X * self.feature, data.y / self.label, weights)

    def bias_bound(self, bias_bound: float) -> float:
        """The bias box in internal units (the weight box is 1 there)."""
        return bias_bound / self.label

    def network_to_user(self, network: ReLUNetwork) -> ReLUNetwork:
        """The user-unit network computing ``sigma`` times the internal one's output."""
        return ReLUNetwork(network.W * self.weight, network.b * self.label, network.s,
                           network.c * self.label)

    def loss_to_user(self, value: float) -> float:
        """An objective value (loss or bound) in the user's units."""
        return value * self.loss_factor

    def to_dict(self) -> dict[str, float]:
        """The scale as reported in a result's ``options["scale"]``."""
        return {"weight": self.weight, "label": self.label, "sample": self.sample,
                "loss_factor": self.loss_factor}
