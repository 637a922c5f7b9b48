"""Documents as they are found: web pages, older layouts, OCR (issue 13). Each case is a minimal made-up example."""

from __future__ import annotations

import datetime as dt

import unga_docs as ud
from unga_docs.errors import DiagnosticKind


def _outside(doc: ud.Document) -> list[str]:
    return [d.text for d in doc.diagnostics if d.kind is DiagnosticKind.OUTSIDE]


def test_a_masthead_after_a_headline_wins() -> None:
    text = """April 2, 2021

Letter dated 2011/03/04 from the Permanent Representative of Ruritania to the United Nations addressed to the
Secretary-General (A/65/999)

United Nations

A/65/999

General Assembly

Distr.: General

8 March 2011

Original: English

Sixty-fifth session
Agenda item 12
Strengthening of the United Nations

Letter dated 4 March 2011 from the Permanent Representative of Ruritania to the United Nations addressed to
the Secretary-General

I have the honour to write to you.

(Signed) Anna Smith
"""
    doc = ud.parse(text)
    assert [str(s) for s in doc.symbols] == ["A/65/999"]
    assert doc.date == dt.date(2011, 3, 8)
    assert doc.letter is not None
    assert doc.letter.title.startswith("Letter dated 4 March 2011")
    assert doc.letter.paragraphs == ("I have the honour to write to you.",)
    assert any(t.startswith("Letter dated 2011/03/04") for t in _outside(doc))


def test_a_title_with_no_masthead_after_it_stays_the_title() -> None:
    doc = ud.parse(
        "Letter dated 4 March 2011 from the Permanent Representative of Ruritania to the United Nations"
        " addressed to the Secretary-General\n\nI have the honour to write.\n\n(Signed) Anna Smith\n"
    )
    assert doc.letter is not None
    assert doc.letter.title.startswith("Letter dated 4 March 2011")


def test_a_hosts_catalogue_record_is_trailer_that_gives_what_the_masthead_lacks() -> None:
    text = """Letter dated 2 May 1986 from the Permanent Representative of Ruritania
to the United Nations addressed to the Secretary-General

I have the honour to write to you.

(Signed)  Anna SMITH


Permanent Representative

Document symbol: A/41/301|S/17999
Download Document Files: a41301.pdf
Document Type: Letter
Document Sources: General Assembly, Security Council
Country: Ruritania
Publication Date: 05/04/1986
Document Type: Letter
Document Sources: General Assembly, Sec
"""
    doc = ud.parse(text)
    assert [str(s) for s in doc.symbols] == ["A/41/301", "S/17999"]
    assert [o.value for o in doc.organs] == ["General Assembly", "Security Council"]
    assert doc.date == dt.date(1986, 4, 5)  # day first
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write to you.",)
    assert doc.letter.signatures == (ud.Signature(name="Anna SMITH", titles=("Permanent Representative",)),)
    assert len(_outside(doc)) == 8


def test_a_rule_of_em_dashes_ends_the_letter() -> None:
    text = (
        "Letter dated 2 May 2007 from the Secretary-General to the President of the Security Council\n\n"
        "I have the honour to write.\n\n(Signed) Anna Smith\n\n\u2014\u2014\u2014\u2014-\n\n"
        "Document symbol: S/2007/999\nPublication Date: 15/05/2007\n"
    )
    doc = ud.parse(text)
    assert doc.letter is not None
    assert doc.letter.signatures == (ud.Signature(name="Anna Smith"),)
    assert [str(s) for s in doc.symbols] == ["S/2007/999"]


def test_1990s_running_header_and_signed_whose_name_comes_after_the_page_footer() -> None:
    text = """S/1998/999
English
Page 2

members of the mission met the Council.

(Signed)

98-12345 (E)

Kofi A. ANNAN
"""
    doc = ud.parse(
        "United Nations S/1998/999\nSecurity Council Distr.: General\n8 July 1998\nOriginal: English\n\n"
        "Letter dated 8 July 1998 from the Secretary-General addressed to the President of the Security Council\n\n"
        "I have the honour to write, and the\n" + text
    )
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write, and the members of the mission met the Council.",)
    assert [s.name for s in doc.letter.signatures] == ["Kofi A. ANNAN"]


