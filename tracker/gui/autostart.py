"""Start at login, minimized to the tray: an XDG autostart entry on Linux, the Run key on Windows, a
LaunchAgent on macOS. Each runs `tracker --minimized`.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

APP_ID = "contract-deadline-tracker"
_RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"
_RUN_VALUE = "ContractDeadlineTracker"
_LAUNCH_AGENT = "jp.contract-deadline-tracker"


def launch_command() -> list[str]:
    """The installed `tracker` script when there is one, else this interpreter running the package."""
    script = shutil.which("tracker")
    return [script, "--minimized"] if script else [sys.executable, "-m", "tracker", "--minimized"]


def autostart_file(platform: str = sys.platform) -> Path | None:
    """Where the login entry lives on Linux and macOS; None on Windows (a registry value)."""
    if platform.startswith("win"):
        return None
    if platform == "darwin":
        return Path.home() / "Library" / "LaunchAgents" / f"{_LAUNCH_AGENT}.plist"
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def is_enabled(platform: str = sys.platform) -> bool:
    path = autostart_file(platform)
    if path is None:
        return QSettings(_RUN_KEY, QSettings.Format.NativeFormat).contains(_RUN_VALUE)
    return path.exists()


def set_enabled(enabled: bool, platform: str = sys.platform) -> None:
    """Write or remove the login entry for this user."""
    path = autostart_file(platform)
    command = launch_command()
    if path is None:
        run = QSettings(_RUN_KEY, QSettings.Format.NativeFormat)
        if enabled:
            run.setValue(_RUN_VALUE, " ".join(f'"{part}"' if " " in part else part for part in command))
        else:
            run.remove(_RUN_VALUE)
        return
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if platform == "darwin":
        content = plistlib.dumps({"Label": _LAUNCH_AGENT, "ProgramArguments": command, "RunAtLoad": True})
        path.write_bytes(content)
    else:
        path.write_text(_desktop_entry(command), encoding="utf-8")


def _desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(f'"{part}"' if " " in part else part for part in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Contract Deadline Tracker\n"
        "Name[ja]=契約期限トラッカー\n"
        "Comment=Reminds you of contract deadlines\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
