"""How strong a passphrase looks, for the hint under the field (a guide, not a rule).

Counted roughly as entropy from length and the kinds of characters used; several words
count like a longer string, which is what a memorable passphrase should be.
"""

from __future__ import annotations

import math

MIN_LENGTH = 8  # the key file refuses shorter ones (store/keys.py)


def estimate_bits(text: str) -> float:
    if not text:
        return 0.0
    pool = 0
    if any(c.islower() for c in text):
        pool += 29  # a-z and æøå
    if any(c.isupper() for c in text):
        pool += 29
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() for c in text):
        pool += 20
    distinct = len(set(text))
    effective = min(len(text), distinct * 2)  # "aaaaaaaaaaaa" is not twelve characters' worth
    return effective * math.log2(max(pool, 2))


def strength(text: str) -> tuple[int, str, str]:
    """(0-3, Danish, English): too short, weak, fair, strong."""
    if len(text) < MIN_LENGTH:
        return 0, f"For kort: mindst {MIN_LENGTH} tegn.", f"Too short: at least {MIN_LENGTH} characters."
    bits = estimate_bits(text)
    if bits < 45:
        return 1, "Svag: brug flere ord eller tegn.", "Weak: use more words or characters."
    if bits < 70:
        return 2, "Nogenlunde: et ord mere gør den stærk.", "Fair: one more word makes it strong."
    return 3, "Stærk.", "Strong."
