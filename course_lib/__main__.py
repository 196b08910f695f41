"""Environment check: ``python -m course_lib`` prints one OK/FAIL line per requirement.

For students whose set-up misbehaves: it checks the Python version, the packages the course
needs (with the tested versions from requirements.txt as a reference), the widgets
extension that JupyterLab needs for the slider demos, the course's JupyterLab settings and
Jupyter server extension, and the course's data files.
Exit status 0 when everything is OK, 1 otherwise.

Subcommand for instructors: ``python -m course_lib link --hub URL --lang it|fr --lesson NN [--voila]``
prints the nbgitpuller link that opens a lesson on a JupyterHub (see ``course_lib/classroom.py``).
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
from importlib import metadata

MIN_PYTHON = (3, 10)
#: (import name, distribution name, minimum version) of what the course needs
PACKAGES = [
    ("numpy", "numpy", "1.24"),
    ("scipy", "scipy", "1.10"),
    ("matplotlib", "matplotlib", "3.7"),
    ("pandas", "pandas", "2.0"),
    ("ipywidgets", "ipywidgets", "8.0"),
    ("jupyterlab", "jupyterlab", "4.0"),
    ("ipykernel", "ipykernel", "6.0"),
]
OPTIONAL = [
    ("voila", "voila", "0.5"),
    ("nbval", "nbval", "0.10"),
    ("pytest", "pytest", "8.0"),
    ("hypothesis", "hypothesis", "6.0"),
]


def _version_tuple(v: str) -> tuple:
    out = []
    for part in v.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        if not digits:
            break
        out.append(int(digits))
    return tuple(out)


def check_package(module: str, dist: str, minimum: str) -> tuple[bool, str]:
    """Return (ok, message) for one package."""
    if importlib.util.find_spec(module) is None:
        return False, f"{dist}: not installed (pip install -r requirements.txt)"
    try:
        version = metadata.version(dist)
    except metadata.PackageNotFoundError:
        return False, f"{dist}: importable but not installed as a package"
    if _version_tuple(version) < _version_tuple(minimum):
        return False, f"{dist} {version}: need >= {minimum}"
    return True, f"{dist} {version}"


def check_widgets_extension() -> tuple[bool, str]:
    """The JupyterLab widgets extension (jupyterlab_widgets) must be installed for live sliders."""
    try:
        version = metadata.version("jupyterlab_widgets")
    except metadata.PackageNotFoundError:
        return False, "jupyterlab_widgets: not installed, sliders will not be live (pip install ipywidgets)"
    return True, f"jupyterlab_widgets {version} (widgets extension for JupyterLab)"


#: settings the course ships for JupyterLab (scripts/jupyterlab_settings, installed by requirements.txt)
LAB_OVERRIDES = {"@jupyterlab/apputils-extension:notification": {"fetchNews": "false"}}


def check_lab_settings(app_settings_dir: str | None = None) -> tuple[bool, str]:
    """JupyterLab's first screen shows the course, not a prompt about Jupyter news: the course's
    default settings must be among JupyterLab's overrides."""
    try:
        from jupyterlab_server.settings_utils import _get_overrides
        if app_settings_dir is None:
            from jupyterlab.labapp import LabApp
            app_settings_dir = LabApp().app_settings_dir
    except Exception as err:  # JupyterLab not installed: nothing to configure
        return False, f"JupyterLab course settings: JupyterLab not found ({type(err).__name__})"
    overrides, error = _get_overrides(app_settings_dir)
    missing = [f"{plugin}:{key}" for plugin, values in LAB_OVERRIDES.items() for key, value in values.items()
               if overrides.get(plugin, {}).get(key) != value]
    if missing or error:
        return False, (f"JupyterLab course settings missing ({', '.join(missing) or error}): "
                       "pip install -r requirements.txt installs them")
    return True, "JupyterLab course settings (no news prompt on the first screen)"


#: the course's Jupyter server extension (scripts/jupyterlab_settings/course_lib_server.py)
SERVER_EXTENSION = "course_lib_server"


def check_server_extension(config_path: list[str] | None = None) -> tuple[bool, str]:
    """Widgets answer without a 40 ms Nagle + delayed-ACK wait: the course's server extension (TCP_NODELAY
    on kernel websockets) must be enabled in Jupyter's config path, as jupyter_server reads it, and importable."""
    try:
        from jupyter_core.paths import jupyter_config_path
        from jupyter_server.extension.config import ExtensionConfigManager
    except Exception as err:  # no Jupyter server: nothing to configure
        return False, f"course server extension: jupyter_server not found ({type(err).__name__})"
    manager = ExtensionConfigManager(read_config_path=jupyter_config_path() if config_path is None else config_path)
    if not manager.get_jpserver_extensions().get(SERVER_EXTENSION):
        return False, (f"course server extension {SERVER_EXTENSION} not enabled (widget replies may wait "
                       "~40 ms): pip install -r requirements.txt enables it")
    if importlib.util.find_spec(SERVER_EXTENSION) is None:
        return False, (f"course server extension {SERVER_EXTENSION}: enabled but not importable "
                       "(pip install -r requirements.txt)")
    return True, f"course server extension {SERVER_EXTENSION} (TCP_NODELAY on kernel websockets)"


def check_data() -> list[tuple[bool, str]]:
    """Load each data file through course_lib (validation included)."""
    from . import datasets

    results = []
    for name in datasets.data_files():
        loader = datasets.LOADERS.get(name)
        try:
            if loader is None:
                ok = (datasets.data_dir() / name).is_file()
                results.append((ok, f"data/{name}: {'present' if ok else 'missing'}"))
                continue
            frame = loader()
            results.append((True, f"data/{name}: {len(frame)} rows, valid"))
        except Exception as err:  # report, never crash: this is a diagnostic tool
            results.append((False, f"data/{name}: {err}"))
    return results


def run_checks() -> list[tuple[bool, str]]:
    results = []
    py = sys.version_info
    results.append((py[:2] >= MIN_PYTHON, f"Python {py.major}.{py.minor}.{py.micro} (need >= {MIN_PYTHON[0]}.{MIN_PYTHON[1]})"))
    for spec in PACKAGES:
        results.append(check_package(*spec))
    for spec in OPTIONAL:
        ok, msg = check_package(*spec)
        results.append((ok, msg + ("" if ok else " [needed for the tests / Voilà only]")))
    results.append(check_widgets_extension())
    results.append(check_lab_settings())
    results.append(check_server_extension())
    try:
        importlib.import_module("course_lib")
        results.append((True, "course_lib imports"))
        results.extend(check_data())
    except Exception as err:
        results.append((False, f"course_lib does not import: {err}"))
    return results


def main(argv: list[str] | None = None) -> int:
    argv = [] if argv is None else list(argv)
    if argv and argv[0] == "link":
        from . import classroom

        return classroom.main(argv[1:])
    if argv and argv[0] not in ("check",):
        print(f"unknown command {argv[0]!r}: use `python -m course_lib` (environment check) or "
              "`python -m course_lib link --help`", file=sys.stderr)
        return 2
    results = run_checks()
    for ok, message in results:
        print(f"{'OK  ' if ok else 'FAIL'} {message}")
    failed = sum(not ok for ok, _ in results)
    print(f"{len(results) - failed}/{len(results)} checks OK" + ("" if not failed else " - see the FAIL lines above"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
