"""Permitted requests the guard used to flag (issue 15, false flags): a relative or neighbour as
the source of a council matter, a member saying the secretary should not do party work, a
greeting or preface, elections as the subject of council work, and everyday words. Each case
comes with its counterpart that must stay flagged."""

from __future__ import annotations

import pytest

from secretary_app.domain import guard
from secretary_app.domain.guard_asides import aside, mask_sources
from secretary_app.domain.guard_text import for_rules

OK, PARTY, OUTSIDE = guard.VERDICT_OK, guard.PARTY, guard.OUTSIDE


@pytest.mark.parametrize("verdict, text", [
    # A relative or neighbour who only tells of the matter, or offers a lift, is no errand ...
    (OK, "Min svigerinde fortalte, at skolebussen til Ølby ikke kører i ferien. Kan du spørge forvaltningen hvorfor?"),
    (OK, "min fætter sagde at lyset i tunnelen under banen har været slukket i en måned, kan du melde det til vej og park"),
    (OK, "Hej Sara. Min nabo har tilbudt at køre mig til byrådsmødet. Kan du sende mig dagsordenen?"),
    (OK, "Naboerne til genbrugsstationen klager over støj om søndagen. Hvem har besluttet åbningstiderne?"),
    # ... but an errand for them, or about the member's own things, still is.
    (OUTSIDE, "Min svigerinde skal bruge en ny lejlighed. Kan du finde en til hende?"),
    (OUTSIDE, "Naboerne klagede over min hund. Kan du skrive et svar til dem?"),
    # A neighbour who helps with the campaign is a helper: the errand is party work.
    (PARTY, "Min nabo har tilbudt at hænge valgplakater op for mig. Lav en liste over de steder, hvor de skal hænge."),
])
def test_relatives_and_neighbours_as_sources_and_helpers(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    (OK, "Vælgermødet på torsdag står partiforeningen for, så det skal du ikke bruge tid på. "
         "Kan du i stedet lave et notat om busplanen til teknisk udvalg?"),
    (OK, "Hej. Plakaterne klarer afdelingen selv, det skal du ikke bruge tid på. Kan du finde datoen for budgetseminaret?"),
    (OK, "The party's volunteers handle the leaflets, so don't spend time on that. "
         "Could you prepare me for the planning committee?"),
    (OK, "Du spurgte, om du skulle hjælpe med valgkampen. Nej, det er partiets egen opgave. "
         "Men send mig gerne referatet fra klimaudvalget."),
    # Asked after all: "men kan du ...".
    (PARTY, "Partiforeningen står for vælgermødet, men kan du skrive min tale til det?"),
])
def test_party_work_the_secretary_is_told_not_to_do_is_no_party_errand(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    (OK, "Efter ferien skal jeg bruge et overblik over ventelisten til dagtilbud."),
    (OK, "nu hvor jeg er tilbage fra ferie: hvad er status på mit spørgsmål om stiforbindelsen til Hvalsø?"),
    (OK, "Hej Mette. Tillykke med din søns konfirmation! Kan du sende mig sagen om skolestrukturen?"),
    (OK, "Hej det er mig, jeg sidder i toget på vej hjem fra sommerhuset. Har forvaltningen svaret om legepladsen?"),
    (OUTSIDE, "Book en ferie til mig og min mand i oktober."),
])
def test_greetings_prefaces_and_a_holiday_named_as_a_time(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    (OK, "Jeg er udpeget til valgbestyrelsen ved det kommende kommunalvalg. Find reglerne for optællingen."),
    (OK, "Valgplakaterne hang alt for længe efter sidste valg. Kan du finde kommunens regler for ophængning af valgplakater?"),
    (OK, "Hvor mange ulykker har der været i krydset ved Møllevej de sidste tre år?"),
    (PARTY, "Lav en plan for det kommende kommunalvalg, så vi vinder flere stemmer."),
    (PARTY, "Skriv et opslag: husk at sætte krydset ved liste A."),
    (PARTY, "Find ud af, hvor mange der stemte på os i hvert afstemningsområde sidst."),
])
def test_elections_as_council_business_and_a_crossroads(verdict, text):
    assert guard.check(text).verdict == verdict


