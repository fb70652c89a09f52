"""The new part of a mail, apart from quoted history and the signature."""

from __future__ import annotations

import pytest

from secretary_app.domain.message_text import split_message

OUTLOOK_DA = """Hej Lise

Kan du finde tallene for vejbump på Skolevej?

Med venlig hilsen
Anna Jensen
Byrådsmedlem
Tlf. 20 30 40 50

Fra: Lise Holm <lise@example.dk>
Sendt: 3. marts 2026 09:15
Til: Anna Jensen <anna@example.dk>
Emne: Vejbump

Hej Anna, hvad skal jeg finde?
"""


def test_outlook_danish_reply() -> None:
    parts = split_message(OUTLOOK_DA)
    assert parts.new == "Hej Lise\n\nKan du finde tallene for vejbump på Skolevej?"
    assert parts.signature.startswith("Med venlig hilsen\nAnna Jensen")
    assert "Tlf. 20 30 40 50" in parts.signature
    assert parts.quoted.startswith("Fra: Lise Holm")
    assert "hvad skal jeg finde" in parts.quoted
    assert not parts.forwarded


def test_outlook_english_headers_with_underscore_line() -> None:
    text = (
        "Please book the room for Thursday.\n\nBest regards\nAnna\n\n"
        "________________________________\n"
        "From: Lise Holm\nSent: Tuesday, March 3, 2026 9:15 AM\nTo: Anna Jensen\n"
        "Subject: Room\n\nWhich room?\n"
    )
    parts = split_message(text)
    assert parts.new == "Please book the room for Thursday."
    assert parts.signature == "Best regards\nAnna"
    assert parts.quoted.startswith("____")


def test_outlook_html_stars_headers() -> None:
    text = "Tak!\n\n*Fra:* Lise Holm\n*Sendt:* 3. marts 2026\n*Til:* Anna\n*Emne:* SV: Bump\n\nx"
    parts = split_message(text)
    assert parts.new == "Tak!"
    assert parts.quoted.startswith("*Fra:*")


@pytest.mark.parametrize(
    "header",
    [
        "Den 3. marts 2026 kl. 09.15 skrev Lise Holm <lise@example.dk>:",
        "Den tir. 3. mar. 2026 kl. 09.15 skrev Lise Holm <lise@example.dk>:",
        "On Tue, Mar 3, 2026 at 9:15 AM Lise Holm <lise@example.dk> wrote:",
        "tirsdag den 3. marts 2026 skrev Lise Holm:",
    ],
)
def test_wrote_lines(header: str) -> None:
    text = f"Ja, det passer fint.\n\nMvh Anna\n\n{header}\n> Passer torsdag?\n> Lise\n"
    parts = split_message(text)
    assert parts.new == "Ja, det passer fint."
    assert parts.signature == "Mvh Anna"
    assert parts.quoted.startswith(header)


def test_wrote_line_wrapped_over_two_lines() -> None:
    text = (
        "Ja tak.\n\nOn Tue, Mar 3, 2026 at 9:15 AM Lise Holm <lise@example.dk>\nwrote:\n"
        "> Passer torsdag?\n"
    )
    parts = split_message(text)
    assert parts.new == "Ja tak."
    assert parts.quoted.startswith("On Tue")


@pytest.mark.parametrize(
    "separator",
    ["-----Oprindelig meddelelse-----", "-----Original Message-----", "-------- Original Message --------"],
)
def test_separators(separator: str) -> None:
    parts = split_message(f"Se nedenfor.\n\n{separator}\nFra: Lise\nEmne: x\n\ngammelt")
    assert parts.new == "Se nedenfor."
    assert parts.quoted.startswith(separator)
    assert not parts.forwarded


