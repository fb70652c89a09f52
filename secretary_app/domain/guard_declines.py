"""The words a member uses to decline a party or private matter in a request ("det står
partiforeningen for, så det skal du ikke bruge tid på", "the party's volunteers handle that"), read by
``guard_asides``: a sentence that only declines asks the secretary for nothing. Pure Python."""

from __future__ import annotations

import re

# Letters every disclaimer holds ("not " with its space: "notat" is no disclaimer); testing them
# with ``in`` is faster than any expression.
DECLINE_WORDS = ("ikke", "not ", "n't", "dont", "nej", "glem", "need", "leave", "handle", "sort", "parti",
                 "forening", "afd", "kreds", "bestyrelse", "frivillig", "formand", "kampagneteam", "party",
                 "branch", "campaign", "volunteer", "selv", "intet", "mig af", "myself", "i'll", "nothing",
                 "holde dig", "sag", "blander", "brug for", "forholde", "alene", "udelukkende", "kun",
                 "ligeglad", "bruge til", "adskilt", "privatperson", "men det", "men den", "men dem",
                 "sagt nej", "uden mig", "ignorerer")
PARTY_BODY = (r"(?:partiet|partiforeningen|afdelingen|afd|foreningen|kredsen|lokalafdelingen|lokalforeningen|"
              r"kredsforeningen|vælgerforeningen|kredsbestyrelsen|bestyrelsen|"
              r"de\s+frivillige|frivillige|partikontoret|formanden|kampagneteamet)")
