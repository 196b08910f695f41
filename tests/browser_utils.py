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


#: Chromium's flags for the tests: headless on a shared machine, no background traffic of its own
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-component-update", "--disable-sync"]


def launch(pw, profile, allow: str | None = "http://127.0.0.1", **kw):
    """Debian's chromium with a fresh profile folder; every request whose URL does not start with
    ``allow`` is blocked (``allow=None``: the caller installs its own route)."""
    context = pw.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, **kw)
    if allow is not None:
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(allow)
                      else route.abort())
    return context
