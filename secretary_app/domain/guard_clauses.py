"""Where in a request the member asks for something, and whether that ask is council work.

A request often tells a story before it asks: "Min datters klasse har ikke haft fysik i to
måneder. Hvor mange lærerstillinger er ubesatte i kommunen?", "I'm at my son's match, but can
you send me the case file on the school closure?". The story names the member's private life;
the errand is the ask. When the ask itself is council business (a question to the
administration, a committee, figures for the municipality, a reply to a citizen, a question
about the member's own office such as inhabilitet or time off), a private word in the story is
context, not the errand. ``guard_judge`` lets an outside-role flag give way then, provided the
ask holds no flag of its own and the model reads the ask alone as council work.

The same goes for a forward: when the member's note asks for council work ("Kan du svare
borgeren om legepladsen?"), the citizen's own birthday or move in the quoted mail is
background, and an outside-role flag on the quote gives way. A note that acts on the quote's
private matter ("Svar banken, at vi gerne vil have et møde", "Kan du ordne det her?") does not.

Texts are read as the rules read them (``guard_text.for_rules``: lower case, æ/ø/å restored).
Pure Python.
"""

from __future__ import annotations

import functools
import re

from secretary_app.domain.guard_asides import ANOTHER_ERRAND

# The start of an ask inside a sentence: a question word or "kan du"/"can you", or an
# imperative at the start of the sentence or of a clause.
_ASK_WORDS = r"\b(?:kan|vil|kunne|ville|gider)\s+(?:du|i)\b|\b(?:could|can|would|will)\s+you\b|\bplease\b|\bpls\b"
_ASK_QUESTION = (
    r"|\b(?:hvor\s+mange|hvor\s+meget|hvordan|hvorfor|hvornår|hvem|hvad|hvilke|hvilken|er\s+jeg|må\s+jeg|"
    r"skal\s+jeg|kan\s+jeg|har\s+jeg|how\s+many|how\s+much|how|why|when|who|what|which|am\s+i|may\s+i|"
    # (the "?" looked for within 2,000 characters: a run-on of thousands of question words is
    # otherwise read to its end from each of them)
    r"can\s+i|do\s+i|should\s+i|is\s+it)\b(?=[^.!?\n]{0,2000}\?)")
_ASK_REST = (
    r"|^(?:kan|må|skal|har|er)\s+jeg\b|^(?:can|may|am|do|should)\s+i\b"  # an SMS question without "?"
    # the polite conditional: "hvis du kunne skrive ...", "det ville være skønt, hvis du ..."
    # the task put first: "den må du gerne tage dig af", "det skal du lige ordne" ("det skal du ikke ..." declines)
    r"|\b(?:den|det|dem)\s+(?:må|skal|kan)\s+du\s+(?:(?!ikke\b|heller\b|slet\b)\w+\s+)?(?:tage\s+dig\s+af|ordne|klare|"
    r"lave|skrive|sende|gøre|sørge\s+for)\b"
    r"|\bhvis\s+du\s+(?:lige\s+|gerne\s+)?(?:kunne|ville|gad|vil|har\s+tid)\b|\b(?:det\s+ville|ville\s+det)\s+være\s+"
    r"(?:skønt|dejligt|fint|godt|rart|en\s+(?:stor\s+)?hjælp)\b|\bif\s+you\s+(?:could|would|have\s+time)\b"
    r"|(?:^|[,;:–(]\s*|\s-\s|(?<=\d)\.\s+|\b(?:men|så|og|but|so|and)\s+)(?:ring|skriv|send|find|lav|tjek|undersøg|forbered|"
    r"svar|spørg|bestil|book|sæt|hent|læs|giv|husk|sørg|ordn|klar|hjælpe?|call|write|send|find|make|check|"
    r"prepare|draft|answer|reply|ask|get|put|look\s+into|pull|dig|"
    # (more errands told as an order: "Help me appeal it", "Flyt min tid", "Tilmeld mig")
    r"køb|flyt|aflys|afbestil|tilmeld|meld|kontakt|inviter|arranger|planlæg|koordiner|videresend|reserver|skaf|"
    r"opret|forny|udfyld|betal|oversæt|gennemgå|help|book|order|buy|fix|sort\s+out|organi[sz]e|arrange|"
    r"schedule|set\s+up|contact|e-?mail|remind|tell|forward|renew|pay|cancel|register|sign\s+up|fill\s+in|"
    r"apply|appeal|reserve|invite|coordinate|translate|proofread)\b")
