"""The one description of a training problem: data, k, loss, boxes, signs, output bias.

Every entry point (``fit``, the scikit-learn estimator, the CLI commands, export, sweeps and
verify) builds its problem with :meth:`Problem.from_user`, which validates every value and
raises :class:`~milp_relu.errors.InputError` before any work starts. The signs have one parser,
:func:`sign_count`, and an instance's own settings become defaults in one place,
:func:`instance_defaults` (resolved over the caller's by :func:`resolve_settings`). The settings
without data have one check, :func:`check_settings`, and one mapping to formulation options,
:func:`formulation_options`, which export's ``ExportChoice`` (a problem without data) uses too.

The problem is the training problem of the README: minimise over networks
f(x) = sum_j s_j max(0, w_j . x + b_j) (+ c) with |w_jl| <= weight_bound, |b_j| <= bias_bound the
objective sum_i omega_i loss(f(x_i) - y_i) (max_i |f(x_i) - y_i| for the max loss).

The loss is a :class:`~milp_relu.losses.Loss` object from the registry
(:func:`milp_relu.losses.get_loss`), which also checks its parameters (``huber_delta``): every
part of the engine asks that object, never the loss's name, for what is loss-specific.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Sequence

import numpy as np

from ..data import Dataset
from ..errors import InputError
from ..formulation import FormulationOptions
from ..limits import check_k, check_model_size
from ..losses import LOSS_PARAMETERS, LOSSES, Loss, get_loss
from ..validation import check_flag, non_negative, positive

#: How the sign splits are searched: one by one, or one model with sign binaries.
SIGN_MODES = ("split", "binary")

#: Words for "every split" (sign binaries, for one exported model), and for the convex case.
_ALL_WORDS = ("", "all", "none", "binary")
_POSITIVE_WORDS = ("positive", "convex", "+")
#: Every word :func:`sign_count` accepts (the estimator's parameter constraints list them).
SIGN_WORDS = _ALL_WORDS + _POSITIVE_WORDS

Split = tuple[float, ...]


def split_of(p: int, k: int) -> Split:
    """The output signs of split p: p times +1, then k - p times -1."""
    return tuple([1.0] * p + [-1.0] * (k - p))


def sign_count(signs: int | str | Sequence[float] | None, k: int) -> int | None:
    """The one parser of a sign choice: p (the number of positive units), or None for all splits.

    Accepts None; text ('', 'all', 'none', 'binary' for every split; 'positive', 'convex', '+'
    for p = k; or an integer); an integer p in 0..k; or k values in {-1, +1}.

    Raises
    ------
    InputError
        For anything else, or p outside 0..k.
    """
    wanted = (f"signs must be an integer p (p positive units), 'positive', 'all' or {k} values "
              f"in {{-1, +1}}; got {signs!r}")
    if signs is None:
        return None
    if isinstance(signs, str):
        text = signs.strip().lower()
        if text in _ALL_WORDS:
            return None
        if text in _POSITIVE_WORDS:
            return k
        try:
            signs = int(text)
        except ValueError:
            raise InputError(wanted) from None
    if isinstance(signs, (bool, np.bool_)):
        raise InputError(wanted)
    if isinstance(signs, (int, np.integer)):
        if not 0 <= int(signs) <= k:
            raise InputError(f"signs p must lie in 0..k = 0..{k}, got {int(signs)}")
        return int(signs)
    try:
        values = tuple(float(s) for s in signs)
    except (TypeError, ValueError):
        raise InputError(wanted) from None
    if len(values) != k or any(v not in (-1.0, 1.0) for v in values):
        raise InputError(f"signs must be {k} values in {{-1, +1}}, got {list(signs)}")
    return sum(1 for v in values if v > 0)


def parse_signs(signs: int | str | Sequence[float] | None, k: int) -> list[Split] | None:
    """The sign splits to solve: None means all k+1 splits (p positive units first)."""
    p = sign_count(signs, k)
    return None if p is None else [split_of(p, k)]


def instance_defaults(instance: Any) -> dict[str, Any]:
    """The settings an instance file fixes (k, loss with its parameters such as ``huber_delta``,
    boxes), as defaults for any entry point."""
    defaults: dict[str, Any] = {}
    for name in ("k", "loss", "weight_bound", "bias_bound"):
        value = getattr(instance, name, None)
        if value is not None:
            defaults[name] = value
    if defaults.get("loss") is not None:
        defaults.update(instance.loss_params)  # huber_delta of a Huber instance
    return defaults


def resolve_settings(defaults: dict[str, Any], k: int | None = None, loss: str | None = None,
                     weight_bound: float | None = None,
                     bias_bound: float | None = None) -> dict[str, Any]:
    """Given settings over an instance's defaults over the package's (k 1, squared, box 1).

    ``bias_bound`` stays None when neither sets it (it then defaults to the weight bound).
    ``loss_params`` holds the instance's loss parameters (``huber_delta``) when the chosen loss
    is the instance's own, else nothing (values given by the caller are added by the caller)."""
    chosen = loss or defaults.get("loss", "squared")
    own = {p: defaults[p] for p in LOSS_PARAMETERS if defaults.get(p) is not None}
    return {"k": k if k is not None else defaults.get("k", 1),
            "loss": chosen,
            "weight_bound": weight_bound if weight_bound is not None else defaults.get("weight_bound", 1.0),
            "bias_bound": bias_bound if bias_bound is not None else defaults.get("bias_bound"),
            "loss_params": own if chosen == defaults.get("loss") else {}}


