"""Start at login: the login entry is written and removed (Linux through XDG_CONFIG_HOME, macOS plist)."""

import plistlib

from tracker.gui import autostart


def test_linux_autostart_entry_is_written_and_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    entry = tmp_path / "autostart" / "contract-deadline-tracker.desktop"
    assert not autostart.is_enabled("linux")

    autostart.set_enabled(True, "linux")
    assert autostart.is_enabled("linux")
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Type=Application" in lines
    exec_line = next(line for line in lines if line.startswith("Exec="))
    assert exec_line.endswith(" --minimized")

    autostart.set_enabled(False, "linux")
    assert not entry.exists()
    assert not autostart.is_enabled("linux")


def test_launch_command_prefers_the_installed_script(monkeypatch):
    monkeypatch.setattr(autostart.shutil, "which", lambda name: "/opt/bin/tracker")
    assert autostart.launch_command() == ["/opt/bin/tracker", "--minimized"]
    monkeypatch.setattr(autostart.shutil, "which", lambda name: None)
    assert autostart.launch_command()[1:] == ["-m", "tracker", "--minimized"]


def test_macos_launch_agent_runs_at_load(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(autostart.shutil, "which", lambda name: "/usr/local/bin/tracker")
    autostart.set_enabled(True, "darwin")
    plist = tmp_path / "Library" / "LaunchAgents" / "jp.contract-deadline-tracker.plist"
    data = plistlib.loads(plist.read_bytes())
    assert data == {
        "Label": "jp.contract-deadline-tracker",
        "ProgramArguments": ["/usr/local/bin/tracker", "--minimized"],
        "RunAtLoad": True,
    }
    autostart.set_enabled(False, "darwin")
    assert not plist.exists()
