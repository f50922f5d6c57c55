"""``milp-relu solve-instance``: solve one training set exactly and print its certificate."""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import click

from ..data import Dataset, load_dataset
from ..errors import InputError
from ..fileio import atomic_write_text
from ..network import LOSSES
from .solver_option import check_solver, solver_option


def load_problem(path: Path) -> tuple[Dataset, dict[str, Any], dict[str, Any] | None]:
    """Dataset, defaults from instance metadata, and the metadata itself (None for plain data)."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        from ..instance import load_instance

        from ..engine.problem import instance_defaults

        instance = load_instance(path)  # checks the types of k, loss and bounds
        return instance.dataset, instance_defaults(instance), instance.metadata
    return load_dataset(path), {}, None


#: Options of a training problem that an .mps/.lp model file (a fixed model) cannot honour.
MODEL_FILE_REFUSES = ("k", "loss", "huber_delta", "weight_bound", "bias_bound", "signs", "output_bias", "sign_mode",
                      "save_network")


def given_options(ctx: click.Context, names: tuple[str, ...]) -> list[str]:
    """The options among ``names`` that the user set (on the command line or the environment)."""
    from click.core import ParameterSource

    given = []
    for name in names:
        if ctx.get_parameter_source(name) in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT):
            given.append("--" + name.replace("_", "-"))
    return given


def loss_params(loss: str, huber_delta: float | None, defaults: dict[str, Any] | None = None) -> dict[str, Any]:
    """The loss parameters for ``fit`` from their options (``--huber-delta``) or, for the
    instance's own loss, its metadata: ``{"huber_delta": D}`` for the Huber loss, {} for the
    parameter-free ones. Every loss parameter P is the option ``--P`` (underscores as dashes).

    Raises
    ------
    InputError
        A parameter option with a loss that does not take it, or a loss without its parameter
        or with a value that is not a positive finite number.
    """
    from ..losses import LOSS_PARAMETERS, check_positive_finite, loss_class

    defaults = defaults or {}
    given = {"huber_delta": huber_delta}
    takes = loss_class(loss).PARAMETERS
    out: dict[str, Any] = {}
    for key in LOSS_PARAMETERS:
        option = "--" + key.replace("_", "-")
        value = given.get(key)
        if key not in takes:
            if value is not None:
                raise InputError(f"{option} applies to the loss that takes it, not to --loss {loss}")
            continue
        if value is None and defaults.get("loss") == loss:
            value = defaults.get(key)  # the instance's own
        if value is None:
            raise InputError(f"--loss {loss} needs {option} (a positive finite number, in the labels' units)")
        out[key] = check_positive_finite(value, option)
    return out


def check_solver_options(time_limit: float | None, rel_gap: float, abs_gap: float, threads: int) -> None:
    """Time limit positive, gaps non-negative (all finite), threads in 1..MAX_THREADS: the
    package's number checks (milp_relu.validation), named by their flags."""
    from ..limits import check_threads
    from ..validation import non_negative, positive

    if time_limit is not None:
        positive(time_limit, "--time-limit")
    non_negative(rel_gap, "--rel-gap")
    non_negative(abs_gap, "--abs-gap")
    check_threads(threads, "--threads")


def _fmt(value: float | None) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "-"
    return f"{value:.10g}"


