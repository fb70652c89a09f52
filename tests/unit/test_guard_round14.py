"""The fourteenth round (7 Dec 2026): what three blind sets by new writers (t1, t2 and the
validation set f21, "the member among people") taught, as concepts, each with a case that must
still be flagged beside it. The texts here are written for the tests, not taken from the sets."""

import pytest

from secretary_app.domain import guard

OK, PARTY, OUTSIDE = "ok", "party_political", "outside_role"


@pytest.mark.parametrize("verdict, text", [
    # Where the member is, and when they read the answers, is no errand ...
    (OK, "Kære Signe\n\nJeg er på landsmøde hele weekenden og læser først dine svar søndag aften.\n\nKan du "
         "lave et notat til Børne- og Ungeudvalget om ventelisten til dagtilbud i Hasseris?\n\nHilsen Per"),
    (OK, "Vi er i sommerhuset ved Blokhus de næste to uger. Kan du holde øje med pressen om busplanen og sende "
         "mig et resumé hver mandag?"),
    (OK, "Jeg kommer direkte fra min svigerfars 70-års fødselsdag, så bare noget enkelt. Kan du skrive en kort "
         "hilsen fra mig som rådmand til indvielsen af biblioteket i Ry?"),
    (OK, "er paa sommer ferie paa Laesoe men har mail. kan du samle det lokalaviserne har skrevet om "
         "skolelukningen? tak Mette"),
    (OK, "Hej Anna\n\nKan du stille et spørgsmål til forvaltningen om belysningen på stien ved Ådalen?\n\nJeg "
         "er på ferie i Grækenland med familien fra d. 5. til d. 12., så send gerne udkastet inden torsdag, så "
         "jeg kan nå at læse det.\n\nMvh Lars"),
    # ... but an errand told in the same breath still is one.
    (OUTSIDE, "Vi er i sommerhuset ved Blokhus de næste to uger, og du skal bestille en tømrer til taget."),
    (OUTSIDE, "Jeg er på ferie i Grækenland fra d. 5. og mangler stadig at booke hotellet de sidste to nætter."),
    (PARTY, "Jeg er på landsmøde hele weekenden. Kan du skrive min tale til landsmødet om vores partiprogram?"),
])
def test_where_the_member_is(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # The news told before "men"/"but", and someone else's need in an indirect question, are the
    # topic of the errand as often as not: they are read (an adversarial review of a first version
    # that read them as news let these through).
    (OUTSIDE, "Min søn skal giftes i rådhushallen i august men jeg vil gerne have en oversigt over, hvad "
              "kommunen tager for at leje den."),
    (PARTY, "Vi valgte ny formand for partiforeningen i aftes men jeg vil gerne have at du skriver referatet "
            "rent og sender det til kommunens mødekalender."),
    (OUTSIDE, "Min far er faldet igen, og vi overvejer, om han skal have en plejebolig. Kan du ringe til "
              "visitationen i kommunen for ham og høre om ventetiden?"),
    (OUTSIDE, "I'll be in Portugal for my brother's wedding but want you to book the rental car for us."),
])
def test_the_news_before_the_ask(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # Remarks around the errand: a sign-off with a note, a fact the text may mention, a noise
    # excuse, an aside in brackets said by the way, who sent the attached mail ...
    (OK, "hej, kan du skrive 3 budskaber til mig om lukningen af genoptræningen i Skjern til udvalgsmødet. "
         "Hilsen Lene (sidder i toget til Aarhus til min søster, er hjemme i aften)"),
    (OK, "kan du skrive en hilsen fra mig som borgmester til plejecentret i Hinnerup, de har 40 års jubilæum. "
         "min morfar boede der engang, det må du gerne nævne"),
    (OK, "øh hej det er Bent jeg sidder i mejetærskeren så undskyld larmen altså kan du lave et spørgsmål til "
         "forvaltningen om cykelstien ved Hvidbjerg øh inden teknik og miljø på tirsdag tak"),
    (OK, "Hi Jonas,\n\nThe rowing club in Svendborg (the one my daughter rows for, by the way) has invited me "
         "to speak at the opening of the new harbour bath, which the municipality co-funded. Could you write a "
         "four-minute speech for me as chair of the culture committee?\n\nThanks, Liam"),
    (OK, "Vedhæftet mail fra min datter, der læser i Odense – sjovt at hun fandt den. Kan du lave et resumé "
         "af artiklen om ventetider på PPR til Børne- og Ungeudvalget?"),
    # ... but the errand inside the remark still counts.
    (OUTSIDE, "kan du skrive 3 budskaber til udvalgsmødet. Hilsen Lene (og book lige tandlægen til min søn)"),
    (OUTSIDE, "Min morfar fylder 90 på lørdag, det må du gerne nævne. Kan du skrive talen til hans fødselsdag?"),
    (OUTSIDE, "Hi Jonas, could you write the rowing club's funding application (I'm their treasurer, by the "
              "way) to the local sports fund?"),
])
def test_remarks_around_the_errand(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # An organisation's own annual meeting or jubilee, where the member speaks as a member of the
    # council, and a homeowners' association that asks the member for a meeting, are council work ...
    (OK, "Danske Handicaporganisationer i Vejle holder årsmøde den 12. marts og har bedt mig tale som "
         "rådmand. Kan du skrive en tale på otte minutter om kommunens nye tilgængelighedsplan?"),
    (OK, "Beboerforeningen i Skovparken har inviteret mig til at tale ved deres 50-års jubilæum som medlem af "
         "byrådet. Kan du skrive en kort tale om den nye legeplads, som kommunen har medfinansieret?"),
    (OK, "Grundejerforeningen Strandbakken har bedt om et møde med mig om kystsikringen. Kan du finde en dato "
         "og invitere en fra Teknik og Miljø med?"),
    # ... but the party's own meetings, the member's own family occasions and the member's own
    # association's affairs are not.
    (PARTY, "Kan du skrive indkaldelsen til partiforeningens årsmøde og sende den ud til medlemmerne?"),
    (OUTSIDE, "Min datter har 25-års fødselsdag på lørdag. Kan du bestille en kage?"),
    (OUTSIDE, "Jeg er kasserer i grundejerforeningen Strandbakken. Kan du lave foreningens årsregnskab?"),
])
def test_the_organisations_the_member_meets(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # A long request whose private story gives way still has its own errands read: one that the
    # model reads as the member's private business is flagged on that sentence ...
    (OUTSIDE, "Hej Rikke\n\nDer sker meget for tiden. Vi er ved at flytte fra lejligheden på Nørrebro til et "
              "hus i Brønshøj, og samtidig er der travlt i udvalget.\n\nKan du:\n- lave et spørgsmål til "
              "forvaltningen om skimmelsvamp på skolerne,\n- skrive et udkast til min tale om skolepolitikken "
              "i Borgerrepræsentationen,\n- skrive til min udlejer og opsige lejemålet med tre måneders varsel "
              "og bede om syn af lejligheden,\n- og aftale et møde med lærerforeningen om arbejdsmiljøet?\n\n"
              "Tak!\nKamilla"),
    # ... and the same request without that errand is council work.
    (OK, "Hej Rikke\n\nDer sker meget for tiden. Vi er ved at flytte fra lejligheden på Nørrebro til et hus i "
         "Brønshøj, og samtidig er der travlt i udvalget.\n\nKan du:\n- lave et spørgsmål til forvaltningen om "
         "skimmelsvamp på skolerne,\n- skrive et udkast til min tale om skolepolitikken i "
         "Borgerrepræsentationen,\n- og aftale et møde med lærerforeningen om arbejdsmiljøet?\n\nTak!\nKamilla"),
])
def test_an_errand_beside_the_story(verdict, text):
    result = guard.check(text)
    assert result.verdict == verdict
    if verdict != OK:
        assert "udlejer" in result.reasons[0].sentence


