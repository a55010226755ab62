"""Pinyin for Chinese forms (display with tone marks, and keys for search)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Pinyin:
    """Pinyin of one Chinese form.

    ``marked`` is for display (`wú jìn zhǎn shēng cún qī`), ``plain`` is
    tone-less and space-less for search (`wujinzhanshengcunqi`), ``initials``
    the first letter of each syllable (`wjzscq`).
    """

    marked: str
    plain: str
    initials: str


@lru_cache(maxsize=1)
def _pypinyin():
    import pypinyin  # imported lazily: 0.2 s that the GUI start-up does not need

    return pypinyin


def pinyin_of(text: str) -> Pinyin:
    """Pinyin of a Chinese form; Latin letters and digits pass through."""
    pp = _pypinyin()
    marked = pp.lazy_pinyin(text, style=pp.Style.TONE, errors=lambda s: [s])
    plain = pp.lazy_pinyin(text, style=pp.Style.NORMAL, errors=lambda s: [s])
    initials = "".join(p[0] for p in plain if p and p[0].isalnum())
    return Pinyin(
        marked=re.sub(r"\s+", " ", " ".join(marked)).strip(),
        plain=re.sub(r"[^0-9a-z]", "", "".join(plain).lower()),
        initials=initials.lower(),
    )


def strip_tones(text: str) -> str:
    """`wú jìn zhǎn` -> `wujinzhan`: what a user typing pinyin means, without tones or spaces."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ü", "v"))
    return re.sub(r"[^0-9a-z]", "", "".join(c for c in decomposed if not unicodedata.combining(c)))
