"""Study settings: FSRS parameters, daily limits, the day boundary, directions.

Stored in the glossary file (``study_settings``) so the GUI and the CLI share
them. Defaults follow Anki's: 90 % desired retention, learning steps 1 m and
10 m, relearning step 10 m, 20 new cards and 200 reviews a day, a new day at
4 am local time.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import timedelta

import fsrs

from glossary_app.study.clock import DayClock, timezone_named

DIRECTIONS = ("zh_en", "en_zh", "abbr_full")

DIRECTION_LABELS = {
    "zh_en": "Chinese → English",
    "en_zh": "English → Chinese",
    "abbr_full": "Abbreviation → full forms",
}


@dataclass
class StudySettings:
    """What the scheduler and the queue need to know; see the module docstring for defaults."""

    desired_retention: float = 0.9
    learning_steps_min: list[float] = field(default_factory=lambda: [1.0, 10.0])
    relearning_steps_min: list[float] = field(default_factory=lambda: [10.0])
    maximum_interval: int = 36500
    enable_fuzzing: bool = True  # spreads reviews like Anki; tests turn it off for exact intervals
    new_per_day: int = 20
    reviews_per_day: int = 200
    day_start_hour: int = 4
    timezone: str = ""  # IANA name; "" = the machine's zone
    directions: list[str] = field(default_factory=lambda: list(DIRECTIONS))
    learn_ahead_min: float = 20.0  # like Anki: when nothing else is due, show learning cards this early
    cloze_hint: bool = True  # front may show an example sentence with the term blanked
    parameters: list[float] | None = None  # FSRS weights; None = fsrs defaults

    def __post_init__(self) -> None:
        if not 0.7 <= self.desired_retention <= 0.99:
            raise ValueError("desired retention must be between 0.70 and 0.99")
        if not 0 <= self.day_start_hour <= 23:
            raise ValueError("the day must start at an hour from 0 to 23")
        if self.new_per_day < 0 or self.reviews_per_day < 0:
            raise ValueError("daily limits cannot be negative")
        unknown = [d for d in self.directions if d not in DIRECTIONS]
        if unknown:
            raise ValueError(f"unknown direction(s): {', '.join(unknown)}; known: {', '.join(DIRECTIONS)}")
        timezone_named(self.timezone)  # raises on an unknown zone name

    @classmethod
    def from_dict(cls, values: dict) -> "StudySettings":
        """Settings from stored values; unknown keys (from a newer version) are ignored."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})

    def to_dict(self) -> dict:
        """Plain values for storage."""
        return asdict(self)

    def scheduler(self, enable_fuzzing: bool | None = None) -> fsrs.Scheduler:
        """An fsrs Scheduler configured with these settings."""
        kwargs = {}
        if self.parameters:
            kwargs["parameters"] = tuple(self.parameters)
        return fsrs.Scheduler(
            desired_retention=self.desired_retention,
            learning_steps=tuple(timedelta(minutes=m) for m in self.learning_steps_min),
            relearning_steps=tuple(timedelta(minutes=m) for m in self.relearning_steps_min),
            maximum_interval=self.maximum_interval,
            enable_fuzzing=self.enable_fuzzing if enable_fuzzing is None else enable_fuzzing,
            **kwargs,
        )

    def clock(self) -> DayClock:
        """The study-day clock these settings describe."""
        return DayClock(self.day_start_hour, timezone_named(self.timezone))


def load_settings(store) -> StudySettings:
    """The settings stored in ``store`` (defaults for anything not stored)."""
    return StudySettings.from_dict(store.study.settings())


def save_settings(store, settings: StudySettings) -> None:
    """Store ``settings`` (validated by the dataclass already)."""
    store.study.save_settings(settings.to_dict())
