"""Training sets: validation, sample weights, duplicate merging, loading and saving.

A :class:`Dataset` is the input of every formulation: ``X`` (n x d), ``y`` (n) and optional
positive sample weights ``omega`` (the paper's reductions use weighted points; a weight M is
the same as M identical copies of the sample).
"""
from __future__ import annotations

import csv
import numbers
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import InputError
from .fileio import atomic_write_npz, usable_path
from .limits import MAX_TEXT_BYTES, check_array_size


def _as_float_array(value: Any, name: str, ndim: int) -> np.ndarray:
    array = _numeric(value, name)
    if array.ndim != ndim:
        raise InputError(f"{name} must be {ndim}-dimensional, got shape {array.shape}")
    if not np.all(np.isfinite(array)):
        bad = np.argwhere(~np.isfinite(array))[0]
        raise InputError(f"{name} contains NaN or inf (first at index {tuple(int(i) for i in bad)})")
    return array


def as_real_array(value: Any, name: str) -> np.ndarray:
    """``value`` as a float64 array; what would silently change meaning is refused.

    Refused: complex numbers (never truncated to the real part), masked entries (a mask is never
    dropped), strings, dates and times, and object arrays holding anything but real numbers.
    Booleans and integers are exact in float64 and accepted.

    Parameters
    ----------
    value : array-like
        The data.
    name : str
        Its name in error messages.

    Raises
    ------
    InputError
        Naming ``name`` and what was found.
    """
    if isinstance(value, np.ma.MaskedArray):
        if np.ma.count_masked(value):
            raise InputError(f"{name} is a masked array with {np.ma.count_masked(value)} masked entries; "
                             "fill or drop them first (the mask would otherwise be lost)")
        value = np.ma.getdata(value)
    if isinstance(value, (str, bytes)):
        raise InputError(f"{name} must be numeric, got a string")
    try:
        raw = np.asarray(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{name} must be numeric with a regular shape: {exc}") from None
    kind = raw.dtype.kind
    if kind == "c":
        raise InputError(f"{name} must be real-valued but is complex; milp_relu trains on real numbers only "
                         "(pass the real part explicitly if that is what you mean)")
    if kind in "mM":
        raise InputError(f"{name} must be numeric but holds dates or times ({raw.dtype}); "
                         "convert them to numbers explicitly")
    if kind in "USV":
        raise InputError(f"{name} must be numeric but holds strings or raw bytes ({raw.dtype}); "
                         "convert them to numbers explicitly")
    if kind == "O":
        items = [raw.item()] if raw.ndim == 0 else raw.reshape(-1)
        bad = [v for v in items if not isinstance(v, numbers.Real)][:1]
        if bad:
            bad = bad[0]
            raise InputError(f"{name} must be numeric with a regular shape; found "
                             f"{type(bad).__name__} value {str(bad)[:40]!r}")
    try:
        return np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError, OverflowError) as exc:
        raise InputError(f"{name} must be numeric with a regular shape: {exc}") from None


_numeric = as_real_array