_ASK = re.compile(_ASK_WORDS + _ASK_QUESTION + _ASK_REST)
# (without a "?" in the sentence no question word can ask: the same search, without its look-ahead)
_ASK_PLAIN = re.compile(_ASK_WORDS + _ASK_REST)


def _ask_search(piece: str):
    return (_ASK if "?" in piece else _ASK_PLAIN).search(piece)


# An ask that is council business. The office words make a question about the member's own
# seat (conflict of interest, time off, pay) an ask of the office.
_COUNCIL_ASK = re.compile(
    r"\b(?:\w*udvalg\w*|committee\w*|forvaltning\w*|\w+forvaltning\w*|administration\w*|department\w*|"
    r"borgerrepræsentation\w*|kommunalbestyrelse\w*|byråd\w*|regionsråd\w*|city\s+council|the\s+council|"
    r"(?:tmu|buu|søu|kfu|suu|øu|beu|tmf|buf|kff|sof)\b|"  # committees and administrations as abbreviated
    r"kommunen\w*|kommunens|kommuner\w*|kommunal\w*|municipal\w*|borgmester\w*|rådmand\w*|mayor\w*|"
    r"politikerspørgsm\w*|spørgsmål\s+til|spm\b|spørgsmål\b|medlemsforslag\w*|beslutningsforslag\w*|"
    r"question\s+to|questions?\s+for\s+the|member'?s\s+proposal|motion\b|"
    r"sagsfremstilling\w*|høringssvar\w*|høring\w*|aktindsigt\w*|"
    r"case\s+file|briefing|lokalplan\w*|local\s+plan|\w*budget\w*|rådhus\w*|town\s+hall|"
    r"(?:ældre|handicap|integrations|ungdoms|senior|bruger)råd\w*|presseklip\w*|presseovervågning\w*|"
    r"debatindlæg\w*|læserbrev\w*|kronik\w*|op-ed|(?:press|media)\s+(?:monitoring|clippings|coverage)|"
    r"øje\s+med\s+(?:pressen|medierne)|"
    r"hvor\s+mange|how\s+many|statistik\w*|"
    r"borgeren\w*|borgere\w*|citizen\w*|resident\w*|beboer\w*|svar\w*\s+(?:hende|ham|dem|borgeren)\b|"
    r"reply\s+to\s+(?:her|him|them)|"
    r"inhabil\w*|habil\w*|conflict\s+of\s+interest|biased|disqualif\w*|vederlag\w*|tabt\s+arbejdsfortjeneste|"
    r"lost\s+earnings|tjenestefri\w*|orlov\w*|leave\s+(?:of\s+absence|for)|fri\s+(?:fra|til)\b|time\s+off|diæt\w*|vote\s+on|stemme\s+om|stemme\s+i\s+sagen)")
_OFFICE = re.compile(
    r"\b(?:inhabil\w*|habil\w*|conflict\s+of\s+interest|biased|disqualif\w*|vederlag\w*|"
    r"tabt\s+arbejds\s?fortjeneste|lost\s+earnings|tjenestefri\w*|orlov\w*|leave\s+(?:of\s+absence|for)|"
    r"fri\s+(?:fra|til)\s+\w*(?:møde|arbejde|job)\w*|time\s+off|diæt\w*|fri\s+(?:med|uden)\s+løn|"
    r"træk\w*\s+(?:mig\s+|dig\s+)?i\s+løn\w*|erstatning\s+fra\s+kommunen|"
    r"(?:refusion|\w{0,30}godtgørelse|kompensation)\w{0,20}[^.!?\n]{0,40}\b(?:møde\w*|byråd\w*|udvalg\w*|hverv\w*)|"
    r"vote\s+on|stemme\s+om|stemme\s+i\s+sagen|deltage\s+i\s+(?:behandlingen|afstemningen)|"
    r"(?:gå|træde)\s+(?:ud|fra)\s+under|forlade\s+(?:mødet|salen|lokalet)|recuse\w*|step\s+out\s+(?:of|during|for))")
