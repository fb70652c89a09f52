"""The guard on the project's own labelled sets, written after the rules and kept as a
regression net (their first-run figures, before any fix, are in the README). Since 7 Dec 2026 the
validation sets (f3 to f24, t1, t2) are training data too: each had been read and fixed as rules
before, and the model carried more of them over to unseen writers than the rules did."""

import json
from pathlib import Path

import pytest

from secretary_app.domain import guard

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ("guard_challenge.jsonl", "guard_blind.jsonl", "guard_blind3.jsonl", "guard_blind4.jsonl",
        "guard_set_a.jsonl", "guard_set_b.jsonl", "guard_set_c.jsonl", "guard_set_d.jsonl",
        "guard_set_e.jsonl", "guard_set_f.jsonl", "guard_set_g.jsonl", "guard_set_h.jsonl",
        "guard_set_k.jsonl", "guard_set_l.jsonl",
        # Training data for the false flags of issue 15 (sources, disclaimers, prefaces, elections,
        # everyday words) and their flagged counterparts; its leave-one-set-out figures are in the README.
        "guard_set_o.jsonl",
        # Blind sets in the inbox styles (4 Dec 2026): their errors were fixed as rules (trained on
        # since 7 Dec 2026).
        "guard_set_f3.jsonl", "guard_set_f5.jsonl", "guard_set_f6.jsonl",
        # More of them (forwards; long and real texts; SMS, real texts and forwards), the same way.
        "guard_set_f8.jsonl", "guard_set_f9.jsonl", "guard_set_f12.jsonl", "guard_set_f14.jsonl",
        # A noisy inbox, and the weeks around an election (6 Dec 2026), the same way.
        "guard_set_f16.jsonl", "guard_set_f18.jsonl",
        # Two more writers (7 Dec 2026): context that is not the errand, a smaller municipality.
        "guard_set_t1.jsonl", "guard_set_t2.jsonl",
        # A regional town's spring and Copenhagen's city council (7 Dec 2026), the same way.
        "guard_set_f22.jsonl", "guard_set_f23.jsonl")
# One-concept probe sentences; three of them are honestly ambiguous and stay unflagged
# (a "stemmeseddel-guide", a youth organisation's magazine, "som parti").
PROBES = "guard_probes.jsonl"
VERDICT = {"ok": "permitted", "party_political": "party_political", "outside_role": "outside_role"}


def figures(path: Path) -> dict[str, float]:
    counts: dict[str, list[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        got = VERDICT[guard.check(row["text"], row.get("task_type")).verdict]
        hit, total = counts.setdefault(row["label"], [0, 0])
        counts[row["label"]] = [hit + (got == row["label"]), total + 1]
    return {label: hit / total for label, (hit, total) in counts.items()}


@pytest.mark.parametrize("name", SETS)
def test_own_sets_meet_the_targets(name):
    f = figures(DATA / name)
    assert f["party_political"] >= 0.95
    assert f["outside_role"] >= 0.80
    assert 1 - f["permitted"] <= 0.05 + 1e-9  # (4 of 80 is on the target)


def test_probe_sentences():
    f = figures(DATA / PROBES)
    assert f["party_political"] >= 0.90
    assert f["outside_role"] >= 0.95
    assert 1 - f["permitted"] <= 0.05


@pytest.mark.parametrize("name, outside", [("guard_set_i.jsonl", 0.60), ("guard_set_j.jsonl", 0.70)])
def test_sets_of_everyday_private_wording(name, outside):
    """Sets I and J ask for private life "in all its variety": party work and false flags meet the
    targets; private matters in everyday words are the known gap, held here so it does not get worse."""
    f = figures(DATA / name)
    assert f["party_political"] >= 0.95
    assert 1 - f["permitted"] <= 0.05
    assert f["outside_role"] >= outside


@pytest.mark.parametrize("name, false_flags", [("guard_set_f7.jsonl", 0.13), ("guard_set_f11.jsonl", 0.11)])
def test_the_sets_written_to_draw_false_flags(name, false_flags):
    """Sets f7 and f11 (4 Dec 2026) were written to make a careless guard flag permitted requests:
    party words and private news beside council errands, in long requests full of the member's
    life. Party and private recall meet the targets; their false flags (f7 0.26 at first, now
    0.125; f11 0.34 at first, now 0.086) are the known gap, held here so it does not get worse."""
    f = figures(DATA / name)
    assert f["party_political"] >= 0.95
    assert f["outside_role"] >= 0.80
    assert 1 - f["permitted"] <= false_flags


def test_the_set_of_errands_hidden_among_news():
    """Set f13 (4 Dec 2026) hides a party or private errand among the member's party news,
    declines, forwards and availability. Party recall and false flags meet the targets; private
    errands the rules have no words for (a guest house's booking, a team's driving list, a quote
    from the member's firm) are the known gap (0.60 at first, 0.725 now), held here."""
    f = figures(DATA / "guard_set_f13.jsonl")
    assert f["party_political"] >= 0.95
    assert 1 - f["permitted"] <= 0.05 + 1e-9  # 1 of its 20 permitted requests
    assert f["outside_role"] >= 0.70


def test_the_set_of_the_members_everyday_life():
    """Set f19 (6 Dec 2026) is the member's private life in everyday words, beside council work.
    Party and private recall meet the targets (0.967 / 0.914 at first, 1.000 / 1.000 after its fixes);
    its false flags (0.147 at first, 0.067 after its fixes, before it was trained on) were the gap: a meeting with a tenants' or housing association, a holiday told in the sentence that
    asks, a parents' group the member's children belong to, a homeowners' association the member
    lives in, all read by the model as the member's own affairs."""
    f = figures(DATA / "guard_set_f19.jsonl")
    assert f["party_political"] >= 0.95
    assert f["outside_role"] >= 0.80
    assert 1 - f["permitted"] <= 0.07



def test_the_set_of_the_member_among_people():
    """Set f21 (7 Dec 2026) is the organisations a member meets (tenants', parents' and homeowners'
    associations, clubs, churches) beside the member's own. Party and private recall meet the
    targets (0.969 / 0.906 at first and after its fixes); its false flags (0.150 at first, 0.062
    after its fixes, before it was trained on) were the gap: the model read an association the
    member meets, or a short note about one, as the member's own affairs."""
    f = figures(DATA / "guard_set_f21.jsonl")
    assert f["party_political"] >= 0.95
    assert f["outside_role"] >= 0.80
    assert 1 - f["permitted"] <= 0.065
