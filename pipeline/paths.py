"""Where the project lives, without importing anything heavy: the command line's help must answer at once."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE_DIR = PROJECT_ROOT / "sources" / "reference"