# Someone else's report ("en borger skriver, at hun var til generalforsamling i sin
# partiforening", "a resident told me she joined a party"): party words after it are the
# citizen's story, not an errand of the member's.
_REPORT = re.compile(
    r"\b(?:en|et|to|tre|flere|nogle|a|the|two|some|several)\s+(?:\w+\s+)?(?:borger\w*|beboer\w*|vælger\w*|"
    r"forælder|forældre|citizen\w*|resident\w*|voter\w*|parent\w*)\b[^.!?\n]{0,80}?\b(?:skriver|skrev|"
    r"fortæller|fortalte|siger|sagde|har\s+skrevet|har\s+fortalt|klager|klagede|writes|wrote|says|said|tells|"
    r"told|complains|complained)\b")


# A passage in quotation marks under a line that names where it is from ("Læserbrev i Næstved
# Tidende lørdag:", "Fra Nordvestnyt i weekenden:") is someone else's text, read as a report.
_OPEN_QUOTE = re.compile(r"^\s*[\"“„«»]")
_CLOSE_QUOTE = re.compile(r"[\"”“«»]\s*+[.!?]?\s*+$")


def quoted_passage(pieces: list[str]) -> frozenset[int]:
    """The sentences of a quoted passage that an intro line ending in a colon, which asks for
    nothing itself, presents, when the request asks outside it (a dictation in quotes, "Diktat fra
    Jørgen:", is the request itself)."""
    return _quoted_passage(tuple(pieces)) if any(map(_has_quote, pieces)) else frozenset()


def _has_quote(piece: str) -> bool:
    return _OPEN_QUOTE.match(piece) is not None


@functools.lru_cache(maxsize=64)
def _quoted_passage(pieces: tuple[str, ...]) -> frozenset[int]:
    inside: set[int] = set()
    i = 1
    while i < len(pieces):
        intro = pieces[i - 1].rstrip()
        if _OPEN_QUOTE.match(pieces[i]) and intro.endswith(":") and ask_start(intro) is None \
                and i - 1 not in inside and _DICTATED.search(intro) is None and _PUBLISHED.search(intro):
            j = i
            while j < len(pieces) and not (_CLOSE_QUOTE.search(pieces[j]) and (j > i or _quotes(pieces[j]) >= 2)):
                j += 1
            if j == len(pieces):  # never closed: no passage
                break
            inside.update(range(i, j + 1))
            i = j + 1
        i += 1
    outside = [x for k, x in enumerate(pieces) if k not in inside]
    # (an ask that edits the quote makes it the errand: "Kan du rette sproget til?")
    if inside and (not any(ask_start(x) is not None for x in outside) or any(_EDITS.search(x) for x in outside)):
        return frozenset()
    return frozenset(inside)


# Where a quoted passage was published or said: a paper, a letter to the editor, an article, a
# broadcast, or someone quoted ("Fra Nordvestnyt i weekenden:", "Læserbrev i Ballerup Bladet:").
# (not a party's or a club's own paper: "medlemsbladet", "partibladet", a newsletter)
_PUBLISHED = re.compile(
    r"\b(?:læserbrev\w*|\w*avis(?:en|ens)?|(?!medlems|parti|klub|forenings)\w*blad(?:et|ets)?|\w*tidende|\w+nyt|"
    r"\w*posten|artikl?\w*|kronik\w*|lederen|debatindlæg\w*|debatsiden|nyhed(?:en|er|erne)?|radio\w*|tv\s*2\w*|"
    r"dr\b|p4\w*|citat\w*|interview\w*|letter\s+to\s+the\s+editor|article|newspaper|op-ed|editorial|"
    r"skriver|skrev|writes|wrote)\b")
