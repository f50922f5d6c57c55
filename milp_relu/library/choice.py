"""Which formulation of an instance is exported, and the entry name that says so."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import InputError
from ..formulation import FormulationOptions
from ..instance import Instance
from ..limits import check_k
from ..losses import get_loss, loss_class, loss_params_from


def _check_box(name: str, value: Any, zero_ok: bool) -> None:
    """Refuse a box bound that is not a finite positive (or, with ``zero_ok``, non-negative) number."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) or not (
            math.isfinite(value) and (value >= 0 if zero_ok else value > 0)):
        need = "non-negative" if zero_ok else "positive"
        raise InputError(f"{name} must be {need} and finite, got {value!r}")


@dataclass(frozen=True)
class ExportChoice:
    """Which formulation of an instance to export.

    ``signs`` None means sign binaries (one model for the whole training problem: its optimum
    equals :func:`milp_relu.fit`'s); an integer p fixes the split p positive, k - p negative.

    Raises
    ------
    InputError
        For an unknown loss or bad loss parameters (``huber_delta``: the Huber loss only, and
        there required), a bad k, a box that is not positive and finite, or p outside 0..k.
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
        self.loss_object()  # unknown names, missing or bad parameters: InputError
        check_k(self.k)
        _check_box("weight bound", self.weight_bound, False)
        _check_box("bias bound", self.bias_bound, True)
        if self.signs is not None and (isinstance(self.signs, bool) or not isinstance(self.signs, (int, np.integer))):
            raise InputError(f"signs must be an integer p, got {self.signs!r}")
        if self.signs is not None and not 0 <= int(self.signs) <= int(self.k):
            raise InputError(f"signs p must lie in 0..k = 0..{self.k}, got {self.signs}")

    @property
    def sign_mode(self) -> str:
        """``"binary"`` (sign binaries) or ``"split"`` (a fixed split)."""
        return "binary" if self.signs is None else "split"

    def split(self) -> tuple[float, ...] | None:
        """The fixed output signs (p times +1, then -1), or None for sign binaries."""
        if self.signs is None:
            return None
        p = int(self.signs)
        return tuple([1.0] * p + [-1.0] * (int(self.k) - p))

    def loss_object(self):
        """The loss with its parameters (milp_relu.losses.get_loss)."""
        return get_loss(self.loss, huber_delta=self.huber_delta)

    def loss_params(self) -> dict[str, float]:
        """The loss's parameters by their keys (``{"huber_delta": D}``; empty for the others)."""
        return self.loss_object().params()

    def formulation_options(self) -> FormulationOptions:
        """The options of :func:`milp_relu.formulation.build_big_m` for this choice."""
        return FormulationOptions(k=int(self.k), loss=self.loss_object(), weight_bound=float(self.weight_bound),
                                  bias_bound=float(self.bias_bound), signs=self.split(),
                                  output_bias=bool(self.output_bias), symmetry=bool(self.symmetry))

    def to_dict(self) -> dict[str, Any]:
        """The choice as recorded under ``formulation`` in an entry's metadata."""
        return {"loss": self.loss, "k": int(self.k), "weight_bound": float(self.weight_bound),
                "bias_bound": float(self.bias_bound), "signs": None if self.signs is None else int(self.signs),
                "sign_mode": self.sign_mode, "output_bias": bool(self.output_bias),
                "symmetry": bool(self.symmetry), **self.loss_params()}


def _parse_signs(signs: int | str | None, k: int) -> int | str | None:
    """A sign choice given as text: '' / binary / all / none, positive / convex / +, or an integer."""
    if not isinstance(signs, str):
        return signs
    text = signs.strip().lower()
    if text in ("", "binary", "all", "none"):
        return None
    if text in ("positive", "convex", "+"):
        return k
    try:
        return int(text)
    except ValueError:
        raise InputError(f"signs must be an integer p, 'positive' or 'binary'; got {signs!r}") from None


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
        p, or text: ``binary`` (also '', ``all``, ``none``) or ``positive`` (``convex``, ``+``).
    symmetry : bool
        Keep the symmetry-breaking rows.
    huber_delta : float, optional
        The Huber loss's delta; default the instance's metadata key ``huber_delta`` when the loss
        is the instance's own.

    Returns
    -------
    ExportChoice
    """
    loss = loss or instance.loss or "squared"
    if huber_delta is None and loss == instance.loss:
        huber_delta = loss_params_from(instance.metadata, loss).get("huber_delta")
    k = int(k if k is not None else (instance.k or 1))
    wb = float(weight_bound if weight_bound is not None else (instance.weight_bound or 1.0))
    if bias_bound is not None:
        bb = float(bias_bound)
    else:
        bb = instance.bias_bound if instance.bias_bound is not None else wb
    signs = _parse_signs(signs, k)
    ob = _output_bias(instance, output_bias)
    return ExportChoice(loss=loss, k=k, weight_bound=wb, bias_bound=float(bb), signs=signs,
                        output_bias=ob, symmetry=symmetry, huber_delta=huber_delta)


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
