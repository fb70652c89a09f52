"""Sentences of a request that ask for nothing, so the guard's rules do not read them.

A request as it arrives holds more than the errand. Five kinds of sentence ask the secretary
for nothing, and a phrase in them (a relative, a holiday, the party) is no errand:

* **social lines** at either end ("Min mand siger hej", "Tak for blomsterne til min mor",
  "Tillykke med din datters bryllup", "Jeg sidder i toget på vej hjem");
* a **greeting** as the first sentence ("Hej Søren.", "Kære Tobias.", "Godmorgen.");
* a **disclaimer**: the member says the secretary should not do something, or that someone
  else does it ("det står partiforeningen for, så det skal du ikke bruge tid på", "the party's
  volunteers handle that", "det er ikke din opgave");
* a **time preface** on a line of its own ("Før jeg går på barsel:", "Before I leave:");
* the secretary's **offer** the member answers no to ("Du spurgte, om du skulle hjælpe med
  indsamlingen. Nej, det er partiets opgave.");
* the member's **availability**: when they cannot come and why ("Jeg har fødselsdag onsdag, så
  helst ikke den dag", "Husk, at jeg er væk fredag, fordi min yngste har fødselsdag", "I'm off
  on Friday for my daughter's wedding"). The private event is why a date is out, not an errand;
  the sentence must name a time, so "Naboen vil helst ikke have træet fældet" is no aside.

None of them is skipped when it asks for something itself (a question, "kan du", "please", an
imperative such as "ring", "skriv", "book" after the disclaimer), and a request is never left
with no sentence to read. The model still reads the whole text.

A **source** is masked, not skipped: a relative, a neighbour or someone close who tells of a
matter the member takes up ("Min svoger fortalte om problemet på skolen", "Naboerne på Kirkevej
klager over støjen", "Svømmeklubben, hvor min nevø svømmer, ...") or who offers to help ("Min
nabo har tilbudt at hænge plakater op") is blanked out of what the rules read: the person is
not whom the errand is for. The rest of the sentence is read, and nothing is masked when the
member's own things follow ("Naboerne har klaget over min hund"). Pure Python; imports nothing
of ours but ``guard_patterns`` and ``guard_declines`` (the words of a decline).
"""

from __future__ import annotations

import itertools
import re

from secretary_app.domain.guard_declines import DECLINE_WORDS, DECLINES, LOOSE_DECLINES
from secretary_app.domain.guard_patterns import fast_regex

# Kept in guard_judge's words: the first line of a mail that only greets.
GREETING = re.compile(r"^\s*(?:hej|hejsa|hey|hi|hello|kære|dear|goddag|godmorgen|god morgen|halløj|hallo|"
                      r"good morning|moin|davs|godaften|god aften)\b[^\n.!?]{0,40}[,!.]?\s*$", re.IGNORECASE)
ASKS = re.compile(r"\?|\b(?:kan|vil|kunne|ville|gider)\s+du\b|\b(?:could|can|would|will)\s+you\b|\bplease\b",
                  re.IGNORECASE)
PLEASANTRY_START = re.compile(  # at the start of the sentence, perhaps after "Hej, det er mig,"
    r"[\"“„']?(?:(?:hej|hi|hey|godmorgen|kære|dear)\b[^,.!?–]{0,25}(?:[,.!]|\s–)\s*)?(?:"
    r"(?:og\s+|and\s+|ps:?\s+)?(?:(?:tusind|mange|1000)\s+)?(?:tak|thanks|thank\s+you)\s+for\b"
    r"|(?:og\s+)?(?:hils|hilsen\s+til|greet|say\s+hi\s+to|give\s+my\s+(?:love|regards))\b"
    r"|(?:vi\s+ses|ses\s+(?:på|i|om|til)|god\s+weekend|god\s+dag|ha'?v?\s+en\s+god|have\s+a\s+(?:nice|good)|see\s+you)\b"
    r"|(?:og\s+)?(?:først\s+og\s+fremmest\s+)?(?:stort\s+|hjertelig\s+)?tillykke\s+med\b|congratulations\s+on\b"
    r"|(?:jeg\s+)?(?:sidder|er)\s+(?:lige\s+)?(?:i\s+toget|i\s+bilen|i\s+bussen|i\s+flyet|på\s+vej\s+(?:hjem|til|fra))\b"
    r"|i'?m\s+(?:on\s+the\s+(?:train|bus|plane)|on\s+my\s+way)\b|greetings\s+from\b"
    r"|(?:jeg\s+)?håber,?\s+(?:du|i|at\s+du)\s+(?:har|havde|får|fik)\b|(?:i\s+)?hope\s+you\s+(?:had|have|are|enjoyed)\b"
    r"|jeg\s+har\s+(?:selv\s+|lige\s+|også\s+)?været\s+(?:på\s+ferie|væk|bortrejst|syg)\b"
    r"|det\s+var\s+(?:så\s+|virkelig\s+)?(?:hyggeligt|dejligt|rart|godt|skønt|fint)\s+at\s+(?:se|møde|tale\s+med|"
    r"snakke\s+med|hilse\s+på)\s+dig\b|(?:it\s+was\s+)?(?:so\s+)?(?:nice|great|good|lovely)\s+to\s+(?:see|meet)\s+you\b"
    r"|jeg\s+er\s+(?:lige\s+|nu\s+)?(?:tilbage|hjemme\s+igen|landet|kommet\s+hjem)\b)",
    re.IGNORECASE)
