"""The guard's rule engine: hard cases in both directions, inflections, odd input, the rules file."""

from __future__ import annotations

import json
import os

import pytest

from secretary_app.domain import guard

PARTY = "party_political"
OUTSIDE = "outside_role"
OK = "ok"


@pytest.mark.parametrize("text", [
    # Council business that mentions elections, campaigns, parties or votes is fine.
    "Hvordan foregår valg af formand i udvalget, hvis formanden træder ud? Tjek styrelsesloven.",
    "Forvaltningen vil lave en kampagne for bedre affaldssortering. Idéer til Teknik- og Miljøudvalget?",
    "Forvaltningen har sat nye regler for ophængning af valgplakater på lygtepæle på udvalgets dagsorden.",
    "Lav en oversigt over partiernes ændringsforslag til budget 2027 i Økonomiudvalget.",
    "Skriv et par linjer om, hvordan gruppen stemte om skolestrukturen i Børne- og Ungdomsudvalget.",
    "Skriv en pressemeddelelse: Venstre stemte imod i udvalget, selvom de i valgkampen lovede bedre normeringer.",
    "Kommunen mangler pædagoger. Lav et oplæg om kommunens rekrutteringskampagne til udvalget.",
    "Jeg vil stille et medlemsforslag om at øge valgdeltagelsen blandt unge førstegangsvælgere.",
    "Er jeg inhabil i sagen om lokalplanen – min svoger ejer en af grundene?",
    "Am I disqualified from voting on the tender, given that my wife works for one of the bidders?",
    "Hvordan opgør jeg tabt arbejdsfortjeneste som selvstændig, når der er udvalgsmøder i dagtimerne?",
    "Write a short statement on why we voted against the parking fee in the Technical Committee.",
    "Summarise the council's rules on election posters for the committee meeting.",
])
def test_council_business_is_not_flagged(text):
    result = guard.check(text)
    assert result.verdict == OK, [(r.rule, r.match) for r in result.reasons]
    assert result.reasons == []


@pytest.mark.parametrize("text", [
    # Party work that avoids the obvious words is still caught.
    "Kan du skrive min tale til vores 1. maj-arrangement i Fælledparken?",
    "Can you write my speech for our party's May Day rally?",
    "Skriv et debatindlæg, der slutter med en opfordring til at sætte krydset ved os.",
    "Write an op-ed urging readers to back our list in November.",
    "Prepare me for the candidates' debate at the library before the election.",
    "Kan du forberede mig til debatten mellem spidskandidaterne?",
    "Arranger en dør-til-dør-runde i Sydhavnen, hvor vi banker på og deler materiale ud.",
    "Skriv et nyhedsbrev til partiforeningens medlemmer.",
    "Skriv en tale til opstillingsmødet i storkredsen.",
    "Lav et Facebook-opslag, der opfordrer folk til at melde sig ind hos os.",
    "Kan du koordinere et møde med erhvervsfolk, der har lovet os et bidrag til kampagnen?",
    "Book et lokale til vælgermødet og lav en plakat med mit ansigt.",
])
def test_party_work_is_flagged(text):
    result = guard.check(text)
    assert result.verdict == PARTY
    assert result.reasons and all(r.kind == PARTY for r in result.reasons)


@pytest.mark.parametrize("text", [
    "Skriv et udkast til min bryllupstale til min lillebror.",
    "Opdater prislisten på min frisørsalons hjemmeside.",
    "Kan du tage referat ved bestyrelsesmødet i min tennisklub?",
    "Læs korrektur på min ansøgning til stillingen som afdelingschef.",
    "Skriv en klage til min udlejer over fugten.",
    "Could you draft a LinkedIn post announcing the launch of my consultancy?",
    "Can you check whether I can deduct the heat pump at my house on my tax return?",
])
def test_private_matters_are_outside_role(text):
    assert guard.check(text).verdict == OUTSIDE


@pytest.mark.parametrize("word", ["valgkamp", "valgkampen", "valgkampens", "valgkampe", "valgkampagnen",
                                  "kommunalvalgkampen"])
def test_inflections_and_compounds_of_valgkamp(word):
    result = guard.check(f"Lav et budget for {word} i år.")
    assert result.verdict == PARTY
    assert result.reasons[0].match.lower() == word


@pytest.mark.parametrize("word", ["partiforening", "partiforeningen", "partiforeningens", "partiforeningerne"])
def test_inflections_of_partiforening(word):
    assert guard.check(f"Skriv indkaldelsen til {word} møde.").verdict == PARTY


def test_reason_cites_the_law_in_both_languages_and_quotes_the_words_as_written():
    result = guard.check("Skriv min tale til LANDSMØDET.")
    reason = result.reasons[0]
    assert reason.match == "LANDSMØDET"
    assert "Kommunestyrelseslovens § 16, stk. 11" in reason.explanation_da
    assert "valgkampe og opstillingsmøder" in reason.explanation_da
    assert "direkte relateret til hvervet" in reason.explanation_da
    assert "§ 16, stk. 11" in reason.explanation_en and "council office" in reason.explanation_en
    out = result.to_json("en", id="x")
    assert out == {"id": "x", "verdict": PARTY,
                   "reasons": [{"rule": r.rule, "match": r.match, "explanation": r.explanation_en,
                                "sentence": "Skriv min tale til LANDSMØDET."} for r in result.reasons]}