_EDITS = re.compile(
    r"\b(?:ret(?:te)?\s+(?:sproget|teksten|den|det|stavefejl\w*)|sproget\s+(?:til|skarpere)|gennemlæs\w*|korrektur\w*|"
    r"læs\s+(?:den|det|teksten)\s+igennem|forkort\w*|omskriv\w*|skarpere|trykkes|tidy|proofread|edit\w*|polish|"
    r"the\s+language|the\s+wording)\b")
_DICTATED = re.compile(r"\b(?:dikta\w*|indtal\w*|optag\w*|transskri\w*|voicemail\w*|talebesked\w*|"
                       r"dictat\w*|recorded|transcri\w*)")


def _quotes(piece: str) -> int:
    return sum(piece.count(c) for c in "\"“”„«»")


# The member's news of a party event that is over, or of where an idea came from: the party word
# is what the member comes back from ("Jeg kom hjem fra landsmødet i søndags"), what they still
# feel ("stadig høj efter valgnatten"), what they attended ("var til generalforsamling"), or
# what the party adopted or said before ("Partiet vedtog en udtalelse om ...", "Idéen har stået
# i vores partiprogram i årevis"). Read just before the party word, within its clause.
_PAST_EVENT = re.compile(
    r"(?:\b(?:kom|kommet|kommer|er\s+tilbage|tilbage|hjemme\s+igen|hjemme|hjem)\s+(?:lige\s+|netop\s+|først\s+|nu\s+)?"
    r"(?:hjem\s+|tilbage\s+|ud\s+)?(?:fra|efter)"
    r"|\b(?:havde|holdt|fejrede)"
    r"|\b(?:høj|træt|glad|mæt|fyldt|brugt|øm|rørt|stolt|lettet|skuffet)\s+(?:\w+\s+){0,2}?efter"
    r"|\b(?:var|har\s+været|havde\s+været)\s+(?:\w+\s+){0,2}?(?:til|på)"
    r"|\bhar\s+(?:\w+\s+){0,2}?stået\s+i|\bstod\s+(?:\w+\s+){0,2}?i"
    r"|\b(?:brugte|lovede|lovet|nævnte|gik|talte|fik|vandt|tabte|sagt|sagde|skrevet|sad|mødte|hørte|sendte|skrev)\b"
    r"[^.!?\n,;]{0,60}?\b(?:i|under|før|efter|ved|til|på)"
    r"|\b(?:det|den|it)\s+var\s+(?:\w+\s+){0,2}?(?:et|en|a)"
    # the member's candidacy decided: "jeg blev valgt som kandidat til folketingsvalget"
    r"|\bblev\s+(?:\w+\s+)?(?:valgt|opstillet|nomineret|genvalgt)\s+(?:som|til|ind\s+i)"
    # someone's past, in a relative clause: "..., hvor hun blev valgt ind i hovedbestyrelsen"
    r"|\b(?:hvor|da)\s+(?:hun|han|jeg|vi|de)\s+(?:blev|var|fik|holdt)"
    r"|\bback\s+from|\bafter\s+the|\bwas\s+at|\bduring\s+the|\bspent\s+(?:\w+\s+){0,3}?(?:at|in)"
    # who someone is in the party, as a fact: "nogle af dem er også aktive i vores parti"
    r"|\b(?:er|var)\s+(?:også\s+|selv\s+|jo\s+|alle\s+)?(?:aktiv\w*|medlem\w*|organiseret)\s+(?:i|af|hos))"
    r"\s+(?:den\s+|det\s+|de\s+|vores\s+|partiets\s+|sidste\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,5}?$")
# "i øvrigt", "forresten", "by the way": what follows is news, not the errand.
_BY_THE_WAY = re.compile(r"\b(?:i\s+øvrigt|forresten|btw|by\s+the\s+way|apropos)\b")
# ... or the event is said to be over ("Nu er valgkampen slut", "Så er opstillingsmødet overstået") ...
# ... or what the event did, in the past ("landsmødet var i Vejle", "valgnatten gik fint", "valgaftenen
# trak ud", "vores kandidat blev præsenteret").
_OVER = re.compile(r"[^.!?,;:\n–]{0,60}?\b(?:slut|overstået|forbi|afsluttet|taget\s+ned|ovre|aflyst|udsat)\b"
                   r"|\s++(?:\w++\s++){0,4}?(?:var|gik|trak|blev|endte|sluttede|vedtog|valgte|havde)\b")
