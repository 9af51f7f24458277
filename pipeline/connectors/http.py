"""A polite HTTP client for the connectors: one request at a time, a minimum interval between requests, retries
with exponential back-off on network errors, 429 and 5xx (honouring ``Retry-After``), and a user agent that names
the project. Built on httpx; the clock and the sleep are injectable so that tests run without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from pipeline import __version__

if TYPE_CHECKING:  # httpx is imported where a client is made: a build, which never fetches, skips its import
    import httpx

USER_AGENT = f"pkdata/{__version__} (open peacekeeping dataset; +https://github.com/pkdata/pkdata)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 300.0  # seconds: a server asking for longer gets a failed run, not a stalled one


class ConnectorError(RuntimeError):
    """A fetch that failed for good (after the retries), with what to do about it in the message."""


class PoliteClient:
    """Requests through httpx, spaced by ``min_interval`` seconds and retried ``retries`` times."""

    def __init__(self, *, min_interval: float = 1.0, retries: int = 4, backoff: float = 2.0, timeout: float = 30.0,
                 transport: httpx.BaseTransport | None = None, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, user_agent: str = USER_AGENT) -> None:
        self.min_interval, self.retries, self.backoff = min_interval, retries, backoff
        self._sleep, self._clock = sleep, clock
        self._last: float | None = None
        self.requests = 0  # requests sent, retries included
        import httpx

        self._client = httpx.Client(timeout=timeout, transport=transport, follow_redirects=True,
                                    headers={"User-Agent": user_agent})

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _wait_turn(self) -> None:
        if self._last is not None:
            wait = self.min_interval - (self._clock() - self._last)
            if wait > 0:
                self._sleep(wait)
        self._last = self._clock()

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        """The response of the first attempt that is neither a network error nor a retryable status.

        Raises :class:`ConnectorError` when every attempt failed, or at once on any other 4xx (a request the
        server will never accept: a wrong setting, not a passing fault).
        """
        import httpx

        problem = ""
        for attempt in range(self.retries + 1):
            self._wait_turn()
            self.requests += 1
            try:
                response = self._client.request(method, url, **kwargs)
            except httpx.TransportError as exc:
                problem, delay = f"{type(exc).__name__}: {exc}", self.backoff * 2 ** attempt
            else:
                if response.status_code < 400:
                    return response
                if response.status_code not in RETRY_STATUSES:
                    raise ConnectorError(f"{method} {url} answered {response.status_code}: "
                                         f"{response.text[:200].strip()!r}; check the connector's settings")
                problem = f"HTTP {response.status_code}"
                delay = _retry_after(response) or self.backoff * 2 ** attempt
            if attempt < self.retries:
                self._sleep(min(delay, MAX_RETRY_AFTER))
        raise ConnectorError(f"{method} {url} failed {self.retries + 1} times (last: {problem}); "
                             "the service may be down: the next scheduled run tries again")

    def get(self, url: str, **kwargs) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs) -> httpx.Response:
        return self.request("POST", url, **kwargs)


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds the server asks us to wait (``Retry-After`` as seconds or as an HTTP date), None if it says not."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
