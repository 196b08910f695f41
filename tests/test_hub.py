"""A whole class on one real JupyterHub (127.0.0.1 only): 8 students open the instructor's
nbgitpuller link, get the course in their home, run lesson 00 through the Jupyter server API and
see the stored outputs; each student's own edit survives the instructor's next update.

Needs node/npm for configurable-http-proxy (installed on first use into .cache/chp/; .ci/run
installs it up front). Skipped, with the reason, when node/npm or git are missing; set
COURSE_REQUIRE_HUB=1 (as .ci/run does) to make that a failure instead.
"""
import asyncio
import json
import time

import pytest

from course_lib import classroom

import hub_harness  # noqa: E402  (tests/ is on sys.path, as for notebook_utils)
pytest.importorskip("jupyterhub")  # noqa
pytest.importorskip("nbgitpuller")

pytestmark = pytest.mark.slow

N_STUDENTS = 8
LESSON = "00"


@pytest.fixture
def hub(tmp_path):
    with hub_harness.running_hub(tmp_path / "hub") as hub:
        yield hub


async def _class(hub, bare, tmp_path):
    sanitizers = hub_harness.load_sanitizers()
    students = []
    for i in range(N_STUDENTS):
        lang = ("it", "fr")[i % 2]
        link = classroom.link(hub.url, lang, LESSON, repo=str(bare), branch=hub_harness.BRANCH)
        assert f"targetpath={hub_harness.COURSE_FOLDER}&" in link
        students.append(hub_harness.Student(hub, f"student{i:02d}", link, classroom.lesson_path(lang, LESSON)))
    stored = {s.lesson_path: json.loads(hub_harness.git("-C", str(bare), "show", f"main:{s.lesson_path}"))
              for s in students}

    problems = await asyncio.gather(*(hub_harness.first_lesson(s, stored[s.lesson_path], sanitizers)
                                      for s in students))
    assert problems == [[]] * N_STUDENTS, problems

    # Each student edits the lesson (their own answer cell); the instructor publishes an update.
    async def edit(student):
        notebook = await student.read_notebook()
        notebook["cells"].append({"cell_type": "markdown", "metadata": {}, "source": f"answer of {student.name}"})
        await student.write_notebook(notebook)

    await asyncio.gather(*(edit(s) for s in students))
    hub_harness.push_upstream_change(bare, tmp_path, "README.md", "\nInstructor's update.\n")

    async def second_pull(student):
        await student.pull()
        notebook = await student.read_notebook()
        readme = await student.server_api("GET", f"/contents/{hub_harness.COURSE_FOLDER}/README.md?content=1")
        return (notebook["cells"][-1]["source"] == f"answer of {student.name}",
                readme["content"].endswith("Instructor's update.\n"))

    kept = await asyncio.gather(*(second_pull(s) for s in students))
    assert kept == [(True, True)] * N_STUDENTS, kept
    return students


def test_a_class_of_8_on_jupyterhub(hub, tmp_path):
    bare = hub_harness.make_course_repo(tmp_path)
    start = time.monotonic()
    try:
        students = asyncio.run(asyncio.wait_for(_class(hub, bare, tmp_path), 240))
    except Exception:
        print(hub.log())
        raise
    print(f"{N_STUDENTS} students: {time.monotonic() - start:.1f} s; link to lesson open (s):",
          sorted(round(s.times["open"], 1) for s in students), "execute (s):",
          sorted(round(s.times["execute"], 1) for s in students))