PLEASANTRY_ANYWHERE = re.compile(
    r"\b(?:(?:siger|sender)\s+(?:hej|hilsen|mange\s+hilsner)\b|says\s+(?:hi|hello)\b)", re.IGNORECASE)

# The rest read the sentence as the rules do: lower case, æ/ø/å restored, shorthand written out.
# Each alternative starts with its letters (no leading \b), so a search skips ahead in C.
_ASKS_LOW = re.compile("|".join(fast_regex(r"\b" + a) for a in (
    r"kan\s+du\b", r"vil\s+du\b", r"kunne\s+du\b", r"ville\s+du\b", r"gider\s+du\b", r"hvis\s+du\s+(?:gad|gider|kunne|ville|vil|orker)\b",
    r"could\s+you\b",
    r"can\s+you\b", r"would\s+you\b", r"will\s+you\b", r"please\b")))
_IMPERATIVE = re.compile(
    r"(?:^|[,;:–-]\s*|\b(?:og|så|and|then)\s+)(?:(?:bare|lige|just|også|gerne)\s+)*(?:ring|skriv|send|find|lav|book|"
    r"bestil|køb|hent|tjek|spørg|klag|tilmeld|afmeld|reserver|lej|opsig|forny|afbestil|aflys|ombook|bed|skaf|"
    r"arranger|organiser|planlæg|vær\s+sød\s+at|"
    r"hjælp|ordn|sørg|husk|giv|meld|søg|udfyld|print|sæt|flyt|betal|aftal|kontakt|undersøg|forbered|læs|svar|"
    r"call|write|find|book|order|buy|get|check|ask|help|sort|make|draft|arrange|contact|prepare|print|pay|renew)\b")
# A task or a word to the secretary in a sentence: "..., og nyhedsbrevet sender du ud fredag",
# "ruterne må du gerne fordele", "invitationerne skal gerne være sendt ud", "skal udfyldes og sendes".
_TO_YOU = re.compile(
    r"\b(?:må|kan|skal|bør|vil|gider|er|får|(?!(?:håber|tror|synes|mener|husker|ved)\b)\w+er)\s+du\b|\bdu\s+(?:\w+\s+)?(?:må|kan|skal|bør|gider|gad|vil|sender|laver|skriver|bestiller|"
    r"fordeler|sætter|ringer|booker|ordner|tager|finder|sørger)\b|\bdig,?\s+der\b|\b(?:fra|hos)\s+dig\b|\b(?:dine(?!\s+svar\b(?!\s+(?:til|på|om|for)\b))|din\s+hånd|yours)\b"
    r"|\byou(?:'ll|\s+will|\s+can|\s+could)?\s+(?:also\s+)?(?:send|post|call|write|book|sort|pick|handle|get)\b"
    r"|\bneeds?\s+(?:\w+\s+)?(?:writing|doing|sending|booking|printing|sorting|\w{3,}ing)\b"
    r"|\bskal\s+(?:\w+\s+){0,3}?(?:være\s+)?(?:sendt|lavet|skrevet|bestilt|booket|ordnet|udfyldt|klar)\b"
    r"|\bskal\s+(?:\w+\s+){0,2}?(?!\w*(?:tages|gives)\b)\w+es\b")


# A clause of its own after the cue: "..., så jeg er først tilbage mandag, og nyhedsbrevet ...",
# "..., også booking af færgen til Læsø", "– resten af ruterne er dine".
# (not the member going on about themselves: "..., men jeg er på mail", "but this one matters")
_SAME_SUBJECT = (r"(?!jo\s+\w+ere\b)(?!(?:jeg|i|i'm|er|vi|det|den|der|this|it|that|so|så|nu|han|hun|de|min|mit|mine|my|we|the|kan|vil|"
                 r"har|ellers|\w+er|\w+ede)\b)")
_MORE_AFTER = re.compile(r"(?:,\s*+|\s)(?:og|også|men|samt|plus|ellers|and|but|also)\s+" + _SAME_SUBJECT
                         + r"(?:\S+\s+){2,}|\s[–-]\s+" + _SAME_SUBJECT.replace("ellers|", "") + r"(?:\S+\s+){2,}|;\s*+"
                         + _SAME_SUBJECT.replace("ellers|", "")
                         + r"(?:\S+\s+){2,}")
# A sentence that goes on with the list of errands ("Og så mit cv og en ansøgning ...", "Og send
# mig lige dagsordenen").
ANOTHER_ERRAND = re.compile(r"^(?:og\s+så|og|også|derudover|desuden|plus|ps|p\.s\.|and|also|then)\b")


def _tasks_beside(piece: str, m: re.Match | None = None) -> bool:
    rest = piece if m is None else piece[:m.start()] + " " + piece[m.end():]
    return _ERRAND_TOO.search(rest) is not None or _TO_YOU.search(_CONTACT.sub("", rest)) is not None \
        or (m is not None and _MORE_AFTER.search(piece, m.end()) is not None)


