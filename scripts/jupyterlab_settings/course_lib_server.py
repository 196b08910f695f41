"""Jupyter server extension of the course: TCP_NODELAY on kernel websockets.

jupyter_server never calls tornado's ``set_nodelay(True)`` on a kernel websocket, so a small
reply (a widget's ``comm_msg``) sent right after another small message (``status: busy``) waits
for the browser's delayed ACK (Nagle's algorithm): a slider -> kernel -> label round trip in
JupyterLab took 48 ms (median) instead of 21 ms. Tornado's documentation recommends
``set_nodelay(True)`` once a websocket is established; this extension does it when a kernel
websocket opens. Enabled by ``etc/jupyter/jupyter_server_config.d/course-lib-server.json``, so
JupyterLab, Notebook 7, ``jupyter server`` and jupyterhub-singleuser all load it.
"""
from __future__ import annotations

import functools
import logging

_MARK = "_course_lib_nodelay"  # set on the wrapper: loading the extension twice wraps once


def _jupyter_server_extension_points():
    return [{"module": "course_lib_server"}]


def _with_nodelay(open_):
    @functools.wraps(open_)
    def open(self, *args, **kwargs):  # returns open_'s coroutine: tornado awaits it
        try:
            self.set_nodelay(True)
        except Exception as err:  # a latency tweak must never refuse a kernel connection
            self.log.debug("course_lib_server: set_nodelay failed: %r", err)
        return open_(self, *args, **kwargs)

    setattr(open, _MARK, True)
    return open


def enable_nodelay(log: logging.Logger | logging.LoggerAdapter | None = None) -> bool:
    """Wrap ``KernelWebsocketHandler.open`` (also inherited by Voilà's handler); True if it is wrapped."""
    log = log or logging.getLogger(__name__)
    try:
        from jupyter_server.services.kernels.websocket import KernelWebsocketHandler as handler
        open_ = handler.__dict__["open"]
    except (ImportError, KeyError) as err:  # another jupyter_server layout: leave it as it is
        log.info("course_lib_server: kernel websocket handler not found (%r), TCP_NODELAY not set", err)
        return False
    if not getattr(open_, _MARK, False):
        handler.open = _with_nodelay(open_)
        log.info("course_lib_server: TCP_NODELAY on kernel websockets (no Nagle + delayed-ACK waits)")
    return True


def _load_jupyter_server_extension(serverapp):
    enable_nodelay(serverapp.log)
