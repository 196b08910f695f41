"""nbgitpuller links that open a lesson of the course on a JupyterHub.

A student who clicks the link logs in to the hub; nbgitpuller (installed in the single-user
environment, see requirements.txt) clones the course into the student's home, or merges the new
version into an existing copy without overwriting the student's own edits, and then opens the
lesson in JupyterLab (or the demo gallery in Voilà)::

    python -m course_lib link --hub https://hub.example.edu --lang it --lesson 01
    python -m course_lib link --hub https://hub.example.edu --lang fr --voila

The link has the form nbgitpuller documents
(``<hub>/hub/user-redirect/git-pull?repo=...&branch=...&targetpath=...&urlpath=...``, every
value percent-encoded as the JavaScript ``encodeURIComponent`` of nbgitpuller's own link
generator does).

Defaults: the repository is ``$COURSE_REPO_URL`` if set, otherwise the ``origin`` remote of the
checkout this library lives in; the branch is ``main``; the folder the course is cloned into
(``targetpath``) is the repository's name without ``.git``.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
from pathlib import Path
from urllib.parse import quote, urlsplit

__all__ = ["LESSONS", "GALLERY", "LANGUAGES", "DEFAULT_BRANCH", "lesson_path", "default_repo", "link", "main"]

LANGUAGES = ("it", "fr")
#: lesson number -> notebook file name per language (the course's notebooks/<lang>/ folders)
LESSONS = {
    "00": {"it": "00_indice.ipynb", "fr": "00_sommaire.ipynb"},
    "01": {"it": "01_marketing_di_interruzione.ipynb", "fr": "01_marketing_d_interruption.ipynb"},
    "02": {"it": "02_escalation_della_spesa.ipynb", "fr": "02_escalade_des_depenses.ipynb"},
    "03": {"it": "03_ripetizione_e_oblio.ipynb", "fr": "03_repetition_et_oubli.ipynb"},
    "04": {"it": "04_stanchezza_tetti_e_dati_reali.ipynb", "fr": "04_lassitude_plafonds_et_donnees_reelles.ipynb"},
    "05": {"it": "05_contesto_e_targeting.ipynb", "fr": "05_contexte_et_ciblage.ipynb"},
    "06": {"it": "06_permission_marketing.ipynb", "fr": "06_permission_marketing.ipynb"},
    "07": {"it": "07_spam_e_consenso.ipynb", "fr": "07_spam_et_consentement.ipynb"},
    "08": {"it": "08_acquisire_poi_coltivare.ipynb", "fr": "08_acquerir_puis_cultiver.ipynb"},
    "99": {"it": "99_galleria_demo.ipynb", "fr": "99_galerie_des_demos.ipynb"},
}
#: the demo gallery, the notebook ``--voila`` opens by default
GALLERY = "99"
DEFAULT_BRANCH = "main"
REPO_ENV_VAR = "COURSE_REPO_URL"


def _quote(value: str) -> str:
    """Percent-encode like JavaScript's encodeURIComponent (nbgitpuller's link generator)."""
    return quote(value, safe="-_.!~*'()")


def lesson_path(lang: str, lesson: str | int) -> str:
    """Path of a lesson inside the repository, e.g. ``notebooks/it/01_marketing_di_interruzione.ipynb``."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    key = _lesson_key(lesson)
    return f"notebooks/{lang}/{LESSONS[key][lang]}"


def _lesson_key(lesson: str | int) -> str:
    text = str(lesson).strip()
    if not re.fullmatch(r"\d{1,2}", text) or f"{int(text):02d}" not in LESSONS:
        raise ValueError(f"lesson must be one of {', '.join(LESSONS)} (the course's lessons), got {lesson!r}")
    return f"{int(text):02d}"


