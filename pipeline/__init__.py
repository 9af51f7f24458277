"""pkdata: an open dataset on international peacekeeping, built from text."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pkdata")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
