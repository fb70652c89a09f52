"""Watch terms hit Danish inflections and compounds, and exclusions keep them out."""

import pytest

from secretary_app.domain.press_match import (
    Matcher, WatchTerm, committee_topics, headline_key, near_same_headline, split_terms,
)


def _terms(text, *terms):
    return sorted({h.term for h in Matcher(terms).match(text)})


@pytest.mark.parametrize("text", [
    "Den nye cykelsti er åben", "Cykelstien lukker i weekenden", "Alle cykelstierne skal males",
    "Cykelstiens belægning", "Supercykelstien til Dragør", "Cykelstiprojektet er forsinket",
])
def test_inflected_and_compound_forms_of_a_term_hit(text):
    assert _terms(text, WatchTerm(1, "cykelsti")) == ["cykelsti"]


@pytest.mark.parametrize("text", ["Ålholmvejs beboere klager", "Trafik på Ålholmvej", "Aalholmvej får chikaner"])
def test_a_street_name_hits_itself_its_genitive_and_the_old_aa_spelling(text):
    assert _terms(text, WatchTerm(1, "Ålholmvej")) == ["Ålholmvej"]


@pytest.mark.parametrize("text", ["Stien i parken", "Cyklisterne kører", "Vejret bliver koldt", "Bolig til alle"])
def test_words_that_only_look_alike_miss(text):
    assert _terms(text, WatchTerm(1, "cykelsti"), WatchTerm(2, "Ålholmvej"), WatchTerm(3, "Bo")) == []


def test_stem_changes_doubled_consonant_and_dropped_e():
    assert _terms("Bussen kom ikke", WatchTerm(1, "bus")) == ["bus"]
    assert _terms("Cyklerne blev stjålet", WatchTerm(1, "cykel")) == ["cykel"]


def test_a_name_matches_its_genitive_but_no_compound():
    m = WatchTerm(1, "Mette Hansen")
    assert _terms("Mette Hansens forslag om skolemad", m) == ["Mette Hansen"]
    assert _terms("Mette Hansenfonden", m) == []
    assert _terms("Mette sagde til Hansen", m) == []


def test_an_exclusion_inside_the_term_removes_only_those_occurrences():
    amager = WatchTerm(1, "Amager", exclusions=("Amager Bakke",))
    assert _terms("Røg fra Amager Bakke", amager) == []
    hits = Matcher([amager]).match("Amager Bakke og Amager Strand")
    assert [h.spans for h in hits] == [((16, 22),)]


def test_an_exclusion_elsewhere_removes_the_term_from_the_whole_text():
    skole = WatchTerm(1, "skole", exclusions=("fodbold",))
    assert _terms("Skolerne lukker tidligt", skole) == ["skole"]
    assert _terms("Skoleholdet vandt i fodbold", skole) == []


def test_hits_carry_the_owner_and_the_spans_to_highlight():
    m = Matcher([WatchTerm("t1", "cykelsti", owner=7), WatchTerm("t2", "skole", owner=None)])
    hits = {h.key: h for h in m.match("Ny cykelsti ved skolen", "Cykelstien er bred")}
    assert hits["t1"].owner == 7 and hits["t1"].spans == ((3, 11), (23, 33))
    assert hits["t2"].owner is None


def test_terms_are_split_on_commas_and_kept_once():
    assert split_terms("cykelsti,  Ålholmvej ; cykelsti\nskolemad") == ["cykelsti", "Ålholmvej", "skolemad"]


def test_committees_become_suggested_topics():
    topics = committee_topics("Teknik- og Miljøudvalget\nBørne- og Ungdomsudvalget")
    assert topics[:3] == ["Teknik- og Miljøudvalget", "teknik", "miljø"]
    assert "børn" in topics and "ungdom" in topics
    assert _terms("Børnene i Ungdomsskolen", *(WatchTerm(t, t) for t in topics)) == ["børn", "ungdom"]


def test_near_identical_headlines_from_one_outlet_are_the_same_story():
    a = headline_key("Amager Bladet", "Ny cykelsti på Ålholmvej")
    assert near_same_headline(a, headline_key("amager bladet", "Ny cykelsti på Ålholmvej!"))
    assert near_same_headline(a, headline_key("Amager Bladet", "Ny cykelsti på Aalholmvej"))
    assert not near_same_headline(a, headline_key("Berlingske", "Ny cykelsti på Ålholmvej"))
    assert not near_same_headline(a, headline_key("Amager Bladet", "Ny skole på Ålholmvej åbner i 2027"))
