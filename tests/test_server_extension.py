"""The course's Jupyter server extension (scripts/jupyterlab_settings/course_lib_server.py, installed by
requirements.txt): TCP_NODELAY on kernel websockets, so a widget's reply is not held back by Nagle's
algorithm + the browser's delayed ACK (JupyterLab round trip 48 -> 21 ms). Enabled for every Jupyter
server of the environment (JupyterLab, Notebook 7, jupyterhub-singleuser) by
<environment>/etc/jupyter/jupyter_server_config.d/course-lib-server.json."""
import asyncio
import contextlib
import importlib
import json
import logging
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import psutil
import pytest
from jupyter_core.paths import jupyter_config_path
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

TESTS = Path(__file__).resolve().parent
CONFIG_FILE = Path("jupyter_server_config.d") / "course-lib-server.json"
MARKER = "course_lib_server: TCP_NODELAY on kernel websockets"  # the extension's one log line


def test_the_environment_enables_an_importable_server_extension():
    found = [Path(d) / CONFIG_FILE for d in jupyter_config_path() if (Path(d) / CONFIG_FILE).is_file()]
    assert found, f"{CONFIG_FILE} is not installed (pip install -r requirements.txt)"
    extensions = json.loads(found[0].read_text())["ServerApp"]["jpserver_extensions"]
    assert extensions == {"course_lib_server": True}
    module = importlib.import_module("course_lib_server")
    assert {"module": "course_lib_server"} in module._jupyter_server_extension_points()
    assert callable(module._load_jupyter_server_extension)


def test_the_wrapper_sets_nodelay_then_opens_and_never_refuses_a_connection():
    server_ext = importlib.import_module("course_lib_server")  # installed by requirements.txt
    calls = []

    async def open_(self, kernel_id):
        calls.append(("open", kernel_id))
        return "opened"

    class Handler:
        log = logging.getLogger("handler")

        def set_nodelay(self, value):
            calls.append(("nodelay", value))

    class ClosedStream(Handler):
        def set_nodelay(self, value):
            raise AssertionError("ws_connection is None")  # what tornado raises on a closed connection

    wrapped = server_ext._with_nodelay(open_)
    assert asyncio.run(wrapped(Handler(), "k1")) == "opened"
    assert calls == [("nodelay", True), ("open", "k1")]
    assert asyncio.run(wrapped(ClosedStream(), "k2")) == "opened"
    assert calls[-1] == ("open", "k2")


def test_loading_twice_wraps_once_and_a_missing_handler_is_only_logged(monkeypatch, caplog):
    server_ext = importlib.import_module("course_lib_server")  # installed by requirements.txt
    from jupyter_server.services.kernels.websocket import KernelWebsocketHandler as handler

    original = handler.__dict__["open"]
    original = getattr(original, "__wrapped__", original)  # in case this process loaded the extension
    monkeypatch.setattr(handler, "open", original)  # restored after the test
    with caplog.at_level(logging.INFO):
        assert server_ext.enable_nodelay() and server_ext.enable_nodelay()
    assert handler.__dict__["open"].__wrapped__ is original  # wrapped once, not twice
    assert sum(MARKER in r.getMessage() for r in caplog.records) == 1
    caplog.clear()
    monkeypatch.setitem(sys.modules, "jupyter_server.services.kernels.websocket", None)  # an import error
    with caplog.at_level(logging.INFO):
        assert server_ext.enable_nodelay() is False
    assert "not found" in caplog.text


