"""Study days: when "today" starts and ends in the learner's local time.

Like Anki, a study day does not end at midnight but at a configurable hour
(4 am by default), so a late-night session still counts as the same day.
Every function takes the current time explicitly (a timezone-aware UTC
datetime): nothing in the study core reads the wall clock, which is what
makes the scheduler testable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def utc_now() -> datetime:
    """The current time as an aware UTC datetime (only front-ends call this)."""
    return datetime.now(timezone.utc)


def ensure_utc(dt: datetime) -> datetime:
    """``dt`` converted to UTC; naive datetimes are an error (fsrs refuses them too)."""
    if dt.tzinfo is None:
        raise ValueError("datetime must be timezone-aware")
    return dt.astimezone(timezone.utc)


@lru_cache(maxsize=1)
def local_timezone() -> tzinfo:
    """The machine's time zone, DST rules included when they can be found.

    ``$TZ`` wins; then ``/etc/localtime``; a fixed offset is the last resort
    (correct today, wrong across a DST change).
    """
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        with open("/etc/localtime", "rb") as fp:
            return ZoneInfo.from_file(fp, key="localtime")
    except OSError:
        pass
    return datetime.now().astimezone().tzinfo or timezone.utc


def timezone_named(name: str | None) -> tzinfo:
    """An IANA zone by name; empty means the machine's zone."""
    if not name:
        return local_timezone()
    if name.upper() == "UTC":
        return timezone.utc
    return ZoneInfo(name)


@dataclass(frozen=True)
class DayClock:
    """Maps instants to study days.

    Args:
        day_start_hour: local hour (0-23) at which a new study day begins.
        tz: the learner's time zone.
    """

    day_start_hour: int = 4
    tz: tzinfo = timezone.utc

    def study_day(self, when: datetime) -> date:
        """The study day an instant belongs to (before ``day_start_hour`` it
        is still the previous calendar day)."""
        local = ensure_utc(when).astimezone(self.tz)
        return (local - timedelta(hours=self.day_start_hour)).date()

    def day_start(self, day: date) -> datetime:
        """The UTC instant at which study day ``day`` begins."""
        local = datetime.combine(day, time(self.day_start_hour), tzinfo=self.tz)
        return local.astimezone(timezone.utc)

    def bounds(self, when: datetime) -> tuple[datetime, datetime]:
        """[start, end) of the study day containing ``when``, in UTC."""
        day = self.study_day(when)
        return self.day_start(day), self.day_start(day + timedelta(days=1))

    def next_day_start(self, when: datetime) -> datetime:
        """When the study day after the one containing ``when`` begins."""
        return self.bounds(when)[1]
