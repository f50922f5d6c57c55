"""The big-M MILP for training a depth-2 ReLU network, built as arrays.

Formulation (formulations/big_m_relu.md; the catalogue in formulations/ has one page per variant).
For every point i and unit j, with p_ij = w_j . x_i + b_j and valid bounds L_ij <= p_ij <= U_ij:

    h_ij >= 0,   h_ij >= p_ij,   h_ij <= p_ij - L_ij (1 - z_ij),   h_ij <= U_ij z_ij,   z_ij binary

so h_ij = max(0, p_ij). By positive homogeneity the output weights are signs s_j in {-1, +1}:
either fixed (a sign split, ``signs`` given) or sign binaries sgn_j with g_ij = sgn_j h_ij
linearised exactly (0 <= g <= h, g <= U+ sgn, g >= h - U+ (1 - sgn)) and f_i = sum_j (2 g_ij - h_ij).

Losses (milp_relu.losses; each loss object adds its own columns, rows and cost): absolute,
omega_i r_i = e+_i - e-_i and cost e+_i + e-_i; max, -t <= r_i <= t and cost t; squared, the
weighted epigraph t_i >= omega_i r_i^2 represented by tangent cuts t_i >= omega_i (2 r* r_i - r*^2)
(the outer-approximation master; HiGHS cannot solve MIQP); Huber, r_i = u_i + vp_i - vm_i with
t_i >= omega_i u_i^2 / 2 the same way and cost t_i + delta omega_i (vp_i + vm_i) (rows and v columns
scaled by max(delta, 1) omega_i: milp_relu.losses.huber).
The weights sit on the loss variables, so the solver's absolute feasibility tolerance costs at
most that tolerance per point in the objective, however heavy a point is. Everything is assembled from NumPy
index arithmetic into one scipy.sparse CSR matrix: no per-row Python loop.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Sequence

import numpy as np
import scipy.sparse as sp

from .bounds import interval_preactivation_bounds, sign_pure
from .data import Dataset
from .errors import InputError
from .losses import Loss
from .network import ReLUNetwork, as_loss

INF = np.inf


@dataclass(frozen=True)
class FormulationOptions:
    """What to build.

    Parameters
    ----------
    k : int
        Hidden units.
    loss : str or Loss
        A loss name of :data:`milp_relu.LOSSES` or a Loss (milp_relu.losses.get_loss); stored as
        the Loss object.
    weight_bound, bias_bound : float
        Boxes |W_jl| <= weight_bound, |b_j| <= bias_bound.
    signs : sequence of +/-1, optional
        Fixed output signs (a sign split); ``None`` builds sign binaries.
    output_bias : bool
        Add a free output bias c.
    symmetry : bool
        Order the biases of units of equal sign (keeps an optimal solution: permuting units of
        equal sign does not change f).
    """

    k: int
    loss: Loss
    weight_bound: float = 1.0
    bias_bound: float = 1.0
    signs: tuple[float, ...] | None = None
    output_bias: bool = False
    symmetry: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "loss", as_loss(self.loss))
        if int(self.k) < 1:
            raise InputError(f"k must be >= 1, got {self.k}")
        if not (self.weight_bound > 0 and np.isfinite(self.weight_bound)):
            raise InputError(f"weight bound must be positive and finite, got {self.weight_bound}")
        if not (self.bias_bound >= 0 and np.isfinite(self.bias_bound)):
            raise InputError(f"bias bound must be non-negative and finite, got {self.bias_bound}")
        if self.signs is not None:
            signs = tuple(float(s) for s in self.signs)
            if len(signs) != self.k or any(s not in (-1.0, 1.0) for s in signs):
                raise InputError(f"signs must be {self.k} values in {{-1, +1}}, got {self.signs}")
            object.__setattr__(self, "signs", signs)


@dataclass(frozen=True)
class VariableIndex:
    """Where each variable block lives in the column vector (all blocks are contiguous)."""

    n: int
    d: int
    k: int
    W: slice
    b: slice
    c: slice
    h: slice
    z: slice
    sgn: slice
    g: slice
    loss_vars: dict[str, slice]
    num_cols: int

    def h_col(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        return self.h.start + i * self.k + j

    def z_col(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        return self.z.start + i * self.k + j


@dataclass
class MilpModel:
    """A MILP as arrays: minimise cost . x + offset s.t. row_lower <= A x <= row_upper, bounds."""

    cost: np.ndarray
    offset: float
    A: sp.csr_matrix
    row_lower: np.ndarray
    row_upper: np.ndarray
    col_lower: np.ndarray
    col_upper: np.ndarray
    integrality: np.ndarray
    index: VariableIndex
    options: FormulationOptions
    dataset: Dataset
    lower: np.ndarray
    upper: np.ndarray
    row_blocks: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def num_rows(self) -> int:
        return int(self.A.shape[0])

    @property
    def num_cols(self) -> int:
        return int(self.A.shape[1])

    @property
    def num_binaries(self) -> int:
        return int(np.count_nonzero(self.integrality))

    def col_names(self) -> list[str]:
        """Readable variable names (built on demand; the hot path never needs them)."""
        ix = self.index
        names: list[str] = [""] * ix.num_cols
        for j in range(ix.k):
            for l in range(ix.d):
                names[ix.W.start + j * ix.d + l] = f"W_{j}_{l}"
            names[ix.b.start + j] = f"b_{j}"
        if ix.c.stop > ix.c.start:
            names[ix.c.start] = "c"
        for block, prefix in ((ix.h, "h"), (ix.z, "z"), (ix.g, "g")):
            if block.stop > block.start:
                for pos in range(block.stop - block.start):
                    names[block.start + pos] = f"{prefix}_{pos // ix.k}_{pos % ix.k}"
        for j in range(ix.sgn.stop - ix.sgn.start):
            names[ix.sgn.start + j] = f"sgn_{j}"
        for key, block in ix.loss_vars.items():
            size = block.stop - block.start
            for pos in range(size):
                names[block.start + pos] = key if size == 1 and key == "tmax" else f"{key}_{pos}"
        return names

    def row_names(self) -> list[str]:
        names: list[str] = []
        for label, start, stop in self.row_blocks:
            names.extend(f"{label}_{pos}" for pos in range(stop - start))
        names.extend(f"cut_{pos}" for pos in range(self.num_rows - len(names)))
        return names

    def add_rows(self, A_new: sp.csr_matrix, lower: np.ndarray, upper: np.ndarray, label: str) -> None:
        """Append rows (used for tangent cuts)."""
        start = self.num_rows
        self.A = sp.vstack([self.A, A_new], format="csr")
        self.row_lower = np.concatenate([self.row_lower, lower])
        self.row_upper = np.concatenate([self.row_upper, upper])
        self.row_blocks.append((label, start, self.num_rows))

    def network_from_solution(self, x: np.ndarray) -> ReLUNetwork:
        """Invert the formulation: read W, b, signs and c from a solution vector."""
        ix = self.index
        W = np.asarray(x[ix.W], dtype=np.float64).reshape(ix.k, ix.d)
        b = np.asarray(x[ix.b], dtype=np.float64)
        if self.options.signs is not None:
            s = np.asarray(self.options.signs, dtype=np.float64)
        else:
            s = np.where(np.asarray(x[ix.sgn]) > 0.5, 1.0, -1.0)
        c = float(x[ix.c][0]) if ix.c.stop > ix.c.start else 0.0
        # Clip round-off outside the boxes; verification re-evaluates whatever is returned.
        W = np.clip(W, -self.options.weight_bound, self.options.weight_bound)
        b = np.clip(b, -self.options.bias_bound, self.options.bias_bound)
        return ReLUNetwork(W, b, s, c)

    def solution_from_network(self, network: ReLUNetwork, cut_points: bool = True) -> np.ndarray:
        """A primal point of this MILP that encodes ``network`` exactly (for warm starts).

        The network's signs must be realisable in this model (equal to the fixed signs, or any
        signs under sign binaries; a unit whose sign differs is zeroed, which stays feasible).
        """
        ix = self.index
        o = self.options
        W = np.clip(network.W, -o.weight_bound, o.weight_bound).copy()
        b = np.clip(network.b, -o.bias_bound, o.bias_bound).copy()
        s = network.s.copy()
        if o.signs is not None:
            order = np.argsort(-s, kind="stable")  # splits list their positive units first
            W, b, s = W[order], b[order], s[order]
            wrong = s != np.asarray(o.signs)
            W[wrong] = 0.0
            b[wrong] = 0.0
            s = np.asarray(o.signs, dtype=np.float64)
        c = network.c if ix.c.stop > ix.c.start else 0.0
        # keep the symmetry-breaking order: sort units of equal sign by decreasing bias
        if o.symmetry:
            order = _symmetric_order(s, b, o.signs is None)
            W, b, s = W[order], b[order], s[order]
        X = self.dataset.X
        P = X @ W.T + b
        H = np.maximum(P, 0.0)
        x = np.zeros(ix.num_cols)
        x[ix.W] = W.reshape(-1)
        x[ix.b] = b
        if ix.c.stop > ix.c.start:
            x[ix.c] = c
        x[ix.h] = H.reshape(-1)
        x[ix.z] = np.clip((P > 0).astype(float).reshape(-1), self.col_lower[ix.z], self.col_upper[ix.z])
        if ix.sgn.stop > ix.sgn.start:
            sg = (s > 0).astype(float)
            x[ix.sgn] = sg
            x[ix.g] = (H * sg).reshape(-1)
        f = H @ s + c
        r = f - self.dataset.y
        o.loss.fill_columns(x, ix, r, self.dataset.weights)
        return x


def _symmetric_order(s: np.ndarray, b: np.ndarray, sign_binaries: bool) -> np.ndarray:
    """Unit order that satisfies the symmetry rows: positives first (sign binaries), then by b."""
    if sign_binaries:
        return np.lexsort((-b, -s))
    order = np.arange(s.size)
    for sign in (1.0, -1.0):
        members = np.flatnonzero(s == sign)
        order[members] = members[np.argsort(-b[members], kind="stable")]
    return order


def _layout(n: int, d: int, k: int, options: FormulationOptions) -> VariableIndex:
    pos = 0

    def take(size: int) -> slice:
        nonlocal pos
        block = slice(pos, pos + size)
        pos += size
        return block

    W = take(k * d)
    b = take(k)
    c = take(1 if options.output_bias else 0)
    h = take(n * k)
    z = take(n * k)
    sign_binaries = options.signs is None
    sgn = take(k if sign_binaries else 0)
    g = take(n * k if sign_binaries else 0)
    loss_vars = {key: take(size) for key, size in options.loss.column_sizes(n).items()}
    return VariableIndex(n, d, k, W, b, c, h, z, sgn, g, loss_vars, pos)


class _Rows:
    """Accumulates COO triplets and row bounds block by block."""

    def __init__(self) -> None:
        self.rows: list[np.ndarray] = []
        self.cols: list[np.ndarray] = []
        self.vals: list[np.ndarray] = []
        self.lower: list[np.ndarray] = []
        self.upper: list[np.ndarray] = []
        self.count = 0
        self.blocks: list[tuple[str, int, int]] = []

    def block(self, label: str, size: int, lower: np.ndarray | float, upper: np.ndarray | float) -> int:
        start = self.count
        self.count += size
        self.lower.append(np.broadcast_to(np.asarray(lower, dtype=float), (size,)).copy())
        self.upper.append(np.broadcast_to(np.asarray(upper, dtype=float), (size,)).copy())
        self.blocks.append((label, start, self.count))
        return start

    def add(self, rows: np.ndarray, cols: np.ndarray, vals: np.ndarray | float) -> None:
        rows = np.asarray(rows, dtype=np.int64).reshape(-1)
        self.rows.append(rows)
        self.cols.append(np.asarray(cols, dtype=np.int64).reshape(-1))
        self.vals.append(np.broadcast_to(np.asarray(vals, dtype=float), rows.shape).reshape(-1).copy())

    def matrix(self, num_cols: int) -> sp.csr_matrix:
        rows = np.concatenate(self.rows) if self.rows else np.zeros(0, dtype=np.int64)
        cols = np.concatenate(self.cols) if self.cols else np.zeros(0, dtype=np.int64)
        vals = np.concatenate(self.vals) if self.vals else np.zeros(0)
        A = sp.csr_matrix((vals, (rows, cols)), shape=(self.count, num_cols))
        A.sum_duplicates()
        A.eliminate_zeros()
        return A


def build_big_m(dataset: Dataset, options: FormulationOptions,
                lower: np.ndarray | None = None, upper: np.ndarray | None = None,
                relax: np.ndarray | None = None) -> MilpModel:
    """Build the big-M MILP of formulations/big_m_relu.md for ``dataset`` as arrays.

    Parameters
    ----------
    dataset : Dataset
    options : FormulationOptions
    lower, upper : arrays (n, k), optional
        Valid pre-activation bounds (default: interval bounds from the boxes). Where
        ``upper <= 0`` the unit is fixed off at that point, where ``lower >= 0`` fixed on.
    relax : boolean array (n, k), optional
        Pairs whose loss only grows with h_ij (see ``monotone_pairs``): only h_ij >= max(0, p_ij)
        is kept (the two upper rows become free, z_ij is fixed to 0). Any optimal solution can
        lower such an h_ij to max(0, p_ij) without raising the loss, so the optimum is unchanged.

    Returns
    -------
    MilpModel
        For the squared loss this is the outer-approximation master without cuts; add cuts with
        :func:`tangent_cuts`.
    """
    X, y = dataset.X, dataset.y
    n, d = X.shape
    k = int(options.k)
    ix = _layout(n, d, k, options)
    if lower is None or upper is None:
        lower, upper = interval_preactivation_bounds(X, k, options.weight_bound, options.bias_bound)
    lower = np.asarray(lower, dtype=float)
    upper = np.asarray(upper, dtype=float)
    col_lower, col_upper, integrality = _big_m_columns(ix, options, lower, upper)
    cost = np.zeros(ix.num_cols)
    w = dataset.weights
    options.loss.set_columns(ix, w, col_lower, col_upper, cost)

    R = _Rows()
    relu_upper_starts = _add_relu_rows(R, ix, X, k, lower, upper)
    out_rows = _add_output_terms(R, ix, options, n, k, np.maximum(upper, 0.0).reshape(-1))

    def add_output(start: int, coef: float, row_scale: np.ndarray | None = None) -> None:
        for rows, cols, vals in out_rows:
            scale = 1.0 if row_scale is None else row_scale[rows]
            R.add(start + rows, cols, coef * vals * scale)

    options.loss.add_rows(R, ix, y, w, add_output)

    if options.symmetry and k > 1:
        _add_symmetry_rows(R, ix, options)

    A = R.matrix(ix.num_cols)
    row_lower = np.concatenate(R.lower) if R.lower else np.zeros(0)
    row_upper = np.concatenate(R.upper) if R.upper else np.zeros(0)
    if relax is not None:
        _relax_pairs(relax, relu_upper_starts, ix, row_lower, row_upper, col_lower, col_upper)
    return MilpModel(cost=cost, offset=0.0, A=A,
                     row_lower=row_lower,
                     row_upper=row_upper,
                     col_lower=col_lower, col_upper=col_upper, integrality=integrality, index=ix,
                     options=options, dataset=dataset, lower=np.asarray(lower).reshape(n, k),
                     upper=upper.reshape(n, k), row_blocks=R.blocks)


def _big_m_columns(ix: VariableIndex, options: FormulationOptions, lower: np.ndarray,
                   upper: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the column bounds and integrality of the big-M model (z fixed where decided)."""
    col_lower = np.full(ix.num_cols, -INF)
    col_upper = np.full(ix.num_cols, INF)
    integrality = np.zeros(ix.num_cols, dtype=bool)
    col_lower[ix.W], col_upper[ix.W] = -options.weight_bound, options.weight_bound
    col_lower[ix.b], col_upper[ix.b] = -options.bias_bound, options.bias_bound
    upper_pos = np.maximum(upper, 0.0).reshape(-1)
    col_lower[ix.h], col_upper[ix.h] = 0.0, upper_pos
    col_lower[ix.z], col_upper[ix.z] = 0.0, 1.0
    integrality[ix.z] = True
    z_lo = np.where(lower.reshape(-1) >= 0.0, 1.0, 0.0)  # decided on
    z_hi = np.where(upper.reshape(-1) <= 0.0, 0.0, 1.0)  # decided off
    col_lower[ix.z] = np.minimum(z_lo, z_hi)
    col_upper[ix.z] = z_hi
    if ix.sgn.stop > ix.sgn.start:
        col_lower[ix.sgn], col_upper[ix.sgn] = 0.0, 1.0
        integrality[ix.sgn] = True
        col_lower[ix.g], col_upper[ix.g] = 0.0, upper_pos
    return col_lower, col_upper, integrality