def test_a_title_whose_wrapped_line_is_an_organ_is_no_headline() -> None:
    text = (
        "Letter dated 3 April 2006 from the Chairman of the\nCommittee on Something addressed to the President of the\n"
        "Security Council\n\nIn my capacity as Chairman, I write.\n\n(Signed) Anna Smith\n"
    )
    doc = ud.parse(text)
    assert doc.letter is not None
    assert doc.letter.title.endswith("President of the Security Council")
    assert doc.letter.paragraphs == ("In my capacity as Chairman, I write.",)


def test_job_number_and_barcode_inside_a_flattened_masthead() -> None:
    doc = ud.parse(
        "United Nations A/68/999 General Assembly Distr.: General 27 May 2014 Original: English 14-54321 (E) 280514"
        " *1454321* Sixty-eighth session Agenda item 76 (a) Oceans and the law of the sea Letter dated 22 May 2014"
        " from the Permanent Representative of Ruritania to the United Nations addressed to the Secretary-General"
        " I have the honour to write to you about the sea.\n"
    )
    assert doc.job_number == "14-54321"
    assert [(s.number, s.organ.value) for s in doc.sessions] == [(68, "General Assembly")]
    assert [(a.number, a.sub_item, a.title) for a in doc.agenda_items] == [(76, "a", "Oceans and the law of the sea")]
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write to you about the sea.",)


def test_a_page_title_block_before_the_masthead_is_outside() -> None:
    doc = ud.parse(
        "General Assembly Security Council Seventy-First Session Seventy-Second Year Agenda Item 99 Question of X\n"
        "Total Page:16\nFile Type:pdf, Size:1020Kb\n"
        "United Nations A/71/999\u2013S/2017/999 General Assembly Distr.: General 17 February 2017 Security Council"
        " Original: English Seventy-first session Seventy-second year Agenda item 41 Question of Ruritania"
        " Letter dated 14 February 2017 from the Permanent Representative of Ruritania to the United Nations"
        " addressed to the Secretary-General I have the honour to write. (Signed) Anna Smith\n"
    )
    assert [str(s) for s in doc.symbols] == ["A/71/999", "S/2017/999"]
    assert [(a.number, a.title) for a in doc.agenda_items] == [(41, "Question of Ruritania")]
    assert "Total Page:16" in _outside(doc)


def test_an_original_note_under_a_title_is_no_masthead_after_a_headline() -> None:
    doc = ud.parse(
        "Security Council\n15 March 1988\nLetter dated 14 March 1988 from the representative of Ruritania\n"
        "to the Secretary-General\n[Original: Arabic]\n[15 March 1988]\n\nI have the honour to write.\n"
    )
    assert doc.letter is not None
    assert doc.letter.title.endswith("to the Secretary-General")


def test_a_joint_running_header_gives_the_symbols_a_copy_lost() -> None:
    doc = ud.parse(
        "General Assembly Distr.: General\n1 October 2019\nOriginal: English\n\n"
        "Letter dated 27 September 2019 from the Permanent Representative of Ruritania to the United Nations"
        " addressed to the Secretary-General\n\nI have the honour to write, and\n\n19-12345 (E) 031019 *1912345*\n\n"
        "A/74/999 S/2019/999\n\nthe rest follows.\n"
    )
    assert [str(s) for s in doc.symbols] == ["A/74/999", "S/2019/999"]
    assert doc.job_number == "19-12345"
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write, and the rest follows.",)


