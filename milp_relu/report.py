"""Scaling report: growth fits, solved-fraction profiles and plots from a sweep's results store.

For every generator (and loss / solver options) the rows are split by *driver*: a grid
parameter (or the training width k) that varies while the other varying parameters sit at
their most common value. Against each *axis* that moves with the driver (the parameter itself,
and the instance's n, d and 1/eps where they vary) two models of the solve time t are fitted:

- exponential: log t = a + b x (rate b per unit of x, with a 95% confidence interval);
- polynomial:  log t = a + c log x (degree c, with a 95% confidence interval);
- and for x = 1/eps also log t = a + b x^2 (the 2^{Omega(1/eps^2)} shape of the paper's G4 bound).

Censoring. A run that stopped at its time limit is *right-censored*: its true time is >= the
limit, and it is never treated as solved. When a slice has censored runs, every model is fitted
by maximum likelihood of the censored normal regression on log t (a Tobit model): a solved run
contributes its normal density and a censored run the probability that log t exceeds
log(limit). Confidence intervals are Wald intervals from the observed information (numerical
Hessian). Without censored runs this is ordinary least squares, with t-distribution intervals.
The better model is the one with the higher likelihood (equal parameter counts, so this equals
the lower AIC). Runs with status error are left out and counted.

Medians and quartiles in tables and plots treat a censored time as "at least the limit"; a
quantile that falls on a censored run is shown as ">= limit".
"""
from __future__ import annotations

import csv
import io
import json
import math
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from .errors import InputError
from .fileio import atomic_write_bytes, atomic_write_json, atomic_write_text, check_output_dir
from .results_store import ResultsStore

SOLVED = ("optimal", "infeasible")
TIME_FLOOR = 1e-3  # seconds; log of a time below this is clamped

#: The paper's statements per generator, in words (docs/generators.md gives each with its source).
PAPER_BOUNDS = {
    "bounded-coloring": (
        "G3 (paper result 3; the theorem's exact form is inferred): assuming Gap-ETH, no algorithm "
        "trains bounded realizable k-ReLU networks (k >= 2) to mean squared loss <= eps in time "
        "2^{o(1/eps)} poly(n, d), so the worst case is 2^{Omega(1/eps)}; the upper bound "
        "2^{O~(k/eps)} poly(n, d) matches it in eps. On these instances eps_no = Theta(1/N), so 1/eps "
        "grows linearly with the number of vertices N. The bound predicts log(time) linear in 1/eps "
        "(the exponential model) for the hardest instances."),
    "dense-subgraph": (
        "G4 (paper result 4; hypothesis and gadget reconstructed): under the Densest-k-Subgraph "
        "Hypothesis 1, bounded agnostic 1-ReLU training to mean loss <= OPT + eps needs time "
        "2^{Omega(1/eps^2)}. The NO side of this generator is only empirical, so eps is not a "
        "certified gap here; read its fits as a benchmark family."),
    "planted": (
        "No lower bound applies: planted (teacher-network) data. The big-M MILP has O(nk) pattern "
        "binaries, so branch and bound is 2^{O(nk)} in the worst case, while enumerating the "
        "activation patterns of the hyperplane arrangement (Arora et al. 2018) takes n^{O(dk)} for "
        "fixed d and k: polynomial in n, exponential in d and k."),
    "set-cover": (
        "G1 (paper result 1): training one ReLU is NP-hard (reduction from Set Cover), so no "
        "polynomial-time algorithm exists unless P = NP; super-polynomial worst-case growth in n is "
        "expected."),
    "monotone-circuit": (
        "G1b (paper result 1'): one ReLU is NP-hard to train even approximately within a "
        "multiplicative factor (Minimum Monotone Circuit SAT); super-polynomial worst-case growth "
        "is expected."),
    "hypergraph-coloring": (
        "G2 (paper result 2): k-ReLU training (k >= 2) is NP-hard even when a zero-loss network "
        "exists (hypergraph coloring); super-polynomial worst-case growth in n is expected."),
}

AXIS_LABEL = {"n": "n (samples)", "d": "d (input dimension)", "k": "k (hidden units)",
              "inv_eps": "1/eps (promised gap, mean loss)"}


# --------------------------------------------------------------------------- fitting
@dataclass
class ModelFit:
    model: str                    # "exponential", "polynomial", "exp-quadratic"
    slope: float                  # b (per unit x), c (degree), or b (per unit x^2)
    ci_low: float
    ci_high: float
    intercept: float
    sigma: float
    loglik: float
    aic: float
    method: str                   # "ols" or "tobit"
    converged: bool = True


@dataclass
class GrowthFit:
    generator: str
    group: str
    driver: str
    axis: str
    runs: int
    solved: int
    censored: int
    errors: int
    time_limit: float | None
    x_min: float
    x_max: float
    distinct_x: int
    models: dict[str, ModelFit] = field(default_factory=dict)
    naive_exponential_rate: float | None = None   # OLS on solved runs only, for reference
    better: str | None = None
    delta_aic: float | None = None
    identified: bool = True       # False: too few solved x values under censoring to fit at all
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["models"] = {k: asdict(v) for k, v in self.models.items()}
        return out