def _check_hub(hub: str) -> str:
    parts = urlsplit(hub.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"hub must be the hub's address, like https://hub.example.edu, got {hub!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"hub must be the hub's address without ?query or #fragment, got {hub!r}")
    try:
        parts.port  # raises ValueError on a port that is not a number
    except ValueError:
        raise ValueError(f"hub has an invalid port: {hub!r}") from None
    path = parts.path.rstrip("/")
    if path.endswith("/hub"):  # the address of the hub's own pages: the link is built from its base
        path = path[: -len("/hub")]
    return f"{parts.scheme}://{parts.netloc}{path}"


def _check_repo(repo: str) -> str:
    repo = repo.strip()
    if not repo or any(ch.isspace() for ch in repo):
        raise ValueError(f"repo must be a git URL (https://..., or a path on the hub's machine), got {repo!r}")
    return repo


def default_repo() -> str:
    """``$COURSE_REPO_URL``, else the ``origin`` remote of the checkout the library comes from."""
    env = os.environ.get(REPO_ENV_VAR, "").strip()
    if env:
        return env
    root = Path(__file__).resolve().parent.parent
    try:
        out = subprocess.run(["git", "-C", str(root), "remote", "get-url", "origin"],
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        out = None
    if out is not None and out.returncode == 0 and out.stdout.strip():
        url = out.stdout.strip()
        if url.startswith("git@") and ":" in url:  # git@github.com:owner/name.git -> https
            host, _, path = url[4:].partition(":")
            url = f"https://{host}/{path}"
        return url
    raise ValueError(f"no repository given: pass --repo URL (the public git URL of the course) "
                     f"or set {REPO_ENV_VAR}")


def _clone_dir(repo: str) -> str:
    name = repo.rstrip("/").split("/")[-1]
    if name.endswith(".git"):
        name = name[: -len(".git")]
    if not name:
        raise ValueError(f"cannot tell the clone folder from repo {repo!r}: pass --targetpath")
    return name


def link(hub: str, lang: str, lesson: str | int | None = None, *, voila: bool = False,
         repo: str | None = None, branch: str = DEFAULT_BRANCH, targetpath: str | None = None) -> str:
    """The nbgitpuller link that opens ``lesson`` (or, with ``voila=True``, the gallery in Voilà).

    Parameters
    ----------
    hub : str
        The hub's address, ``http(s)://host[:port][/prefix]``.
    lang : {"it", "fr"}
    lesson : str or int, optional
        ``"00"`` ... ``"08"`` or ``"99"`` (gallery); required unless ``voila`` (then the gallery).
    voila : bool
        Open the notebook in Voilà (code hidden) instead of JupyterLab.
    repo, branch, targetpath : str
        Git URL of the course, branch, folder in the student's home (default: see module doc).
    """
    base = _check_hub(hub)
    if lesson is None:
        if not voila:
            raise ValueError("lesson is required (one of " + ", ".join(LESSONS) + "), unless --voila")
        lesson = GALLERY
    path = lesson_path(lang, lesson)
    repo = _check_repo(repo if repo is not None else default_repo())
    if not branch or any(ch.isspace() for ch in branch):
        raise ValueError(f"branch must be a git branch name, got {branch!r}")
    folder = targetpath if targetpath is not None else _clone_dir(repo)
    if not folder or folder.startswith("/") or ".." in folder.split("/"):
        raise ValueError(f"targetpath must be a relative folder name, got {folder!r}")
    urlpath = ("voila/render/" if voila else "lab/tree/") + f"{folder}/{path}"
    query = "&".join(f"{key}={_quote(value)}" for key, value in
                     (("repo", repo), ("branch", branch), ("targetpath", folder), ("urlpath", urlpath)))
    return f"{base}/hub/user-redirect/git-pull?{query}"


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    parser = parser or argparse.ArgumentParser(prog="python -m course_lib link")
    parser.description = ("Print the nbgitpuller link that opens a lesson for every student of a JupyterHub "
                          "(the hub needs the course's requirements.txt installed).")
    parser.add_argument("--hub", required=True, help="the hub's address, e.g. https://hub.example.edu")
    parser.add_argument("--lang", required=True, choices=LANGUAGES, help="language of the notebooks")
    parser.add_argument("--lesson", help="lesson number: " + ", ".join(LESSONS) + " (99 = demo gallery)")
    parser.add_argument("--voila", action="store_true", help="open in Voilà (code hidden); default: the gallery")
    parser.add_argument("--repo", default=None,
                        help=f"git URL of the course (default: ${REPO_ENV_VAR}, else this checkout's origin remote)")
    parser.add_argument("--branch", default=DEFAULT_BRANCH, help=f"branch (default: {DEFAULT_BRANCH})")
    parser.add_argument("--targetpath", default=None,
                        help="folder in each student's home (default: the repository's name)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        print(link(args.hub, args.lang, args.lesson, voila=args.voila, repo=args.repo,
                   branch=args.branch, targetpath=args.targetpath))
    except ValueError as err:
        parser.error(str(err))  # exit status 2 with the usage line, like argparse's own errors
    return 0
