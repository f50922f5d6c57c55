"""Exceptions that milp_relu raises on purpose.

Every error a user can cause is an :class:`InputError` with a message naming the problem;
the CLI prints it as one line and exits with code 2.
"""
from __future__ import annotations


class MilpReluError(Exception):
    """Base class of milp_relu's own errors."""


class InputError(MilpReluError, ValueError):
    """Bad input: a shape, a value, an option or a file that cannot be used."""


class VerificationError(MilpReluError):
    """A certificate failed its independent re-check (never silently passed)."""


class SolverError(MilpReluError):
    """The backend solver failed in a way that leaves no usable answer."""