def _design(x: np.ndarray, model: str) -> np.ndarray:
    if model == "exponential":
        return x
    if model == "polynomial":
        return np.log(x)
    if model == "exp-quadratic":
        return x * x
    raise ValueError(model)


def fit_log_time(x: Sequence[float], times: Sequence[float], censored: Sequence[bool],
                 limits: Sequence[float | None], model: str) -> ModelFit | None:
    """Fit log t = a + slope * g(x) (g per ``model``), right-censored at log(limit) where flagged."""
    x = np.asarray(x, dtype=float)
    if model == "polynomial" and np.any(x <= 0):
        return None
    z = _design(x, model)
    y = np.log(np.maximum(np.asarray(times, dtype=float), TIME_FLOOR))
    cens = np.asarray(censored, dtype=bool)
    if len(z) < 3 or len(np.unique(z)) < 2:
        return None
    if not cens.any():
        return _ols_fit(z, y, model)
    return _tobit_fit(z, y, cens, limits, model)


def _ols_fit(z: np.ndarray, y: np.ndarray, model: str) -> ModelFit:
    """Least-squares fit of y = a + slope * z (no censoring) with a t-interval on the slope."""
    from scipy import stats

    res = stats.linregress(z, y)
    resid = y - (res.intercept + res.slope * z)
    n = len(y)
    sse = float(resid @ resid)
    sigma = math.sqrt(max(sse / n, 1e-300))
    loglik = -0.5 * n * (math.log(2 * math.pi * sigma * sigma) + 1)
    if n > 2 and np.isfinite(res.stderr):
        half = float(stats.t.ppf(0.975, n - 2) * res.stderr)
    else:
        half = float("nan")
    return ModelFit(model, float(res.slope), float(res.slope - half), float(res.slope + half),
                    float(res.intercept), sigma, loglik, 6 - 2 * loglik, "ols")


def _tobit_fit(z: np.ndarray, y: np.ndarray, cens: np.ndarray, limits: Sequence[float | None],
               model: str) -> ModelFit:
    """Censored-normal (Tobit) maximum-likelihood fit, right-censored at log(limit) where flagged."""
    from scipy import stats

    c = np.log(np.maximum(np.asarray([l if l is not None else np.nan for l in limits], dtype=float),
                          TIME_FLOOR))
    c = np.where(cens, c, y)
    y_obs = np.where(cens, c, y)

    from scipy.optimize import minimize
    from scipy.special import log_ndtr

    half_log_2pi = 0.5 * math.log(2 * math.pi)

    def nll(theta: np.ndarray) -> float:
        a, b, log_s = theta
        u = (y_obs - (a + b * z)) * math.exp(-log_s)
        ll = np.where(cens, log_ndtr(-u), -0.5 * u * u - half_log_2pi - log_s)
        return float(-np.sum(ll))

    start = stats.linregress(z, y_obs)
    s0 = float(np.std(y_obs - (start.intercept + start.slope * z))) or 0.1
    theta0 = np.array([start.intercept, start.slope, math.log(max(s0, 1e-3))])
    opt = minimize(nll, theta0, method="BFGS", options={"gtol": 1e-7})
    if not np.isfinite(opt.fun) or not opt.success:
        opt = minimize(nll, opt.x if np.all(np.isfinite(opt.x)) else theta0, method="Nelder-Mead",
                       options={"xatol": 1e-9, "fatol": 1e-11, "maxiter": 20000, "maxfev": 40000})
    theta = opt.x
    hess = _hessian(nll, theta)
    try:
        cov = np.linalg.inv(hess)
        se = math.sqrt(cov[1, 1]) if cov[1, 1] > 0 else float("nan")
    except np.linalg.LinAlgError:
        se = float("nan")
    half = 1.959963984540054 * se
    loglik = -float(opt.fun)
    return ModelFit(model, float(theta[1]), float(theta[1] - half), float(theta[1] + half),
                    float(theta[0]), math.exp(theta[2]), loglik, 6 - 2 * loglik, "tobit",
                    bool(np.isfinite(opt.fun)))


def _hessian(f: Any, theta: np.ndarray) -> np.ndarray:
    k = len(theta)
    h = np.empty((k, k))
    step = 1e-4 * np.maximum(np.abs(theta), 1.0)
    for i in range(k):
        for j in range(i, k):
            ei = np.zeros(k)
            ei[i] = step[i]
            ej = np.zeros(k)
            ej[j] = step[j]
            val = (f(theta + ei + ej) - f(theta + ei - ej) - f(theta - ei + ej) + f(theta - ei - ej)) / (4 * step[i] * step[j])
            h[i, j] = h[j, i] = val
    return h


# --------------------------------------------------------------------------- rows and slices
TIME_COLUMNS = {"wall": "wall_s", "cpu": "cpu_s"}
_TIME_WORDS = {"wall": "wall time", "cpu": "CPU time"}


