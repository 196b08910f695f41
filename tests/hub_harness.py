"""A real JupyterHub on 127.0.0.1 for the classroom test and benchmark (tests/test_hub.py,
benchmarks/classroom.py).

JupyterHub with the dummy authenticator and the local-process spawner (no system users), the
configurable-http-proxy from the npm registry (installed on first use into ``.cache/chp/`` of
the repository, never globally), nbgitpuller in the single-user environment (this Python's),
and the course served from a bare git repository on disk made from this checkout's HEAD:
nothing leaves the machine. Every process started here is stopped by :meth:`Hub.stop`.

A simulated student does what a student's browser does after clicking the instructor's link
(``course_lib.classroom.link``): starts their server, opens the link (hub redirect, then
nbgitpuller's page), runs the pull nbgitpuller's page runs (``git-pull/api``), opens the lesson,
starts a kernel through the Jupyter server API and executes the lesson's code cells.
"""
from __future__ import annotations

import asyncio
import configparser
import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import psutil
from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

ROOT = Path(__file__).resolve().parent.parent
CHP_VERSION = "5.3.0"  # configurable-http-proxy from the npm registry
CHP_CACHE = ROOT / ".cache" / "chp"
COURSE_FOLDER = "course"  # targetpath: the folder in each student's home
BRANCH = "main"


class HubUnavailable(RuntimeError):
    """A prerequisite (node/npm, git) is missing: the caller decides whether that is a skip."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def find_chp(install: bool = True) -> str:
    """configurable-http-proxy: on PATH, else in .cache/chp/, else installed there with npm."""
    found = shutil.which("configurable-http-proxy")
    if found:
        return found
    local = CHP_CACHE / "node_modules" / ".bin" / "configurable-http-proxy"
    if local.exists():
        return str(local)
    if not install:
        raise HubUnavailable("configurable-http-proxy not installed")
    npm = shutil.which("npm")
    if not npm or not shutil.which("node"):
        raise HubUnavailable("node and npm are needed for configurable-http-proxy")
    CHP_CACHE.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(CHP_CACHE),
                           f"configurable-http-proxy@{CHP_VERSION}"], capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 or not local.exists():
        raise HubUnavailable("npm install configurable-http-proxy failed:\n" + proc.stderr[-2000:])
    return str(local)


def git(*args, cwd=None) -> str:
    env = dict(os.environ, GIT_AUTHOR_NAME="course", GIT_AUTHOR_EMAIL="course@example.invalid",
               GIT_COMMITTER_NAME="course", GIT_COMMITTER_EMAIL="course@example.invalid")
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env).stdout


def make_course_repo(tmp: Path) -> Path:
    """A bare repository ``course.git`` whose ``main`` is this checkout's HEAD (one commit deep)."""
    if not shutil.which("git"):
        raise HubUnavailable("git is needed")
    bare = tmp / "course.git"
    git("init", "--quiet", "--bare", str(bare))
    git("-C", str(bare), "fetch", "--quiet", "--depth", "1", f"file://{ROOT}", f"HEAD:refs/heads/{BRANCH}")
    git("-C", str(bare), "symbolic-ref", "HEAD", f"refs/heads/{BRANCH}")
    return bare


def push_upstream_change(bare: Path, tmp: Path, path: str = "README.md", text: str = "\nUpdate.\n") -> None:
    """The instructor publishes a new commit (for the second pull)."""
    work = tmp / "instructor"
    if not work.exists():
        git("clone", "--quiet", str(bare), str(work))
    git("pull", "--quiet", cwd=work)
    with open(work / path, "a", encoding="utf-8") as fh:
        fh.write(text)
    git("commit", "--quiet", "-am", "instructor update", cwd=work)
    git("push", "--quiet", "origin", BRANCH, cwd=work)


CONFIG = """
import os
import sys
c = get_config()  # noqa
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_api_port}"
c.ConfigurableHTTPProxy.command = [{chp!r}]
c.ConfigurableHTTPProxy.auth_token = {proxy_token!r}
c.JupyterHub.db_url = "sqlite:///{tmp}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret = bytes.fromhex({cookie_secret!r})
c.JupyterHub.pid_file = "{tmp}/jupyterhub.pid"
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.DummyAuthenticator.password = {password!r}
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{tmp}/home/{{username}}"
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
c.Spawner.default_url = "/lab"
# a container's root user (CI) is not a student's: jupyter-server refuses root without this flag
c.Spawner.args = ["--allow-root"] if os.geteuid() == 0 else []
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.env_keep = ["PATH", "PYTHONPATH", "LANG", "LC_ALL", "VIRTUAL_ENV"]
c.Spawner.environment = {{"MPLBACKEND": "module://matplotlib_inline.backend_inline"}}
c.JupyterHub.concurrent_spawn_limit = 200
c.JupyterHub.active_server_limit = 0
c.JupyterHub.cleanup_servers = False  # Hub.stop() stops them all at once
c.JupyterHub.cleanup_proxy = True
c.JupyterHub.log_level = "WARN"
c.JupyterHub.services = [{{"name": "classroom", "api_token": {api_token!r}}}]
c.JupyterHub.load_roles = [{{
    "name": "classroom",
    "scopes": ["admin:users", "admin:servers", "tokens", "list:users", "read:users"],
    "services": ["classroom"],
}}]
"""


