"""Dataset validation, file formats and network evaluation."""
from __future__ import annotations

import json

import numpy as np
import pytest

from milp_relu import Dataset, InputError, ReLUNetwork, load_dataset, save_npz
from milp_relu.network import loss_from_residuals


@pytest.mark.parametrize("X, y, w, message", [
    (np.zeros((0, 2)), np.zeros(0), None, "empty"),
    (np.array([[1.0, np.nan]]), [1.0], None, "NaN or inf"),
    (np.array([[1.0, 2.0]]), [np.inf], None, "NaN or inf"),
    (np.ones((3, 2)), np.ones(2), None, "3 rows but y has 2"),
    (np.ones((3, 2)), np.ones(3), np.ones(2), "sample_weight has 2"),
    (np.ones((3, 2)), np.ones(3), np.array([1.0, 0.0, 1.0]), "positive"),
    ([[1.0, 2.0], [3.0]], [1.0, 2.0], None, "regular shape"),
    ([["a", "b"]], [1.0], None, "numeric"),
    (np.ones(3), np.ones(3), None, "2-dimensional"),
])
def test_dataset_rejects_bad_input_with_named_problem(X, y, w, message):
    with pytest.raises(InputError, match=message):
        Dataset(X, y, w)


def test_npz_round_trip_and_determinism(tmp_path):
    rng = np.random.default_rng(0)
    ds = Dataset(rng.normal(size=(5, 3)), rng.normal(size=5), rng.uniform(1, 2, 5))
    a, b = tmp_path / "a.npz", tmp_path / "b.npz"
    save_npz(ds, a)
    save_npz(ds, b)
    assert a.read_bytes() == b.read_bytes()
    back = load_dataset(a)
    np.testing.assert_array_equal(back.X, ds.X)
    np.testing.assert_array_equal(back.y, ds.y)
    np.testing.assert_array_equal(back.sample_weight, ds.sample_weight)


def test_npz_with_pickled_object_is_refused(tmp_path):
    path = tmp_path / "evil.npz"
    np.savez(path, X=np.array([[1.0]], dtype=object), y=np.array([1.0]))
    with pytest.raises(InputError, match="corrupt or unreadable"):
        load_dataset(path)


def test_corrupt_and_missing_files(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(InputError, match="corrupt"):
        load_dataset(bad)
    with pytest.raises(InputError, match="no such file"):
        load_dataset(tmp_path / "missing.npz")
    np.savez(tmp_path / "noy.npz", X=np.ones((2, 2)))
    with pytest.raises(InputError, match="missing array"):
        load_dataset(tmp_path / "noy.npz")


def test_csv_label_column_and_errors(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("a,y,b\n1,10,2\n3,20,4\n")
    ds = load_dataset(path)
    np.testing.assert_array_equal(ds.X, [[1, 2], [3, 4]])
    np.testing.assert_array_equal(ds.y, [10, 20])
    path.write_text("a,b\n1,5\n2,6\n")
    assert load_dataset(path).y.tolist() == [5, 6]
    path.write_text("a,b\n1,x\n")
    with pytest.raises(InputError, match="non-numeric"):
        load_dataset(path)
    path.write_text("a,b\n1,2,3\n")
    with pytest.raises(InputError, match="3 fields"):
        load_dataset(path)


def test_network_matches_output_weight_form_and_json():
    rng = np.random.default_rng(1)
    W, b, a = rng.normal(size=(3, 2)), rng.normal(size=3), np.array([0.5, -2.0, 1.5])
    X = rng.normal(size=(20, 2))
    direct = np.maximum(X @ W.T + b, 0) @ a
    net = ReLUNetwork.from_output_weights(W, b, a)
    np.testing.assert_allclose(net.predict(X), direct, rtol=1e-12, atol=1e-12)
    back = ReLUNetwork.from_json(net.to_json())
    np.testing.assert_array_equal(back.W, net.W)
    assert json.loads(net.to_json())["s"] == [1, -1, 1]


def test_losses_definitions():
    r = np.array([1.0, -2.0, 0.5])
    w = np.array([1.0, 2.0, 4.0])
    sq = loss_from_residuals(r, "squared", w)
    assert sq.value == pytest.approx(1 + 8 + 1) and sq.mean == pytest.approx(10 / 7)
    ab = loss_from_residuals(r, "absolute", w)
    assert ab.value == pytest.approx(1 + 4 + 2)
    mx = loss_from_residuals(r, "max", w)
    assert mx.value == mx.total == mx.mean == 2.0
    with pytest.raises(InputError, match="unknown loss"):
        loss_from_residuals(r, "hinge")
    with pytest.raises(InputError, match="needs huber_delta"):
        loss_from_residuals(r, "huber")  # the Huber loss exists, but only with its delta


def test_merge_duplicates_is_exact_for_squared_loss():
    rng = np.random.default_rng(2)
    X = np.repeat(rng.normal(size=(4, 2)), 3, axis=0)
    y = rng.normal(size=12)
    ds = Dataset(X, y, rng.uniform(0.5, 2, 12))
    merged, inverse = ds.merge_duplicates("squared")
    assert merged.n == 4
    net = ReLUNetwork(rng.normal(size=(2, 2)), rng.normal(size=2), [1, -1])
    full = net.loss(ds.X, ds.y, "squared", ds.sample_weight).value
    reduced = net.loss(merged.X, merged.y, "squared", merged.sample_weight).value
    assert full == pytest.approx(reduced + ds.merge_offset(merged, inverse), rel=1e-12)
    merged_abs, _ = ds.merge_duplicates("absolute")
    assert merged_abs.n == 12  # labels differ, so nothing merges for the absolute loss


def test_checked_constructor_is_the_validated_network():
    """The search's unvalidated constructor gives the network the checked one does."""
    rng = np.random.default_rng(3)
    W, b, s = rng.normal(size=(3, 2)), rng.normal(size=3), np.array([1.0, -1.0, 1.0])
    X = rng.normal(size=(7, 2))
    fast = ReLUNetwork.from_checked(W.copy(), b.copy(), s.copy(), 0.25)
    slow = ReLUNetwork(W, b, s, 0.25)
    assert all(np.array_equal(getattr(fast, f), getattr(slow, f)) for f in "Wbsc")
    assert np.array_equal(fast.predict(X), slow.predict(X))
    assert isinstance(fast.c, float) and fast.to_dict() == slow.to_dict()
    with pytest.raises(InputError, match="NaN"):
        ReLUNetwork(np.array([[np.nan, 0.0]]), [0.0], [1.0])
