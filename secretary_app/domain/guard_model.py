"""The guard's second opinion: a small naive Bayes model over word stems, trained in the repo.

The rules (``guard.py``) catch what they have words for; requests written by other people
often say the same thing in other words ("the team at the square on Saturday", "more crosses
next to my name"). The model reads the labelled examples under ``tests/data`` and learns
which word stems and word pairs go with each label. It only speaks when the rules found
nothing and it is confident, and it explains itself with the words that weighed most.

Pure Python, no Qt and no database; the trained model is ``resources/guard/model.json``,
rebuilt by ``bench/train_guard_model.py`` (which also prints leave-one-set-out figures).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

LABELS = ("permitted", "party_political", "outside_role")
STEM = 6  # Danish inflects at the end: valgkampen, valgkampens -> "valgka"
# A word counts as evidence only if it is this many times likelier under the label than under
# "permitted"; a flag needs at least one such word (no flags on "send" or "onsdag" alone).
MIN_RATIO = 4.0
MIN_COUNT = 2  # features seen once are noise, and would make the file large
_WORD = re.compile(r"\w+", re.UNICODE)
# Words that say nothing about what is asked: they only add noise to the model and would make
# poor explanations ("til, op i, onsdag"). Numbers and one- or two-letter words are dropped too.
STOPWORDS = frozenset("""
af alle alt andre at bare bliver blev da de dem den denne der deres det dette dig din dit du efter eller
en end er et for fra få gerne godt har have hej hele hende hendes her hos hun hvad hvem hvis hvor hvordan
hvornår i igen ikke ind jeg jer jeres kan kom kommer kunne lidt lige man med meget men mere mig min mine
mit mod må nogen noget nok nu når og også om op os over på så se selv sig sin sine sit skal skulle som
til tak ud under var ved vi vil ville være været vores
a about after all also an and any are as at be been but by can could do for from get got had has have he
her him his how i if in into is it its just me more my no not now of on or our out please so some than
that the their them then there they this to up us was we were what when where which who will with would
you your mandag tirsdag onsdag torsdag fredag lørdag søndag monday tuesday wednesday thursday friday
saturday sunday uge ugen næste week next today tomorrow i_dag
""".split())


def _useful(word: str) -> bool:
    return len(word) > 2 and not word.isdigit() and word not in STOPWORDS


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def features(text: str) -> dict[str, str]:
    """Feature -> the words it came from (for the explanation): stems of the useful words, and
    stem pairs of neighbouring useful words."""
    words = [w for w in _words(text) if _useful(w)]
    stems = [w[:STEM] for w in words]
    out: dict[str, str] = {}
    for w, s in zip(words, stems):
        out.setdefault(s, w)
    for i in range(len(stems) - 1):
        out.setdefault(f"{stems[i]}_{stems[i + 1]}", f"{words[i]} {words[i + 1]}")
    return out


def train(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A model from labelled rows ({"text", "label"}): document counts per label and feature."""
    docs: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = {label: Counter() for label in LABELS}
    for row in rows:
        label = row["label"]
        if label not in counts:
            continue
        docs[label] += 1
        counts[label].update(features(str(row["text"])).keys())
    total = Counter()
    for c in counts.values():
        total.update(c)
    vocab = sorted(f for f, n in total.items() if n >= MIN_COUNT)
    return {
        "format": "secretary-app/guard-model/1",
        "labels": list(LABELS),
        "docs": {label: docs[label] for label in LABELS},
        "counts": {f: [counts[label][f] for label in LABELS] for f in vocab},
    }


class GuardModel:
    def __init__(self, data: dict[str, Any]):
        self.labels: list[str] = list(data["labels"])
        self.docs: list[int] = [int(data["docs"][label]) for label in self.labels]
        total = sum(self.docs) or 1
        self.prior = [math.log(max(d, 1) / total) for d in self.docs]
        # Bernoulli-style evidence of a present feature, smoothed: log P(f | label).
        self.logp: dict[str, list[float]] = {
            f: [math.log((c + 0.5) / (d + 1)) for c, d in zip(cs, self.docs)]
            for f, cs in data["counts"].items()
        }

    @classmethod
    def load(cls, path: str | Path) -> "GuardModel":
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    def posterior(self, text: str) -> tuple[dict[str, float], dict[str, str]]:
        feats = {f: w for f, w in features(text).items() if f in self.logp}
        scores = list(self.prior)
        for f in feats:
            for i, lp in enumerate(self.logp[f]):
                scores[i] += lp
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        z = sum(exp)
        return {label: e / z for label, e in zip(self.labels, exp)}, feats

    def predict(self, text: str) -> tuple[str, float, list[str]]:
        """(label, probability, the words that weighed most for it against 'permitted')."""
        post, feats = self.posterior(text)
        label = max(post, key=post.get)
        if label == "permitted":
            return label, post[label], []
        i, p = self.labels.index(label), self.labels.index("permitted")
        weight = sorted(feats, key=lambda f: self.logp[f][p] - self.logp[f][i])
        words: list[str] = []
        for f in weight:
            if self.logp[f][i] - self.logp[f][p] < math.log(MIN_RATIO):
                break
            w = feats[f]
            if not any(w in other or other in w for other in words):
                words.append(w)
            if len(words) == 3:
                break
        return label, post[label], words
