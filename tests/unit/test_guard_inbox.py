"""The guard on text as it arrives: spelling variants, mail parts, sentence-level reasons."""

from __future__ import annotations

import json

import pytest

from secretary_app.domain import guard
from secretary_app.domain.guard_model import words
from secretary_app.domain.guard_text import for_rules, sentences, skeleton_word


def test_spelling_variants_share_one_key():
    assert skeleton_word("møde") == skeleton_word("moede") == skeleton_word("mode")
    assert skeleton_word("vælgerne") == skeleton_word("vaelgerne") == skeleton_word("valgerne")
    assert skeleton_word("åbent") == skeleton_word("aabent") == skeleton_word("abent")
    # The model reads the same words in both spellings.
    assert [s for s, _ in words("Generalforsamling i lokalafdelingen, moede paa torsdag")] == \
           [s for s, _ in words("generalforsamling i lokalafdelingen, møde på torsdag")]


def test_rules_read_restored_letters_and_written_out_shorthand():
    assert for_rules("Husk vaelgermoedet paa torsdag") == "husk vælgermødet på torsdag"
    # English words keep their spelling; a text with æøå of its own is left alone.
    assert for_rules("Does the shoe fit") == "does the shoe fit"
    assert for_rules("Møde om koeffi") == "møde om koeffi"
    assert "facebook" in for_rules("fb opslag pls") and "please" in for_rules("fb opslag pls")


def test_split_and_hyphenated_compounds_are_read_joined():
    assert for_rules("tilbud paa valg plakater") == "tilbud på valgplakater"
    assert for_rules("referat fra lokal-afdelingen") == "referat fra lokalafdelingen"
    # A first part before a small word is a word of its own.
    assert for_rules("valg af formand i udvalget") == "valg af formand i udvalget"
    assert guard.check("hvad koster det at faa trykt valg plakater i A1, find tre tilbud").verdict == guard.PARTY
    assert guard.check("Kan du sende referatet til parti foreningen?").verdict == guard.PARTY
    assert guard.check("Hvordan foregår valg af formand i udvalget?").verdict == guard.VERDICT_OK


def test_sentences_do_not_split_at_abbreviations_and_times():
    text = "Mødet er kl. 19 i salen. Kan du bl.a. finde tal? Tak!\nNy linje"
    got = [s.text for s in sentences(text)]
    assert got == ["Mødet er kl. 19 i salen.", "Kan du bl.a. finde tal?", "Tak!", "Ny linje"]
    for s in sentences(text):
        assert text[s.start:s.end] == s.text


def test_ascii_spelling_of_a_party_errand_is_caught():
    result = guard.check("kan du skrive indkaldelsen til generalforsamlingen i partiforeningen, "
                         "vi moedes i medborgerhuset")
    assert result.verdict == guard.PARTY


def test_a_long_council_request_is_flagged_on_the_sentence_with_the_party_errand():
    text = ("Kan du samle forvaltningens tal for ventelisterne i hjemmeplejen til udvalgsmødet. "
            "Jeg vil også gerne have et overblik over budgettet for plejehjemmene og svarfristerne "
            "på mine spørgsmål til administrationen. "
            "Og så skal du lave en valgfolder til min kampagne, som vi kan dele ud på torvet. "
            "Lav til sidst en liste over kommende møder i Ældrerådet.")
    result = guard.check(text)
    assert result.verdict == guard.PARTY
    assert result.reasons[0].sentence.startswith("Og så skal du lave en valgfolder")
    out = result.to_json("da")
    assert set(out["reasons"][0]) == {"rule", "match", "explanation", "sentence"}


def test_a_signature_or_greeting_that_names_the_party_does_not_flag_council_work():
    mail = ("Hej Mette,\n\nKan du finde forvaltningens svar om skolebussen i Hasle og lave et "
            "udkast til et spørgsmål til udvalget?\n\nMed venlig hilsen\nJens Hansen\n"
            "Byrådsmedlem, Socialdemokratiet – stem på liste A\nTlf. 12 34 56 78")
    assert guard.check(mail).verdict == guard.VERDICT_OK