@pytest.mark.parametrize("verdict, text", [
    # A second review tried exits for more of the member's news (an item "Til orientering:", a
    # decline "det er ik noget du skal tænke på", a dictated call that turns with "det jeg ringer
    # om", "jeg skal til Rom i næste uge", a "Many thanks – Tom (in Scotland ...)" sign-off, a bullet
    # under a line that does not ask): 73 of 98 errands written against them got through, so they
    # were dropped. Errands told that way are flagged:
    (PARTY, "Kan du lave et notat om vejbelysningen til Teknik og Miljø? Til orientering: Generalforsamlingen i "
            "partiforeningen er rykket til juni, og indkaldelsen skal du sende ud til medlemmerne."),
    (PARTY, "Vi skal have sendt indkaldelsen til kredsens generalforsamling ud, det er ikke noget du skal tænke på "
            "før på fredag."),
    (OUTSIDE, "ja hej det er Jens øh det jeg ringer om det er min mor kan du ringe til plejehjemmet og flytte "
              "hendes besøgstid"),
    (OUTSIDE, "Jeg skal i øvrigt til Rom med min kone i næste uge, og du skal booke hotellet til os."),
    (PARTY, "Hilsen Jette (i Sverige til fredag, så bare skaf en ordstyrer til opstillingsmødet i kredsen)"),
])
def test_more_of_the_members_news(verdict, text):
    assert guard.check(text).verdict == verdict


