"""glibc's malloc set for the engine's large arrays (Linux with glibc only; elsewhere nothing):
keep freed blocks for the next arrays while columns are made, give them back before a phase
that makes Python objects, which never reuse them (docs/engine/memory.md)."""
from __future__ import annotations

import os
import sys

# glibc's mallopt parameters (malloc.h).
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3


def _glibc():
    """The C library when it is glibc (whose parameters these are), else None."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    try:
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    return libc if hasattr(libc, "gnu_get_libc_version") else None


def keep_freed_memory() -> None:
    """Have malloc keep the large blocks the engine frees for its next ones, instead of giving
    them back to the system and faulting fresh pages in again."""
    # A million figures' columns are 8 MB arrays, made and dropped by the hundred: by default each
    # is an mmap of its own, returned on free, and the kernel zeroes every page it faults in
    # again. Blocks under 64 MB from the heap, kept up to 1 GB free at its top: 150k page faults
    # fewer and ~1.5 s less system time at 1M for ~34 MB more peak.
    libc = _glibc()
    if libc is not None:
        libc.mallopt(M_MMAP_THRESHOLD, 64 << 20)
        libc.mallopt(M_TRIM_THRESHOLD, 1 << 30)


def give_back_freed_memory() -> None:
    """Return the pages malloc holds free to the system: what `keep_freed_memory` kept for the
    next arrays, before a phase that makes Python objects instead."""
    libc = _glibc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


def small_pages_for_arrays() -> None:
    """Stop numpy advising the kernel to back its large arrays with 2 MB pages, unless
    NUMPY_MADVISE_HUGEPAGE says otherwise (numpy reads that setting only at its import)."""
    # With transparent huge pages on "madvise", each fault in an advised array zeroes 2 MB and
    # may compact memory first: at 1M figures the command had ~95k faults fewer but ~0.8 s more
    # system time for the same peak (docs/engine/memory.md, round 7).
    if "NUMPY_MADVISE_HUGEPAGE" in os.environ:
        return
    try:
        from numpy._core.multiarray import _set_madvise_hugepage  # numpy 2
    except ImportError:
        try:
            from numpy.core.multiarray import _set_madvise_hugepage  # numpy 1
        except ImportError:
            return
    _set_madvise_hugepage(False)