def load_rows(db: str | Path, sweeps: Iterable[str] | None = None, time: str = "wall",
              skipped: list[str] | None = None) -> list[dict[str, Any]]:
    """The database's rows, each checked; a corrupt row is left out (its reason goes to ``skipped``)."""
    with ResultsStore(db, create=False) as store:
        rows = store.rows()
    if sweeps:
        wanted = set(sweeps)
        rows = [r for r in rows if r.get("sweep") in wanted]
    good = []
    for r in rows:
        reason = _corrupt(r)
        if reason is not None:
            if skipped is not None:
                skipped.append(f"{str(r.get('run_key'))[:24]}: {reason}")
            continue
        r["params"] = json.loads(r.get("params_json") or "{}")
        r["inv_eps"] = (1.0 / r["eps"]) if r.get("eps") else None
        from .learners.sweep_adapter import report_view

        report_view(r)  # learner rows: x = 1/eps (issue 14)
        r["time"] = r.get(TIME_COLUMNS[time])
        good.append(r)
    return good


_REAL_COLUMNS = ("n", "d", "k", "seed", "repetition", "weight_bound", "bias_bound", "time_limit", "verified_loss",
                 "loss_mean", "lower_bound", "gap_abs", "gap_rel", "wall_s", "cpu_s", "gen_s", "nodes",
                 "oa_iterations", "peak_mem_mb", "eps")
_INT_COLUMNS = ("n", "d", "k", "seed", "repetition", "nodes", "oa_iterations")


def _corrupt(r: dict[str, Any]) -> str | None:
    """Why a results row cannot be used (a value of the wrong type), or None when it is sound."""
    from .sweep import STATUSES

    if not isinstance(r.get("generator"), str) or not r["generator"]:
        return "no generator name"
    if r.get("status") not in STATUSES:
        return f"unknown status {r.get('status')!r:.40}"
    for name in _REAL_COLUMNS:
        value = r.get(name)
        if value is not None and (isinstance(value, (str, bytes)) or not math.isfinite(float(value))):
            return f"column {name} holds {value!r:.40}, not a finite number"
        if value is not None and name in _INT_COLUMNS and float(value) != int(value):
            return f"column {name} holds {value!r:.40}, not an integer"
    for name in ("sweep", "family", "loss", "params_json", "options_json", "milp_relu_version",
                 "highspy_version", "python_version", "host"):
        if r.get(name) is not None and not isinstance(r[name], str):
            return f"column {name} holds {r[name]!r:.40}, not text"
    try:
        params = json.loads(r.get("params_json") or "{}")
    except (json.JSONDecodeError, RecursionError):
        return "params_json is not valid JSON"
    if not isinstance(params, dict):
        return "params_json is not a JSON object"
    if r.get("eps") is not None and float(r["eps"]) < 0:
        return "column eps is negative"
    return None


def _value_key(v: Any) -> str:
    return json.dumps(v, sort_keys=True)


