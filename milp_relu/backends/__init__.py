"""Solver backends: each takes a :class:`~milp_relu.formulation.MilpModel` and returns raw solutions."""
