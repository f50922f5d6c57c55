"""Which formulation of an instance is exported, and the entry name that says so."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..engine.problem import (check_settings, formulation_options, instance_defaults, resolve_settings,
                              sign_count, split_of)
from ..errors import InputError
from ..formulation import FormulationOptions
from ..instance import Instance
from ..losses import get_loss, loss_class


@dataclass(frozen=True)
class ExportChoice:
    """Which formulation of an instance to export.

    ``signs`` None means sign binaries (one model for the whole training problem: its optimum
    equals :func:`milp_relu.fit`'s); an integer p fixes the split p positive, k - p negative.

    Raises
    ------
    InputError
        For an unknown loss or bad loss parameters (``huber_delta``: the Huber loss only, and
        there required), a bad k, an output-bias or symmetry flag that is not true or false, a
        box that is not positive and finite, or p outside 0..k: the checks of
        :meth:`milp_relu.engine.problem.Problem.from_user` (:func:`~milp_relu.engine.problem.check_settings`).
    """

    loss: str
    k: int
    weight_bound: float
    bias_bound: float
    signs: int | None = None
    output_bias: bool = False
    symmetry: bool = True
    huber_delta: float | None = None

    def __post_init__(self) -> None:
        # the settings check of Problem.from_user (engine.problem.check_settings): the loss and
        # its parameters, k, the flags and the boxes; then p, which here must be an integer
        check_settings(self.k, self.loss, self.weight_bound, self.bias_bound, None, self.output_bias,
                       self.sign_mode, self.symmetry, self.huber_delta)
        if self.signs is not None and (isinstance(self.signs, bool) or not isinstance(self.signs, (int, np.integer))):
            raise InputError(f"signs must be an integer p, got {self.signs!r}")
        sign_count(self.signs, int(self.k))  # p in 0..k

    @property
    def sign_mode(self) -> str:
        """``"binary"`` (sign binaries) or ``"split"`` (a fixed split)."""
        return "binary" if self.signs is None else "split"

    def split(self) -> tuple[float, ...] | None:
        """The fixed output signs (p times +1, then -1), or None for sign binaries."""
        return None if self.signs is None else split_of(int(self.signs), int(self.k))

    def loss_object(self):
        """The loss with its parameters (milp_relu.losses.get_loss)."""
        return get_loss(self.loss, huber_delta=self.huber_delta)

    def loss_params(self) -> dict[str, float]:
        """The loss's parameters by their keys (``{"huber_delta": D}``; empty for the others)."""
        return self.loss_object().params()

    def formulation_options(self) -> FormulationOptions:
        """The options of :func:`milp_relu.formulation.build_big_m` for this choice."""
        return formulation_options(int(self.k), self.loss_object(), float(self.weight_bound),
                                   float(self.bias_bound), self.split(), bool(self.output_bias),
                                   bool(self.symmetry))

    def to_dict(self) -> dict[str, Any]:
        """The choice as recorded under ``formulation`` in an entry's metadata."""
        return {"loss": self.loss, "k": int(self.k), "weight_bound": float(self.weight_bound),
                "bias_bound": float(self.bias_bound), "signs": None if self.signs is None else int(self.signs),
                "sign_mode": self.sign_mode, "output_bias": bool(self.output_bias),
                "symmetry": bool(self.symmetry), **self.loss_params()}


def _output_bias(instance: Instance, output_bias: bool | None) -> Any:
    """The instance's output-bias flag unless overridden; refuses anything but true or false."""
    ob = instance.metadata.get("output_bias") if output_bias is None else output_bias
    if ob is None:
        ob = False
    if not isinstance(ob, (bool, np.bool_)):
        raise InputError(f"output_bias must be true or false, got {ob!r}")
    return ob


def export_choice(instance: Instance, loss: str | None = None, k: int | None = None,
                  signs: int | str | None = None, weight_bound: float | None = None,
                  bias_bound: float | None = None, output_bias: bool | None = None,
                  symmetry: bool = True, huber_delta: float | None = None) -> ExportChoice:
    """The instance's own formulation (its k, loss, bounds) with any of them overridden.

    Parameters
    ----------
    instance : Instance
        Supplies the defaults: its loss (else squared), k (else 1), boxes and output bias.
    loss, k, weight_bound, bias_bound, output_bias : optional
        Overrides; the bias box defaults to the instance's, else to the weight box.
    signs : int or str, optional
        p, or text: ``binary`` (also '', ``all``, ``none``) or ``positive`` (``convex``, ``+``):
        the one sign parser, :func:`milp_relu.engine.problem.sign_count`.
    symmetry : bool
        Keep the symmetry-breaking rows.
    huber_delta : float, optional
        The Huber loss's delta; default the instance's metadata key ``huber_delta`` when the loss
        is the instance's own.

    Returns
    -------
    ExportChoice
    """
    settings = resolve_settings(instance_defaults(instance), k, loss, weight_bound, bias_bound)
    if huber_delta is None:  # the instance's own delta, when the loss is the instance's
        huber_delta = settings["loss_params"].get("huber_delta")
    k = int(settings["k"])
    wb = float(settings["weight_bound"])
    bb = wb if settings["bias_bound"] is None else float(settings["bias_bound"])
    ob = _output_bias(instance, output_bias)
    return ExportChoice(loss=settings["loss"], k=k, weight_bound=wb, bias_bound=bb,
                        signs=sign_count(signs, k), output_bias=ob, symmetry=symmetry,
                        huber_delta=huber_delta)


def entry_name(instance: Instance, choice: ExportChoice) -> str:
    """The instance's name, plus a suffix when the formulation differs from the instance's own.

    The suffix ``__`` joins, in this order: the loss tag, ``kK``, ``pP``, ``wW``, ``bbB``, ``c``
    (output bias) and ``nosym``, each only where the choice differs from the instance.
    """
    parts = []
    if choice.loss != instance.loss:
        parts.append(loss_class(choice.loss).tag)
    if instance.k is None or choice.k != instance.k:
        parts.append(f"k{choice.k}")
    if choice.signs is not None:
        parts.append(f"p{choice.signs}")
    if instance.weight_bound is not None and choice.weight_bound != instance.weight_bound:
        parts.append(f"w{choice.weight_bound:g}")
    if instance.bias_bound is not None and choice.bias_bound != instance.bias_bound:
        parts.append(f"bb{choice.bias_bound:g}")
    if choice.output_bias and not instance.metadata.get("output_bias", False):
        parts.append("c")
    if not choice.symmetry:
        parts.append("nosym")
    return instance.name if not parts else f"{instance.name}__{'_'.join(parts)}"