def test_a_long_sign_off_under_thanks_is_a_signature_not_an_errand():
    """A council member signs with every seat held: a party board and a homeowners' association
    under "Tak!" are who writes, not what is asked."""
    mail = ("Hej Ida\n\nKan du lave et notat til børne- og ungeudvalget om ventelisten til "
            "dagplejen?\n\nTak!\nKaren Lund\nByrådsmedlem (V), Vejle\nMedlem af Børne- og "
            "Ungeudvalget\nMedlem af Venstres hovedbestyrelse\nFormand for Grundejerforeningen Bøgen\n"
            "Tlf. 20 30 40 50")
    assert guard.check(mail).verdict == guard.VERDICT_OK
    errand = mail.replace("Tak!\n", "Tak! Og lav invitationen til generalforsamlingen i partiforeningen.\n")
    assert guard.check(errand).verdict == guard.PARTY


def test_history_about_other_things_does_not_flag_the_new_request():
    mail = ("Kan du sætte mødet med beboerforeningen om trafiksikkerhed i kalenderen?\n\n"
            "Den 3. okt. 2026 kl. 10.12 skrev Karen Holm <karen@example.dk>:\n"
            "> Husk generalforsamlingen i partiforeningen og valgfolderen til kampagnen.\n")
    assert guard.check(mail).verdict == guard.VERDICT_OK


def test_a_forward_carries_the_request_in_the_quoted_part():
    mail = ("Se nedenfor, kan du klare det?\n\n"
            "---------- Forwarded message ----------\n"
            "Fra: Lokalforeningen <formand@example.dk>\n"
            "Emne: Generalforsamling\n\n"
            "Kan du skrive indkaldelsen til partiforeningens generalforsamling og sende den "
            "til alle medlemmer?\n")
    result = guard.check(mail)
    assert result.verdict == guard.PARTY
    assert "generalforsamling" in result.reasons[0].sentence


def test_social_lines_at_the_ends_of_a_mail_are_no_errand():
    council = ("Kan du lave et notat om, hvad kystbeskyttelsen ved diget koster, og hvad staten dækker? "
               "Sæt også et møde op med digelaget før udvalgsmødet i februar.")
    mail = ("Hej Emil\n\nMin mand siger hej og tak for æbleskiverne til julefrokosten på rådhuset.\n\n"
            + council + "\n\nOg tak for blomsterne til min mor, hun blev rigtig glad. Hils derhjemme.")
    assert guard.check(mail).verdict == guard.VERDICT_OK
    # The same line is an errand when it asks for something.
    asks = mail.replace("Hils derhjemme.", "Kan du også bestille blomster til min mors fødselsdag?")
    result = guard.check(asks)
    assert result.verdict == guard.OUTSIDE
    assert "min mors fødselsdag" in result.reasons[0].sentence


def test_a_relative_in_a_conflict_of_interest_question_is_council_work():
    text = ("Er jeg inhabil i pkt. 7 om lokalplanen ved Lystrup? Min svoger ejer en af grundene. "
            "Mødet i Teknik- og Miljøudvalget er i morgen kl. 16.")
    assert guard.check(text).verdict == guard.VERDICT_OK


def test_a_forward_whose_new_part_names_council_business_is_judged_on_the_new_part():
    mail = ("Tilmeld mig og skriv et kort oplæg til Ældreudvalget om de vigtigste pointer bagefter.\n\n"
            "---------- Videresendt meddelelse ----------\n"
            "Fra: KL Konferencer\n"
            "Emne: Ældrekonference 2027\n\n"
            "Kære kommunalpolitiker\n"
            "Konferencen holdes i Odense Kongres Center den 4. marts med temaer om rekruttering og "
            "pårørende.\n")
    assert guard.check(mail).verdict == guard.VERDICT_OK


