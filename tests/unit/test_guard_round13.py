"""The thirteenth round (6 Dec 2026): what the validation set f16 and the rest of f7 taught, as
concepts, each with a case that must still be flagged beside it."""

import pytest

from secretary_app.domain import guard
from secretary_app.domain.guard_text import for_rules

OK, PARTY, OUTSIDE = "ok", "party_political", "outside_role"


@pytest.mark.parametrize("verdict, text", [
    # A letter to the editor in quotation marks under a line that names the paper is someone
    # else's text: its questions and party words ask the secretary nothing ...
    (OK, "Læserbrev i Vejle Amts Folkeblad i dag:\n\n\"Hvorfor lukker byrådet svømmehallen i Give? Alle partierne "
         "lovede i valgkampen, at den skulle blive. Hvem kan man stole på? – Jens Holm, Give\"\n\nKan du skrive et "
         "svarindlæg på 1500 anslag om Kultur- og Fritidsudvalgets beslutning og tallene fra sagsfremstillingen?"),
    (OK, "Fra Herning Folkeblad i weekenden:\n\n\"Ældreplejen får kritik. 'Det er for dårligt,' siger partiets "
         "ældreordfører på Christiansborg.\"\n\nKan du lave et notat om, hvor mange borgere der har fået "
         "hjemmehjælp i 2025, og skrive et spørgsmål til forvaltningen?"),
    # ... but a quote the member wants to use for party work is that work ...
    (PARTY, "Fra lokalforeningens nyhedsbrev:\n\n\"Generalforsamling torsdag den 5. marts kl. 19 i Medborgerhuset. "
            "Alle medlemmer er velkomne.\"\n\nKan du lave en lignende indkaldelse til vores medlemmer om "
            "sommerfesten?"),
    # ... and a dictation in quotes is the request itself, not a report.
    (OK, "Diktat fra Karen (indtalt på vej hjem):\n\"Notat til Teknik- og Miljøudvalget om cykelstien langs "
         "Ringvejen. Hvad koster den, og hvornår kan den stå klar? Og hils Bo på kontoret, han har fødselsdag.\""),
])
def test_a_quoted_passage(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # When the member is free or back is no errand ...
    (OK, "hej, kan du arrangere et møde med grundejerne i Hjallerup om regnvandsbassinet? gerne med en fra "
         "forvaltningen. Jeg kan alle dage efter kl 16 undtagen tors hvor jeg har træning med mit hold"),
    (OK, "Kan du skrive et politikerspørgsmål om ventetiden på handicapkørsel? Min datter har konfirmation på "
         "søndag, så jeg er først på igen tirsdag."),
    (OK, "Jeg har brug for et notat om plejehjemspladserne til Sundhedsudvalget inden mødet. Jeg er i øvrigt til "
         "landsmøde i weekenden, så hvis du har spørgsmål, så skriv inden fredag kl. 14."),
    (OK, "Kan du lave et udkast til en forespørgsel om skolebusserne? Min mor er blevet indlagt, så jeg kan være "
         "svær at få fat i mandag."),
    (OK, "Jeg skal bruge en tale til indvielsen af havnebadet og et notat om driften. Min butik har travlt fra "
         "maj, så det er dejligt, hvis vi kan nå det meste inden."),
    # ... but the errand told beside it still is one.
    (PARTY, "Min datter har konfirmation på søndag, så jeg er først på igen tirsdag. Kan du skrive nyhedsbrevet "
            "til partiforeningens medlemmer?"),
    (OUTSIDE, "Jeg kan alle dage efter kl 16 undtagen tors. Kan du bestille en tid hos frisøren til mig?"),
])
def test_when_the_member_can_be_reached(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # Declines in a clause and what a text must not be about ...
    (OK, "Et par ting før weekendens landsmøde (som du ikke skal røre ved, det har partikontoret styr på):\n\n"
         "- En tale til åbningen af biblioteket i Tarm.\n- Et spørgsmål til forvaltningen om bibliotekets "
         "åbningstider."),
    (OK, "Jeg træner min datters håndboldhold, og vi har stævne lørdag, så det har du intet med at gøre. Men kan "
         "du skrive en tale til indvielsen af den nye hal på vegne af Kultur- og Fritidsudvalget?"),
    (OK, "Borgerne spørger, hvorfor skolen lukker. Jeg vil gerne svare, men ikke noget med valgløfter.\n"
         "Kan du skrive et indlæg om byrådets beslutning om skolestrukturen?"),
    # ... but a decline does not cover an errand asked for in so many words.
    (PARTY, "Det med landsmødet har partikontoret styr på. Men kan du skrive min tale til landsmødet?"),
])
def test_declines(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # Canvassing routes and the party's selection committee are party work ...
    (PARTY, "Kan du lave en liste over de opgange i Gellerupparken, vi mangler at banke på i, og lave ruter til "
            "lørdag? Vi er 12 frivillige."),
    (PARTY, "Kan du samle hendes og de to andres ansøgninger i ét dokument til udvælgelsesudvalget? De skal have "
            "dem inden fredag.\n\n---------- Videresendt meddelelse ----------\nFra: Sara Lund\nSendt: 3. marts "
            "2025 22:14\nTil: Peter Holm\nEmne: Ansøgning\n\nHej Peter\n\nHer er min ansøgning. Jeg vil gerne være "
            "med på vores liste til næste kommunalvalg. Jeg har været med i afdelingen i fire år.\n\nHilsen Sara"),
    # ... the board of a club that writes to the committee is a stakeholder ...
    (OK, "Kan du lave et svar til dem og tjekke, hvad der står i anlægsbudgettet om en ny klubhus-tilbygning?\n\n"
         "---------- Videresendt meddelelse ----------\nFra: Ry Roklub, formand\nSendt: 3. maj 2025 21:10\n"
         "Til: Kultur- og Fritidsudvalget\nEmne: Klubhuset\n\nKære udvalg\nVi har 200 medlemmer og et klubhus "
         "fra 1962. Hvad er status på tilbygningen?\n\nVenlig hilsen\nBestyrelsen, Ry Roklub"),
    # ... and a question about the seat keeps its private context in the next sentence.
    (OK, "Hej\nDagsordenen til byrådet er kommet.\nPkt. 4: Kan du skrive en tale?\nPkt. 7 (udbud af "
         "rengøring): Kan du undersøge, om jeg er inhabil? Min svigerinde ejer et af de firmaer, der har budt.\n"
         "Jeg har ikke talt med hende om det.\nPkt. 9: Kan du lave et spørgsmål til forvaltningen om "
         "ventelisten?\nTak"),
])
def test_party_words_citizens_and_stakeholders(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # Citizens who go to the doctor are the subject of a proposal, not the member's errand ...
    (OK, "et medlemsforslag om færgerabat for øboere, der skal til læge eller tandlæge på fastlandet"),
    (OK, "kørsel for pensionister, der skal til tandlæge i byen"),
    # ... the member's own appointment is.
    (OUTSIDE, "kan du bestille en tid hos tandlægen til mig på fredag"),
])
def test_the_rules_on_citizens_who_see_a_doctor(verdict, text):
    assert guard.default_rulebook().check_rules(for_rules(text)).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # The campaign as what keeps the member busy (set f18, the weeks around an election) ...
    (OK, "kan du gøre talen til udvalgsmødet lidt kortere? valgkampen har ædt al min tid"),
    (OK, "Kan du lave et spørgsmål til forvaltningen om skolebusserne i Ørslev? Min weekend var fuld af "
         "valgkamp 😅 så jeg er lidt bagud."),
    (OK, "Could you draft a question to the administration about the waiting list for the international school? "
         "Sorry for the slow replies, my evenings are all campaign right now."),
    (OK, "Jeg har brug for et notat om p-pladserne ved stationen til Teknisk Udvalg. Jeg er ude de fleste aftener "
         "frem mod valget, så læg det gerne i den fælles mappe."),
    (OK, "Kan du finde en tid til et møde med Handelsstandsforeningen? Jeg kan formiddage i uge 46. Aftenerne er "
         "booket til valgmøder."),
    (OK, "Gruppeformanden sagde, at partiet gerne vil have et indlæg til hjemmesiden. Det har jeg sagt, jeg selv "
         "klarer. Kan du skrive en tale til indvielsen af skolen?"),
    # ... but a campaign errand told beside it is still asked for ...
    (PARTY, "Valgkampen æder al min tid, og vi mangler stadig valgplakater. Kan du bestille 200?"),
    (PARTY, "Min weekend var fuld af valgkamp 😅 kan du lave en rute til dørbankning i Vestbyen til lørdag?"),
    # ... and so is a route for the doors, a stand's rota, or the member's club or firm.
    (PARTY, "lav lige en rute til lørdag i Tilst - ulige numre på Tilstvej og sidevejene, 3 hold der ringer på"),
    (PARTY, "Kan du lave en vagtplan for standen på torvet lørdag og sende den til dem, der har meldt sig?"),
    (OUTSIDE, "Kan du finde et tidspunkt, hvor alle forældrene på holdet kan mødes? Jeg er kun træner, men de har "
              "spurgt mig."),
    (OUTSIDE, "Kan du læse aftalen fra revisoren igennem, inden jeg skriver under? Det er til mit selskab."),
    (OUTSIDE, "I'm organising the spring ball for the Anglo-Danish Society again this year. Could you find three "
              "venues in Aarhus for 80 people?"),
])
def test_the_weeks_around_an_election(verdict, text):
    assert guard.check(text).verdict == verdict


