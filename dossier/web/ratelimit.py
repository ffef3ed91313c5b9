"""Login rate limiting: failed attempts per user name and per address in a sliding window."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class LoginLimiter:
    """Refuses log-ins after ``limit`` failures for a name (4 × limit for an address) within ``window`` seconds."""

    def __init__(self, limit: int, window: float):
        self.limit = limit
        self.window = window
        self.per_address = 4 * limit  # many reporters may share one address (newsroom NAT)
        self.failures: dict[str, deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self.failures[key]
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def blocked(self, *keys: str) -> bool:
        """Return whether any key has used up its attempts."""
        now = time.monotonic()
        with self.lock:
            return any(len(self._recent(k, now)) >= (self.per_address if k.startswith("ip:") else self.limit)
                       for k in keys)

    def failed(self, *keys: str) -> None:
        """Count one failed attempt against each key."""
        now = time.monotonic()
        with self.lock:
            for key in keys:
                self._recent(key, now).append(now)