# -- a real `jupyter server` ------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def _jupyter_server(tmp: Path, disable_course_extension: bool):
    """``jupyter server`` on 127.0.0.1 with its own config/runtime/data dirs; the environment's
    etc/jupyter (where requirements.txt installs course-lib-server.json) is still on its config path.
    The user config adds tests/nodelay_probe.py and, for the control case, disables the course's extension
    (as `jupyter server extension disable course_lib_server` would). Stops the server and its kernels."""
    config = tmp / "config"
    config.mkdir()
    extensions = {"nodelay_probe": True}
    if disable_course_extension:
        extensions["course_lib_server"] = False
    (config / "jupyter_server_config.json").write_text(json.dumps({"ServerApp": {"jpserver_extensions": extensions}}))
    port, token = _free_port(), secrets.token_hex(16)
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config), "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"),
           "JUPYTER_DATA_DIR": str(tmp / "data"), "IPYTHONDIR": str(tmp / "ipython"),
           "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, "-m", "jupyter_server", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
           "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", "--ServerApp.open_browser=False",
           f"--ServerApp.root_dir={tmp}"]
    if getattr(os, "geteuid", lambda: 1)() == 0:
        cmd.append("--allow-root")  # a container's root user (CI)
    log_path = tmp / "server.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT)
    headers = {"Authorization": f"token {token}"}
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, "jupyter server exited:\n" + log_path.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, ("jupyter server did not answer:\n"
                                                 + log_path.read_text(errors="replace")[-3000:])
            try:
                with urllib.request.urlopen(urllib.request.Request(f"{url}/api/status", headers=headers), timeout=2):
                    break
            except OSError:
                time.sleep(0.2)
        yield url, headers, log_path
    finally:
        try:
            children = psutil.Process(proc.pid).children(recursive=True)
        except psutil.Error:
            children = []
        try:  # shuts the kernels down too
            with urllib.request.urlopen(urllib.request.Request(f"{url}/api/shutdown", method="POST", headers=headers),
                                        timeout=10):
                pass
            proc.wait(20)
        except Exception:
            pass
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        for child in children:  # a kernel left behind, by its pid
            with contextlib.suppress(psutil.Error):
                child.kill()


async def _kernel_websocket_nodelay(url: str, headers: dict) -> bool:
    """Start a kernel through the REST API, open its websocket as JupyterLab does, wait for the kernel's
    answer over it, then ask the server (tests/nodelay_probe.py) about its side of that connection."""
    client = AsyncHTTPClient()
    kernel = json.loads((await client.fetch(f"{url}/api/kernels", method="POST", body="{}", headers=headers,
                                            request_timeout=60)).body)
    try:
        session = uuid.uuid4().hex
        ws_url = f"ws{url[4:]}/api/kernels/{kernel['id']}/channels?session_id={session}"
        conn = await websocket_connect(HTTPRequest(ws_url, headers=headers, request_timeout=60))
        try:
            msg_id = uuid.uuid4().hex
            await conn.write_message(json.dumps({
                "header": {"msg_id": msg_id, "msg_type": "kernel_info_request", "session": session,
                           "username": "", "version": "5.3", "date": ""},
                "parent_header": {}, "metadata": {}, "content": {}, "channel": "shell", "buffers": []}))
            while True:
                raw = await asyncio.wait_for(conn.read_message(), 60)
                assert raw is not None, "kernel websocket closed"
                msg = json.loads(raw)
                if msg["header"]["msg_type"] == "kernel_info_reply" and msg["parent_header"].get("msg_id") == msg_id:
                    break
            client_port = conn.protocol.stream.socket.getsockname()[1]
            answer = await client.fetch(f"{url}/course-test/nodelay?port={client_port}", headers=headers)
            return json.loads(answer.body)["nodelay"]
        finally:
            conn.close()
    finally:
        await client.fetch(f"{url}/api/kernels/{kernel['id']}", method="DELETE", headers=headers, raise_error=False)


@pytest.mark.slow
@pytest.mark.parametrize("enabled", [True, False], ids=["installed", "disabled"])
def test_a_kernel_websocket_has_tcp_nodelay_on_the_server_side(tmp_path, enabled):
    """With the environment's config as installed, the server's side of a kernel websocket has TCP_NODELAY;
    with the extension disabled it does not (tornado and jupyter_server leave Nagle on: if a future
    jupyter_server sets it itself, the "disabled" case fails and the course's extension can go)."""
    with _jupyter_server(tmp_path, disable_course_extension=not enabled) as (url, headers, log_path):
        nodelay = asyncio.run(_kernel_websocket_nodelay(url, headers))
    log = log_path.read_text(errors="replace")
    assert nodelay is enabled, log[-3000:]
    assert (MARKER in log) is enabled, log[-3000:]