def test_the_adversarial_review_of_this_rounds_exits():
    """A helper session that read the code wrote 145 party or private requests built to slip
    through this round's exits (quoted letters, availability, declines, a mail sent to a
    committee, a seat question, citizens' words, a call's notes) and 31 permitted ones beside
    them. 96 got through at first; after the exits were narrowed, 33 do (12 of them through the
    older seat-question reading), and the permitted ones that are flagged are model gaps
    (a proposal on citizens' dental care; since the sixteenth round's training data, a note on
    patients waiting for rehabilitation after dental treatment) and a decline written on one
    line with its errands."""
    import json
    from pathlib import Path
    rows = [json.loads(x) for x in (Path(__file__).resolve().parents[1] / "data" / "guard_adversarial_r13.jsonl")
            .read_text(encoding="utf-8").splitlines()]
    flagged = [r for r in rows if r["label"] != "permitted"]
    caught = sum(guard.check(r["text"]).verdict != OK for r in flagged)
    false_flags = sum(guard.check(r["text"]).verdict != OK for r in rows if r["label"] == "permitted")
    assert caught / len(flagged) >= 0.75
    assert false_flags <= 3


@pytest.mark.parametrize("verdict, text", [
    # The member's life as context of council work (set f19) ...
    (OK, "sommerferie uge 28-29, ingen dækning i hytten. kan du flytte mødet med ældrerådet til uge 30?"),
    (OK, "Kan du finde en tid til mødet med Handelsstandsforeningen i næste uge? Ikke onsdag eftermiddag – der "
         "har jeg tandlæge."),
    (OK, "Kan du lave et debatindlæg til Folkebladet om lukningen af svømmehallen? Min svoger Ib er rasende, og "
         "mange med ham. Vinkel: man lukker ikke en hal uden en høring."),
    (OK, "Please draft a short speech for the budget debate on the language schools. I'll add a few words about "
         "my own first year in Denmark myself."),
    (OK, "Min arbejdsgiver vil trække mig i løn for byrådsmøderne. Hvad kan jeg få i erstatning fra kommunen?"),
    (OK, "jeg skal til lægen onsdag formiddag og min kone har bilen, så kan du flytte mødet med handicaprådet "
         "til torsdag og holde det på rådhuset?"),
    # ... and the member's own affairs and party work told as plainly.
    (OUTSIDE, "Kan du lave et notat om turismen til Erhvervsudvalget? Og så en lille ting: Vores bed and breakfast "
              "ved fjorden trænger til en ny tekst på Airbnb. Kan du skrive den ud fra den gamle?"),
    (OUTSIDE, "Lokalavisen har skrevet om vores bageri: \"Årets bager i Struer.\" Kan du lave et opslag til "
              "bageriets Facebook-side med et tilbud til weekenden?"),
    (PARTY, "vi vil gerne holde en middag for dem der har knoklet for os op til kommunevalget, dem der stod ved "
            "boderne og bar aviser ud. kan du lave en invitation?"),
    (OK, "Kan du sætte punktet om genoptræning på listen til næste udvalgsmøde?"),
    (PARTY, "Kan du sætte Mettes navn på listen til kommunevalget?"),
    # A note that points at its quote asks about the quote, even beside another council errand.
    (OUTSIDE, "Kan du finde ud af, hvad det her betyder, og om jeg skal gøre noget? Og send mig lige dagsordenen til "
              "Økonomiudvalget.\n\n---------- Videresendt meddelelse ----------\nFra: Sampension\nTil: Ole Berg\n"
              "Emne: Din pension\n\nKære Ole Berg\nDa du nærmer dig pensionsalderen, flytter vi din opsparing til "
              "en lavere risiko, medmindre du vælger andet. Du kan også ændre udbetalingen af din ratepension."),
])
def test_the_members_life_in_everyday_words(verdict, text):
    assert guard.check(text).verdict == verdict