def test_reasons_carry_the_rules_danish_name():
    result = guard.check("Skriv en tale til partiets landsmøde")
    assert result.verdict == guard.PARTY
    assert all(r.name("da") and r.name("da") != r.rule for r in result.reasons)
    assert result.reasons[0].to_dict()["name_da"] == result.reasons[0].name("da")


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "a" * 100_000, "Hej,\n\n> " * 5000,
                                  "Med venlig hilsen\n" * 2000, "?!." * 10_000,
                                  # One giant word full of the letters a pattern looks for, then the
                                  # context it wants: an unbounded run around a literal took minutes.
                                  "korkor" * 50_000 + " hvor jeg", "klubforening" * 25_000 + " har bedt mig om",
                                  "1." * 150_000 + " kr til plakaterne", "formand for " + "klub" * 50_000,
                                  # Shapes an adversarial review found (each took 12-73 s): sign-off
                                  # lines, sources, runs of spaces inside headers, thanks, phone lines,
                                  # "køb", "X * Y" patterns, question words, a giant word.
                                  "mvh\n" * 75_000, "naboerne fortalte og " * 14_000, "hej\n" + " " * 30_000 + "x",
                                  "Fra: x\n" + " " * 20_000 + "x", "tak" + " " * 100_000 + "x\nhej",
                                  "hej\nKan du hjælpe?\n\ntlf" + " " * 50_000 + "x", "køb" + " " * 2_000 + "x",
                                  "slå" + " " * 50_000 + ".\ntil førstepladsen", "how " * 75_000 + "landsmøde",
                                  "Kan du skrive talen, " + "godtgørelse" * 3_000, "bryllup" + "kommune" * 20_000,
                                  # The second review (4 Dec 2026): a forward's sender and a decline
                                  # followed by a run of spaces took 436 s and 78 s.
                                  "Poul har sendt mig en sms" + " " * 300_000 + "x",
                                  "Kan du hjælpe? Jeg vil ikke have" + " " * 300_000 + "x",
                                  ("Poul har sendt mig en sms" + " " * 5_000 + "x\n") * 60])
def test_odd_input_never_raises(text):
    result = guard.check(text)
    assert result.verdict in guard.VERDICTS
    json.dumps(result.to_json())


@pytest.mark.parametrize("verdict, text", [
    # A note of a few neutral words gives the model too little to flag on ...
    (guard.VERDICT_OK, "Flyt mødet til torsdag"),
    (guard.VERDICT_OK, "Ring tilbage"),
    (guard.VERDICT_OK, "Opdater min kalender"),
    # ... but one word that tells is enough.
    (guard.OUTSIDE, "Book frisør torsdag"),
    (guard.OUTSIDE, "Bestil nye briller hos optikeren."),
])
def test_a_short_note_is_flagged_only_on_a_telling_word(verdict, text):
    assert guard.check(text).verdict == verdict


def test_a_mail_pasted_with_its_headers_is_judged_on_its_body():
    text = ("Fra: Lene Bak\nSendt: 3. november 2025 08:47\nTil: Sekretariatet\nEmne: SV: Dagsorden TMU\n\n"
            "Kan du lave et notat om cykelstien i punkt 7 til udvalgsmødet?\n\nMvh Lene\n\n"
            "> Fra: Pia Holm\n> Sendt: 2. november 2025 19:02\n> Emne: Dagsorden TMU\n"
            "> Hej alle, dagsordenen er ude. Og husk tilmelding til kredsens julefrokost.")
    assert guard.check(text).verdict == guard.VERDICT_OK
    errand = text.replace("Kan du lave et notat om cykelstien i punkt 7 til udvalgsmødet?",
                          "Kan du sende tilmeldingen til kredsens julefrokost for mig?")
    assert guard.check(errand).verdict == guard.PARTY