# After a disclaimer, "men/bare/kun/instead" turns to what is asked after all.
_BUT = re.compile(r"\b(?:men|bare|kun|i\s+stedet|derimod|but|just|only|instead)\b")
_SOURCE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:og|men|and|but)\s+)"
    r"(?P<who>(?:min|mit|mine|vores|my|our)\s+(?:gamle\s+|nye\s+|egen\s+|old\s+)?[\w-]+(?:'s)?|naboerne|naboen|"
    r"svogeren|the\s+neighbou?rs?|a\s+friend\s+of\s+(?:my\s+[\w-]+'s|mine))"
    r"(?:\s+[\w'-]+,?){0,10}?\s+"
    r"(?:fortalte|fortæller|har\s+fortalt|siger|sagde|har\s+sagt|nævnte|nævner|har\s+nævnt|ringede|ringer|"
    r"har\s+ringet|skrev|skriver|har\s+skrevet|klagede|klager|har\s+klaget|oplevede|oplever|har\s+oplevet|"
    r"gjorde\s+mig\s+opmærksom|gør\s+mig\s+opmærksom|har\s+gjort\s+mig\s+opmærksom|var\s+en\s+af\s+dem|"
    r"er\s+en\s+af\s+dem|er\s+ikke\s+den\s+eneste|har\s+lagt\s+(?:et\s+)?(?:billede|opslag)|told\s+me|tells\s+me|"
    r"mentioned|said|says|called|rang|wrote|complained|noticed|pointed\s+out|is\s+one\s+of|was\s+one\s+of|posted|"
    # or offers to help: a helper is not the one the errand is for
    r"har\s+tilbudt|tilbyder|tilbød|vil\s+(?:gerne\s+)?hjælpe|har\s+sagt\s+ja\s+til|offered|has\s+offered|"
    r"wants\s+to\s+help|is\s+helping|volunteered|"
    # or is upset about the matter: "Min nabo Poul er rasende, og han har ret"
    r"er\s+(?:helt\s+|meget\s+|ret\s+)?(?:rasende|vred|vrede|sur|sure|bekymret|bekymrede|utilfreds|utilfredse|ked\s+af\s+det)|"
    r"is\s+(?:furious|angry|upset|worried))\b"
    r"|,\s*(?:hvor|som|der|where)\s+(?:min|mit|mine|my)\s+[\w-]+\s+[\w-]+(?:\s+[\w-]+)?\s*,")