def test_outside_role_explanation_names_the_scheme_limit():
    reason = guard.check("Book flybilletter til Mallorca for mig og familien.").reasons[0]
    assert "direkte relateret til hvervet" in reason.explanation_da
    assert "private" in reason.explanation_en


@pytest.mark.parametrize("value", [None, "", "   \n\t", 12345, b"\xff\xfe\x00binary", "\x00\x01\x02",
                                   "🙂" * 50, ["a list"], {"text": "a dict"}])
def test_empty_and_garbage_input_gives_a_verdict(value):
    result = guard.check(value)
    assert result.verdict in guard.VERDICTS
    json.dumps(result.to_json("da"))  # always serialisable


def test_empty_text_is_ok():
    assert guard.check("").verdict == OK and guard.check("").reasons == []


def test_one_megabyte_text():
    filler = "Skriv et notat om skolestrukturen til mødet på tirsdag. " * 20_000
    text = filler[:500_000] + " Skriv også min tale til landsmødet. " + filler[:500_000]
    assert len(text) > 1_000_000
    result = guard.check(text)
    assert result.verdict == PARTY and result.reasons[0].match == "landsmødet"
    assert guard.check(filler[:1_000_000]).verdict == OK


def test_random_bytes_do_not_crash():
    data = os.urandom(200_000)
    assert guard.check(data).verdict in guard.VERDICTS
    assert guard.check(data.decode("latin-1")).verdict in guard.VERDICTS


def test_rules_file_is_readable_and_every_rule_explains_itself():
    data = json.loads(guard.rules_path().read_text(encoding="utf-8"))
    ids = [r["id"] for r in data["rules"]]
    assert len(ids) == len(set(ids))
    for r in data["rules"]:
        assert r["kind"] in guard.KINDS
        assert r.get("why_da") and r.get("why_en"), r["id"]
    for kind in (PARTY, OUTSIDE):
        assert "§ 16, stk. 11" in data["basis"][kind]["da"]


def test_a_secretariat_can_extend_the_rules_without_code(tmp_path):
    data = json.loads(guard.rules_path().read_text(encoding="utf-8"))
    data["rules"].append({"id": "local.festival", "kind": PARTY, "weight": 2.0,
                          "patterns": ["rosenfest*"], "unless": ["kommunens rosenfest"],
                          "why_da": "Partiets rosenfest er et partiarrangement.",
                          "why_en": "The party's rose festival is a party event."})
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    book = guard.RuleBook.load(path)
    flagged = book.check("Skriv en hilsen til rosenfesten i Valby.")
    assert flagged.verdict == PARTY and flagged.reasons[0].rule == "local.festival"
    assert book.check("Skriv en hilsen til kommunens rosenfest.").verdict == OK


def test_bad_rules_file_names_the_rule():
    with pytest.raises(ValueError, match="r1"):
        guard.RuleBook({"rules": [{"id": "r1", "kind": "nonsense", "patterns": ["x"]}]})
    with pytest.raises(ValueError, match="duplicate"):
        guard.RuleBook({"rules": [{"id": "a", "patterns": ["x"]}, {"id": "a", "patterns": ["y"]}]})


def test_pattern_syntax():
    import re
    rx = re.compile(guard.compile_pattern("{min,mit} forsikring*"))
    assert rx.search("mit forsikringsselskab") and not rx.search("dit forsikringsselskab")
    rx = re.compile(guard.compile_pattern("dør-til-dør"))
    assert rx.search("dør til dør") and rx.search("dør-til-dør")
    rx = re.compile(guard.compile_pattern("*valgkamp*"))
    assert rx.search("kommunalvalgkampen")
    assert not re.search(guard.compile_pattern("kandidat"), "kandidatuddannelse")


def test_dev_set_meets_targets():
    """The shipped rules on the labelled dev set (see README for the held-out figures)."""
    from pathlib import Path
    # The shared dev set is read where it stands (CI has ../shared beside the checkout); it is
    # not training data, so this is a measure on text the model has not seen.
    path = Path(__file__).resolve().parents[3] / "shared" / "guard" / "requests-dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/guard/requests-dev.jsonl is not beside the checkout")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    got = {"permitted": [0, 0], PARTY: [0, 0], OUTSIDE: [0, 0]}
    for row in rows:
        verdict = guard.check(row["text"]).verdict
        want = {"permitted": OK}.get(row["label"], row["label"])
        got[row["label"]][0] += verdict == want
        got[row["label"]][1] += 1
    assert got[PARTY][0] / got[PARTY][1] >= 0.95
    assert got[OUTSIDE][0] / got[OUTSIDE][1] >= 0.80
    assert 1 - got["permitted"][0] / got["permitted"][1] <= 0.05
