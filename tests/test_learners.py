"""The learners of issue 14: the proper learner meets its guarantee (checked against the exact
engine and an independent eta-net search), the improper learner meets its own, and both are
honest about what they certify."""
from __future__ import annotations

import math

import numpy as np
import pytest

from milp_relu import InputError, fit
from milp_relu.learners import improper_learn, proper_learn
from milp_relu.learners import projection as proj
from milp_relu.learners.kernel import (choose_degree, kernel_ridge, multinomial_kernel,
                                       relu_approximation)
from milp_relu.learners.lifting import ball_least_squares, in_class, into_class
from milp_relu.learners.search import net_search
from milp_relu.learners.validation import LearningData, normalize
from milp_relu.network import ReLUNetwork


def bounded_teacher(n: int, d: int, k: int, seed: int, noise: float = 0.0):
    """Inputs uniform in the unit ball, a teacher with ||w_j|| <= 1, |b_j| <= 1, labels in [-1, 1]."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    X *= (rng.uniform(0.2, 1.0, n) / np.linalg.norm(X, axis=1))[:, None]
    W = rng.normal(size=(k, d))
    W *= (rng.uniform(0.5, 1.0, k) / np.linalg.norm(W, axis=1))[:, None]
    b = rng.uniform(-0.3, 0.3, k)
    s = np.array([1.0 if j % 2 == 0 else -1.0 for j in range(k)])
    teacher = ReLUNetwork(W, b, s)
    y = teacher.predict(X) + noise * rng.normal(size=n)
    scale = max(1.0, float(np.max(np.abs(y))))
    return X, y / scale, into_class(ReLUNetwork(W / scale, b / scale, s))


def opt_box(X, y, k, w=None):
    """Certified lower bound on the ball-class optimum: the exact engine on |w_l| <= 1 (mean)."""
    r = fit(X, y, k=k, loss="squared", weight_bound=1.0, bias_bound=1.0, sample_weight=w)
    assert r.status == "optimal"
    total = len(y) if w is None else float(np.sum(w))
    return r.lower_bound / total, r.loss_mean


@pytest.mark.parametrize("seed,k", [(0, 1), (1, 2), (2, 2)])
def test_proper_realizable_in_class_and_below_eps(seed, k):
    X, y, teacher = bounded_teacher(14, 2, k, seed)
    assert teacher.loss(X, y).mean < 1e-20 and in_class(teacher)
    eps = 0.05
    r = proper_learn(X, y, k, eps, setting="realizable", seed=seed)
    assert in_class(r.network) and r.guarantee["in_class"]
    assert r.network.loss(X, y).mean == pytest.approx(r.loss_mean, abs=1e-15)
    assert r.loss_mean <= eps and r.guarantee["certified"] is True
    _, box_loss = opt_box(X, y, k)
    assert box_loss <= 1e-6  # the exact engine agrees that the instance is realizable


@pytest.mark.parametrize("seed", [0, 3])
def test_proper_agnostic_within_eps_of_the_exact_optimum(seed):
    X, y, _ = bounded_teacher(12, 2, 1, seed, noise=0.3)
    eps = 0.1
    r = proper_learn(X, y, 1, eps, setting="agnostic", seed=seed)
    lower, _ = opt_box(X, y, 1)
    assert in_class(r.network)
    assert lower - 1e-9 <= r.loss_mean <= lower + eps
    assert r.lower_bound is not None and r.lower_bound <= r.loss_mean + 1e-9
    assert r.guarantee["certified"] is True


def test_proper_agrees_with_an_independent_net_search():
    X, y, _ = bounded_teacher(10, 1, 1, 5, noise=0.4)
    eta = 0.05
    net = net_search(LearningData(X, y, np.ones(len(y))), 1, eta)
    r = proper_learn(X, y, 1, 0.1, seed=0)
    lower, _ = opt_box(X, y, 1)
    assert in_class(net.network) and net.candidates > 100
    # the net's best is at most OPT + 18 eta (class outputs move by <= 3 eta), and never below OPT
    assert lower - 1e-9 <= net.loss_mean <= lower + 18 * eta
    assert abs(r.loss_mean - net.loss_mean) <= 18 * eta
    via_api = proper_learn(X, y, 1, 0.5, search="net", net_eta=eta)
    assert via_api.loss_mean == pytest.approx(net.loss_mean, abs=1e-12)
    # a net with a caller's eta proves nothing by construction and gives no lower bound: undecided
    assert via_api.guarantee["certified"] is None and via_api.lower_bound is None


def test_forced_gaussian_projection_lifts_into_the_class():
    X, y, _ = bounded_teacher(16, 6, 1, 7)
    eps, setting = 0.2, "realizable"
    constant = proj.constant_for_dimension(3, eps, 1, setting)
    r = proper_learn(X, y, 1, eps, setting=setting, delta=0.1, projection_constant=constant, seed=1)
    assert r.projected_dim == 3 < 6
    assert r.extra["repetitions"] == proj.repetitions(0.1) == 4
    assert in_class(r.network) and r.network.d == 6
    assert r.network.loss(X, y).mean == pytest.approx(r.loss_mean, abs=1e-15)
    assert r.lower_bound is None  # a projected space's bound says nothing about the original one
    assert r.guarantee["projection"].startswith("gaussian") and r.extra["projection"] == "gaussian"
    assert r.guarantee["certified"] is bool(r.loss_mean <= eps)


def test_theory_dimension_and_constants():
    # k = 1: eta = eps/36 (agnostic) or sqrt(eps)/6 (realizable), beta = eps/18, ln(16 * 18 / eps)
    assert proj.theory_dimension(0.5, 1, "agnostic") == math.ceil(8 * math.log(576) / (0.5 / 36) ** 2)
    assert proj.theory_dimension(0.5, 1, "realizable") == math.ceil(8 * math.log(576) / (0.5 / 36))
    # k = 2: eta = eps/120 agnostic, sqrt(eps)/12 realizable, beta = eps/50, ln(24 * 50 / eps)
    assert proj.theory_dimension(0.5, 2, "agnostic") == math.ceil(8 * math.log(2400) / (0.5 / 120) ** 2)
    assert proj.bad_fraction(0.5, 2) * 25 == pytest.approx(0.25)  # beta L = eps/2, L = (2k+1)^2
    small = proj.theory_dimension(0.1, 2, "realizable")
    assert small < proj.theory_dimension(0.1, 2, "agnostic")
    assert proj.theory_dimension(0.05, 2, "realizable") > small  # grows as eps shrinks
    with pytest.raises(InputError):
        proj.theory_dimension(0.1, 1, "agnostic", constant=0.0)


def test_ball_least_squares_matches_a_general_solver():
    from scipy.optimize import minimize

    rng = np.random.default_rng(0)
    X = rng.normal(size=(20, 5))
    target = X @ (3.0 * rng.normal(size=5))  # unconstrained solution far outside the ball
    w = ball_least_squares(X, target)
    assert np.linalg.norm(w) == pytest.approx(1.0, abs=1e-9)
    res = minimize(lambda v: np.sum((X @ v - target) ** 2), np.zeros(5), method="SLSQP",
                   constraints=[{"type": "ineq", "fun": lambda v: 1.0 - v @ v}], options={"ftol": 1e-14})
    assert np.sum((X @ w - target) ** 2) <= res.fun + 1e-6 * (1 + res.fun)
    inside = 0.1 * X[0]  # inside the ball: the exact least-squares solution is returned
    assert np.allclose(ball_least_squares(X, X @ inside), inside, atol=1e-10)


def test_into_class_scales_units_by_positive_homogeneity():
    net = ReLUNetwork(np.array([[3.0, 4.0], [0.1, 0.0]]), np.array([0.5, 2.0]), np.array([1.0, -1.0]))
    out = into_class(net)
    assert in_class(out) and not in_class(net)
    x = np.array([[0.3, 0.2]])
    # unit 1 scaled by 1/5, unit 2 by 1/2 (bias): outputs scale the same way
    assert out.predict(x)[0] == pytest.approx(max(0, 0.9 + 0.8 + 0.5) / 5 - max(0, 0.03 + 2.0) / 2)


def test_improper_reaches_opt_plus_eps_where_its_bound_is_certified():
    X, y, _ = bounded_teacher(12, 2, 1, 4, noise=0.3)
    eps = 0.5
    r = improper_learn(X, y, eps)
    assert r.guarantee["certified"] is True  # the ridge is not at its numerical floor here
    assert r.guarantee["bound_excess"] <= eps
    lower, _ = opt_box(X, y, 1)
    assert r.loss_mean <= lower + eps
    assert r.network is None and r.to_dict()["network"] is None
    res = r.predict(X) - y
    assert float(np.mean(res * res)) == pytest.approx(r.loss_mean, abs=1e-12)


def test_improper_fits_realizable_data_below_eps():
    X, y, _ = bounded_teacher(25, 3, 2, 9)
    r = improper_learn(X, y, 0.05, k=2)
    assert r.loss_mean <= 0.05
    assert r.guarantee["degree"] == choose_degree(0.05, 2)


def test_multinomial_kernel_and_ridge_solution():
    rng = np.random.default_rng(2)
    A = rng.normal(size=(5, 3)) / 3
    K = multinomial_kernel(A, A, 4)
    T = A @ A.T
    assert np.allclose(K, sum(T ** i for i in range(5)))
    y = rng.normal(size=5)
    w = rng.uniform(0.5, 2.0, 5)
    alpha, used = kernel_ridge(K, y, w, 0.1)
    # stationarity of sum_i w_i ((K a)_i - y_i)^2 / W + ridge a'Ka: K (W^-1 diag(w) (K a - y) + ridge a) = 0
    grad = K @ (w * (K @ alpha - y) / w.sum() + used * alpha)
    assert np.max(np.abs(grad)) < 1e-10 and used == 0.1


def test_relu_approximation_error_shrinks_with_degree():
    errors = [relu_approximation(q)[0] for q in (4, 16, 64)]
    assert errors[0] > errors[1] > errors[2] > 0
    assert choose_degree(0.1) > choose_degree(0.5) > choose_degree(1.0)


@pytest.mark.parametrize("bad", [
    dict(X=np.array([[2.0, 0.0]]), y=np.array([0.0])),
    dict(X=np.array([[0.5, 0.0]]), y=np.array([1.5])),
    dict(X=np.array([[0.5, np.nan]]), y=np.array([0.0])),
    dict(X=np.array([0.5, 0.1]), y=np.array([0.0])),
])
def test_bad_data_is_refused(bad):
    with pytest.raises(InputError):
        proper_learn(bad["X"], bad["y"], 1, 0.1)
    with pytest.raises(InputError):
        improper_learn(bad["X"], bad["y"], 0.1)


@pytest.mark.parametrize("kwargs", [dict(eps=0.0), dict(eps=1.5), dict(k=0), dict(setting="noisy"),
                                    dict(delta=1.0), dict(time_limit=-1), dict(search="grid"),
                                    dict(bias_bound=0.0), dict(bias_bound="x")])
def test_bad_options_are_refused(kwargs):
    X = np.array([[0.5, 0.0], [0.0, 0.5]])
    args = dict(k=1, eps=0.1)
    args.update(kwargs)
    with pytest.raises(InputError):
        proper_learn(X, np.array([0.1, 0.2]), **args)


def test_outside_ball_message_says_how_to_rescale_and_normalize_does_it():
    X = np.array([[3.0, 4.0], [0.0, 1.0]])
    with pytest.raises(InputError, match="divide X by 5"):
        proper_learn(X, np.array([0.0, 0.1]), 1, 0.1)
    Xn, yn, xs, ys = normalize(X, np.array([0.0, 2.0]))
    assert xs == 5.0 and ys == 2.0 and np.max(np.linalg.norm(Xn, axis=1)) == pytest.approx(1.0)


def test_on_the_projects_hardness_instances():
    """G3 (bounded, realizable, k = 2) and G4 (bounded, agnostic, one ReLU, weighted)."""
    from milp_relu.generators import generate

    g3 = generate("bounded-coloring", seed=0, N=5, m=4, k=2)
    X, y = g3.dataset.X, g3.dataset.y
    r = proper_learn(X, y, 2, 0.05, setting="realizable")
    assert in_class(r.network) and r.loss_mean <= 0.05
    assert opt_box(X, y, 2)[1] <= 1e-9  # the certificate's zero loss, confirmed by the engine

    g4 = generate("dense-subgraph", seed=0, N=5, kappa=3)
    X, y, w = g4.dataset.X, g4.dataset.y, g4.dataset.sample_weight
    lower, _ = opt_box(X, y, 1, w)
    r = proper_learn(X, y, 1, 0.2, sample_weight=w)
    assert in_class(r.network)
    assert r.network.loss(X, y, "squared", w).mean == pytest.approx(r.loss_mean, abs=1e-15)
    assert lower - 1e-9 <= r.loss_mean <= lower + 0.2
    assert r.extra["search"]["engine_gap_mean"] == pytest.approx(0.2 / 4, rel=1e-9)  # eps/4 on the mean
    g = improper_learn(X, y, 0.5, sample_weight=w)
    assert g.guarantee["certified"] is True and g.loss_mean <= lower + 0.5


def test_the_proofs_net_is_refused_when_it_cannot_be_enumerated():
    X, y, _ = bounded_teacher(6, 2, 1, 0)
    with pytest.raises(InputError, match="use the exact search"):
        proper_learn(X, y, 1, 0.1, search="net")  # the theory's eta = eps/36 in dimension 3


def test_the_engine_gap_is_eps_on_the_mean_loss_whatever_the_label_scale_and_weights():
    from milp_relu.learners import exact_learn

    X, y, _ = bounded_teacher(10, 2, 1, 11, noise=0.2)
    w = np.linspace(0.5, 3.0, 10)
    for scale in (1.0, 0.05):
        r = exact_learn(X, y * scale, 1, 0.3, sample_weight=w)
        # the engine reports the gap it applied to the weighted sum; on the mean it must be eps
        assert r.guarantee["engine_gap_mean"] == pytest.approx(0.3, rel=1e-9)
        assert r.lower_bound <= r.loss_mean <= r.lower_bound + 0.3