def check_settings(k: Any = 1, loss: Any = "squared", weight_bound: Any = 1.0, bias_bound: Any = None,
                   signs: Any = None, output_bias: Any = False, sign_mode: Any = "split",
                   symmetry: Any = True, huber_delta: Any = None) -> dict[str, Any]:
    """Every setting of a problem but its data, validated: the one check behind
    :meth:`Problem.from_user` and export's :class:`~milp_relu.library.choice.ExportChoice`.

    Returns
    -------
    dict
        ``k`` (int), ``loss`` (a Loss with its parameters), ``weight_bound``, ``bias_bound``
        (the weight bound when None), ``signs`` (p, or None for every split), ``output_bias``,
        ``sign_mode`` and ``symmetry``: the fields of :class:`Problem` but its data.

    Raises
    ------
    InputError
        For the first bad value, in the order of the parameters (the loss first).
    """
    if not isinstance(loss, (str, Loss)):
        raise InputError(f"loss must be one of {', '.join(repr(n) for n in LOSSES)} or a Loss, got {loss!r}")
    loss = get_loss(loss, huber_delta=huber_delta)
    k = check_k(k)
    check_flag(output_bias, "output_bias")
    check_flag(symmetry, "symmetry")
    weight_bound = positive(weight_bound, "weight bound")
    bias_bound = weight_bound if bias_bound is None else non_negative(bias_bound, "bias bound")
    if sign_mode not in SIGN_MODES:
        raise InputError(f"sign_mode must be 'split' or 'binary', got {sign_mode!r}")
    return {"k": k, "loss": loss, "weight_bound": weight_bound, "bias_bound": bias_bound,
            "signs": sign_count(signs, k), "output_bias": bool(output_bias), "sign_mode": sign_mode,
            "symmetry": bool(symmetry)}


def formulation_options(k: int, loss: Loss, weight_bound: float, bias_bound: float, signs: Split | None,
                        output_bias: bool, symmetry: bool) -> FormulationOptions:
    """What :func:`milp_relu.formulation.build_big_m` builds for one split (None: sign binaries):
    the one mapping of a problem's settings to formulation options, for :class:`Problem` and
    export's :class:`~milp_relu.library.choice.ExportChoice`."""
    return FormulationOptions(k=k, loss=loss, weight_bound=weight_bound, bias_bound=bias_bound, signs=signs,
                              output_bias=output_bias, symmetry=symmetry)


@dataclass(frozen=True)
class Problem:
    """One training problem, validated.

    Attributes
    ----------
    data : Dataset
        X (n, d), y (n,), optional positive sample weights.
    k : int
        Hidden units.
    loss : Loss
        The loss object with its parameters (milp_relu.losses); on the internal problem the
        loss in internal units (Huber's delta divided by the label scale).
    weight_bound, bias_bound : float
        The boxes |W_jl| <= weight_bound, |b_j| <= bias_bound.
    signs : int or None
        p, the number of positive units of a fixed split; None solves every split.
    output_bias : bool
        A free output bias c.
    sign_mode : {"split", "binary"}
        The k + 1 splits one by one, or one model with sign binaries.
    symmetry : bool
        Symmetry-breaking rows among units of equal sign.
    """

    data: Dataset
    k: int
    loss: Loss
    weight_bound: float
    bias_bound: float
    signs: int | None = None
    output_bias: bool = False
    sign_mode: str = "split"
    symmetry: bool = True

    @classmethod
    def from_user(cls, X: Any, y: Any, k: Any = 1, loss: Any = "squared", weight_bound: Any = 1.0,
                  bias_bound: Any = None, sample_weight: Any = None, signs: Any = None,
                  output_bias: Any = False, sign_mode: Any = "split",
                  symmetry: Any = True, huber_delta: Any = None) -> "Problem":
        """Validate every setting (:func:`check_settings`), then the data; InputError for the
        first bad value.

        ``loss`` is a registered name or a Loss object; its parameters (``huber_delta``) are
        checked in :func:`check_settings`, by the loss registry, and nowhere else in the engine."""
        settings = check_settings(k, loss, weight_bound, bias_bound, signs, output_bias, sign_mode,
                                  symmetry, huber_delta)
        data = Dataset(X, y, sample_weight)
        check_model_size(data.n, data.d, settings["k"])
        return cls(data, **settings)

    def splits(self) -> list[Split] | None:
        """The fixed split as a one-element list, or None when every split is solved."""
        return None if self.signs is None else [split_of(self.signs, self.k)]

    def formulation_options(self, signs: Split | None) -> FormulationOptions:
        """What :func:`milp_relu.formulation.build_big_m` builds for one split (None: sign binaries)."""
        return formulation_options(self.k, self.loss, self.weight_bound, self.bias_bound, signs,
                                   self.output_bias, self.symmetry)

    def with_data(self, data: Dataset, weight_bound: float | None = None,
                  bias_bound: float | None = None, loss: Loss | None = None) -> "Problem":
        """The same problem on other data (and boxes, and loss in other units): what a
        reduction returns."""
        return replace(self, data=data,
                       weight_bound=self.weight_bound if weight_bound is None else weight_bound,
                       bias_bound=self.bias_bound if bias_bound is None else bias_bound,
                       loss=self.loss if loss is None else loss)
