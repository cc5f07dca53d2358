"""Write a report file so that a failure never destroys the previous one.

Writing in place truncates the old file first: a full disk, a quota or a
yanked USB stick then leaves a fragment where a complete report was (found in
review). So the text goes to a temporary file in the same directory, is
flushed to disk, and only then replaces the target in one atomic rename.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def save_text(path: str | os.PathLike[str], text: str) -> None:
    """Write *text* (UTF-8) to *path* atomically; raises OSError and leaves *path* as it was."""
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); a report is an ordinary
        # document, so keep the old file's mode, or use the usual 0644.
        try:
            mode = target.stat().st_mode & 0o777
        except OSError:
            mode = 0o644
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
