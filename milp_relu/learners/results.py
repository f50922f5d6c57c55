"""Result types of the learners, with the JSON form that ``milp-relu learn --json`` prints.

References
----------
.. [1] S. Goel, A. Klivans, P. Manurangsi, D. Reichman, "Tight Hardness Results for Training
   Depth-2 ReLU Networks", ITCS 2021, arXiv:2011.13550.
.. [2] S. Goel, V. Kanade, A. Klivans, J. Thaler, "Reliably Learning the ReLU in Polynomial
   Time", COLT 2017, arXiv:1611.10258.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ..network import ReLUNetwork


def _clean(value: Any) -> Any:
    """Plain JSON values: finite floats, lists, dicts (NaN and inf become None)."""
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


@dataclass
class LearnResult:
    """What a learner returns.

    Attributes
    ----------
    method : {"proper", "improper", "exact"}
    network : ReLUNetwork or None
        The learned network (in the bounded class for "proper"); None for "improper", whose
        predictor is in ``predictor``.
    loss_mean : float
        Weighted mean squared loss on the training data, recomputed in float64.
    eps, setting, k, n, d : the request and the data's shape.
    time_s : float
        Wall-clock seconds of the whole learner.
    projected_dim : int or None
        Dimension the proper learner searched in (None for the others).
    candidates : int
        Candidates examined: k-tuples of net points (net search), branch-and-bound nodes of the
        exact engine (exact search, exact method), or kernel-matrix entries (improper).
    guarantee : dict
        The bound the learner is built to meet, its constants, and whether the run certifies it.
    exact_optimum : float or None
        The optimum of the class's mean loss, when the exact engine pinned it down.
    lower_bound : float or None
        A certified lower bound on that optimum (the engine's bound on a box containing the ball).
    status : str
        "finished", "time_limit" (best so far returned), or the exact engine's status.
    predictor : object or None
        The improper learner's predictor (has ``predict``).
    extra : dict
        Method-specific details (printed under "details").
    """

    method: str
    network: ReLUNetwork | None
    loss_mean: float
    eps: float
    setting: str
    k: int | None
    n: int
    d: int
    time_s: float
    projected_dim: int | None
    candidates: int
    guarantee: dict[str, Any]
    exact_optimum: float | None = None
    lower_bound: float | None = None
    status: str = "finished"
    predictor: Any = None
    extra: dict[str, Any] = field(default_factory=dict)

    def predict(self, X: Any) -> Any:
        """Predictions of the network or the predictor."""
        model = self.network if self.network is not None else self.predictor
        return model.predict(X)

    @property
    def certified(self) -> bool | None:
        """Whether this run proves its own guarantee (None: cannot be decided from the run)."""
        return self.guarantee.get("certified")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``milp-relu learn --json`` (keys are a public contract)."""
        out: dict[str, Any] = {
            "method": self.method, "eps": self.eps, "setting": self.setting, "k": self.k,
            "n": self.n, "d": self.d, "loss_mean": self.loss_mean, "time_s": self.time_s,
            "network": None if self.network is None else self.network.to_dict(),
            "projected_dim": self.projected_dim, "candidates": self.candidates,
            "guarantee": self.guarantee, "status": self.status, "lower_bound": self.lower_bound,
        }
        if self.exact_optimum is not None:
            out["exact_optimum"] = self.exact_optimum
        if self.extra:
            out["details"] = self.extra
        return _clean(out)
