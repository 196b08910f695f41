"""`python -m course_lib`: one OK/FAIL line per requirement, exit status 1 on any FAIL."""
import subprocess
import sys

from course_lib import __main__ as env, datasets


def test_every_data_file_has_a_loader():
    assert set(datasets.data_files()) == set(datasets.LOADERS)


def test_env_check_passes_here():
    proc = subprocess.run([sys.executable, "-m", "course_lib"], capture_output=True, text=True, timeout=120)
    lines = proc.stdout.strip().splitlines()
    assert proc.returncode == 0, proc.stdout
    assert all(line.startswith("OK ") for line in lines[:-1])
    assert any("data/glossary.csv" in line for line in lines)


def test_env_check_reports_missing_data_and_fails(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(datasets.DATA_ENV_VAR, str(tmp_path))  # an empty data folder
    assert env.main() == 1
    out = capsys.readouterr().out
    fails = [line for line in out.splitlines() if line.startswith("FAIL")]
    assert len(fails) == len(datasets.data_files())
    assert all("data/" in line for line in fails)


def test_lab_settings_check_fails_without_the_course_overrides(tmp_path):
    ok, msg = env.check_lab_settings(str(tmp_path))  # a settings folder with no overrides
    assert not ok and "fetchNews" in msg
    (tmp_path / "overrides.d").mkdir()
    (tmp_path / "overrides.d" / "x.json").write_text(
        '{"@jupyterlab/apputils-extension:notification": {"fetchNews": "false"}}')
    assert env.check_lab_settings(str(tmp_path))[0]


def test_the_installed_jupyterlab_does_not_ask_about_news():
    """What a fresh install gives: requirements.txt installs scripts/jupyterlab_settings."""
    ok, msg = env.check_lab_settings()
    assert ok, msg


def test_server_extension_check_fails_unless_the_extension_is_enabled(tmp_path):
    ok, msg = env.check_server_extension([str(tmp_path)])  # a config path that enables nothing
    assert not ok and "course_lib_server" in msg
    (tmp_path / "jupyter_server_config.d").mkdir()
    conf = tmp_path / "jupyter_server_config.d" / "x.json"
    conf.write_text('{"ServerApp": {"jpserver_extensions": {"course_lib_server": true}}}')
    assert env.check_server_extension([str(tmp_path)])[0]
    # a later, higher-priority config that disables it (`jupyter server extension disable course_lib_server`)
    user = tmp_path / "user"
    (user / "jupyter_server_config.d").mkdir(parents=True)
    (user / "jupyter_server_config.d" / "y.json").write_text(
        '{"ServerApp": {"jpserver_extensions": {"course_lib_server": false}}}')
    assert not env.check_server_extension([str(user), str(tmp_path)])[0]


def test_the_installed_jupyter_server_loads_the_course_extension():
    """What a fresh install gives: requirements.txt installs scripts/jupyterlab_settings (TCP_NODELAY)."""
    ok, msg = env.check_server_extension()
    assert ok, msg
