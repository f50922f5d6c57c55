"""The golden .lp files of formulations/ match what the code builds today.

A failure means a formulation changed: look at the diff, and if the change is intended,
regenerate with ``python -m milp_relu.library golden formulations`` and commit the new files
with the change (the review then shows exactly what moved).
"""
from __future__ import annotations

import difflib
from pathlib import Path

import highspy
import pytest

from milp_relu import library

GOLDEN = Path(__file__).resolve().parents[1] / "formulations"


def test_golden_files_are_exactly_the_catalogue():
    expected = {f"{stem}.lp" for stem in library.golden_models()}
    assert {p.name for p in GOLDEN.glob("*.lp")} == expected


@pytest.mark.parametrize("stem", sorted(library.golden_models()))
def test_golden_lp_matches(tmp_path, stem):
    library.write_golden(tmp_path)
    fresh = (tmp_path / f"{stem}.lp").read_text()
    golden = (GOLDEN / f"{stem}.lp").read_text()
    if fresh != golden:
        diff = "".join(difflib.unified_diff(golden.splitlines(True), fresh.splitlines(True),
                                            f"formulations/{stem}.lp", "built now"))
        pytest.fail(f"formulation {stem} changed:\n{diff}\nIf intended: python -m milp_relu.library golden formulations")


@pytest.mark.parametrize("stem", sorted(s for s in library.golden_models() if "miqp" not in s))
def test_golden_milps_solve_to_the_fit_optimum(stem):
    """Each linear golden model, read back by HiGHS, solves to what fit() finds on the same data."""
    from milp_relu.solve import fit

    data = library.golden_dataset()
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    assert h.readModel(str(GOLDEN / f"{stem}.lp")) == highspy.HighsStatus.kOk
    h.run()
    value = h.getInfo().objective_function_value
    if "oa_master" in stem:
        # the master with two tangent cuts per point is a relaxation: a lower bound
        best = fit(data.X, data.y, k=2, loss="squared", signs=1)
        assert value <= best.loss + 1e-7
        return
    loss = "max" if stem.endswith("max") else "absolute"
    signs = None if stem.startswith("sign_binaries") else int(stem.split("_p")[1][0])
    best = fit(data.X, data.y, k=2, loss=loss, signs=signs)
    assert abs(value - best.loss) <= 1e-6 * (1 + abs(best.loss))
