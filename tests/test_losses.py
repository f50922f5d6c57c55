"""Losses as plug-ins (milp_relu.losses), proven by the fourth loss, Huber.

* the registry: every name, unknown names and bad parameters (InputError);
* the Huber loss's definition is scipy.special.huber's;
* fit's Huber optimum equals the brute force's (an independent exact method) on tiny random
  instances, across deltas from very small to very large: large delta gives half the squared
  optimum, small delta lies within delta^2 / 2 * total weight of delta times the L1 optimum;
* the network is re-checked in float64; scaling y and delta by c scales the optimum by c^2 with
  the same network up to the output scaling; permuting and duplicating the points act as for
  the other summed losses;
* every registry name round-trips through the CLI and the estimator; --loss huber without or
  with a bad --huber-delta is one ``error:`` line and exit code 2;
* the exported Huber model has a quadratic objective that HiGHS re-solves (binaries fixed at
  fit's pattern) to fit's optimum, and SCIP solves as an MIQP to the same value.
"""
from __future__ import annotations

import json
import math

import highspy
import numpy as np
import pytest
import scipy.special
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milp_relu import fit
from milp_relu.cli import main
from milp_relu.errors import InputError
from milp_relu.losses import LOSSES, HuberLoss, Loss, get_loss
from milp_relu.verify import brute_force_fit

TOL = 1e-6


def close(a: float, b: float, tol: float = TOL) -> bool:
    return abs(a - b) <= tol * (1.0 + abs(b))


def planted(seed: int, n: int, d: int, k: int, noise: float = 0.3):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1.0, 1.0, (n, d))
    W = rng.uniform(-1.0, 1.0, (k, d))
    s = rng.choice([-1.0, 1.0], k)
    y = np.maximum(0.0, X @ W.T + rng.uniform(-0.5, 0.5, k)) @ s + noise * rng.normal(size=n)
    return X, y


# -- the registry -------------------------------------------------------------------------------
def test_registry_names_and_objects():
    assert LOSSES == ("squared", "absolute", "max", "huber")
    for name in LOSSES:
        params = {"huber_delta": 0.5} if name == "huber" else {}
        loss = get_loss(name, **params)
        assert isinstance(loss, Loss) and loss.name == name and loss.params() == params
        assert get_loss(loss) is loss
    assert get_loss("huber", huber_delta=2) == HuberLoss(2.0) != get_loss("huber", huber_delta=3)


@pytest.mark.parametrize("name, params, match", [
    ("hinge", {}, "unknown loss"),
    ("huber", {}, "needs huber_delta"),
    ("huber", {"huber_delta": 0.0}, "positive finite"),
    ("huber", {"huber_delta": -1.0}, "positive finite"),
    ("huber", {"huber_delta": math.inf}, "positive finite"),
    ("huber", {"huber_delta": math.nan}, "positive finite"),
    ("huber", {"huber_delta": True}, "positive finite"),
    ("huber", {"huber_delta": "1"}, "positive finite"),
    ("squared", {"huber_delta": 1.0}, "takes no parameter huber_delta"),
])
def test_registry_refuses(name, params, match):
    with pytest.raises(InputError, match=match):
        get_loss(name, **params)


def test_huber_is_scipys_huber():
    r = np.linspace(-5, 5, 101)
    for delta in (1e-3, 0.3, 1.0, 7.0):
        np.testing.assert_allclose(HuberLoss(delta).point_loss(r), scipy.special.huber(delta, r), rtol=1e-15)
        value = HuberLoss(delta).evaluate(r, np.full(r.size, 2.0))
        assert close(value.value, 2.0 * float(np.sum(scipy.special.huber(delta, r))), 1e-12)


def test_fit_refuses_bad_huber_use():
    X, y = planted(0, 5, 1, 1)
    with pytest.raises(InputError, match="needs huber_delta"):
        fit(X, y, loss="huber")
    with pytest.raises(InputError, match="positive finite"):
        fit(X, y, loss="huber", huber_delta=-0.5)
    with pytest.raises(InputError, match="takes no parameter huber_delta"):
        fit(X, y, loss="absolute", huber_delta=0.5)
    with pytest.raises(InputError, match="squared, absolute, max"):
        fit(X, y, k=2, loss="huber", huber_delta=0.5, search="tree")


# -- the optimum against the brute force ---------------------------------------------------------
DELTAS = (1e-3, 0.05, 0.3, 1.0, 1e3)


