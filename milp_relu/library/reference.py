"""Reference values: an entry solved by :func:`milp_relu.fit`, and the MIPLIB-style .solu file."""
from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import Dataset
from ..errors import InputError
from .choice import ExportChoice


@dataclass
class Reference:
    """A reference value from actual solves (``tag`` is the .solu keyword without '=').

    Attributes
    ----------
    tag : str
        "opt", "best", "inf" or "unkn".
    value, lower_bound : float or None
    status : str
        "easy", "hard", "open" or "unknown".
    time_s : float
        Wall-clock time of the solves (kept out of every checksummed file).
    fit_status, message : str
        The last :func:`milp_relu.fit` status and a note.
    """

    tag: str  # "opt", "best", "inf", "unkn"
    value: float | None
    lower_bound: float | None
    status: str  # "easy", "hard", "open", "unknown"
    time_s: float = 0.0
    fit_status: str = ""
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The reference as recorded in an entry's metadata (without the time)."""
        return {"tag": self.tag, "value": self.value, "lower_bound": self.lower_bound, "status": self.status,
                "fit_status": self.fit_status, "message": self.message}


def _round_value(value: float | None) -> float | None:
    """Ten significant digits; |value| < 1e-9 (solver round-off around an optimum of 0) is 0."""
    if value is None or not math.isfinite(value):
        return None
    if abs(value) < 1e-9:
        return 0.0
    return float(f"{value:.10g}")


def _fit(dataset: Dataset, choice: ExportChoice, limit: float, split: bool, solver: str) -> Any:
    """One :func:`milp_relu.fit` of the choice: sign binaries, or (``split``) the fixed splits."""
    from ..solve import fit

    signs = {} if split and choice.signs is None else {"signs": choice.signs}
    return fit(dataset.X, dataset.y, k=choice.k, loss=choice.loss, weight_bound=choice.weight_bound,
               bias_bound=choice.bias_bound, sample_weight=dataset.sample_weight, **signs,
               output_bias=choice.output_bias, time_limit=limit, symmetry=choice.symmetry,
               huber_delta=choice.huber_delta,
               sign_mode="split" if split else "binary", solver=solver)


def _solve_once(dataset: Dataset, choice: ExportChoice, limit: float, solver: str) -> tuple[Any, str]:
    """Solve at one time limit; a sign-binary solve that errs is redone through the k + 1 splits."""
    result = _fit(dataset, choice, limit, choice.signs is not None, solver)
    if result.status == "error" and choice.signs is None:
        # the same optimum through the k + 1 fixed splits (a second, independent path)
        note = f"sign-binary solve ended in error ({result.message or 'no message'}); reference from the splits"
        return _fit(dataset, choice, limit, True, solver), note
    return result, ""


def _limits(time_limit: float, hard_time_limit: float | None) -> list[float]:
    """The time limits to try in turn: ``time_limit``, then a longer ``hard_time_limit``."""
    longer = hard_time_limit and hard_time_limit > time_limit
    return [float(time_limit)] + ([float(hard_time_limit)] if longer else [])


def reference_solve(dataset: Dataset, choice: ExportChoice, time_limit: float | None,
                    hard_time_limit: float | None = None, solver: str = "highs") -> Reference:
    """Solve with :func:`milp_relu.fit` (the same options as the exported model) on ``solver``.

    ``time_limit`` decides *easy*; if that run stops at the limit, one run with
    ``hard_time_limit`` decides *hard* (solved) or *open* (not: ``=best=``). ``time_limit``
    None or 0 skips solving (``=unkn=``).

    Returns
    -------
    Reference
    """
    if not time_limit:
        return Reference("unkn", None, None, "unknown", message="not solved (no time limit given)")
    if choice.bias_bound <= 0:
        return Reference("unkn", None, None, "unknown",
                         message="fit() needs a positive bias bound; solve the model file instead")
    started = time.perf_counter()
    status_word = "easy"
    limits = _limits(time_limit, hard_time_limit)
    result, note = None, ""
    for attempt, limit in enumerate(limits):
        result, attempt_note = _solve_once(dataset, choice, limit, solver)
        note = attempt_note or note  # a fallback's note stays with the reference
        if result.status == "optimal":
            status_word = "easy" if attempt == 0 else "hard"
            break
        if result.status != "time_limit":
            break
    assert result is not None
    return _reference(result, status_word, time.perf_counter() - started, note, limits[-1])


def _reference(result: Any, status_word: str, elapsed: float, note: str, last_limit: float) -> Reference:
    """The reference a finished solve gives."""
    value, bound = _round_value(result.loss), _round_value(result.lower_bound)
    if result.status == "optimal":
        # the proven bound of a solved entry is within the gap of its value and depends on the
        # solver's path: recorded as the value, so regenerating gives the same bytes
        return Reference("opt", value, value, status_word, elapsed, result.status, note)
    if result.status == "infeasible":
        return Reference("inf", None, None, status_word, elapsed, result.status)
    if result.status == "time_limit" and value is not None:
        return Reference("best", value, bound, "open", elapsed, result.status,
                         f"not solved within {last_limit:g} s")
    return Reference("unkn", None, None, "unknown", elapsed, result.status, result.message)


def _fmt_value(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def solu_text(rows: Sequence[dict[str, Any]]) -> str:
    """MIPLIB .solu lines: ``=opt= NAME VALUE``, ``=best= NAME VALUE``, ``=inf= NAME``, ``=unkn= NAME``.

    Parameters
    ----------
    rows : sequence of dict
        Manifest rows (``name`` and ``reference``).

    Returns
    -------
    str
        One line per row, each ending in a newline.
    """
    lines = []
    for row in rows:
        ref = row.get("reference") or {}
        tag = ref.get("tag", "unkn")
        if tag in ("opt", "best") and ref.get("value") is not None:
            lines.append(f"={tag}= {row['name']} {_fmt_value(ref['value'])}")
        else:
            lines.append(f"={'inf' if tag == 'inf' else 'unkn'}= {row['name']}")
    return "\n".join(lines) + ("\n" if lines else "")


def _solu_line(p: Path, number: int, line: str) -> tuple[str, str, float | None]:
    """(name, tag, value) of one non-empty .solu line."""
    parts = line.split()
    tag = parts[0].strip("=")
    if tag not in ("opt", "best", "inf", "unkn") or len(parts) < 2:
        raise InputError(f"{p}:{number}: not a .solu line: {line!r}")
    value = None
    if tag in ("opt", "best"):
        if len(parts) < 3:
            raise InputError(f"{p}:{number}: ={tag}= needs a value: {line!r}")
        try:
            value = float(parts[2])
        except ValueError:
            raise InputError(f"{p}:{number}: value {parts[2]!r} is not a number") from None
    return parts[1], tag, value


def read_solu(path: str | Path) -> dict[str, tuple[str, float | None]]:
    """Parse a .solu file into {name: (tag, value)}.

    Raises
    ------
    InputError
        For a line that is not ``=tag= NAME [VALUE]``, naming the file and line.
    """
    out: dict[str, tuple[str, float | None]] = {}
    p = Path(path)
    for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.split():
            continue
        name, tag, value = _solu_line(p, number, line)
        out[name] = (tag, value)
    return out
