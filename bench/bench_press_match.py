"""Watch-term matching: 100,000 clippings (headline and summary, ~45 words each) against 200
watch terms with Danish inflections, compounds, names and exclusions.

Baseline in the same run: the same 200 terms as FTS5 prefix queries (``"term"*``) over the same
clippings in an in-memory SQLite table, which is what a plain search would do (it finds
``cykelstien`` but not ``supercykelstien`` or ``Ålholmvejs``, and knows no exclusions).
Also printed: the first run over a cold word cache, and importing one 50-item feed's worth.
"""

from __future__ import annotations

import bisect
import itertools
import random
import sqlite3
import time

from secretary_app.domain.press_match import Matcher, WatchTerm

import sys

N_CLIPPINGS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
N_TERMS = 200

STEMS = ("cykelsti", "skole", "bus", "havn", "bolig", "park", "vej", "plads", "budget", "klima", "affald",
         "daginstitution", "plejehjem", "bibliotek", "svømmehal", "metro", "lokalplan", "trafik", "støj",
         "parkering", "byggeri", "kloak", "legeplads", "idrætshal", "ungdomsklub", "folkeskole", "sygehus",
         "vindmølle", "fjernvarme", "grønt", "område", "borger", "kommune", "udvalg", "forslag", "beslutning")
ENDINGS = ("", "en", "et", "er", "erne", "s", "ens", "e", "ne")
PREFIXES = ("", "", "", "super", "ny", "by", "lokal", "kommunal")
PLACES = ("Ålholmvej", "Amager Strand", "Valby Langgade", "Sundby", "Sydhavnen", "Nørrebrogade", "Bispebjerg",
          "Vesterbro", "Brønshøj", "Tingbjerg", "Husum", "Vigerslev", "Kongens Nytorv", "Islands Brygge")
NAMES = ("Mette Hansen", "Jonas Skovgaard", "Aisha Rahimi", "Karen Holm", "Peter Vestergaard", "Line Bech")
FILLER = ("og", "i", "på", "til", "der", "som", "med", "for", "at", "det", "den", "ikke", "om", "vil", "har",
          "siger", "mener", "byrådet", "politikerne", "borgerne", "nye", "flere", "mindre", "igen", "næste", "år")


_vocab_rng = random.Random(1)
VOCAB = ["".join(_vocab_rng.choice("abdefghiklmnoprstuvyæøå") for _ in range(_vocab_rng.randrange(4, 12)))
         for _ in range(50_000)]
CUM = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(VOCAB))))


def make_terms(rng: random.Random) -> list[WatchTerm]:
    pool = list(STEMS) + list(PLACES) + list(NAMES)
    extra = [f"{a}{b}" for a in ("cykel", "skole", "by", "havne", "grønne") for b in ("sti", "mad", "rum", "plan",
                                                                                      "område", "tilbud", "park")]
    pool += extra
    rare = [f"{a}{b}" for a in ("kultur", "miljø", "teknik", "social", "sundheds", "beskæftigelses", "økonomi",
                                "børne", "ældre", "handicap", "integrations", "erhvervs", "turisme", "havne")
            for b in ("politik", "center", "strategi", "tilsyn", "pulje", "råd", "plan", "forlig")]
    pool += rare
    pool = pool[:N_TERMS]
    assert len(pool) == N_TERMS, len(pool)
    terms = []
    for n, text in enumerate(pool):
        excl = ("Amager Bakke",) if text.startswith("Amager") else (("fodbold",) if n % 17 == 0 else ())
        terms.append(WatchTerm(n, text, owner=n % 8, exclusions=excl))
    return terms


def make_text(rng: random.Random) -> tuple[str, str]:
    def word() -> str:
        r = rng.random()
        if r < 0.01:
            return rng.choice(PREFIXES) + rng.choice(STEMS) + rng.choice(ENDINGS)
        if r < 0.013:
            return rng.choice(PLACES) + rng.choice(("", "", "s"))
        if r < 0.014:
            return rng.choice(NAMES)
        if r < 0.45:  # news vocabulary is Zipf-like: a few words often, many words rarely
            return VOCAB[bisect.bisect(CUM, rng.random() * CUM[-1])]
        return rng.choice(FILLER)
    title = " ".join(word() for _ in range(8)).capitalize()
    summary = " ".join(word() for _ in range(35)) + "."
    return title, summary


def main() -> None:
    rng = random.Random(18)
    terms = make_terms(rng)
    texts = [make_text(rng) for _ in range(N_CLIPPINGS)]

    matcher = Matcher(terms)
    t = time.perf_counter()
    hits_cold = sum(1 for title, summary in texts[:1000] if matcher.match(title, summary))
    cold_1000 = time.perf_counter() - t

    matcher = Matcher(terms)
    t = time.perf_counter()
    matched = sum(1 for title, summary in texts if matcher.match(title, summary))
    ours = time.perf_counter() - t

    t = time.perf_counter()
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE c USING fts5(title, summary, tokenize='unicode61 remove_diacritics 2')")
    con.executemany("INSERT INTO c(rowid, title, summary) VALUES (?, ?, ?)",
                    ((n, a, b) for n, (a, b) in enumerate(texts)))
    con.commit()
    fts_build = time.perf_counter() - t
    t = time.perf_counter()
    found: set[int] = set()
    for term in terms:
        words = " ".join(f'"{w}"*' for w in term.text.split())
        found.update(r for (r,) in con.execute("SELECT rowid FROM c WHERE c MATCH ?", (words,)))
    fts = time.perf_counter() - t

    print(f"{N_CLIPPINGS:,} clippings x {len(terms)} watch terms")
    print(f"  matcher (inflections, compounds, exclusions): {ours:6.2f} s  "
          f"({ours / N_CLIPPINGS * 1e6:.0f} µs a clipping), {matched:,} clippings matched")
    print(f"  FTS5 prefix queries (baseline, same run):     {fts:6.2f} s, {len(found):,} clippings found")
    print(f"  FTS5 index built for the baseline:            {fts_build:6.2f} s")
    print(f"  ratio matcher / FTS queries: {ours / fts:.1f}x; matcher / (FTS index + queries): "
          f"{ours / (fts + fts_build):.2f}x")
    print(f"  first 1,000 clippings on a cold word cache: {cold_1000 * 1000:.0f} ms "
          f"({hits_cold} matched): a 50-item feed costs about {cold_1000 / 20 * 1000:.0f} ms")


if __name__ == "__main__":
    main()
