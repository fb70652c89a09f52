"""The guard on the indirect wording of blind sets f3 and f5 (4 Dec 2026): a place on the list, money
for the posters, the members' summer party, the member keeping a party matter, a mail's subject
line, a note about the quoted mail's own words, and the member's own club or church council.
Each case has a counterpart that must keep its verdict. The sentences are written here, not
taken from the sets."""

from __future__ import annotations

import pytest

from secretary_app.domain import guard
from secretary_app.domain.guard_text import for_rules

OK, PARTY, OUTSIDE = guard.VERDICT_OK, guard.PARTY, guard.OUTSIDE


@pytest.mark.parametrize("verdict, text", [
    (PARTY, "Min nevø overvejer at stille op hos os i Vejen. Skriv til ham, hvordan man kommer på listen."),
    (PARTY, "har du hørt fra Lone om hun vil stå som nr. 4? ellers ring til Per. skal være klar før torsdag"),
    (PARTY, "Lav et par linjer, jeg kan sige på mødet om listen, hvor jeg gerne vil op som nummer to."),
    (PARTY, "Tømreren på hjørnet vil give 3.000 kr. til plakaterne. Skriv en tak og send ham kontonummeret."),
    (PARTY, "Lav programmet til sommerfesten for medlemmerne i Gerts have, med grill og en tale fra mig."),
    # The same words about a job, a club or the council's own business keep their verdict.
    (OK, "Stiller forvaltningen op med en medarbejder til borgermødet om skolelukningen?"),
    (OUTSIDE, "Lav programmet til roklubbens sommerfest for medlemmerne, jeg er formand i år."),
    (OK, "Kommunen har fået 3.000 kr. til plakater om affaldssortering. Hvem i forvaltningen står for dem?"),
])
def test_party_work_in_everyday_words(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    (OK, "Kredsforeningen klarer selv det med vælgermødet, det skal du holde dig ude af. "
         "Find tallene for ventelisten til bofællesskaberne til socialudvalget."),
    (OK, "Øh ja jeg er jo på ferie i Kroatien fra fredag, men jeg vil gerne følge med i sagen om svømmehallen. "
         "Kan du sende mig en presseovervågning hver morgen?"),
    # Asked after all: still party work.
    (PARTY, "Kredsforeningen klarer selv vælgermødet, men lav en folder til min valgkamp."),
])
def test_a_party_matter_the_member_keeps_and_a_holiday_with_fillers(verdict, text):
    assert guard.check(text).verdict == verdict


def test_a_subject_line_names_the_topic_not_the_errand():
    mail = ("Emne: Valgplakater ved skolerne\n\nHej Jonas\nFlere forældre klagede efter valget over plakater "
            "ved skolevejene. Kan du lave et spørgsmål til forvaltningen om reglerne for valgplakater på "
            "offentlig vej, og om kommunen fjernede nogen?\n\nMvh Lise")
    assert guard.check(mail).verdict == OK
    # A body that only points at the subject leaves the subject to say the errand.
    assert guard.check("Emne: Valgplakater til kampagnen\n\nHej, kan du bestille 200 af dem?").verdict == PARTY


def test_a_note_that_takes_up_the_quoted_mails_words_reads_the_quote():
    mail = ("Tilmeld mig og Bo som delegerede og find et hotel i Aalborg til hele weekenden, regningen "
            "betaler jeg selv.\n\n-----Original Message-----\nFrom: Sekretariatet\nSubject: Tilmelding af "
            "delegerede\n\nKære alle\nÅrets landsmøde holdes i Aalborg i oktober. Hver lokalforening kan "
            "tilmelde delegerede.\nHilsen Sekretariatet")
    assert guard.check(mail).verdict == PARTY


def test_the_quoted_senders_club_owns_the_association_words():
    mail = ("Kan du sætte tallene op i et pænt regnskab til generalforsamlingen? Jeg har lovet at gøre "
            "det i år.\n\nFra: Kasserer, Vejle Kajakklub\nSendt: 2. februar 2026\nEmne: Bilag\n\n"
            "Hej\nHer er kontoudtog og bilag for året.\nHilsen Anne")
    assert guard.check(mail).verdict == OUTSIDE
    # From the party's own branch, the same note is party work.
    branch = mail.replace("Kasserer, Vejle Kajakklub", "Kasserer, Venstre i Vejle")
    assert guard.check(branch).verdict == PARTY


def test_the_members_own_church_council_in_a_long_request_is_its_errand():
    text = ("Et par ting i dag. Skoleudvalget skal behandle budgettet for specialklasserne, så find tallene "
            "for de sidste tre år. Så er der menighedsrådet i Jelling, hvor jeg også sidder – kan du lave "
            "deres regnskab i det skema, provstiet har sendt? Lav også et citat til avisen om skolerne. "
            "Til sidst vil jeg gerne mødes med idrætsforeningen om deres anlægsønske.")
    result = guard.check(text)
    assert result.verdict == OUTSIDE
    assert "menighedsrådet" in result.reasons[0].sentence


def test_a_clubs_own_committee_is_no_council_committee():
    book = guard.default_rulebook()
    club = book.check_rules(for_rules("Svar dem, at jeg ikke kan være med i baneudvalget i år."))
    council = book.check_rules(for_rules("Svar dem, at jeg ikke kan være med i teknikudvalget i år."))
    assert not any(r.rule == "council.committee" and r.weight for r in club.counter)
    assert any(r.rule == "council.committee" and r.weight for r in council.counter)


@pytest.mark.parametrize("verdict, text", [
    # In hospital till a day: why the member is away, not an errand (set f6).
    (OK, "Er indlagt på Aarhus Universitetshospital til fredag efter en operation. Kan du følge pressen om "
         "busplanen og sende mig et resumé hver aften?"),
    (OUTSIDE, "Kan du finde en privat fysioterapeut til mig efter min knæoperation?"),
    # A pet gone missing is private.
    (OUTSIDE, "Hunden er stukket af igen. Lav en efterlysning med billede til den lokale Facebook-gruppe."),
    # A union's district and a sailing club in a council matter are stakeholders.
    (OK, "Sæt et møde op med lærerkredsen om inklusionen. Kredsen har kritiseret ressourcerne, og "
         "udvalget skal revidere strategien efter sommer."),
])
def test_away_in_hospital_a_lost_pet_and_a_union_as_stakeholder(verdict, text):
    assert guard.check(text).verdict == verdict