def test_mails_pasted_under_labelled_dash_lines_are_history_and_the_signature_is_found() -> None:
    text = ("Kan du finde en time i uge 35?\n\nKh\nMarianne Holst\nByrådsmedlem, Hillerød\n"
            "Næstformand i partiforeningen\n\n---------- Mail 1 ----------\nFra: Skolelederforeningen\n"
            "Emne: Møde\nVi ønsker et møde.\n\n---------- Mail 2 ----------\nFra: Lotte\nSe her!")
    parts = split_message(text)
    assert parts.new == "Kan du finde en time i uge 35?"
    assert parts.signature.endswith("Næstformand i partiforeningen")
    assert parts.quoted.startswith("---------- Mail 1 ----------")


@pytest.mark.parametrize("ps", ["PS: Kan du også lave min tale til generalforsamlingen?",
                                "P.S. Send også invitationen til medlemsmødet ud", "Ps. book the cabin for us"])
def test_a_postscript_under_the_name_is_written_text(ps: str) -> None:
    parts = split_message(f"Hej Mette\n\nKan du finde tallene?\n\nMvh\nBente\n\n{ps}\n\nTlf. 22 33 44 55")
    assert parts.new.endswith(ps)
    assert parts.signature.startswith("Mvh\nBente") and "22 33 44 55" in parts.signature


@pytest.mark.parametrize("signoff", ["Med liberal hilsen", "Med socialistisk hilsen", "Solidariske hilsner",
                                     "Kamphilsen"])
def test_party_sign_offs(signoff: str) -> None:
    parts = split_message(f"Kan du lave et medlemsforslag?\n\n{signoff}\nBente Schou\nFormand for vælgerforeningen")
    assert parts.new == "Kan du lave et medlemsforslag?"


def test_a_long_signature_of_titles_and_titles_between_pipes() -> None:
    titles = ("Bente Schou\nByrådsmedlem, Socialdemokratiet\nFormand for Socialdemokratiet i Herlev\n"
              "Medlem af partiets hovedbestyrelse\nDelegeret til kongressen\nSpidskandidat ved kommunalvalget")
    for tail in ("", "\nTlf. 22 33 44 55\nbente@herlev.dk"):
        parts = split_message(f"Hej Mette\n\nKan du skrive en pressemeddelelse?\n\n{titles}{tail}")
        assert parts.new == "Hej Mette\n\nKan du skrive en pressemeddelelse?", tail
    parts = split_message("Kan du finde beslutningen?\n\nBente Schou\nByrådsmedlem (V) | Spidskandidat for "
                          "Venstre | Formand for Venstre Køge Vest")
    assert parts.new == "Kan du finde beslutningen?"
    # (errands under a name are no titles)
    parts = split_message("Kan du?\n\nBente\nBestil plakater\nBook bussen\nRing til Ole\nSkriv talen\nLav flyers\nSend")
    assert parts.new.endswith("Send")


@pytest.mark.parametrize("text, errand", [
    ("Tak for notatet.\n\nOn the train I wrote:\nPlease draft the invitation to our branch meeting.",
     "Please draft the invitation to our branch meeting."),
    ("Kan du booke et lokale? Detaljerne:\n\nFra: kl. 17.00\nTil: kl. 19.30\nDato: torsdag\nEmne: Opstillingsmøde",
     "Emne: Opstillingsmøde"),
    ("Tak for notatet.\n\nDenne mail er privat: kan du finde en VVS-mand til mit badeværelse?",
     "kan du finde en VVS-mand til mit badeværelse?"),
    ("Har forvaltningen svaret?\n\nRing og flyt synet af min bil\n43 90 12 12", "Ring og flyt synet af min bil"),
    ("Tak for referatet.\n\nSes i morgen\nBente\nHusk valgplakaterne til kampagnen i Nørrebro",
     "Husk valgplakaterne til kampagnen i Nørrebro"),
    ("Høringssvaret kan sendes.\n\nPå forhånd tak!\n\nOg så lige en ting mere: lav et opslag om urafstemningen",
     "lav et opslag om urafstemningen"),
    ("Jeg er til budgetseminar fredag.\n--\nNoget helt andet: skriv udkastet til nyhedsbrevet, det skal ud søndag",
     "det skal ud søndag"),
    ("Tak for høringssvaret.\n\nOg så det, jeg skrev på en seddel til dig i går kl. 16:\nBestil en tid hos frisøren.",
     "Bestil en tid hos frisøren."),
])
def test_ones_own_lines_that_look_like_headers_or_signatures_stay_written(text: str, errand: str) -> None:
    assert split_message(text).new.endswith(errand)


