"""The guard's model: a logistic regression over spelling-proof word features, trained in the repo.

The rules (``guard.py``) catch explicit phrases; requests written by other people say the same
in other words, with typos, in English or in compounds split or joined. The model reads every
word in its ``skeleton`` form (``guard_text.skeleton_word``: møde, moede and mode are one key)
and describes it by its first six letters and by its character 4- and 5-grams with the word's
edges marked (``<valg``, ``kamp``, ``amp>``), so a compound shares features with its parts and
a typo keeps most of a word's features. Pairs of neighbouring words add a little word order
(``min søn``, ``our list``). Three classes (permitted, party_political, outside_role), one
weight per feature and class, trained by ``bench/train_guard_model.py`` into
``resources/guard/model.json``.

At run time the model is a dictionary lookup: a word's score is the sum of its features'
weights and is cached, so a text costs one lookup per word and per word pair. The same word
scores explain a verdict: the words that added most to the flagged class against "permitted".
Pure Python; imports nothing of ours but ``domain``.
"""

from __future__ import annotations

import json
import math
import operator
import re
from pathlib import Path
from typing import Any, Iterable

from secretary_app.domain.guard_text import clean, needs_restoring, restore_danish, restore_word, skeleton_word

FORMAT = "secretary-app/guard-model/2"
LABELS = ("permitted", "party_political", "outside_role")
STEM = 6
NGRAMS = (4, 5)
_WORD = re.compile(r"[^\W\d_]+")
# Longer runs of letters are no words (the longest word of the corpus has 31 letters): read,
# one pasted run of "godtgørelsegodtgørelse..." would outweigh every real word of a request.
MAX_WORD = 40
# Words that say nothing about what is asked: never shown as the reason for a flag.
STOPWORDS = frozenset("""
af alle alt andre at bare bliver blev da de dem den denne der deres det dette dig din dit du efter eller
en end er et for fra få gerne godt har have hej hele hende hendes her hos hun hvad hvem hvis hvor hvordan
hvornår i igen ikke ind jeg jer jeres kan kom kommer kunne lidt lige man med meget men mere mig min mine
mit mod må nogen noget nok nu når og også om op os over på så se selv sig sin sine sit skal skulle som
til tak ud under var ved vi vil ville være været vores lave lav skriv skrive hjælp hjælpe send sende
a about after all also an and any are as at be been but by can could do for from get got had has have he
her him his how i if in into is it its just me more my no not now of on or our out please so some than
that the their them then there they this to up us was we were what when where which who will with would
you your mandag tirsdag onsdag torsdag fredag lørdag søndag monday tuesday wednesday thursday friday
saturday sunday uge ugen næste week next today tomorrow write make help send need
""".split())
_STOP_SKELETONS = frozenset(skeleton_word(w) for w in STOPWORDS)


_SKELETONS: dict[str, str] = {}
_NO_PAIRS: dict[str, list[float]] = {}
_SKEL, _PER_WORD, _PAIRS_OF, _PAIR_KEY = (operator.itemgetter(i) for i in (0, 1, 5, 6))


def _skeleton(word: str) -> str:
    skel = _SKELETONS.get(word)
    if skel is None:
        if len(_SKELETONS) > 200_000:
            _SKELETONS.clear()
        skel = _SKELETONS[word] = skeleton_word(word)
    return skel


def words(text: str) -> list[tuple[str, str]]:
    """(skeleton, word as written, lower case) for each word of two letters or more."""
    low = restore_danish(clean(text))
    cache = _SKELETONS
    if len(cache) > 200_000:
        cache.clear()
    out = []
    for w in _WORD.findall(low):
        if 1 < len(w) <= MAX_WORD:
            skel = cache.get(w)
            if skel is None:
                skel = cache[w] = skeleton_word(w)
            out.append((skel, w))
    return out


def word_features(skel: str) -> list[str]:
    feats = ["w:" + skel[:STEM]]
    if len(skel) > 3:
        marked = f"<{skel}>"
        for n in NGRAMS:
            feats.extend(marked[i:i + n] for i in range(len(marked) - n + 1))
    return feats


def pair_features(skels: list[str]) -> list[str]:
    return [f"p:{a[:5]}_{b[:5]}" for a, b in zip(skels, skels[1:])]


def length_scale(distinct_words: int) -> float:
    """Every feature of a text weighs 1/sqrt(number of distinct words): a long mail is not more
    certain than a short note just because it has more words to add up."""
    return 1.0 / math.sqrt(max(1, distinct_words))