def test_notes_under_an_official_records_title_and_a_header_repeated_as_footer() -> None:
    doc = ud.parse(
        "Home || Permalink || About || Search\nFollow us Twitter RSS\n        Security Council\n\n"
        "Letter dated 14 March 1988 from the representative of Ruritania\nto the Secretary-General\n"
        "[Original: Arabic]\n[15 March 1988]\n\nI have the honour to write.\n\n(Signed) Anna SMITH\n"
        "Permanent Representative\n\nFollow us RSS Twitter\n"
    )
    assert doc.original_language is ud.Language.ARABIC
    assert doc.date == dt.date(1988, 3, 15)
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write.",)
    assert doc.letter.signatures[0].titles == ("Permanent Representative",)
    assert "Follow us RSS Twitter" in _outside(doc)


def test_a_flattened_title_run_into_its_body_is_cut_at_its_addressees() -> None:
    doc = ud.parse(
        "Letter dated 15 August 2008 from the Permanent Representative of Ruritania to the United Nations addressed"
        " to the President of the Security Council Upon instructions from my Government, I wish to state the"
        " following about the matters raised in the letter of 1 August 2008 (S/2008/999), at some length.\n"
    )
    assert doc.letter is not None
    assert doc.letter.title.endswith("addressed to the President of the Security Council")
    assert doc.letter.paragraphs[0].startswith("Upon instructions")


def test_capitals_agenda_titles_wrapped_without_a_blank_line_keep_together() -> None:
    doc = ud.parse(
        "United Nations A/51/999\nGeneral Assembly\nDistr. GENERAL\n19 September 1996\nORIGINAL: SPANISH\n\n"
        "Fifty-first session\nItems 27, 78 and 96\n  of the provisional agenda\n\n"
        "      NECESSITY OF ENDING THE EMBARGO\n         IMPOSED ON SOMEONE\n\n"
        "      CONSOLIDATION OF THE REGIME ESTABLISHED BY THE TREATY FOR THE\n         PROHIBITION OF THINGS\n\n"
        "        MACROECONOMIC POLICY QUESTIONS\n\n"
        "Letter dated 13 September 1996 from the Permanent Representative of Ruritania to the United Nations"
        " addressed to the Secretary-General\n\nI have the honour to write.\n"
    )
    assert [a.title for a in doc.agenda_items] == [
        "NECESSITY OF ENDING THE EMBARGO IMPOSED ON SOMEONE",
        "CONSOLIDATION OF THE REGIME ESTABLISHED BY THE TREATY FOR THE PROHIBITION OF THINGS",
        "MACROECONOMIC POLICY QUESTIONS",
    ]


def test_an_older_capitals_title_on_the_masthead_line_after_a_dash() -> None:
    doc = ud.parse(
        "Distr. GENERAL\n\nS/12999 25 August 1978 ORIGINAL: ENGLISH - LETTER DATED 25 AUGUST 1978 FROM THE CHARGE"
        " D'AFFAIRES A.I. OF THE PERMANENT MISSION OF RURITANIA TO THE UNITED NATIONS ADDRESSED TO THE"
        " SECRETARY-GENERAL\n\nAt 0415 on 23 August 1978 an attack was launched.\n"
    )
    assert [str(s) for s in doc.symbols] == ["S/12999"]
    assert doc.date == dt.date(1978, 8, 25)
    assert doc.letter is not None
    assert doc.letter.title.startswith("LETTER DATED 25 AUGUST 1978")
    assert doc.letter.paragraphs == ("At 0415 on 23 August 1978 an attack was launched.",)


def test_a_title_date_without_its_year_takes_the_cited_symbols_year_or_none() -> None:
    cited = ud.parse_title(
        "Letter dated 13 July (S/1994/999) from the representative of Ruritania to the Secretary-General"
    )
    assert cited.date == dt.date(1994, 7, 13)
    bare = ud.parse_title(
        "Annex to the letter dated 6 October from the Permanent Representative of Cyprus to the United Nations"
        " addressed to the Secretary-General"
    )
    assert bare.date is None
    assert bare.addressees == ("Secretary-General",)