def test_a_mail_pasted_under_a_mail_label_is_history_without_a_sender_line() -> None:
    parts = split_message("Kan du ud fra nedenstående skrive et spørgsmål?\n\n---------- Mail 1 ----------\n\n"
                          "Kære medlemmer\nHusk generalforsamlingen.")
    assert parts.new == "Kan du ud fra nedenstående skrive et spørgsmål?"
    assert parts.quoted.endswith("Husk generalforsamlingen.")


def test_a_dash_line_in_ones_own_text_is_not_history() -> None:
    parts = split_message("Kan du se på punkterne?\n\n--------\n1. Budget\n2. Skoler")
    assert parts.new.endswith("2. Skoler")
    assert parts.quoted == ""
    # (a subject line under it names no sender: the notes are the member's own)
    parts = split_message("Kan du se på punkterne?\n\n---------- noter ----------\nEmne: tale\nSkriv min tale.")
    assert parts.new.endswith("Skriv min tale.")


def test_plain_quote_marks_only() -> None:
    text = "> Kan du komme torsdag?\n> Lise\n\nJa, det kan jeg.\n"
    parts = split_message(text)
    assert parts.new == "Ja, det kan jeg."
    assert "Kan du komme torsdag?" in parts.quoted


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Videresendt meddelelse ----------",
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "Start på videresendt besked:",
    ],
)
def test_forwarded_mail_is_what_to_handle(marker: str) -> None:
    text = (
        "Lise, kan du svare borgeren her?\n\nVh Anna\n\n"
        f"{marker}\nFra: Borger Hansen <b@example.dk>\nDato: 2. marts 2026\n"
        "Emne: Hul i vejen\nTil: Anna\n\nDer er et stort hul i vejen ved nr. 12.\n"
    )
    parts = split_message(text)
    assert parts.forwarded
    assert parts.new == "Lise, kan du svare borgeren her?"
    assert "hul i vejen ved nr. 12" in parts.quoted
    assert "Lise, kan du svare" in parts.to_handle
    assert "hul i vejen ved nr. 12" in parts.to_handle


def test_outlook_forward_told_by_subject() -> None:
    text = "Til orientering.\n\nFra: Borger\nSendt: 2. marts 2026\nTil: Anna\nEmne: Hul\n\nHul i vejen."
    assert split_message(text, subject="VS: Hul").forwarded
    assert split_message(text, subject="TR: Hul").forwarded
    assert not split_message(text, subject="SV: Hul").forwarded


def test_forward_with_nothing_written() -> None:
    text = "---------- Forwarded message ---------\nFrom: B\nSubject: Hul\n\nHul i vejen."
    parts = split_message(text)
    assert parts.new == ""
    assert parts.to_handle.endswith("Hul i vejen.")


@pytest.mark.parametrize(
    "signoff",
    [
        "Med venlig hilsen\nAnna Jensen",
        "Med venlig hilsen Anna Jensen",
        "Venlig hilsen\nAnna",
        "Mvh\nAnna",
        "MVH Anna",
        "Bedste hilsner\nAnna",
        "Best regards,\nAnna Jensen",
        "-- \nAnna Jensen\nByrådsmedlem",
        "Sendt fra min iPhone",
        "Sent from my iPhone",
    ],
)
def test_signatures(signoff: str) -> None:
    parts = split_message(f"Hej\n\nKan vi mødes om budgettet?\n\n{signoff}\n")
    assert parts.new == "Hej\n\nKan vi mødes om budgettet?"
    assert parts.signature == "\n".join(line.rstrip() for line in signoff.split("\n"))


def test_sentence_starting_with_hilsen_is_not_a_signature() -> None:
    text = "Hilsen fra borgerforeningen, de spørger om en ny bænk ved søen.\nKan du undersøge det?"
    parts = split_message(text)
    assert parts.new == text
    assert parts.signature == ""


