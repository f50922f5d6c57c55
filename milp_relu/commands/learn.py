"""``milp-relu learn``: the paper's proper learner, the improper kernel learner, or the exact engine.

Inputs must lie in the unit ball and labels in [-1, 1] (the bounded setting of the upper
bounds); otherwise the command refuses with one error line saying by what to divide, or, with
``--normalize``, divides X by its largest row norm and y by its largest |y_i| itself.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..errors import InputError

METHODS = ("proper", "improper", "exact")


def _learn(method: str, X: Any, y: Any, w: Any, k: int, eps: float, setting: str, seed: int,
           time_limit: float | None, delta: float) -> Any:
    from .. import learners

    if method == "proper":
        return learners.proper_learn(X, y, k, eps, setting=setting, delta=delta, seed=seed,
                                     time_limit=time_limit, sample_weight=w)
    if method == "improper":
        result = learners.improper_learn(X, y, eps, seed=seed, k=k, sample_weight=w)
        result.setting = setting
        return result
    return learners.exact_learn(X, y, k, eps, setting=setting, seed=seed, time_limit=time_limit,
                                sample_weight=w)


def _summary(payload: dict[str, Any]) -> str:
    lines = [f"method {payload['method']}  setting {payload['setting']}  eps {payload['eps']:g}  "
             f"k {payload['k']}  n {payload['n']}  d {payload['d']}",
             f"mean squared loss {payload['loss_mean']:.10g}  ({payload['time_s']:.3f} s, "
             f"status {payload['status']})"]
    if payload.get("lower_bound") is not None:
        lines.append(f"certified lower bound on the optimum {payload['lower_bound']:.10g}")
    if payload.get("exact_optimum") is not None:
        lines.append(f"exact optimum {payload['exact_optimum']:.10g}")
    if payload.get("projected_dim") is not None:
        lines.append(f"projected dimension {payload['projected_dim']} (theory "
                     f"{payload['guarantee'].get('projected_dim_theory')})")
    lines.append(f"candidates examined {payload['candidates']}")
    g = payload["guarantee"]
    lines.append(f"guarantee: {g.get('statement')}; certified by this run: {g.get('certified')}")
    if payload.get("network") is not None:
        lines.append("network " + json.dumps(payload["network"]))
    return "\n".join(lines)


@click.command("learn")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--method", type=click.Choice(METHODS), default="proper", show_default=True,
              help="proper: projection + search; improper: multinomial-kernel ridge; exact: the MILP engine.")
@click.option("--eps", type=float, required=True, help="Additive error on the mean squared loss, in (0, 1].")
@click.option("--k", "k", type=int, default=None, help="Hidden units (default 1, or the instance's k).")
@click.option("--setting", type=click.Choice(["agnostic", "realizable"]), default="agnostic",
              show_default=True, help="Sets the projected dimension of the proper learner.")
@click.option("--delta", type=float, default=0.1, show_default=True, help="Failure probability (proper).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the projections and the engine.")
@click.option("--time-limit", type=float, default=None, help="Seconds (proper, exact).")
@click.option("--normalize", is_flag=True, help="Divide X by its largest row norm and y by its largest |y|.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object and nothing else on stdout.")
def command(path: Path, method: str, eps: float, k: int | None, setting: str, delta: float, seed: int,
            time_limit: float | None, normalize: bool, as_json: bool) -> None:
    """Learn a bounded depth-2 ReLU network (or an improper predictor) from PATH.

    PATH is an .npz, a .csv or an instance .json, as for solve-instance. The loss is the
    (weighted) mean squared loss; inputs must satisfy ||x_i|| <= 1 and |y_i| <= 1.
    """
    if seed < 0:
        raise InputError(f"--seed must be a non-negative integer, got {seed}")
    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.suffix.lower() not in (".npz", ".csv", ".json"):
        raise InputError(f"{path}: learn reads .npz, .csv or instance .json files")
    from .solve_instance import load_problem

    dataset, defaults, _ = load_problem(path)
    k = k if k is not None else int(defaults.get("k", 1))
    X, y = dataset.X, dataset.y
    scales = None
    if normalize:
        from ..learners.validation import normalize as rescale

        X, y, x_scale, y_scale = rescale(X, y)
        scales = {"x_divided_by": x_scale, "y_divided_by": y_scale}
    result = _learn(method, X, y, dataset.sample_weight, k, eps, setting, seed, time_limit, delta)
    payload = result.to_dict()
    if scales is not None:
        payload["normalized"] = scales
    if as_json:
        click.echo(json.dumps(payload, sort_keys=False))
    else:
        click.echo(_summary(payload))
