"""Shared by the real-browser tests: Debian's chromium, or a clear skip (a failure in CI)."""
import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium")


def require_chromium() -> str:
    """The chromium path; skips with the reason when it is missing, except in CI
    (COURSE_REQUIRE_BROWSER=1, set by .ci/run), where a missing browser is a failure."""
    if CHROMIUM:
        return CHROMIUM
    if os.environ.get("COURSE_REQUIRE_BROWSER") == "1":
        pytest.fail("chromium is required here (COURSE_REQUIRE_BROWSER=1): apt-get install chromium")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium); the browser tests need it")
