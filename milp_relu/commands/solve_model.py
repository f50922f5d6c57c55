"""Solve an .mps/.lp model file with HiGHS as it stands (for exported library instances)."""
from __future__ import annotations

import json
import math
from pathlib import Path

import click
import highspy

from ..backends.highs import highs_version
from ..errors import InputError

# HiGHS's model status strings in the words milp_relu's fit() uses
_STATUS = {"Optimal": "optimal", "Time limit reached": "time_limit", "Infeasible": "infeasible",
           "Primal infeasible or unbounded": "infeasible_or_unbounded", "Unbounded": "unbounded",
           "Interrupted by user": "interrupted"}


def solve_model_file(path: Path, time_limit: float | None, rel_gap: float, abs_gap: float,
                     threads: int, as_json: bool, log_path: Path | None = None) -> dict:
    """Read a model file with HiGHS, solve it, print status and objective.

    The time limit, the gaps and the thread count become HiGHS options; ``log_path`` receives
    HiGHS's log. An objective is reported only for a feasible point of a bounded model
    (``objective`` is null for ``infeasible``, ``unbounded`` and ``infeasible_or_unbounded``).
    """
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", int(threads))
    h.setOptionValue("mip_rel_gap", float(rel_gap))
    h.setOptionValue("mip_abs_gap", float(abs_gap))
    if time_limit is not None:
        h.setOptionValue("time_limit", float(time_limit))
    if h.readModel(str(path)) == highspy.HighsStatus.kError:
        raise InputError(f"{path}: HiGHS could not read this model file (corrupt or unsupported)")
    if h.getHessianNumNz() > 0 and any(v != highspy.HighsVarType.kContinuous for v in (h.getLp().integrality_ or [])):
        stem = path.name
        for ending in (".gz", ".mps", ".lp"):
            if stem.lower().endswith(ending):
                stem = stem[: -len(ending)]
        sibling = path.with_name(stem + ".json")
        hint = (f"`milp-relu solve-instance {sibling}`" if sibling.is_file()
                else "`milp-relu solve-instance` on the instance's .json or data")
        raise InputError(f"{path}: this is an MIQP (squared loss); HiGHS cannot solve MIQP. Use SCIP or Gurobi "
                         f"on this file, or solve the same problem by outer approximation with {hint}")
    if log_path is not None:  # created only once the model is known to be solvable here
        from ..fileio import atomic_write_text

        atomic_write_text(log_path, "")
        h.setOptionValue("output_flag", True)
        h.setOptionValue("log_to_console", False)
        h.setOptionValue("log_file", str(log_path))
    if h.run() == highspy.HighsStatus.kError and h.getModelStatus() == highspy.HighsModelStatus.kNotset:
        # HiGHS refuses a thread count different from the one its global scheduler was started
        # with earlier in this process (seen when solve-instance runs inside a longer session)
        highspy.Highs.resetGlobalScheduler(True)
        h.run()
    info = h.getInfo()
    highs_status = h.modelStatusToString(h.getModelStatus())
    status = _STATUS.get(highs_status, highs_status.lower().replace(" ", "_"))
    feasible = info.primal_solution_status == highspy.kSolutionStatusFeasible
    no_value = status in ("infeasible", "unbounded", "infeasible_or_unbounded")
    objective = info.objective_function_value if feasible and not no_value else None
    bound = None if no_value else (info.mip_dual_bound if h.getLp().integrality_ else objective)
    result = {"status": status, "highs_status": highs_status, "objective": objective,
              "lower_bound": bound if bound is not None and math.isfinite(bound) else None,
              "nodes": int(max(info.mip_node_count, 0)), "time_s": h.getRunTime(),
              "solver": {"name": "highs", "version": highs_version()}, "model": str(path)}
    if as_json:
        click.echo(json.dumps(result, sort_keys=True))
    else:
        click.echo(f"{path.name}: {status}, objective {objective}, bound {result['lower_bound']}")
    return result
