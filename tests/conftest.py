"""Shared test set-up."""
import os

# The kernels that nbval starts inherit this process's environment. With MPLBACKEND set
# (for example to Agg), their figures would not be displayed and every figure cell would
# differ from its stored output, so the stored notebooks are compared with the backend
# Jupyter uses by default (inline).
os.environ.pop("MPLBACKEND", None)

# Hypothesis: the README's test command must give the same result on every machine, so by default
# the examples are derandomised (a fixed, reproducible set). Developers and a scheduled job can
# explore new random examples with COURSE_HYPOTHESIS_PROFILE=dev (more examples, random seed).
import hypothesis  # noqa: E402

hypothesis.settings.register_profile("course", derandomize=True, deadline=None, print_blob=True)
hypothesis.settings.register_profile("dev", derandomize=False, deadline=None, print_blob=True, max_examples=500)
hypothesis.settings.load_profile(os.environ.get("COURSE_HYPOTHESIS_PROFILE", "course"))


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_language_state():
    """Each test starts as a fresh import does: charts in Italian, error messages in English."""
    import course_lib.i18n

    course_lib.i18n.reset_language()
    yield
    course_lib.i18n.reset_language()