def test_what_an_aside_is_and_what_a_masked_source_leaves():
    def kind(text, first=False):
        return aside(text, for_rules(text), first)

    assert kind("Hej Søren.", first=True) == "greeting"
    assert kind("Før jeg går på barsel:") == "preface"
    assert kind("Det står partiforeningen for, så det skal du ikke bruge tid på.") == "declines"
    # Not a disclaimer when it turns to an errand or asks.
    assert kind("Det står partiforeningen for, så skriv bare talen.") is None
    assert kind("Du må ikke glemme at hænge plakaterne op.") is None
    assert kind("Kan du lave plakaterne, det står afdelingen ikke for?") is None
    # The source is blanked (same length, so positions hold); the matter is still read.
    piece = for_rules("Min bror fortæller, at bussen til havnen er aflyst.")
    masked = mask_sources(piece)
    assert len(masked) == len(piece) and "bror" not in masked and "bussen til havnen" in masked
    assert mask_sources(for_rules("Naboerne har klaget over min hund.")) == for_rules("Naboerne har klaget over min hund.")


@pytest.mark.parametrize("verdict, text", [
    # A private event given only as the reason a date is out is no errand ...
    (OK, "Kan du aftale et møde med skolebestyrelsen på Nørreskolen om trafikken ved skolen? "
         "Min søn har konfirmation lørdag, så helst ikke den weekend."),
    (OK, "Please book a meeting with the planning department about the harbour plan. "
         "I'm away on Friday for my sister's wedding, so not that day."),
    (OK, "Tilmeld mig KL's temadag om ældreplejen og find ud af, om transporten dækkes. "
         "Husk at jeg er bortrejst med familien i uge 9."),
    # ... but an errand for the event still is, and a preference with no date is no aside.
    (OUTSIDE, "Jeg er væk fredag, så book et bord til min mors fødselsdag på restauranten."),
    (OUTSIDE, "Min nabo vil helst ikke have det store træ fældet. Skriv et brev til ham, der ejer grunden."),
])
def test_a_private_reason_for_a_date_is_no_errand(verdict, text):
    assert guard.check(text).verdict == verdict


def test_availability_needs_a_time_and_no_errand_of_its_own():
    def kind(text: str) -> str | None:
        return aside(text, for_rules(text), False)
    assert kind("Jeg har ferie med familien ugen efter, så helst ikke overnatning.") == "away"
    assert kind("Husk også, at jeg er væk torsdag.") == "away"
    assert kind("Jeg er væk torsdag, så ring til frisøren.") is None
    assert kind("Naboen vil helst ikke have træet fældet.") is None
    # English shorthand is not written out inside a contraction ("I'm" is no "I'med").
    assert for_rules("I'm off on Friday") == "i'm off on friday"


@pytest.mark.parametrize("verdict, text", [
    # The member keeps the party matter: "X skal du ikke røre", "det klarer jeg selv", "not party business".
    (OK, "Landsmødet skal du ikke røre, det klarer jeg selv. Kan du lave et notat om takstforhøjelsen til "
         "økonomiudvalget?"),
    (OK, "Hun er aktiv i vores partiforening, men det her handler om vejbumpene og ikke om partiet. "
         "Kan du skrive et svar om, hvornår trafikplanen kommer i udvalget?"),
    (OK, "Her er en mail fra Ole. The branch dinner is nothing to do with you, I'll handle that myself. "
         "Could you draft my question to the administration about the library hours?"),
    # Taken back after all ("men skriv ..."), or asked outright: still party work.
    (PARTY, "Landsmødet skal du ikke røre, men skriv min tale til kredsens generalforsamling."),
    (PARTY, "Kan du lave invitationen til partiforeningens generalforsamling? Det klarer jeg ikke selv."),
])
def test_party_matters_the_member_keeps_or_says_are_not_the_errand(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # An office in a private association, a service club, the club's own papers, a consumer loan.
    (OUTSIDE, "Jeg er blevet valgt som kasserer i haveforeningen Solsikken. Kan du sætte regnskabet op i Excel?"),
    (OUTSIDE, "Som præsident skal jeg holde en tale ved Lions Clubs julefrokost. Kan du skrive et udkast?"),
    (OUTSIDE, "Bådklubben har bedt mig om at skrive indkaldelsen til standerhejsningen. Kan du lave den?"),
    (OUTSIDE, "Kan du sammenligne ÅOP på de to lånetilbud, jeg har fået til sommerhuset?"),
    # The same words as council business stay unflagged.
    (OK, "Grundejerforeningen har bedt om et møde om trafikken på Strandvej. Kan du finde en dato med "
         "teknisk forvaltning?"),
    (OK, "Find ud af, hvor meget kommunens lån i KommuneKredit koster i renter om året."),
])
def test_private_associations_loans_and_club_offices(verdict, text):
    assert guard.check(text).verdict == verdict


