"""Shared test set-up."""
import os

# The kernels that nbval starts inherit this process's environment. With MPLBACKEND set
# (for example to Agg), their figures would not be displayed and every figure cell would
# differ from its stored output, so the stored notebooks are compared with the backend
# Jupyter uses by default (inline).
os.environ.pop("MPLBACKEND", None)

# Hypothesis: in CI (COURSE_CI=1, set by .ci/run) the examples are derandomised, so a run is
# reproducible; elsewhere each run explores new examples.
import hypothesis  # noqa: E402

hypothesis.settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("COURSE_CI") == "1":
    hypothesis.settings.load_profile("ci")
