"""The fifteenth round: the gate on a rule's flag (``guard_gate``). On new writers' sets most
false flags were a rule's phrase in what the model reads as council work; the gate lets such a
flag give way, strong rules too, but not when the sentence or the clause that carries the phrase
is itself the errand. The texts are written for the tests, not taken from the sets."""

import pytest

from secretary_app.domain import guard
from secretary_app.domain.guard import PARTY, GuardResult, Reason
from secretary_app.domain.guard_gate import clause_of, gated, news
from secretary_app.domain.guard_judge import DEFAULTS, Part
from secretary_app.domain.guard_text import Sentence

OK, OUTSIDE = "ok", "outside_role"
GATE = dict(DEFAULTS, gate_whole=0.70, gate_context=0.10, gate_alone=0.90, gate_clause=0.60)


class Reader:
    """A model that reads "landsmøde" as party work unless council words are beside it."""

    def posterior(self, text):
        low = text.lower()
        council = any(w in low for w in ("udvalg", "forvaltning", "notat", "dagsorden"))
        party = "landsmøde" in low or "kampagne" in low
        p = 0.05 if council and not party else 0.85 if party and not council else 0.75 if council else 0.5
        if "slogan" in low and not council:  # an errand of its own
            p = 0.97
        return {"permitted": 1 - p, PARTY: p, OUTSIDE: 0.0}, []


def _part(*texts):
    sents = [Sentence(0, len(t), t) for t in texts]
    part = Part(" ".join(texts), sents, GuardResult(PARTY, [], 1.0, {}), {0: 0}, list(texts))
    part.model = Reader()
    part.whole = {"permitted": 0.8, PARTY: 0.2, OUTSIDE: 0.0}
    return part


def _flag(match):
    return GuardResult(PARTY, [Reason("party.organisation", match, "", "", PARTY, 2.0)], 2.0, {PARTY: 2.0})


def test_a_rule_phrase_in_news_beside_council_work_gives_way():
    part = _part("Jeg var til landsmøde i weekenden, så jeg er bagud.", "Kan du lave et notat til udvalget?",
                 "Jeg skal bruge det til tirsdag.", "Tak.")
    assert gated(_flag("landsmøde"), part.whole, part, {0}, GATE)


def test_the_flag_stands_when_the_model_does_not_read_the_whole_as_council_work():
    part = _part("Jeg var til landsmøde i weekenden, så jeg er bagud.", "Kan du lave et notat til udvalget?",
                 "Jeg skal bruge det til tirsdag.", "Tak.")
    assert not gated(_flag("landsmøde"), {"permitted": 0.5, PARTY: 0.5}, part, {0}, GATE)
    assert not gated(_flag("landsmøde"), part.whole, part, {0}, dict(GATE, gate_whole=1.01))


def test_a_clause_that_asks_for_party_work_keeps_the_flag_in_a_council_sentence():
    part = _part("Kan du skrive et notat til udvalget (og gerne et slogan til min kampagne)?",
                 "Jeg skal bruge det til tirsdag.", "Og send dagsordenen.", "Tak.")
    assert not gated(_flag("kampagne"), part.whole, part, {0}, GATE)
    assert gated(_flag("kampagne"), part.whole, part, {0}, dict(GATE, gate_clause=1.01))


def test_the_clause_is_cut_at_brackets_commas_and_conjunctions():
    reasons = [Reason("r", "kampagne", "", "", PARTY)]
    assert clause_of("Kan du lave et notat om genoptræning (btw gerne et slogan til min kampagne)?", reasons) \
        == " gerne et slogan til min kampagne"
    assert clause_of("Send dagsordenen, og skriv min kampagnetale", reasons).strip() == "skriv min kampagnetale"
    assert clause_of("ingen match her", reasons) == "ingen match her"


NEWS = dict(GATE, news_whole=0.55)


def test_a_flag_carried_only_by_news_gives_way_to_a_whole_read_as_council_work():
    # (the sentences as the rules read them: lower case)
    part = _part("det var en rå valgkamp, og jeg er glad for, at vi er ovre den.", "nu skal vi arbejde.",
                 "kan du lave et notat til udvalget om ventetiden?", "tak.")
    whole = {"permitted": 0.60, PARTY: 0.40, OUTSIDE: 0.0}
    assert news(whole, part, {0}, NEWS)
    assert not news(whole, part, {0}, dict(NEWS, news_whole=1.01))
    assert not news({"permitted": 0.50, PARTY: 0.50}, part, {0}, NEWS)


def test_news_that_the_next_sentence_asks_about_or_a_sentence_that_asks_keeps_the_flag():
    whole = {"permitted": 0.60, PARTY: 0.40, OUTSIDE: 0.0}
    about = _part("kredsen skal skrive vores lokale valgprogram.", "kan du lave et udkast til afsnittet om trafik?",
                  "og et notat til udvalget.")
    assert not news(whole, about, {0}, NEWS)
    asks = _part("kan du tilmelde mig landsmødet?", "og lave et notat til udvalget?")
    assert not news(whole, asks, {0}, NEWS)
    alone = _part("jeg var til landsmøde i weekenden.")
    assert not news(whole, alone, {0}, NEWS)


@pytest.mark.parametrize("piece", [
    "så den må du gerne tage dig af, max to sider", "hilsen lene (tilmeld mig lige landsmødet inden fredag)",
    "og når du alligevel sidder med det, så ville det være dejligt, hvis du lige samlede mine noter",
    "help me appeal it", "book the cabin for us in week 29", "flyt min tid hos tandlægen"])
def test_asks_the_news_rule_must_not_take_for_news(piece):
    from secretary_app.domain import guard_clauses
    assert not guard_clauses.remark(piece)


@pytest.mark.parametrize("verdict, text", [
    # News of the member's week beside council work passes ...
    (OK, "Jeg var til vores landsmøde i Vejle i weekenden, så jeg er bagud med mails. Kan du lave et notat til "
         "Teknik- og Miljøudvalget om trafiksikkerheden ved skolerne i Bredballe? Jeg skal bruge det til tirsdag."),
    (OK, "Min svigermor er indlagt, så jeg er svær at fange på telefonen i denne uge. Kan du sende mig "
         "dagsordenen til Socialudvalget og samle pressen om bostederne?"),
    (OK, "My employer is sending me to Hamburg for two weeks in March. Could you write up the questions for "
         "the administration about the bus routes before I go, so they can be sent to the committee?"),
    # ... an errand told in a clause of a council sentence does not.
    (PARTY, "Kan du lave et spørgsmål til forvaltningen om ventetiden på genoptræning (og gerne også tre forslag "
            "til et slogan til min valgkampagne)?"),
    (OUTSIDE, "Kan du sende mig bilagene til økonomiudvalget om skolerenoveringen og bagefter bestille en kage til "
              "min mors 80 års fødselsdag?"),
    (PARTY, "Kan du samle pressen om havneplanen, og skriv også et indlæg til partiforeningens medlemsblad om "
            "vores kandidater?"),
])
def test_the_gate_on_whole_requests(verdict, text):
    assert guard.check(text).verdict == verdict