# The member's own things after the source: then the report is about the member's own life.
_OWN = re.compile(r"(?<!\d)(?<!\d\s)\b(?:min|mit|mine|my)\s+(?!opmærksom)[\w-]+")  # not "20 min"
# The secretary's own offer, answered no in the next sentence ("Du spurgte, om du skulle hjælpe
# med valgkampen. Nej, ..."): the offer asks for nothing.
OFFER = re.compile(r"^(?:du\s+spurgte|du\s+har\s+spurgt|you\s+asked)\b[^.!?]{0,30}\b(?:om|if|whether)\b")
REFUSAL = re.compile(r"^(?:nej|no)\b")
# "Jeg er væk", "helst ikke den dag", "I'm away": a date the member cannot do ...
_AWAY = re.compile(
    r"\b(?:er\s+(?:væk|bortrejst|optaget|ude\s+af\s+huset|ikke\s+(?:at\s+træffe|hjemme|til\s+stede))"
    r"|(?:er|holder)\s+(?:jo\s+|nu\s+|altså\s+|lige\s+|også\s+)?(?:p(?:å|aa)\s+)?(?:(?:sommer|vinter|efterårs|påske|jule)\s)?"
    r"(?:ferie|\w+ferie|barsel|kursus|landsmøde|kongres|konference|seminar|studietur)"
    # where the member stays: "Vi er i sommerhuset ved Løkken de næste tre uger"
    r"|\b(?:jeg|vi)\s+(?:er|bor)\s+(?:jo\s+|nu\s+|stadig\s+)?(?:i|på)\s+(?:sommerhuset|hytten|campingvognen|udlandet)\b"
    # where the member comes from: "Jeg kommer direkte fra min svigermors fødselsdag"
    r"|\bkommer\s+(?:direkte|lige)\s+fra\b"
    r"|\bså\s+(?:jeg\s+)?har\s+(?:jeg\s+)?(?:ikke\s+(?:tid|nået)|travlt)\b"
    # when the member reads the answers: "og ser først dine svar mandag"
    r"|\b(?:og|så)\s+(?:jeg\s+)?(?:ser|læser|svarer|kigger)\s+(?:\w+\s+){0,3}?først\b"
    r"|\b(?:jeg\s+er|er\s+jeg)\s+ikke\s+med\s+(?:til|på)\b"
    r"|\bikke\s+kan\s+(?:\w+\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i\s+morgen|i\s+aften)"
    r"|(?:ligger|er)\s+(?:jo\s+|nu\s+|stadig\s+)?(?:på|i)\s+(?:\w+\s+)?(?:hospital\w*|sygehus\w*)|er\s+(?:indlagt|sygemeldt)"
    r"|\b(?:jeg\s+er|er\s+jeg)\s+(?:jo\s+|lidt\s+|stadig\s+|desværre\s+)?(?:syg|sløj|forkølet|ramt\s+af\s+influenza)\b"
    # where the member is, and so cannot answer: "Jeg er til generalforsamling i foreningen i
    # aften, så jeg læser det først i morgen"
    r"|\bså\s+(?:jeg\s+)?(?:kan\s+(?:ikke|først)\s+(?:svare|nås|læse|tage\s+telefonen|se\s+(?:det|den|mail\w*))|"
    r"læser\s+(?:det|den|dem|mail\w*)\s+først|svarer\s+først|ser\s+(?:det|den|dem)\s+først|er\s+ikke\s+på\s+mail)"
    r"|\bkan\s+ikke\s+svare\s+på\s+(?:mail\w*|telefon\w*|sms\w*)"
    r"|\bså\s+(?:\w+\s+){0,2}?(?:er|bliver)\s+(?:lukket|optaget|booket|ude|væk)\b"
    r"|\b(?:så|men)\s+(?:\w+\s+){0,2}?(?:kan|når)\s+jeg\s+ikke\b"
    r"|\bså\s+jeg\s+er\s+(?:\w+\s+){0,3}?(?:hjemme|væk|ude|optaget|på\s+mail)\b|\bjeg\s+er\s+på\s+mail\b"
    r"|\ber\s+ikke\s+på\s+(?:arbejde|kontoret|rådhuset)\b"
    # "ferie uge 29-30, ingen dækning i sommerhuset", "Ikke tirsdag formiddag – der har jeg fysioterapi"
    r"|^(?:på\s+)?(?:ferie|sommerferie|vinterferie|efterårsferie|påskeferie|barsel|kursus|orlov)\b|\bingen\s+(?:mobil)?dækning\b"
    r"|^ikke\s+(?:på\s+|om\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|i\s+morgen)\w*\b"
    r"|[–,-]\s*+der\s+(?:har|skal)\s+jeg\b"
    r"|\b(?:er|blev)\s+(?:blevet\s+)?indlagt\b|\bsvær\s+at\s+(?:få\s+fat\s+(?:i|på)|fange|træffe|nå)\b"
    # when the member is back or free: "så jeg er først på igen fredag", "Jeg kan alle dage efter kl
    # 15 undtagen ons", "så hvis du har spørgsmål, så skriv inden fredag kl. 12"
    r"|\bså\s+(?:er\s+jeg|jeg\s+er)\s+(?:først\s+(?:på|tilbage|online|at\s+træffe)|(?:på|tilbage|online)\s+igen)\b"
    r"|\b(?:jeg\s+kan|kan\s+jeg)\s+(?:\w+\s+){0,5}?undtagen\b"
    r"|\bså\s+hvis\s+du\s+har\s+(?:\w+\s+)?spørgsmål\b"
    # why it is wanted early: "har travlt fra juni, så det er dejligt hvis vi kan nå det meste inden"
    r"|\bså\s+(?:\w+,?\s+){0,4}?(?:vi|du|jeg)\s+kan\s+nå\s+(?:det|det\s+meste|det\s+hele|dem|den|alt)\s+(?:før|inden)\b"
    # where the member is, for a family event: "Claus er på Færøerne til sin nevøs bryllup og
    # lander i Aalborg onsdag", "jeg er i Skagen til min datters konfirmation"
    r"|\b(?:er|sidder|befinder\s+sig)\s+(?:jo\s+|nu\s+|lige\s+|stadig\s+)?(?:på|i)\s+[\w-]+\s+(?:til|ved)\s+"
    r"(?:sin|sit|sine|min|mit|mine|hans|hendes|deres|vores)\b"
    # why the member needs it early: "..., og han vil derfor gerne have det før frokost"
    r"|\b(?:derfor|så)\s+(?:\w+\s+){0,3}?(?:have|få|bruge)\s+(?:det|den|dem|talen|notatet|punkterne|materialet|svaret)"
    r"\s+(?:før|inden|senest|allerede|i\s+god\s+tid|tidligt)\b"
    r"|(?:har|holder|tager)\s+fri|helst\s+ikke|ikke\s+(?:den|de|om|på)\s+(?:dag|dage|dato|datoer|tidspunkt)\b"
    r"|kan\s+ikke\s+(?:den|de|om|på|i)\b|\b(?:jeg\s+kan|kan\s+jeg)\s+ikke\s+(?:deltage|være\s+med|komme|nå)\b|ikke\s+(?:kan|når)\s+(?:den|de|om|på)\b"
    r"|(?:i'?m|i\s+am|i\s+will\s+be|i'?ll\s+be)\s+(?:away|off|out|unavailable|not\s+available|busy)"
    r"|not\s+(?:that|on\s+that|those)\s+days?|so\s+not\s+(?:on\s+)?\w+day|can'?t\s+(?:do|make)\s+(?:it\s+)?(?:on|that))")
# The campaign as what keeps the member busy or tired, not as an errand: "valgkampen har ædt min
# stemme", "min weekend var fuld af valgkamp", "aftenerne er booket til valgmøder", "the evenings are
# all campaign", "Jeg er ude de fleste aftener nu frem mod valget".
_BUSY = re.compile(
    r"\b(?:valgkamp\w*|kampagne\w*|valget|valgmøde\w*|campaign\w*|the\s+election)\s+(?:\w+\s+){0,2}?"
    r"(?:har\s+ædt|æder|fylder|sluger|slider|tager\s+(?:al|alt|hele|mig)|is\s+killing|is\s+eating|has\s+eaten|"
    r"takes\s+(?:all|up|every)|kills?)\b"
    r"|\b(?:fuld|fyldt|optaget|booket|travlt|busy)\s+(?:af|med|til|with)\s+(?:\w+\s+)?(?:valgkamp\w*|valgmøde\w*|"
    r"kampagne\w*|canvassing|campaign\w*)"
    r"|\b(?:are|is|er)\s+(?:all|bare|kun)\s+(?:campaign\w*|valgkamp\w*)"
    r"|\b(?:ude|væk|optaget|travlt|away|busy|out)\b[^.!?]{0,40}\b(?:frem\s+mod|op\s+til|indtil|until|before|up\s+to)"
    r"\s+(?:valget|the\s+election)\b"
    r"|\b(?:sidste|første)\s+(?:uge|dag|weekend)\s+(?:før|inden|op\s+til)\s+valget\b[^.!?]{0,80}\b(?:svær\s+at|"
    r"travlt|væk|ude)")
