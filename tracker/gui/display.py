"""Whether there is a screen to open the window on, asked before Qt is, because Qt answers a missing
display by aborting the process with a plugin message (exit 134) that tells a user nothing."""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path

_LOCAL_X = re.compile(r":(\d+)(?:\.\d+)?")


def missing_display(env: Mapping[str, str], platform: str = sys.platform,
                    x11_sockets: Path = Path("/tmp/.X11-unix")) -> str | None:
    """One line saying what is missing and what to do, or None when a window can open."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None  # Windows and macOS always have their own screen
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs …: the user chose a platform that needs no desktop
    if env.get("WAYLAND_DISPLAY") and not qpa.startswith("xcb"):
        return None
    display = env.get("DISPLAY", "")
    advice = ("start it from a desktop session (or under xvfb-run), or use a subcommand such as "
              "`tracker upcoming` (`tracker --help` lists them)")
    if not display:
        return f"no display to open the window on (DISPLAY is not set): {advice}"
    local = _LOCAL_X.fullmatch(display)
    if local and not (x11_sockets / f"X{local.group(1)}").exists():
        return f"no X server answers on DISPLAY={display}: {advice}"
    return None
