"""One build at a time per project: an OS file lock on `.linimasa.lock`, released on death.

Two builds of one project at once (an editor's preview and a CI job, a double click) would
share the generated area, the site's staging folder and the cache. Every command that writes
them holds this lock: a second one waits for the first to finish (saying so), and a holder that
dies, however it dies, releases it with its open file. The lock is the operating system's
(`fcntl.flock` on POSIX, `msvcrt.locking` on Windows), never a file whose mere presence counts,
so a killed build leaves nothing to clean up. A process may take the lock again while holding
it (the build generates, the MkDocs hook generates).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

LOCK_NAME = ".linimasa.lock"
# How long a build waits for another before giving up (LINIMASA_LOCK_TIMEOUT, in seconds): a
# cold build of a large archive takes minutes.
DEFAULT_WAIT = 1800.0
_POLL = 0.1

_held: dict[str, int] = {}  # projects this process holds, by real path: how many times


class LockError(Exception):
    """The project's lock cannot be had; the message says why and what to do."""


class Busy(LockError):
    """Another build held the project for longer than this one would wait."""


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover (POSIX here)
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _holder(fd: int) -> str:
    """The process id the holder wrote into the lock file, as a message shows it."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # (no pread on Windows)
        pid = int(os.pread(fd, 32, 0).decode("ascii").strip() or "x")
        return f" (process {pid})"
    return ""


def _say(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


@contextlib.contextmanager
def project_lock(
    root: Path, wait: float | None = None, notice: Callable[[str], None] = _say
) -> Iterator[None]:
    """Hold the lock of the project at `root`; wait up to `wait` seconds (default:
    LINIMASA_LOCK_TIMEOUT, else half an hour) for another holder, then raise `Busy`."""
    key = os.path.realpath(root)
    if _held.get(key):
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    if wait is None:
        wait = float(os.environ.get("LINIMASA_LOCK_TIMEOUT") or DEFAULT_WAIT)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(Path(root) / LOCK_NAME, flags, 0o644)
    except OSError as err:
        if err.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            # A link or a folder put in its place (a pull request can hold one).
            what = "a link" if err.errno == errno.ELOOP else err.strerror
            raise LockError(
                f"{LOCK_NAME} in {root} is not Linimasa's lock ({what}): remove it"
            ) from None
        # A project this process cannot write: nothing it does there can race another build
        # (`check` still reads it; a build fails at its first write, with its own message).
        yield
        return
    try:
        if not _try_lock(fd):
            notice(
                f"linimasa: another build is running in this project{_holder(fd)}; "
                "waiting for it to finish"
            )
            deadline = time.monotonic() + wait
            while not _try_lock(fd):
                if time.monotonic() > deadline:
                    raise Busy(
                        f"another build has held this project for over {wait:.0f} s; "
                        "try again when it has finished"
                    )
                time.sleep(_POLL)
        with contextlib.suppress(OSError, AttributeError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _held[key] = 1
        try:
            yield
        finally:
            del _held[key]
            _unlock(fd)
    finally:
        os.close(fd)