# ... and when: the sentence must name a time for the private event to be only the reason.
_WHEN = re.compile(
    r"\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|weekend\w*|i\s+dag|i\s+morgen|i\s+overmorgen|"
    r"den\s+dag|de\s+dage|alle\s+dage|dagen|ugen|uge\s+\d+|næste\s+uge|kl\.?\s*\d+|tirs|ons|tors|d\.\s*\d{1,2}|den\s+\d{1,2}\.|\d{1,2}\.\s*(?:jan|feb|mar|apr|maj|jun|jul|"
    r"aug|sep|okt|nov|dec)|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
    r"december|formiddag\w*|eftermiddag\w*|aften\w*|i\s+(?:mandags|tirsdags|onsdags|torsdags|fredags|lørdags|"
    r"søndags|går|aftes)|for\s+tiden|i\s+øjeblikket|lige\s+nu|de\s+næste\s+(?:\w+\s+)?(?:dage|uger)|"
    r"hele\s+tiden|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|"
    r"sundays?|today|tomorrow|that\s+day|next\s+week|the\s+week|kommer\s+(?:direkte|lige)\s+fra|"
    # a holiday the member is on now is its own time
    r"(?:er|holder)\s+(?:jo\s+|nu\s+|lige\s+)?p(?:å|aa)\s+(?:(?:sommer|vinter|efterårs|påske|jule)\s)?(?:ferie|\w+ferie))\b")
# How to reach the member is no task: "så hvis du har spørgsmål, så skriv inden fredag kl. 12"
_CONTACT = re.compile(r"\bhvis\s+du\s+har\s+(?:\w+\s+)?spørgsmål\s*+,?\s*+(?:så\s+)?(?:skriv|ring|sms)\w*(?:\s+til\s+mig)?")
# When to send what is asked elsewhere: "så send gerne udkastet inden fredag"
_TIMING = re.compile(r"\b(?:så\s+)?send\s+(?:gerne\s+|mig\s+|lige\s+)*(?:udkastet|notatet|svaret|oversigten|resuméet|"
                     r"punkterne|spørgsmålet|høringssvaret)\s+(?:til\s+mig\s+)?(?:gerne\s+)?"
                     r"(?:inden|før|senest|allerede|i\s+dag|i\s+morgen)\b")
_REMIND = re.compile(r"^(?:og\s+)?(?:husk|bare\s+så\s+du\s+ved|til\s+info|(?:så\s+)?(?:bare\s+)?til\s+orientering|fyi|"
                     r"just\s+so\s+you\s+know|note)\b"
                     r"(?:\s+(?:også|lige|at|that))*[,:]?\s*")
_PREFACE = re.compile(r"^(?:før|inden|mens|når|efter|nu\s+hvor|before|while|when|after|now\s+that)\b[^.!?]{0,60}:$")


# Where the member is as they dictate, to excuse the noise ("Øh, jeg sidder på tribunen til min
# søns håndboldkamp, så hvis det larmer, er det derfor").
_NOISE = re.compile(
    r"\b(?:så\s+)?(?:hvis\s+(?:det|der)\s+(?:larmer|støjer|er\s+(?:støj|larm|uro|baggrundsstøj))|"
    r"undskyld\s+(?:støjen|larmen|baggrundsstøjen|lyden)|(?:sorry|excuse)\s+(?:for\s+)?the\s+noise)\b")
_WHERE = re.compile(r"\b(?:sidder|står|er)\s+(?:lige\s+|nu\s+)?(?:på|i|ved|til|ude|hos)\b|\bi'?m\s+(?:at|in|on)\b")
# Why the member sends apologies: "afbud for mig til temamødet, fordi jeg er i Skagen til ..."
_ABSENT = re.compile(r"\b(?:afbud|melde\s+fra|kan\s+ikke\s+(?:deltage|komme|være\s+med)|ikke\s+(?:deltage|komme)|"
                     r"er\s+væk|har\s+fri|tager\s+fri|er\s+ikke\s+på\s+(?:arbejde|kontoret|rådhuset)|apologies|"
                     r"can'?t\s+(?:attend|make\s+it|come))\b")
_BECAUSE = re.compile(r"(?:,\s*+|\s)(?:fordi|da|because|since|as)\s+(?:jeg|i|vi|min|mit|mine|my|we)\b[^.!?;,]*+")


_YOU_TASK = re.compile(r"\b(?:skal|må|bør)\s+du\b|\bdu\s+(?:skal|må|bør)\b(?!\s+(?:slet\s+|heller\s+)?ikke)")