def test_a_name_a_web_page_inserted_after_the_senders_state_is_dropped() -> None:
    t = ud.parse_title(
        "Letter dated 28 March, 1958 from the representative of Pakistan Aly Khan to the President of the"
        " Security Council"
    )
    assert t.sender == "representative of Pakistan"
    assert t.sender_states == ("Pakistan",)
    kept = ud.parse_title(
        "Letter dated 2 May 1990 from the Permanent Representative of the Sudan People's Liberation Movement"
        " to the Secretary-General"
    )
    assert kept.sender is not None
    assert kept.sender.endswith("Liberation Movement")


def test_addressees_joined_by_and_to_the() -> None:
    t = ud.parse_title(
        "Identical letters dated 12 December 2008 from the Permanent Representative of Ruritania to the United"
        " Nations addressed to the Secretary-General and to the President of the Security Council"
    )
    assert t.addressees == ("Secretary-General", "President of the Security Council")


def test_an_enclosed_memorandum_with_a_capitals_title_and_two_annexes() -> None:
    doc = ud.parse(_MEMO)
    assert doc.letter is not None
    assert doc.letter.paragraphs == (
        "I have the honour to transmit herewith the memorandum of understanding signed today (see enclosure).",
    )
    assert [s.name for s in doc.letter.signatures] == ["Kofi A. ANNAN"]
    enclosure = doc.annexes[0]
    assert enclosure.label == "Enclosure"
    assert enclosure.statement is not None
    assert enclosure.statement.title == (
        "MEMORANDUM OF UNDERSTANDING BETWEEN THE UNITED NATIONS AND THE GOVERNMENT OF RURITANIA"
    )
    assert enclosure.statement.paragraphs == ("1. The parties agree as follows.", "2. The mission shall be deployed.")
    assert [a.label for a in doc.annexes] == ["Enclosure", "ANNEX I", "ANNEX II"]


_MEMO = """United Nations S/1998/999
Security Council Distr.: GENERAL
8 July 1998
ORIGINAL: ENGLISH

LETTER DATED 8 JULY 1998 FROM THE SECRETARY-GENERAL ADDRESSED TO
THE PRESIDENT OF THE SECURITY COUNCIL

     I have the honour to transmit herewith the memorandum of understanding
signed today (see enclosure).

                                              (Signed)  Kofi A. ANNAN


                                   Enclosure

              MEMORANDUM OF UNDERSTANDING BETWEEN THE UNITED NATIONS
                          AND THE GOVERNMENT OF RURITANIA

     1.  The parties agree as follows.

     2.  The mission shall be deployed.

                                    ANNEX I

                               Terms of reference

     The mission shall monitor.

                                    ANNEX II

                                 Deployment

     The mission shall deploy.
"""


def test_ocr_glued_words_in_a_title_are_read_apart_and_the_title_kept_as_printed() -> None:
    printed = (
        "Letter dated 1 May 2000 from the Under-Secretary-Generalfor Legal Affairs addressed to the President ofthe"
        " Security Council"
    )
    t = ud.parse_title(printed)
    assert t.sender == "Under-Secretary-General for Legal Affairs"
    assert t.addressees == ("President of the Security Council",)
    assert t.title == printed
    caps = ud.parse_title(
        "LETTER DATED 25 AUGUST 1978 FROM THE CHARGE D'AFFAIRES A.I. OF THE PERMANENTMISSION OF RURITANIA TO THE"
        " UNITED NATIONS ADDRESSEDTO THE SECRETARY-GENERAL"
    )
    assert caps.sender == "Charge d'affaires a.i. of the Permanent Mission of Ruritania to the United Nations"
    assert caps.addressees == ("Secretary-General",)


