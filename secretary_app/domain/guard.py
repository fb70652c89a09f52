"""The party-political guard: an explainable rule engine (pure Python, no Qt, no database).

The rules live in ``resources/guard/rules.json`` so a secretariat can read and extend them
without touching code. Each rule has an id, a kind (``party_political``, ``outside_role`` or
``council_context``), a weight, patterns, optional ``unless`` patterns (counter-evidence looked
for within ``window`` characters of the match) and a short explanation in Danish and English.

Pattern syntax (chosen so non-programmers can write rules; see the file's ``syntax`` note):
  * text is matched case-insensitively from the start of a word;
  * ``*`` stands for any letters, so ``valgkamp*`` covers valgkampen, valgkampens, valgkampagne
    and ``*kandidat*`` also covers compounds such as folketingskandidat;
  * ``{a,b,c}`` is a choice: ``min {mor,far,søn}``; ``#`` is a number; a space is any whitespace;
  * ``re:`` starts a raw Python regular expression for the rare case the above is not enough;
  * ``@name`` in a list refers to a shared list under ``lists``.

Scoring: a rule counts once, with its weight, if at least one of its matches is not cancelled by
counter-evidence nearby. Council context (committees, the council, the administration, member
proposals...) lowers both scores, but never by more than ``council_context_cap``, so a clearly
party-political request (a speech for the party congress) is still flagged when it mentions a
committee. A kind is flagged when its score reaches ``threshold``; when both are, the higher
score wins and party_political wins a tie (it is the stricter limit).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from secretary_app.domain import guard_cache  # imported now: it takes the code's fingerprint
from secretary_app.domain.guard_patterns import _WORDS, _gates, alternation, compile_pattern, fast_regex
from secretary_app.domain.guard_text import as_text, clean

VERDICT_OK = "ok"
PARTY = "party_political"
OUTSIDE = "outside_role"
COUNCIL = "council_context"
KINDS = (PARTY, OUTSIDE, COUNCIL)
VERDICTS = (VERDICT_OK, PARTY, OUTSIDE)

# A rule stops looking after this many cancelled matches: keeps 1 MB texts fast.
_MAX_TRIES_PER_RULE = 40


@dataclass(frozen=True)
class Reason:
    """Why a request was flagged: which rule, which words, and the basis in plain language."""

    rule: str
    match: str
    explanation_da: str
    explanation_en: str
    kind: str = PARTY
    weight: float = 0.0
    # The rule's name as a secretary reads it (the id is for files and tools).
    name_da: str = ""
    name_en: str = ""
    # The sentence (as written) that carries the problem; "" when unknown.
    sentence: str = ""

    def explanation(self, lang: str = "da") -> str:
        return self.explanation_en if lang == "en" else self.explanation_da

    def name(self, lang: str = "da") -> str:
        return (self.name_en if lang == "en" else self.name_da) or self.rule

    def to_json(self, lang: str = "da") -> dict[str, str]:
        return {"rule": self.rule, "match": self.match, "explanation": self.explanation(lang),
                "sentence": self.sentence}

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "match": self.match, "kind": self.kind, "weight": self.weight,
                "explanation_da": self.explanation_da, "explanation_en": self.explanation_en,
                "name_da": self.name_da, "name_en": self.name_en, "sentence": self.sentence}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Reason":
        return cls(rule=str(d.get("rule", "")), match=str(d.get("match", "")),
                   explanation_da=str(d.get("explanation_da", d.get("explanation", ""))),
                   explanation_en=str(d.get("explanation_en", d.get("explanation", ""))),
                   kind=str(d.get("kind", PARTY)), weight=float(d.get("weight", 0.0) or 0.0),
                   name_da=str(d.get("name_da", "")), name_en=str(d.get("name_en", "")),
                   sentence=str(d.get("sentence", "")))


@dataclass
class GuardResult:
    verdict: str
    reasons: list[Reason] = field(default_factory=list)
    score: float = 0.0
    scores: dict[str, float] = field(default_factory=dict)
    # Matches that were cancelled or weighed against a flag (shown in the GUI, not in the CLI).
    counter: list[Reason] = field(default_factory=list)
    # Where each reason's match starts in the text the rules read (rules-only results).
    positions: dict[int, int] = field(default_factory=dict)

    @property
    def flagged(self) -> bool:
        return self.verdict != VERDICT_OK

    def to_json(self, lang: str = "da", id: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if id is not None:
            out["id"] = id
        out["verdict"] = self.verdict
        out["reasons"] = [r.to_json(lang) for r in self.reasons]
        return out

    def reasons_json(self) -> str:
        """Both languages, for the audit log (the GUI shows the user's language)."""
        return json.dumps([r.to_dict() for r in self.reasons], ensure_ascii=False)


_as_text = as_text
normalise = clean  # lower case, typographic marks unified; garbage in, a string out


@dataclass
class Rule:
    id: str
    kind: str
    weight: float
    patterns: list[re.Pattern | str]  # a readable pattern is compiled when a text first needs it
    unless: re.Pattern | str | None  # readable counter-evidence is compiled when a text first needs it
    window: int
    why_da: str
    why_en: str
    explanation: tuple[str, str] = ("", "")
    names: tuple[str, str] = ("", "")


class RuleBook:
    """A loaded rules file. ``check`` is safe on any input and never raises on text.

    Speed: every pattern is indexed by a trigger (the first letters of the word it must start
    with, or a substring it must contain); a text only runs the regular expressions whose
    trigger it contains, so most of the few hundred patterns are skipped without running."""

    def __init__(self, data: dict[str, Any], base_dir: Path | None = None):
        self.threshold = float(data.get("threshold", 1.0))
        # The second opinion (guard_model.py): used only when no rule reached the threshold.
        model = data.get("model") or {}
        self.model = None
        self.model_threshold = float(model.get("threshold", 0.9))
        self.model_why = (str(model.get("why_da", "")), str(model.get("why_en", "")))
        self.model_names = (str(model.get("name_da", "Vagtens model")), str(model.get("name_en", "The guard's model")))
        self.judge = {k: float(v) for k, v in (model.get("judge") or {}).items()}
        if model.get("file") and base_dir is not None and (base_dir / model["file"]).exists():
            from secretary_app.domain.guard_model import GuardModel

            self.model = GuardModel.load(base_dir / model["file"])
        self.cap = float(data.get("council_context_cap", 1.0))
        self.version = data.get("version", 1)
        basis = data.get("basis", {})
        self.basis = {k: (str(v.get("da", "")), str(v.get("en", ""))) for k, v in basis.items()}
        lists = data.get("lists", {})
        self.lists: dict[str, list[str]] = lists
        self.rules: list[Rule] = []
        # Every pattern of every rule by a global number, in rule order then pattern order.
        self._rx: list[re.Pattern | str] = []
        self._rule_of: list[int] = []
        # Word-start literal -> pattern numbers it triggers, under its first three letters.
        self._by_prefix: dict[str, list[tuple[str, int]]] = {}
        self._by_sub: list[tuple[str, int]] = []  # substring inside a word -> pattern number
        self._always: list[int] = []
        # Pattern number -> the other literal groups (by group number) a word must begin with.
        self._needs: dict[int, frozenset[int]] = {}
        self._group_ids: dict[tuple[str, ...], int] = {}
        self._group_prefix: dict[str, list[tuple[str, int]]] = {}
        # Counter-evidence gated the same way: literal -> rules whose ``unless`` it may start.
        self._unless_prefix: dict[str, list[tuple[str, int]]] = {}
        self._unless_sub: list[tuple[str, int]] = []
        self._unless_always: set[int] = set()
        # word -> patterns it triggers alone, patterns it triggers with others, literal groups
        # it begins, rules whose counter-evidence it may begin
        self._word_cache: tuple[dict[str, tuple[int, ...]], ...] = ({}, {}, {}, {})
        self._quiet: set[str] = set()  # words that set off none of these
        self._reasons: dict[tuple[int, str, bool], Reason] = {}
        seen: set[str] = set()
        for raw in data.get("rules", []):
            rid = str(raw["id"])
            if rid in seen:
                raise ValueError(f"duplicate guard rule id {rid!r}")
            seen.add(rid)
            kind = raw.get("kind", PARTY)
            if kind not in KINDS:
                raise ValueError(f"rule {rid}: unknown kind {kind!r}")
            patterns = _expand(raw.get("patterns", []), lists)
            if not patterns:
                raise ValueError(f"rule {rid}: no patterns")
            unless = _expand(raw.get("unless", []), lists)
            try:
                # A raw expression is compiled now, so a bad one fails here; a readable pattern
                # always translates to a valid one and waits until a text needs it (a process
                # that checks one request compiles a handful of the thousand patterns).
                compiled = [re.compile(fast_regex(compile_pattern(p))) if p.startswith("re:")
                            else fast_regex(compile_pattern(p)) for p in patterns]
                unless_rx = alternation([compile_pattern(p) for p in unless]) if unless else None
                if unless_rx is not None and any(p.startswith("re:") for p in unless):
                    unless_rx = re.compile(unless_rx)
            except re.error as exc:
                raise ValueError(f"rule {rid}: bad pattern ({exc})") from exc
            index = len(self.rules)
            rule = Rule(
                id=rid, kind=kind, weight=float(raw.get("weight", 1.0)), patterns=compiled,
                unless=unless_rx, window=int(raw.get("window", data.get("default_window", 80))),
                why_da=str(raw.get("why_da", "")), why_en=str(raw.get("why_en", "")),
                names=(str(raw.get("name_da", "")), str(raw.get("name_en", ""))))
            rule.explanation = self._explain(rule)
            self.rules.append(rule)
            for p, rx in zip(patterns, compiled):
                self._index(p, rx, index)
            for p in unless:
                self._index_unless(p, index)
        # Substring gates (of patterns, 0, and of counter-evidence, 1; three letters or more:
        # see ``_gates``) by their first three letters.
        self._sub_index: dict[str, list[tuple[str, int, int]]] = {}
        for out, entries in enumerate((self._by_sub, self._unless_sub)):
            for sub, n in entries:
                if len(sub) >= 3:
                    self._sub_index.setdefault(sub[:3], []).append((sub, n, out))
                elif out == 0:  # too short to index: the pattern always runs
                    self._always.append(n)
                else:
                    self._unless_always.add(n)

    def _index_unless(self, pattern: str, rule: int) -> None:
        """A rule's counter-evidence is looked for only in texts that hold a word its gate
        needs (see ``_gates``): a match inside a window is a match of a word of the text."""
        gate = _gates(pattern)
        if gate is None:
            self._unless_always.add(rule)
            return
        groups = gate[0]
        if groups:
            for lit in dict.fromkeys(max(groups, key=lambda lits: min(map(len, lits)))):
                self._unless_prefix.setdefault(lit[:3], []).append((lit, rule))
        for sub in gate[1]:
            self._unless_sub.append((sub, rule))

    def _index(self, pattern: str, rx: re.Pattern | str, rule: int) -> None:
        pid = len(self._rx)
        self._rx.append(rx)
        self._rule_of.append(rule)
        gate = _gates(pattern)
        if gate is None:
            self._always.append(pid)
            return
        groups = gate[0]
        # The most selective group triggers; the others must begin a word of the text too.
        trigger = max(groups, key=lambda lits: min(map(len, lits))) if groups else []
        rest = [tuple(g) for g in groups if g is not trigger]
        if rest:
            needs = set()
            for g in rest:
                gid = self._group_ids.get(g)
                if gid is None:
                    gid = self._group_ids[g] = len(self._group_ids)
                    for lit in dict.fromkeys(g):
                        self._group_prefix.setdefault(lit[:3], []).append((lit, gid))
                needs.add(gid)
            self._needs[pid] = frozenset(needs)
        for lit in dict.fromkeys(trigger):
            self._by_prefix.setdefault(lit[:3], []).append((lit, pid))
        for sub in gate[1]:
            self._by_sub.append((sub, pid))

    @classmethod
    def load(cls, path: str | Path) -> "RuleBook":
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh), Path(path).parent)

    def _explain(self, rule: Rule) -> tuple[str, str]:
        base_da, base_en = self.basis.get(rule.kind, ("", ""))
        da = " ".join(s for s in (rule.why_da, base_da) if s)
        en = " ".join(s for s in (rule.why_en, base_en) if s)
        return da, en

    def _word_candidates(self, word: str) -> None:
        """What a word sets off, into three caches: the patterns it triggers outright, the
        patterns it triggers that need other words too (see ``_gates``), and the literal groups
        it begins with. A few thousand words make up nearly every request, so a text costs a
        lookup per word (done in C: ``map`` over the caches)."""
        found: set[int] = set()
        groups: set[int] = set()
        unless: set[int] = set()
        for k in (3, 2, 1):
            if len(word) >= k:
                key = word[:k]
                for index, out in ((self._by_prefix, found), (self._group_prefix, groups),
                                   (self._unless_prefix, unless)):
                    entries = index.get(key)
                    if entries:
                        out.update(n for lit, n in entries if word.startswith(lit))
        if len(word) >= 3:  # substrings inside the word, found by their first three letters
            index = self._sub_index
            for i in range(len(word) - 2):
                entries = index.get(word[i:i + 3])
                if entries:
                    for sub, n, out in entries:
                        if word.startswith(sub, i):
                            (found if out == 0 else unless).add(n)
        needs = self._needs
        single, multi, begins, counter = self._word_cache
        if not (found or groups or unless):
            self._quiet.add(word)  # most words: they set off nothing
            return
        single[word] = tuple(pid for pid in found if pid not in needs)
        multi[word] = tuple(pid for pid in found if pid in needs)
        begins[word] = tuple(groups)
        counter[word] = tuple(unless)

    def _live(self, words: set[str]) -> set[str]:
        """The words of a text that set off a pattern, a literal group or counter-evidence
        (``_word_candidates`` learns each new word once)."""
        live = words.difference(self._quiet)
        if live:
            new = live.difference(self._word_cache[0])
            if new:
                if len(self._word_cache[0]) + len(self._quiet) + len(new) > 100_000:
                    # Bounded memory; cleared before this text's words are learnt, never during.
                    for cache in self._word_cache:
                        cache.clear()
                    self._quiet.clear()
                    live = set(words)
                    new = live
                for w in new:
                    self._word_candidates(w)
                live.difference_update(self._quiet)
        return live

    def _candidates_of(self, live: set[str]) -> list[int]:
        """The patterns (by number, in rule order) that can possibly match a text whose live
        words (``_live``) are ``live``: a pattern runs only when every literal group it needs
        begins a word of the text."""
        single, multi, begins, _ = self._word_cache
        pids = set(self._always).union(*map(single.__getitem__, live))
        more = set().union(*map(multi.__getitem__, live))
        if more:
            needs = self._needs
            groups = set().union(*map(begins.__getitem__, live))
            pids.update(pid for pid in more if needs[pid] <= groups)
        return sorted(pids)

    def _first_match(self, rule: Rule, which: list[tuple[re.Pattern, re.Match]], text: str, shown: str,
                     by_line: bool = False, unless: re.Pattern | None = None) -> tuple[str | None, str | None, int]:
        """(surviving match, cancelled match, where the surviving one starts): the first match,
        pattern by pattern, with no counter-evidence nearby. ``which``: each pattern that
        matches, with its first match.

        ``shown`` is the original text when normalising kept every position (almost always), so
        the reason quotes the words as the user wrote them."""
        cancelled = None
        for rx, first in which:
            if unless is None:
                return shown[first.start():first.end()].strip(), cancelled, first.start()
            for tries, m in enumerate(rx.finditer(text, first.start())):
                if tries >= _MAX_TRIES_PER_RULE:
                    break
                lo, hi = max(0, m.start() - rule.window), m.end() + rule.window
                if by_line:  # counter-evidence must come from the same sentence
                    lo = max(lo, text.rfind("\n", 0, m.start()) + 1)
                    end = text.find("\n", m.end())
                    hi = min(hi, end if end >= 0 else len(text))
                hit = unless.search(text, lo, hi)
                if hit:
                    if cancelled is None:
                        cancelled = (f"{shown[m.start():m.end()].strip()} "
                                     f"({shown[hit.start():hit.end()].strip()})")
                    continue
                return shown[m.start():m.end()].strip(), cancelled, m.start()
        return None, cancelled, -1

    def _reason(self, i: int, match: str, counts: bool) -> Reason:
        """Rule ``i``'s reason for ``match`` (with its weight, or none: cancelled). Reasons are
        immutable and the same words recur, so each is made once."""
        key = (i, match, counts)
        reason = self._reasons.get(key)
        if reason is None:
            if len(self._reasons) > 50_000:
                self._reasons.clear()
            rule = self.rules[i]
            da, en = rule.explanation
            reason = self._reasons[key] = Reason(rule.id, match, da, en, rule.kind,
                                                 rule.weight if counts else 0.0, *rule.names)
        return reason

    def check_rules(self, norm: str, shown: str | None = None, by_line: bool = False,
                    skip: frozenset[str] = frozenset()) -> GuardResult:
        """The rules alone on a text already in the form they read (``guard_text.for_rules``).
        ``positions`` maps each reason (by its index in ``reasons``, then ``counter``) to where
        its match starts, so the caller can name the sentence. ``by_line``: each line is a
        sentence of a long request, and counter-evidence counts only within its own line.
        ``skip``: rule ids not to read (already cancelled by counter-evidence elsewhere)."""
        shown = norm if shown is None or len(shown) != len(norm) else shown
        if not norm.strip():
            return GuardResult(VERDICT_OK, [], 0.0, {PARTY: 0.0, OUTSIDE: 0.0})
        found: dict[str, list[tuple[Reason, int]]] = {PARTY: [], OUTSIDE: [], COUNCIL: []}
        counter: list[tuple[Reason, int]] = []
        # The candidate patterns that match somewhere, grouped by rule (most match nowhere).
        rule_of, rxs = self._rule_of, self._rx
        by_rule: dict[int, list[tuple[re.Pattern, re.Match]]] = {}
        words = self._live(set(_WORDS.findall(norm)))
        for pid in self._candidates_of(words):
            rx = rxs[pid]
            if rx.__class__ is str:
                rx = rxs[pid] = re.compile(rx)
            m = rx.search(norm)
            if m is not None:
                i = rule_of[pid]
                if i in by_rule:
                    by_rule[i].append((rx, m))
                else:
                    by_rule[i] = [(rx, m)]
        maybe_counter = None
        for i, which in by_rule.items():
            rule = self.rules[i]
            if skip and rule.id in skip:
                continue
            unless = rule.unless
            if unless is not None and i not in self._unless_always:
                if maybe_counter is None:  # the rules whose counter-evidence the text may hold
                    maybe_counter = set().union(*map(self._word_cache[3].__getitem__, words))
                if i not in maybe_counter:
                    unless = None
            if unless.__class__ is str:
                unless = rule.unless = re.compile(unless)
            match, cancelled, pos = self._first_match(rule, which, norm, shown, by_line, unless)
            if match is not None:
                found[rule.kind].append((self._reason(i, match, True), pos))
            elif cancelled is not None:
                counter.append((self._reason(i, cancelled, False), -1))
        context = max(-self.cap, sum(r.weight for r, _ in found[COUNCIL]))
        scores = {k: round(sum(r.weight for r, _ in found[k]) + context, 3) for k in (PARTY, OUTSIDE)}
        counter.extend(found[COUNCIL])
        party, outside = scores[PARTY], scores[OUTSIDE]
        if party >= self.threshold and party >= outside:
            verdict = PARTY
        elif outside >= self.threshold:
            verdict = OUTSIDE
        else:
            verdict = VERDICT_OK
        if verdict == VERDICT_OK:
            # Weak hints that did not reach the threshold are shown as context, not as reasons.
            reasons, counter = [], found[PARTY] + found[OUTSIDE] + counter
        else:
            reasons = sorted(found[verdict], key=lambda t: -t[0].weight)
        score = scores[verdict] if verdict != VERDICT_OK else max(party, outside, 0.0)
        both = reasons + counter
        return GuardResult(verdict, [r for r, _ in reasons], score, scores, [r for r, _ in counter],
                           {i: pos for i, (_, pos) in enumerate(both)})

    def check(self, text: Any, task_type: str | None = None) -> GuardResult:
        """Judge a text as it arrives (mail parts, sentences, rules and model: ``guard_judge``).
        task_type is accepted (the CLI passes it) but does not change the verdict: the label a
        member or secretary puts on a request says nothing reliable about what it asks for."""
        from secretary_app.domain.guard_judge import judge

        return judge(self, text)


def _expand(patterns: Iterable[str], lists: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for p in patterns:
        if isinstance(p, str) and p.startswith("@"):
            name = p[1:]
            if name not in lists:
                raise ValueError(f"unknown pattern list {p!r}")
            out.extend(_expand(lists[name], lists))
        elif isinstance(p, str) and p.strip():
            out.append(p.strip().lower())
    return out


_DEFAULT: RuleBook | None = None


def rules_path() -> Path:
    from secretary_app.domain.assets import get_asset

    return get_asset("guard", "rules.json")


def default_rulebook() -> RuleBook:
    """The shipped rules, loaded once (from the cache folder when one is set: guard_cache)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = guard_cache.load_or_build(rules_path())
    return _DEFAULT


def check(text: Any, task_type: str | None = None) -> GuardResult:
    """Check one request text with the shipped rules."""
    return default_rulebook().check(text, task_type)
