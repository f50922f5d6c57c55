"""``milp-relu verify``: check a generated instance's certificate and promise with the exact solver.

Checks, each printed with PASS or FAIL:

1. the certificate network lies inside the instance's bounds;
2. its loss (in the promise's form, sum or mean) equals the promised YES loss to 1e-9;
3. the exact solve: for a YES instance the best network found has loss <= the YES loss; for a NO
   instance the solver's proven lower bound is >= the NO bound. Both are decided by bounds the
   solver proves, so they can PASS even when a time limit stops the solve before the gap closes;
   a check the bounds at hand cannot decide is a FAIL ("not established").

The exit code is 1 when any check fails.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..errors import InputError
from ..instance import Instance, load_instance

CERTIFICATE_TOL = 1e-9


@dataclass
class Check:
    name: str
    passed: bool
    detail: str

    def line(self) -> str:
        return f"{'PASS' if self.passed else 'FAIL'}  {self.name}: {self.detail}"


def _in_form(value: float, form: str, total_weight: float, loss: Any) -> float:
    if form == "mean" and loss.aggregate != "max" and math.isfinite(value):
        return value / total_weight
    return value


def certificate_checks(instance: Instance) -> list[Check]:
    """Checks 1 and 2 (no solver needed)."""
    md = instance.metadata
    promise = md.get("promise") or {}
    net = instance.certificate_network
    if net is None:
        return []
    ds = instance.dataset
    checks = []
    wb, bb = instance.weight_bound, instance.bias_bound
    if wb is not None and bb is not None:
        viol = net.max_violation(wb, bb)
        checks.append(Check("certificate inside the bounds", viol <= 1e-12,
                            f"max violation {viol:.3g} of |W| <= {wb:.6g}, |b| <= {bb:.6g}"))
    if net.d != ds.d:
        checks.append(Check("certificate shape", False, f"network has d = {net.d}, data d = {ds.d}"))
        return checks
    form = promise.get("form", "sum")
    value = net.loss(ds.X, ds.y, instance.loss_object(), ds.sample_weight)
    got = value.mean if form == "mean" else value.total
    yes = promise.get("yes_loss")
    if yes is None:
        checks.append(Check("certificate loss", True, f"{got:.12g} ({form}); no YES loss promised"))
    else:
        tol = CERTIFICATE_TOL * max(1.0, abs(yes))
        checks.append(Check("certificate loss = promised YES loss", abs(got - yes) <= tol,
                            f"{got:.12g} vs {yes:.12g} ({form}, |diff| {abs(got - yes):.2g}, tol {tol:.0e})"))
    return checks


def solve_checks(instance: Instance, time_limit: float | None = None, threads: int = 1,
                 rel_gap: float = 1e-6, abs_gap: float = 1e-6) -> tuple[list[Check], Any]:
    """Check 3: solve exactly and compare the optimum with the promise. Returns (checks, FitResult)."""
    from ..engine.problem import instance_defaults, resolve_settings
    from ..losses import get_loss
    from ..solve import fit

    md = instance.metadata
    promise = md.get("promise") or {}
    form = promise.get("form", "sum")
    ds = instance.dataset
    settings = resolve_settings(instance_defaults(instance))
    # the loss object, with the metadata's huber_delta for the Huber loss
    loss = get_loss(settings["loss"], **settings["loss_params"])
    k, wb, bb = settings["k"], settings["weight_bound"], settings["bias_bound"]
    result = fit(ds.X, ds.y, k=k, loss=loss, weight_bound=wb, bias_bound=bb,
                 sample_weight=ds.sample_weight, time_limit=time_limit, rel_gap=rel_gap,
                 abs_gap=abs_gap, threads=threads)
    W = float(ds.weights.sum())
    # the gap fit stopped at, in the instance's units (abs_gap is in units of the labels)
    stop_gap = result.options.get("abs_gap_absolute", abs_gap) + rel_gap * abs(result.loss)
    upper = _in_form(result.loss, form, W, loss)
    lower = _in_form(result.lower_bound, form, W, loss)
    head = (f"status {result.status}, best {upper:.10g}, lower bound {lower:.10g} ({form}), "
            f"{result.time_s:.2f} s")
    checks = [Check("exact solve", result.status in ("optimal", "time_limit"), head)]
    answer = md.get("answer", "unknown")
    yes, no = promise.get("yes_loss"), promise.get("no_bound")
    if answer == "yes" and yes is not None:
        slack = _in_form(stop_gap, form, W, loss) + 1e-12
        ok = upper <= yes + slack
        detail = f"best {upper:.10g} <= YES loss {yes:.10g} (slack {slack:.1e})"
        if not ok and result.status != "optimal":
            detail += "; not established within the time limit"
        checks.append(Check("optimum <= YES loss", ok, detail))
    elif answer == "no" and no is not None:
        slack = 1e-9 * max(1.0, abs(no))
        ok = lower >= no - slack
        detail = f"proven lower bound {lower:.10g} >= NO bound {no:.10g}"
        if not ok and result.status != "optimal":
            detail += "; not established within the time limit"
        checks.append(Check("optimum >= NO bound", ok, detail))
    elif answer == "unknown" and instance.certificate_network is not None and yes is not None:
        slack = _in_form(stop_gap, form, W, loss) + 1e-12
        checks.append(Check("optimum <= certificate loss", upper <= yes + slack,
                            f"best {upper:.10g} <= {yes:.10g} (answer unknown: no promise beyond the certificate)"))
    return checks, result


def run_checks(instance: Instance, time_limit: float | None = None, threads: int = 1,
               solve: bool = True) -> list[Check]:
    """Every check of ``milp-relu verify`` on an in-memory instance."""
    checks = certificate_checks(instance)
    if solve:
        checks.extend(solve_checks(instance, time_limit=time_limit, threads=threads)[0])
    return checks


@click.command("verify")
@click.argument("instance_path", metavar="INSTANCE", type=click.Path(path_type=Path))
@click.option("--time-limit", type=float, default=None, help="Seconds for the exact solve (default: none).")
@click.option("--threads", type=int, default=1, show_default=True, help="HiGHS threads.")
@click.option("--no-solve", is_flag=True, help="Only check the certificate network (no exact solve).")
def command(instance_path: Path, time_limit: float | None, threads: int, no_solve: bool) -> None:
    """Verify INSTANCE (a generated .json): certificate loss = promised YES loss, and the exact
    optimum against the promise (YES: optimum <= YES loss; NO: optimum >= NO bound).

    Prints each check with PASS or FAIL; exits 1 if any check fails.
    """
    from ..limits import check_threads

    if time_limit is not None and not (time_limit > 0 and math.isfinite(time_limit)):
        raise InputError(f"--time-limit must be positive and finite, got {time_limit}")
    check_threads(threads, "--threads")
    instance = load_instance(instance_path)
    md = instance.metadata
    promise = md.get("promise") or {}
    click.echo(f"instance {md.get('name')} ({md.get('generator')}): n = {instance.dataset.n}, "
               f"d = {instance.dataset.d}, k = {md.get('k')}, loss = {md.get('loss')}, answer = {md.get('answer')}")
    click.echo(f"promise ({promise.get('form')}): yes_loss = {promise.get('yes_loss')}, "
               f"no_bound = {promise.get('no_bound')}")
    checks = certificate_checks(instance)
    if instance.certificate_network is None:
        click.echo("(no certificate network)")
    for check in checks:
        click.echo(check.line())
    if not no_solve:
        from ..limits import check_model_size

        check_model_size(instance.dataset.n, instance.dataset.d, instance.k or 1)
        solved, _ = solve_checks(instance, time_limit=time_limit, threads=threads)
        for check in solved:
            click.echo(check.line())
        checks.extend(solved)
    failed = sum(1 for c in checks if not c.passed)
    click.echo(f"{len(checks) - failed} passed, {failed} failed")
    if failed:
        click.get_current_context().exit(1)