# ... or the party is the subject of a past statement, or of its line on the matter.
_PARTY_SAID = re.compile(
    r"\s*+(?:\w++\s++){0,2}?(?:vedtog|har\s+vedtaget|besluttede|har\s+besluttet|lovede|har\s+lovet|"
    r"udtalte|foreslog|har\s+foreslået|skrev|har\s+lavet|lavede|har\s+udsendt|udsendte|nævnte|sagde|fortalte|"
    r"talte\s+om|adopted|passed|promised|said|mentioned)\b"
    r"|\s*+(?:linje|holdning|politik|position|udspil)\w*\s+(?:\w+\s+)?(?:er|var|lyder|siger)\b")
_SAID_THAT = re.compile(
    r"\b(?:nævnte|sagde|fortalte|skrev|mente|forklarede|mentioned|said|wrote|told\s+(?:me|us))\s*+,?\s++(?:at|that)\b"
    r"[^.!?\n;:]*+$")
_MUST = re.compile(r"\b(?:skal|skulle|må|bør|burde|mangler|vil\s+have|should|must|need\w*|has\s+to|have\s+to)\b")
_CLAUSE_BEFORE = re.compile(r"[^,.;:!?\n–]{0,120}$")


def past_event(piece: str, pos: int, end: int) -> bool:
    """The party word at ``pos``..``end`` of ``piece`` is news of an event that is over or the
    origin of an idea (``_PAST_EVENT``, ``_PARTY_SAID``), not an errand."""
    before = _CLAUSE_BEFORE.search(piece, max(0, pos - 120), pos)
    lead = before.group(0) if before else ""
    if _PAST_EVENT.search(lead) or _OVER.match(piece, end) or _BY_THE_WAY.search(piece):
        return True
    # "Morten nævnte, at partiet på landsplan har lavet en kampagne om ...": what someone said
    # the party did, in a clause that asks for nothing.
    said = _SAID_THAT.search(piece, max(0, pos - 160), pos)
    if said is not None and not _MUST.search(piece, said.end(), pos):
        return True
    # "Partiet vedtog en udtalelse om ...": the party word opens its clause and states in the past.
    return not lead.strip(" -–\"'") and _PARTY_SAID.match(piece, end) is not None


_TELLS = re.compile(
    r"\b(?:skriver|skrev|har\s+skrevet|fortæller|fortalte|har\s+fortalt|siger|sagde|klager|klagede|"
    r"sendte|sender|har\s+sendt|videresendt\w*|fik\s+det\s+(?:her\s+)?fra|har\s+fået\s+(?:det\s+)?(?:her\s+)?fra|"
    r"ringede|nævnte|vedtog|har\s+vedtaget|lovede|writes|wrote|says|said|told|tells|sent|forwarded|passed\s+(?:it|this)\s+on|"
    r"complained|mentioned|called)\b")


# A sentence that asks without a question or an imperative: a need ("jeg har brug for en
# flyttebil", "der skal bestilles kage", "we need a venue") or an item of a list of tasks.
_NEED = re.compile(
    r"\b(?:brug\s+for|behov\s+for|mangler|trænger\s+til|skal\s+bruge|skal\s+have|vil\s+(?:gerne\s+)?have|vil\s+gerne|"
    r"(?:vil|skal|må)\s+(?:jeg|vi)\s+(?:gerne\s+|også\s+|lige\s+)?(?:have|bruge|bede)|"
    r"ønsker|gerne\s+ha|skal\s+(?:\w+\s+)?(?:bestilles|laves|ordnes|bookes|skrives|sendes|købes|findes|"
    r"klares|arrangeres|planlægges|betales|læses|rettes|udfyldes|afleveres|hentes|leveres|ordnes|opsiges|fornyes)|husk\w*|need\w*|want\w*|would\s+like|i'?d\s+like|"
    r"has\s+to\s+be|must\s+be|should\s+be\s+(?:booked|ordered|sent|written|done))\b")
