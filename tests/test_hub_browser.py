"""The instructor's link in a real browser against a real JupyterHub on 127.0.0.1: hub login
form, nbgitpuller's page, then JupyterLab with the lesson open. Uses Debian's chromium through
Playwright (never a browser download); skipped when chromium is missing, except in CI
(COURSE_REQUIRE_BROWSER=1). Same hub set-up as tests/test_hub.py (separate file so that
pytest-xdist runs the two on different workers)."""
import asyncio

import pytest

from course_lib import classroom

import hub_harness  # noqa: E402  (tests/ is on sys.path, as for notebook_utils)

pytest.importorskip("jupyterhub")  # noqa
pytest.importorskip("nbgitpuller")

pytestmark = pytest.mark.slow


@pytest.fixture
def hub(tmp_path):
    with hub_harness.running_hub(tmp_path / "hub") as hub:
        yield hub


@pytest.mark.browser
def test_link_opens_the_lesson_in_chromium(hub, tmp_path):
    """The instructor's link in a real browser: hub login form, nbgitpuller's page, then
    JupyterLab with the lesson open (the student's server is started first, as the hub's
    spawn page would)."""
    from browser_utils import launch, require_chromium

    require_chromium()
    from playwright.sync_api import sync_playwright

    bare = hub_harness.make_course_repo(tmp_path)
    link = classroom.link(hub.url, "fr", "01", repo=str(bare), branch=hub_harness.BRANCH)
    student = hub_harness.Student(hub, "eleve", link, classroom.lesson_path("fr", "01"))

    async def prepare():
        await student.login()
        await student.start_server()

    asyncio.run(prepare())
    with sync_playwright() as pw:
        context = launch(pw, tmp_path / "chromium-profile", viewport={"width": 1280, "height": 900})
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.goto(link, timeout=120_000)
            page.fill("input[name=username]", student.name)
            page.fill("input[name=password]", hub.password)
            page.click("input[type=submit], button[type=submit]")
            # nbgitpuller's page pulls, then redirects to JupyterLab with the lesson
            page.wait_for_url("**/lab/tree/course/notebooks/fr/01_*.ipynb", timeout=120_000)
            heading = page.locator(".jp-Notebook .jp-MarkdownOutput h1").first
            heading.wait_for(state="visible", timeout=120_000)
            assert "interruption" in heading.inner_text().lower()
            # the first screen is the lesson, with no prompt about Jupyter news or updates (the course's
            # JupyterLab defaults, scripts/jupyterlab_settings, are installed with requirements.txt)
            page.wait_for_timeout(2000)
            toasts = page.locator(".Toastify__toast").all_inner_texts()
            assert not any("news" in text.lower() or "update" in text.lower() for text in toasts), toasts
            page.screenshot(path=str(tmp_path / "hub-link.png"))  # for a human look (pytest --basetemp)
        except Exception:
            page.screenshot(path=str(tmp_path / "hub-link.png"))
            print(hub.log())
            raise
        finally:
            context.close()