def test_a_web_pages_own_lines_after_the_signed_document_are_trailer() -> None:
    doc = ud.parse(
        "Letter dated 4 March 2011 from the Permanent Representative of Ruritania to the United Nations addressed"
        " to the Secretary-General\n\nI have the honour to write to you.\n\n(Signed) Anna Smith\n"
        "Permanent Representative\n\nShare this:\n\nTwitter\n\nFacebook\n\nRelated\n\nAnother post about the sea\n"
    )
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write to you.",)
    assert doc.letter.signatures == (ud.Signature(name="Anna Smith", titles=("Permanent Representative",)),)
    assert _outside(doc) == ["Share this:", "Twitter", "Facebook", "Related", "Another post about the sea"]


def test_a_tag_line_inside_the_letter_is_text() -> None:
    doc = ud.parse(
        "Letter dated 4 March 2011 from the Permanent Representative of Ruritania to the United Nations addressed"
        " to the Secretary-General\n\nI have the honour to write to you.\n\nCopyright law is the subject.\n\n"
        "(Signed) Anna Smith\n"
    )
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write to you.", "Copyright law is the subject.")


def test_a_headline_repeating_the_title_with_its_symbols_and_no_masthead() -> None:
    doc = ud.parse(
        "Letter dated 7 June 2004 from the Permanent Representative of Ruritania to the United Nations addressed"
        " to the Secretary-General (A/58/999\u2013S/2004/999)\n\nPosted on 9 June 2004\n\n"
        "Letter dated 7 June 2004 from the Permanent Representative of Ruritania to the United Nations addressed"
        " to the Secretary-General\n\nI have the honour to write to you.\n\n(Signed) Anna Smith\n"
    )
    assert [str(s) for s in doc.symbols] == ["A/58/999", "S/2004/999"]
    assert doc.letter is not None
    assert doc.letter.title.endswith("addressed to the Secretary-General")
    assert doc.letter.paragraphs == ("I have the honour to write to you.",)


def test_a_title_then_an_annex_heading_is_no_headline() -> None:
    doc = ud.parse(
        "Letter dated 7 June 2004 from the Permanent Representative of Ruritania to the United Nations addressed"
        " to the Secretary-General\n\nI have the honour to write.\n\n"
        "Annex to the letter dated 7 June 2004 from the Permanent Representative of Ruritania to the United Nations"
        " addressed to the Secretary-General\n\nThe annex.\n"
    )
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write.",)
    assert len(doc.annexes) == 1


def test_an_annexed_letters_title_after_the_text_does_not_make_the_title_a_headline() -> None:
    doc = ud.parse(
        "Letter dated 7 June 2004 from the Permanent Representative of Ruritania to the United Nations addressed"
        " to the Secretary-General\n\nI have the honour to transmit the letter below, which I enclose.\n\n"
        "Letter dated 5 June 2004 from the Minister for Foreign Affairs of Ruritania addressed to the"
        " Secretary-General\n\nThe annexed letter.\n"
    )
    assert doc.letter is not None
    assert doc.letter.title.startswith("Letter dated 7 June 2004")


def test_a_paragraph_that_reads_like_a_catalogue_record_round_trips_in_markdown() -> None:
    doc = ud.Document(
        letter=ud.Letter(
            title="Letter dated 1 May 2000 from the Secretary-General addressed to the President of the Security"
            " Council",
            paragraphs=("Document Type: Letter",),
            signatures=(ud.Signature(name="Anna Smith"),),
        )
    )
    assert ud.parse(ud.to_markdown(doc), format="markdown") == doc