# (a need in the reason: "fordi jeg er på Mallorca og stadig mangler at booke hotel"; not "fordi min
# datter skal have fjernet mandler")
_REASON_ERRAND = re.compile(r"\b(?:mangler|brug\s+for|nå\s+at|selv\s+(?:nå|skrive|lave|ringe|bestille|sende))\b")


def _without_reason_for_absence(piece: str) -> str:
    m = _ABSENT.search(piece) if ("afbud" in piece or "ikke" in piece or "fri" in piece or "væk" in piece
                                  or "apolog" in piece or "can" in piece) else None
    b = _BECAUSE.search(piece, m.end()) if m else None
    # Not when the sentence asks for something, or the reason holds a need of its own ("fordi jeg
    # skal holde tale på landsmødet, og den tale skal du skrive").
    if b is None or _REASON_ERRAND.search(piece, b.start(), b.end()) or "?" in piece or _ASKS_LOW.search(piece) \
            or _YOU_TASK.search(piece):
        return piece
    return piece[:b.start()] + re.sub(r"[^\s,]", " ", piece[b.start():b.end()]) + piece[b.end():]


# A sentence that tells where the member is, or why they cannot come, may carry an errand too:
# a need, a task they cannot do themselves, or a clause of its own ("Jeg er syg i dag, og vi skal
# have sendt valgfolderen", "så jeg kan ikke selv nå at skrive nyhedsbrevet").
_ERRAND_TOO = re.compile(
    r"\b(?:selv\s+(?:nå|skrive|lave|ringe|bestille|sende|gøre)|ikke\s+(?:\w+\s+)?nå\s+at|"
    r"nå\s+at(?!\s+(?:kigge\s+på|læse|se\s+på|se)\s+(?:det|den|dem|udkastet|notatet|svaret)\b)|"
    r"husk\s+(?:også\s+|lige\s+)?at\s+(?!jeg\b|vi\b|han\b|hun\b|de\b|der\b|det\b|du\s+ikke\b|min\b|mit\b|mine\b)(?:\w+e|få)\b|"
    r"når\s+(?:jeg\s+)?ikke\s+at|mangler|"
    r"skal\s+(?:have|bruge|være\s+klar)|"
    r"brug\s+for|vil\s+(?:gerne\s+)?have|skal\s+(?:\w+\s+)?(?:købes|bestilles|laves|skrives|sendes|ordnes|bookes|"
    r"til\s+(?:service|syn|værksted\w*)))\b")


def social(sentence: str) -> bool:
    """A social line (at an end of the request)."""
    if "?" in sentence:  # a question asks for something (the first test of ASKS, without a search)
        return False
    return bool(PLEASANTRY_START.match(sentence) or PLEASANTRY_ANYWHERE.search(sentence)) \
        and not ASKS.search(sentence) and not errand_beside(sentence)


_THANKS_TOO = re.compile(r",?\s+(?:og|and)\s+(?:tak|thanks|thank\s+you)\s+for\b[^.!?,;]*")


def errand_beside(sentence: str) -> bool:
    """A social line that goes on to an errand ("Det var hyggeligt at se dig til sommerfesten, og
    bestil lige valgplakaterne") is no social line."""
    low = _THANKS_TOO.sub("", sentence.lower())
    return _IMPERATIVE.search(low) is not None or _ERRAND_TOO.search(low) is not None \
        or _TO_YOU.search(low) is not None or _MORE_AFTER.search(low) is not None


def aside(sentence: str, piece: str, first: bool) -> str | None:
    """Which kind of aside ``sentence`` is (``piece``: the sentence as the rules read it), or
    None when it may carry an errand."""
    if first and GREETING.match(sentence):
        return "greeting"
    if "?" in piece or _ASKS_LOW.search(piece):
        return None
    m = _SIGN_OFF.match(piece) if "(" in piece else None
    if m and (_WHERE.search(m.group(1)) or _AWAY.search(m.group(1))) and not _IMPERATIVE.search(m.group(1)) \
            and not _ERRAND_TOO.search(m.group(1)) and not _TO_YOU.search(m.group(1)) and not _ASK_CUE.search(m.group(1)):
        return "sign-off"
    m = DECLINES.search(piece) if any(map(piece.__contains__, DECLINE_WORDS)) else None
    if m:
        # "Husk at det ikke er noget for dig" declines; "det står partiet for, så skriv bare
        # talen" turns to an errand after all.
        # ("Skriv et rykkerbrev fra mig som privatperson" orders first; "Husk, at ..." reminds.)
        if _BUT.search(piece, m.end()) or _IMPERATIVE.search(piece, m.end()) or (
                _IMPERATIVE.match(piece) and not piece.lstrip().startswith(("husk", "remember"))):
            return None
        return "declines"
    m = LOOSE_DECLINES.search(piece) if ("ikke" in piece or "intet" in piece or "styr" in piece or "selv" in piece) else None
    if m and not _tasks_beside(piece, m) and not _IMPERATIVE.search(piece) and not _BUT.search(piece, m.end()) \
            and not ANOTHER_ERRAND.match(piece):
        return "declines"
    if _PREFACE.match(piece.strip()) and not _IMPERATIVE.search(piece):
        return "preface"
    if _NOISE.search(piece) and _WHERE.search(piece) and not _IMPERATIVE.search(piece) and not _ERRAND_TOO.search(piece):
        return "where"
    m = _BUSY.search(piece)
    if m and not _tasks_beside(piece, m) and not _IMPERATIVE.search(piece):
        return "busy"
    m = _AWAY.search(piece)
    if m and _WHEN.search(piece) and not _tasks_beside(piece, m):
        told = _CONTACT.sub("", _REMIND.sub("", piece.strip(), count=1))
        t = _TIMING.search(told) if m.start() < 12 else None  # (the sentence opens with where the member is)
        if t is not None and len(told) - t.end() < 45:  # (and ends with when to send it)
            told = told[:t.start()] + told[t.end():]
        if not _IMPERATIVE.search(told):
            return "away"
    return None