@st.composite
def huber_problems(draw: st.DrawFn) -> dict:
    seed = draw(st.integers(0, 2**31 - 1))
    d = draw(st.sampled_from([1, 2]))
    k = draw(st.sampled_from([1, 2]))
    n = draw(st.integers(2, 6 if d * k < 4 else 5))  # d = k = 2: the brute force grows fast
    X, y = planted(seed, n, d, k)
    rng = np.random.default_rng(seed + 1)
    weights = rng.uniform(0.5, 2.0, n) if draw(st.booleans()) else None
    return {"X": X, "y": y, "k": k, "sample_weight": weights, "delta": draw(st.sampled_from(DELTAS))}


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(huber_problems())
def test_huber_fit_equals_brute_force(p):
    X, y, k, w, delta = p["X"], p["y"], p["k"], p["sample_weight"], p["delta"]
    result = fit(X, y, k=k, loss="huber", huber_delta=delta, sample_weight=w)
    truth = brute_force_fit(X, y, k, "huber", sample_weight=w, huber_delta=delta)
    assert result.status == "optimal"
    assert result.loss_name == "huber" and result.options["huber_delta"] == delta
    # fit's contract: optimal within rel_gap and abs_gap (abs_gap in units of the labels' loss,
    # options["abs_gap_absolute"] in the user's), plus the float64 verification allowance
    tol = result.options["abs_gap_absolute"] + TOL * abs(truth.loss) + 1e-12
    assert truth.loss - tol <= result.loss <= truth.loss + tol
    assert result.lower_bound <= truth.loss + tol
    # float64 re-check of the network on the user's data
    r = result.network.predict(X) - y
    ww = np.ones(y.size) if w is None else w
    assert result.loss == pytest.approx(float(np.dot(ww, scipy.special.huber(delta, r))), rel=1e-12, abs=1e-15)
    assert result.lower_bound <= result.loss + 1e-12


@pytest.mark.parametrize("seed, d, k", [(0, 1, 1), (1, 2, 1), (2, 1, 2)])
def test_huber_limits_large_and_small_delta(seed, d, k):
    X, y = planted(seed, 6, d, k)
    squared = fit(X, y, k=k, loss="squared")
    large = fit(X, y, k=k, loss="huber", huber_delta=1e3)
    assert close(large.loss, squared.loss / 2.0)
    absolute = fit(X, y, k=k, loss="absolute")
    for delta in (1e-2, 1e-3):
        small = fit(X, y, k=k, loss="huber", huber_delta=delta)
        # delta |r| - delta^2 / 2 <= huber(r) <= delta |r| for every residual
        assert delta * absolute.loss - delta * delta / 2 * y.size - 1e-9 <= small.loss <= delta * absolute.loss + 1e-9


# -- invariances -------------------------------------------------------------------------------
@pytest.mark.parametrize("c", [1e-3, 0.5, 7.0, 1e4])
def test_huber_label_scaling(c):
    X, y = planted(3, 6, 1, 2)
    delta = 0.2
    base = fit(X, y, k=2, loss="huber", huber_delta=delta)
    scaled = fit(X, c * y, k=2, loss="huber", huber_delta=c * delta, weight_bound=c, bias_bound=c)
    assert base.status == scaled.status == "optimal"
    assert scaled.loss == pytest.approx(c * c * base.loss, rel=1e-6)
    # the same network up to the output scaling: base's network times c is optimal for the scaled
    # problem (W and b carry the output scale, the signs stay)
    net = base.network
    r = np.maximum(0.0, X @ (c * net.W).T + c * net.b) @ net.s - c * y
    assert float(np.sum(scipy.special.huber(c * delta, r))) == pytest.approx(scaled.loss, rel=1e-6)
    # the optimum is a function of y / delta' only through the scaled problem: delta alone scaled
    # is a different problem
    assert scaled.options["huber_delta"] == c * delta


def test_huber_permutation_and_duplication():
    X, y = planted(4, 6, 2, 1)
    w = np.random.default_rng(0).uniform(0.5, 2.0, y.size)
    base = fit(X, y, loss="huber", huber_delta=0.3, sample_weight=w)
    order = np.random.default_rng(1).permutation(y.size)
    permuted = fit(X[order], y[order], loss="huber", huber_delta=0.3, sample_weight=w[order])
    assert permuted.loss == pytest.approx(base.loss, rel=1e-6)
    features = fit(X[:, ::-1], y, loss="huber", huber_delta=0.3, sample_weight=w)
    assert features.loss == pytest.approx(base.loss, rel=1e-6)
    doubled = fit(np.vstack([X, X]), np.concatenate([y, y]), loss="huber", huber_delta=0.3,
                  sample_weight=np.concatenate([w, w]))
    assert doubled.loss == pytest.approx(2.0 * base.loss, rel=1e-6)
    weighted = fit(X, y, loss="huber", huber_delta=0.3, sample_weight=2.0 * w)
    assert weighted.loss == pytest.approx(2.0 * base.loss, rel=1e-6)


