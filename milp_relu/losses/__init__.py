"""Training losses as plug-ins: one module per loss, found through this registry.

``get_loss(name, **params)`` returns the :class:`~milp_relu.losses.base.Loss` object that owns
everything loss-specific (see :mod:`milp_relu.losses.base` for the interface). Adding a loss is
one new module with a :class:`Loss` subclass and one line in ``_CLASSES`` below.
"""
from __future__ import annotations

from typing import Any

from ..errors import InputError
from .absolute import AbsoluteLoss
from .base import Loss, LossValue, check_positive_finite
from .huber import HuberLoss
from .maximum import MaxLoss
from .squared import SquaredLoss

_CLASSES: dict[str, type[Loss]] = {
    "squared": SquaredLoss,
    "absolute": AbsoluteLoss,
    "max": MaxLoss,
    "huber": HuberLoss,
}

#: Every loss name milp_relu accepts (``loss=``, ``--loss``, instance metadata, sweep files).
LOSSES: tuple[str, ...] = tuple(_CLASSES)

#: Every parameter key any loss takes (``huber_delta``, ...): metadata and option keys.
LOSS_PARAMETERS: tuple[str, ...] = tuple(p for cls in _CLASSES.values() for p in cls.PARAMETERS)


def loss_class(name: str) -> type[Loss]:
    """The class registered under ``name``; InputError for an unknown name."""
    if not isinstance(name, str) or name not in _CLASSES:
        raise InputError(f"unknown loss {name!r} (choose one of {', '.join(LOSSES)})")
    return _CLASSES[name]


def get_loss(name: str | Loss, **params: Any) -> Loss:
    """The loss ``name`` with its parameters.

    Parameters that are None are treated as absent. A Loss passed in is returned as it is (no
    parameters allowed then).

    Raises
    ------
    InputError
        For an unknown name, a parameter the loss does not take, or a bad or missing value.
    """
    if isinstance(name, Loss):
        if any(v is not None for v in params.values()):
            raise InputError(f"parameters {sorted(params)} given with a loss object {name!r}")
        return name
    cls = loss_class(name)
    given = {k: v for k, v in params.items() if v is not None}
    extra = sorted(set(given) - set(cls.PARAMETERS))
    if extra:
        raise InputError(f"the {name} loss takes no parameter {', '.join(extra)}"
                         + (f" (it takes {', '.join(cls.PARAMETERS)})" if cls.PARAMETERS else ""))
    return cls(**given)


def loss_params_from(mapping: Any, name: str) -> dict[str, Any]:
    """The parameters of loss ``name`` found under their keys in ``mapping`` (metadata, options)."""
    if not isinstance(mapping, dict):
        return {}
    return {p: mapping[p] for p in loss_class(name).PARAMETERS if mapping.get(p) is not None}


__all__ = ["AbsoluteLoss", "HuberLoss", "LOSSES", "LOSS_PARAMETERS", "Loss", "LossValue", "MaxLoss",
           "SquaredLoss", "check_positive_finite", "get_loss", "loss_class", "loss_params_from"]