# A sign-off with a name and a note in brackets, where an SMS ends: "Hilsen Lene (sidder i toget ...)"
_SIGN_OFF = re.compile(r"^(?:hilsen|mvh|vh|kh|venlig\s+hilsen|mange\s+hilsner|de\s+bedste\s+hilsner|cheers|regards|"
                       r"best)(?:\s*+,\s*+|\s++)(?!til\b|fra\b|to\b|from\b)[a-zæøå][\w-]*(?:\s[a-zæøå][\w-]*)?\s*+"
                       r"\(([^()]{1,160})\)\s*+[.!]?$")


# "jeg er på vej hjem fra bestyrelsesmødet og det var langt men nu til noget andet: kan du ...":
# what comes before the turn in a run-on sentence is news, not the errand.
_TOPIC_SHIFT = re.compile(r"\b(?:men\s+|og\s+)?(?:nu|så|anyway)\s+(?:over\s+)?til\s+(?:noget\s+(?:helt\s+)?andet|"
                          r"det\s+(?:vigtige|egentlige))\b|\banyway\b|\bon\s+another\s+note\b")


# "Du må gerne nævne, at vi fik flere kandidater valgt, men talen skal handle om ungdomsrådet":
# what the member allows a text to mention in passing is not what the text is for.
_MENTION = re.compile(
    r"\b(?:du\s+)?(?:må|kan)\s+(?:du\s+)?(?:gerne|godt|evt\.?|eventuelt)\s+(?:\w+\s+){0,2}?(?:nævne|skrive|henvise|"
    r"kigge|bruge|sige|referere|tage\s+udgangspunkt)\b|\bfeel\s+free\s+to\s+(?:mention|refer|say|use)\b")
_BUT_ABOUT = re.compile(
    r"\b(?:men|but)\s+(?:\w+\s+){0,4}?(?:skal|bør|må|should|must)\s+(?:\w+\s+){0,2}?(?:handle|dreje|fokusere|"
    r"skrives|have\s+fokus|være\s+(?:et|en)|be\s+about|focus)\b")


_OWN_CAMPAIGN = re.compile(r"\b(?:stem\w*|vote\w*|jeg\s+(?:er|stiller|genopstiller|bliver)|mit\s+kandidatur|"
                           r"min\s+kandidatur)\b")


# ... or after the fact: "min farmor boede der engang, det må du gerne nævne".
_MENTION_AFTER = re.compile(r"^([^.!?]{3,200}?),\s*+(?:og\s+)?(?:det|dette|that)\s+(?:må|kan)\s+du\s+(?:gerne|godt|evt\.?)"
                            r"\s+(?:\w+\s+)?(?:nævne|fortælle\s+om)\s*+[.!]?$")


def _without_news_and_mentions(piece: str) -> str:
    """``piece`` with the news before a turn ("..., men nu til noget andet") and what a text may
    mention in passing ("du må gerne nævne ..., men talen skal handle om") blanked."""
    m = _MENTION_AFTER.match(piece) if "du " in piece else None
    if m is not None and not _ASKS_LOW.search(m.group(1)) and not _IMPERATIVE.search(m.group(1)) \
            and not _ERRAND_TOO.search(m.group(1)):
        piece = re.sub(r"[^\s,]", " ", m.group(1)) + piece[m.end(1):]
    m = _TOPIC_SHIFT.search(piece) if ("til " in piece or "anyway" in piece or "note" in piece) else None
    if m is not None and not _ASKS_LOW.search(piece, 0, m.start()) and not _IMPERATIVE.search(piece, 0, m.start()):
        piece = " " * m.start() + piece[m.start():]
    m = _MENTION.search(piece) if ("gerne" in piece or "godt" in piece or "free" in piece or "evt" in piece) else None
    turn = _BUT_ABOUT.search(piece, m.end()) if m else None
    # (not the member's own candidacy or a call for votes: "nævne, at jeg er borgmesterkandidat")
    if turn is not None and not _OWN_CAMPAIGN.search(piece, m.end(), turn.start()):
        piece = piece[:m.start()] + re.sub(r"[^\s,]", " ", piece[m.start():turn.start()]) + piece[turn.start():]
    return piece