def text_features(text: str) -> dict[str, float]:
    """Feature -> value for one text: the features of each distinct word, then word pairs."""
    ws = words(text)
    out: dict[str, float] = {}
    distinct = list(dict.fromkeys(s for s, _ in ws))
    for skel in distinct:
        for f in word_features(skel):
            out[f] = out.get(f, 0.0) + 1.0
    for f in dict.fromkeys(pair_features([s for s, _ in ws])):
        out[f] = out.get(f, 0.0) + 1.0
    scale = length_scale(len(distinct))
    return {f: v * scale for f, v in out.items()}


# ---------------------------------------------------------------------------------- training

def train(rows: Iterable[dict[str, Any]], *, epochs: int = 12, l2: float = 6e-3, rate: float = 0.1,
          min_docs: int = 2, seed: int = 7, features: dict[str, dict[str, float]] | None = None) -> dict[str, Any]:
    """Multinomial logistic regression by AdaGrad, deterministic for the same rows in any order
    (they are sorted first and shuffled with a fixed seed). Features seen in fewer than
    ``min_docs`` texts are dropped (noise, and they would make the file large). ``features``
    may hold ``text_features`` of texts already computed (leave-one-set-out trains many times)."""
    import random

    data = sorted(((str(r["text"]), r["label"]) for r in rows if r.get("label") in LABELS))
    cache = features if features is not None else {}
    docs = []
    for t, lab in data:
        feats = cache.get(t)
        if feats is None:
            feats = cache[t] = text_features(t)
        docs.append((feats, LABELS.index(lab)))
    seen: dict[str, int] = {}
    for feats, _ in docs:
        for f in feats:
            seen[f] = seen.get(f, 0) + 1
    keep = {f for f, n in seen.items() if n >= min_docs}
    k = len(LABELS)
    w: dict[str, list[float]] = {f: [0.0] * k for f in sorted(keep)}
    g2: dict[str, list[float]] = {f: [1e-6] * k for f in w}
    # Each text as (weights, squared gradients, value) of its kept features: no lookups in the loop.
    rows_ = [([(w[f], g2[f], v) for f, v in feats.items() if f in keep], y) for feats, y in docs]
    bias, bias_g2 = [0.0] * k, [1e-6] * k
    # Labels are not balanced in the corpus; weigh each text so every label counts alike.
    counts = [sum(1 for _, y in docs if y == c) or 1 for c in range(k)]
    class_weight = [len(docs) / (k * n) for n in counts]
    order = list(range(len(docs)))
    rnd = random.Random(seed)
    sqrt, exp_ = math.sqrt, math.exp
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            feats, y = rows_[i]
            s0, s1, s2 = bias
            for wf, _, v in feats:
                s0 += wf[0] * v
                s1 += wf[1] * v
                s2 += wf[2] * v
            top = max(s0, s1, s2)
            e0, e1, e2 = exp_(s0 - top), exp_(s1 - top), exp_(s2 - top)
            z = e0 + e1 + e2
            cw = class_weight[y]
            grad = [cw * (e0 / z - (1.0 if y == 0 else 0.0)), cw * (e1 / z - (1.0 if y == 1 else 0.0)),
                    cw * (e2 / z - (1.0 if y == 2 else 0.0))]
            for c in range(k):
                bias_g2[c] += grad[c] ** 2
                bias[c] -= rate * grad[c] / sqrt(bias_g2[c])
            r0, r1, r2 = grad
            for wf, gf, v in feats:
                g = r0 * v + l2 * wf[0]
                gf[0] += g * g
                wf[0] -= rate * g / sqrt(gf[0])
                g = r1 * v + l2 * wf[1]
                gf[1] += g * g
                wf[1] -= rate * g / sqrt(gf[1])
                g = r2 * v + l2 * wf[2]
                gf[2] += g * g
                wf[2] -= rate * g / sqrt(gf[2])
    weights = {}
    for f, ws in w.items():
        mean = sum(ws) / k
        centred = [round(x - mean, 3) for x in ws]
        if max(abs(x) for x in centred) >= 0.01:
            weights[f] = centred
    return {"format": FORMAT, "labels": list(LABELS), "bias": [round(b - sum(bias) / k, 4) for b in bias],
            "weights": weights}


# ---------------------------------------------------------------------------------- run time