def test_huber_search_auto_uses_the_milp():
    X, y = planted(5, 6, 1, 2)
    result = fit(X, y, k=2, loss="huber", huber_delta=0.5, search="auto")
    assert result.status == "optimal"
    assert all(s.get("method") in ("milp", "sign floor", None) for s in result.splits if s["status"] != "not_started")
    assert any(s.get("method") == "milp" for s in result.splits)


# -- front ends --------------------------------------------------------------------------------
@pytest.fixture()
def data_file(tmp_path):
    X, y = planted(6, 6, 1, 1)
    path = tmp_path / "data.npz"
    np.savez(path, X=X, y=y)
    return path, X, y


@pytest.mark.parametrize("name", LOSSES)
def test_every_registry_name_round_trips_through_cli_and_estimator(data_file, name):
    path, X, y = data_file
    extra = ["--huber-delta", "0.4"] if name == "huber" else []
    res = CliRunner().invoke(main, ["solve-instance", str(path), "--loss", name, *extra, "--json"])
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    params = {"huber_delta": 0.4} if name == "huber" else {}
    direct = fit(X, y, loss=name, **params)
    assert payload["loss_name"] == name and payload["status"] == "optimal"
    assert close(payload["loss"], direct.loss, 1e-9)
    if name == "huber":
        assert payload["options"]["huber_delta"] == 0.4
    pytest.importorskip("sklearn")
    from milp_relu.sklearn import ExactReLURegressor

    est = ExactReLURegressor(loss=name, huber_delta=0.4).fit(X, y)
    assert est.result_.loss_name == name and close(est.result_.loss, direct.loss, 1e-9)


def test_estimator_huber_delta_validated_and_used_only_with_huber(data_file):
    pytest.importorskip("sklearn")
    from milp_relu.sklearn import ExactReLURegressor

    _, X, y = data_file
    assert ExactReLURegressor().get_params()["huber_delta"] == 1.0
    with pytest.raises(ValueError):
        ExactReLURegressor(loss="huber", huber_delta=-1.0).fit(X, y)
    # ignored by the other losses, whatever its value
    assert ExactReLURegressor(loss="absolute", huber_delta=5.0).fit(X, y).result_.loss_name == "absolute"
    default = ExactReLURegressor(loss="huber").fit(X, y)
    assert close(default.result_.loss, fit(X, y, loss="huber", huber_delta=1.0).loss, 1e-9)


@pytest.mark.parametrize("command", ["solve-instance", "export"])
@pytest.mark.parametrize("extra", [[], ["--huber-delta", "0"], ["--huber-delta", "-2"],
                                   ["--huber-delta", "inf"], ["--huber-delta", "nan"],
                                   ["--huber-delta", "abc"]])
