"""Shared test set-up."""
import os

# The kernels that nbval starts inherit this process's environment. With MPLBACKEND set
# (for example to Agg), their figures would not be displayed and every figure cell would
# differ from its stored output, so the stored notebooks are compared with the backend
# Jupyter uses by default (inline).
os.environ.pop("MPLBACKEND", None)
