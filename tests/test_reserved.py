"""No reserved page, or a copy of its text, in tests/data: the checker of ../shared/reserved (beside the project,
as in CI) runs over the folder and the test fails naming every file it prints. Skipped when ../shared is absent.
``PKDATA_RESERVED_CHECK`` points the test at another copy of the checker."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.corpus import RESERVED_CHECK
from tests.conftest import ROOT

CHECKER = Path(os.environ.get("PKDATA_RESERVED_CHECK") or RESERVED_CHECK)


@pytest.mark.skipif(not CHECKER.is_file(), reason=f"{CHECKER} is not there (no ../shared beside the project)")
def test_no_reserved_text_in_the_test_data():
    done = subprocess.run([sys.executable, str(CHECKER), str(ROOT / "tests" / "data")], capture_output=True,
                          text=True, timeout=600)
    flagged = [line for line in done.stdout.splitlines() if line.strip()]
    assert done.returncode == 0 and not flagged, "reserved text in the project (remove these files):\n" + \
        "\n".join(flagged) + done.stderr