# A sentence that opens a new errand ("Og så en personlig ting", "Til sidst", "One more thing").
_TOPIC = re.compile(
    r"^\s*(?:og\s+så|og\s+til\s+sidst|til\s+sidst|desuden|derudover|endelig|også|og\s+en\s+ting|"
    r"en\s+(?:sidste|anden|personlig|privat)\s+ting|privat(?:\s+|:|$)|personligt|and\s+(?:also|finally)|"
    r"also|finally|one\s+more\s+thing|on\s+a\s+personal\s+note|personally)\b")
_PRIVATE_TOPIC = re.compile(r"\b(?:privat\w*|personlig\w*|private|personal\w*)\b")
_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}\s*[.)]|[a-h]\s*\))\s*")


def remark(piece: str, before: str = "") -> bool:
    """The sentence only remarks on something: it asks for nothing (no ask, no need), is not an
    item of a list and does not follow a line that introduces one ("Tre ting:"). A private word
    in it ("jeg skal til min datters forældremøde torsdag, så jeg kan ikke være med til
    formødet") is the member's news, not an errand."""
    if ask_start(piece) is not None or _NEED.search(piece) or _ITEM.match(piece) or _TOPIC.match(piece) \
            or _YOU_DO.search(piece):
        return False
    # "Og nu til det private: Min kone og jeg skal skilles": a lead-in that names a private topic
    # opens an errand; "Praktisk: Min søn starter i børnehave, så jeg kommer kl. 10" is news.
    colon = piece.find(":")
    if 0 <= colon < len(piece.rstrip(" .")) - 1 and _PRIVATE_TOPIC.search(piece, 0, colon) \
            and "baggrund" not in piece[:colon] and "background" not in piece[:colon]:
        return False
    # (a line that introduces the notes of a call or a message is no list of tasks: "Notat fra
    # opkald fra Birgit, fredag:")
    return not before.rstrip().endswith(":") or _NOTES_INTRO.search(before) is not None


_NOTES_INTRO = re.compile(r"\b(?:notat\w*|referat\w*|opsummering\w*|resumé\w*|opkald\w*|samtale\w*|telefonsamtale\w*|"
                          r"besked\w*|gengivet|gengivelse\w*|transskription\w*|voicemail\w*|summary|notes|call|"
                          r"message)\b")


# A task told to the secretary as a plan: "..., og du kører den derhen", "you book the caterer".
_YOU_DO = re.compile(r"\b(?:og|så|men|and|then)\s+du\s+(?:\w+\s+)?(?!ved\b|har\b|kender\b|husker\b|sikkert\b|nok\b)"
                     r"\w+er\b|\byou\s+(?:also\s+)?(?:book|call|write|find|send|get|order|buy|sort|arrange|pick|drive)\b")
# (an intro that names its topic or its caller's party role says what the notes are about)
_NOTES_TOPIC = re.compile(r"\b(?:om|about|vedr\w*|angående|re)\b|parti|kampagne|valg|kreds|lokalforening|"
                          r"lokalafdeling|opstilling|kandidat|landsmøde|generalforsamling|campaign|branch")


def notes_intro(line: str) -> bool:
    """The line introduces the notes of a call or a message ("Besked fra Karsten, gengivet med
    hans ord:"): it asks for nothing itself."""
    line = line.rstrip()
    low = line.lower()
    return line.endswith(":") and _NOTES_INTRO.search(low) is not None and "?" not in line \
        and _ask_search(low) is None and _NOTES_TOPIC.search(low) is None


def private_lead(piece: str) -> bool:
    """The sentence opens with a lead-in that names a private topic ("Helt privat: ...",
    "Personligt: ...", "On a personal note, ..."): what follows is an errand of the member's own."""
    m = _TOPIC.match(piece)
    if m is not None and _PRIVATE_TOPIC.search(m.group(0)):
        return True
    colon = piece.find(":", 0, 40)
    return colon > 0 and _PRIVATE_TOPIC.search(piece, 0, colon) is not None \
        and "baggrund" not in piece[:colon] and "background" not in piece[:colon]


