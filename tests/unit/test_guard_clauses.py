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


_LONG_COUNCIL = ("Hej Mikkel\n\nFire ting til ugen, før Klima- og Miljøudvalget mødes torsdag.\n\n"
                 "Jeg skal holde tale ved åbningen af den nye genbrugsstation i Viby som formand for udvalget. "
                 "Tre minutter er nok. {aside} Kan du lave et udkast?\n\n"
                 "Forvaltningen har sendt bilaget om containerpladserne. Kan du lave et kort resumé af det?\n\n"
                 "Spørg også forvaltningen, hvor mange klager der er kommet over støj fra pladsen i år.\n\n"
                 "Mvh\nHanne")


@pytest.mark.parametrize("verdict, aside", [
    # The member's news in a sentence that asks for nothing: not an errand ...
    (OK, "Jeg er væk fredag formiddag, fordi min datter skal til tandlæge."),
    (OK, "Vi var hos min svigermor i weekenden, så jeg har ikke nået at læse sagen."),
    # ... but a need, a topic opened with "Og så" or a list item is an errand of its own.
    (OUTSIDE, "Min datter har brug for en tid hos tandlægen fredag."),
    (OUTSIDE, "Og så: min datter skal til tandlæge fredag formiddag."),
])
def test_a_remark_in_a_long_request_is_not_its_errand(verdict, aside):
    assert guard.check(_LONG_COUNCIL.format(aside=aside)).verdict == verdict


def test_a_long_request_whose_asks_serve_the_private_matter_is_flagged():
    text = ("Hej Mikkel\n\nMin søster flytter til Aarhus i næste måned. Hun har fået lejligheden på Vestergade. "
            "Hun har ikke nogen flyttemand endnu. Kan du finde tre tilbud på en flyttebil til hende? "
            "Og kan du finde ud af, hvornår hun kan få nøglerne?\n\nMvh\nHanne")
    assert guard.check(text).verdict == OUTSIDE


def test_the_private_story_of_a_party_errand_is_story():
    # The errand is party work; the member's mother's birthday is why the member is away.
    text = ("Hej Ida\n\nMin mor har fødselsdag i dag, så jeg er ikke til at få fat på. Men kan du sende "
            "indbydelsen til partiforeningens medlemsmøde ud til alle medlemmer i kredsen?\n\nMvh\nJonas")
    assert guard.check(text).verdict == PARTY
    # The member's own club frames the errand: its general meeting is the club's, not the party's.
    club = ("Hej Ida\n\nJeg er kasserer i roklubben i Skive, og vi har generalforsamling i næste uge. "
            "Kan du skrive indkaldelsen og en linje om, at kontingentet stiger?\n\nMvh\nJonas")
    assert guard.check(club).verdict == OUTSIDE


@pytest.mark.parametrize("verdict, closing", [
    # A closing line and a name over titles is a signature: its party board title is not read ...
    (OK, "Ses onsdag\nLene Bak\nByrådsmedlem, Skive\nMedlem af hovedbestyrelsen"),
    (OK, "Godt nytår igen\nLene Bak\nFormand for Teknik- og Miljøudvalget\nMedlem af partiets hovedbestyrelse"),
    # ... but an errand above a name is read, signature or not.
    (PARTY, "Book lokalet til hovedbestyrelsens møde\nLene Bak"),
])
def test_a_signature_without_a_sign_off_formula(verdict, closing):
    text = f"Hej Ida\n\nKan du skrive et udkast til svar til borgeren om vejarbejdet på Havnevej?\n\n{closing}"
    assert guard.check(text).verdict == verdict


def test_a_private_word_in_plain_party_work_is_party_work():
    # "Tag naboen med" is a campaign flyer's phrase; the model reads the flyer as party work.
    flyer = ("Lav en plakat: Kom til kaffe med Ida og resten af holdet fra liste F på Torvet lørdag kl. 10. "
             "Hør hvad vi vil med Skive de næste fire år – og tag naboen med. Hver stemme tæller!")
    result = guard.check(flyer)
    assert result.verdict == PARTY and result.reasons[0].explanation_da
    # The member's own errand with the neighbour stays private.
    sale = ("Lav en seddel til opslagstavlen: Min nabo og jeg sælger vores gamle cykler på lørdag, "
            "kig forbi hvis du mangler en.")
    assert guard.check(sale).verdict == OUTSIDE
