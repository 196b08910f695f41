"""Test-only Jupyter server extension (tests/test_server_extension.py loads it into a real
``jupyter server``): ``GET /course-test/nodelay?port=P`` answers whether TCP_NODELAY is set on the
server's own socket whose peer port is P. Socket options are not visible from outside the process
(not in ``ss`` or /proc), so the server reads them on a duplicate of its socket's descriptor."""
import json
import os
import socket

import psutil
from jupyter_server.base.handlers import APIHandler
from tornado import web


class NodelayHandler(APIHandler):
    @web.authenticated
    def get(self):
        port = int(self.get_argument("port"))
        for conn in psutil.Process().net_connections(kind="tcp"):
            if conn.raddr and conn.raddr.port == port and conn.fd >= 0:
                with socket.socket(fileno=os.dup(conn.fd)) as sock:  # closing the duplicate only
                    nodelay = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
                self.finish(json.dumps({"nodelay": bool(nodelay)}))
                return
        raise web.HTTPError(404, f"no connection from port {port}")


def _jupyter_server_extension_points():
    return [{"module": "nodelay_probe"}]


def _load_jupyter_server_extension(serverapp):
    base = serverapp.web_app.settings["base_url"]
    serverapp.web_app.add_handlers(".*$", [(base.rstrip("/") + "/course-test/nodelay", NodelayHandler)])