DECLINES = re.compile(
    r"\b(?:det|dem|den|de)\s+(?:skal|behøver|må)\s+du\s+(?:slet\s+|heller\s+|overhovedet\s+)?ikke\b(?!\s+glemme)"
    r"|\bdu\s+(?:skal|behøver|må)\s+(?:slet\s+|heller\s+|overhovedet\s+)?ikke\s+"
    r"(?:bruge|have\s+noget|tænke|røre|lave|gøre|hjælpe|spilde)\b"
    r"|\b(?:rører|laver|gør)\s+du\s+ikke\b"
    # "Det med generalforsamlingen skal du ikke røre": the object first
    r"|\b(?:skal|behøver|må)\s+du\s+(?:slet\s+|heller\s+|overhovedet\s+)?ikke\s+(?:røre|bruge\s+tid|tænke\s+på|"
    r"spilde|blande\s+dig|have\s+noget)\b"
    # the member does it: "det klarer jeg selv", "det tager jeg mig af", "I'll handle that myself"
    r"|\bdet\s+(?:klarer|ordner|tager|gør|laver|skriver|styrer|arrangerer)\s+jeg\s+(?:mig\s+af\s+)?selv\b"
    r"|\bdet\s+tager\s+jeg\s+mig\s+af\b"
    r"|\bi'?ll\s+(?:add|write|put\s+in|do)\s+(?:\w+\s+){0,3}?myself\b"
    r"|\b(?:det|den)\s+(?:personlige|private)\s+(?:\w+\s+)?(?:skriver|tilføjer|sætter)\s+jeg\s+(?:\w+\s+)?selv\b"
    # the object first: "Det første i hans mail om generalforsamlingen tager jeg selv med ham"
    r"|^(?:men\s+|og\s+)?(?:det|den|dem)\b[^.!?]{0,200}?\b(?:klarer|ordner|tager|håndterer)\s+jeg\s+(?:mig\s+af\s+)?selv\b|\bi'?ll\s+(?:handle|do|sort|take\s+care\s+of)\s+(?:that|it|this)"
    r"(?:\s+\w+){0,2}?\s+myself\b"
    # it is not party business: "det handler om skolesagen og ikke om partiet"
    r"|\b(?:handler|drejer\s+sig)\s+(?:\w+\s+){0,5}?ikke\s+om\s+" + PARTY_BODY + r"\b"
    r"|\b(?:har\s+)?intet\s+(?:med|at\s+gøre\s+med)\s+" + PARTY_BODY + r"\b"
    r"|\bikke\s+(?:noget\s+)?(?:partiarbejde|partipolitik|partipolitisk\w*|en\s+partisag)\b"
    r"|\b(?:nothing\s+to\s+do\s+with|not\s+(?:about|for))\s+the\s+(?:party|branch|campaign)\b"
    r"|\bnot\s+party\s+(?:business|work|political)\b"
    # the member sets the party matter aside: "det er deres sag", "det blander vi os ikke i",
    # "men det er ikke det, jeg har brug for", "det handler udelukkende om kystsikringen"
    r"|\bdet\s+er\s+(?:deres|hans|hendes|partiets|foreningens|afdelingens)\s+(?:egen\s+)?sag\b"
    r"|\bdet\s+blander\s+(?:vi|jeg)\s+(?:os|mig)\s+ikke\s+i\b"
    r"|\bdet\s+er\s+ikke\s+(?:det|noget)(?:\s*+,\s*+|\s++)(?:jeg|vi)\s+(?:har\s+brug\s+for|skal\s+(?:bruge|forholde\s+os\s+til|"
    r"have\s+gang\s+i)|beder\s+om)\b"
    r"|\bikke\s+noget(?:\s*+,\s*+|\s++)(?:vi|jeg|du)\s+skal\s+(?:forholde\s+(?:os|mig|dig)\s+til|bruge\s+tid\s+på|røre\s+ved)\b"
    r"|\b(?:handler|drejer\s+sig)\s+(?:\w+\s+){0,2}?(?:udelukkende|kun|alene)\s+om\b"
    r"|\b(?:jeg\s+er|er\s+jeg)\s+(?:helt\s+)?ligeglad\s+med\b"
    r"|\bdet\s+er\s+ikke\s+(?:en\s+|et\s+)?(?:politisk\s+)?(?:valgkamp|vælgermøde|partiarbejde|partisag|kampagne)\b"
    r"|\b(?:den|det)\s+kan\s+jeg\s+ikke\s+bruge\s+til\s+noget\b"
    r"|\bikke\s+(?:din|sekretariatets|sekretærens)\s+(?:opgave|sag)\b|\bikke\s+en\s+opgave\s+for\s+dig\b"
    r"|\bikke\s+noget\s+for\s+dig\b|\bikke\s+dig\b"
    # "hende skal du ikke involvere", "det er ikke noget partiet skal køre", "det skal ikke ud
    # til medlemmerne"
    r"|\b(?:hende|ham|dem|de|han|hun)\s+skal\s+du\s+(?:slet\s+|heller\s+)?ikke\s+(?:involvere|inddrage|kontakte|"
    r"svare|ringe|skrive)\b"
    r"|\bikke\s+noget(?:\s*+,\s*+|\s++)(?:partiet|foreningen|afdelingen|kredsen|lokalforeningen)\s+skal\s+"
    r"(?:køre|stå\s+for|lave|klare|have\s+med\s+at\s+gøre)\b"
    r"|\bkun\b[^.!?]{0,80}\b(?:det|den|de)\s+skal\s+(?:\w+\s+)?ikke\s+(?:ud\s+til|sendes\s+(?:ud\s+)?til|deles\s+(?:med|på))\b"
    # "det skal vi ikke gøre noget ved", "jeg vil ikke bruge den", "den holder vi adskilt fra det,
    # du laver", "jeg vil ikke have, at indlægget lyder som partireklame", "som privatperson"
    r"|\b(?:det|den|dem)\s+skal\s+(?:vi|jeg)\s+ikke\s+(?:gøre\s+noget|foretage\s+(?:os|mig)\s+noget|bruge\s+tid)"
    r"(?:\s+(?:ved|på))?\s*+(?:[.,;–-]|$)"
    r"|\b(?:jeg|vi)\s+vil\s+ikke\s+(?:bruge|dele|sende\s+ud)\s+(?:den|det|dem)\b"
    r"|\bholder\s+(?:vi|jeg)\s+(?:helt\s+)?adskilt\b"
    r"|\bikke\s+(?:have|ha)(?:\s*+,\s*+|\s++)at\s+(?:\w+\s+){0,3}?(?:lyder|bliver|ligner)\s+(?:som\s+)?(?:parti\w*|valg\w*|kampagne\w*)"
    r"|\b(?:klarer|ordner|gør|tager)\s+(?:jeg\s+)?(?:det\s+|den\s+)?(?:selv\s+)?som\s+privatperson\b"
    r"|\b(?:han|hun|de)\s+(?:selv\s+svarer|svarer\s+selv)\b"
    # someone else or the member does it: "men den skriver han selv", "den gør jeg selv en aften",
    # "det ordner Poul", "det har jeg sagt nej til", "de kan godt klare generalforsamlingen uden mig"
    r"|\b(?:det|den|dem)\s+(?:skriver|klarer|ordner|laver|gør|tager|styrer)\s+(?:han|hun|de|jeg|vi)\s+(?:\w+\s+)?selv\b"
    r"|\bmen\s+(?:det|den|dem)\s+(?:ordner|klarer|tager|skriver|laver|gør)\s+[a-zæøå]+\s*(?:[.!,;–-]|$)"
    r"|\b(?:det|den)\s+har\s+jeg\s+(?:allerede\s+|også\s+)?sagt\s+nej\s+til\b"
    r"|\bikke\s+noget(?:\s*+,\s*+|\s++)du\s+skal\s+(?:involveres|inddrages|bruge\s+tid)\b"
    r"|\bklare\s+(?:\w+\s+){0,3}?uden\s+mig\b|\bignorerer\s+(?:vi|jeg)\b"
    r"|\bdet\s+er\s+(?:partiets|foreningens|afdelingens|kredsens|deres)\s+(?:eget\s+|egen\s+)?(?:arrangement|møde|fest|ting)\b"
    r"|\bdet\s+står\s+(?:de|han|hun)\s+selv\s+for\b"
    r"|\b(?:om|about)\b[^.!?]{0,80},\s*+(?:og\s+)?ikke\s+(?:om\s+)?(?:partiet|foreningen|lokalforeningen|landsmødet|"
    r"kongressen|valgkampen)\s*+(?:[,.;–-]|$)"
    r"|\bdet\s+(?:står|klarer|ordner|tager|gør|laver|arrangerer|styrer)\s+(?:\w+\s+){0,3}?" + PARTY_BODY + r"\b"
    r"|\b(?:klarer|ordner|tager|står|laver|skriver|gør|arrangerer|styrer|kører|håndterer)\s+(?:\w+\s+){0,3}?" + PARTY_BODY
    + r"\s+(?:\w+\s+)?(?:selv|sig\s+af|for)\b"
    r"|\bdet\s+er\s+(?:partiets|foreningens|afdelingens|kredsens)\s+(?:egen\s+|egne\s+)?(?:opgave|sag|ting|ansvar)\b"
    # the body first: "Lokalforeningen klarer selv det med listen", "det skal du holde dig ude af"
    r"|\b" + PARTY_BODY + r"\s+(?:klarer|ordner|tager|styrer|laver|gør|arrangerer)\s+(?:\w+\s+){0,2}?(?:selv|sig\s+af)\b"
    r"|\bholde\s+dig\s+(?:helt\s+|langt\s+)?(?:ude\s+af|væk\s+fra|fra)\b"
    r"|\bdet\s+siger\s+jeg\s+nej\s+til\b|\bglem\s+det\b(?!\s+ikke)"
    r"|\bnot\s+(?:your\s+(?:job|task)|you\b|for\s+you)|\bdon'?t\s+(?:spend|need\s+to|worry|bother)\b"
    r"|\byou\s+don'?t\s+(?:need|have)\s+to\b|\bno\s+need\s+(?:for\s+you\s+)?to\b|\bleave\s+(?:that|it|this)\s+to\b"
    r"|\b(?:the\s+party|the\s+branch|the\s+campaign\s+team|the\s+volunteers|the\s+party'?s\s+volunteers|"
    r"the\s+branch\s+board)\s+(?:handles?|runs?|sorts?|takes?\s+care|is\s+handling|will\s+handle|does)\b"
    r"|\b(?:handles?|sorts?)\s+(?:that|it)\b")
# Looser declines (6 Dec 2026): they decline only a sentence that holds no need, no task and no
# word to the secretary beside them (an adversarial review hid errands in such sentences).
LOOSE_DECLINES = re.compile(
    # in a clause: "(som du heldigvis ikke skal røre ved, det har partikontoret styr på)"
    r"\bdu\s+(?:\w+\s+)?ikke\s+(?:skal|behøver|må)\s+(?:røre|bruge\s+tid|tænke\s+på|spilde|blande\s+dig|have\s+noget)\b"
    r"|\b(?:sagt|lovet|sagde|lovede)\s*+,?\s*+(?:at\s+)?jeg\s+selv\s+(?:klarer|ordner|skriver|laver|tager\s+mig\s+af)\b"
    # "så det har du intet med at gøre"
    r"|\b(?:det|den|dem)\s+har\s+du\s+(?:ikke\s+noget|intet)\s+(?:med\s+)?at\s+gøre\b"
    r"|\bdet\s+har\s+(?:(?!ikke\b)\w+\s+)?" + PARTY_BODY + r"\s+(?:(?!ikke\b)\w+\s+)?styr\s+på\b")