# Who a forward comes from, in the note that points at it ("Se nedenfor fra Poul i
# lokalforeningen", "FYI herunder fra partiets sekretariat", "Min kone har sendt mig mailen
# herunder"): the sender is not the errand, whatever body they belong to.
_PROVENANCE = re.compile(
    r"\b(?:nedenfor|nedenstående|herunder|forneden|below|underneath|videresender|videresendt|forwarding|forwarded|"
    r"(?:vedhæftet|vedlagt|attached)\s+(?:er\s+|is\s+)?(?:en\s+|et\s+|an?\s+|the\s+)?(?:mail|e-mail|email|besked|sms|link|artikel|article|message))"
    r"\b[^.!?\n,:;]{0,40}?\b(?:fra|from)\s++(?P<who>[^,.;:!?\n]{1,80})"
    r"|^(?:(?:hej|kære|hi|dear)\s+\w+\s*,\s*)?(?P<by>[^,.;:!?\n]{1,80}?)\s(?:har\s+)?(?:sendt|sendte|videresendt|videresendte|forwarded|sent)\s+"
    r"(?:mig\s+|me\s+|os\s+|us\s+)?(?:(?:mailen\s+|beskeden\s+|den\s+|det\s+|dette\s+|this\s+|the\s+mail\s+)?"
    r"(?:herunder|nedenfor|forneden|below)\b|(?:en|et|a|an)\s++\w++\s*+(?:[.!]\s*+)?$)")
_PROVENANCE_WORDS = ("nedenfor", "nedenstående", "herunder", "forneden", "below", "underneath", "videresend",
                     "forward", "sendt", "sendte", "sent", "vedhæftet", "vedlagt", "attached")


def _without_sender(piece: str) -> str:
    m = _PROVENANCE.search(piece) if any(map(piece.__contains__, _PROVENANCE_WORDS)) else None
    if m is None or _ASKS_LOW.search(piece) or "?" in piece:
        return piece
    a, b = m.span("who") if m.group("who") else m.span("by")
    return piece[:a] + re.sub(r"[^\s,]", " ", piece[a:b]) + piece[b:]


# Where the member dictates from, to excuse the noise, before the errand of the same run-on ("jeg
# sidder i traktoren så undskyld larmen altså det jeg gerne vil er ..."), and a remark in brackets
# said by the way ("(the one my kids used to play for, by the way)").
_NOISE_CLAUSE = re.compile(r"\b(?:jeg\s+)?(?:sidder|står|er|kører|går)\s+(?:lige\s+|nu\s+)?(?:i|på|ved|ude\s+i|ude\s+på)\s+"
                           r"(?:(?!til\b|for\b|med\b|fra\b)\S+\s+){1,3}?(?:så\s+)?(?:undskyld|sorry\s+for)\s+(?:larmen|støjen|lyden|baggrundsstøjen|"
                           r"the\s+noise)\b")
_BTW_PAREN = re.compile(r"\((?=[^()]{0,200}\b(?:by\s+the\s+way|btw|i\s+øvrigt|forresten)\b)([^()]{0,200})\)")


# Words that ask even without a verb of asking: "(btw også gerne tre bud på et slogan)".
_ASK_CUE = re.compile(r"\b(?:gerne|også|lige|tilmeld\w*|bestil\w*|book\w*|also|please|could|would|need\w*|want\w*|"
                      r"skal|mangler|brug\s+for|bud\s+på)\b")


def _without_remarks(piece: str) -> str:
    if "undskyld" in piece or "sorry" in piece:
        m = _NOISE_CLAUSE.search(piece)
        if m is not None and not _IMPERATIVE.search(m.group(0)):
            piece = piece[:m.start()] + re.sub(r"\S", " ", m.group(0)) + piece[m.end():]
    if "(" in piece:
        for m in list(_BTW_PAREN.finditer(piece)):
            inner = m.group(1)
            if not (_ASKS_LOW.search(inner) or _IMPERATIVE.search(inner) or _ERRAND_TOO.search(inner)
                    or _TO_YOU.search(inner) or _ASK_CUE.search(inner)):
                piece = piece[:m.start()] + re.sub(r"\S", " ", m.group(0)) + piece[m.end():]
    return piece


MAX_SOURCES = 20


# What a text is not to be about, at the end: "Jeg synes, vi skylder et svar, men ikke noget med
# valgløfter." The words are blanked; the rest of the sentence is read.
_NOT_ABOUT = re.compile(r"\bmen\s+ikke\s+(?:noget\s+)?(?:med|om)\s+(?:\w+\s+)?[\w-]+\s*+[.!]?$")


def _without_not_about(piece: str) -> str:
    m = _NOT_ABOUT.search(piece) if "men ikke" in piece else None
    return piece if m is None else piece[:m.start()] + re.sub(r"\S", " ", m.group(0)) + piece[m.end():]


def mask_sources(piece: str) -> str:
    """``piece`` with each relative, neighbour or close person who only tells of the matter
    blanked out (the same length: positions stay), and the news before a turn to the errand
    ("..., men nu til noget andet")."""
    piece = _without_reason_for_absence(_without_sender(_without_news_and_mentions(_without_not_about(piece))))
    piece = _without_remarks(piece)
    if not any(map(piece.__contains__, _SOURCE_WORDS)):
        return piece
    out = piece
    # At most MAX_SOURCES: a real request names a handful, and each is looked past to the end.
    for m in itertools.islice(_SOURCE.finditer(piece), MAX_SOURCES):
        who = m.span("who") if m.group("who") else m.span()
        if _OWN.search(piece, who[1] if m.group("who") else m.end()):
            continue
        out = out[:who[0]] + re.sub(r"[^\s,]", " ", out[who[0]:who[1]]) + out[who[1]:]
    return out


# A cheap first look: the letters a source starts with.
_SOURCE_WORDS = ("min", "mit", "vores", "my", "our", "nabo", "svoger", "neighbo", "friend")