def _numeric(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def group_rows(rows: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Rows by (generator, context), context = the sweep family label, loss and solver options."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[(r["generator"], f"family {r.get('family')}, loss={r.get('loss')}, options {r.get('options_json')}")].append(r)
    return dict(groups)


def _driver_value(r: dict[str, Any], driver: str) -> Any:
    return r.get("k") if driver == "@k" else r["params"].get(driver)


def slices(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """(driver, rows) pairs: each varying parameter with the others at their modal values."""
    keys = sorted({key for r in rows for key in r["params"]})
    drivers = [key for key in keys if len({_value_key(r["params"].get(key)) for r in rows}) > 1]
    ks_by_params: dict[str, set[Any]] = defaultdict(set)
    for r in rows:
        ks_by_params[r.get("params_json") or ""].add(r.get("k"))
    if any(len(ks) > 1 for ks in ks_by_params.values()):
        drivers.append("@k")  # the training width varies on its own (not through a parameter)
    modal = {}
    for drv in drivers:
        counts = Counter(_value_key(_driver_value(r, drv)) for r in rows)
        modal[drv] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    out = []
    for drv in drivers:
        sel = [r for r in rows if all(_value_key(_driver_value(r, o)) == modal[o] for o in drivers if o != drv)]
        out.append((drv, sel))
    return out


def axes_for(driver: str, sel: list[dict[str, Any]]) -> list[str]:
    """Axes that vary with the driver: the driver (if numeric) and n, d, k, inv_eps."""
    out = []
    name = "k" if driver == "@k" else driver
    seen_vectors = []
    candidates = [driver] + [a for a in ("n", "d", "k", "inv_eps") if a != name]
    usable = [r for r in sel if r["status"] != "error"]
    for axis in candidates:
        values = [_axis_value(r, axis) for r in usable]
        if not all(_numeric(v) for v in values) or len(set(values)) < 2:
            continue
        vector = tuple(values)
        if vector in seen_vectors:
            continue
        seen_vectors.append(vector)
        out.append(axis)
    return out


def _axis_value(r: dict[str, Any], axis: str) -> Any:
    if axis == "@k":
        return r.get("k")
    if axis in ("n", "d", "k", "inv_eps"):
        return r.get(axis)
    return r["params"].get(axis)


def _axis_name(axis: str) -> str:
    return "k" if axis == "@k" else axis


# --------------------------------------------------------------------------- statistics per x
def censored_quantiles(times: Sequence[float], censored: Sequence[bool], limit: float | None,
                       qs: Sequence[float] = (0.25, 0.5, 0.75)) -> list[tuple[float, bool]]:
    """Empirical quantiles with censored times counted as >= limit; (value, is_lower_bound)."""
    # a censored run's own time is its lower bound (= the limit for wall time)
    vals = np.array(times, dtype=float)
    flags = np.array(censored, dtype=bool)
    order = np.argsort(vals, kind="stable")
    vals, flags = vals[order], flags[order]
    out = []
    for q in qs:
        pos = q * (len(vals) - 1)
        lo, hi = int(math.floor(pos)), int(math.ceil(pos))
        value = vals[lo] + (vals[hi] - vals[lo]) * (pos - lo)
        out.append((float(value), bool(flags[hi])))
    return out


def per_x_table(sel: list[dict[str, Any]], axis: str) -> list[dict[str, Any]]:
    by_x: dict[float, list[dict[str, Any]]] = defaultdict(list)
    for r in sel:
        value = _axis_value(r, axis)
        if _numeric(value):  # an error row may lack derived axes (n, d, 1/eps)
            by_x[float(value)].append(r)
    table = []
    for x in sorted(by_x):
        rs = by_x[x]
        ok = [r for r in rs if r["status"] != "error" and r.get("time") is not None]
        limit = max((r.get("time_limit") or 0) for r in rs) or None
        entry = {"x": x, "runs": len(rs), "errors": len(rs) - len(ok),
                 "solved": sum(r["status"] in SOLVED for r in ok),
                 "censored": sum(r["status"] == "time_limit" for r in ok), "time_limit": limit}
        if ok:
            qs = censored_quantiles([r["time"] for r in ok], [r["status"] == "time_limit" for r in ok], limit)
            entry.update(q25=qs[0][0], median=qs[1][0], q75=qs[2][0], q25_cens=qs[0][1],
                         median_cens=qs[1][1], q75_cens=qs[2][1])
        table.append(entry)
    return table


# --------------------------------------------------------------------------- plots
def _save(fig: Any, stem: Path) -> list[Path]:
    paths = []
    for ext in ("png", "svg"):
        buffer = io.BytesIO()
        fig.savefig(buffer, format=ext, dpi=110 if ext == "png" else None)
        paths.append(atomic_write_bytes(stem.with_suffix("." + ext), buffer.getvalue()))
    return paths


def plot_growth(fit: GrowthFit, table: list[dict[str, Any]], sel: list[dict[str, Any]], stem: Path,
                title: str, time_word: str = "wall time") -> list[Path]:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    axis = fit.axis
    label = AXIS_LABEL.get(_axis_name(axis), _axis_name(axis))
    fig, panels = plt.subplots(1, 2, figsize=(11, 4.2))
    rows = [t for t in table if "median" in t]
    for ax, xlog in zip(panels, (False, True)):
        _draw_runs(ax, sel, axis)
        _draw_quartiles(ax, rows)
        _draw_fit_curves(ax, fit)
        if fit.time_limit:
            ax.axhline(fit.time_limit, color="tab:red", lw=1, ls="-.", label=f"time limit {fit.time_limit:g} s (wall)")
        ax.set_yscale("log")
        if xlog:
            ax.set_xscale("log")
        ax.set_xlabel(label + (" (log)" if xlog else ""))
        ax.set_ylabel(f"solve {time_word}, s (log)")
        ax.grid(True, which="major", alpha=0.3)
    panels[0].set_title("semi-log: straight = exponential", fontsize=9)
    panels[1].set_title("log-log: straight = polynomial", fontsize=9)
    handles, labels = panels[0].get_legend_handles_labels()
    fig.subplots_adjust(left=0.07, right=0.98, top=0.86, bottom=0.28, wspace=0.22)
    fig.legend(handles, labels, loc="lower center", ncol=4, fontsize=7.5, frameon=False,
               bbox_to_anchor=(0.5, 0.0))
    fig.suptitle(title, fontsize=10)
    paths = _save(fig, stem)
    plt.close(fig)
    return paths


def _draw_runs(ax: Any, sel: list[dict[str, Any]], axis: str) -> None:
    """Scatter every non-error run: solved grey dots, censored (time limit) red open triangles."""
    pts = [r for r in sel if r["status"] != "error" and r.get("time") is not None]
    sx = np.array([float(_axis_value(r, axis)) for r in pts])
    st = np.array([max(r["time"], TIME_FLOOR) for r in pts])
    solved = np.array([r["status"] in SOLVED for r in pts], dtype=bool)
    if len(pts):
        ax.scatter(sx[solved], st[solved], s=12, color="0.55", alpha=0.7, label="runs (solved)", zorder=2)
        if (~solved).any():
            ax.scatter(sx[~solved], st[~solved], s=28, marker="^", facecolors="none",
                       edgecolors="tab:red", label="runs (time limit, censored)", zorder=3)


def _draw_quartiles(ax: Any, rows: list[dict[str, Any]]) -> None:
    """Draw the per-x median line and the 25-75% band, censored medians as open squares."""
    xs = np.array([t["x"] for t in rows])
    med = np.array([t["median"] for t in rows])
    q25 = np.array([t["q25"] for t in rows])
    q75 = np.array([t["q75"] for t in rows])
    if len(xs):
        ax.fill_between(xs, np.maximum(q25, TIME_FLOOR), np.maximum(q75, TIME_FLOOR), color="tab:blue",
                        alpha=0.2, label="quartiles (25-75%)")
        ax.plot(xs, np.maximum(med, TIME_FLOOR), "o-", color="tab:blue", label="median time", zorder=4)
        cens = np.array([t["median_cens"] for t in rows], dtype=bool)
        if cens.any():
            ax.plot(xs[cens], med[cens], "s", mfc="white", mec="tab:blue", ms=8,
                    label="median >= limit", zorder=5)


def _draw_fit_curves(ax: Any, fit: GrowthFit) -> None:
    """Draw the fitted exponential, polynomial and exp-quadratic curves (when the fit is identified)."""
    grid = np.linspace(fit.x_min, fit.x_max, 100)
    for name, style in [] if not fit.identified else (("exponential", "--"), ("polynomial", ":"), ("exp-quadratic", "-.")):
        m = fit.models.get(name)
        if m is None:
            continue
        curve = np.exp(m.intercept + m.slope * _design(grid, name))
        tag = {"exponential": f"exp fit: rate {m.slope:.3g}/unit",
               "polynomial": f"poly fit: degree {m.slope:.3g}",
               "exp-quadratic": f"exp(x^2) fit: {m.slope:.3g}"}[name]
        ax.plot(grid, curve, style, color="black" if name == "exponential" else "tab:green", lw=1.2, label=tag)


def plot_profile(sel: list[dict[str, Any]], driver: str, stem: Path, title: str) -> list[Path]:
    """Solved fraction versus time, one curve per driver value (censored runs never count)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    by_v: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in sel:
        if r["status"] != "error":
            by_v[_value_key(_driver_value(r, driver))].append(r)
    limit = max((r.get("time_limit") or 0) for r in sel) or None
    times = [r["time"] for r in sel if r["status"] in SOLVED and r.get("time") is not None]
    tmin = max(min(times) * 0.8, TIME_FLOOR) if times else TIME_FLOOR
    tmax = limit or (max(times) * 1.2 if times else 1.0)
    grid = np.geomspace(tmin, max(tmax, tmin * 10), 200)
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    cmap = plt.get_cmap("viridis")
    keys = sorted(by_v, key=lambda s: (json.loads(s) if _numeric(json.loads(s)) else float("inf"), s))
    for i, key in enumerate(keys):
        rs = by_v[key]
        solved_t = np.sort([r["time"] for r in rs if r["status"] in SOLVED and r.get("time") is not None])
        frac = np.searchsorted(solved_t, grid, side="right") / len(rs)
        ax.step(grid, frac, where="post", color=cmap(i / max(len(keys) - 1, 1)),
                label=f"{_axis_name(driver)} = {json.loads(key)} ({len(rs)} runs)")
    if limit:
        ax.axvline(limit, color="tab:red", ls="-.", lw=1, label=f"time limit {limit:g} s")
    ax.set_xscale("log")
    ax.set_ylim(-0.02, 1.02)
    ax.set_xlabel("time, s (log)")
    ax.set_ylabel("fraction of runs solved (optimal or infeasible)")
    ax.grid(True, which="both", alpha=0.25)
    ax.legend(fontsize=7, loc="upper left")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    paths = _save(fig, stem)
    plt.close(fig)
    return paths


# --------------------------------------------------------------------------- the report
@dataclass
class ReportResult:
    report_path: Path
    fits: list[GrowthFit]
    plots: list[Path]


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)


def fit_slice(generator: str, group: str, driver: str, axis: str, sel: list[dict[str, Any]]) -> GrowthFit:
    usable = [r for r in sel if r["status"] != "error" and r.get("time") is not None]
    xs = [float(_axis_value(r, axis)) for r in usable]
    times = [r["time"] for r in usable]
    cens = [r["status"] == "time_limit" for r in usable]
    limits = [r["time"] for r in usable]  # a censored run is censored at its own measured time
    limit = max((r.get("time_limit") or 0) for r in usable) if usable else None
    fit = GrowthFit(generator=generator, group=group, driver=_axis_name(driver), axis=_axis_name(axis),
                    runs=len(sel), solved=sum(r["status"] in SOLVED for r in usable), censored=sum(cens),
                    errors=len(sel) - len(usable), time_limit=limit or None,
                    x_min=min(xs) if xs else float("nan"), x_max=max(xs) if xs else float("nan"),
                    distinct_x=len(set(xs)))
    models = ["exponential", "polynomial"] + (["exp-quadratic"] if _axis_name(axis) == "inv_eps" else [])
    for name in models:
        m = fit_log_time(xs, times, cens, limits, name)
        if m is not None:
            fit.models[name] = m
    if any(cens):
        solved = [(x, t) for x, t, c in zip(xs, times, cens) if not c]
        if len(solved) >= 3 and len({x for x, _ in solved}) >= 2:
            from scipy import stats

            fit.naive_exponential_rate = float(stats.linregress(
                [x for x, _ in solved], np.log(np.maximum([t for _, t in solved], TIME_FLOOR))).slope)
    base = {k: v for k, v in fit.models.items() if k in ("exponential", "polynomial")}
    if len(base) == 2:
        e, p = base["exponential"], base["polynomial"]
        fit.better = "exponential" if e.aic < p.aic else "polynomial"
        fit.delta_aic = abs(e.aic - p.aic)
    solved_x = {x for x, c in zip(xs, cens) if not c}
    if any(cens) and len(solved_x) < 3:
        fit.better = None
        fit.identified = False
        fit.note = (f"only {len(solved_x)} distinct x value(s) have solved runs and the rest are censored: the "
                    "censored fit is not identified (its confidence intervals are unbounded or undefined); read "
                    "the growth between the solved points, and the censored points, as a lower bound")
    elif fit.solved < 5:
        fit.note = (f"only {fit.solved} solved run(s) for a 3-parameter model: the intervals come from almost no "
                    "residual freedom and are not reliable; add seeds, repetitions or grid points")
    elif fit.distinct_x < 3:
        fit.note = "fewer than 3 distinct x values: the model comparison is not meaningful"
    elif fit.solved == 0:
        fit.note = "no run solved: every time is censored, the fit only says 'at least the limit'"
    return fit


def describe_fit(fit: GrowthFit) -> str:
    """The measured growth in words, for report.md."""
    x = AXIS_LABEL.get(fit.axis, fit.axis)
    parts = []
    e = fit.models.get("exponential")
    p = fit.models.get("polynomial")
    q = fit.models.get("exp-quadratic")
    if e:
        per = f"x{math.exp(e.slope):.3g} per unit of {fit.axis}"
        log2 = e.slope / math.log(2)
        parts.append(f"exponential: time ~ e^({e.slope:.3g} * {fit.axis}), 95% CI for the rate "
                     f"[{e.ci_low:.3g}, {e.ci_high:.3g}] ({per}; log2 time rises {log2:.3g} per unit)")
    if p:
        parts.append(f"polynomial: time ~ {fit.axis}^{p.slope:.3g}, 95% CI for the degree "
                     f"[{p.ci_low:.3g}, {p.ci_high:.3g}]")
    if q:
        parts.append(f"exp-quadratic: log time ~ {q.slope:.3g} * {fit.axis}^2, 95% CI [{q.ci_low:.3g}, {q.ci_high:.3g}]")
    text = "; ".join(parts) if parts else "too few usable runs to fit"
    if fit.better:
        text += f". Model comparison: {_preference(fit)}"
    method = next(iter(fit.models.values())).method if fit.models else "none"
    text += (f". Over {x} in [{fit.x_min:g}, {fit.x_max:g}] ({fit.distinct_x} values, {fit.runs} runs: "
             f"{fit.solved} solved, {fit.censored} censored at the time limit, {fit.errors} errors; "
             f"fit method {method}).")
    if fit.note:
        text += f" Caution: {fit.note}."
    if fit.naive_exponential_rate is not None and e and not fit.note:
        text += (f" Fitting the solved runs alone would give the rate {fit.naive_exponential_rate:.3g}, "
                 "biased low because the slowest runs are missing.")
    return text


def build_report(db: str | Path, out: str | Path, sweeps: Iterable[str] | None = None,
                 time: str = "wall") -> ReportResult:
    """Fit, plot and write ``report.md``, ``fits.json``, ``fits.csv`` and ``runs_summary.csv`` in ``out``."""
    if time not in TIME_COLUMNS:
        raise InputError(f"time must be one of {', '.join(TIME_COLUMNS)}, got {time!r}")
    out = check_output_dir(out, "report folder")
    skipped: list[str] = []
    rows = load_rows(db, sweeps, time, skipped)
    if not rows:
        corrupt = f" ({len(skipped)} corrupt row(s) left out, first {skipped[0]})" if skipped else ""
        raise InputError(f"{db}: no runs to report on" + (f" for sweep(s) {', '.join(sweeps)}" if sweeps else "")
                         + corrupt)
    plots_dir = out / "plots"
    try:
        plots_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create {plots_dir}: {exc.strerror or exc}") from None
    fits: list[GrowthFit] = []
    plots: list[Path] = []
    md: list[str] = ["# Runtime-scaling report", ""] + _report_preamble(db, rows, time, skipped)
    summary_rows: list[dict[str, Any]] = []
    groups = group_rows(rows)
    for gi, ((generator, context), grows) in enumerate(sorted(groups.items())):
        fam = str(grows[0].get("family") or generator)
        same_fam = sum(1 for g in groups.values() if str(g[0].get("family") or "") == fam)
        gtag = _safe(fam) + (f"_g{gi}" if same_fam > 1 else "")
        md += [f"## {generator}", "", f"Context: `{context}`; {len(grows)} runs.", ""]
        if generator in PAPER_BOUNDS:
            md += [f"**Paper:** {PAPER_BOUNDS[generator]}", ""]
        sl = slices(grows)
        if not sl:
            md += ["No parameter varies in this group, so there is nothing to fit.", ""]
        for driver, sel in sl:
            md += _slice_section(generator, context, driver, sel, gtag, out, time, fits, plots, summary_rows)
    md += ["## Files", "", "- `fits.json`, `fits.csv`: every fit with its confidence interval;",
           "- `runs_summary.csv`: per-x counts and censored quartiles;",
           "- `plots/`: PNG and SVG of every figure.", ""]
    atomic_write_json(out / "fits.json", [_finite(f.to_dict()) for f in fits])
    atomic_write_text(out / "fits.csv", _fits_csv(fits))
    atomic_write_text(out / "runs_summary.csv", _dict_csv(summary_rows))
    report_path = atomic_write_text(out / "report.md", "\n".join(md) + "\n")
    return ReportResult(report_path=report_path, fits=fits, plots=plots)


def _report_preamble(db: str | Path, rows: list[dict[str, Any]], time: str, skipped: list[str]) -> list[str]:
    """Return the report's opening paragraphs: runs and statuses, how times are read, software."""
    md: list[str] = []
    sweeps_in = sorted({r.get("sweep") or "?" for r in rows})
    statuses = Counter(r["status"] for r in rows)
    md += [f"Database `{db}`: {len(rows)} runs from sweep(s) {', '.join(sweeps_in)}; "
           + ", ".join(f"{s} {statuses.get(s, 0)}" for s in ("optimal", "time_limit", "infeasible", "error")) + ".",
           "",
           (f"Times are {'wall-clock' if time == 'wall' else 'CPU'} seconds of the `fit` call (column "
            f"`{TIME_COLUMNS[time]}`; HiGHS threads=1, one solve per process). "
            + ("CPU time is the robust measure on a shared machine; the time limit is on wall time, so a "
               "censored run's CPU time is a lower bound of its own. " if time == "cpu" else "")) +
           "Runs stopped by the time limit are right-censored: never counted as solved, fitted by a "
           "censored-normal (Tobit) likelihood on log time, and shown as 'at least the limit'. "
           "Runs with status error are excluded and counted. Confidence intervals are 95%. "
           "Fits describe the measured range only; no finite sweep can confirm or refute an "
           "asymptotic lower bound, and the paper's bounds are worst-case statements about all "
           "algorithms, while this measures one algorithm on particular instance families.", ""]
    if skipped:
        md += [f"{len(skipped)} corrupt row(s) left out: " + "; ".join(skipped[:10])
               + (" ..." if len(skipped) > 10 else "") + ".", ""]
    versions = sorted({(r.get("milp_relu_version"), r.get("highspy_version"), r.get("python_version")) for r in rows},
                      key=str)
    hosts = sorted({r.get("host") or "?" for r in rows})
    md += ["Software: " + "; ".join(f"milp_relu {a}, highspy {b}, Python {c}" for a, b, c in versions)
           + f". Hosts: {', '.join(hosts)}.", ""]
    return md


def _slice_section(generator: str, context: str, driver: str, sel: list[dict[str, Any]], gtag: str, out: Path,
                   time: str, fits: list[GrowthFit], plots: list[Path],
                   summary_rows: list[dict[str, Any]]) -> list[str]:
    """Return the section of one slice (one varying parameter): its profile, then a fit per axis."""
    plots_dir = out / "plots"
    dname = _axis_name(driver)
    axes = axes_for(driver, sel)
    fixed = {k: v for k, v in sel[0]["params"].items() if k != driver}
    md = [f"### {generator}: varying {dname}", "",
          f"Other parameters at {json.dumps(fixed, sort_keys=True)}; {len(sel)} runs.", ""]
    stem = plots_dir / f"{gtag}__{_safe(dname)}__profile"
    ppaths = plot_profile(sel, driver, stem, f"{generator}: solved fraction vs time, by {dname}")
    plots += ppaths
    md += [f"![solved fraction]({ppaths[0].relative_to(out)})", ""]
    for axis in axes:
        fit = fit_slice(generator, context, driver, axis, sel)
        fits.append(fit)
        table = per_x_table(sel, axis)
        aname = _axis_name(axis)
        stem = plots_dir / f"{gtag}__{_safe(dname)}__time_vs_{_safe(aname)}"
        gpaths = plot_growth(fit, table, sel, stem, f"{generator}: {_TIME_WORDS[time]} vs {AXIS_LABEL.get(aname, aname)}",
                             time_word=_TIME_WORDS[time])
        plots += gpaths
        md += [f"#### time vs {AXIS_LABEL.get(aname, aname)}", "",
               f"Measured: {describe_fit(fit)}", ""]
        if generator in PAPER_BOUNDS:
            md += [_compare_sentence(generator, fit), ""]
        md += [f"![time vs {aname}]({gpaths[0].relative_to(out)}) ([svg]({gpaths[1].relative_to(out)}))", "",
               f"| {aname} | runs | solved | censored | errors | solved share | q25 s | median s | q75 s |",
               "|---|---|---|---|---|---|---|---|---|"]
        for t in table:
            md.append(_table_row(t))
            summary_rows.append({"generator": generator, "context": context, "driver": dname,
                                 "axis": aname, **{k: v for k, v in t.items()}})
        md.append("")
    return md


def _table_row(t: dict[str, Any]) -> str:
    """Return one per-x row of the markdown table (censored quartiles as '>= q')."""
    def fmt(key: str) -> str:
        if key not in t:
            return "-"
        return (">= " if t.get(key + "_cens") else "") + f"{t[key]:.3g}"
    usable = t["runs"] - t["errors"]
    share = f"{t['solved'] / usable:.0%}" if usable else "-"
    return (f"| {t['x']:g} | {t['runs']} | {t['solved']} | {t['censored']} | {t['errors']} | "
            f"{share} | {fmt('q25')} | {fmt('median')} | {fmt('q75')} |")


def _preference(fit: GrowthFit) -> str:
    if not fit.better:
        return "no model comparison is possible"
    if (fit.delta_aic or 0) < 2:
        return f"neither model is clearly preferred (delta AIC {fit.delta_aic:.2f} < 2)"
    return f"the {fit.better} model fits better (delta AIC {fit.delta_aic:.2f})"


def _trend(m: ModelFit, what: str) -> str:
    if m.ci_low > 0:
        return f"the rate's interval lies above 0, consistent with {what}"
    if m.ci_high < 0:
        return "time falls as x grows here: other features of the instances dominate"
    return "no significant trend (the rate's interval contains 0)"


def _compare_sentence(generator: str, fit: GrowthFit) -> str:
    e = fit.models.get("exponential")
    if generator == "bounded-coloring" and fit.axis == "inv_eps" and e:
        if fit.note:
            return ("**Beside the bound:** the paper's 2^{Omega(1/eps)} says log2(time) must eventually grow at "
                    "least linearly in 1/eps for some instances. Here the growth is too steep for the time limit: "
                    f"between the solved points log2(time) rises about {e.slope / math.log(2):.3g} per unit of 1/eps "
                    "and every larger 1/eps is censored, which is in line with, but cannot measure, an "
                    "exponential rate.")
        return (f"**Beside the bound:** the paper's 2^{{Omega(1/eps)}} says log2(time) must eventually grow at "
                f"least linearly in 1/eps for some instances; here log2(time) changes by {e.slope / math.log(2):.3g} "
                f"per unit of 1/eps (95% CI [{e.ci_low / math.log(2):.3g}, {e.ci_high / math.log(2):.3g}]): "
                f"{_trend(e, 'exponential growth in 1/eps')}; {_preference(fit)}.")
    if generator == "dense-subgraph" and fit.axis == "inv_eps":
        q = fit.models.get("exp-quadratic")
        return ("**Beside the bound:** the hypothesis predicts log(time) growing like (1/eps)^2; the exp-quadratic "
                f"coefficient is {q.slope:.3g} (CI [{q.ci_low:.3g}, {q.ci_high:.3g}])." if q else
                "**Beside the bound:** too few points for the (1/eps)^2 model.")
    if generator == "planted" and e:
        p = fit.models.get("polynomial")
        deg = f"degree {p.slope:.3g}" if p else "no degree"
        return (f"**Beside the bound:** no hardness result applies to planted data; the measured growth "
                f"({deg} in {fit.axis}; {_preference(fit)}) is to be read against the "
                "n^{O(dk)} enumeration bound and the 2^{O(nk)} worst case of branch and bound.")
    if e:
        if not fit.identified:
            return ("**Beside the bound:** NP-hardness predicts super-polynomial worst-case growth in the instance "
                    "size; here the fit is not identified (see the caution), so only the censored runs speak: "
                    "the largest instances did not finish within the limit.")
        return (f"**Beside the bound:** NP-hardness predicts super-polynomial worst-case growth in the instance "
                f"size; over this range {_trend(e, 'growth')}; {_preference(fit)}.")
    return ""


def _finite(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_finite(v) for v in obj]
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj


def _fits_csv(fits: list[GrowthFit]) -> str:
    rows = []
    for f in fits:
        base = {k: v for k, v in f.to_dict().items() if k != "models"}
        for name, m in f.models.items():
            rows.append({**base, "model": name, "slope": m.slope, "ci_low": m.ci_low, "ci_high": m.ci_high,
                         "intercept": m.intercept, "sigma": m.sigma, "loglik": m.loglik, "aic": m.aic,
                         "method": m.method})
        if not f.models:
            rows.append(base)
    return _dict_csv(rows)


def _dict_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    keys: list[str] = []
    for r in rows:
        keys += [k for k in r if k not in keys]
    writer = csv.DictWriter(buffer, fieldnames=keys)
    writer.writeheader()
    for r in rows:
        writer.writerow(r)
    return buffer.getvalue()
