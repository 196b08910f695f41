"""Capacity of one JupyterHub for a class (a script, not a test).

Usage::

    python benchmarks/classroom.py            # N = 4, 8, 16 concurrent students
    python benchmarks/classroom.py 4 8 16 32  # other class sizes

For each N it starts a fresh JupyterHub on 127.0.0.1 (the set-up of tests/test_hub.py: dummy
authenticator, local-process spawner, configurable-http-proxy, nbgitpuller pulling the course from
a local bare clone of this checkout), lets N students click the link of lesson 00 at the same
moment and run it through the Jupyter server API, and prints:

* ``spawn``: seconds until the student's single-user server is up (median);
* ``open``: seconds from the click to the lesson open (server started, link followed, course
  pulled, lesson page served), median and p95 over the students;
* ``execute``: seconds to start a kernel and run the lesson, median and p95;
* ``peak RSS``: per student, the highest resident memory of their single-user server plus its
  kernels (sampled every 0.5 s), median and max over students, in MB (RSS counts shared
  libraries once per process, so it overstates what N students add together a little);
* ``CPU per student``: CPU seconds (user + system) their server and kernels used from the
  click to the executed lesson, median: what a class's arrival costs the hub's cores;
* ``failures``: students who did not get the lesson with the stored outputs.

Then, on a hub with one student, the memory one Voilà viewer of the demo gallery costs: every
page load of ``voila/render/...`` starts its own kernel, which runs the whole gallery notebook.
"""
from __future__ import annotations

import asyncio
import json
import os
import platform
import signal
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("PYTHONPATH", str(ROOT))

import hub_harness  # noqa: E402
from course_lib import classroom  # noqa: E402

LESSON = "00"
MB = 1024 * 1024
RUNNING: list = []  # hubs to stop on Ctrl-C


def _interrupted(signum, frame):
    for hub in RUNNING:
        hub.stop()
    os._exit(130)


class RssSampler(threading.Thread):
    """Peak RSS per student (single-user server + kernels), sampled every ``interval`` s."""

    def __init__(self, hub, interval: float = 0.5):
        super().__init__(daemon=True)
        self.hub, self.interval = hub, interval
        self.peaks: dict[str, float] = {}
        self.cpu: dict[tuple[str, int], float] = {}  # (user, pid) -> CPU seconds seen so far
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            for user, procs in self.hub.student_processes().items():
                total = 0
                for proc in procs:
                    try:
                        total += proc.memory_info().rss
                        times = proc.cpu_times()
                        self.cpu[user, proc.pid] = times.user + times.system
                    except Exception:  # the process ended between listing and reading
                        pass
                self.peaks[user] = max(self.peaks.get(user, 0), total / MB)
            self.done.wait(self.interval)

    def cpu_seconds(self) -> list[float]:
        per_user: dict[str, float] = {}
        for (user, _), seconds in self.cpu.items():
            per_user[user] = per_user.get(user, 0.0) + seconds
        return list(per_user.values())


def p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


async def _class(hub, bare, n):
    sanitizers = hub_harness.load_sanitizers()
    students = []
    for i in range(n):
        lang = ("it", "fr")[i % 2]
        link = classroom.link(hub.url, lang, LESSON, repo=str(bare), branch=hub_harness.BRANCH)
        students.append(hub_harness.Student(hub, f"student{i:02d}", link, classroom.lesson_path(lang, LESSON)))
    stored = {s.lesson_path: json.loads(hub_harness.git("-C", str(bare), "show", f"main:{s.lesson_path}"))
              for s in students}
    results = await asyncio.gather(*(hub_harness.first_lesson(s, stored[s.lesson_path], sanitizers)
                                     for s in students), return_exceptions=True)
    failures = [f"{s.name}: {r!r}" for s, r in zip(students, results) if r]
    return students, failures