def test_ocr_lower_case_series_letter_and_a_capitals_title_with_ocr_damage() -> None:
    doc = ud.parse(
        "s/12999 25 August 1978 ORIGINAL: ENGLISH - LETTER DATED 25 AUGUST 1978 FROM THE CHARGE D'AFFAIRES A.I. OF"
        " TfIE PERMANENTMISSION OF RURITANIA TO THE UNITED NATIONS ADDRESSEDTO THE SECRETARY-GENERAL\n\n"
        "At 0415 on 23 August 1978 an attack was launched.\n"
    )
    assert [str(s) for s in doc.symbols] == ["S/12999"]
    assert doc.letter is not None
    assert doc.letter.addressees == ("Secretary-General",)
    assert doc.letter.paragraphs == ("At 0415 on 23 August 1978 an attack was launched.",)


def test_a_long_navigation_between_the_headline_and_the_masthead() -> None:
    nav = "\n".join(f"Menu item {i}" for i in range(12))
    doc = ud.parse(
        "Letter dated 2011/03/04 from the Permanent Representative of Ruritania to the United Nations addressed to"
        " the Secretary-General (A/65/999)\n\n" + nav + "\n\nUnited Nations\n\nA/65/999\n\nGeneral Assembly\n\n"
        "Distr.: General\n\n8 March 2011\n\nOriginal: English\n\nLetter dated 4 March 2011 from the Permanent"
        " Representative of Ruritania to the United Nations addressed to the Secretary-General\n\n"
        "I have the honour to write.\n\n(Signed) Anna Smith\n"
    )
    assert [str(s) for s in doc.symbols] == ["A/65/999"]
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write.",)
    assert {p.severity for p in doc.problems} == {ud.Severity.NOTE}


def test_a_running_header_in_a_body_of_short_lines_does_not_make_the_title_a_headline() -> None:
    body = "\n".join(f"line {i} of a wrapped paragraph that goes on" for i in range(6))
    doc = ud.parse(
        "Letter dated 4 March 2011 from the Permanent Representative of Ruritania to the United Nations addressed"
        " to the Secretary-General\n\nI have the honour to write, and\n" + body + "\n\nA/65/999\n\nmore text.\n"
    )
    assert doc.letter is not None
    assert doc.letter.title.startswith("Letter dated 4 March 2011")


def test_a_french_title_naming_the_sender_before_the_addressee_ends_at_its_line() -> None:
    doc = ud.parse(
        "ASSEMBLÉE GÉNÉRALE\nTrente-septième session\nPoint 12 de la liste préliminaire\nQUESTION DE RURITANIE\n"
        "Note verbale datée du 3 mars 1982 de la Mission permanente du Portugal auprès des Nations Unies, adressée"
        " au Secrétaire général\n"
        "La Mission permanente du Portugal auprès des Nations Unies présente ses compliments au Secrétaire général.\n"
        "Elle a l'honneur de lui faire savoir ce qui suit.\n"
    )
    assert doc.letter is not None
    assert doc.letter.kind is ud.LetterKind.NOTE_VERBALE
    assert doc.letter.date == dt.date(1982, 3, 3)
    assert doc.letter.sender == "Mission permanente du Portugal auprès des Nations Unies"
    assert doc.letter.sender_states == ("Portugal",)
    assert doc.letter.addressees == ("Secrétaire général",)
    assert doc.letter.paragraphs[0].startswith("La Mission permanente du Portugal")
    title = ud.parse_title(
        "Lettre datée du 3 mai 1990 du Représentant permanent du Portugal auprès de l'Organisation des Nations Unies,"
        " adressée au Président du Conseil de sécurité"
    )
    assert title.sender == "Représentant permanent du Portugal auprès de l'Organisation des Nations Unies"
    assert title.addressees == ("Président du Conseil de sécurité",)