@dataclass(frozen=True)
class Dataset:
    """A validated training set.

    Parameters
    ----------
    X : array of shape (n, d)
        Inputs, finite floats.
    y : array of shape (n,)
        Labels, finite floats.
    sample_weight : array of shape (n,), optional
        Positive weights omega_i; ``None`` means all ones.
    """

    X: np.ndarray
    y: np.ndarray
    sample_weight: np.ndarray | None = None

    def __post_init__(self) -> None:
        X = _as_float_array(self.X, "X", 2)
        y_raw = self.y if hasattr(self.y, "ndim") else _numeric(self.y, "y")
        if getattr(y_raw, "ndim", 1) == 2 and y_raw.shape[1] == 1:
            y_raw = _numeric(y_raw, "y").reshape(-1)
        y = _as_float_array(y_raw, "y", 1)
        if X.shape[0] == 0:
            raise InputError("the training set is empty (n = 0)")
        if X.shape[1] == 0:
            raise InputError("X has no columns (d = 0)")
        if y.shape[0] != X.shape[0]:
            raise InputError(f"X has {X.shape[0]} rows but y has {y.shape[0]} entries")
        weights = None
        if self.sample_weight is not None:
            weights = _as_float_array(self.sample_weight, "sample_weight", 1)
            if weights.shape[0] != X.shape[0]:
                raise InputError(
                    f"sample_weight has {weights.shape[0]} entries but X has {X.shape[0]} rows")
            if np.any(weights <= 0):
                raise InputError("sample_weight must be positive (found a weight <= 0)")
        object.__setattr__(self, "X", np.ascontiguousarray(X))
        object.__setattr__(self, "y", np.ascontiguousarray(y))
        object.__setattr__(self, "sample_weight", weights)

    @property
    def n(self) -> int:
        """Number of samples."""
        return int(self.X.shape[0])

    @property
    def d(self) -> int:
        """Input dimension."""
        return int(self.X.shape[1])

    @property
    def weights(self) -> np.ndarray:
        """Sample weights, ones when none were given."""
        return np.ones(self.n) if self.sample_weight is None else self.sample_weight

    def merge_duplicates(self, loss: Any) -> tuple["Dataset", np.ndarray]:
        """Merge repeated samples without changing any network's loss (up to a constant).

        For the squared loss, samples with equal x merge into one with the summed weight and the
        weighted mean label: sum_i w_i (f - y_i)^2 = W (f - ybar)^2 + const. The constant is
        returned by :meth:`merge_offset`. For the absolute and max losses only identical (x, y)
        pairs merge (the weighted median would not be exact for the absolute loss); the loss
        object says which (``Loss.merges_by_mean``, a name or a Loss is accepted).

        Returns
        -------
        merged : Dataset
        inverse : array of shape (n,)
            Index of the merged sample each original sample went to.
        """
        from .network import as_loss

        by_mean = as_loss(loss).merges_by_mean
        weights = self.weights
        if by_mean:
            keys = self.X
        else:
            keys = np.column_stack([self.X, self.y])
        _, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
        inverse = inverse.reshape(-1)
        order = np.argsort(first)  # keep the first-occurrence order of the samples
        rank = np.empty_like(order)
        rank[order] = np.arange(order.size)
        inverse = rank[inverse]
        m = order.size
        merged_w = np.bincount(inverse, weights=weights, minlength=m)
        merged_y = np.bincount(inverse, weights=weights * self.y, minlength=m) / merged_w
        merged_X = self.X[first[order]]
        if not by_mean:
            merged_y = self.y[first[order]]
        return Dataset(merged_X, merged_y, merged_w), inverse

    def merge_offset(self, merged: "Dataset", inverse: np.ndarray) -> float:
        """Constant sum_i w_i (y_i - ybar_{g(i)})^2 lost when merging for the squared loss."""
        return float(np.sum(self.weights * (self.y - merged.y[inverse]) ** 2))


def load_dataset(path: str | Path) -> Dataset:
    """Load a dataset from ``.npz`` (arrays X, y, optional sample_weight) or ``.csv``.

    A CSV has a header row; the label column is ``y`` if present, else the last column; an
    optional column ``sample_weight`` holds weights. NumPy files are loaded with
    ``allow_pickle=False``.
    """
    p = usable_path(path, "data file")
    if not p.exists():
        raise InputError(f"no such file: {p}")
    if not p.is_file():
        raise InputError(f"not a file: {p}")
    suffix = p.suffix.lower()
    if suffix == ".npz":
        return _load_npz(p)
    if suffix == ".csv":
        return _load_csv(p)
    raise InputError(f"unknown data format {p.suffix!r} for {p} (expected .npz or .csv)")


