"""File names, schema version and default time limits shared by every part of the library."""
from __future__ import annotations

LIBRARY_SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
MANIFEST_CSV = "manifest.csv"
SOLU = "reference.solu"
TIMINGS = "timings.json"
DEFAULT_TIME_LIMIT = 10.0
HARD_FACTOR = 6.0  # default hard_time_limit = HARD_FACTOR * time_limit