def test_a_sender_whose_state_a_host_struck_out_is_noted() -> None:
    doc = ud.parse(
        "Letter dated 4 March 2011 from the Permanent Representative of to the United Nations addressed to the"
        " Secretary-General\n\nI have the honour to write.\n\n(Signed) Anna Smith\n"
    )
    assert doc.letter is not None
    assert doc.letter.sender_states == ()
    kinds = {p.kind: p.severity for p in doc.problems}
    assert kinds[ud.ProblemKind.SENDER_WITHOUT_STATE] is ud.Severity.NOTE
    whole = ud.parse(
        "Letter dated 4 March 2011 from the Permanent Representative of Spain to the United Nations addressed to the"
        " Secretary-General\n\nI have the honour to write.\n\n(Signed) Anna Smith\n"
    )
    assert ud.ProblemKind.SENDER_WITHOUT_STATE not in {p.kind for p in whole.problems}


def test_identical_notifications_and_messages_are_titles_with_their_kind() -> None:
    doc = ud.parse(
        "Identical notifications dated 3 May 2004 from the Permanent Representative of Spain to the United Nations"
        "\naddressed to the Secretary-General and the President of the Security Council\n\n"
        "I have the honour to notify you.\n\n(Signed) Anna Smith\n"
    )
    assert doc.letter is not None
    assert doc.letter.kind is ud.LetterKind.IDENTICAL_NOTIFICATIONS
    assert doc.letter.addressees == ("Secretary-General", "President of the Security Council")
    assert doc.letter.paragraphs == ("I have the honour to notify you.",)
    message = ud.parse(
        "Message dated 7 September 1979 from the Minister for Foreign Affairs of Spain addressed to the"
        " Secretary-General\n\nI have the honour to write.\n\n(Signed) Anna Smith\n"
    )
    assert message.letter is not None
    assert (message.letter.kind, message.letter.sender_states) == (ud.LetterKind.MESSAGE, ("Spain",))
    assert ud.from_markdown(ud.to_markdown(message)) == message
    kinds = [
        ud.parse_title(t).kind
        for t in (
            "Comunicaciones, de fecha 4 de junio de 1966, dirigidas al Secretario General por el Primer Ministro"
            " de Guyana",
            "mensaje de fecha 7 de septiembre de 1979 dirigido al Secretario General por el Ministro de Relaciones"
            " Exteriores de Guyana",
            "Communication datée du 2 mars 1990, adressée au Secrétaire général par le Représentant permanent du"
            " Portugal auprès de l'Organisation des Nations Unies",
        )
    ]
    assert kinds == [ud.LetterKind.COMMUNICATIONS, ud.LetterKind.MESSAGE, ud.LetterKind.COMMUNICATION]


def test_a_footnote_naming_the_double_symbol_gives_the_symbols_and_an_unreadable_one_is_doubted() -> None:
    page = (
        "        Security Council\n3 May 1987\n\n\nLetter dated 2 May 1987 from the representative of Portugal\n"
        "to the Secretary-General\n\n[Original: English]\n[3 May 1987]\nI have the honour to write to you.\n"
        "(Signed) Anna SMITH\nPermanent Representative of Portugal\nto the United Nations\n\n"
        "*Circulated under the double symbol {}.\n"
    )
    doc = ud.parse(page.format("A/42/123-S/18999"))
    assert [str(s) for s in doc.symbols] == ["A/42/123", "S/18999"]
    assert not [p for p in doc.problems if p.severity is ud.Severity.WARNING]
    ocr = ud.parse(page.format("A/42/l23-S/18999"))  # a letter l read for the digit 1
    assert [str(s) for s in ocr.symbols] == ["S/18999"]
    doubts = [p.message for p in ocr.problems if p.kind is ud.ProblemKind.DOUBT]
    assert doubts == ["a symbol in the footnote does not read as one: 'A/42/l23'"]


def test_a_letter_spaced_ocr_title_reads_with_its_words_joined_and_stays_as_printed() -> None:
    printed = (
        "Carta de fecha 2 de mayo de 1994 dirigi da al Secre tario Gener al por el Representante Permanente de"
        " Bosnia y Herze govina ante las Naciones Unidas"
    )
    t = ud.parse_title(printed)
    assert (t.kind, t.date) == (ud.LetterKind.LETTER, dt.date(1994, 5, 2))
    assert t.addressees == ("Secretario General",)
    assert t.sender_states == ("Bosnia y Herzegovina",)
    assert t.title == printed
    # Pieces that are words on their own stay apart: "de fecha" is no "defecha".
    assert ud.parse_title("Carta de fecha 2 de mayo de 1994 dirigida al Secretario General").date == dt.date(1994, 5, 2)


