"""Desktop notifications through the freedesktop notification service (org.freedesktop.Notifications
on the session bus), for desktops without a system tray (GNOME by default, many corporate ones):
there a reminder would otherwise only change a label in the status bar.

The call goes through `gdbus`, which reads the method's signature from the service itself (QtDBus
from Python cannot mark the replaces-id as the unsigned integer the service expects); whether the
service is there at all is asked through QtDBus.
"""

from __future__ import annotations

import html
import json
import shutil
from collections.abc import Callable

from PySide6.QtCore import QProcess
from PySide6.QtDBus import QDBusConnection

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
APP_NAME = "Contract Deadline Tracker"
ICON = "appointment-soon"  # a freedesktop icon name every icon theme carries
EXPIRE_MS = 0  # 0: stays until the user closes it — a due deadline must not slip by unseen


def service_available() -> bool:
    """True when a notification daemon owns its name on the session bus and gdbus can reach it."""
    if shutil.which("gdbus") is None:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    return bool(bus.interface().isServiceRegistered(SERVICE).value())


def _gvariant_string(text: str) -> str:
    """A string in GVariant text form, which gdbus parses: a JSON string literal is one."""
    return json.dumps(text, ensure_ascii=False)


def notify_arguments(summary: str, body: str) -> list[str]:
    """The gdbus command line (without the program) that shows one notification. The body may be
    read as markup (<b>, <a>, <img>) by the service: contract titles in it are escaped."""
    return [
        "call", "--session", "--dest", SERVICE, "--object-path", OBJECT_PATH,
        "--method", f"{SERVICE}.Notify",
        _gvariant_string(APP_NAME), "0", _gvariant_string(ICON),
        _gvariant_string(summary), _gvariant_string(html.escape(body, quote=False)),
        "[]", "{}", str(EXPIRE_MS),
    ]


def _start_gdbus(arguments: list[str]) -> bool:
    return bool(QProcess.startDetached("gdbus", arguments)[0])


class DesktopNotifier:
    """Shows notifications through the desktop's notification service, when it has one."""

    def __init__(
        self,
        available: Callable[[], bool] = service_available,
        run: Callable[[list[str]], bool] = _start_gdbus,
    ) -> None:
        self._available = available
        self._run = run
        self._known: bool | None = None  # asked once: a session keeps or lacks its daemon

    def isAvailable(self) -> bool:
        if self._known is None:
            self._known = self._available()
        return self._known

    def show(self, summary: str, body: str) -> bool:
        """True when the notification was handed to the service."""
        return self.isAvailable() and self._run(notify_arguments(summary, body))