def tells(piece: str) -> bool:
    """The sentence tells who wrote, said or passed something on."""
    return _TELLS.search(piece) is not None


def reported_from(piece: str) -> int | None:
    """Where a citizen's report starts in a sentence, or None."""
    m = _REPORT.search(piece)
    return m.end() if m else None


# "der skal du skrive min beretning", "du må gerne tage dig af det"
_TASK_YOU = re.compile(r"\b(?:skal|må|bør|skulle)\s+du\b(?!\s+(?:slet\s+|heller\s+)?ikke)|\bdu\s+(?:skal|må|bør|skulle)\b(?!\s+(?:slet\s+|heller\s+)?ikke)")


def direct_ask(piece: str) -> bool:
    """The sentence asks in so many words (a question, "kan du", an imperative, "skal du"), not
    only by a need."""
    return "?" in piece or _ask_search(piece) is not None or _TASK_YOU.search(piece) is not None


def ask_start(piece: str) -> int | None:
    """Where the ask of a sentence starts (at its clause), or None when it asks for nothing."""
    m = _ask_search(piece)
    if m is None:
        if "?" in piece:
            return 0  # "inhabil?": the question is the ask
        if " du " in piece or "you " in piece:
            m = _YOU_DO.search(piece)  # "..., og du bestiller telt og stole"
            if m is not None:
                return m.start()
        # "For det første vil jeg gerne have et overblik over ...": a need asks too.
        need = _NEED.search(piece)
        return None if need is None else _clause_start(piece, need.start())
    return m.start()


def _clause_start(piece: str, pos: int) -> int:
    """The start of the clause that holds ``pos`` (after the last comma, colon or dash before it)."""
    cut = max(piece.rfind(c, 0, pos) for c in (",", ":", ";", " - "))
    return 0 if cut < 0 else cut + 1


def asks(pieces: list[str]) -> list[tuple[int, int]]:
    """(sentence index, offset) of each sentence's ask."""
    out = []
    for i, piece in enumerate(pieces):
        a = ask_start(piece)
        if a is not None:
            out.append((i, a))
    return out


def council_ask(text: str) -> bool:
    return _COUNCIL_ASK.search(text) is not None


def office_ask(text: str) -> bool:
    """The ask is a question about the member's own seat: private words in it are its context."""
    return _OFFICE.search(text) is not None


# The quoted mail was sent to a committee or the council ("Til: Kultur- og Fritidsudvalget"):
# whoever wrote it (a club's board, a school's parents) writes as a stakeholder.
# (the recipient itself, not a member named with a title: "Til: Peter Holm, byrådsmedlem")
_TO_LINE = re.compile(r"^\s*+[*_]*+(?:til|to)[*_]*+\s*+:\s*+([^\n]{1,300})", re.IGNORECASE | re.MULTILINE)
_BODY = re.compile(r"(?:[\w-]+\s+){0,4}?(?:\w*udvalg(?:et)?|byrådet|kommunalbestyrelsen|borgerrepræsentationen|"
                   r"[\w-]+\s+committee|city\s+council|the\s+council)", re.IGNORECASE)


def to_the_council(quoted: str) -> bool:
    """The quoted mail's header says it went to a committee or the council."""
    m = _TO_LINE.search(quoted[:3000])
    if m is None:
        return False
    # (recipients are split by ";", and a comma after a name gives the title: only a body named first counts)
    return any(_BODY.fullmatch(re.sub(r"<[^>]*>", "", seg).split(",")[0].strip()) for seg in m.group(1).split(";"))


def points_apart(pieces: list[str], points) -> bool:
    """A sentence of the note asks about the quote and names no council business ("Kan du finde
    ud af, hvad det her betyder?"), and the council words are another errand of their own ("Og
    send mig lige dagsordenen til Ældreudvalget")."""
    council = [x for x in pieces if council_ask(x)]
    return bool(council) and all(ANOTHER_ERRAND.match(x) for x in council) and any(
        points.search(x) and ask_start(x) is not None and not council_ask(x) for x in pieces)