@click.command("solve-instance")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--k", "k", type=int, default=None, help="Hidden units (default 1, or the instance's k).")
@click.option("--loss", type=click.Choice(LOSSES), default=None, help="Loss (default squared, or the instance's).")
@click.option("--huber-delta", type=float, default=None,
              help="delta > 0 of --loss huber, in the labels' units (required with it; default the instance's).")
@click.option("--weight-bound", type=float, default=None, help="Box |W_jl| <= W (default 1, or the instance's).")
@click.option("--bias-bound", type=float, default=None, help="Box |b_j| <= B (default: the weight bound).")
@click.option("--signs", type=str, default=None,
              help="Fix the sign split: P positive and k-P negative units, or 'positive'. Default: all splits.")
@click.option("--output-bias", is_flag=True, help="Add a free output bias c.")
@click.option("--time-limit", type=float, default=None, help="Seconds; returns the best network and the bound.")
@click.option("--rel-gap", type=float, default=1e-6, show_default=True, help="Relative optimality gap.")
@click.option("--abs-gap", type=float, default=1e-6, show_default=True, help="Absolute optimality gap, in units of the labels' loss (max|y|^2 for squared, max|y| for absolute and max, times the smallest weight).")
@click.option("--threads", type=int, default=1, show_default=True, help="HiGHS threads.")
@click.option("--sign-mode", type=click.Choice(["split", "binary"]), default="split", show_default=True,
              help="Solve the sign splits one by one, or one MILP with sign binaries.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (the certificate) and nothing else on stdout.")
@click.option("--save-network", type=click.Path(path_type=Path), default=None, help="Write the network as JSON.")
@click.option("--log", "log_path", type=click.Path(path_type=Path), default=None, help="Write the solver log here.")
@solver_option("MILP solver (scip and gurobi are optional extras); every answer is verified in float64 alike.")
def command(path: Path, k: int | None, loss: str | None, huber_delta: float | None,
            weight_bound: float | None, bias_bound: float | None,
            signs: str | None, output_bias: bool, time_limit: float | None, rel_gap: float, abs_gap: float,
            threads: int, sign_mode: str, as_json: bool, save_network: Path | None, log_path: Path | None,
            solver: str) -> None:
    """Solve PATH to certified global optimality.

    PATH is an .npz (arrays X, y, optional sample_weight), a .csv (label column `y`, else the
    last; optional column `sample_weight`), an instance .json (its k, loss and bounds become the
    defaults), or an .mps/.lp model file (solved as it stands: --time-limit, the gaps, --threads,
    --log and --json apply; the options of a training problem are refused).
    """
    from ..fileio import check_output_path

    ctx = click.get_current_context()
    check_solver_options(time_limit, rel_gap, abs_gap, threads)
    check_solver(solver)
    if log_path is not None:
        check_output_path(log_path, "--log")
    suffix = path.suffix.lower()
    if suffix in (".mps", ".lp") or path.name.lower().endswith((".mps.gz", ".lp.gz")):
        _solve_model_file(ctx, path, solver, time_limit, rel_gap, abs_gap, threads, as_json, log_path)
        return
    if save_network is not None:
        check_output_path(save_network, "--save-network")
    dataset, settings, params = _training_problem(path, k, loss, huber_delta, weight_bound, bias_bound, signs)
    if log_path is not None:
        atomic_write_text(log_path, "")
    from .. import solve  # fit is looked up at call time: tests replace milp_relu.solve.fit

    with _Progress(as_json, log_path) as progress:
        result = solve.fit(dataset.X, dataset.y, k=settings["k"], loss=settings["loss"], **params,
                           weight_bound=settings["weight_bound"], bias_bound=settings["bias_bound"],
                           sample_weight=dataset.sample_weight, signs=signs, output_bias=output_bias,
                           time_limit=time_limit, rel_gap=rel_gap, abs_gap=abs_gap, threads=threads,
                           sign_mode=sign_mode, progress=progress, solver=solver,
                           log_file=None if log_path is None else str(log_path))
    payload = result.to_dict()
    if as_json:  # the result first: a file that cannot be written never loses it
        click.echo(json.dumps(payload, sort_keys=True))
    else:
        _print_table(payload, path)
    if save_network is not None and result.network is not None:
        atomic_write_text(save_network, result.network.to_json() + "\n")
    if progress.failures:
        raise InputError(f"--log {log_path}: could not be written during the solve "
                         f"({progress.failures[0].strerror or progress.failures[0]}); the result above is complete")
    if result.status == "error":
        raise click.exceptions.Exit(1)


def _solve_model_file(ctx: click.Context, path: Path, solver: str, time_limit: float | None, rel_gap: float,
                      abs_gap: float, threads: int, as_json: bool, log_path: Path | None) -> None:
    """An .mps/.lp file, solved as it stands; the options of a training problem are refused."""
    from .solve_model import solve_model_file

    refused = given_options(ctx, MODEL_FILE_REFUSES)
    if solver != "highs":
        refused.append("--solver " + solver)  # a model file is read and solved by HiGHS
    if refused:
        raise InputError(f"{', '.join(refused)} {'does' if len(refused) == 1 else 'do'} not apply to a model "
                         f"file ({path.name} is solved as it stands); solve the instance's .json or data "
                         "to choose them")
    solve_model_file(path, time_limit=time_limit, rel_gap=rel_gap, abs_gap=abs_gap,
                     threads=threads, as_json=as_json, log_path=log_path)


def _training_problem(path: Path, k: int | None, loss: str | None, huber_delta: float | None,
                      weight_bound: float | None, bias_bound: float | None, signs: str | None):
    """The data, the settings (the instance's defaults under the options) and the loss's
    parameters; everything checked before the solve starts (and before --log is truncated)."""
    from ..engine.problem import resolve_settings, sign_count
    from ..limits import check_k, check_model_size

    if k is not None:
        check_k(k, "--k")
    if not path.exists():
        raise InputError(f"no such file: {path}")
    dataset, defaults, _ = load_problem(path)
    settings = resolve_settings(defaults, k, loss, weight_bound, bias_bound)
    params = loss_params(settings["loss"], huber_delta, defaults)
    check_model_size(dataset.n, dataset.d, settings["k"])
    sign_count(signs, settings["k"])
    return dataset, settings, params


class _Progress:
    """The solve's progress: a status line on stderr (not with --json) and lines in --log.

    A failed write to the log is kept in ``failures`` and never stops the solve."""

    def __init__(self, as_json: bool, log_path: Path | None) -> None:
        self.log_path = log_path
        self.failures: list[OSError] = []
        self.status_line = None
        if not as_json:
            from rich.console import Console

            self.status_line = Console(stderr=True).status("solving...")

    def __enter__(self) -> "_Progress":
        if self.status_line is not None:
            self.status_line.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.status_line is not None:
            self.status_line.stop()

    def __call__(self, event: dict[str, Any]) -> None:
        text = (f"split {event.get('split')}: {event.get('status')}  best {_fmt(event.get('incumbent'))}"
                f"  bound {_fmt(event.get('bound'))}")
        if self.status_line is not None:
            self.status_line.update(text)
        if self.log_path is not None and not self.failures:
            try:
                with open(self.log_path, "a", encoding="utf-8") as handle:
                    handle.write(text + "\n")
            except OSError as exc:  # never lose the solve for its log
                self.failures.append(exc)


def _print_table(payload: dict[str, Any], path: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"milp-relu: {path.name}", show_header=False)
    table.add_column("key", style="bold")
    table.add_column("value")
    rows = [
        ("status", payload["status"]),
        ("n, d, k", f"{payload['n']}, {payload['d']}, {payload['k']}"),
        (f"loss ({payload['loss_name']}, verified)", _fmt(payload["loss"])),
        ("loss mean", _fmt(payload["loss_mean"])),
        ("lower bound", _fmt(payload["lower_bound"])),
        ("gap abs / rel", f"{_fmt(payload['gap_abs'])} / {_fmt(payload['gap_rel'])}"),
        ("time (s)", f"{payload['time_s']:.3f}"),
        ("nodes, OA iterations", f"{payload['nodes']}, {payload['oa_iterations']}"),
        ("solver", f"{payload['solver']['name']} {payload['solver']['version']}"),
    ]
    if payload.get("message"):
        rows.append(("message", payload["message"]))
    for key, value in rows:
        table.add_row(key, str(value))
    Console().print(table)
