"""Words, characters and speaking time of a draft (pure Python, no Qt).

A word is a run of non-space characters that holds at least one letter or digit, so
"COVID-19" and "§ 9" count as one and two words, a dash alone counts as none. Works for
any script (Danish, Arabic, Hebrew ...): ``\\w`` is Unicode-aware.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

DEFAULT_WPM = 130
MIN_WPM, MAX_WPM = 40, 400
_TOKEN = re.compile(r"\S+")
_HAS_ALNUM = re.compile(r"[^\W_]", re.UNICODE)


def count_words(text: str) -> int:
    if not text:
        return 0
    count = 0
    for token in _TOKEN.findall(text):
        if _HAS_ALNUM.search(token):
            count += 1
    return count


def count_chars(text: str) -> int:
    """Characters including spaces, as newspapers count them; line breaks do not count."""
    if not text:
        return 0
    return len(text) - text.count("\n") - text.count("\u2029")


def speaking_seconds(words: int, wpm: int | None) -> int:
    wpm = clamp_wpm(wpm)
    return int(math.ceil(words * 60 / wpm)) if words else 0


def clamp_wpm(wpm: int | None) -> int:
    try:
        value = int(wpm or DEFAULT_WPM)
    except (TypeError, ValueError):
        value = DEFAULT_WPM
    return max(MIN_WPM, min(MAX_WPM, value))


def format_duration(seconds: int) -> str:
    """``4:05`` (minutes:seconds) or ``1:02:03`` for an hour or more."""
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def format_number(n: int, lang: str = "da") -> str:
    """Thousands separator: ``20.000`` in Danish, ``20,000`` in English."""
    text = f"{int(n):,}"
    return text.replace(",", ".") if lang != "en" else text


@dataclass(frozen=True)
class TextStats:
    words: int
    chars: int
    seconds: int
    wpm: int
    limit_seconds: int | None = None
    limit_chars: int | None = None

    @property
    def over_time(self) -> bool:
        return bool(self.limit_seconds) and self.seconds > self.limit_seconds

    @property
    def over_chars(self) -> bool:
        return bool(self.limit_chars) and self.chars > self.limit_chars

    @property
    def over(self) -> bool:
        return self.over_time or self.over_chars

    def summary(self, lang: str = "da") -> str:
        """One status line, e.g. ``1.234 ord · 7.890 tegn · 9:30 min ved 130 ord/min (grænse 5:00)``."""
        n = lambda v: format_number(v, lang)  # noqa: E731
        if lang == "en":
            parts = [f"{n(self.words)} words", f"{n(self.chars)} characters",
                     f"{format_duration(self.seconds)} min at {self.wpm} wpm"]
            if self.limit_seconds:
                parts[-1] += f" (limit {format_duration(self.limit_seconds)})"
            if self.limit_chars:
                parts[1] += f" (limit {n(self.limit_chars)})"
        else:
            parts = [f"{n(self.words)} ord", f"{n(self.chars)} tegn",
                     f"{format_duration(self.seconds)} min ved {self.wpm} ord/min"]
            if self.limit_seconds:
                parts[-1] += f" (grænse {format_duration(self.limit_seconds)})"
            if self.limit_chars:
                parts[1] += f" (grænse {n(self.limit_chars)})"
        return " · ".join(parts)


def text_stats(text: str, wpm: int | None = None, limit_seconds: int | None = None,
               limit_chars: int | None = None) -> TextStats:
    words = count_words(text)
    rate = clamp_wpm(wpm)
    return TextStats(words, count_chars(text), speaking_seconds(words, rate), rate,
                     limit_seconds or None, limit_chars or None)
