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
            if pattern[i + 1:i + 3] == "* ":
                # " * " (any one word between): the same matches as \s+\w*\s+, but runs that
                # give nothing back, so a run of spaces is not tried at every split
                i += 2
                while i + 1 < n and pattern[i + 1] == " ":
                    i += 1
                out.append(r"(?:\s++\w++\s++|\s\s++)")
            else:
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
        rx = pattern[3:]
        if len(_split_alternatives(rx)) > 1:
            return None  # "a|b" at the top level: a gate for the first would miss the second
        raw = _raw_triggers(rx) or _raw_fallback(rx)
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


# ---------------------------------------------------------------------------- speed
# Python's regular expressions find a pattern fast when it starts with a literal (a C scan for
# the first letters); a pattern that starts with ``\b`` is tried at every position instead,
# about 15 times slower. ``\bvalg`` and ``valg(?<!\wvalg)`` match exactly the same (the letter
# before the first v must not be a word character, or there is none), so every rule pattern is
# compiled in the second form. Same spans, same groups: only the search is faster.

_LEAD_LETTERS = re.compile(r"[^\W\d_]+")
_QUANTIFIER = frozenset("?*+{")


def _lead_literal(rx: str) -> str | None:
    """``LIT rest`` (a regex after a leading ``\\b``) as ``LIT(?<!\\wLIT) rest``, or None."""
    m = _LEAD_LETTERS.match(rx)
    if not m:
        return None
    lit = m.group(0)
    if rx[m.end():m.end() + 1] in _QUANTIFIER:
        lit = lit[:-1]  # "kredse?": the last letter is optional, not part of the literal
    if not lit:
        return None
    return f"{lit}(?<!\\w{lit})" + rx[len(lit):]


def _class_end(rx: str, i: int) -> int:
    """Index just past the character class that opens at ``rx[i] == "["``."""
    n = len(rx)
    i += 1
    if i < n and rx[i] == "^":
        i += 1
    if i < n and rx[i] == "]":
        i += 1
    while i < n and rx[i] != "]":
        i += 2 if rx[i] == "\\" else 1
    return i + 1


def _group_end(rx: str, start: int) -> int:
    """Index of the ``)`` that closes the group opened at ``rx[start]``, or -1."""
    depth, i, n = 0, start, len(rx)
    while i < n:
        ch = rx[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(rx, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _split_alternatives(body: str) -> list[str]:
    """Split a group's body at its top-level ``|``."""
    out, depth, i, last, n = [], 0, 0, 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(body, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(body[last:i])
            last = i + 1
        i += 1
    out.append(body[last:])
    return out


def fast_regex(rx: str) -> str:
    """The same regular expression in a form Python searches faster (see above): a leading
    ``\\b`` before a literal, or before a group of alternatives that start with literals, is
    moved behind the literal as a look-behind. Anything else is returned unchanged."""
    if not rx.startswith(r"\b"):
        return rx
    rest = rx[2:]
    lead = _lead_literal(rest)
    if lead is not None:
        return lead
    if not rest.startswith("("):
        return rx
    end = _group_end(rest, 0)
    if end < 0 or rest[end + 1:end + 2] in _QUANTIFIER:
        return rx  # an optional group: the boundary belongs to what follows it too
    head = "(?:" if rest.startswith("(?:") else "(" if not rest.startswith("(?") else None
    if head is None:
        return rx  # a look-around or a named group: leave it
    alts = _split_alternatives(rest[len(head):end])
    fast = [_lead_literal(a) for a in alts]
    if all(f is None for f in fast):
        return rx
    return head + "|".join(f if f is not None else r"\b" + a for f, a in zip(fast, alts)) + ")" + rest[end + 1:]


def alternation(rxs: list[str]) -> str:
    """``(?:a)|(?:b)|...`` with each run of alternatives that start with ``\\b`` sharing one:
    ``\\b(?:a|b)`` is the same expression (same first match, same alternative chosen), but the
    search gives up at a position that is no word start after one test instead of one per
    alternative, about three times faster for counter-evidence lists of a hundred phrases."""
    out: list[str] = []
    run: list[str] = []
    for rx in rxs:
        if rx.startswith(r"\b"):
            run.append(rx[2:])
            continue
        if run:
            out.append(r"\b(?:" + "|".join(run) + ")")
            run = []
        out.append(rx)
    if run:
        out.append(r"\b(?:" + "|".join(run) + ")")
    return "|".join(f"(?:{x})" for x in out)


def _raw_fallback(rx: str) -> tuple[list[str], list[str]] | None:
    """Gates for raw expressions ``_raw_triggers`` leaves to run on every text: a group of
    alternatives at a word start that each begin with letters (``\\b(dsu|ruc-?radikal)``: a
    word begins with one of them), or letters every match holds (``\\b\\w*kredsens?`` holds
    "kredsen", ``\\b\\d+\\.\\s?plads`` holds "plads": letters lie inside one word)."""
    if rx.startswith(r"\b(") and not rx.startswith(r"\b(?") or rx.startswith(r"\b(?:"):
        rest = rx[2:]
        end = _group_end(rest, 0)
        if end > 0 and rest[end + 1:end + 2] not in _QUANTIFIER:
            head = 3 if rest.startswith("(?:") else 1
            leads = []
            for alt in _split_alternatives(rest[head:end]):
                lead = _lead_literal(alt)
                if lead is None:
                    leads = []
                    break
                leads.append(lead[:lead.index("(?<!")])
            if leads:
                return list(dict.fromkeys(leads)), []
    lit = _required_letters(rx)
    return ([], [lit]) if lit else None


def _required_letters(rx: str) -> str | None:
    """The longest run of plain letters (3 or more) at the top level of ``rx`` that every match
    must contain, or None (an alternation at the top level, or no such run)."""
    best, run, i, n = "", "", 0, len(rx)
    while i < n:
        ch = rx[i]
        if ch == "|":
            return None
        if ch == "\\":
            run, i = "", i + 2
        elif ch == "[":
            run, i = "", _class_end(rx, i)
        elif ch == "(":
            end = _group_end(rx, i)
            if end < 0:
                return None
            run, i = "", end + 1
        elif ch in _QUANTIFIER:
            if ch == "{":
                close = rx.find("}", i)
                i = close + 1 if close > 0 else n
            else:
                i += 1
            run = ""
            continue
        elif _LEAD_LETTERS.match(ch):
            if rx[i + 1:i + 2] in _QUANTIFIER:
                run, i = "", i + 1  # an optional or repeated letter ends the run before it
                continue
            run += ch
            i += 1
            if len(run) > len(best):
                best = run
            continue
        else:
            run, i = "", i + 1
        # a quantifier right after a group, class or escape: skipped by the branch above
    return best if len(best) >= 3 else None