def _load_npz(path: Path) -> Dataset:
    try:
        _check_npz_headers(path)
        with np.load(path, allow_pickle=False) as archive:
            names = set(archive.files)
            missing = {"X", "y"} - names
            if missing:
                raise InputError(f"{path}: missing array(s) {sorted(missing)} (found {sorted(names)})")
            X = archive["X"]
            y = archive["y"]
            weights = archive["sample_weight"] if "sample_weight" in names else None
    except InputError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError, zlib.error,
            NotImplementedError, RuntimeError) as exc:
        raise InputError(f"{path}: corrupt or unreadable .npz ({exc})") from None
    if X.ndim == 1:
        X = X.reshape(-1, 1)
    return Dataset(X, y, weights)


def _check_npz_headers(path: Path) -> None:
    """Read each member's .npy header (shape, dtype) and refuse oversized arrays before loading.

    A header can declare any shape; :data:`~milp_relu.limits.MAX_ARRAY_ELEMENTS` is checked
    here, before NumPy allocates anything, and a member's declared size is compared with the
    bytes the archive actually holds.
    """
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.endswith(".npy"):
                continue
            name = info.filename[:-4]
            with archive.open(info) as member:
                version = np.lib.format.read_magic(member)
                if version == (1, 0):
                    shape, _, dtype = np.lib.format.read_array_header_1_0(member)
                elif version in ((2, 0), (3, 0)):
                    shape, _, dtype = np.lib.format.read_array_header_2_0(member)
                else:
                    raise InputError(f"{path}: array {name!r} has unsupported .npy version {version}")
            check_array_size(shape, f"{path}: array {name!r}")
            if dtype.hasobject:
                raise InputError(f"{path}: array {name!r} is corrupt or unreadable: it holds pickled Python "
                                 "objects, which milp_relu never loads")
            declared = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
            if declared > info.file_size:
                raise InputError(f"{path}: array {name!r} declares shape {tuple(shape)} ({declared} bytes) "
                                 f"but holds only {info.file_size} bytes")


def _load_csv(path: Path) -> Dataset:
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise InputError(f"{path}: {size} bytes is larger than the {MAX_TEXT_BYTES}-byte limit for a CSV file")
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:  # -sig: spreadsheets write a BOM
            rows = [row for row in csv.reader(handle) if row and any(cell.strip() for cell in row)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read CSV ({exc})") from None
    if not rows:
        raise InputError(f"{path}: empty CSV")
    header = [cell.strip() for cell in rows[0]]
    if all(_is_number(cell) for cell in header):
        raise InputError(f"{path}: the first row {','.join(header)[:60]!r} is numbers, not a header; add a "
                         "header row naming the columns (label column 'y', else the last column)")
    body = rows[1:]
    if not body:
        raise InputError(f"{path}: CSV has a header but no data rows (n = 0)")
    for line_no, row in enumerate(body, start=2):
        if len(row) != len(header):
            raise InputError(f"{path}: line {line_no} has {len(row)} fields, header has {len(header)}")
    check_array_size((len(body), len(header)), f"{path}: CSV table")
    try:
        table = np.array([[float(cell) for cell in row] for row in body], dtype=np.float64)
    except ValueError as exc:
        raise InputError(f"{path}: non-numeric value in CSV ({exc})") from None
    for special in ("y", "sample_weight"):
        if header.count(special) > 1:
            raise InputError(f"{path}: the header names column {special!r} {header.count(special)} times")
    label = header.index("y") if "y" in header else len(header) - 1
    weight_col = header.index("sample_weight") if "sample_weight" in header else None
    feature_cols = [i for i in range(len(header)) if i not in (label, weight_col)]
    if not feature_cols:
        raise InputError(f"{path}: CSV has no feature columns besides the label")
    weights = table[:, weight_col] if weight_col is not None else None
    return Dataset(table[:, feature_cols], table[:, label], weights)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def save_npz(dataset: Dataset, path: str | Path) -> Path:
    """Save a dataset as a deterministic .npz (atomic write)."""
    arrays = {"X": dataset.X, "y": dataset.y}
    if dataset.sample_weight is not None:
        arrays["sample_weight"] = dataset.sample_weight
    return atomic_write_npz(path, **arrays)
