"""The search strategies of one sign split, behind one interface (:class:`.base.Strategy`).

* :class:`.milp.MilpStrategy` -- one MILP per split (cut-off, start); the squared loss by
  :mod:`.outer_approximation` on HiGHS, as a native MIQP on a backend with ``convex_miqp``;
* :class:`.enumeration.EnumerationStrategy` -- exact pattern enumeration (k = 1, d <= 2);
* :class:`.tree.TreeStrategy` -- milp_relu's own branch and bound (HiGHS only).

:func:`milp_relu.engine.schedule.strategy_for` picks one per split.
"""
from __future__ import annotations

from .base import SplitRecord, Strategy, split_label
from .enumeration import EnumerationStrategy
from .milp import MilpStrategy
from .tree import TreeStrategy

__all__ = ["EnumerationStrategy", "MilpStrategy", "SplitRecord", "Strategy", "TreeStrategy", "split_label"]
