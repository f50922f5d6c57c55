"""Solve an .mps/.lp model file with HiGHS as it stands (for exported library instances)."""
from __future__ import annotations

import json
import math
from pathlib import Path

import click
import highspy

from ..backends.highs import highs_version
from ..errors import InputError


def solve_model_file(path: Path, time_limit: float | None, rel_gap: float, abs_gap: float,
                     threads: int, as_json: bool) -> dict:
    """Read a model file with HiGHS, solve it, print status and objective."""
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
        raise InputError(f"{path}: this is an MIQP (squared loss); HiGHS cannot solve MIQP. Use SCIP or Gurobi, "
                         "or solve the instance's data with `milp-relu solve-instance` (outer approximation)")
    h.run()
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    objective = info.objective_function_value if info.primal_solution_status == highspy.kSolutionStatusFeasible else None
    bound = info.mip_dual_bound if h.getLp().integrality_ else objective
    result = {"status": status, "objective": objective,
              "lower_bound": bound if bound is not None and math.isfinite(bound) else None,
              "nodes": int(max(info.mip_node_count, 0)), "time_s": h.getRunTime(),
              "solver": {"name": "highs", "version": highs_version()}, "model": str(path)}
    if as_json:
        click.echo(json.dumps(result, sort_keys=True))
    else:
        click.echo(f"{path.name}: {status}, objective {objective}, bound {result['lower_bound']}")
    return result