def _add_relu_rows(R: _Rows, ix: VariableIndex, X: np.ndarray, k: int, lower: np.ndarray,
                   upper: np.ndarray) -> tuple[int, int]:
    """Add the three big-M rows of h_ij = max(0, p_ij); return the starts of the two upper blocks."""
    n, d = X.shape
    ii, jj = np.divmod(np.arange(n * k), k)  # pair (i, j) in row-major order
    h_cols = ix.h_col(ii, jj)
    z_cols = ix.z_col(ii, jj)
    L = lower.reshape(-1)
    U = upper.reshape(-1)
    nz_i, nz_l = np.nonzero(X)
    nz_v = X[nz_i, nz_l]

    def add_preactivation(start: int, coef: float) -> None:
        """Add coef * (w_j . x_i + b_j) to row start + i*k + j for every pair."""
        for j in range(k):
            R.add(start + nz_i * k + j, ix.W.start + j * d + nz_l, coef * nz_v)
        R.add(start + ii * k + jj, ix.b.start + jj, coef)

    # h_ij - p_ij >= 0
    s0 = R.block("relu_ge_pre", n * k, 0.0, INF)
    R.add(s0 + np.arange(n * k), h_cols, 1.0)
    add_preactivation(s0, -1.0)
    # h_ij - p_ij - L_ij z_ij <= -L_ij
    s1 = R.block("relu_le_pre", n * k, -INF, -L)
    R.add(s1 + np.arange(n * k), h_cols, 1.0)
    add_preactivation(s1, -1.0)
    R.add(s1 + np.arange(n * k), z_cols, -L)
    # h_ij - U_ij z_ij <= 0
    s2 = R.block("relu_le_onoff", n * k, -INF, 0.0)
    R.add(s2 + np.arange(n * k), h_cols, 1.0)
    R.add(s2 + np.arange(n * k), z_cols, -np.maximum(U, 0.0))
    return s1, s2


