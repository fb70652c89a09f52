"""The guard's rule pattern syntax (see ``guard``'s module docstring) and the cheap gates that
decide which patterns a text needs to run at all. Pure Python, imports nothing of ours."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w")
_WORDS = re.compile(r"\w+")


def compile_pattern(pattern: str, bounds: bool = True) -> str:
    """Translate the readable rule syntax into a regular expression (see module docstring).

    Word boundaries go only at the outer ends of a pattern: inside ``{a,b}*`` the ``*`` must
    still be able to extend a choice (``{min,mit} forsikring*`` covers forsikringsselskab)."""
    if pattern.startswith("re:"):
        return pattern[3:]
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "*":
            out.append(r"\w*")
        elif ch == "#":
            out.append(r"\d+")
        elif ch == " ":
            while i + 1 < n and pattern[i + 1] == " ":
                i += 1
            out.append(r"\s+")
        elif ch == "'":
            out.append(r"'?")
        elif ch == "-":
            out.append(r"[-\s]?")  # dør-til-dør, dør til dør, dørtildør
        elif ch == "{":
            end = pattern.find("}", i)
            if end < 0:
                raise ValueError(f"unclosed {{ in pattern {pattern!r}")
            choices = [compile_pattern(c, bounds=False) for c in pattern[i + 1:end].split(",")]
            out.append("(?:" + "|".join(choices) + ")")
            i = end
        else:
            out.append(re.escape(ch))
        i += 1
    body = "".join(out)
    if not bounds:
        return body
    first, last = pattern[:1], pattern[-1:]
    if first == "*" or first == "{" or _WORD.match(first or " ") or first == "#":
        body = r"\b" + body
    if last == "}" or _WORD.match(last or " ") or last == "#":
        body = body + r"\b"
    return body




_LITERAL = re.compile(r"[^\W_]+")
_SPECIAL = set("*{}#'- ")


def _split_top(pattern: str) -> list[str]:
    """Split a pattern at spaces that are not inside ``{...}``."""
    parts, depth, cur = [], 0, []
    for ch in pattern:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        if ch == " " and depth == 0:
            if cur:
                parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if cur:
        parts.append("".join(cur))
    return parts


def _segment_literals(seg: str) -> list[str] | None:
    """The word-start literals one of which a segment must begin with, or None."""
    if seg.startswith("{"):
        end = seg.find("}")
        if end < 0:
            return None
        out = []
        for choice in seg[1:end].split(","):
            m = _LITERAL.match(choice)
            if not m or m.start() != 0:
                return None
            out.append(m.group(0))
        return out
    m = _LITERAL.match(seg)
    if not m:
        return None
    return [m.group(0)]


def _gates(pattern: str) -> tuple[list[list[str]], list[str]] | None:
    """What a text must hold for a pattern to match: every listed group of word-start literals
    (one literal of each group begins a word: ``{min,mit} {datter,søn}`` needs both), or, for
    ``*kandidat*`` and look-behind patterns, one of the substrings inside a word. None: always
    run the pattern. Each plain segment of a readable pattern begins a word, so requiring all
    of them is safe, and it halves the patterns a text runs."""
    if pattern.startswith("re:"):
        raw = _raw_triggers(pattern[3:])
        if raw is None:
            return None
        return ([list(raw[0])], []) if raw[0] else ([], list(raw[1]))
    if not pattern:
        return None
    if pattern[0] == "*":
        m = _LITERAL.match(pattern, 1)
        if not m or m.start() != 1 or len(m.group(0)) < 3:
            return None
        return [], [m.group(0)]
    groups = [lits for lits in map(_segment_literals, _split_top(pattern)) if lits]
    if pattern[0] == "#":
        groups.insert(0, list("0123456789"))
    return (groups, []) if groups else None


_RAW_LOOKBEHIND = re.compile(r"^\(\?<[=!](?:[^()\\]|\\.)*\)")
_RAW_ALTERNATION = re.compile(r"^\((?:\?:)?([^()\\\[\]?*+{}.|]+(?:\|[^()\\\[\]?*+{}.|]+)*)\)(?![?*{])")


def _raw_triggers(rx: str) -> tuple[set[str], set[str]] | None:
    """Triggers for a raw regex that starts at a word boundary with a literal or a plain
    alternation of literals (``\\bmin``, ``\\b(fik|får)``); otherwise None (always run)."""
    behind = _RAW_LOOKBEHIND.match(rx)
    if behind:
        # (?<=...)word: the word must occur somewhere, though not at a word start.
        m = _LITERAL.match(rx, behind.end())
        if m and len(m.group(0)) >= 3 and rx[m.end():m.end() + 1] not in ("?", "*", "{"):
            return [], [m.group(0)]
        return None
    if not rx.startswith(r"\b"):
        return None
    rest = rx[2:]
    alt = _RAW_ALTERNATION.match(rest)
    if alt:
        words = alt.group(1).split("|")
        if all(_LITERAL.fullmatch(w[:1] or "_") for w in words):
            return [_LITERAL.match(w).group(0) for w in words], []
        return None
    m = _LITERAL.match(rest)
    if not m:
        return None
    lit = m.group(0)
    if rest[m.end():m.end() + 1] in ("?", "*", "{"):
        lit = lit[:-1]  # the last letter is optional
    return ([lit], []) if lit else None
