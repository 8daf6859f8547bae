"""CalDAV sync to a Radicale on loopback (issue 12): the first sync of about 10,000 deadlines,
then an incremental sync after 10 changes, which must send only those 10.

Run: python benchmarks/bench_caldav.py [--contracts N]   (1,800 contracts hold about 10,000
deadlines in the export window; prints the figures)
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive import TODAY, make_archive

from tracker.services.app import TrackerService
from tracker.services.caldav_sync import connect, sync


class Counting:
    """The real connection, counting the requests it makes."""

    def __init__(self, real: Any) -> None:
        self.real, self.puts, self.deletes = real, 0, 0

    def put(self, url: str, body: str, headers: dict[str, str]) -> Any:
        self.puts += 1
        return self.real.put(url, body, headers)

    def delete(self, url: str, headers: dict[str, str] | None = None) -> Any:
        self.deletes += 1
        return self.real.delete(url, headers)


def _radicale(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
                               "--storage-filesystem-folder", str(folder), "--auth-type", "none",
                               "--logging-level", "error"], stdout=subprocess.DEVNULL)
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("radicale did not start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contracts", type=int, default=1_800)
    count = parser.parse_args().contracts
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "archive.sqlite"
        make_archive(db, count)
        server, root = _radicale(Path(folder) / "collections")
        try:
            import caldav

            url = str(caldav.DAVClient(url=root, username="bench", password="x").principal()
                      .make_calendar(name="deadlines").url)
            svc = TrackerService.open(f"sqlite:///{db}", clock=lambda: TODAY)
            client = Counting(connect(url, "bench"))
            start = time.perf_counter()
            first = sync(svc, transport=client, url=url)
            took = time.perf_counter() - start
            print(f"first sync, {count:,} contracts: {first.sent:,} objects sent in {took:.1f} s "
                  f"({first.sent / took:.0f} per second), {client.puts:,} PUT requests")
            changed = [r.id for r in svc.deadlines_between(TODAY, date(2027, 12, 31))[:10]]
            for deadline_id in changed:
                svc.mark_done(deadline_id)
            client = Counting(client.real)
            start = time.perf_counter()
            again = sync(svc, transport=client, url=url)
            took = time.perf_counter() - start
            print(f"incremental sync after {len(changed)} changes: {again.sent} sent, {again.unchanged:,} "
                  f"unchanged, {client.puts} PUT requests, {took:.1f} s")
            svc.close()
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
