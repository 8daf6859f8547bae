"""Test-wide settings: Qt runs offscreen, and nothing touches the user's real data or settings."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="tracker-test-home-")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ.pop("TRACKER_DB", None)
os.environ.pop("TRACKER_TODAY", None)