def test_cli_huber_needs_a_good_delta(data_file, tmp_path, command, extra):
    path, _, _ = data_file
    args = [command, str(path), "--loss", "huber", *extra]
    if command == "export":
        args += ["--out", str(tmp_path / "lib"), "--time-limit", "0"]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2
    lines = [line for line in res.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and "huber-delta" in lines[0]


def test_cli_huber_delta_with_another_loss_is_refused(data_file):
    path, _, _ = data_file
    res = CliRunner().invoke(main, ["solve-instance", str(path), "--loss", "absolute", "--huber-delta", "1"])
    assert res.exit_code == 2 and res.output.startswith("error: ") and len(res.output.splitlines()) == 1


def test_instance_metadata_carries_huber_delta(tmp_path):
    from milp_relu.commands.verify_instance import solve_checks
    from milp_relu.data import Dataset
    from milp_relu.instance import Instance, load_instance, save_instance

    X, y = planted(7, 6, 1, 1)
    meta = {"name": "hub", "k": 1, "loss": "huber", "huber_delta": 0.25, "answer": "unknown"}
    path = save_instance(Instance(Dataset(X, y), meta), tmp_path / "hub.json")
    inst = load_instance(path)
    assert inst.loss_params == {"huber_delta": 0.25}
    res = CliRunner().invoke(main, ["solve-instance", str(path), "--json"])
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    expected = fit(X, y, loss="huber", huber_delta=0.25)
    assert payload["loss_name"] == "huber" and close(payload["loss"], expected.loss, 1e-9)
    checks, result = solve_checks(inst)
    assert result.loss_name == "huber" and close(result.loss, expected.loss, 1e-9)
    res = CliRunner().invoke(main, ["verify", str(path)])
    assert res.exit_code == 0, res.output
    bad = dict(meta, huber_delta=-1.0)
    (tmp_path / "bad").mkdir()
    with pytest.raises(InputError, match="huber_delta"):
        save_instance(Instance(Dataset(X, y), bad), tmp_path / "bad" / "bad.json")
        load_instance(tmp_path / "bad" / "bad.json")


# -- export -------------------------------------------------------------------------------------
def _integer_columns_at(network, X, names):
    order = np.lexsort((-network.b, -network.s))
    pattern = network.pattern(X)[:, order]
    signs = network.s[order]
    values = {}
    for c, name in enumerate(names):
        if name.startswith("z_"):
            _, i, j = name.split("_")
            values[c] = float(pattern[int(i), int(j)])
        elif name.startswith("sgn_"):
            values[c] = float(signs[int(name.split("_")[1])] > 0)
    return values


def test_huber_export_quadratic_objective_resolves_to_the_fit_optimum(data_file, tmp_path):
    path, X, y = data_file
    out = tmp_path / "lib"
    res = CliRunner().invoke(main, ["export", str(path), "--out", str(out), "--loss", "huber",
                                    "--huber-delta", "0.3", "--time-limit", "30"])
    assert res.exit_code == 0, res.output
    meta = json.loads((out / "data.json").read_text())
    assert meta["formulation"]["loss"] == "huber" and meta["formulation"]["huber_delta"] == 0.3
    assert meta["model"]["kind"] == "MIQP" and meta["model"]["highs_can_solve"] is False
    expected = fit(X, y, loss="huber", huber_delta=0.3)
    assert meta["reference"]["tag"] == "opt" and close(meta["reference"]["value"], expected.loss, 1e-8)
    assert "QUADOBJ" in (out / "data.mps").read_text()
    for fmt in ("mps", "lp"):
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", 1)
        assert h.readModel(str(out / f"data.{fmt}")) == highspy.HighsStatus.kOk
        assert h.getHessianNumNz() > 0  # omega_i on the u_i
        names = list(h.getLp().col_names_)
        fixed = _integer_columns_at(expected.network, X, names)
        assert fixed
        for c, v in fixed.items():
            h.changeColBounds(c, v, v)
            h.changeColIntegrality(c, highspy.HighsVarType.kContinuous)
        h.run()
        assert h.modelStatusToString(h.getModelStatus()) == "Optimal"
        assert close(h.getInfo().objective_function_value, expected.loss, 1e-6)
    pyscipopt = pytest.importorskip("pyscipopt")
    model = pyscipopt.Model()
    model.hideOutput()
    model.readProblem(str(out / "data.mps"))
    model.setParam("limits/gap", 1e-9)
    model.setParam("limits/absgap", 1e-9)
    model.optimize()
    assert model.getStatus() == "optimal" and close(model.getObjVal(), expected.loss, 1e-6)


def test_adapters_huber():
    from milp_relu.backends.pulp import build_pulp
    from milp_relu.data import Dataset
    from milp_relu.formulation import FormulationOptions

    X, y = planted(8, 5, 1, 1)
    options = FormulationOptions(k=1, loss=get_loss("huber", huber_delta=0.5))
    with pytest.raises(InputError, match="PuLP has no quadratic objectives"):
        build_pulp(Dataset(X, y), options)
    pytest.importorskip("pyomo")
    from milp_relu.backends.pyomo import build_pyomo, fix_network_pattern, solve_pyomo

    expected = fit(X, y, loss="huber", huber_delta=0.5)
    m = build_pyomo(Dataset(X, y), options)
    with pytest.raises(InputError, match="HiGHS cannot solve"):
        solve_pyomo(m, "highs")
    fix_network_pattern(m, expected.network, X)
    try:
        out = solve_pyomo(m, "highs")
    except Exception as exc:  # pragma: no cover - Pyomo's HiGHS interface missing
        pytest.skip(f"Pyomo's HiGHS interface: {exc}")
    assert close(out["objective"], expected.loss, 1e-6)


def test_sweep_passes_huber_delta_only_to_huber():
    from milp_relu.sweep import _loss_parameters

    kwargs = {"huber_delta": 0.5, "rel_gap": 1e-6}
    _loss_parameters(kwargs, "squared", {})
    assert "huber_delta" not in kwargs
    kwargs = {}
    _loss_parameters(kwargs, "huber", {"loss": "huber", "huber_delta": 0.7})
    assert kwargs == {"huber_delta": 0.7}


@pytest.mark.parametrize("loss, params", [("squared", {}), ("huber", {"huber_delta": 0.5})])
def test_brute_force_leaves_highs_usable_on_one_thread(loss, params):
    # the brute force's dense QPs used to start HiGHS's per-process thread pool at its default
    # size, after which every one-thread HiGHS run in the process failed (status "Not Set")
    X, y = planted(9, 4, 1, 1)
    brute_force_fit(X, y, 1, loss, **params)
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.addVar(-1.0, 1.0)
    h.changeColCost(0, 1.0)
    h.run()
    assert h.modelStatusToString(h.getModelStatus()) == "Optimal"
