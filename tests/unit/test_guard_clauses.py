"""A request tells a story and then asks (issue 15, false flags on text from new authors).

A private word in the story gives way when the ask is council work; an ask that serves the
private matter still flags. A forward whose note asks for council work is not flagged for the
citizen's private life in the quote; a note that acts on the quote's private matter is. Each case has a counterpart."""

from __future__ import annotations

import pytest

from secretary_app.domain import guard
from secretary_app.domain.guard_clauses import ask_start, council_ask, office_ask

OK, PARTY, OUTSIDE = guard.VERDICT_OK, guard.PARTY, guard.OUTSIDE


@pytest.mark.parametrize("verdict, text", [
    # The story names the member's family; the ask is a question for the administration ...
    (OK, "min søns klasse har haft vikar i matematik siden jul. hvor mange lærerstillinger står ubesat i kommunen?"),
    (OK, "Min mand cykler hver dag over Rådhuspladsen og har to gange været tæt på en ulykke. Kan du lave et "
         "politikerspørgsmål om ulykkestallene for krydset?"),
    (OK, "min søsters dreng går på Lindeskolen og de har ikke haft idræt i tre uger. "
         "hvor mange idrætslærere mangler kommunen lige nu?"),
    (OK, "Jeg står ved min datters håndboldkamp, men kan du sende mig sagsfremstillingen om "
         "busplanen til udvalget?"),
    (OK, "My brother-in-law drives the school bus in Ringe and says the route changes in March. "
         "Could you ask the administration for the new timetable and the number of pupils affected?"),
    # ... but an ask that serves the family matter is still the family's errand.
    (OUTSIDE, "Min søsters dreng skal have hjælp til lektierne. Kan du finde en lektiehjælper til ham?"),
    (OUTSIDE, "Min datter skal konfirmeres i maj. Kan du bestille lokalet og sende invitationerne?"),
    (OUTSIDE, "My brother-in-law is selling his car. Could you write the ad for him?"),
])
def test_a_story_before_a_council_ask(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # A question about the member's own seat keeps its private context ...
    (OK, "May I take part in the vote on the new cycle lane when my partner owns the shop on the corner?"),
    (OK, "inhabil? min svoger ejer vognmandsfirmaet der har budt på snerydningen. punkt 7 på torsdag"),
    # ... but the private errand itself, with the same words, is not.
    (OUTSIDE, "My partner owns the shop on the corner. Could you do the shop's VAT return this month?"),
    (OUTSIDE, "min svoger ejer et vognmandsfirma. kan du skrive hans tilbud på snerydningen til kommunen?"),
])
def test_questions_about_the_office(verdict, text):
    assert guard.check(text).verdict == verdict


def test_a_forward_whose_note_asks_for_council_work_is_not_flagged_for_the_quote():
    background = ("Svar ham om hvornår vejarbejdet på Nørregade er færdigt, tak.\n\n"
                  "-----Oprindelig meddelelse-----\nFra: Ib Holm\nSendt: 9. sep.\n\nHej. Vi holder min "
                  "fars 80-års fødselsdag i forsamlingshuset den 20., og halvdelen af vejen er gravet op. "
                  "Bliver det færdigt?")
    assert guard.check(background).verdict == OK
    pointed = ("Kan du ordne det her for mig?\n\n---------- Videresendt meddelelse ----------\n"
               "Fra: Birthe Lund\nDato: 3. maj\nEmne: Festen\n\nHej Ole. Vi fejrer din 70-års "
               "fødselsdag i haven på lørdag. Kan du bestille telt og musik?\nHilsen Birthe")
    assert guard.check(pointed).verdict == OUTSIDE


def test_the_pieces():
    text = "jeg står til kampen, men kan du sende bilaget"
    assert ask_start(text) == text.index("kan du")
    assert ask_start("min mor er syg.") is None
    assert council_ask("kan du spørge forvaltningen") and not council_ask("kan du købe blomster")
    assert office_ask("er jeg inhabil") and not office_ask("kan du købe blomster")


@pytest.mark.parametrize("verdict, text", [
    # A citizen's report names a party; the ask is council work ...
    (OK, "Vi har fået en mail fra en borger, der skriver, at hun var til generalforsamling i sin lokale "
         "partiforening, hvor alle klagede over trafikken på Østergade. Kan du lave et spørgsmål til "
         "forvaltningen om trafiktællingerne?"),
    (OK, "a resident told me she joined a party just to get the bike lane built. please ask the "
         "administration when the bike lane on Nørregade will be built"),
    # ... but the member's own party errand, or serving the citizen's party wish, is not.
    (PARTY, "En borger skriver, at han gerne vil melde sig ind i partiet. Kan du sende ham en "
            "indmeldelsesblanket og fortælle om kontingentet?"),
    (PARTY, "Lokalafdelingen holder generalforsamling 12. marts. Kan du skrive en tale om kommunens budget til den?"),
])
def test_a_citizens_report_that_names_a_party(verdict, text):
    assert guard.check(text).verdict == verdict


def test_a_signature_under_a_sign_off_is_not_read():
    mail = ("Hej Jonas\n\nJeg vil gerne fremsætte et medlemsforslag om flere akutpladser på herberget. "
            "Kan du skrive forslaget og en begrundelse med forvaltningens tal?\n\nTak for hjælpen\n"
            "Karen Holm\nByrådsmedlem\nMedlem af hovedbestyrelsen")
    assert guard.check(mail).verdict == OK
    errand = ("Hej Jonas\n\nKan du skrive referatet fra hovedbestyrelsens møde i lokalafdelingen?\n\n"
              "Tak for hjælpen\nKaren Holm\nByrådsmedlem")
    assert guard.check(errand).verdict == PARTY


def test_a_longer_mail_passed_on_by_a_relative():
    mail = ("Hej Mette\n\nMin svoger fik det her fra en lærer på Nordskolen og sendte det videre til mig. "
            "Bus 14 bliver skåret ned til timedrift fra januar. Mange elever kan ikke nå bussen efter "
            "sidste time. Kan du lave et spørgsmål til forvaltningen om, hvor mange elever det rammer?\n\nMvh Lone")
    assert guard.check(mail).verdict == OK
    errand = ("Hej Mette\n\nMin svoger fylder 60 på lørdag. Festen er i forsamlingshuset. Der kommer 80 gæster. "
              "Kan du lave et spørgsmål til forvaltningen om, hvor mange borde huset har, og bestille "
              "blomster til ham?\n\nMvh Lone")
    assert guard.check(errand).verdict == OUTSIDE
