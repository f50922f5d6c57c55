"""``python -m milp_relu.library golden DIR``: (re)write the golden .lp files into DIR."""
from __future__ import annotations

import sys

from .golden import write_golden


def main(argv: list[str]) -> int:
    """Run the command line; returns the exit code."""
    if len(argv) == 2 and argv[0] == "golden":
        for written in write_golden(argv[1]):
            print(written)
        return 0
    print("usage: python -m milp_relu.library golden DIR")
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