class GuardModel:
    def __init__(self, data: dict[str, Any]):
        if data.get("format") != FORMAT:
            raise ValueError(f"not a guard model of format {FORMAT}")
        self.labels: list[str] = list(data["labels"])
        self.bias: list[float] = [float(b) for b in data["bias"]]
        # As JSON gives them: ``render`` writes every weight as a float (converting 49,000 lists
        # again cost about 0.05 s of every start-up).
        self.weights: dict[str, list[float]] = data["weights"]
        if len(self.labels) != 3:
            raise ValueError("a guard model has three classes")
        self._zero = [0.0] * len(self.labels)
        self._word_cache: dict[str, list[float]] = {}
        # Word pairs as first word -> second word -> weights: two lookups, no string to build.
        self._pairs: dict[str, dict[str, list[float]]] = {}
        for f, ws in self.weights.items():
            if f.startswith("p:"):
                a, _, b = f[2:].partition("_")
                self._pairs.setdefault(a, {})[b] = ws
        # A word as written (lower case) -> (skeleton, word after æ/ø/å restoring, its score, the
        # pairs it begins), one table for texts that are restored and one for the others.
        self._tokens: tuple[dict, dict] = ({}, {})

    @classmethod
    def load(cls, path: str | Path) -> "GuardModel":
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    def word_score(self, skel: str) -> list[float]:
        cached = self._word_cache.get(skel)
        if cached is not None:
            return cached
        s0 = s1 = s2 = 0.0
        get = self.weights.get
        for f in word_features(skel):
            ws = get(f)
            if ws is not None:
                s0 += ws[0]
                s1 += ws[1]
                s2 += ws[2]
        score = [s0, s1, s2]
        if len(self._word_cache) > 200_000:
            self._word_cache.clear()
        self._word_cache[skel] = score
        return score

    def _token(self, token: str, restore: bool) -> tuple | None:
        """What ``words`` makes of one token of a cleaned text, as (skeleton, (word as
        written, its score), its score's three parts, the pairs it begins, its pair key);
        None: shorter than two letters."""
        written = restore_word(token) if restore else token
        table = self._tokens[restore]
        if len(table) > 200_000:
            table.clear()
        if len(written) <= 1 or len(written) > MAX_WORD:
            table[token] = None
            return None
        skel = _skeleton(written)
        score = self.word_score(skel)
        out = table[token] = (skel, (written, score), score[0], score[1], score[2],
                              self._pairs.get(skel[:5], _NO_PAIRS), skel[:5])
        return out

    def scores(self, text: str) -> tuple[list[float], list[tuple[str, list[float]]]]:
        """(class scores, [(word as written, its score)]) for a text: the features of
        ``text_features`` summed in the same order (each distinct word, then each distinct
        pair, first occurrence first), from tables. This is the hot loop of a check, so the
        lookups run in C (``map``) and Python only adds up."""
        low = clean(text)
        restore = needs_restoring(low)
        table = self._tokens[restore]
        toks = _WORD.findall(low)
        for tok in set(toks).difference(table):
            self._token(tok, restore)
        ents = list(filter(None, map(table.__getitem__, toks)))
        order = dict.fromkeys(map(_SKEL, ents))
        if len(order) < len(ents):  # a word twice: its first occurrence counts, once
            first = dict(zip(map(_SKEL, reversed(ents)), reversed(ents)))
            words_ = list(map(first.__getitem__, order))
        else:
            words_ = ents
        t0 = t1 = t2 = 0.0  # three classes: unrolled
        for _, _, a, b, c, _, _ in words_:
            t0 += a
            t1 += b
            t2 += c
        # Neighbouring words in the model: each pair once (one weights list per pair).
        hits = list(filter(None, map(dict.get, map(_PAIRS_OF, ents), map(_PAIR_KEY, ents[1:]))))
        for a, b, c in (dict(zip(map(id, hits), hits)).values() if len(hits) > 1 else hits):
            t0 += a
            t1 += b
            t2 += c
        scale = length_scale(len(order))
        bias = self.bias
        return ([bias[0] + t0 * scale, bias[1] + t1 * scale, bias[2] + t2 * scale],
                list(map(_PER_WORD, words_)))

    def posterior(self, text: str) -> tuple[dict[str, float], list[tuple[str, list[float]]]]:
        total, per_word = self.scores(text)
        top = max(total)
        exp = [math.exp(s - top) for s in total]
        z = sum(exp)
        return {label: e / z for label, e in zip(self.labels, exp)}, per_word

    def explain(self, label: str, per_word: list[tuple[str, list[float]]], limit: int = 3) -> list[str]:
        """The words that added most to ``label`` against "permitted" (no stop words)."""
        i, p = self.labels.index(label), self.labels.index("permitted")
        ranked = sorted(((s[i] - s[p], w) for w, s in per_word
                         if w not in STOPWORDS and _skeleton(w) not in _STOP_SKELETONS and len(w) > 2),
                        key=lambda t: -t[0])
        return [w for gain, w in ranked[:limit] if gain > 0.25]

    def predict(self, text: str) -> tuple[str, float, list[str]]:
        """(label, probability, the words that weighed most for it against 'permitted')."""
        post, per_word = self.posterior(text)
        label = max(post, key=post.get)
        if label == "permitted":
            return label, post[label], []
        return label, post[label], self.explain(label, per_word)
