"""`python -m course_lib link`: the nbgitpuller link for a lesson on a JupyterHub."""
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from course_lib import classroom

ROOT = Path(__file__).resolve().parent.parent
REPO = "https://github.com/example/corso-marketing.git"


def test_lab_link_exact():
    url = classroom.link("https://hub.example.edu", "it", "01", repo=REPO)
    assert url == (
        "https://hub.example.edu/hub/user-redirect/git-pull"
        "?repo=https%3A%2F%2Fgithub.com%2Fexample%2Fcorso-marketing.git"
        "&branch=main&targetpath=corso-marketing"
        "&urlpath=lab%2Ftree%2Fcorso-marketing%2Fnotebooks%2Fit%2F01_marketing_di_interruzione.ipynb"
    )


def test_voila_link_opens_the_gallery():
    url = classroom.link("https://hub.example.edu/", "fr", voila=True, repo=REPO, branch="v1")
    query = parse_qs(urlsplit(url).query)
    assert query == {
        "repo": [REPO], "branch": ["v1"], "targetpath": ["corso-marketing"],
        "urlpath": ["voila/render/corso-marketing/notebooks/fr/99_galerie_des_demos.ipynb"],
    }


def test_hub_with_prefix_and_hub_suffix():
    assert classroom.link("https://uni.example/jh/hub/", "fr", 0, repo=REPO).startswith(
        "https://uni.example/jh/hub/user-redirect/git-pull?")
    assert classroom.link("http://127.0.0.1:8000", "it", "3", repo=REPO).startswith(
        "http://127.0.0.1:8000/hub/user-redirect/git-pull?")


def test_encoding_matches_encodeURIComponent():
    url = classroom.link("http://h", "it", "00", repo="https://h/a&c=d?.git", targetpath="corso(2)")
    query = urlsplit(url).query
    assert "repo=https%3A%2F%2Fh%2Fa%26c%3Dd%3F.git" in query
    assert "targetpath=corso(2)" in query  # ( ) are not encoded by encodeURIComponent


def test_every_lesson_file_exists():
    for key, names in classroom.LESSONS.items():
        for lang in classroom.LANGUAGES:
            assert (ROOT / classroom.lesson_path(lang, key)).is_file(), (key, lang)
    numbered = {p.name[:2] for p in (ROOT / "notebooks" / "it").glob("[0-9][0-9]_*.ipynb")}
    assert numbered == set(classroom.LESSONS)


@pytest.mark.parametrize("kwargs, words", [
    (dict(hub="ftp://hub", lang="it", lesson="01"), "hub"),
    (dict(hub="hub.example.edu", lang="it", lesson="01"), "hub"),
    (dict(hub="https://hub/?x=1", lang="it", lesson="01"), "query"),
    (dict(hub="https://hub:port", lang="it", lesson="01"), "port"),
    (dict(hub="https://hub", lang="de", lesson="01"), "language"),
    (dict(hub="https://hub", lang="it", lesson="12"), "lesson"),
    (dict(hub="https://hub", lang="it", lesson="1a"), "lesson"),
    (dict(hub="https://hub", lang="it", lesson=None), "lesson"),
    (dict(hub="https://hub", lang="it", lesson="01", branch=""), "branch"),
    (dict(hub="https://hub", lang="it", lesson="01", targetpath="../x"), "targetpath"),
])
def test_bad_arguments_raise_clear_errors(kwargs, words):
    kwargs.setdefault("repo", REPO)
    with pytest.raises(ValueError, match=words):
        classroom.link(**kwargs)


def test_repo_default_from_environment(monkeypatch):
    monkeypatch.setenv(classroom.REPO_ENV_VAR, "https://example.org/course.git")
    assert "targetpath=course&" in classroom.link("https://hub", "it", "02")


def test_cli_prints_link_and_rejects_bad_lesson():
    cmd = [sys.executable, "-m", "course_lib", "link", "--hub", "https://hub.example.edu", "--lang", "fr",
           "--lesson", "06", "--repo", REPO]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == classroom.link("https://hub.example.edu", "fr", "06", repo=REPO)
    bad = subprocess.run(cmd[:-3] + ["42", "--repo", REPO], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "lesson must be one of" in bad.stderr and not bad.stdout


def test_unknown_subcommand_is_an_error():
    from course_lib import __main__ as env
    assert env.main(["lnk"]) == 2


def test_ci_installs_the_proxy_version_the_hub_test_uses():
    import hub_harness

    assert f"configurable-http-proxy@{hub_harness.CHP_VERSION}" in (ROOT / ".ci" / "run").read_text()