def test_a_scans_masthead_with_a_neighbouring_pages_margin_and_letter_spacing() -> None:
    doc = ud.parse(
        "United Nations\n\nGeneral Assembly\nado de Distr .\nSecurity Council GENERAL\n14 de\nA/49/1 23\n"
        "ne S/1994/45 6\n3 May 1994\nlos ENGLISH\n2 ORIGIN AL: FRENCH\nFonds\n\n"
        "Forty-ninth session\nForty-ninth year\nxy Agenda itern 12\nab QUESTION OF RURITANIA\nles\n"
        "Letter dated 2 May 1994 from the Permanent Representative of Portugal to the United Nations addressed to"
        " the Secretary-General\n\nI have the honour to write.\n\n(Signed) Anna Smith\n"
    )
    assert [str(s) for s in doc.symbols] == ["A/49/123", "S/1994/456"]
    assert doc.distribution is ud.Distribution.GENERAL
    assert doc.date == dt.date(1994, 5, 3)
    assert doc.original_language is ud.Language.FRENCH
    assert doc.letter is not None
    assert doc.letter.paragraphs == ("I have the honour to write.",)
    assert _outside(doc) == ["ado de", "14 de", "ne", "los", "2", "Fonds", "xy", "ab"]
    # "itern" is OCR's "item" ("rn" for "m"); a fragment after a title in capitals does not go on with it.
    assert [(a.number, a.title) for a in doc.agenda_items] == [(12, "QUESTION OF RURITANIA")]
    printed = [d.text for d in doc.diagnostics if d.kind is DiagnosticKind.NORMALISED]
    assert "ORIGIN AL: FRENCH" in printed
    assert "A/49/1 23" in printed
    # Text after the masthead is no margin: a place and date line, a title, stay what they are.
    dated = ud.parse("A/49/123\nDistr.: General\nNew York, 4 May 1994\n\nI have the honour to write.\n")
    assert dated.date is None
    broken = ud.parse("A/49/123\nDistr.: General\nForty- ninth session\n\nI have the honour to write.\n")
    assert broken.sessions == ()  # not the ninth session


def test_in_a_scan_with_a_margin_a_fragment_after_a_whole_title_is_not_part_of_it() -> None:
    text = (
        "United Nations\nGeneral Assembly\nado de Distr .\nGENERAL\nA/49/123\n3 May 1994\n\n"
        "Letter dated 2 May 1994 from the Permanent Representative of Portugal to the United Nations\n"
        "addressed to the Secretary-General\nla\nmi I have the honour to write.\n\n(Signed) Anna Smith\n"
    )
    doc = ud.parse(text)
    assert doc.letter is not None
    assert doc.letter.title.endswith("addressed to the Secretary-General")
    assert doc.letter.paragraphs == ("la mi I have the honour to write.",)  # the body keeps what it is given
    # Only a scan whose masthead showed a margin is read so: elsewhere a short line may go on with the title.
    plain = ud.parse(text.replace("ado de Distr .", "Distr.: General").replace("GENERAL\n", ""))
    assert plain.letter is not None
    assert plain.letter.title != doc.letter.title


def test_a_short_label_after_the_masthead_is_no_fragment_of_a_margin() -> None:
    doc = ud.parse(
        "Original: Arabic\n\nAnnex\n\nStatement of the Ministry of Foreign Affairs of Portugal on 2 May\n\n1 May 2000\n"
    )
    assert [a.label for a in doc.annexes] == ["Annex"]
    assert not _outside(doc)