@contextlib.contextmanager
def running_hub(tmp: Path):
    """A started :class:`Hub` for a test: skips when node/npm are missing (fails instead with
    COURSE_REQUIRE_HUB=1, as in CI); on exit checks that no process it started is left."""
    import pytest

    try:
        find_chp()
    except HubUnavailable as err:
        if os.environ.get("COURSE_REQUIRE_HUB"):
            raise
        pytest.skip(str(err))
    hub = Hub(tmp).start()
    try:
        yield hub
    finally:
        procs = hub.processes()
        hub.stop()
        assert not [p for p in procs if _alive(p)], "processes left behind"


def _alive(proc: psutil.Process) -> bool:
    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


class Hub:
    """A JupyterHub in ``tmp`` (its own database, homes and logs)."""

    def __init__(self, tmp: Path):
        self.tmp = Path(tmp)
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.api_token = secrets.token_hex(16)
        self.password = secrets.token_hex(8)  # the dummy authenticator's one password for everyone
        self.proc: subprocess.Popen | None = None
        self.log_path = self.tmp / "jupyterhub.log"

    def start(self, timeout: float = 60) -> "Hub":
        chp = find_chp()
        config = CONFIG.format(port=self.port, hub_port=free_port(), proxy_api_port=free_port(), chp=chp,
                               proxy_token=secrets.token_hex(16), tmp=self.tmp,
                               cookie_secret=secrets.token_hex(32), api_token=self.api_token,
                               password=self.password)
        (self.tmp / "jupyterhub_config.py").write_text(config, encoding="utf-8")
        (self.tmp / "home").mkdir(exist_ok=True)
        env = dict(os.environ)
        env.setdefault("PYTHONPATH", str(ROOT))
        env.pop("MPLBACKEND", None)
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(self.tmp / "jupyterhub_config.py")],
                                     cwd=self.tmp, stdout=self._log, stderr=subprocess.STDOUT, env=env,
                                     start_new_session=True)
        deadline = time.monotonic() + timeout
        import urllib.request
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("JupyterHub exited:\n" + self.log())
            try:
                with urllib.request.urlopen(f"{self.url}/hub/api/", timeout=2) as resp:
                    if resp.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("JupyterHub did not answer in time:\n" + self.log())

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-5000:]
        except OSError:
            return ""

    def processes(self) -> list[psutil.Process]:
        if self.proc is None:
            return []
        try:
            return psutil.Process(self.proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []

    def student_processes(self) -> dict[str, list[psutil.Process]]:
        """user name -> [single-user server and its kernels]."""
        out: dict[str, list[psutil.Process]] = {}
        for proc in self.processes():
            try:
                if "jupyterhub.singleuser" not in " ".join(proc.cmdline()):
                    continue
                user = proc.environ().get("JUPYTERHUB_USER")
                out[user] = [proc, *proc.children(recursive=True)]
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        return out

    def stop(self) -> None:
        """Stop the hub, the proxy, every student's server and kernel: SIGTERM to all at once
        (a class's servers one by one through the hub takes seconds each), SIGKILL what remains."""
        if self.proc is None:
            return
        procs = self.processes()
        try:
            procs.insert(0, psutil.Process(self.proc.pid))
        except psutil.NoSuchProcess:
            pass
        for proc in procs:
            try:
                proc.terminate()
            except psutil.NoSuchProcess:
                pass
        _, alive = psutil.wait_procs(procs, timeout=3)
        for proc in alive:
            try:
                proc.kill()
            except psutil.NoSuchProcess:
                pass
        psutil.wait_procs(alive, timeout=5)
        try:  # and the process group, in case something was re-parented
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait(5)
        self._log.close()
        self.proc = None

    def __enter__(self) -> "Hub":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- REST API --------------------------------------------------------------------------
    async def api(self, method: str, path: str, body=None, token: str | None = None, timeout: float = 120):
        req = HTTPRequest(f"{self.url}/hub/api{path}", method=method,
                          headers={"Authorization": f"token {token or self.api_token}"},
                          body=None if body is None else json.dumps(body),
                          allow_nonstandard_methods=True, request_timeout=timeout)
        resp = await AsyncHTTPClient().fetch(req)
        return json.loads(resp.body) if resp.body else None


# -- the lesson and its expected outputs ----------------------------------------------------
def load_sanitizers(path: Path = ROOT / "tests" / "nbval_sanitize.cfg") -> list[tuple[re.Pattern, str]]:
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    return [(re.compile(parser[s]["regex"]), parser[s]["replace"]) for s in parser.sections()]


SKIP_COMPARE = {"metadata", "traceback", "prompt_number", "output_type", "name", "execution_count",
                "image/png", "image/jpeg", "transient"}


def comparable(outputs: list[dict], sanitizers) -> dict:
    """The outputs as nbval compares them: streams merged, keys flattened, images skipped, sanitized."""
    merged: list[dict] = []
    for out in outputs:
        if out.get("output_type") == "stream" and merged and merged[-1].get("output_type") == "stream" \
                and merged[-1].get("name") == out.get("name"):
            merged[-1] = dict(merged[-1], text=merged[-1]["text"] + out["text"])
        else:
            merged.append(dict(out))
    result = defaultdict(list)

    def clean(value):
        text = "".join(value) if isinstance(value, list) else value
        if isinstance(text, str):
            for regex, replace in sanitizers:
                text = regex.sub(replace, text)
        return text

    for out in merged:
        for key, value in out.items():
            if key in SKIP_COMPARE:
                continue
            if key == "data":
                for mime, data in value.items():
                    if mime not in SKIP_COMPARE:
                        result[mime].append(clean(data))
            else:
                result[key].append(clean(value))
    return dict(result)


def code_cells(notebook: dict) -> list[dict]:
    return [c for c in notebook["cells"] if c["cell_type"] == "code"]


def ignored(cell: dict) -> bool:
    tags = cell.get("metadata", {}).get("tags", [])
    return "nbval-ignore-output" in tags or "nbval-skip" in tags


# -- a simulated student -------------------------------------------------------------------
class Student:
    def __init__(self, hub: Hub, name: str, link: str, lesson_path: str):
        self.hub, self.name, self.link, self.lesson_path = hub, name, link, lesson_path
        self.token: str | None = None
        self.times: dict[str, float] = {}
        self.client = AsyncHTTPClient()

    def _headers(self) -> dict:
        return {"Authorization": f"token {self.token}"}

    async def get(self, url: str, timeout: float = 120, **kw):
        return await self.client.fetch(HTTPRequest(url, headers=self._headers(), request_timeout=timeout,
                                                   follow_redirects=True, **kw))

    async def server_api(self, method: str, path: str, body=None, timeout: float = 120):
        req = HTTPRequest(f"{self.hub.url}/user/{self.name}/api{path}", method=method, headers=self._headers(),
                          body=None if body is None else json.dumps(body), allow_nonstandard_methods=True,
                          request_timeout=timeout)
        resp = await self.client.fetch(req)
        return json.loads(resp.body) if resp.body else None

    async def login(self) -> None:
        """The student's account and an API token for them (what the hub's login gives a browser)."""
        await self.hub.api("POST", f"/users/{self.name}", body={})
        reply = await self.hub.api("POST", f"/users/{self.name}/tokens", body={"note": "classroom", "expires_in": 3600})
        self.token = reply["token"]

    async def start_server(self, timeout: float = 120) -> None:
        await self.hub.api("POST", f"/users/{self.name}/server", token=self.token)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            user = await self.hub.api("GET", f"/users/{self.name}", token=self.token)
            server = user.get("servers", {}).get("", {})
            if server.get("ready"):
                return
            await asyncio.sleep(0.25)
        raise TimeoutError(f"{self.name}: server not ready after {timeout} s")

    async def pull(self) -> list[dict]:
        """What nbgitpuller's page does after the redirect: the pull as an event stream."""
        query = urlsplit(self.link).query
        resp = await self.get(f"{self.hub.url}/user/{self.name}/git-pull/api?{query}", timeout=180)
        events = [json.loads(line[len("data:"):]) for line in resp.body.decode().splitlines()
                  if line.startswith("data:")]
        if not events or events[-1].get("phase") != "finished":
            raise RuntimeError(f"{self.name}: pull failed: {events[-1:] if events else resp.body[:500]}")
        return events

    def _browser_click(self) -> None:
        """What a browser does with the link: hub login form, redirects, OAuth to the student's server."""
        import requests

        with requests.Session() as browser:
            page = browser.get(self.link, timeout=120)
            if urlsplit(page.url).path == "/hub/login":
                page = browser.post(page.url, timeout=120, data={
                    "username": self.name, "password": self.hub.password, "_xsrf": browser.cookies.get("_xsrf", "")})
            final = urlsplit(page.url).path
            if page.status_code != 200 or final != f"/user/{self.name}/git-pull" or "nbgitpuller" not in page.text:
                raise RuntimeError(f"{self.name}: the link led to {page.status_code} {page.url}")

    async def open_link(self) -> None:
        """Click the link: log in, the hub redirects to the student's nbgitpuller page; pull; open the lesson."""
        await asyncio.to_thread(self._browser_click)
        await self.pull()
        lab = await self.get(f"{self.hub.url}/user/{self.name}/lab/tree/{COURSE_FOLDER}/{self.lesson_path}")
        if lab.code != 200:
            raise RuntimeError(f"{self.name}: lesson page {lab.code}")

    async def read_notebook(self, path: str | None = None) -> dict:
        model = await self.server_api("GET", f"/contents/{COURSE_FOLDER}/{path or self.lesson_path}?content=1")
        return model["content"]

    async def write_notebook(self, notebook: dict, path: str | None = None) -> None:
        await self.server_api("PUT", f"/contents/{COURSE_FOLDER}/{path or self.lesson_path}",
                              body={"type": "notebook", "format": "json", "content": notebook})

    async def execute(self, notebook: dict, timeout: float = 120) -> list[list[dict]]:
        """Start a kernel in the lesson's folder, run every code cell, return each cell's outputs."""
        folder = f"{COURSE_FOLDER}/{self.lesson_path.rsplit('/', 1)[0]}"
        kernel = await self.server_api("POST", "/kernels", body={"name": "python3", "path": folder})
        ws_url = f"ws://127.0.0.1:{self.hub.port}/user/{self.name}/api/kernels/{kernel['id']}/channels"
        conn = await websocket_connect(HTTPRequest(ws_url, headers=self._headers(), request_timeout=timeout))
        session = uuid.uuid4().hex
        results = []
        try:
            for cell in code_cells(notebook):
                msg_id = uuid.uuid4().hex
                source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
                await conn.write_message(json.dumps({
                    "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session,
                               "username": self.name, "version": "5.3", "date": ""},
                    "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                    "content": {"code": source, "silent": False, "store_history": True,
                                "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
                outputs, idle, replied = [], False, False
                while not (idle and replied):
                    raw = await asyncio.wait_for(conn.read_message(), timeout)
                    if raw is None:
                        raise RuntimeError(f"{self.name}: kernel connection closed")
                    msg = json.loads(raw)
                    if msg.get("parent_header", {}).get("msg_id") != msg_id:
                        continue
                    kind = msg["header"]["msg_type"]
                    content = msg["content"]
                    if kind == "status" and content["execution_state"] == "idle":
                        idle = True
                    elif kind == "execute_reply":
                        replied = True
                        if content["status"] != "ok":
                            raise RuntimeError(f"{self.name}: cell failed: {content.get('ename')}: "
                                               f"{content.get('evalue')}")
                    elif kind == "stream":
                        outputs.append({"output_type": "stream", "name": content["name"], "text": content["text"]})
                    elif kind in ("execute_result", "display_data"):
                        outputs.append({"output_type": kind, "data": content["data"]})
                    elif kind == "error":
                        outputs.append({"output_type": "error", "ename": content["ename"], "evalue": content["evalue"]})
                results.append(outputs)
        finally:
            conn.close()
            try:
                await self.server_api("DELETE", f"/kernels/{kernel['id']}")
            except HTTPClientError:
                pass
        return results


def mismatches(stored: dict, results: list[list[dict]], sanitizers) -> list[str]:
    """Cells whose fresh text outputs differ from the stored notebook's (nbval's comparison)."""
    problems = []
    for index, (cell, outputs) in enumerate(zip(code_cells(stored), results)):
        if ignored(cell):
            continue
        want, got = comparable(cell["outputs"], sanitizers), comparable(outputs, sanitizers)
        if want != got:
            problems.append(f"code cell {index}: stored {want!r} != fresh {got!r}")
    return problems


def sources(notebook: dict) -> list[tuple[str, str]]:
    return [(c["cell_type"], "".join(c["source"])) for c in notebook["cells"]]


async def first_lesson(student: Student, stored: dict, sanitizers) -> list[str]:
    """One student from the link to the executed lesson; fills ``student.times`` (seconds):
    ``spawn`` (server started), ``open`` (spawn, then link, pull, lesson page) and ``execute``
    (kernel start and run)."""
    start = time.monotonic()
    await student.login()
    await student.start_server()
    student.times["spawn"] = time.monotonic() - start
    await student.open_link()
    notebook = await student.read_notebook()
    if sources(notebook) != sources(stored):
        return ["the pulled lesson is not the course's"]
    student.times["open"] = time.monotonic() - start
    start = time.monotonic()
    results = await student.execute(notebook)
    student.times["execute"] = time.monotonic() - start
    return mismatches(notebook, results, sanitizers)
