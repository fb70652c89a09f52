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
    # A news clause turned from with "but" is not the ask ...
    (OK, "can you set up press monitoring on the harbour tunnel for the next two weeks? I'll be in Portugal "
         "for my brother's wedding but want a short daily digest."),
    # ... a need of someone else, in an indirect question, is not one ...
    (OK, "Kære Jonas\n\nDet har været en hård uge. Min mor er blevet indlagt, og vi venter på at høre, om hun "
         "skal have en plejebolig. Derfor har jeg været lidt væk.\n\nSundhedsudvalget behandler visitationen "
         "på tirsdag. Kan du lave en oversigt over ventetiderne på plejeboliger de seneste tre år?\n\nHilsen "
         "Bente"),
    # ... but the member's own need told that way is.
    (OUTSIDE, "I'll be in Portugal for my brother's wedding but want you to book the rental car for us."),
    (OUTSIDE, "Min mor er blevet indlagt, og hun skal have en plejebolig. Kan du finde tre plejehjem til hende "
              "og skrive ansøgningen?"),
])
def test_the_ask_after_the_news(verdict, text):
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