@pytest.mark.parametrize("verdict, text", [
    # An association's words (general meeting, board, chair election) in an organisation that is
    # no party are the member's own association, outside the office ...
    (guard.OUTSIDE, "Jeg skal være dirigent på generalforsamlingen i Skovby Skytteforening på tirsdag. "
                    "Kan du lave en drejebog for mødet?"),
    (guard.OUTSIDE, "Bestyrelsesmøde i 3F Vestsjælland næste uge. Jeg er næstformand i afdelingen. "
                    "Kan du skrive et oplæg om overenskomsten til mødet?"),
    (guard.OUTSIDE, "Menighedsrådet søger nye medlemmer, og jeg vil gerne stille op som formand. "
                    "Kan du skrive en kort præsentation af mig?"),
    # ... while the same words for the party's own branch stay party work.
    (guard.PARTY, "Vi har generalforsamling i partiforeningen på tirsdag. Kan du lave en drejebog for mødet?"),
    # A union named beside the party's own meeting does not make the meeting the union's.
    (guard.PARTY, "Vi holder generalforsamling i Venstre i Ikast på torsdag, og formanden for 3F kommer også. "
                  "Kan du lave indkaldelsen?"),
    (guard.PARTY, "Jeg vil gerne stille op som spidskandidat ved næste kommunalvalg. "
                  "Kan du skrive en kort præsentation af mig?"),
])
def test_association_words_in_an_organisation_that_is_no_party(verdict, text):
    result = guard.check(text)
    assert result.verdict == verdict
    if "3F" in text and verdict == guard.OUTSIDE:  # the organisation is quoted as written, with its sentence
        assert result.reasons[0].match == "3F" and result.reasons[0].sentence.startswith("Bestyrelsesmøde i 3F")


def test_a_covering_note_takes_its_errand_from_the_quoted_mail():
    quote = ("\n\n---------- Videresendt besked ----------\nFra: Kim Vestergaard\nSendt: 3. oktober 2026\n"
             "Emne: Opstillingsmøde\n\nHej Maja\nVi holder opstillingsmøde i kredsen den 14. november og "
             "vil gerne have en indkaldelse til medlemmerne med dagsorden og de opstillede kandidater.")
    note = "Kan du svare ham og få lavet det han beder om? Jeg vil gerne have det klar i næste uge."
    result = guard.check(note + quote)
    assert result.verdict == guard.PARTY
    assert result.reasons and result.reasons[0].explanation_da


def test_a_person_named_hans_is_no_pointer_to_the_quote():
    history = ("\n\nDen 3. okt. 2026 kl. 10.12 skrev Karen Holm <karen@example.dk>:\n"
               "> Husk generalforsamlingen i partiforeningen og valgfolderen til kampagnen.\n")
    note = "Kan du ringe til Hans Madsen fra beboerne på Bakkevej og finde en dato i næste uge, hvor vi kan ses?"
    assert guard.check(note + history).verdict == guard.VERDICT_OK
    # "ud fra hans stikord" points at the quoted sender's mail: the quote is the errand.
    asked = ("Kan du lave en tale ud fra hans stikord? Otte til ti minutter, gerne med et par eksempler fra byen.\n\n"
             "Den 3. okt. 2026 kl. 10.12 skrev Preben Sloth <preben@example.dk>:\n"
             "> Hej Anne. Til vores opstillingsmøde i partiforeningen vil vi gerne have en tale om, hvorfor du genopstiller.\n")
    assert guard.check(asked).verdict == guard.PARTY


def test_a_pasted_run_of_letters_does_not_outweigh_the_request():
    """One run of 11,000 letters made the model all but certain of "permitted" and overruled a
    clear party errand; runs longer than any word are not read as words."""
    errand = "Kan du skrive valgtalen til partiets landsmøde?"
    assert guard.check(errand + " " + "godtgørelse" * 1000).verdict == guard.PARTY
    assert guard.check(errand + " " + "godtgørelse").verdict == guard.PARTY
