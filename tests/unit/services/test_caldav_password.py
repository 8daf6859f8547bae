"""The CalDAV password without an OS keyring: none to read (a server without authentication
works), and keeping one is refused in one line."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from tracker.services.caldav_sync import SyncError, store_password, stored_password


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(before)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_there_is_no_password_and_keeping_one_says_why() -> None:
    assert stored_password("https://dav.example.com/cal/", "alice") is None
    with pytest.raises(SyncError, match="no usable OS keyring"):
        store_password("https://dav.example.com/cal/", "alice", "s3cret")
