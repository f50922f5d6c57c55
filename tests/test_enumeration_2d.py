"""Pattern enumeration for one ReLU in two dimensions (milp_relu.enumeration)."""
from __future__ import annotations

import numpy as np
import pytest

import milp_relu.enumeration as enumeration
from milp_relu import fit
from milp_relu.enumeration import line_patterns, pattern_floors
from milp_relu.verify import _pattern_problem, affine_dichotomies, brute_force_fit

TOL = 1e-6


def _sets(patterns):
    return {np.asarray(p, dtype=bool).tobytes() for p in patterns}


@pytest.mark.parametrize("grid", [False, True])
def test_line_patterns_are_exactly_the_affine_dichotomies(grid):
    rng = np.random.default_rng(11 + grid)
    for _ in range(25):
        n = int(rng.integers(1, 9))
        # grid inputs put three or more points on one line and repeat points
        X = np.round(rng.uniform(-1, 1, (n, 2)) * 2) / 2 if grid else rng.uniform(-1, 1, (n, 2))
        assert _sets(line_patterns(X)) == _sets(affine_dichotomies(X))


def test_general_position_has_n_squared_minus_n_plus_two_patterns():
    X = np.random.default_rng(0).uniform(-1, 1, (30, 2))
    assert len(line_patterns(X)) == 30 * 30 - 30 + 2


@pytest.mark.parametrize("loss", ["squared", "absolute", "max"])
@pytest.mark.parametrize("sign", [1.0, -1.0])
def test_floors_never_exceed_a_patterns_optimum(loss, sign):
    rng = np.random.default_rng(5)
    X = rng.uniform(-1, 1, (7, 2))
    y = rng.normal(size=7)
    w = rng.uniform(0.5, 2.0, 7)
    patterns = line_patterns(X)
    floors = pattern_floors(y, w, np.array(patterns), loss, sign)
    for on, floor in zip(patterns, floors):
        net = _pattern_problem(X, y, w if loss != "max" else np.ones(7), np.array([sign]), on[None, :],
                               loss, 1.0, 1.0, False)
        optimum = net.loss(X, y, loss, w if loss != "max" else None).value
        assert floor <= optimum + 1e-9


@pytest.mark.parametrize("loss", ["squared", "absolute", "max"])
def test_forced_enumeration_in_two_dimensions_matches_brute_force(loss):
    rng = np.random.default_rng({"squared": 1, "absolute": 2, "max": 3}[loss])
    for trial in range(12):
        n = int(rng.integers(1, 8))
        X = rng.uniform(-1, 1, (n, 2)) if trial % 2 else np.round(rng.uniform(-1, 1, (n, 2)) * 2) / 2
        y = rng.normal(size=n)
        w = rng.uniform(0.3, 3.0, n) if trial % 3 == 0 else None
        truth = brute_force_fit(X, y, 1, loss, sample_weight=w).loss
        result = fit(X, y, k=1, loss=loss, sample_weight=w, enumeration=True)
        assert result.status == "optimal"
        assert result.loss == pytest.approx(truth, abs=TOL, rel=TOL)
        assert result.lower_bound <= truth + TOL
        # every split that needed a strategy was enumerated (a pure split whose sign floor
        # reaches the incumbent is pruned before any: engine.schedule.sign_floor_record)
        solved = [s for s in result.splits if s["method"] != "sign floor"]
        assert all(s["method"].startswith("enumeration") for s in solved)


def test_auto_rule_searches_instead_when_too_many_patterns_survive(monkeypatch):
    rng = np.random.default_rng(4)
    X = rng.uniform(-1, 1, (12, 2))
    y = np.maximum(X @ np.array([0.8, -0.5]) + 0.1, 0) + 0.3 * rng.normal(size=12)
    truth = brute_force_fit(X, y, 1, "absolute").loss
    # -1: even a split whose floors all reach the incumbent (0 alive, a proof without any LP)
    # goes to the search ``search="auto"`` picks (the tree, for one unit in d = 2)
    monkeypatch.setattr(enumeration, "MAX_PATTERNS_2D", -1)
    milp = fit(X, y, k=1, loss="absolute")
    assert {s["method"] for s in milp.splits} - {"sign floor"} == {"tree"}
    monkeypatch.setattr(enumeration, "MAX_PATTERNS_2D", 10**6)
    enum = fit(X, y, k=1, loss="absolute")
    assert {s["method"] for s in enum.splits} - {"sign floor"} == {"enumeration"}
    for result in (milp, enum):
        assert result.status == "optimal"
        assert result.loss == pytest.approx(truth, abs=TOL, rel=TOL)


def test_pattern_whose_reduced_qp_highs_cannot_solve_falls_back_to_the_big_m_qp():
    """Found by the property test: on pattern {x_0} HiGHS 1.16's QP reports "Solve error"
    (its claimed optimum is 3e-5 infeasible); the enumeration must still prove the optimum."""
    X = np.array([[0.0, 1.0], [0.0, 0.0], [0.0, 6.10351562e-05]])
    y = np.array([1.0, 0.0, 0.0])
    truth = brute_force_fit(X, y, 1, "squared", weight_bound=0.5).loss
    for mode in ("auto", True):
        result = fit(X, y, k=1, loss="squared", weight_bound=0.5, enumeration=mode)
        assert result.status == "optimal"
        assert result.loss == pytest.approx(truth, abs=TOL, rel=TOL)
        assert result.lower_bound == pytest.approx(truth, abs=TOL, rel=TOL)


@pytest.mark.parametrize("daqp, methods", [(False, {"enumeration, then milp"}), (True, {"enumeration"})])
def test_a_pattern_no_qp_form_can_prove_sends_the_split_to_the_milp(monkeypatch, daqp, methods):
    """Found by the property test: both HiGHS QP forms fail on one pattern of these collinear,
    repeated inputs; the split is then solved by the MILP and the fit still proves its optimum
    (DAQP switched off). With DAQP on, its point passes the float64 dual-sum check and
    enumeration proves the split alone, at the same brute-force optimum."""
    import milp_relu.pattern_qp as pattern_qp

    if not daqp:
        monkeypatch.setattr(pattern_qp, "solve_dense_qp", lambda *args, **kwargs: ("unknown", None, None))
    X = np.array([[0, 0], [0, 0], [0, 0], [0, 0], [0, 1.0], [0, 6.10351562e-05], [0, 0.5]])
    y = np.array([0, 0, 0, 0, 0, 0, 1.0])
    truth = brute_force_fit(X, y, 1, "squared", weight_bound=0.5).loss
    result = fit(X, y, k=1, loss="squared", weight_bound=0.5, enumeration=True)
    assert result.status == "optimal"
    assert result.loss == pytest.approx(truth, abs=TOL, rel=TOL)
    assert {s["method"] for s in result.splits} - {"sign floor"} == methods
