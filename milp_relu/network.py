"""Depth-2 ReLU networks and their training losses (milp_relu.losses), evaluated in float64 NumPy.

The model class (README.md, 'The model class'): f(x) = sum_j s_j * max(0, w_j . x + b_j) + c with
s_j in {-1, +1}. By positive homogeneity, a * max(0, z) = sign(a) * max(0, |a| z), so this is
the same class as real output weights |a_j| <= 1 with the same boxes on w and b.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import InputError
from .losses import LOSSES as LOSSES, Loss, LossValue as LossValue, get_loss, loss_class

def check_loss(loss: "str | Loss") -> "str | Loss":
    """Return ``loss`` if it names a registered loss (:data:`LOSSES`) or is a Loss, else raise
    InputError."""
    if not isinstance(loss, Loss):
        loss_class(loss)
    return loss


def as_loss(loss: "str | Loss") -> Loss:
    """The Loss object for a name or a Loss (a loss with parameters needs them: InputError)."""
    return get_loss(loss)


def loss_from_residuals(residuals: np.ndarray, loss: "str | Loss", weights: np.ndarray | None = None) -> LossValue:
    """Evaluate ``loss`` on residuals r_i = f(x_i) - y_i with sample weights omega_i.

    The max loss ignores weights (max_i |r_i|).
    """
    return as_loss(loss).evaluate(residuals, weights)


@dataclass(frozen=True)
class ReLUNetwork:
    """f(x) = sum_j s_j max(0, w_j . x + b_j) + c.

    Parameters
    ----------
    W : array (k, d)
        Hidden weights.
    b : array (k,)
        Hidden biases.
    s : array (k,)
        Output signs in {-1, +1}; real output weights are accepted by :meth:`from_output_weights`.
    c : float
        Output bias (0 when the model has none).
    """

    W: np.ndarray
    b: np.ndarray
    s: np.ndarray
    c: float = 0.0

    def __post_init__(self) -> None:
        from .data import as_real_array  # refuses complex, strings, masks: never a silent coercion

        W = np.atleast_2d(as_real_array(self.W, "network W"))
        b = as_real_array(self.b, "network b").reshape(-1)
        s = as_real_array(self.s, "network s").reshape(-1)
        if isinstance(self.c, (bool, np.bool_, str, bytes)) or np.ndim(self.c) != 0 or np.iscomplexobj(self.c):
            raise InputError(f"network output bias c must be a real number, got {self.c!r}")
        try:
            float(self.c)
        except (TypeError, ValueError):
            raise InputError(f"network output bias c must be a real number, got {self.c!r}") from None
        if W.shape[0] != b.shape[0] or b.shape[0] != s.shape[0]:
            raise InputError(f"network shapes disagree: W {W.shape}, b {b.shape}, s {s.shape}")
        if not (np.all(np.isfinite(W)) and np.all(np.isfinite(b)) and np.isfinite(self.c)):
            raise InputError("network has NaN or inf parameters")
        if not np.all(np.isin(s, (-1.0, 1.0))):
            raise InputError(f"output signs must be -1 or +1, got {s.tolist()}")
        object.__setattr__(self, "W", W)
        object.__setattr__(self, "b", b)
        object.__setattr__(self, "s", s)
        object.__setattr__(self, "c", float(self.c))

    @classmethod
    def from_checked(cls, W: np.ndarray, b: np.ndarray, s: np.ndarray, c: float = 0.0) -> "ReLUNetwork":
        """Internal: a network of arrays the caller guarantees valid, without :meth:`__post_init__`.

        For hot loops (the search tree builds one network per node) whose arrays are already
        float64 of shapes (k, d), (k,), (k,), finite, with signs in {-1, +1}, and own their
        memory (no caller keeps writing to them). User-facing construction keeps the checks.
        """
        network = object.__new__(cls)
        object.__setattr__(network, "W", W)
        object.__setattr__(network, "b", b)
        object.__setattr__(network, "s", s)
        object.__setattr__(network, "c", float(c))
        return network

    @classmethod
    def from_output_weights(cls, W: np.ndarray, b: np.ndarray, a: np.ndarray, c: float = 0.0) -> "ReLUNetwork":
        """Rescale a network with real output weights a_j to signs (positive homogeneity)."""
        W = np.atleast_2d(np.asarray(W, dtype=np.float64))
        b = np.asarray(b, dtype=np.float64).reshape(-1)
        a = np.asarray(a, dtype=np.float64).reshape(-1)
        scale = np.abs(a)
        return cls(W * scale[:, None], b * scale, np.where(a < 0, -1.0, 1.0), c)

    @property
    def k(self) -> int:
        return int(self.W.shape[0])

    @property
    def d(self) -> int:
        return int(self.W.shape[1])

    def preactivations(self, X: np.ndarray) -> np.ndarray:
        """p_ij = w_j . x_i + b_j, shape (n, k)."""
        from .data import as_real_array

        X = as_real_array(X, "X")
        if X.ndim != 2 or X.shape[1] != self.d:
            raise InputError(f"X has shape {X.shape}, the network expects (n, {self.d})")
        return X @ self.W.T + self.b

    def predict(self, X: np.ndarray) -> np.ndarray:
        """f(x_i) for every row of X, in float64."""
        return np.maximum(self.preactivations(X), 0.0) @ self.s + self.c

    def pattern(self, X: np.ndarray) -> np.ndarray:
        """Activation pattern (n, k): True where w_j . x_i + b_j > 0."""
        return self.preactivations(X) > 0.0

    def loss(self, X: np.ndarray, y: np.ndarray, loss: "str | Loss" = "squared", sample_weight: np.ndarray | None = None) -> LossValue:
        """The training loss of this network, recomputed from scratch."""
        return loss_from_residuals(self.predict(X) - np.asarray(y, dtype=np.float64), loss, sample_weight)

    def max_violation(self, weight_bound: float, bias_bound: float) -> float:
        """How far the parameters leave the boxes |W| <= weight_bound, |b| <= bias_bound (0 inside)."""
        over_w = float(np.max(np.abs(self.W) - weight_bound, initial=0.0))
        over_b = float(np.max(np.abs(self.b) - bias_bound, initial=0.0))
        return max(over_w, over_b, 0.0)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict {W, b, s, c} (the public contract of `--json` and metadata)."""
        return {"W": self.W.tolist(), "b": self.b.tolist(), "s": [int(v) for v in self.s], "c": self.c}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ReLUNetwork":
        """Inverse of :meth:`to_dict`; errors name the missing key."""
        from .data import as_real_array

        if not isinstance(data, dict):
            raise InputError(f"network JSON must be an object {{W, b, s, c}}, got {type(data).__name__}")
        try:
            W = as_real_array(data["W"], "network W")
            b = data["b"]
            s = data["s"]
        except KeyError as exc:
            raise InputError(f"network JSON lacks key {exc.args[0]!r}") from None
        if W.ndim == 1:
            W = W.reshape(1, -1)
        c = data.get("c", 0.0)
        return cls(W, b, s, 0.0 if c is None else c)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_json(cls, text: str) -> "ReLUNetwork":
        try:
            return cls.from_dict(json.loads(text))
        except json.JSONDecodeError as exc:
            raise InputError(f"network file is not valid JSON: {exc}") from None