def _add_output_terms(R: _Rows, ix: VariableIndex, options: FormulationOptions, n: int, k: int,
                      upper_pos: np.ndarray) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Return the (rows, cols, vals) terms of f_i = sum_j s_j h_ij (+ c), adding the sign-product rows."""
    # output f_i = sum_j s_j h_ij (+ c): coefficient pattern shared by every loss
    ii, jj = np.divmod(np.arange(n * k), k)  # pair (i, j) in row-major order
    h_cols = ix.h_col(ii, jj)
    out_rows: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    if options.signs is not None:
        sv = np.asarray(options.signs)[jj]
        out_rows.append((ii, h_cols, sv))
    else:
        g_cols = ix.g.start + ii * k + jj
        out_rows.append((ii, g_cols, np.full(n * k, 2.0)))
        out_rows.append((ii, h_cols, np.full(n * k, -1.0)))
        sg_cols = ix.sgn.start + jj
        # g <= h
        s3 = R.block("prod_le_h", n * k, -INF, 0.0)
        R.add(s3 + np.arange(n * k), g_cols, 1.0)
        R.add(s3 + np.arange(n * k), h_cols, -1.0)
        # g - U+ sgn <= 0
        s4 = R.block("prod_le_sign", n * k, -INF, 0.0)
        R.add(s4 + np.arange(n * k), g_cols, 1.0)
        R.add(s4 + np.arange(n * k), sg_cols, -upper_pos)
        # g - h - U+ sgn >= -U+
        s5 = R.block("prod_ge", n * k, -upper_pos, INF)
        R.add(s5 + np.arange(n * k), g_cols, 1.0)
        R.add(s5 + np.arange(n * k), h_cols, -1.0)
        R.add(s5 + np.arange(n * k), sg_cols, -upper_pos)
    if ix.c.stop > ix.c.start:
        out_rows.append((np.arange(n), np.full(n, ix.c.start), np.ones(n)))
    return out_rows


def _relax_pairs(relax: np.ndarray, upper_starts: tuple[int, int], ix: VariableIndex, row_lower: np.ndarray,
                 row_upper: np.ndarray, col_lower: np.ndarray, col_upper: np.ndarray) -> None:
    """Free the two upper big-M rows and fix z_ij = 0 of the relaxed (monotone) pairs, in place."""
    pairs = np.flatnonzero(np.asarray(relax, dtype=bool).reshape(-1))
    for start in upper_starts:
        row_lower[start + pairs] = -INF
        row_upper[start + pairs] = INF
    col_lower[ix.z.start + pairs] = 0.0
    col_upper[ix.z.start + pairs] = 0.0


def _add_symmetry_rows(R: _Rows, ix: VariableIndex, options: FormulationOptions) -> None:
    """Order units of equal sign by decreasing bias (and positives first under sign binaries)."""
    k = ix.k
    if options.signs is not None:
        signs = np.asarray(options.signs)
        pairs = [(j, j + 1) for j in range(k - 1) if signs[j] == signs[j + 1]]
        if not pairs:
            return
        first = np.array([p[0] for p in pairs])
        second = np.array([p[1] for p in pairs])
        start = R.block("symmetry_bias", len(pairs), 0.0, INF)  # b_j - b_j+1 >= 0
        rows = start + np.arange(len(pairs))
        R.add(rows, ix.b.start + first, 1.0)
        R.add(rows, ix.b.start + second, -1.0)
        return
    first = np.arange(k - 1)
    second = first + 1
    start = R.block("symmetry_sign", k - 1, 0.0, INF)  # sgn_j - sgn_j+1 >= 0
    rows = start + np.arange(k - 1)
    R.add(rows, ix.sgn.start + first, 1.0)
    R.add(rows, ix.sgn.start + second, -1.0)
    # b_j - b_j+1 + 2B (sgn_j - sgn_j+1) >= 0: enforced when the signs agree, void otherwise
    start = R.block("symmetry_bias", k - 1, 0.0, INF)
    rows = start + np.arange(k - 1)
    R.add(rows, ix.b.start + first, 1.0)
    R.add(rows, ix.b.start + second, -1.0)
    R.add(rows, ix.sgn.start + first, 2.0 * options.bias_bound)
    R.add(rows, ix.sgn.start + second, -2.0 * options.bias_bound)


def monotone_pairs(y: np.ndarray, signs: Sequence[float] | None, output_bias: bool, k: int) -> np.ndarray | None:
    """Pairs (i, j) where point i's loss can only grow with h_ij, in a split of one sign.

    All units positive and no output bias: f_i = sum_j h_ij >= 0, so at a point with y_i <= 0
    every loss (|r|, r^2, max) is non-decreasing in each h_ij. All negative: the same where
    y_i >= 0. Such pairs need no binary (``build_big_m(relax=...)``). None when signs are mixed
    or free.
    """
    if signs is None or output_bias:
        return None
    if not sign_pure(signs):
        return None
    mask = (y <= 0) if float(signs[0]) > 0 else (y >= 0)
    if not np.any(mask):
        return None
    return np.repeat(mask[:, None], k, axis=1)


def tangent_cuts(model: MilpModel, points: np.ndarray, rows_for: np.ndarray | None = None) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
    """Tangent cuts of the weighted epigraph t_i >= q omega_i u_i^2 of a loss with a quadratic
    part (``Loss.tangent_cuts``; squared: u = r, q = 1; Huber: u the quadratic share, q = 1/2).

    At a point u*: t_i - 2 q omega_i u* u_i >= -q omega_i u*^2. The epigraph variable carries the
    weight (its cost is 1), so the solver's absolute feasibility tolerance on a cut moves the
    objective by that tolerance, not by omega_i times it.

    Parameters
    ----------
    model : MilpModel
        A master of a loss with a quadratic part.
    points : array (m,)
        Cut points u* (for the squared loss the residuals r*).
    rows_for : array (m,) of int, optional
        The sample index i of each cut point (default: 0..n-1, one cut per sample).
    """
    return model.options.loss.tangent_cuts(model, points, rows_for)


def pattern_fixed(model: MilpModel, pattern: np.ndarray, signs: Sequence[float] | None = None) -> MilpModel:
    """The convex subproblem of one activation pattern: z fixed, no integers.

    With z fixed the big-M rows say exactly h = p >= 0 (on) or h = 0 >= p (off), so this LP (or,
    with a quadratic objective, QP) is the pattern's exact convex problem. ``signs`` fixes the
    sign binaries as well.
    """
    ix = model.index
    col_lower = model.col_lower.copy()
    col_upper = model.col_upper.copy()
    z = np.asarray(pattern, dtype=float).reshape(-1)
    col_lower[ix.z] = z
    col_upper[ix.z] = z
    if ix.sgn.stop > ix.sgn.start:
        if signs is None:
            raise ValueError("a sign-binary model needs the signs to fix a pattern")
        sg = (np.asarray(signs) > 0).astype(float)
        col_lower[ix.sgn] = sg
        col_upper[ix.sgn] = sg
    return replace(model, col_lower=col_lower, col_upper=col_upper,
                   integrality=np.zeros_like(model.integrality), row_blocks=list(model.row_blocks))


def ideal_relu_cuts(model: MilpModel, x: np.ndarray, skip: np.ndarray | None = None,
                    tol: float = 1e-6) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray] | None:
    """Most violated inequality of the ideal ReLU formulation at x, for every pair (i, j).

    h_ij = max(0, a . v) with a = (x_i, 1) the data and v = (W_j, b_j) in the box |v_l| <= B_l is
    exactly the setting of Anderson, Huchette, Ma, Tjandraatmadja and Vielma, "Strong mixed-integer
    programming formulations for trained neural networks" (Math. Programming 183, 2020), whose
    ideal formulation adds, for every subset I of the inputs,

        h <= sum_{l in I} (a_l v_l + |a_l| B_l (1 - z)) + (sum_{l not in I} |a_l| B_l) z

    (I = everything is the big-M row h <= p - L (1 - z), I = {} is h <= U z). Each is valid for
    every point of the box, so adding them keeps every solution; the most violated I is found in
    O(d) per pair. ``skip`` (n, k) marks pairs left out (decided, or relaxed by ``monotone_pairs``).
    Returns (rows, lower, upper) or None when nothing is violated by more than ``tol``.
    """
    ix = model.index
    n, d, k = ix.n, ix.d, ix.k
    X = model.dataset.X
    o = model.options
    a = np.concatenate([X, np.ones((n, 1))], axis=1)                  # (n, d+1)
    B = np.concatenate([np.full(d, o.weight_bound), [o.bias_bound]])  # (d+1,)
    V = np.concatenate([x[ix.W].reshape(k, d), x[ix.b].reshape(k, 1)], axis=1)  # (k, d+1)
    H = x[ix.h].reshape(n, k)
    Z = x[ix.z].reshape(n, k)
    aB = np.abs(a) * B[None, :]                                       # (n, d+1)
    term_in = a[:, None, :] * V[None, :, :] + aB[:, None, :] * (1.0 - Z)[:, :, None]
    term_out = aB[:, None, :] * Z[:, :, None]
    inside = term_in < term_out                                       # (n, k, d+1)
    rhs_at_x = np.where(inside, term_in, term_out).sum(axis=2)
    violated = H > rhs_at_x + tol
    if skip is not None:
        violated &= ~np.asarray(skip, dtype=bool)
    pi, pj = np.nonzero(violated)
    m = pi.size
    if m == 0:
        return None
    In = inside[pi, pj]                                               # (m, d+1)
    aBm = aB[pi]
    # h - sum_{l in I} a_l v_l + (sum_{I} |a|B - sum_{not I} |a|B) z <= sum_{I} |a|B
    coef_v = -a[pi] * In                                              # (m, d+1)
    zcoef = (aBm * In).sum(axis=1) - (aBm * ~In).sum(axis=1)
    upper = (aBm * In).sum(axis=1)
    vcols = np.concatenate([ix.W.start + pj[:, None] * d + np.arange(d)[None, :],
                            (ix.b.start + pj)[:, None]], axis=1)      # (m, d+1)
    rows = np.concatenate([np.repeat(np.arange(m), d + 1), np.arange(m), np.arange(m)])
    cols = np.concatenate([vcols.reshape(-1), ix.h_col(pi, pj), ix.z_col(pi, pj)])
    vals = np.concatenate([coef_v.reshape(-1), np.ones(m), zcoef])
    A = sp.csr_matrix((vals, (rows, cols)), shape=(m, model.num_cols))
    A.eliminate_zeros()
    return A, np.full(m, -INF), upper