def run_class(n: int, tmp: Path) -> dict:
    bare = hub_harness.make_course_repo(tmp)
    hub = hub_harness.Hub(tmp / "hub").start()
    RUNNING.append(hub)
    sampler = RssSampler(hub)
    sampler.start()
    try:
        start = time.monotonic()
        students, failures = asyncio.run(_class(hub, bare, n))
        wall = time.monotonic() - start
        time.sleep(1.0)  # one more sample with every kernel alive
    finally:
        sampler.done.set()
        sampler.join()
        hub.stop()
        RUNNING.remove(hub)
    opened = [s.times["open"] for s in students if "open" in s.times]
    spawned = [s.times["spawn"] for s in students if "spawn" in s.times]
    executed = [s.times["execute"] for s in students if "execute" in s.times]
    peaks = list(sampler.peaks.values())
    return {"cpu": sampler.cpu_seconds(), "n": n, "wall": wall, "open": opened, "spawn": spawned, "execute": executed, "rss": peaks, "failures": failures}


async def _voila(hub, bare):
    link = classroom.link(hub.url, "it", voila=True, repo=str(bare), branch=hub_harness.BRANCH)
    student = hub_harness.Student(hub, "viewer", link, classroom.lesson_path("it", classroom.GALLERY))
    await student.login()
    await student.start_server()
    await student.pull()
    await asyncio.sleep(2)
    return student


def run_voila(tmp: Path) -> dict:
    """Memory and time of one Voilà page load of the gallery."""
    bare = hub_harness.make_course_repo(tmp)
    hub = hub_harness.Hub(tmp / "hub").start()
    RUNNING.append(hub)
    try:
        student = asyncio.run(_voila(hub, bare))
        before = {p.pid for p in hub.student_processes()["viewer"]}
        url = f"{hub.url}/user/viewer/voila/render/{hub_harness.COURSE_FOLDER}/{student.lesson_path}"

        async def render():
            start = time.monotonic()
            page = await student.get(url, timeout=300)
            return time.monotonic() - start, page.code, len(page.body)

        seconds, code, size = asyncio.run(render())
        time.sleep(1.0)
        new = [p for p in hub.student_processes()["viewer"] if p.pid not in before]
        kernel_mb = sum(p.memory_info().rss for p in new) / MB
    finally:
        hub.stop()
        RUNNING.remove(hub)
    return {"seconds": seconds, "status": code, "page_kb": size / 1024, "kernel_mb": kernel_mb, "kernels": len(new)}


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [4, 8, 16]
    signal.signal(signal.SIGINT, _interrupted)
    signal.signal(signal.SIGTERM, _interrupted)
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
          f"{platform.python_version()}, lesson {LESSON}")
    print(f"# load average before: {os.getloadavg()[0]:.1f}")
    print("| students | spawn median | open median | open p95 | execute median | execute p95 | peak RSS per student "
          "(median / max) | CPU per student | failures | wall |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="classroom-") as tmp:
            r = run_class(n, Path(tmp))
        fmt = lambda xs, f: f"{f(xs):.1f} s" if xs else "-"  # noqa: E731
        rss = f"{statistics.median(r['rss']):.0f} / {max(r['rss']):.0f} MB" if r["rss"] else "-"
        print(f"| {n} | {fmt(r['spawn'], statistics.median)} | {fmt(r['open'], statistics.median)} | {fmt(r['open'], p95)} | "
              f"{fmt(r['execute'], statistics.median)} | {fmt(r['execute'], p95)} | {rss} | "
              f"{fmt(r['cpu'], statistics.median)} | "
              f"{len(r['failures'])} | {r['wall']:.0f} s |  load {os.getloadavg()[0]:.1f}", flush=True)
        for failure in r["failures"]:
            print("    failure:", failure[:300])
    with tempfile.TemporaryDirectory(prefix="classroom-voila-") as tmp:
        v = run_voila(Path(tmp))
    print(f"Voilà gallery, one page load: HTTP {v['status']}, {v['seconds']:.1f} s, "
          f"{v['kernels']} new kernel(s) using {v['kernel_mb']:.0f} MB RSS")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