def test_legal_footer_and_contact_block() -> None:
    text = (
        "Jeg vil gerne have et notat om skolebusserne.\n\n"
        "Anna Jensen\nByrådsmedlem\nMobil: +45 20 30 40 50\nanna@example.dk\n\n"
        "Denne e-mail kan indeholde fortrolige oplysninger. Hvis du har modtaget den ved en fejl, "
        "så slet den.\n"
    )
    parts = split_message(text)
    assert parts.new == "Jeg vil gerne have et notat om skolebusserne."
    assert parts.signature.startswith("Anna Jensen\nByrådsmedlem")
    assert "fortrolige" in parts.signature


def test_legal_footer_alone() -> None:
    text = "Husk mødet.\n\nThis e-mail may contain confidential information."
    parts = split_message(text)
    assert parts.new == "Husk mødet."
    assert parts.signature.startswith("This e-mail")


def test_from_inside_a_sentence_is_not_history() -> None:
    text = "Fra: kommunen har jeg fået et brev.\nKan du læse det?"
    parts = split_message(text)
    assert parts.new == text
    assert parts.quoted == ""


def test_crlf_and_empty() -> None:
    assert split_message("").new == ""
    parts = split_message("Hej\r\n\r\nMvh\r\nAnna\r\n")
    assert parts.new == "Hej"
    assert parts.signature == "Mvh\nAnna"


def test_nothing_is_lost() -> None:
    parts = split_message(OUTLOOK_DA)
    joined = "\n".join([parts.new, parts.signature, parts.quoted])
    for word in OUTLOOK_DA.split():
        assert word in joined


def test_link_before_signoff_stays_new() -> None:
    parts = split_message("Se sagen her:\nhttps://example.dk/sag/12\n\nMvh Anna")
    assert parts.new == "Se sagen her:\nhttps://example.dk/sag/12"
    assert parts.signature == "Mvh Anna"


def test_a_closing_line_and_titles_are_the_signature() -> None:
    text = ("Hej\n\nKan du skrive talen?\n\nGodt nytår igen\nBente Schou\n"
            "Formand for Sundheds- og Ældreudvalget\nMedlem af hovedbestyrelsen")
    parts = split_message(text)
    assert parts.new == "Hej\n\nKan du skrive talen?"
    assert parts.signature.startswith("Godt nytår igen\nBente Schou")
    # An errand over a name stays in the message: only a title line makes it a signature.
    errand = "Hej\n\nKan du skrive talen?\n\nBook Tivoli til lørdag\nBente Schou"
    assert split_message(errand).new == errand
    titled = "Hej\n\nKan du skrive talen?\n\nBente Schou\nByrådsmedlem (V)"
    assert split_message(titled).new == "Hej\n\nKan du skrive talen?"


def test_a_mail_copied_with_its_own_headers_is_read_from_its_body() -> None:
    text = ("Fra: Lene Bak\nSendt: 3. november 2025 08:47\nTil: Sekretariatet\nEmne: SV: Dagsorden TMU\n\n"
            "Kan du lave et notat om punkt 7?\n\nMvh Lene\n\n"
            "> Fra: Pia Holm\n> Sendt: 2. november 2025 19:02\n> Hej alle, husk julefrokosten.")
    parts = split_message(text)
    assert parts.new == "Kan du lave et notat om punkt 7?"
    assert parts.quoted.startswith("> Fra: Pia Holm")
    assert not parts.forwarded
    # A forward copied the same way is still a forward, by its subject.
    fwd = ("From: Lene Bak\nSent: 4 November 2025\nSubject: FW: Vejarbejde\n\nSe nedenfor.\n\n"
           "-----Original Message-----\nFrom: Ib\nSent: Monday\n\nHvornår er vejen færdig?")
    parts = split_message(fwd)
    assert parts.new == "Se nedenfor." and parts.forwarded
    # A header line inside a sentence is no header block.
    plain = "Fra: i morgen er jeg væk\nKan du tage telefonen?"
    assert split_message(plain).new == plain