@pytest.mark.parametrize("verdict, text", [
    # Council words that look like party or private ones: the last three years' budgets, places
    # aimed at women, a course for new council members, when a choice must be reported, an
    # organisation's volunteers, a split "tabt arbejds fortjeneste" ...
    (OK, "kan du lave et overblik over hvad de sidste 3 aars anlaegs budgetter er brugt paa til oekonomiudvalget?"),
    (OK, "Kan du formulere et politikerspørgsmål til Socialforvaltningen om, hvad 20 ekstra herbergspladser "
         "målrettet kvinder vil koste?"),
    (OK, "KL har inviteret til et kursus for nye medlemmer af kommunalbestyrelsen. Kan du tjekke, om jeg kan "
         "få tabt arbejdsfortjeneste for dagen?"),
    (OK, "Jeg skal vælge mellem fast vederlag og tabt arbejdsfortjeneste. Kan du regne på begge dele og "
         "fortælle mig, hvornår valget skal være meldt ind til forvaltningen?"),
    (OK, "kan du hjaelpe mig med blanketten til tabt arbejds fortjeneste? jeg er selvstaendig. skal jeg "
         "bruge min aarsopgoerelse som dokumentation?"),
    # ... and the party's and the member's own things told as plainly.
    (PARTY, "Kan du lave annoncer på Facebook målrettet kvinder over 60, så de stemmer på os til valget?"),
    (PARTY, "Kan du skrive en velkomstmail til vores nye medlemmer i partiforeningen?"),
    (OUTSIDE, "Min datter har 3-års fødselsdag på lørdag. Kan du bestille en kage til hende?"),
])
def test_council_words_that_look_like_others(verdict, text):
    assert guard.check(text).verdict == verdict


def test_the_adversarial_reviews_of_this_rounds_exits():
    """Two helper sessions that read the code wrote party or private requests built to slip through
    this round's exits, and permitted ones beside them. r14 (117 + 37): 82 got through at first, 56
    because of this round's exits; three exits were dropped and the rest narrowed, and then all that
    got through had passed before this round too. r15 (110 + 30), against a second set of exits: 85
    got through, 73 because of them, so that set was dropped (and more imperatives, "husk at få",
    "fra dig" are read). Training the model on the read validation sets then let more of the crafted
    private errands through (r14: 25 to 30; r15: 12 to 17): the cost of its fewer false flags on
    real text, held here so it does not grow."""
    import json
    from pathlib import Path
    data = Path(__file__).resolve().parents[1] / "data"
    for name, caught_at_least, false_flags_at_most in (("guard_adversarial_r14.jsonl", 0.74, 3),
                                                       ("guard_adversarial_r15.jsonl", 0.84, 8)):
        rows = [json.loads(x) for x in (data / name).read_text(encoding="utf-8").splitlines()]
        flagged = [r for r in rows if r["label"] != "permitted"]
        caught = sum(guard.check(r["text"]).verdict != OK for r in flagged)
        false_flags = sum(guard.check(r["text"]).verdict != OK for r in rows if r["label"] == "permitted")
        assert caught / len(flagged) >= caught_at_least, name
        assert false_flags <= false_flags_at_most, name