def test_a_speech_to_the_new_council_is_no_appeal_for_votes():
    """After an election the new council's members, "også dem, der ikke stemte på os", are
    addressed, not asked for votes: the rule's counter-evidence cancels it. (The model alone
    still reads this one short sentence as party work; in a whole speech it does not.)"""
    book = guard.default_rulebook()
    speech = for_rules("Kære nyvalgte og genvalgte medlemmer af byrådet. Fra i dag har vi et fælles ansvar for "
                       "alle kommunens borgere, også dem, der ikke stemte på os.")
    assert book.check_rules(speech).verdict == OK
    assert book.check_rules(for_rules("Skriv et opslag: stem på os ved kommunalvalget.")).verdict == PARTY


@pytest.mark.parametrize("verdict, text", [
    # The member sets the party matter aside in so many words (set f7).
    (OK, "Vælgerforeningen vil bruge tallene i deres valgmateriale, men det er deres sag. Kan du lave et "
         "notat til skoleudvalget om klassekvotienterne?"),
    (OK, "Partiforeningen holder selv medlemsmøde om det, det blander vi os ikke i. Kan du formulere et "
         "politikerspørgsmål om bibliotekets åbningstider?"),
    (OK, "Jeg står også på partiets liste til regionsrådsvalget, men det her handler udelukkende om "
         "kommunens kystsikring. Find sagsfremstillingen fra teknikudvalget."),
    (OK, "hej det er Karsten jeg er på vej hjem fra partiforeningens bestyrelsesmøde og det var langt men nu "
         "til noget andet kan du høre forvaltningen hvornår jeg får svar på mit spørgsmål om dagplejen"),
    # Asked for all the same: still party work.
    (PARTY, "Det er deres sag, men skriv alligevel valgmaterialet til vælgerforeningen."),
    (PARTY, "jeg er på vej hjem fra mødet men nu til noget andet kan du lave invitationen til partiforeningens "
            "generalforsamling"),
])
def test_a_party_matter_set_aside_in_so_many_words(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # What a disclaimer points back to, or takes up by name, is declined with it ...
    (OK, "Hej Mia\nJeg skal mødes med Trafikstyrelsen om letbanens tracé den 9. Kan du samle de seneste "
         "passagertal og kommunens høringssvar?\nDer er også en fra kredsbestyrelsen, der vil med til mødet. "
         "Det har jeg sagt nej til, så du skal ikke gøre noget ved det.\nTak, Ole"),
    (OK, "Kære Rasmus\nKan du lave et notat til Teknisk Udvalg om saltning af cykelstierne i vinter?\n"
         "Partiforeningen vil gerne have en folder om vinterberedskabet til deres medlemmer. "
         "Folderen er ikke noget for dig, den laver de selv.\nHilsen Tove"),
    # ... but not an errand that asks for itself, nor one the disclaimer does not touch.
    (PARTY, "Hej Mia\nKan du samle passagertallene for letbanen til Teknisk Udvalg?\n"
            "Kan du også lave en folder om vores kandidater til valgkampen? Det med kagen skal du ikke bruge tid på.\n"
            "Tak, Ole"),
    (PARTY, "Hej\nVi skal have trykt valgplakater til kampagnen i uge 40.\nDet med mødelokalet skal du ikke "
            "bruge tid på.\nKan du også finde tallene for skolebussen til udvalget?"),
])
def test_what_a_disclaimer_points_back_to_is_declined_too(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # Whom a forward comes from is not the errand ...
    (OK, "Hej Signe\n\nSe nedenfor fra Jens i partiforeningen. Kan du lave et politikerspørgsmål til "
         "Børne- og Ungeforvaltningen om ventetiden på PPR?\n\nMvh Bo\n\nFra: Jens Holm\nSendt: 3. marts 2026\n"
         "Emne: PPR\n\nHej Bo, flere forældre venter et halvt år på PPR. Hvad gør kommunen?\nJens"),
    # ... but the sender still says whose association a note's errand is for ...
    (OUTSIDE, "Hej Kasper\n\nSe nedenfor fra vores grundejerforening. Kan du skrive et forslag til ændring af "
              "vedtægternes § 7? Jeg vil gerne have det med på generalforsamlingen.\n\n/Nanna\n\n"
              "Fra: Grundejerforeningen Solbakken\nSendt: 1. marts 2026\nEmne: Generalforsamling\n\n"
              "Forslag skal være bestyrelsen i hænde senest den 15. marts.\nBestyrelsen"),
    # ... and a party errand in the note itself still is one.
    (PARTY, "Hej Signe\n\nSe nedenfor fra Jens i partiforeningen. Kan du lave valgfolderen til kampagnen, "
            "som han beder om?\n\nMvh Bo\n\nFra: Jens Holm\nSendt: 3. marts 2026\nEmne: Folder\n\n"
            "Hej Bo, vi skal have en valgfolder til uddeling i weekenden.\nJens"),
])
def test_the_sender_of_a_forward_is_not_the_errand(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # Where the member is when they cannot answer, or that they are ill, is no errand ...
    (OK, "Kan du skrive en tale til indvielsen af den nye svømmehal? Jeg taler som formand for Fritidsudvalget.\n"
         "Jeg er til generalforsamling i foreningen i aften, så jeg læser det først i morgen."),
    (OK, "Borgmesteren har bedt om input til klimaplanen inden fredag. Kan du lave et udkast til vores bidrag "
         "til byrådet?\nJeg er syg i dag og i morgen, men er på mail."),
    (OK, "Kan du sende dagsordenen for Socialudvalget til gruppen? Jeg er til forældremøde på min datters skole "
         "torsdag, så jeg kan ikke deltage i formødet."),
    # ... but an errand about it still is, and so is someone else's illness that the member acts on.
    (OUTSIDE, "Jeg er til generalforsamling i min roklub i aften. Kan du skrive min formandsberetning til den?"),
    (OUTSIDE, "Min mor er syg i dag. Kan du bestille en tid hos lægen til hende og hente hendes medicin?"),
])
def test_where_the_member_is_and_why_they_cannot_answer(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # What a text may mention in passing is not what it is for ...
    # (The rules do not read the mention; the model still does, so a short request that is mostly
    # the mention may still be flagged by it.)
    (OK, "Hej Asger\nJeg skal tale på ungdomsrådets møde i juni om rådets første år. Kan du skrive et udkast på "
         "fem minutter med de sager, rådet har sendt til Børne- og Ungeudvalget, og hvad udvalget har gjort ved dem? "
         "Du må gerne nævne, at vi fik flere unge kandidater valgt ved sidste valg, men talen skal handle om "
         "ungdomsrådets arbejde i kommunen.\nTak, Nicolai"),
    # ... but text that is to be campaign material still is party work.
    (PARTY, "Kan du skrive en tale til vælgermødet? Du må gerne nævne ungdomsrådet, men talen skal handle om, "
            "hvorfor man skal stemme på vores kandidater ved valget."),
    # A private mail box is no private errand when the member asks to write from the council's.
    (OK, "Kan du svare borgeren om cykelstien? Skriv fra min rådhusmail, ikke min private."),
    # Homeowners' associations invited to a council meeting are stakeholders, not the member's own.
    (OK, "Kan du sende en invitation til de lokale grundejerforeninger om et orienteringsmøde om "
         "støjvolden langs motorvejen?"),
    (OUTSIDE, "Kan du skrive referatet fra min grundejerforenings bestyrelsesmøde?"),
])
def test_what_a_text_may_mention_and_who_is_invited(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # A collection, a petition or a fundraiser of the member's own association is its errand ...
    (OUTSIDE, "Hej Nina\nKan du hjælpe os i andelsboligforeningen? Vi samler underskrifter blandt andelshaverne "
              "mod bestyrelsens forslag om at hæve boligafgiften. Kan du gøre teksten skarpere? Jeg er selv "
              "andelshaver.\nTrine"),
    (OUTSIDE, "Hi Freja, I'm chairing the parents' association at my son's school, and we need a newsletter "
              "about the fundraiser for the new playground and a thank-you to the volunteers. Could you draft it?"),
    # ... but signatures and money for the party are party work.
    (PARTY, "Hej Nina\nVi samler underskrifter til vores kandidatliste før valget. Kan du lave en tekst, "
            "vi kan bruge, når vi går fra dør til dør?\nTrine"),
])
def test_a_collection_of_the_members_own_association(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # The member's news of a party event that is over, or where an idea came from, is no errand ...
    (OK, "Hej Mads\nJeg kom hjem fra landsmødet i søndags, fuld af energi. Partiet vedtog en udtalelse om ensomhed "
         "blandt ældre, og det vil jeg arbejde med lokalt.\nKan du skrive et medlemsforslag til kommunalbestyrelsen "
         "om en handleplan mod ensomhed, med tal for, hvor mange over 75 der bor alene i kommunen?\n"
         "Det var i øvrigt et godt landsmøde.\nHilsen Inge"),
    # ... but what the member asks for about it still is party work.
    (PARTY, "Hej Mads\nJeg kom hjem fra landsmødet i søndags. Kan du skrive et referat af det til medlemmerne i "
            "lokalforeningen?\nTak"),
    (PARTY, "Jeg er stadig helt høj efter valgnatten. Kan du skrive en tak til vores vælgere på Facebook?"),
    # A note about the member's own seat has said what a forward is for ...
    (OK, "Tilmeld mig, og find ud af, om jeg kan få tabt arbejdsfortjeneste for begge dage.\nHanne\n\n"
         "---------- Forwarded message ---------\nFra: Borgmestersekretariatet\nSubject: Budgetseminar\n\n"
         "Kære byrådsmedlemmer\nHermed invitation til budgetseminar den 12. og 13. juni. Program følger.\n"
         "Venlig hilsen\nBorgmestersekretariatet"),
    # ... and a party office that only sent a template is its source, not its errand.
    (OK, "Hej Jakob, landskontoret har sendt en skabelon. Kan du lave den om til et medlemsforslag om "
         "klimatilpasning, der passer til Lolland? Det skal kun på byrådets dagsorden, det skal ikke ud til "
         "medlemmerne.\n/Bente"),
    (PARTY, "Send nyhedsbrevet fra byrådsgruppen ud til medlemslisten fredag."),
    # A board re-elected in the member's family firm is the firm's errand.
    (OUTSIDE, "Jeg sidder i bestyrelsen for Nordvest Ejendomme ApS. Kan du skrive et referat af "
              "generalforsamlingen ud fra mine noter?\n- Bestyrelsen genvalgt\n- Revisor genvalgt"),
])
def test_party_news_templates_and_the_members_seat(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # Where the member is and why they cannot come are no errand ...
    (OK, "Hej Mia, det er Tommy. Øh, jeg sidder på tribunen til min søns håndboldkamp, så hvis det larmer, er det "
         "derfor. Kan du lave et notat til Teknik- og Miljøudvalget om vintervedligeholdelsen af cykelstierne?"),
    (OK, "Kan du lave et notat om ventelisterne til Socialudvalget? Og så skal der sendes afbud for mig til "
         "temamødet den 19., fordi jeg er i Skagen til min gamle skoleklasses jubilæum."),
    (OK, "Hej\nKan du sende dagsordenen til gruppen? Jeg synger i kirkekoret om torsdagen, så torsdag aften kan jeg "
         "ikke, men ellers er jeg fleksibel.\nTak"),
    # ... news by the way of the party is no errand, but a task in the same sentence is.
    (OK, "Hej\nKan du lave et notat om skolebusserne til Børne- og Ungeudvalget? Partiets formand kommer i øvrigt til "
         "byen næste torsdag.\nTak"),
    (PARTY, "Hej\nKan du lave et notat om skolebusserne til Børne- og Ungeudvalget? Lokalforeningen holder i øvrigt "
            "generalforsamling den 5., og der skal du skrive min beretning.\nTak"),
    # A private errand asked for politely in a long council request is still asked for.
    (OUTSIDE, "Hej Philip\nJeg har brug for to ting:\n1. Et notat til Planudvalget om detailhandelsanalysen og "
              "bymidten.\n2. Som du ved, har jeg cykelforretningen på Vestergade. Vi har udsalg fra den 1. marts. "
              "Hvis du kunne skrive en kort tekst til Facebook om 30 procent på alle børnecykler og vinterdæk, "
              "ville jeg være dig evigt taknemmelig.\nHilsen Kurt"),
])
def test_where_the_member_is_news_by_the_way_and_polite_asks(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # A private errand beside the member's party news is the errand, not the news ...
    (OUTSIDE, "Hej Sanne\nValgnatten gik jo fint for os i Vejle, tre mandater i storkredsen.\nKan du lave et notat om "
              "letbanens økonomi til By- og Kulturudvalget?\nOg så skal du lige sætte indkaldelsen op til "
              "jagtforeningens generalforsamling, hvor jeg er formand, og sende den til vores medlemmer.\nTak, Henrik"),
    # ... and council words elsewhere do not hide it when the party news gives way.
    (OUTSIDE, "Kære Louise\nKristendemokraternes landsmøde var i Vejle i år, og det var godt at møde folk igen.\n"
              "1. Et politikerspørgsmål til Børne- og Ungdomsforvaltningen om aflastning.\n2. En tale til "
              "Sundhedsudvalgets temadag den 15. maj.\nMenighedsrådet i Søndermarkskirken skal have en tekst til "
              "kirkebladet om høstmarkedet, det må du gerne skrive.\nHilsen Jonas"),
])
def test_an_errand_beside_the_members_party_news(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # An aside may carry an errand in the same sentence (an adversarial review, 4 Dec 2026): being
    # ill, at a meeting, or noisy is no reason to drop a need or a task told beside it ...
    (PARTY, "Jeg er syg i dag, og vi skal have sendt valgfolderen til trykkeriet. Kan du sørge for det?"),
    (PARTY, "Jeg er lidt sløj i dag, så jeg kan ikke selv skrive valgfolderen til kommunevalget. Kan du lave et udkast?"),
    (OUTSIDE, "Jeg er forkølet i dag, og min bil skal til service. Kan du ringe til værkstedet og aflyse?"),
    (PARTY, "Jeg sidder på tribunen til min søns håndboldkamp, så hvis det larmer, er det derfor, og jeg mangler "
            "en tale til partiets nytårskur. Kan du skrive den?"),
    (PARTY, "Jeg kan ikke komme til udvalgsmødet på torsdag, fordi jeg skal holde tale på landsmødet, og den tale "
            "skal du skrive til mig."),
    # ... a remark on how a thing is spread, or when, declines nothing ...
    (PARTY, "Vi mangler en valgfolder til kommunevalget. Den skal ikke ud til medlemmerne før i næste uge. "
            "Kan du lave et udkast?"),
    (PARTY, "Lokalforeningen vil have en pressemeddelelse om, at jeg genopstiller til kommunevalget. Det skal vi "
            "ikke gøre noget ved før fredag. Skriv den klar, så jeg kan sende den."),
    (PARTY, "Jeg betaler selv valgannoncerne i Lokalavisen, ikke partiet. Kan du bestille dem til uge 44?"),
    # ... news the member asks a text about is the errand ...
    (PARTY, "Jeg blev valgt som spidskandidat til kommunevalget i går. Kan du lave en pressemeddelelse om det og "
            "sende den ud fra kommunens presseliste?"),
    # ... what a speech may mention is no cover for the member's own call for votes ...
    (PARTY, "Skriv en tale til indvielsen af den nye skole på vegne af børne- og ungeudvalget. Du må gerne nævne, "
            "at jeg er partiets borgmesterkandidat ved kommunevalget og gerne vil have deres stemme, men talen skal "
            "handle om skolen."),
    # ... and a question about the member's seat does not keep a forward the note points at from being read.
    (PARTY, "Kan du svare på nedenstående og skrive et udkast til talen? Får jeg diæter for det?\n\n"
            "> Fra: Lokalforeningen\n> Hej Mette, vi vil gerne have dig til at holde tale på vores "
            "opstillingsmøde, hvor vi vælger kandidater til kommunevalget."),
])
def test_an_aside_that_carries_an_errand_is_no_aside(verdict, text):
    assert guard.check(text).verdict == verdict

