r"""The hard cases H-1 ... H-30 of the cable-format reference (section 9 of
``../shared/docs/cable-format.md``), one or more tests each, on real cables.

Every test is named ``test_h<N>_<what>_<CABLEID>`` after the cable its fixture comes from.
Fixtures are module constants: verbatim excerpts of ``../shared/corpus/cables/cablegate/
<ID>.txt`` (07OTTAWA2266: the seed ``../shared/seeds/002_2f317e596a547306.txt``); the comment
above each names the file and its lines.  Trailing blanks are stripped; a backslash at a line
end in this file is Python's continuation (the source line is one line), ``\\`` is a backslash
of the text and ``\t`` a tab; lines cut short are named in the comment.  Nothing is read from
``../shared`` at run time.  Every test also checks that no text is lost
(``uncovered(cable) == []``).

Tests of what the parser gets wrong today are ``xfail(strict=True)``; their expectation is
what the real text says, and the reason says what the parser does instead.

Tests covering each hard case (this file, then other files):

H-1 two headers in one file
    test_h1_cut_copy_record_dump_then_full_copy_03THEHAGUE2670,
    test_h1_header_after_first_banner_03ABUDHABI2641,
    test_h1_banner_written_twice_09STATE99783,
    test_h1_repeated_banner_kept_as_wrapper_09STATE99783,
    test_h28_lower_and_mixed_case_header_88BAGHDAD28 (another cable's text under the header),
    test_h23_mail_wrapper_and_doubled_header_06TRIPOLI498; test_wrappers.py:
    test_record_dump_with_repeated_header_06BOGOTA2076,
    test_cut_copy_then_full_copy_fields_merged_07MOSCOW3012,
    test_text_of_another_cable_under_this_header_06AMMAN3564
H-2 FM/TO/INFO at a line start in the body
    test_h2_fm_foreign_minister_at_line_start_06SANJOSE1955,
    test_h2_to_at_line_start_in_body_09STATE99783; test_addressees.py:
    test_fm_in_a_body_is_not_an_address
H-3 FL2 wrapped, non-R indicators, RIs shared by PLADs
    test_h3_routing_over_three_lines_non_r_indicator_10MADRID192,
    test_h3_routing_over_six_lines_ri_shared_by_plads_08STATE85663; test_seed.py:
    test_seed_fields
H-4 page header in the address list
    test_h4_page_header_on_info_line_09STATE3691,
    test_h4_page_header_in_info_list_after_office_list_09STATE37566; test_addressees.py:
    test_page_header_on_to_line_08STATE23763
H-5 DTG and security-line tails, odd security characters
    test_h5_terminal_note_after_dtg_10BUENOSAIRES71,
    test_h5_security_characters_sssaa_06MADRID2908,
    test_h5_terminal_note_glued_to_security_line_07PARIS159,
    test_h5_service_text_after_dtg_08NAIROBI1363; test_fields.py:
    test_security_line_parenthesised_note_05REYKJAVIK520,
    test_security_line_zui_signal_07CAIRO1417, test_security_line_zzk_on_niact_08STATE88235,
    test_dtg_trailing_zdk_06BEIRUT2703, test_dtg_trailing_zff4_and_niact_prosign_o_08STATE88235
H-6 NIACT on addressee lines only, NN, ROUTINE never written
    test_h6_niact_only_on_addressee_lines_90BAGHDAD4397,
    test_h6_routine_never_written_97WELLINGTON1656,
    test_h6_precedence_before_number_range_09STATE99783; test_fields.py:
    test_niact_immediate_addressees_08STATE88235, test_security_line_zzk_on_niact_08STATE88235
    (NN), test_dtg_trailing_zff4_and_niact_prosign_o_08STATE88235
H-7 Julian day differs from the DTG day, no year in the DE line
    test_h7_de_day_three_days_before_dtg_08STOCKHOLM748,
    test_h7_julian_day_366_on_31_december_08BRASILIA1685,
    test_h7_retransmission_days_after_dtg_09STATE99783; test_fields.py:
    test_de_line_without_part_07CAIRO1417
H-8 SSN is not the serial, /01 without sections
    test_h8_ssn_not_the_serial_part_without_sections_09PARTO41305; test_fields.py:
    test_de_line_with_part_06BEIRUT2703
H-9 serial widths
    test_h9_four_digit_unpadded_serial_of_1966_66BUENOSAIRES2481,
    test_h9_five_digit_serial_90BAGHDAD4397,
    test_h9_eight_digit_serial_line_above_dtg_09STATE100153; test_received.py:
    test_1990_copy_section_and_hex_separator_90CAPETOWN97
H-10 banner forms
    test_h10_section_glued_to_its_number_09SECTION01OF03SANJOSE525,
    test_h10_garbled_banner_08SECTION01GF02BISHIEK21,
    test_h10_garbled_serial_without_de_line_gives_no_id_08SECTION01GF02BISHIEK21,
    test_h10_section_total_glued_to_origin_09SECTION02OF03QRIPOLI583,
    test_h10_captions_eo_tags_glued_to_banner_05SANAA1352,
    test_h28_lower_and_mixed_case_header_88BAGHDAD28; test_fields.py:
    test_banner_spaced_confidential_07CAIRO1417, test_banner_unclas_05REYKJAVIK520,
    test_banner_section_01_of_03_06BEIRUT2703, test_banner_unclas_efto_spaced_08EFTOLONDON2883,
    test_banner_lower_case_08BERLIN643; test_wrappers.py:
    test_banner_mark_doubled_first_letter_10ISLAMABAD428,
    test_cable_dated_prefix_glued_to_banner_02ANKARA8305
H-11 lost (and added) newlines
    test_h11_subject_ref_classified_by_on_one_line_04BRASILIA526,
    test_h11_tags_on_eo_line_refs_and_classified_by_on_one_line_06MOSCOW3335,
    test_h11_tag_list_glued_to_eo_line_09STOCKHOLM194,
    test_h11_paragraph_one_glued_to_classified_by_08TRIPOLI680,
    test_h11_subject_continued_after_blank_line_08TRIPOLI680,
    test_h11_signature_glued_to_last_paragraph_04BUENOSAIRES2291,
    test_h11_signature_glued_before_trailers_01VATICAN5960; test_tags.py:
    test_tags_glued_to_eo_line_mixed_case_04ANKARA348; test_subject.py:
    test_ref_glued_to_last_word_08LONDON1991, test_classified_by_glued_to_last_word_07CAIRO3126;
    test_classified_by.py: test_paragraph_glued_to_reason_08CAIRO2135
H-12 trailing backslash continuations
    test_h12_backslash_at_every_line_end_05MANAMA1672; test_fields.py:
    test_backslash_line_ends_05BOGOTA9257
H-13 HTML artefacts
    test_h13_link_artefacts_in_tags_refs_and_paragraphs_07OTTAWA2266,
    test_h13_pilcrow_before_ref_letter_and_paragraph_06SANJOSE1955; test_seed.py:
    test_seed_fields, test_golden_json; test_fields.py:
    test_ref_letters_dot_and_pilcrow_four_digit_year_07CAIRO1417
H-14 reference-id oddities
    test_h14_malformed_wikileaks_id_as_hint_08SECTION01GF02BISHIEK21,
    test_h14_section_words_in_wikileaks_id_09SECTION01OF03SANJOSE525,
    test_h14_two_digit_years_across_2000_01PRETORIA1173,
    test_h14_useu_brussels_reference_04BRUSSELS4944,
    test_h9_four_digit_unpadded_serial_of_1966_66BUENOSAIRES2481 (year 66); test_ids.py:
    test_canonical_id
H-15 WikiLeaks Created unreliable, csv date reliable
    test_h15_created_metadata_does_not_override_dtg_08STOCKHOLM748,
    test_h15_csv_row_date_used_when_no_dtg_05MANAMA1672,
    test_h23_record_dump_gives_date_and_id_03THEHAGUE2670,
    test_h23_record_dump_gives_the_day_only_03THEHAGUE2670
H-16 E.O. line and DECL values
    test_h16_two_digit_decl_year_after_dtg_year_97WELLINGTON1656,
    test_h16_decl_mm_dd_yy_with_hyphens_04COLOMBO11,
    test_h16_misspelt_order_12985_08REYKJAVIK173,
    test_h16_exemption_code_in_parentheses_06NAIROBI1114,
    test_h16_downgrade_instruction_kept_06CARACAS219, test_h16_duration_in_words_08QUITO297,
    test_h16_na_without_slash_09BRASILIA1292, test_h16_date_without_decl_keyword_09ABUDHABI347,
    test_h16_mr_manual_review_09STATE67105,
    test_h9_four_digit_unpadded_serial_of_1966_66BUENOSAIRES2481 (DECLASSIFIED BY NARA),
    test_h28_lower_and_mixed_case_header_88BAGHDAD28 (``E.o. ...: decl:``); test_fields.py:
    test_eo_decl_mm_dd_yyyy_07CAIRO1417, test_eo_not_applicable_07TRIPOLI1055,
    test_eo_decl_yyyy_mm_dd_09ATHENS1685, test_eo_no_punctuation_two_digit_year_07KAMPALA1449,
    test_eo_12356_oadr_85BEIRUT1725, test_eo_misspelt_order_12598_08LONDON2029
H-17 TAGS variants
    test_h17_keyword_alone_list_on_next_line_09LONDON2178,
    test_h17_keyword_tag_commas_09BRASILIA952, test_h17_state_codes_sr_and_old_yi_06PARIS7755,
    test_h17_iso_code_ru_leaks_in_06BAKU1661,
    test_h17_trailing_comma_continues_the_list_08TRIPOLI680,
    test_h17_au_is_the_african_union_in_tripoli_08TRIPOLI680,
    test_h17_tags_line_without_keyword_08BEIJING3662,
    test_h11_tag_list_glued_to_eo_line_09STOCKHOLM194; test_tags.py: all tests;
    test_fields.py: test_tags_space_separated_07CAIRO1417,
    test_tags_comma_separated_no_colon_07KAMPALA1449,
    test_tags_person_tag_and_continuation_09STATE78274, test_tags_lower_case_08BERLIN643,
    test_tags_run_on_itphum_02ROME1196
H-18 REF variants
    test_h18_page_marker_on_the_ref_line_06BRASILIA888,
    test_h18_parenthesised_letters_telecon_on_two_lines_90BAGHDAD4397,
    test_h18_all_notal_covers_every_reference_09SECTION01OF03SANJOSE525,
    test_h11_tags_on_eo_line_refs_and_classified_by_on_one_line_06MOSCOW3335;
    test_references.py: all tests; test_fields.py: test_ref_* tests
H-19 Classified By variants
    test_h19_numbered_classified_by_paragraph_97WELLINGTON1656,
    test_h19_derived_from_multiple_sources_09STATE67105,
    test_h19_reason_section_typo_1_slash_4_09STOCKHOLM194,
    test_h19_absent_on_a_secret_cable_90BAGHDAD4397; test_classified_by.py: all tests;
    test_fields.py: test_classified_by_* tests
H-20 paragraph marks
    test_h20_entire_text_mark_90BAGHDAD4397, test_h20_mark_with_space_separator_09KABUL376
    test_h20_mark_typo_kept_raw_with_warning_09CARACAS1444,
    test_h20_lettered_sub_numbers_09REYKJAVIK104,
    test_h1_cut_copy_record_dump_then_full_copy_03THEHAGUE2670 (unnumbered single paragraph);
    test_fields.py: test_paragraph_marking_* tests
H-21 section joins and page markers
    test_h21_received_copy_page_headers_mid_text_00HARARE5461,
    test_h21_smart_marker_on_own_line_mid_sentence_09BELGRADE765,
    test_h18_page_marker_on_the_ref_line_06BRASILIA888; test_fields.py:
    test_smart_page_marker_mid_paragraph_06BERN141,
    test_smart_page_marker_on_ref_line_08TRIPOLI12
H-22 redactions
    test_h22_redacted_classifier_and_names_07BUJUMBURA479,
    test_h22_redacted_line_before_a_heading_04MADRID4687,
    test_h22_redacted_comment_before_signature_05TASHKENT284; test_wrappers.py:
    test_redacted_banner_origin_taken_from_fm_10SHENYANG4
H-23 wrappers and partial texts
    test_h23_record_dump_gives_date_and_id_03THEHAGUE2670,
    test_h23_mail_wrapper_and_doubled_header_06TRIPOLI498,
    test_h23_guardian_dateline_01PRETORIA1173, test_h23_post_distribution_block_05GABORONE411,
    test_h23_cable_dated_line_gives_the_date_05SANAA1352,
    test_h1_header_after_first_banner_03ABUDHABI2641,
    test_h25_nnnn_and_partner_footer_04CARACAS2200; test_wrappers.py: all tests; test_fields.py:
    test_partial_extract_no_header_05MADRID109
H-24 encodings
    test_h24_comma_for_apostrophe_kept_as_written_06SANJOSE1955,
    test_h24_curly_apostrophe_kept_as_written_00HARARE5461,
    test_h24_non_breaking_space_in_paragraph_08TEGUCIGALPA459; test_classified_by.py:
    test_comma_for_apostrophe_in_the_name_09ANKARA1084; test_seed.py:
    test_seed_crlf_and_tabs_keep_offsets
H-25 NNNN and BT
    test_h25_bt_line_after_banner_08SANJOSE928,
    test_h25_nnnn_and_partner_footer_04CARACAS2200; test_signature.py:
    test_signature_before_trailers (04CARACAS1540)
H-26 XMT, collectives, military office suffixes
    test_h26_offices_and_collective_without_ri_08STATE85663,
    test_h26_xmt_belongs_to_the_collective_10SARAJEVO134,
    test_h26_xmt_line_and_repeated_plad_09STATE67105,
    test_h6_routine_never_written_97WELLINGTON1656; test_addressees.py:
    test_xmt_excludes_from_collective_above_89STATE401887; test_fields.py:
    test_xmt_excluded_addressee_07SANJOSE1106, test_military_office_suffix_05REYKJAVIK520,
    test_military_office_suffix_on_fm_09PARTO40301
H-27 precedence typos, misspelt PLADs
    test_h27_piority_read_as_priority_09BAKU179, test_h27_precedence_before_cut_number_09BAKU179
    test_h27_prioity_read_as_priority_08BRASILIA93,
    test_h27_misspelt_plads_kept_as_written_08BRASILIA93
H-28 case
    test_h28_lower_and_mixed_case_header_88BAGHDAD28; test_fields.py:
    test_banner_lower_case_08BERLIN643, test_tags_lower_case_08BERLIN643,
    test_subject_lower_case_marking_08BERLIN643,
    test_ref_lower_case_letters_two_digit_year_08BERLIN643; test_tags.py:
    test_tags_glued_to_eo_line_mixed_case_04ANKARA348
H-29 footers and signatures
    test_h29_minimize_considered_before_signature_09BRUSSELS536,
    test_h29_signature_written_twice_09BELGRADE765, test_h29_mixed_case_signature_03RANGOON1452,
    test_h29_signature_with_period_after_website_line_05NEWDELHI9527; test_fields.py:
    test_footer_visit_classified_web_site_04OTTAWA3115, test_signature_08EFTOLONDON2883;
    test_signature.py: test_signature_before_trailers
H-30 Julian day, DTG and Created disagree
    test_h30_de_dtg_and_created_disagree_10BUENOSAIRES71,
    test_h15_created_metadata_does_not_override_dtg_08STOCKHOLM748,
    test_h7_retransmission_days_after_dtg_09STATE99783
"""

from __future__ import annotations

import datetime as dt

import cablegram
from cablegram import Classification, Precedence, ReferenceKind, Severity, TagKind
from cablegram.check.coverage import uncovered
from cablegram.model import DatePrecision

UTC = dt.timezone.utc


def src(text: str, obj: object) -> str:
    span = obj.span  # type: ignore[attr-defined]
    return text[span.start : span.end]


def codes(cable: cablegram.Cable) -> list[str]:
    return [d.code for d in cable.diagnostics]


def errors(cable: cablegram.Cable) -> list[str]:
    return [d.code for d in cable.diagnostics if d.severity is Severity.ERROR]


# =============================================================== H-1 two headers in one file

# 03THEHAGUE2670, lines 1-64
THEHAGUE2670 = """\
This record is a partial extract of the original cable. The full text of the original \
cable is not available.

C O N F I D E N T I A L THE HAGUE 002670

SIPDIS

E.O. 12958: DECL: 10/21/2013
TAGS: PREL KPAL NL UNGA
SUBJECT: DUTCH PLANS FOR UNGA MIDDLE EAST RESOLUTIONS

REF: A. SECSTATE 296471

     ¶B. SECSTATE 296490

Classified By: A/PolCouns ...




11541

2003-10-21

03THEHAGUE2670

Embassy The Hague

CONFIDENTIAL

03SECSTATE296471

C O N F I D E N T I A L THE HAGUE 002670

SIPDIS

E.O. 12958: DECL: 10/21/2013
TAGS: PREL KPAL NL UNGA
SUBJECT: DUTCH PLANS FOR UNGA MIDDLE EAST RESOLUTIONS

REF: A. SECSTATE 296471

¶B. SECSTATE 296490

Classified By: A/PolCouns Nathaniel P. Dean Reason 1.5 (b)

(C) The GoNL will either abstain or vote no today (10/21) on
an UNGA resolution seeking an advisory opinion from the
International Court of Justice on whether the Israeli barrier
currently being built must be taken down. The GoNL has yet
to decide how it will vote on the resolution to declare
Israel in violation of international law due to the fence.
Pieter Ramaer, head of the MFA's UN Political and Judicial
Division, reported that the EU wants to avoid a split vote;
however, it may very well occur. EU countries will meet at
9:00 EST on 10/21 to further discuss the resolution. Ramaer
reported the Dutch are currently uncomfortable with some of
the text. (Note: Ramaer only elaborated by stating that the
Dutch are reviewing the wording used in the naming of
terrorist organizations. End note.) Ramaer stated that
nevertheless if the text of the resolution was decent, the
GoNL would be inclined to vote favorably for the resolution.
He said that several EU states are strongly inclined to vote
in favor of the resolution, no matter the text.
SOBEL
"""


def test_h1_cut_copy_record_dump_then_full_copy_03THEHAGUE2670() -> None:
    # The page gives the header cut at "A/PolCouns ...", a record dump, then the header
    # in full; the fields come from the full copy.
    cable = cablegram.parse_cable(THEHAGUE2670)
    assert "header-truncated-copy" in codes(cable)
    assert errors(cable) == []
    b = cable.banner
    assert (b.classification, b.origin, b.serial) == (
        Classification.CONFIDENTIAL,
        "THE HAGUE",
        "002670",
    )
    assert cable.subject.text == "DUTCH PLANS FOR UNGA MIDDLE EAST RESOLUTIONS"
    assert [(r.letter, r.origin, r.serial) for r in cable.references] == [
        ("A", "STATE", "296471"),
        ("B", "STATE", "296490"),
    ]
    c = cable.classified_by
    assert (c.name, c.title, c.reason_section, c.reason_letters) == (
        "Nathaniel P. Dean",
        "A/PolCouns",
        "1.5",
        ("b",),
    )
    assert src(THEHAGUE2670, c).startswith("Classified By: A/PolCouns Nathaniel P. Dean")
    assert any("Classified By: A/PolCouns ...\n" in w.text for w in cable.wrapper)
    # H-20: the only paragraph has a mark and no number
    (p,) = cable.paragraphs
    assert p.number is None
    assert p.marking.level == "C"
    assert p.text.startswith("The GoNL will either abstain or vote no today (10/21)")
    assert cable.signature.text == "SOBEL"
    assert uncovered(cable) == []


def test_h23_record_dump_gives_date_and_id_03THEHAGUE2670() -> None:
    cable = cablegram.parse_cable(THEHAGUE2670)
    assert cable.reference_id == "03THEHAGUE2670"
    assert cable.date is not None and cable.date.date() == dt.date(2003, 10, 21)
    assert [r.cable_id for r in cable.references] == ["03STATE296471", "03STATE296490"]
    assert uncovered(cable) == []


def test_h23_record_dump_gives_the_day_only_03THEHAGUE2670() -> None:
    # The dump gives the day only: the date is 00:00 UTC of that day, to the day; its
    # year dates the banner's id and the REF list.
    cable = cablegram.parse_cable(THEHAGUE2670)
    assert cable.reference_id == "03THEHAGUE2670"
    assert [r.cable_id for r in cable.references] == ["03STATE296471", "03STATE296490"]
    assert cable.date == dt.datetime(2003, 10, 21, tzinfo=UTC)
    assert cable.date_precision is DatePrecision.DAY
    assert cable.to_dict()["date_precision"] == "day"
    (found,) = [d for d in cable.diagnostics if d.code == "date-from-wrapper"]
    assert src(THEHAGUE2670, found).split() == ["11541", "2003-10-21", "03THEHAGUE2670"]
    assert "dtg-missing" not in codes(cable)
    assert uncovered(cable) == []


# 03ABUDHABI2641, lines 1-76
ABUDHABI2641 = """\
null
Diana T Fritz  03/21/2007 05:47:09 PM  From  DB/Inbox:  Search Results

Cable
Text:


CONFIDENTIAL

SIPDIS
TELEGRAM                                            June 03, 2003


To:       No Action Addressee

Action:   Unknown

From:     AMEMBASSY ABU DHABI (ABU DHABI 2641 - UNKNOWN)

TAGS:     PREL, EPET, EAID, PGOV

Captions: None

Subject:  UAE TO SUPPORT JORDAN OIL NEEDS FOR THREE MORE MONTHS,
          PROVIDED $40 MILLION TO RABAT AFTER TERROR ATTACKS

Ref:      None
_________________________________________________________________
C O N F I D E N T I A L        ABU DHABI 02641

SIPDIS
CXABU:
    ACTION: POL
    INFO:   AMB DCM P/M ECON RSO

DISSEMINATION: POL
CHARGE: PROG

APPROVED: AMB:MMWAHBA
DRAFTED: POL:STWILLIAMS
CLEARED: A/DCM:TEWILLIAMS; ECON:CMCRUMPLER

VZCZCADI319
OO RUEHC RUEHAM RUEHRB RUEHRH RUEHKU RHEHNSC
RUEAIIA RHEFDIA RUCJACC
DE RUEHAD #2641 1541250
ZNY CCCCC ZZH
O 031250Z JUN 03
FM AMEMBASSY ABU DHABI
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0227
INFO RUEHAM/AMEMBASSY AMMAN 0446
RUEHRB/AMEMBASSY RABAT 0279
RUEHRH/AMEMBASSY RIYADH 1263
RUEHKU/AMEMBASSY KUWAIT 0863
RHEHNSC/NSC WASHINGTON DC
RUEAIIA/CIA WASHINGTON DC
RHEFDIA/DIA WASHDC
RUCJACC/USCINCCENT MACDILL AFB FL//CCJ2/POLAD//

C O N F I D E N T I A L ABU DHABI 002641

SIPDIS

S/S-O PLEASE PASS NEA A/S BURNS

STATE FOR NEA/ARP, NEA/ARN AND NEA/ENA

NSC FOR THEROUX

EO 12958 DECL: 06/03/08
TAGS PREL, EPET, EAID, PGOV, JO, MO, SA, KU, TC
SUBJECT:  UAE TO SUPPORT JORDAN OIL NEEDS FOR
THREE MORE MONTHS, PROVIDED $40 MILLION TO RABAT AFTER TERROR ATTACKS
REF: Abu Dhabi 1384

¶1. (U) Classified by Ambassador Marcelle M. Wahba for reasons 1.5 (B) and (D).
"""


def test_h1_header_after_first_banner_03ABUDHABI2641() -> None:
    cable = cablegram.parse_cable(ABUDHABI2641)
    assert cable.reference_id == "03ABUDHABI2641"
    assert cable.date == dt.datetime(2003, 6, 3, 12, 50, tzinfo=UTC)
    assert cable.transmission.station.serial == "2641"
    assert cable.origin.address == "AMEMBASSY ABU DHABI"
    assert [a.address for a in cable.recipients] == ["SECSTATE WASHDC"]
    assert len(cable.info_recipients) == 8
    assert cable.declassification.date == dt.date(2008, 6, 3)
    assert [t.code for t in cable.tags] == [
        "PREL", "EPET", "EAID", "PGOV", "JO", "MO", "SA", "KU", "TC"
    ]  # fmt: skip
    assert cable.subject.text == (
        "UAE TO SUPPORT JORDAN OIL NEEDS FOR THREE MORE MONTHS, PROVIDED $40 MILLION TO "
        "RABAT AFTER TERROR ATTACKS"
    )
    c = cable.classified_by
    assert (c.name, c.reason_section, c.reason_letters) == ("Marcelle M. Wahba", "1.5", ("b", "d"))
    assert uncovered(cable) == []


# 09STATE99783, lines 1-40
STATE99783 = """\
VZCZCXYZ0001
PP RUEHWEB

DE RUEHC #9783 2712205
ZNY CCCCC ZZH ZDS
P 242122Z SEP 09
FM SECSTATE WASHDC
TO RUEHRK/AMEMBASSY REYKJAVIK PRIORITY 9759-9760
INFO RUCPDOC/USDOC WASHINGTON DC PRIORITY 5874-5875

C O N F I D E N T I A L STATE 099783

C O N F I D E N T I A L STATE 099783

SENSITIVE

SIPDIS

2ND C O R R E C T E D   C O P Y   (ADDED SIPDIS, PORTION MARKINGS-
                                     PARA'S 1, 5 & 6 AND TEXT)
COMMERCE PASS TO NOAA (MEDINA)

E.O. 12958: DECL: 09/25/2019
TAGS: EFIS IC KSCA PGOV SENV IWC
SUBJECT: US PARTICIPATION IN JOINT DEMARCHE TO ICELAND ON
ITS WHALING ACTIVITIES

Classified By: OES/OPA, Evan Bloom for reasons 1.4 (b) and (d)

¶1.  (SBU) SUMMARY: This is an action request.  Post is requested
TO participate in a joint demarche to the Government of Iceland
concerning their recent decisions regarding whaling
activities.  The text of the demarche is contained in
paragraph 5.  The United Kingdom has agreed to lead the
demarche, and is joined by the governments of Argentina,
Australia, Austria, Chile, the Czech Republic, Ecuador,
Finland, France, Germany, Ireland, Israel, Luxembourg,
Mexico, Monaco, The Netherlands, New Zealand, Panama, Peru,
Portugal, Spain, Sweden, the United States and Uruguay. The
demarche is meant to encourage the GOI to review its policies
"""


def test_h1_banner_written_twice_09STATE99783() -> None:
    cable = cablegram.parse_cable(STATE99783)
    assert src(STATE99783, cable.banner) == "C O N F I D E N T I A L STATE 099783"
    assert [h.text for h in cable.handling] == ["COMMERCE PASS TO NOAA (MEDINA)"]
    assert [c.name for c in cable.captions] == ["SENSITIVE", "SIPDIS", "CORRECTED COPY"]
    assert "ADDED SIPDIS, PORTION MARKINGS" in cable.captions[2].note
    assert uncovered(cable) == []


def test_h1_repeated_banner_kept_as_wrapper_09STATE99783() -> None:
    cable = cablegram.parse_cable(STATE99783)
    first = STATE99783.index("C O N F I D E N T I A L STATE 099783")
    assert cable.banner.span.start == first
    (again,) = cable.wrapper
    assert again.text == "C O N F I D E N T I A L STATE 099783"
    assert again.span.start > cable.banner.span.end
    assert "header-repeated" in codes(cable)
    assert [c.name for c in cable.captions][:2] == ["SENSITIVE", "SIPDIS"]
    assert uncovered(cable) == []


# ======================================================= H-2 FM/TO at a line start in the body

# 06SANJOSE1955, lines 1-45
SANJOSE1955 = """\
VZCZCXYZ0018
OO RUEHWEB

DE RUEHSJ #1955/01 2441724
ZNY CCCCC ZZH
O 011724Z SEP 06
FM AMEMBASSY SAN JOSE
TO RUEHC/SECSTATE WASHDC IMMEDIATE 5994
INFO RUEHZA/WHA CENTRAL AMERICAN COLLECTIVE IMMEDIATE
RUEHSG/AMEMBASSY SANTIAGO IMMEDIATE 0418
RUEHME/AMEMBASSY MEXICO IMMEDIATE 3588
RUEHUB/USINT HAVANA IMMEDIATE 0017

C O N F I D E N T I A L SAN JOSE 001955

SIPDIS

SIPDIS

E.O. 12958: DECL: 09/01/2016
TAGS: PREL PGOV CU CI CS
SUBJECT: COSTA RICA ON CUBAN TRANSITION: WE,LL DO IT OUR WAY

REF: A. STATE 139584
     ¶B. WHA-SAN JOSE EMAIL 8/16/06

Classified By: Ambassador Mark Langdale for reason 1.4 (d)

¶1.  (C) SUMMARY:  On August 28, Ambassador and DCM called on
FM Bruno Stagno to discuss how to further bilateral and
regional cooperation in support of a democratic transition in
Cuba.  Stagno was receptive to the suggestion that Arias and
the GOCR use Costa Rica,s "moral stature" to advocate change
in Cuba, but with caveats.  He said the GOCR is not convinced
a genuine transition us underway; Costa Rica has limited
moral authority with Cuba, anyway; Arias will have to focus
more on domestic or other pressing international issues (such
as relations with Nicaragua); and Mexico,s domestic
political uncertainties have hampered efforts to form a
contact group with Chile and Costa Rica.  Stagno raised the
notion of first lifting the U.S. embargo as a catalyst for
motivating the Cuban "street." The Ambassador made clear that
this was decidedly not the USG view.  The FM dismissed the
September 1 SICA meeting as "technical," and thus not the
venue for crafting a common approach on Cuba.  Neither he nor
"""


def test_h2_fm_foreign_minister_at_line_start_06SANJOSE1955() -> None:
    cable = cablegram.parse_cable(SANJOSE1955)
    assert cable.origin.address == "AMEMBASSY SAN JOSE"
    assert src(SANJOSE1955, cable.origin) == "FM AMEMBASSY SAN JOSE"
    assert [a.address for a in cable.recipients] == ["SECSTATE WASHDC"]
    assert [a.address for a in cable.info_recipients] == [
        "WHA CENTRAL AMERICAN COLLECTIVE",
        "AMEMBASSY SANTIAGO",
        "AMEMBASSY MEXICO",
        "USINT HAVANA",
    ]
    (p,) = cable.paragraphs
    assert "Ambassador and DCM called on FM Bruno Stagno to discuss" in p.text
    assert "The FM dismissed the September 1 SICA meeting" in p.text
    assert errors(cable) == []
    assert uncovered(cable) == []


def test_h2_to_at_line_start_in_body_09STATE99783() -> None:
    cable = cablegram.parse_cable(STATE99783)
    assert cable.origin.address == "SECSTATE WASHDC"
    assert len(cable.recipients) == 1 and len(cable.info_recipients) == 1
    assert not any("participate" in a.address for a in cable.recipients + cable.info_recipients)
    (p,) = cable.paragraphs
    assert "Post is requested TO participate in a joint demarche" in p.text
    assert uncovered(cable) == []


# ======================================================= H-3 FL2 routing indicators

# 10MADRID192, lines 1-51
MADRID192 = """\
VZCZCMDI661
PP RUEHC GIPNC RUEHBY RUEHRB RUEHUL RUEHTC
RUEHKO RUEHLA RHMCSUU RUEAIIA RHEHNSC RUEKJCS RUEHBS RUEHGV
RUEHNO RUEHUNV RUCNDT
DE RUEHMD #0192/01 0501418
ZNY CCCCC ZZH
P 191418Z FEB 10
FM AMEMBASSY MADRID
TO RUEHC/SECSTATE WASHDC PRIORITY 1976
INFO GIPNC/GLOBAL INITIATIVE PARTNER NATIONS COLLECTIVE PRIORITY
RUEHBY/AMEMBASSY CANBERRA PRIORITY 0898
RUEHRB/AMEMBASSY RABAT PRIORITY 6141
RUEHUL/AMEMBASSY SEOUL PRIORITY 0747
RUEHTC/AMEMBASSY THE HAGUE PRIORITY 7344
RUEHKO/AMEMBASSY TOKYO PRIORITY 0765
RUEHLA/AMCONSUL BARCELONA PRIORITY 4390
RHMCSUU/DEPT OF ENERGY WASHINGTON DC PRIORITY
RUEAIIA/CIA WASHDC PRIORITY
RHEHNSC/NSC WASHDC PRIORITY
RUEKJCS/SECDEF WASHDC PRIORITY
RUEHBS/USEU BRUSSELS PRIORITY
RUEHGV/USMISSION GENEVA PRIORITY 0008
RUEHNO/USMISSION USNATO PRIORITY 1612
RUEHUNV/USMISSION UNVIE VIENNA PRIORITY 0171
RUCNDT/USMISSION USUN NEW YORK PRIORITY 0552

C O N F I D E N T I A L SECTION 01 OF 02 MADRID 000192

SIPDIS

DEPARTMENT FOR EUR/WE (MCKNIGHT, ZERDECKI), NEA/FO
(CATALANO), ISN/RA (NEPHEW, ALLEN-CLOSE, MONGIELLO),
ISN/WMD, EUR/ERA (DEAN),
DEPARTMENT PASS TO NSC (RYU, MAGSAMEN, HOLGATE, CONNERY,
SAMORE, BRADLEY)
DEPARTMENT PASS TO DOE (GOREVICH)
FOR USUNVIE/IAEA

E.O. 12958: DECL: 02/17/2020

TAGS: PARM PREL SP KNNP MO KGIC PTER

SUBJECT: SPAIN: MFA DISCUSSES COMBATING NUCLEAR TERRORISM

REF: A. RABAT 47
¶B. MADRID 125
¶C. 09 MADRID 98

Classified By: Charge d'Affaires Arnold A. Chacon for reasons 1.4 (b) a
nd (d)

"""


def test_h3_routing_over_three_lines_non_r_indicator_10MADRID192() -> None:
    cable = cablegram.parse_cable(MADRID192)
    routing = cable.transmission.routing
    assert (routing.digraph, routing.precedence) == ("PP", Precedence.PRIORITY)
    fl2 = [ri.value for ri in routing.indicators]
    assert fl2 == [
        "RUEHC", "GIPNC", "RUEHBY", "RUEHRB", "RUEHUL", "RUEHTC",
        "RUEHKO", "RUEHLA", "RHMCSUU", "RUEAIIA", "RHEHNSC", "RUEKJCS", "RUEHBS", "RUEHGV",
        "RUEHNO", "RUEHUNV", "RUCNDT",
    ]  # fmt: skip
    assert src(MADRID192, routing).endswith("RUEHNO RUEHUNV RUCNDT")
    assert [src(MADRID192, ri) for ri in routing.indicators] == fl2
    # GIPNC does not start with R, and it is also an addressee's RI
    gipnc = cable.info_recipients[0]
    assert (gipnc.routing_indicator, gipnc.address, gipnc.collective) == (
        "GIPNC",
        "GLOBAL INITIATIVE PARTNER NATIONS COLLECTIVE",
        True,
    )
    assert (gipnc.precedence, gipnc.number) == (Precedence.PRIORITY, None)
    # RUEHBS is Embassy Brussels' RI in ACP 117; here it carries USEU's PLAD
    (useu,) = [a for a in cable.info_recipients if a.routing_indicator == "RUEHBS"]
    assert useu.address == "USEU BRUSSELS"
    addressed = {a.routing_indicator for a in cable.recipients + cable.info_recipients}
    assert addressed == set(fl2)
    assert uncovered(cable) == []


# 08STATE85663, lines 1-50
STATE85663 = """\
VZCZCXRO7367
OO RUEHAG RUEHAO RUEHBC RUEHBI RUEHCD RUEHCHI RUEHCI RUEHCN RUEHDE
RUEHDT RUEHDU RUEHFK RUEHFL RUEHGA RUEHGD RUEHGH RUEHHA RUEHHM RUEHHO
RUEHHT RUEHIHL RUEHKN RUEHKSO RUEHKUK RUEHKW RUEHLA RUEHLH RUEHMC
RUEHMJ RUEHMR RUEHMRE RUEHMT RUEHNG RUEHNH RUEHNL RUEHNP RUEHPA RUEHPB
RUEHPT RUEHPW RUEHQU RUEHRD RUEHRG RUEHRN RUEHROV RUEHRS RUEHTM
RUEHTRO RUEHVC
DE RUEHC #5663/01 2232156
ZNY SSSSS ZZH
O 102151Z AUG 08
FM SECSTATE WASHDC
TO RUEHSI/AMEMBASSY TBILISI IMMEDIATE 8255
INFO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE IMMEDIATE
RUEHTRO/AMEMBASSY TRIPOLI IMMEDIATE 2154
RHEHAAA/WHITE HOUSE WASHINGTON DC IMMEDIATE 3467
RHEHNSC/NSC WASHINGTON DC IMMEDIATE 1184
RHMFISS/JOINT STAFF WASHINGTON DC IMMEDIATE
RUEKJCS/SECDEF WASHINGTON DC//USD:SOLIC// IMMEDIATE
RHRMAKS/COMFIFTHFLT IMMEDIATE
RHMFISS/COMSIXTHFLT IMMEDIATE
RHMFISS/NGA HQ BETHESDA MD IMMEDIATE
RHMFISS/COMSOCEUR VAIHINGEN GE IMMEDIATE
RHHJJAA/JICPAC PEARL HONOLULU HI IMMEDIATE
RHHMUNA/HQ USPACOM HONOLULU HI IMMEDIATE
RHMFISS/CDR USSOCOM MACDILL AFB FL IMMEDIATE
RHMFISS/CDR USCENTCOM MACDILL AFB FL IMMEDIATE
RHMFISS/CDR USJFCOM NORFOLK VA IMMEDIATE
RHMFISS/CDR USEUCOM VAIHINGEN GE IMMEDIATE
RUEADWD/HQ DA WASHINGTON DC//DAPE:PRO// IMMEDIATE
RUEADWD/HQ DA WASHINGTON DC//DAPE-PRR-C// IMMEDIATE
RUEADWD/HQ DA WASHINGTON DC//DAPE:MO// IMMEDIATE
RUEADWD/DA WASHINGTON DC//DAMO-AOC-CAT//PCC// IMMEDIATE
RHMFISS/CDR USSTRATCOM OFFUTT AFB NE IMMEDIATE
RHEFDIA/DIA WASHINGTON DC//TWC// IMMEDIATE
RUEKJCS/JOINT STAFF WASHINGTON DC//J-1//J-3:JOD// IMMEDIATE
RHMFISS/CDR USSOUTHCOM MIAMI FL IMMEDIATE
RUMIAAA/HQ USSOUTHCOM J2 MIAMI FL IMMEDIATE
RHMFISS/HQ USSOUTHCOM J3 MIAMI FL IMMEDIATE
RUEAIIA/CIA WASHINGTON DC IMMEDIATE 6278
RHMCSUU/FBI WASHINGTON DC IMMEDIATE 0697

S E C R E T SECTION 01 OF 02 STATE 085663

SIPDIS

E.O. 12958: DECL: 08/10/2018
TAGS: AEMR ASEC CASC KFLO MARR PREL PINR AMGT GG
SUBJECT: TFGG01: GEORGIA TASK FORCE SITUATION REPORT NO.
05

"""


def test_h3_routing_over_six_lines_ri_shared_by_plads_08STATE85663() -> None:
    cable = cablegram.parse_cable(STATE85663)
    routing = cable.transmission.routing
    lines = STATE85663.split("\n")[1:7]
    assert [ri.value for ri in routing.indicators] == " ".join(lines).split()[1:]
    assert len(routing.indicators) == 49
    fl2 = {ri.value for ri in routing.indicators}
    # FL2 is delivery routing for the collective, not the address list
    assert "RUEHSI" not in fl2  # the action addressee, Tbilisi
    assert cable.recipients[0].routing_indicator == "RUEHSI"
    # one RI serves many PLADs
    assert [a.address for a in cable.info_recipients if a.routing_indicator == "RHMFISS"] == [
        "JOINT STAFF WASHINGTON DC",
        "COMSIXTHFLT",
        "NGA HQ BETHESDA MD",
        "COMSOCEUR VAIHINGEN GE",
        "CDR USSOCOM MACDILL AFB FL",
        "CDR USCENTCOM MACDILL AFB FL",
        "CDR USJFCOM NORFOLK VA",
        "CDR USEUCOM VAIHINGEN GE",
        "CDR USSTRATCOM OFFUTT AFB NE",
        "CDR USSOUTHCOM MIAMI FL",
        "HQ USSOUTHCOM J3 MIAMI FL",
    ]
    assert cable.reference_id == "08STATE85663"
    assert uncovered(cable) == []


# ======================================================= H-4 page header in the address list

# 09STATE3691, lines 1-21
STATE3691 = """\
P R 141616Z JAN 09
FM SECSTATE WASHDC
TO AMEMBASSY BRASILIA PRIORITY
INFO PAGE 02        STATE   003691  141623Z
MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE
AMEMBASSY KYIV

C O N F I D E N T I A L STATE 003691


E.O. 12958: DECL: 01/31/2034
TAGS: MTCRE KSCA PARM PREL MNUC ETTC TSPA UP BR

SUBJECT: RESPONDING TO UKRAINIAN QUESTIONS CONCERNING USG
SUPPORT FOR UKRAINIAN-BRASILIAN SLV JOINT VENTURE AT ALCANTARA (C)

REF: A. 08 BRASILIA 001652
¶B. 05 STATE 141756 (AND PREVIOUS)
Classified By: ISN/MTR Director Pam Durham. Reason: 1.5 (B), (D).

¶1. (U) This is an action request. Embassy Brasilia, please see paragraph 7.
"""


def test_h4_page_header_on_info_line_09STATE3691() -> None:
    cable = cablegram.parse_cable(STATE3691)
    assert cable.reference_id == "09STATE3691"
    (to,) = cable.recipients
    assert (to.address, to.precedence) == ("AMEMBASSY BRASILIA", Precedence.PRIORITY)
    assert [a.address for a in cable.info_recipients] == [
        "MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE",
        "AMEMBASSY KYIV",
    ]
    (page,) = cable.page_markers
    assert page.text == "PAGE 02        STATE   003691  141623Z"
    assert src(STATE3691, page) == page.text
    assert "page-in-addressees" in codes(cable)
    assert not any("PAGE" in a.address for a in cable.info_recipients)
    assert uncovered(cable) == []


# 09STATE37566, lines 1-50
STATE37566 = """\
INFO  LOG-00   EEB-00   AF-00    AGRE-00  VIN-00   AID-00   AMAD-00
      COME-00  INL-00   DODE-00  DOTE-00  DS-00    EAP-00   DHSE-00
      EUR-00   OIGO-00  FAAE-00  FBIE-00  VCI-00   H-00     TEDE-00
      IO-00    LAB-01   L-00     CAC-00   MOFM-00  MOF-00   CDC-00
      VCIE-00  DCP-00   NSAE-00  ISN-00   OIC-00   OMB-00   NIMA-00
      MCC-00   GIWI-00  PPT-00   SGAC-00  ISNE-00  DOHS-00  FMPC-00
      IRM-00   DPM-00   EVR-00   NCTC-00  CBP-00   BBG-00   R-00
      EPAE-00  SCRS-00  DSCC-00  PRM-00   DRL-00   CARC-00  NFAT-00
      SAS-00   DTT-00   FA-00      /001R


R 161417Z APR 09
FM SECSTATE WASHDC
TO AMEMBASSY BAMAKO
AMEMBASSY BANJUL
AMEMBASSY DAKAR
AMEMBASSY NDJAMENA
AMEMBASSY NIAMEY
AMEMBASSY NOUAKCHOTT
AMEMBASSY OUAGADOUGOU
AMEMBASSY PRAIA
INFO PAGE 02        STATE   037566  161435Z
DIA WASHINGTON DC//DHI-1B/CLM//DP//
CIA WASHINGTON DC//NHTC// 0000
AMEMBASSY LONDON
AMEMBASSY PARIS
AMEMBASSY ABUJA
AMCONSUL LAGOS
AMEMBASSY ACCRA

S E C R E T STATE 037566


NOFORN

E.O. 12958: DECL: 04/16/2034
TAGS: PINR KSPR ECON CD CV GA ML MR NG SG UV
SUBJECT: (S) REPORTING AND COLLECTION NEEDS: WEST AFRICA
SAHEL REGION

REF: A. 08 STATE 124337
     ¶B. 04 STATE 179667

Classified By: CATHERINE BROWN, DAS IPC.  REASON: 1.4(C).

 ¶1. (S/NF) This cable provides the full text of the new
National HUMINT Collection Directive (NHCD) on the West
Africa Sahel region (paragraph 3-end) as well as a request
for continued DOS reporting of biographic information
relating to the West Africa Sahel region (paragraph 2).
"""


def test_h4_page_header_in_info_list_after_office_list_09STATE37566() -> None:
    cable = cablegram.parse_cable(STATE37566)
    assert cable.reference_id == "09STATE37566"
    assert cable.date == dt.datetime(2009, 4, 16, 14, 17, tzinfo=UTC)
    assert cable.origin.address == "SECSTATE WASHDC"
    assert [a.address for a in cable.recipients] == [
        "AMEMBASSY BAMAKO", "AMEMBASSY BANJUL", "AMEMBASSY DAKAR", "AMEMBASSY NDJAMENA",
        "AMEMBASSY NIAMEY", "AMEMBASSY NOUAKCHOTT", "AMEMBASSY OUAGADOUGOU", "AMEMBASSY PRAIA",
    ]  # fmt: skip
    assert [a.address for a in cable.info_recipients] == [
        "DIA WASHINGTON DC", "CIA WASHINGTON DC", "AMEMBASSY LONDON", "AMEMBASSY PARIS",
        "AMEMBASSY ABUJA", "AMCONSUL LAGOS", "AMEMBASSY ACCRA",
    ]  # fmt: skip
    cia = cable.info_recipients[1]
    assert (cia.offices, cia.number) == (("NHTC",), "0000")
    (page,) = cable.page_markers
    assert page.text == "PAGE 02        STATE   037566  161435Z"
    assert "page-in-addressees" in codes(cable)
    copy = cable.received_copy
    assert (copy.info[0].office, copy.info[0].copies) == ("LOG", 0)
    assert (copy.total, copy.copy_mark) == (1, "R")
    assert uncovered(cable) == []


# ======================================================= H-5 DTG and security-line tails

# 10BUENOSAIRES71, lines 1-29
BUENOSAIRES71 = """\
VZCZCXYZ0006
OO RUEHWEB

DE RUEHBU #0071/01 0391433
ZNY CCCCC ZZH
O R 041614Z FEB 10     (CCY ADX1C30B8 ICTOQ0621-623)
FM AMEMBASSY BUENOS AIRES
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0436
INFO MERCOSUR COLLECTIVE
RHEBAAA/DEPT OF ENERGY WASHINGTON DC
RHEHAAA/NATIONAL SECURITY COUNCIL WASHINGTON DC
RHMFISS/DEPT OF JUSTICE WASHINGTON DC
RUEAIIA/CIA WASHINGTON DC
RUEATRS/DEPT OF TREASURY WASHINGTON DC
RUEHLO/AMEMBASSY LONDON 0027
RUMIESS/SOUTHCOM IESS MIAMI FL

C O N F I D E N T I A L BUENOS AIRES 000071

C O R R E C T E D C O P Y - ADDED AMEMBASSY LONDON AS ADDITIONAL
ADDRESSEE.

SIPDIS
DEPT OF ENERGY FOR MANOLIS PRIONIOTAKIS

E.O. 12958: DECL: 2020/02/04
TAGS: ECON EFIN PREL PGOV ENRG AR
SUBJECT: Argentina: Saber Rattling over Oil Exploration in the
Falklands
"""


def test_h5_terminal_note_after_dtg_10BUENOSAIRES71() -> None:
    cable = cablegram.parse_cable(BUENOSAIRES71)
    g = cable.dtg
    assert g.value == dt.datetime(2010, 2, 4, 16, 14, tzinfo=UTC)
    assert g.prosigns == ("O", "R")
    assert (g.action_precedence, g.info_precedence) == (Precedence.IMMEDIATE, Precedence.ROUTINE)
    assert g.raw == "041614Z FEB 10"
    assert g.signals == ("(CCY ADX1C30B8 ICTOQ0621-623)",)
    assert src(BUENOSAIRES71, g) == "O R 041614Z FEB 10     (CCY ADX1C30B8 ICTOQ0621-623)"
    assert errors(cable) == []
    assert uncovered(cable) == []


# 06MADRID2908, lines 1-21
MADRID2908 = """\
VZCZCXYZ0012
OO RUEHWEB

DE RUEHMD #2908 3211713
ZNY SSSAA ZZH
O 171713Z NOV 06
FM AMEMBASSY MADRID
TO RUEHC/SECSTATE WASHDC IMMEDIATE 1333
INFO RUEATRS/DEPT OF TREASURY WASHDC IMMEDIATE
RULSDMK/DEPT OF TRANSPORTATION WASHDC IMMEDIATE
RUCPDOC/DEPT OF COMMERCE WASHDC IMMEDIATE
RUEKJCS/SECDEF WASHDC IMMEDIATE
RUEKJCS/JOINT STAFF WASHDC IMMEDIATE
RHMFISS/USCENTCOM INTEL CEN MACDILL AFB FL IMMEDIATE
RHEHNSC/NSC WASHDC IMMEDIATE
RUETIAA/DIRNSA FT GEORGE G MEADE MD IMMEDIATE
RHEFDIA/DIA WASHDC IMMEDIATE
RUEAIIA/CIA WASHDC IMMEDIATE
RUCNFB/FBI WASHDC IMMEDIATE

S E C R E T MADRID 002908
"""


def test_h5_security_characters_sssaa_06MADRID2908() -> None:
    cable = cablegram.parse_cable(MADRID2908)
    s = cable.transmission.security
    assert (s.signal, s.characters, s.signals) == ("ZNY", "SSSAA", ("ZZH",))
    assert s.classification is Classification.SECRET  # from the first character
    assert cable.classification is Classification.SECRET
    assert src(MADRID2908, s) == "ZNY SSSAA ZZH"
    assert errors(cable) == []
    assert uncovered(cable) == []


# 07PARIS159, lines 1-13
PARIS159 = """\
VZCZCXYZ0009
OO RUEHWEB

DE RUEHFR #0159 0161533
ZNY CCCCC ZZH(CCY AD6CB6C9 WSC6493 634)
O 161533Z JAN 07
FM AMEMBASSY PARIS
TO RUEHC/SECSTATE WASHDC IMMEDIATE 4210
INFO RUEHXK/ARAB ISRAELI COLLECTIVE PRIORITY
RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITY
RUCNDT/USMISSION USUN NEW YORK PRIORITY 1091

C O N F I D E N T I A L PARIS 000159
"""


def test_h5_terminal_note_glued_to_security_line_07PARIS159() -> None:
    cable = cablegram.parse_cable(PARIS159)
    s = cable.transmission.security
    assert (s.characters, s.classification) == ("CCCCC", Classification.CONFIDENTIAL)
    assert s.signals == ("ZZH", "(CCY AD6CB6C9 WSC6493 634)")
    assert cable.dtg.signals == ()
    assert errors(cable) == []
    assert uncovered(cable) == []


# 08NAIROBI1363, lines 1-13
NAIROBI1363 = """\
VZCZCXRO2700
OO RUEHDE RUEHROV RUEHTRO
DE RUEHNR #1363/01 1551401
ZNY SSSSS ZZH
O 031401Z JUN 08 ZDS CTG RUEHSD 0020 1580042
FM AMEMBASSY NAIROBI
TO RUEHC/SECSTATE WASHDC IMMEDIATE 5949
INFO RUCNSOM/SOMALIA COLLECTIVE IMMEDIATE
RHMFISS/CJTF HOA
RHEHNSC/NSC WASHDC
RHMFISS/CDR USCENTCOM MACDILL AFB FL

S E C R E T SECTION 01 OF 02 NAIROBI 001363
"""


def test_h5_service_text_after_dtg_08NAIROBI1363() -> None:
    cable = cablegram.parse_cable(NAIROBI1363)
    g = cable.dtg
    assert g.value == dt.datetime(2008, 6, 3, 14, 1, tzinfo=UTC)
    assert g.signals == ("ZDS", "CTG", "RUEHSD", "0020", "1580042")
    assert cable.precedence is Precedence.IMMEDIATE
    assert cable.reference_id == "08NAIROBI1363"
    assert errors(cable) == []
    assert uncovered(cable) == []


# ======================================================= H-6 precedence on addressee lines

# 90BAGHDAD4397, lines 1-50
BAGHDAD4397 = """\
O 020411Z AUG 90
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC NIACT IMMEDIATE 4708
AMEMBASSY KUWAIT NIACT IMMEDIATE
AMEMBASSY RIYADH IMMEDIATE
AMEMBASSY CAIRO IMMEDIATE
AMEMBASSY DOHA IMMEDIATE
AMEMBASSY ABU DHABI IMMEDIATE
AMEMBASSY MANAMA IMMEDIATE
AMEMBASSY AMMAN IMMEDIATE
AMEMBASSY MUSCAT IMMEDIATE
AMEMBASSY DAMASCUS IMMEDIATE

S E C R E T BAGHDAD 04397

E.O. 12356: DECL:OADR
TAGS: PREL IZ KU AS
SUBJECT: IRAQI INCURSION ACROSS KUWAITI BORDER

REF: (A) STATE 253201 (B) WILSON/MACK
TELECON (C) WILSON/CHARLES TELECON


¶1. (S-ENTIRE TEXT)

¶2. WE HAVE TRIED REPEATEDLY SINCE 0630 LOCAL
TO REACH SENIOR MFA OFFICIALS, INCLUDING
FOREIGN MINISTER AZIZ. UNDERSECRETARY HAMDUN
IS APPARENTLY NOT AT HOME SINCE NOBODY ANSWERS
HIS HOME TELEPHONE NUMBER. THE FOREIGN
MINISTRY DUTY OFFICER IS AWARE OF OUR INTEREST
IN TALKING TO THE MINISTER, AND WE ARE REMIND-
ING THEM EVERY TEN MINUTES. AT 0710 LOCAL WE
WERE TOLD THAT BOTH HAMDUN AND THE FOREIGN
MINISTER WERE IN A MEETING.

¶3. EMBASSY HAS SET UP A CRISIS MANAGEMENT TEAM.
EMBASSY TELEPHONE NUMBERS ARE: 7196138/9,
7189265, 7189267, 7193791, 7189273. SECURITY
LINE IS EXTENSION 286.

¶4. IRAQI PRESS THIS MORNING MAKES NO MENTION
OF INCURSION. IRAQI PRESS COVERAGE OF THE
KUWAIT/IRAQ TALKS ARE CRITICAL OF KUWAIT'S
UNCOMPROMISING POSITION, BUT DO NOT IN ANY
WAY SUGGEST THAT THE GOI IS CONSIDERING THE
MILITARY OPTION.


WILSON
"""


def test_h6_niact_only_on_addressee_lines_90BAGHDAD4397() -> None:
    cable = cablegram.parse_cable(BAGHDAD4397)
    assert cable.dtg.prosigns == ("O",)
    assert cable.precedence is Precedence.IMMEDIATE
    first, second, *rest = cable.recipients
    assert (first.address, first.precedence, first.precedence_raw, first.number) == (
        "SECSTATE WASHDC",
        Precedence.NIACT_IMMEDIATE,
        "NIACT IMMEDIATE",
        "4708",
    )
    assert (second.address, second.precedence) == ("AMEMBASSY KUWAIT", Precedence.NIACT_IMMEDIATE)
    assert src(BAGHDAD4397, second) == "AMEMBASSY KUWAIT NIACT IMMEDIATE"
    assert len(rest) == 8
    assert {a.precedence for a in rest} == {Precedence.IMMEDIATE}
    assert cable.transmission is None
    assert errors(cable) == []
    assert uncovered(cable) == []


# 97WELLINGTON1656, lines 1-21
WELLINGTON1656 = """\
R 220136Z DEC 97
FM AMEMBASSY WELLINGTON
TO SECSTATE WASHDC 5893
INFO AMEMBASSY CANBERRA
USCINCPAC HONOLULU HI//FPA/J-51//
AMEMBASSY PORT MORESBY
AMEMBASSY SUVA

C O N F I D E N T I A L SECTION 01 OF 04 WELLINGTON 001656


E.O. 12958: DECL: 12/20/07
TAGS: PGOV ECON PINR NZ
SUBJECT:  BIO REPORT: NEW ZEALAND PRIME MINISTER JENNY SHIPLEY

REF: (A) WELLINGTON 1498; (B) WELLINGTON 1492


¶1. (U) CLASSIFIED BY: JOSIAH H. BEEMAN, AMBASSADOR.
REASONS: 1.5(B) AND (D).

"""


def test_h6_routine_never_written_97WELLINGTON1656() -> None:
    cable = cablegram.parse_cable(WELLINGTON1656)
    assert cable.dtg.prosigns == ("R",)
    assert cable.precedence is Precedence.ROUTINE
    addressees = cable.recipients + cable.info_recipients
    assert [(a.precedence, a.precedence_raw) for a in addressees] == [(None, None)] * 5
    assert cable.recipients[0].number == "5893"
    usc = cable.info_recipients[1]
    assert (usc.address, usc.offices) == ("USCINCPAC HONOLULU HI", ("FPA", "J-51"))
    assert uncovered(cable) == []


def test_h6_precedence_before_number_range_09STATE99783() -> None:
    cable = cablegram.parse_cable(STATE99783)
    (to,) = cable.recipients
    assert (to.routing_indicator, to.address, to.precedence, to.number) == (
        "RUEHRK",
        "AMEMBASSY REYKJAVIK",
        Precedence.PRIORITY,
        "9759-9760",
    )
    (info,) = cable.info_recipients
    assert (info.address, info.precedence, info.number) == (
        "USDOC WASHINGTON DC",
        Precedence.PRIORITY,
        "5874-5875",
    )
    assert uncovered(cable) == []


# ======================================================= H-7 Julian day and the DE line's year

# 08STOCKHOLM748, lines 1-10
STOCKHOLM748 = """\
VZCZCXRO7618
RR RUEHFL RUEHKW RUEHLA RUEHROV
DE RUEHSM #0748/01 3121632
ZNY SSSSS ZZH
R 101632Z NOV 08
FM AMEMBASSY STOCKHOLM
TO RUEHC/SECSTATE WASHDC 3873
INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE

S E C R E T SECTION 01 OF 02 STOCKHOLM 000748
"""


def test_h7_de_day_three_days_before_dtg_08STOCKHOLM748() -> None:
    cable = cablegram.parse_cable(STOCKHOLM748)
    st = cable.transmission.station
    assert (st.serial, st.part, st.julian_day, st.time) == ("0748", "01", 312, "1632")
    # day 312 of 2008 is 7 November; the DTG says 10 November and decides the date
    assert cable.date == dt.datetime(2008, 11, 10, 16, 32, tzinfo=UTC)
    assert cable.reference_id == "08STOCKHOLM748"
    assert "de-julian-day" not in codes(cable)
    assert uncovered(cable) == []


# 08BRASILIA1685, lines 1-24
BRASILIA1685 = """\
VZCZCXRO8176
RR RUEHRG
DE RUEHBR #1685/01 3661928
ZNY CCCCC ZZH
R 311928Z DEC 08
FM AMEMBASSY BRASILIA
TO RUEHC/SECSTATE WASHDC 3205
INFO RUEHAC/AMEMBASSY ASUNCION 7293
RUEHBO/AMEMBASSY BOGOTA 4829
RUEHBU/AMEMBASSY BUENOS AIRES 6005
RUEHCV/AMEMBASSY CARACAS 4312
RUEHLP/AMEMBASSY LA PAZ 6766
RUEHPE/AMEMBASSY LIMA 4066
RUEHMN/AMEMBASSY MONTEVIDEO 7630
RUEHFR/AMEMBASSY PARIS 0470
RUEHQT/AMEMBASSY QUITO 2670
RUEHSG/AMEMBASSY SANTIAGO 0787
RUEHTV/AMEMBASSY TEL AVIV 0163
RUEHRG/AMCONSUL RECIFE 8857
RUEHRI/AMCONSUL RIO DE JANEIRO 7041
RUEHSO/AMCONSUL SAO PAULO 3271
RHEHNSC/NSC WASHDC

C O N F I D E N T I A L SECTION 01 OF 02 BRASILIA 001685
"""


def test_h7_julian_day_366_on_31_december_08BRASILIA1685() -> None:
    cable = cablegram.parse_cable(BRASILIA1685)
    st = cable.transmission.station
    assert (st.julian_day, st.time) == (366, "1928")
    assert src(BRASILIA1685, st) == "DE RUEHBR #1685/01 3661928"
    # the DE line has no year: 2008 (a leap year) comes from the DTG
    assert cable.date == dt.datetime(2008, 12, 31, 19, 28, tzinfo=UTC)
    assert "de-julian-day" not in codes(cable)
    assert uncovered(cable) == []


def test_h7_retransmission_days_after_dtg_09STATE99783() -> None:
    cable = cablegram.parse_cable(STATE99783)
    st = cable.transmission.station
    assert (st.station, st.serial, st.part, st.julian_day, st.time) == (
        "RUEHC",
        "9783",
        None,
        271,
        "2205",
    )
    # the second corrected copy went out on day 271 (28 Sep); the DTG is 24 Sep
    assert cable.date == dt.datetime(2009, 9, 24, 21, 22, tzinfo=UTC)
    assert cable.reference_id == "09STATE99783"
    assert "de-julian-day" not in codes(cable)
    assert uncovered(cable) == []


# ======================================================= H-8 SSN and part

# 09PARTO41305, lines 1-22
PARTO41305 = """\
VZCZCXYZ0000
OO RUEHWEB

DE RUCNAI #0005/01 1031934
ZNY SSSSS ZZH
O 131934Z APR 09
FM USDEL SECRETARY//EUROPE//
TO RUEHTC/AMEMBASSY THE HAGUE IMMEDIATE
INFO RUEHC/SECSTATE WASHDC IMMEDIATE
RUEHBUL/AMEMBASSY KABUL IMMEDIATE
RUEHZG/NATO EU COLLECTIVE IMMEDIATE
RUEHMO/AMEMBASSY MOSCOW IMMEDIATE
RUEHTV/AMEMBASSY TEL AVIV IMMEDIATE

S E C R E T PARTO 041305

SIPDIS

E.O. 12958: DECL: 3/31/2019
TAGS: OVIP PREL NL AF PHUM RU NATO
SUBJECT: Secretary Clinton's March 31, 2009 conversation
with Dutch FM Verhagen
"""


def test_h8_ssn_not_the_serial_part_without_sections_09PARTO41305() -> None:
    cable = cablegram.parse_cable(PARTO41305)
    st = cable.transmission.station
    assert (st.station, st.serial, st.part) == ("RUCNAI", "0005", "01")
    assert (cable.banner.origin, cable.banner.serial, cable.banner.section) == (
        "PARTO",
        "041305",
        None,
    )
    assert cable.reference_id == "09PARTO41305"
    assert (cable.origin.address, cable.origin.offices) == ("USDEL SECRETARY", ("EUROPE",))
    assert "banner-header-mismatch" not in codes(cable)
    assert uncovered(cable) == []


# ======================================================= H-9 serial widths

# 66BUENOSAIRES2481, lines 1-40
BUENOSAIRES2481 = """\
P R 281848Z DEC 66
FM AMEMBASSY BUENOS AIRES
TO SECSTATE WASHDC PRIORITY
INFO USCINCSO
CINCLANT
AMEMBASSY RIO DE JANEIRO
AMEMBASSY SANTIAGO
AMEMBASSY MONTEVIDEO
AMEMBASSY QUITO
AMEMBASSY LIMA
AMEMBASSY MEXICO
AMEMBASSY OTTAWA
AMEMBASSY LONDON
STATE GRNC

UNCLASSIFIED BUENOS AIRES 2481

Original Telegram was Confidential but has since been
de-classified

--------------------------------------------- ----
Copy from the National Archives
RG 59: General Records of the Department of state
1964-66 Central Foreign Policy File
File: POL 33-4 ARG
--------------------------------------------- ----

E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009
TAGS: EFIS PBTS AR
SUBJECT:  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS

REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966


¶1.  PRESS REPORTS AND VARIETY EMBASSY SOURCES CONFIRM
NEW ARGENTINE LEGISLATION UNILATERALLY CHANGING SEAS JURIS-
DICTION NOW UNDER ADVANCED REVIEW.  REPORTEDLY LAW WOULD
ESTABLISH SIX MILE TERRITORIAL SEA, PLUS ANOTHER SIX MILES
OF EXCLUSIVE FISHING JURISDICTION, PLUS ANOTHER EXTENDED ZONE
OF "PREFERENTIAL JURISDICTION" FOR FISHING PURPOSES.  DRAFT-
"""


def test_h9_four_digit_unpadded_serial_of_1966_66BUENOSAIRES2481() -> None:
    cable = cablegram.parse_cable(BUENOSAIRES2481)
    b = cable.banner
    assert (b.classification_raw, b.origin, b.serial) == ("UNCLASSIFIED", "BUENOS AIRES", "2481")
    assert src(BUENOSAIRES2481, b) == "UNCLASSIFIED BUENOS AIRES 2481"
    assert cable.reference_id == "66BUENOSAIRES2481"
    assert cable.date == dt.datetime(1966, 12, 28, 18, 48, tzinfo=UTC)
    assert cable.transmission is None  # the strays start at FL5
    assert [a.address for a in cable.info_recipients][:3] == [
        "USCINCSO",
        "CINCLANT",
        "AMEMBASSY RIO DE JANEIRO",
    ]
    # H-16: a post-declassification line
    d = cable.declassification
    assert d.text == "DECL: DECLASSIFIED BY NARA 09/02/2009"
    assert uncovered(cable) == []


def test_h9_five_digit_serial_90BAGHDAD4397() -> None:
    cable = cablegram.parse_cable(BAGHDAD4397)
    assert (cable.banner.origin, cable.banner.serial) == ("BAGHDAD", "04397")
    assert cable.reference_id == "90BAGHDAD4397"
    assert uncovered(cable) == []


# 09STATE100153, lines 1-16
STATE100153 = """\
UNCLASSIFIED   STATE   00100153
O 251814Z SEP 09
FM SECSTATE WASHDC
TO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE IMMEDIATE
RUEHTRO/AMEMBASSY TRIPOLI IMMEDIATE 9888

UNCLAS SECTION 01 OF 02 STATE 100153

SENSITIVE

E.O. 12958: N/A
TAGS: IR KNNP MNUC PARM
SUBJECT: EXISTENCE OF A COVERT URANIUM ENRICHMENT
FACILITY IN IRAN

¶1.  (U) This is an action request.  Please see paragraph
"""


def test_h9_eight_digit_serial_line_above_dtg_09STATE100153() -> None:
    cable = cablegram.parse_cable(STATE100153)
    assert cable.reference_id == "09STATE100153"
    assert cable.date == dt.datetime(2009, 9, 25, 18, 14, tzinfo=UTC)
    assert cable.origin.address == "SECSTATE WASHDC"
    assert [a.address for a in cable.recipients] == [
        "ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE",
        "AMEMBASSY TRIPOLI",
    ]
    assert src(STATE100153, cable.banner) == "UNCLAS SECTION 01 OF 02 STATE 100153"
    assert (cable.banner.section.number, cable.banner.section.total) == (1, 2)
    assert cable.handling == ()
    assert uncovered(cable) == []


# ======================================================= H-10 banner forms

# 09SECTION01OF03SANJOSE525, lines 1-36
SANJOSE525 = """\
VZCZCXYZ0000
RR RUEHWEB

DE RUEHSJ #0525/01 1761847
ZNR UUUUU ZZH
R 251847Z JUN 09 ZDK ZUI RUEHBS #6624
FM AMEMBASSY SAN JOSE
TO RUEHC/SECSTATE WASHDC 0963
INFO RUEHZA/WHA CENTRAL AMERICAN COLLECTIVE
RUEKJCS/SECDEF WASHDC
RUEKJCS/JOINT STAFF WASHINGTON DC
RHMFIUU/NGB WASHINGTON DC
RHMFIUU/CDR USSOUTHCOM MIAMI FL
RHMFIUU/HQ USSOUTHCOM J5 MIAMI FL
RHMFISS/HQ USARSO FT SAM HOUSTON TX
RUMIAGH/COMJTF-B SIMS SOTO CANO HO

UNCLAS SECTION01 OF 03 SAN JOSE 000525

SENSITIVE
SIPDIS

EPARTMENT FOR WHA/CEN, WHA/PPC AND P/M;
ALSO FORUSAID/LAC AND OFDA
SOUTHCOM ALSO FOR FPA AND SJFQ

E.O. 12958: N/A
TAGS: PREL PGOV MASS MARR SOCI EAID CS
SUBJECT: COSTA RICA: MORE MEANINFUL MILITARY MISSIONS

REFS: A) 2008 SAN JOSE 00, B) 2008 SAN JOSE 0800,
      C) 2008 SAN JOSE 01, D) 2008 SAN JOSE 551,
      E) SAN JOSE 0028 F) SAN JOSE 0023,
  G) SAN JOSE 499, ALL NOTAL

SAN JOSE 00000525  001.11 OF 003
"""


def test_h10_section_glued_to_its_number_09SECTION01OF03SANJOSE525() -> None:
    cable = cablegram.parse_cable(SANJOSE525)
    b = cable.banner
    assert src(SANJOSE525, b) == "UNCLAS SECTION01 OF 03 SAN JOSE 000525"
    assert (b.classification, b.section.number, b.section.total) == (
        Classification.UNCLASSIFIED,
        1,
        3,
    )
    assert (b.origin, b.serial) == ("SAN JOSE", "000525")
    assert cable.reference_id == "09SANJOSE525"
    assert uncovered(cable) == []


# 08SECTION01GF02BISHIEK21, lines 1-36
BISHKEK1021 = """\
VZCZCXRO9087
PP RUEHAST RUEHBI RUEHCI RUEHLH RUEHLN RUEHPW RUEHVK RUEHYG
DE RUEHEK #1021/01 2800932
ZNR UUUUU ZZH
P 060932Z OCT 08
FM AMEMBASSY BISHKEK
TO RUEHC/SECSTATE WASHDC PRIORITY 1417
INFO RUCNCIS/CIS COLLECTIVE
RUCNCLS/ALL SOUTH AND CENTRAL ASIA COLLECTIVE
RUEHBJ/AMEMBASSY BEIJING 2699
RUEKJCS/OSD WASHDC
RUMICEA/USCENTCOM INTEL CEN MACDILL AFB FL
RHEFDIA/DIA WASHDC
RUEAIIA/CIA WASHDC
RHEHNSC/NSC WASHDC
RUEKJCS/JOINT STAFF WASHDC
RUEKJCS/SECDEF WASHDC
RUEHVEN/USMISSION USOSCE 3086
RUCNDT/USMISSION USUN NEW YORK 2472
RUEHNO/USMISSION USNATO BRUSSELS BE
RUEHBS/USEU BRUSSELQ
RUEHLMC)EILLENNIUM CHALLENGE ACRP

UNCLAS SECTION 01 GF 02 BISHIEK 00Q021

SEFSITIVE
SIPDIS

DEPT BGR SCA+CEN AND SCA'PPD

E.M. 12958: N'A
TAGS: PREL PGGV KPAK IC
SUBJECT:  Libel S5iT3 Chill Fre% Sp%ech in KyR%yzStan

BISHKEK 10061021  001.2 OF 002

"""


def test_h10_garbled_banner_08SECTION01GF02BISHIEK21() -> None:
    cable = cablegram.parse_cable(BISHKEK1021)
    b = cable.banner
    assert b is not None
    assert src(BISHKEK1021, b) == "UNCLAS SECTION 01 GF 02 BISHIEK 00Q021"
    assert b.classification is Classification.UNCLASSIFIED
    assert (b.section.number, b.section.total) == (1, 2)
    assert "UNCLAS SECTION 01 GF 02 BISHIEK 00Q021" not in [h.text for h in cable.handling]
    assert cable.reference_id == "08BISHKEK1021"
    assert "banner-missing" not in codes(cable)
    assert uncovered(cable) == []


def test_h10_garbled_serial_without_de_line_gives_no_id_08SECTION01GF02BISHIEK21() -> None:
    text = BISHKEK1021[BISHKEK1021.index("UNCLAS SECTION 01 GF 02") :]  # no header above
    cable = cablegram.parse_cable(text, year=2008)
    assert cable.banner.serial == "00Q021"
    assert cable.reference_id is None
    (garbled,) = [d for d in cable.diagnostics if d.code == "banner-garbled"]
    assert garbled.severity is Severity.WARNING
    assert uncovered(cable) == []


# 09SECTION02OF03QRIPOLI583, lines 1-23
QRIPOLI583 = """\
VZCZCXRO1456
OO RUEHBC RUEHDE RUEHDH RUEHKUK RUEHROV
DE RUEHTRO #0583/02 2011025
ZNY SSSSS ZZH
O R 201025Z JUL 09
FM AMEMBASSY TRIPOLI
TO RUEHC/SECSTATE WASHDC IMMEDIATE 5051
INFO RUEHEE/ARAB LEAGUE COLLECTIVE
RUEHRO/AMEMBASSY ROME 0530
RHEHAAA/NSC WASHINGTON DC
RUCNDT/USMISSION USUN NEW YORK 0203
RUEHTRO/AMEMBASSY TRIPOLI 5590

S E C R E T SECTION 02 OF 03QRIPOLI 000583

NOFORN
SIPDIS

DEPT FOR NEA ACTING A/S FELTMAN; ALSO PM/RSAT (MMILLER),T/QN,NEA/MAG,DRL/NESCA

E.O. 12958: DECL:  7/20/2019
TAGS: PREL PGOV MARR MASS PHUM ETRD ABLD CVIS LY UN
SUBJECT: BEYOND LOCKERBIE: WRITING THE NEXT CHAPTER OF THE US-LIBYA RELATIONSHIP
"""


def test_h10_section_total_glued_to_origin_09SECTION02OF03QRIPOLI583() -> None:
    cable = cablegram.parse_cable(QRIPOLI583)
    b = cable.banner
    assert b is not None
    assert src(QRIPOLI583, b) == "S E C R E T SECTION 02 OF 03QRIPOLI 000583"
    assert (b.section.number, b.section.total, b.serial) == (2, 3, "000583")
    assert [h.text for h in cable.handling] == [
        "DEPT FOR NEA ACTING A/S FELTMAN; ALSO PM/RSAT (MMILLER),T/QN,NEA/MAG,DRL/NESCA"
    ]
    assert cable.reference_id == "09TRIPOLI583"
    assert uncovered(cable) == []


# 05SANAA1352, lines 1-6
SANAA1352 = """\
This record is a partial extract of the original cable. The full text of the original \
cable is not available.

Cable dated:2005-05-23T14:26:00
S E C R E T SECTION 01 OF 02 SANAA 001352SIPDISE.O. 12958: DECL: 05/21/2015TAGS: PREL \
PGOV PTER PINR KMCA KMPI DOMESTIC POLITICS

¶1. (S/NF) Ambassador met informally with XXXXXXXXXXXX. XXXXXXXXXXXX said that \
President Saleh is more interested in enriching his family than in making the strategic \
choices necessary to lead Yemen into the future. XXXXXXXXXXXX was gloomy about \
President Saleh’s ability to understand the importance of the issues of controlling \
SA/LW and intelligence sharing to U.S.-ROYG cooperation, and said Saleh did not \
comprehend what was necessary to maintain a close relationship with the USG in the long \
term. End Summary.
"""


def test_h10_captions_eo_tags_glued_to_banner_05SANAA1352() -> None:
    cable = cablegram.parse_cable(SANAA1352)
    b = cable.banner
    assert src(SANAA1352, b) == "S E C R E T SECTION 01 OF 02 SANAA 001352"
    assert (b.section.number, b.section.total, b.serial) == (1, 2, "001352")
    assert [c.name for c in cable.captions] == ["SIPDIS"]
    assert cable.declassification.date == dt.date(2015, 5, 21)
    codes_ = [t.code for t in cable.tags]
    assert codes_[:6] == ["PREL", "PGOV", "PTER", "PINR", "KMCA", "KMPI"]
    assert codes_[6:] == ["DOMESTIC POLITICS"]
    (p,) = cable.paragraphs
    assert (p.number, p.marking.level, p.marking.controls) == ("1", "S", ("NF",))
    assert uncovered(cable) == []


# ======================================================= H-11 lost newlines

# 04BRASILIA526, lines 1-16
BRASILIA526 = """\
This record is a partial extract of the original cable. The full text of the original \
cable is not available.

C O N F I D E N T I A L SECTION 01 OF 03 BRASILIA 000526

SIPDIS

DEPT FOR U/S LARSON, WHA/BSC, WHA/EPSC, EB/TPP
DEPT PLEASE PASS TO USTR FOR PALLGEIER, RWILSON, KLEZNY USDA FOR JB PENN, U/S FFAS
NSC FOR MDEMPSEY
E.O. 12958: DECL: 03/04/2014
TAGS: ETRD BR FTAA
SUBJECT: BRAZILIAN RESPONSE TO FTAA DEMARCHE REF: SECSTATE 44578 Classified By: \
Economic Officer Janice Fair for reasons 1.5 (b) and (d)

Summary -------------

¶1. (C) Econoff delivered reftel talking points to Regis Arslanian, Itamaraty Director \
for International Trade, and Tovar da Silva Nunes, Itamaraty FTAA Coordinator and \
member of the Brazilian Co-Chair team, on March 4. In responding, they conveyed a \
constructive attitude, albeit without signaling a major change in Brazilian positions. \
Both noted that Foreign Minister Amorim had repeatedly instructed the Ministry's \
technical level to "be problem solvers" so that the common set of rights and \
obligations, and the plurilateral procedures could be finalized. Neither Arslanian nor \
Da Silva Nunes gave any indication that Brazil would retreat from concessions made by \
Mercosul during the course of the Puebla Trade Negotiations Committee (TNC) meeting in \
February.
"""


def test_h11_subject_ref_classified_by_on_one_line_04BRASILIA526() -> None:
    cable = cablegram.parse_cable(BRASILIA526, year=2004)
    assert cable.reference_id == "04BRASILIA526"
    assert cable.subject.text == "BRAZILIAN RESPONSE TO FTAA DEMARCHE"
    (ref,) = cable.references
    assert (ref.origin, ref.serial, ref.cable_id) == ("STATE", "44578", "04STATE44578")
    assert src(BRASILIA526, ref) == "SECSTATE 44578"
    c = cable.classified_by
    assert (c.name, c.title, c.reason_section, c.reason_letters) == (
        "Janice Fair",
        "Economic Officer",
        "1.5",
        ("b", "d"),
    )
    assert "REF" not in cable.subject.text and "Classified" not in cable.subject.text
    assert uncovered(cable) == []


# 06MOSCOW3335, lines 1-21 (long lines cut at 200 characters)
MOSCOW3335 = """\
VZCZCXRO8344
RR RUEHDBU
DE RUEHMO #3335/01 0900906
ZNY CCCCC ZZH
R 310906Z MAR 06
FM AMEMBASSY MOSCOW
TO RUEHC/SECSTATE WASHDC 3312
INFO RUCNCIS/CIS COLLECTIVE
RUEHXD/MOSCOW POLITICAL COLLECTIVE

C O N F I D E N T I A L SECTION 01 OF 04 MOSCOW 003335

SIPDIS

SIPDIS

E.O. 12958: DECL: 03/30/2016 TAGS: PGOV ECON PINR RS

REF: A. 05 MOSCOW 14734 B. MOSCOW 1082 C. MOSCOW 1434 D. 05 MOSCOW 15735 E. MOSCOW 3218 \
Classified By: Ambassador William J. Burns. Reasons: 1.4 (B/D).

¶1. (C) SUMMARY. In the months since President Putin's November 14 personnel reshuffle \
that moved Dmitriy Medvedev and Sergey Ivanov into succession spotlight, political \
discussion has centered on how
"""


def test_h11_tags_on_eo_line_refs_and_classified_by_on_one_line_06MOSCOW3335() -> None:
    cable = cablegram.parse_cable(MOSCOW3335)
    assert cable.declassification.date == dt.date(2016, 3, 30)
    assert [t.code for t in cable.tags] == ["PGOV", "ECON", "PINR", "RS"]
    assert cable.subject is None  # the cable has no SUBJECT line
    assert [(r.letter, r.cable_id) for r in cable.references] == [
        ("A", "05MOSCOW14734"),
        ("B", "06MOSCOW1082"),
        ("C", "06MOSCOW1434"),
        ("D", "05MOSCOW15735"),
        ("E", "06MOSCOW3218"),
    ]
    c = cable.classified_by
    assert (c.name, c.title, c.reason_section, c.reason_letters) == (
        "William J. Burns",
        "Ambassador",
        "1.4",
        ("b", "d"),
    )
    (p,) = cable.paragraphs
    assert p.number == "1" and p.text.startswith("SUMMARY. In the months since")
    assert uncovered(cable) == []


# 09STOCKHOLM194, lines 1-25 (long lines cut at 200 characters)
STOCKHOLM194 = """\
VZCZCXYZ0008
PP RUEHWEB

DE RUEHSM #0194 0791327
ZNY SSSSS ZZH
P 201327Z MAR 09
FM AMEMBASSY STOCKHOLM
TO SECSTATE WASHDC PRIORITY 4231

S E C R E T STOCKHOLM 000194

SIPDIS  S/CT SHARRI R. CLARK

E.O. 12958:  DECL: 03/20/2019 TAG PTER, PGOV, ASEC, EFIN, ENRG, KCIP, SW

SUBJECT:  SWEDEN: CI/KR RESPONSE FOR S/CT

REF: SECSTATE 15113

Classified By: CDA  Robert Silverman for reasons: 1/4 (B), (D), (E), and (G)

¶1. (S) In  response to reftel, post would like to add Sweden's communications  \
infrastructure to the CI/KR list.  Although Sweden does not posses a  direct undersea \
cable from the U.S., Sweden is a c

¶2. (S) Post  recommends keeping Swedish pharmaceutical manufacturing company Recip AB  \
on the CI/KR list for its production of ThyroSafe (potassium iodide).   This resource \
provides protection in the
SILVERMAN
"""


def test_h11_tag_list_glued_to_eo_line_09STOCKHOLM194() -> None:
    cable = cablegram.parse_cable(STOCKHOLM194)
    assert [t.code for t in cable.tags] == ["PTER", "PGOV", "ASEC", "EFIN", "ENRG", "KCIP", "SW"]
    d = cable.declassification
    assert (d.date, d.text) == (dt.date(2019, 3, 20), "DECL: 03/20/2019")
    assert uncovered(cable) == []


# 08TRIPOLI680, lines 1-28 (long lines cut at 200 characters)
TRIPOLI680 = """\
VZCZCXRO1989
OO RUEHTRO
DE RUEHTRO #0680/01 2421811
ZNY SSSSS ZZH
O 291811Z AUG 08
FM AMEMBASSY TRIPOLI
TO RUEHC/SECSTATE WASHDC IMMEDIATE 3831
INFO RUEHTU/AMEMBASSY TUNIS IMMEDIATE 0602
RUEHAS/AMEMBASSY ALGIERS IMMEDIATE 0755
RUEHRB/AMEMBASSY RABAT IMMEDIATE 0699
RUEHLI/AMEMBASSY LISBON IMMEDIATE 0001
RUEHTRO/AMEMBASSY TRIPOLI 4345

S E C R E T SECTION 01 OF 04 TRIPOLI 000680

SIPDIS

DEPARTMENT FOR S, AF/SPG, NEA/MAG

EO 12958 DECL:  8/28/2018
TAGS OVIP, PGOV, PREL, PHUM, ECON, KDEM, PTER, KISL, AU, SU,
LY, AG, TS, MO
SUBJECT: SCENESETTER FOR SECRETARY RICE’S VISIT TO

LIBYA

CLASSIFIED BY: Chris Stevens, CDA, U.S. Embassy - Tripoli, Dept of
State. REASON: 1.4 (b), (c), (d) 1. (C) Embassy Tripoli and the Government of Libya are \
looking forward to your historic visit to Tripoli September 5. Coming on the heels of \
NEA A/S Welch’s successful
"""


def test_h11_paragraph_one_glued_to_classified_by_08TRIPOLI680() -> None:
    cable = cablegram.parse_cable(TRIPOLI680)
    c = cable.classified_by
    assert (c.name, c.title, c.reason_section, c.reason_letters) == (
        "Chris Stevens",
        "CDA",
        "1.4",
        ("b", "c", "d"),
    )
    assert "1. (C)" not in c.text
    p = cable.paragraphs[0]
    assert (p.number, p.marking.level) == ("1", "C")
    assert p.text.startswith("Embassy Tripoli and the Government of Libya are looking forward")
    assert uncovered(cable) == []


def test_h11_subject_continued_after_blank_line_08TRIPOLI680() -> None:
    cable = cablegram.parse_cable(TRIPOLI680)
    assert cable.subject.text == "SCENESETTER FOR SECRETARY RICE’S VISIT TO LIBYA"
    assert [h.text for h in cable.handling] == ["DEPARTMENT FOR S, AF/SPG, NEA/MAG"]
    assert uncovered(cable) == []


# 04BUENOSAIRES2291, lines 72-72
BUENOSAIRES2291 = """\
Duhalde will remain a force to be reckoned with in Argentina for some time to come. \
GUTIERREZ
"""


def test_h11_signature_glued_to_last_paragraph_04BUENOSAIRES2291() -> None:
    cable = cablegram.parse_cable(BUENOSAIRES2291, year=2004)
    assert cable.signature.text == "GUTIERREZ"
    assert src(BUENOSAIRES2291, cable.signature) == "GUTIERREZ"
    assert cable.paragraphs[-1].text.endswith("for some time to come.")
    assert uncovered(cable) == []


# 01VATICAN5960, lines 30-34
VATICAN5960 = """\
¶6. (C) COMMENT: THE SECRETARY'S CALL TO TAURAN HAS STRENGTHENED THE VATICAN MFA \
SUPPORT OF THE U.S.-LED WAR EFFORT. NEVERTHELESS, IN OTHER VATICAN QUARTERS -- \
MONTEMAYOR REFERRED TO AN INTERNAL ""HUMANITARIAN LOBBY"" -- PATIENCE WITH THE U.S.-LED \
WAR EFFORT HAD BEEN WEARING THIN. HOWEVER, THE LATEST MILITARY DEVELOPMENTS IN      \
CONFIDENTIAL
PAGE 04  VATICA 05960 191507Z AFGHANISTAN HAVE UNDERCUT THOSE WHO WERE URGING THE \
VATICAN OPPOSE THE WAR EFFORT. THE DEPARTMENT CAN REINFORCE ITS SUPPORTERS WITHIN THE \
VATICAN BY SHARING ITS VIEWS ON THE ADMINISTRATION OF HUMANITARIAN ASSISTANCE. U.S. \
INCLUSION OF COR UNUM (AND CARITAS, A RELATED RELIEF ARM) WOULD HELP ELEVATE THE \
VATICAN TO THE RANK OF A COALITION PARTNER IN THE NEXT PHASE OF OUR EFFORTS. NICHOLSON
CONFIDENTIAL
>
2001VATICA05960 - Classification: CONFIDENTIAL "
"""


def test_h11_signature_glued_before_trailers_01VATICAN5960() -> None:
    cable = cablegram.parse_cable(VATICAN5960, year=2001)
    assert cable.signature.text == "NICHOLSON"
    assert cable.paragraphs[-1].text.endswith("IN THE NEXT PHASE OF OUR EFFORTS.")
    assert [f.text for f in cable.footer][-1] == '2001VATICA05960 - Classification: CONFIDENTIAL "'
    assert uncovered(cable) == []


# ======================================================= H-12 backslash line continuations

# 05MANAMA1672, lines 1-33
MANAMA1672 = """\
This record is a partial extract of the original cable. The full text of the original \
cable is not available.

2005-11-14 10:58:00\t05MANAMA1672\tEmbassy Manama\tCONFIDENTIAL\t\tThis record is a \
partial extract of the original cable. The full text of the original cable is not \
available.\\
\\
\tC O N F I D E N T I A L SECTION 01 OF 02 MANAMA 001672 \\
 \\
SIPDIS \\
 \\
BERN PLEASE PASS TO DAN WEYGANDT \\
 \\
E.O. 12958: DECL: 11/13/2015 \\
TAGS: PREL KDEM KMPI BA SW
SUBJECT: EUR A/S FRIED MEETS WITH SWISS STATE SECRETARY \\
MICHAEL AMBUEHL, NOVEMBER 11, 2005, MANAMA, BAHRAIN \\
 \\
 \\
Classified By: DCM Susan L. Ziadeh for reasons 1.4 b, d. \\
 \\
¶1.  (SBU)  Meeting held on November 11, 2005, 11:00, at the \\
Ritz-Carlton Hotel in Manama, Bahrain \\
 \\
¶2.  (SBU) Participants: \\
 \\
U.S. \\
A/S Fried \\
Blake Thorkleson, NEA/MEPI \\
Leslie Tsou (TDY Notetaker) \\
 \\
Switzerland \\
State Secretary Michael Ambuehl \\
Guillaume Scheurer, MFA Minister Counselor \\
 \\
¶3.  (C) Summary.  On the margins of the Forum for the Future \\
"""


def test_h12_backslash_at_every_line_end_05MANAMA1672() -> None:
    cable = cablegram.parse_cable(MANAMA1672)
    b = cable.banner
    assert src(MANAMA1672, b) == "C O N F I D E N T I A L SECTION 01 OF 02 MANAMA 001672"
    assert [c.name for c in cable.captions] == ["SIPDIS"]
    assert [h.text for h in cable.handling] == ["BERN PLEASE PASS TO DAN WEYGANDT"]
    assert cable.declassification.date == dt.date(2015, 11, 13)
    assert "\\" not in cable.declassification.text
    assert [t.code for t in cable.tags] == ["PREL", "KDEM", "KMPI", "BA", "SW"]
    assert cable.subject.text == (
        "EUR A/S FRIED MEETS WITH SWISS STATE SECRETARY MICHAEL AMBUEHL, NOVEMBER 11, 2005, "
        "MANAMA, BAHRAIN"
    )
    c = cable.classified_by
    assert (c.name, c.title, c.reason_letters) == ("Susan L. Ziadeh", "DCM", ("b", "d"))
    assert [p.number for p in cable.paragraphs] == ["1", "2", "3"]
    assert cable.paragraphs[0].text == (
        "Meeting held on November 11, 2005, 11:00, at the Ritz-Carlton Hotel in Manama, Bahrain"
    )
    assert not any("\\" in p.text for p in cable.paragraphs)
    assert uncovered(cable) == []


# ======================================================= H-13 HTML artefacts

# 07OTTAWA2266 as the project's seed gives it (text of its WikiLeaks page, `[1](#)` links left):
# 002_2f317e596a547306, lines 22-42 (long lines cut at 200 characters)
SEED_OTTAWA2266 = """\
C O N F I D E N T I A L OTTAWA 002266

SIPDIS

C O R R E C T E D COPY//////////REF A Corrected////////////////////////////////////

SIPDIS

E.O. 12958: DECL: 12/14/2017

TAGS: [PREL](#) [PGOV](#) [YI](#) [CA](#)

SUBJECT: CANADA ON KOSOVO

REF: A. STATE 165486

[1](#)B. STATE 165453

Classified By: PolMinCouns Scott Bellard, reasons 1.4 (b) and (d)

[1](#)1. (C) According to Department of Foreign Affairs Director General for Central, \
East, and Southern Europe Robert Hage, Canada will not be among either the first or the \
last to recognize Kosovo f
"""


def test_h13_link_artefacts_in_tags_refs_and_paragraphs_07OTTAWA2266() -> None:
    cable = cablegram.parse_cable(SEED_OTTAWA2266, year=2007)
    assert cable.reference_id == "07OTTAWA2266"
    assert [t.code for t in cable.tags] == ["PREL", "PGOV", "YI", "CA"]
    assert [src(SEED_OTTAWA2266, t) for t in cable.tags] == ["PREL", "PGOV", "YI", "CA"]
    assert [(r.letter, r.cable_id) for r in cable.references] == [
        ("A", "07STATE165486"),
        ("B", "07STATE165453"),
    ]
    assert src(SEED_OTTAWA2266, cable.references[1]) == "STATE 165453"
    (p,) = cable.paragraphs
    assert (p.number, p.marking.level) == ("1", "C")
    assert p.text.startswith("According to Department of Foreign Affairs")
    assert "](#)" not in p.text
    assert uncovered(cable) == []


def test_h13_pilcrow_before_ref_letter_and_paragraph_06SANJOSE1955() -> None:
    cable = cablegram.parse_cable(SANJOSE1955)
    a, b = cable.references
    assert (a.letter, a.kind, a.cable_id) == ("A", ReferenceKind.CABLE, "06STATE139584")
    assert (b.letter, b.kind) == ("B", ReferenceKind.EMAIL)
    assert src(SANJOSE1955, b) == "WHA-SAN JOSE EMAIL 8/16/06"
    (p,) = cable.paragraphs
    assert p.number == "1" and "¶" not in p.text
    assert uncovered(cable) == []


# ======================================================= H-14 reference-id oddities


def test_h14_malformed_wikileaks_id_as_hint_08SECTION01GF02BISHIEK21() -> None:
    cable = cablegram.parse_cable(BISHKEK1021, reference_id="08SECTION01GF02BISHIEK21")
    assert cable.reference_id == "08BISHKEK1021"  # FM post and DE serial
    assert "reference-id-mismatch" in codes(cable)
    assert uncovered(cable) == []


def test_h14_section_words_in_wikileaks_id_09SECTION01OF03SANJOSE525() -> None:
    hint = "09SECTION01OF03SANJOSE525"
    assert cablegram.canonical_id(hint) == "09SANJOSE525"
    cable = cablegram.parse_cable(SANJOSE525, reference_id=hint)
    assert cable.reference_id == "09SANJOSE525"
    assert "reference-id-mismatch" not in codes(cable)
    assert uncovered(cable) == []


# 01PRETORIA1173, lines 1-15
PRETORIA1173 = """\
O 231553Z FEB 01
FM AMEMBASSY PRETORIA
TO SECSTATE WASHDC IMMEDIATE 7691
INFO SOUTHERN AFRICAN DEVELOPMENT COMMUNITY PRIORITY

Friday, 23 February 2001, 15:53
C O N F I D E N T I A L SECTION 01 OF 02 PRETORIA 001173
FOR AF AND S/S FROM AMBASSADOR
EO 12958 DECL: 02/22/2011
TAGS PREL, PGOV, SF

SUBJECT: THIN-SKINNED MBEKI WILL REQUIRE DEFT HANDLING
REF: A. 99 PRETORIA 12315  B. 99 PRETORIA 12316  C. 00 PRETORIA 9150  D. 00 CAPE TOWN \
2150  E. PRETORIA 425  F. PRETORIA 533  G. CAPE TOWN 179  H. PRETORIA 619
CLASSIFIED BY AMBASSADOR DELANO E. LEWIS. REASONS 1.5 (B) AND (D).

"""


def test_h14_two_digit_years_across_2000_01PRETORIA1173() -> None:
    cable = cablegram.parse_cable(PRETORIA1173)
    assert cable.reference_id == "01PRETORIA1173"
    assert [r.cable_id for r in cable.references] == [
        "99PRETORIA12315", "99PRETORIA12316", "00PRETORIA9150", "00CAPETOWN2150",
        "01PRETORIA425", "01PRETORIA533", "01CAPETOWN179", "01PRETORIA619",
    ]  # fmt: skip
    assert [r.year for r in cable.references][:4] == [1999, 1999, 2000, 2000]
    assert uncovered(cable) == []


# 04BRUSSELS4944, lines 1-18
BRUSSELS4944 = """\
This record is a partial extract of the original cable. The full text of the original \
cable is not available.

C O N F I D E N T I A L BRUSSELS 004944

SIPDIS

E.O. 12958: DECL: 11/19/2014
TAGS: PREL EAID MASS MARR IR CH BO EUN USEU BRUSSELS
SUBJECT: COMMISSION AND COUNCIL RESPONSES ON NOV. 22 GAERC
DEMARCHE

REF: A. STATE 244333
     ¶B. US...
23064 11/19/2004 15:41 04BRUSSELS4944 C O N F I D E N T I A L BRUSSELS 004944 SIPDIS \
E.O. 12958: DECL: 11/19/2014 TAGS: PREL EAID MASS MARR IR CH BO EUN USEU BRUSSELS

SUBJECT: COMMISSION AND COUNCIL RESPONSES ON NOV. 22 GAERC DEMARCHE REF: A. STATE \
244333 B. USEU BRUSSELS 4936 Classified By: Rick Holtzapple, PolOff, Reasons 1.4 B/D

¶1. (U) PolOffs have delivered Ref A points to contacts in the Council Secretariat and \
the personal staff of new External Relations Commissioner Ferrero-Waldner (who will be \
attending her first GAERC as a Commissioner on Monday).
"""


def test_h14_useu_brussels_reference_04BRUSSELS4944() -> None:
    cable = cablegram.parse_cable(BRUSSELS4944, year=2004)
    assert [r.cable_id for r in cable.references] == ["04STATE244333", "04BRUSSELS4936"]
    assert uncovered(cable) == []


# ======================================================= H-15 WikiLeaks Created vs csv date


def test_h15_created_metadata_does_not_override_dtg_08STOCKHOLM748() -> None:
    # WikiLeaks' Created for this page is 2008-11-07 16:04 (the DE day, wrong minutes)
    created = {"created": "2008-11-07 16:04"}
    cable = cablegram.parse_cable(STOCKHOLM748, metadata=created)
    assert cable.date == dt.datetime(2008, 11, 10, 16, 32, tzinfo=UTC)
    assert cable.metadata["created"] == "2008-11-07 16:04"
    assert uncovered(cable) == []


def test_h15_csv_row_date_used_when_no_dtg_05MANAMA1672() -> None:
    cable = cablegram.parse_cable(MANAMA1672)
    assert cable.date == dt.datetime(2005, 11, 14, 10, 58, tzinfo=UTC)
    assert cable.reference_id == "05MANAMA1672"
    assert uncovered(cable) == []


# ======================================================= H-16 E.O. line and DECL values


def test_h16_two_digit_decl_year_after_dtg_year_97WELLINGTON1656() -> None:
    cable = cablegram.parse_cable(WELLINGTON1656)
    d = cable.declassification
    assert d.raw == "E.O. 12958: DECL: 12/20/07"
    assert (d.order, d.date) == ("12958", dt.date(2007, 12, 20))  # not 1907: after 1997
    assert "decl-date" not in codes(cable)
    assert uncovered(cable) == []


# 04COLOMBO11, lines 3-14
COLOMBO11 = """\
C O N F I D E N T I A L SECTION 01 OF 03 COLOMBO 000011

SIPDIS

DEPARTMENT FOR SA, SA/INS, S/CT
DEPARTMENT PLEASE ALSO PASS TOPEC
NSC FOR E. MILLARD

E.O. 12958:  DECL:  01-05-14
TAGS: PGOV PREL PINS CE IN LTTE

SUBJECT:  Ambassador delivers Secretary Powell's letter to President Kumaratunga
"""


def test_h16_decl_mm_dd_yy_with_hyphens_04COLOMBO11() -> None:
    cable = cablegram.parse_cable(COLOMBO11)
    d = cable.declassification
    assert d.raw == "E.O. 12958:  DECL:  01-05-14"
    assert d.date == dt.date(2014, 1, 5)
    assert "decl-date" not in codes(cable)
    assert uncovered(cable) == []


# 08REYKJAVIK173, lines 12-18
REYKJAVIK173 = """\
C O N F I D E N T I A L REYKJAVIK 000173

SIPDIS

E.O. 12985:  DECL:  08/14/2018
TAGS: MOPS PREL PHUM NATO UN GG RS IC
SUBJECT: TFGG01: ICELAND ON RUSSIAN ACTIVITIES IN GEORGIA
"""


def test_h16_misspelt_order_12985_08REYKJAVIK173() -> None:
    cable = cablegram.parse_cable(REYKJAVIK173)
    d = cable.declassification
    assert (d.order_raw, d.order, d.date) == ("12985", "12958", dt.date(2018, 8, 14))
    (diag,) = [x for x in cable.diagnostics if x.code == "eo-order"]
    assert diag.severity is Severity.INFO
    assert uncovered(cable) == []


# 06NAIROBI1114, lines 16-25
NAIROBI1114 = """\
S E C R E T SECTION 01 OF 03 NAIROBI 001114

SIPDIS

SIPDIS
NOFORN

E.O. 12958: DECL: (X1)
TAGS: PINS SNAR ASEC ECON PREL KCOR KDEM KE
SUBJECT: AN UNSETTLED KENYA AWAITS NEXT SHOE TO DROP
"""


def test_h16_exemption_code_in_parentheses_06NAIROBI1114() -> None:
    cable = cablegram.parse_cable(NAIROBI1114)
    d = cable.declassification
    assert (d.codes, d.date, d.not_applicable) == (("X1",), None, False)
    assert d.text == "DECL: (X1)"
    assert "decl-date" not in codes(cable) and "decl-missing" not in codes(cable)
    assert uncovered(cable) == []


# 06CARACAS219, lines 31-46
CARACAS219 = """\
S E C R E T SECTION 01 OF 06 CARACAS 000219

SIPDIS

SECRET NOFORN

SIPDIS
SIPDIS

HQSOUTHCOM ALSO FOR POLAD
FOR FRC LAMBERT

E.O. 12958: DNG: CO 01/26/2021
TAGS: PGOV PREL VE
SUBJECT: CUBA/VENEZUELA AXIS OF MISCHIEF: THE VIEW FROM
CARACAS
"""


def test_h16_downgrade_instruction_kept_06CARACAS219() -> None:
    cable = cablegram.parse_cable(CARACAS219)
    d = cable.declassification
    assert d.raw == "E.O. 12958: DNG: CO 01/26/2021"
    assert d.text == "DNG: CO 01/26/2021"
    assert "decl-date" not in codes(cable)
    assert [t.code for t in cable.tags] == ["PGOV", "PREL", "VE"]
    assert uncovered(cable) == []


# 08QUITO297, lines 1-27
QUITO297 = """\
VZCZCXYZ0018
OO RUEHWEB

DE RUEHQT #0297/01 0881022
ZNY CCCCC ZZH
O 281022Z MAR 08
FM AMEMBASSY QUITO
TO RUEHC/SECSTATE WASHDC IMMEDIATE 8682
INFO RUEHBO/AMEMBASSY BOGOTA 7464
RUEHBR/AMEMBASSY BRASILIA 3876
RUEHCV/AMEMBASSY CARACAS 2962
RUEHLP/AMEMBASSY LA PAZ MAR LIMA 2507
RUEHGL/AMCONSUL GUAYAQUIL 3441
RHEFDIA/DIA WASHINGTON DC
RHMFISS/CDR USSOUTHCOM MIAMI FL

C O N F I D E N T I A L QUITO 000297

SIPDIS

SIPDIS

E.O. 12958: DECL: TEN YEARS
TAGS: PGOV PREL PTER MARR EC CO VE
SUBJECT: SFRC STAFFDEL CARL MEACHAM VISIT TO QUITO

Classified By: CDA Douglas Griffiths for Reasons 1.4 (b&d).
"""


def test_h16_duration_in_words_08QUITO297() -> None:
    cable = cablegram.parse_cable(QUITO297)
    d = cable.declassification
    assert (d.text, d.codes, d.not_applicable) == ("DECL: TEN YEARS", (), False)
    assert "decl-date" not in codes(cable)
    assert uncovered(cable) == []


# 09BRASILIA1292, lines 12-19
BRASILIA1292 = """\
UNCLAS SECTION 01 OF 03 BRASILIA 001292

SIPDIS

E.O. 12958: NA
TAGS: PHUM PREL ELAB ECON PGOV SOCI BR
SUBJECT: Third Meeting of the Steering Group of the U.S.-Brazil
Joint Action Plan to Eliminate Racial and Ethnic  Discrimination and Promote Equality, \
October 22-23
"""


def test_h16_na_without_slash_09BRASILIA1292() -> None:
    cable = cablegram.parse_cable(BRASILIA1292)
    d = cable.declassification
    assert (d.not_applicable, d.date, d.text) == (True, None, "NA")
    assert uncovered(cable) == []


# 09ABUDHABI347, lines 12-23
ABUDHABI347 = """\
S E C R E T ABU DHABI 000347

NOFORN
SIPDIS

FOR S, S/SRAP HOLBROOKE AND S/SAGSWA ROSS
DEPARTMENT ALSO FOR NEA/FO, NEA/ARP AND NEA/IR

E.O. 12958: 03/24/2019
TAGS: PTER PGOV PREL PARM MOPS IR AF PK AE
SUBJECT: ABU DHABI CROWN PRINCE REITERATES IRAN CONCERNS FOR S/SRAP
HOLBROOKE
"""


def test_h16_date_without_decl_keyword_09ABUDHABI347() -> None:
    cable = cablegram.parse_cable(ABUDHABI347)
    d = cable.declassification
    assert (d.order, d.date, d.text) == ("12958", dt.date(2019, 3, 24), "03/24/2019")
    assert uncovered(cable) == []


# 09STATE67105, lines 11-36
STATE67105 = """\
P 291659Z JUN 09
FM SECSTATE WASHDC
TO SECURITY OFFICER COLLECTIVE PRIORITY
AMEMBASSY TRIPOLI PRIORITY
INFO AMCONSUL CASABLANCA PRIORITY
XMT AMCONSUL JOHANNESBURG
AMCONSUL JOHANNESBURG

S E C R E T STATE 067105

NOFORN

E.O. 12958: DECL: MR
TAGS: ASEC
SUBJECT: DIPLOMATIC SECURITY DAILY

Classified By: Derived from Multiple Sources

SECRET//FGI//NOFORN

Declassify on: Source marked 25X1-human, Date of source: June
27, 2009

¶1. (U) Diplomatic Security Daily, June 27-29, 2009

¶2. (U) Iraq - Paragraphs 7-11
"""


def test_h16_mr_manual_review_09STATE67105() -> None:
    cable = cablegram.parse_cable(STATE67105)
    d = cable.declassification
    assert (d.codes, d.date, d.not_applicable) == (("MR",), None, False)
    assert uncovered(cable) == []


# ======================================================= H-17 TAGS variants

# 09LONDON2178, lines 10-18
LONDON2178 = """\
C O N F I D E N T I A L LONDON 002178

SIPDIS

E.O. 12958: DECL: 09/17/2019
TAGS:
PGOV, PHUM, PINR, PREL, PROP, PTER, CASC, IR, UK
SUBJECT: IRAN: HMG "WILL DISCUSS" RAISING CASES OF
MISSING/DETAINED AMERICANS
"""


def test_h17_keyword_alone_list_on_next_line_09LONDON2178() -> None:
    cable = cablegram.parse_cable(LONDON2178)
    tags = cable.tags
    assert [t.code for t in tags] == [
        "PGOV", "PHUM", "PINR", "PREL", "PROP", "PTER", "CASC", "IR", "UK"
    ]  # fmt: skip
    assert src(LONDON2178, tags[0]) == "PGOV"
    assert cable.subject.text.startswith("IRAN: HMG")
    assert uncovered(cable) == []


# 09BRASILIA952, lines 14-24
BRASILIA952 = """\
S E C R E T BRASILIA 000952

NOFORN
SIPDIS

STATE FOR D, P, T, AND WHA

E.O. 12958: DECL: 07/31/2019

TAG MASS, PREL, BR
SUBJECT: BRAZIL,S AIR FORCE COMMANDER ASKS FOR STATE ASSURANCES ON TECH TRANSFER BY \
AUGUST 6
"""


def test_h17_keyword_tag_commas_09BRASILIA952() -> None:
    cable = cablegram.parse_cable(BRASILIA952)
    assert [(t.code, t.kind) for t in cable.tags] == [
        ("MASS", TagKind.SUBJECT),
        ("PREL", TagKind.SUBJECT),
        ("BR", TagKind.GEOGRAPHIC),
    ]
    assert uncovered(cable) == []


# 06PARIS7755, lines 11-20
PARIS7755 = """\
S E C R E T SECTION 01 OF 03 PARIS 007755

SIPDIS

SIPDIS

EO 12958 DECL: 01/01/2016
TAGS PREL, FR, EUN, NATO, RS, UNO, SR, YI, TU, CY
SUBJECT: A/S FRIED AND FRENCH NSA-EQUIVALENT
GOURDAULT-MONTAGNE DISCUSS RUSSIA-GEORGIA, RUSSIA-KOSOVO AND TURKEY-EU
"""


def test_h17_state_codes_sr_and_old_yi_06PARIS7755() -> None:
    cable = cablegram.parse_cable(PARIS7755)
    tags = {t.code: t for t in cable.tags}
    assert list(tags) == ["PREL", "FR", "EUN", "NATO", "RS", "UNO", "SR", "YI", "TU", "CY"]
    assert (tags["SR"].kind, tags["SR"].meaning) == (TagKind.GEOGRAPHIC, "Serbia")
    assert tags["YI"].meaning == "Serbia and Montenegro"
    assert tags["RS"].meaning == "Russia"
    assert uncovered(cable) == []


# 06BAKU1661, lines 19-25
BAKU1661 = """\
C O N F I D E N T I A L SECTION 01 OF 03 BAKU 001661
SIPDIS
SIPDIS
EO 12958 DECL: 11/15/2016
TAGS AJ, PGOV, PREL, EPET, ENRG, RU
SUBJECT: BP AZERBAIJAN PRESIDENT SAYS AZERBAIJAN MOVING
SLOWLY TO ADDRESS GAS PROBLEM
"""


def test_h17_iso_code_ru_leaks_in_06BAKU1661() -> None:
    cable = cablegram.parse_cable(BAKU1661)
    assert [t.code for t in cable.tags] == ["AJ", "PGOV", "PREL", "EPET", "ENRG", "RU"]
    ru = cable.tags[-1]
    assert (ru.kind, ru.meaning) == (TagKind.GEOGRAPHIC, "Russia")
    assert uncovered(cable) == []


def test_h17_trailing_comma_continues_the_list_08TRIPOLI680() -> None:
    cable = cablegram.parse_cable(TRIPOLI680)
    assert [t.code for t in cable.tags] == [
        "OVIP", "PGOV", "PREL", "PHUM", "ECON", "KDEM", "PTER", "KISL", "AU", "SU",
        "LY", "AG", "TS", "MO",
    ]  # fmt: skip
    assert src(TRIPOLI680, cable.tags[-4]) == "LY"
    assert uncovered(cable) == []


def test_h17_au_is_the_african_union_in_tripoli_08TRIPOLI680() -> None:
    cable = cablegram.parse_cable(TRIPOLI680)
    (au,) = [t for t in cable.tags if t.code == "AU"]
    assert au.kind is TagKind.ORGANIZATION
    assert au.meaning is not None and "African Union" in au.meaning
    assert uncovered(cable) == []


# 08BEIJING3662, lines 14-41
BEIJING3662 = """\
UNCLAS SECTION 01 OF 05 BEIJING 003662

SENSITIVE
SIPDIS

SAN FRANCISCO FRB FOR CURRAN/GLICK; NEW YORK FRB FOR
CLARK/CRYSTAL/DAWSON
STATE PASS CFTC FOR OIA/GORLICK
CEA FOR BLOCK
USDOC FOR ITA/MAC DAS KASOFF, MELCHER AND OCEA/MCQUEEN
TREASURY FOR AMB.HOLMER, WRIGHT AND TSMITH
TREASURY FOR OASIA - DOHNER/HAARSAGER/CUSHMAN
TREASURY FOR IMFP - SOBEL/MOGHTADER
NSC FOR LOI
STATE FOR EAP/CM AND EEB/OMA

E.O. 12958: N/A
EFIN, ECON, EINV, PGOV, CH
SUBJECT: Beijing Welcomes Coordination in Financial
Crisis; Concerns about Growth Going Forward

REF: A. Hong Kong 1747 and previous, B. E-mail
Shanghai Financial Update, Friday, September 19, 2008
¶C. e-mail Shanghai Update 9-18-2008: Local Reaction to
the U.S. Financial Crisis D. Shanghai 402 and previous
¶E. Beijing 3501

¶1. Summary. Chinese Government officials praised U.S.
"""


def test_h17_tags_line_without_keyword_08BEIJING3662() -> None:
    cable = cablegram.parse_cable(BEIJING3662)
    assert [t.code for t in cable.tags] == ["EFIN", "ECON", "EINV", "PGOV", "CH"]
    d = cable.declassification
    assert (d.not_applicable, d.text) == (True, "N/A")
    assert uncovered(cable) == []


# ======================================================= H-18 REF variants

# 06BRASILIA888, lines 19-32 (long lines cut at 200 characters)
BRASILIA888 = """\
C O N F I D E N T I A L SECTION 01 OF 02 BRASILIA 000888

SIPDIS

SIPDIS

E.O. 12958: DECL: 05/08/2016
TAGS: PREL EINV EPET XM BR
SUBJECT: BRAZILIAN FOREIGN MINISTRY SAYS "NO CRISIS YET" WITH BOLIVIA, BUT TWO \
POTENTIAL FLASHPOINTS ARE BREWING

REF: BRASILIA 882 BRASILIA 00000888 001.2 OF 002
Classified By: PolCouns Dennis Hearne, 1.4 (B) & (D)

¶1. (C) Summary: Bolivia agreed not to interrupt gas supplies to Brazil, and Brazil \
agreed to continue investing in Bolivia's hydrocarbon industry at the May 4 meeting in \
Puerto Iguazu, Argentina, acc
"""


def test_h18_page_marker_on_the_ref_line_06BRASILIA888() -> None:
    cable = cablegram.parse_cable(BRASILIA888, year=2006)
    (ref,) = cable.references
    assert (ref.letter, ref.origin, ref.serial, ref.cable_id) == (
        None,
        "BRASILIA",
        "882",
        "06BRASILIA882",
    )
    assert src(BRASILIA888, ref) == "BRASILIA 882"
    assert [m.text for m in cable.page_markers] == ["BRASILIA 00000888 001.2 OF 002"]
    assert cable.classified_by.name == "Dennis Hearne"
    assert uncovered(cable) == []


def test_h18_parenthesised_letters_telecon_on_two_lines_90BAGHDAD4397() -> None:
    cable = cablegram.parse_cable(BAGHDAD4397)
    a, b, c = cable.references
    assert (a.letter, a.kind, a.cable_id) == ("A", ReferenceKind.CABLE, "90STATE253201")
    assert (b.letter, b.kind, b.text) == ("B", ReferenceKind.TELCON, "WILSON/MACK TELECON")
    assert src(BAGHDAD4397, b) == "WILSON/MACK\nTELECON"
    assert (c.letter, c.kind) == ("C", ReferenceKind.TELCON)
    assert uncovered(cable) == []


def test_h18_all_notal_covers_every_reference_09SECTION01OF03SANJOSE525() -> None:
    cable = cablegram.parse_cable(SANJOSE525)
    assert [r.letter for r in cable.references] == list("ABCDEFG")
    assert [r.notal for r in cable.references] == [True] * 7
    assert uncovered(cable) == []


# ======================================================= H-19 Classified By variants


def test_h19_numbered_classified_by_paragraph_97WELLINGTON1656() -> None:
    cable = cablegram.parse_cable(WELLINGTON1656)
    c = cable.classified_by
    assert (c.name, c.title, c.reason_section, c.reason_letters) == (
        "JOSIAH H. BEEMAN",
        "AMBASSADOR",
        "1.5",
        ("b", "d"),
    )
    assert cable.paragraphs == ()  # paragraph 1 is the Classified By line
    assert uncovered(cable) == []


def test_h19_derived_from_multiple_sources_09STATE67105() -> None:
    cable = cablegram.parse_cable(STATE67105)
    c = cable.classified_by
    assert (c.name, c.reason_section, c.reason_letters) == (None, None, ())
    assert c.text == "Classified By: Derived from Multiple Sources"
    assert "classified-by-reason" not in codes(cable)
    assert uncovered(cable) == []


def test_h19_reason_section_typo_1_slash_4_09STOCKHOLM194() -> None:
    cable = cablegram.parse_cable(STOCKHOLM194)
    c = cable.classified_by
    assert (c.name, c.title) == ("Robert Silverman", "CDA")
    assert (c.reason_section, c.reason_letters) == ("1.4", ("b", "d", "e", "g"))
    assert uncovered(cable) == []


def test_h19_absent_on_a_secret_cable_90BAGHDAD4397() -> None:
    cable = cablegram.parse_cable(BAGHDAD4397)
    assert cable.classification is Classification.SECRET
    assert cable.classified_by is None
    assert errors(cable) == []
    assert uncovered(cable) == []


# ======================================================= H-20 paragraph marks


def test_h20_entire_text_mark_90BAGHDAD4397() -> None:
    cable = cablegram.parse_cable(BAGHDAD4397)
    first, *rest = cable.paragraphs
    m = first.marking
    assert (first.number, m.level, m.entire_text, m.raw) == ("1", "S", True, "(S-ENTIRE TEXT)")
    assert [(p.number, p.marking) for p in rest] == [("2", None), ("3", None), ("4", None)]
    assert "marking-syntax" not in codes(cable)
    assert uncovered(cable) == []


# 09KABUL376, lines 10-19 (long lines cut at 200 characters)
KABUL376 = """\
C O N F I D E N T I A L SECTION 01 OF 02 KABUL 000376

SIPDIS

EO 12958 DECL: 02/16/2019
TAGS PGOV, PREL, PTER, SNAR, AF, PK, IR
SUBJECT: PRESIDENT KARZAI PREVIEWS STRATEGIC REVIEW IDEAS
FOR USD/P FLOURNOY

¶1. (C NF) President Karzai on February 15 told Undersecretary of Defense for Policy \
Flournoy that his government welcomed the opportunity to join in the USG’s strategic \
policy review. He suggested hi
"""


def test_h20_mark_with_space_separator_09KABUL376() -> None:
    cable = cablegram.parse_cable(KABUL376)
    (p,) = cable.paragraphs
    assert (p.marking.raw, p.marking.level, p.marking.controls) == ("(C NF)", "C", ("NF",))
    assert "marking-syntax" not in codes(cable)
    assert uncovered(cable) == []


# 09CARACAS1444, lines 34-52
CARACAS1444 = """\
S E C R E T SECTION 01 OF 02 CARACAS 001444

SENSITIVE
SIPDIS

E.O. 12958: DECL: 11/10/2029
TAGS: PREL PINS MARR MCAP MOPS VE
SUBJECT: GBRV STRATEGY ON COLOMBIA-DCA DISPUTE BECOMING
CLEARER

REF: A. CARACAS 1443
     ¶B. CARACAS 1430
     ¶C. CARACAS 1207
     ¶D. CARACAS 1144

Classified By: Acting Pol Counselor Rolf Olson, for reason 1.4 (d)

¶1. (SE) Summary: Following President Chavez's November 8
urging that the Venezuelan public "prepare for war" to defend
"""


def test_h20_mark_typo_kept_raw_with_warning_09CARACAS1444() -> None:
    cable = cablegram.parse_cable(CARACAS1444)
    (p,) = cable.paragraphs
    assert (p.number, p.marking.raw, p.marking.level) == ("1", "(SE)", None)
    assert src(CARACAS1444, p.marking) == "(SE)"
    assert p.text.startswith("Summary: Following President Chavez's November 8")
    (w,) = [d for d in cable.diagnostics if d.code.startswith("marking-")]
    assert w.severity is Severity.WARNING
    assert uncovered(cable) == []


# 09REYKJAVIK104, lines 44-62
REYKJAVIK104 = """\

¶2. (SBU) Begin responses to reftel (note internal numbering):
9a. Heidar said in the report of the SWG, there is a footnote
indicating a reservation by two countries, one of which is Iceland.
Although Heidar described the footnote as inaccurate in detail, he
said the principal meaning was conveyed.  The Icelandic delegation
is concerned about the two stage process -- first separating Japan
and sanctuaries in one stage and then moving on to a second stage on
general rules.  In Iceland's view, the "Future" process should be
combined in a single package.

9b. Heidar said that the meetings should be closed to observers and
for states only.  He clarified that Iceland has no difficulty
speaking in front of observers, but it is their experience that
others might not speak their mind in an open meeting.

9c. Heidar said it would be more realistic to limit the number of
participants in these discussions to the number of countries that
are most affected.  He further clarified this as meaning whaling
"""


def test_h20_lettered_sub_numbers_09REYKJAVIK104() -> None:
    cable = cablegram.parse_cable(REYKJAVIK104, year=2009)
    assert [p.number for p in cable.paragraphs] == ["2", "9a", "9b", "9c"]
    assert cable.paragraphs[0].marking.level == "SBU"
    assert [p.marking for p in cable.paragraphs[1:]] == [None, None, None]
    assert cable.paragraphs[1].text.startswith("Heidar said in the report of the SWG")
    assert uncovered(cable) == []


# ======================================================= H-21 section joins and page markers

# 00HARARE5461, lines 1-53
HARARE5461 = """\
This record is a partial extract of the original cable. The full text of the original \
cable is not available.



                           CONFIDENTIAL     PTQ2529

PAGE 01        HARARE  05461  01 OF 02  271458Z
ACTION AF-00

INFO  LOG-00   NP-00    ACQ-00   CIAE-00  DINT-00  DODE-00  SRPP-00
      DS-00    EUR-00   FBIE-00  VC-00    H-01     TEDE-00  INR-00
      L-00     VCE-00   AC-01    NSAE-00  OMB-01   OPIC-01  PA-00
      PM-00    PRS-00   ACE-00   P-00     SP-00    IRM-00   SSO-00
      TRSE-00  USIE-00  R-00     PMB-00   DSCC-00  DRL-02   G-00
      NFAT-00  SAS-00     /006W
                  ------------------8A8E0D  271459Z /38
FM AMEMBASSY HARARE
TO SECSTATE WASHDC IMMEDIATE 7212
INFO NSC WASHDC IMMEDIATE
SOUTHERN AFRICAN DEVELOPMENT COMMUNITY

C O N F I D E N T I A L SECTION 01 OF 02 HARARE 005461

SIPDIS

NSC FOR SENIOR AFRICA DIRECTOR GAYLE SMITH
LONDON FOR CHARLES GURNEY
PARIS FOR BISA WILLIAMS
PASS USTR FOR ROSA WHITAKER

EO 12958 DECL: 09/21/10
TAGS PGOV, PINS, ZI, MDC, ZANU-PF

SUBJECT:  ZANU-PF REPORTEDLY INTERESTED IN DEAL WITH MDC
THAT INVOLVES MUGABE’S DEPARTURE

REF: HARARE 5346  CONFIDENTIAL
PAGE 02 HARARE 05461 01 OF 02 271458Z

CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).

SUMMARY
-------

¶1. (C) ACCORDING TO A SENIOR MDC ADVISOR, THE OPPOSITION PARTY HAS RECEIVED ADDITIONAL \
FEELERS FROM ZANU-PF ABOUT MAKING A DEAL THAT INVOLVES PRESIDENT MUGABE’S DEPARTURE \
FROM OFFICE. MDC PRESIDENT MORGAN TSVANGIRAI IS REPORTEDLY WILLING TO AGREE TO A \
GRACEFUL EXIT FOR MUGABE BECAUSE IT IS IN ZIMBABWE’S NATIONAL INTEREST. THE MDC ADVISOR \
SAID KOFI ANNAN RECENTLY OFFERED MUGABE A PACKAGE TO STEP DOWN, WHICH HE DECLINED, AND \
THAT A SHADY ZIMBABWEAN BUSINESSMAN HAS TOLD ZANU-PF HE IS WILLING TO FINANCE A \
“RETIREMENT PACKAGE” FOR THE PRESIDENT. MEANWHILE, XXXXXXXXXXXX HAS BEEN ASKED BY THE \
MDC TO ORGANIZE A PRIVATE SECTOR INITIATIVE FOCUSED ON FORGING AN AGREEMENT BETWEEN \
ZANU-PF AND THE MDC ON A WAY OUT OF ZIMBABWE’S CURRENT MESS. END SUMMARY.

ZANU-PF SEES WRITING ON WALL, WANTS A DEAL
------------------------------------------

¶2. (C) IN A SEPTEMBER 26 CALL ON DCM AND POLOFF, XXXXXXXXXXXX SAID THE BUSINESS \
INTERESTS OF SENIOR ZANU-PF MEMBERS ARE BEING BADLY DAMAGED BY THE CURRENT ECONOMIC AND \
POLITICAL SITUATION. THEY BLAME PRESIDENT MUGABE AND ARE DETERMINED TO FIND A WAY TO \
EASE HIM OUT IN A DIGNIFIED WAY. AT THE SAME TIME, THEY REALIZE  CONFIDENTIAL
PAGE 03 HARARE 05461 01 OF 02 271458Z THAT THE MDC IS GAINING STRENGTH IN THE RURAL \
AREAS -- TWO RECENT RALLIES BY MDC PRESIDENT MORGAN TSVANGIRAI ATTRACTED THOUSANDS OF \
PEOPLE AND RAISED FUNDS FOR THE PARTY -- AND SEE THEIR LOSS OF POWER AS INEVITABLE. \
THEY HAVE BEGUN TO TALK SERIOUSLY TO THE MDC ABOUT MAKING A DEAL. ALTHOUGH HE IS NOT \
ENTHUSIASTIC ABOUT IT, MDC PRESIDENT MORGAN TSVANGIRAI HAS AGREED THAT IT IS IN \
ZIMBABWE’S BEST
SIPDIS INTERESTS FOR THE MDC TO DO ALL IT CAN TO SECURE A GRACEFUL EXIT STRATEGY THAT \
PRESERVES SOMEWHAT OF A POSITIVE LEGACY FOR MUGABE. OTHERWISE, THE PRESIDENT WOULD HAVE \
LITTLE INCENTIVE TO GO.

"""


def test_h21_received_copy_page_headers_mid_text_00HARARE5461() -> None:
    cable = cablegram.parse_cable(HARARE5461, year=2000)
    assert cable.reference_id == "00HARARE5461"
    assert [m.text.split("\n")[-1] for m in cable.page_markers] == [
        "PAGE 02 HARARE 05461 01 OF 02 271458Z",
        "PAGE 03 HARARE 05461 01 OF 02 271458Z",
    ]
    (ref,) = cable.references
    assert (ref.cable_id, src(HARARE5461, ref)) == ("00HARARE5346", "HARARE 5346")
    assert cable.classified_by.name == "EARL IRVING"
    p2 = next(p for p in cable.paragraphs if p.number == "2")
    assert "HARARE 05461" not in p2.text
    assert "THAT THE MDC IS GAINING STRENGTH IN THE RURAL AREAS" in p2.text
    copy = cable.received_copy
    assert (copy.page_station, copy.serial, copy.time) == ("HARARE", "05461", "271458Z")
    assert (copy.kind, copy.total, copy.copy_mark) == ("ACTION", 6, "W")
    assert uncovered(cable) == []


# 09BELGRADE765, lines 51-56
BELGRADE765 = """\
Comment
-------
¶10. (C) Although the current Serbian government is democratic and
BELGRADE 00000765 004 OF 004
pro-European, it is also frequently unfocused and politically timid. Our challenge is \
to make it clear that Vice President Biden’s visit wasn’t merely a reward for good \
behavior, but rather the start of what needs to be a much more intensive dialogue on \
how we can work together more closely and productively on our shared objectives. End \
Comment.
BRUSH BRUSH
"""


def test_h21_smart_marker_on_own_line_mid_sentence_09BELGRADE765() -> None:
    cable = cablegram.parse_cable(BELGRADE765, year=2009)
    assert [m.text for m in cable.page_markers] == ["BELGRADE 00000765 004 OF 004"]
    p = cable.paragraphs[-1]
    assert p.number == "10"
    assert p.text.startswith(
        "Although the current Serbian government is democratic and pro-European, it is also"
    )
    assert uncovered(cable) == []


# ======================================================= H-22 redactions

# 07BUJUMBURA479, lines 1-30 (long lines cut at 200 characters)
BUJUMBURA479 = """\
VZCZCXYZ0017
PP RUEHWEB

DE RUEHJB #0479/01 1781623
ZNY SSSSS ZZH
P 271623Z JUN 07
FM AMEMBASSY BUJUMBURA
TO RUEHC/SECSTATE WASHDC PRIORITY 0401
INFO RUEHKI/AMEMBASSY KINSHASA 0006

S E C R E T BUJUMBURA 000479

SIPDIS

SIPDIS

DEPT FOR: DS/IP/AF, DS/IP/ITA

EO 12958 DECL: 06/27/2017
TAGS KCRM, KNNP, MNUC, PARM, PREL, PTER, ASEC, BY
SUBJECT: ALLEGED NUCLEAR SMUGGLING INCIDENT IN BUJUMBURA,
BURUNDI

REF: A. 06 STATE 163201  B. 04 STATE 230588

Classified By: XXXXXXXXXXXX reason 1.4 (g,h)

¶1. (C/NF) Post wishes to alert the Department and Washington agencies per reftels that \
it has received a report indicating a potential incident of illicit trafficking in \
nuclear and/or radiological m

¶2. (C/NF) XXXXXXXXXXXX XXXXXXXXXXXX They control the items. The ARSO obtained copies \
of their identification cards.
"""


def test_h22_redacted_classifier_and_names_07BUJUMBURA479() -> None:
    cable = cablegram.parse_cable(BUJUMBURA479)
    c = cable.classified_by
    assert (c.name, c.reason_section, c.reason_letters) == ("XXXXXXXXXXXX", "1.4", ("g", "h"))
    assert cable.paragraphs[1].text.startswith("XXXXXXXXXXXX XXXXXXXXXXXX They control the items.")
    assert [(r.letter, r.cable_id) for r in cable.references] == [
        ("A", "06STATE163201"),
        ("B", "04STATE230588"),
    ]
    assert cable.signature is None
    assert uncovered(cable) == []


# 04MADRID4687, lines 1-16
MADRID4687 = """\
This record is a partial extract of the original cable. The full text of the original \
cable is not available.

C O N F I D E N T I A L SECTION 01 OF 04 MADRID 004687

SIPDIS

E.O. 12958: DECL: 12/09/2014
TAGS: PREL PGOV PHUM SP
SUBJECT: DEPUTY FM LEON ON CUBA, IRAQ, AFGHANISTAN,
BILATERAL RELATIONS

Classified By: Charge Bob Manzanares; reasons 1.5 (B) and (D)

XXXXXXXXXXXX
//U.S.-SPAIN RELATIONS//

"""


def test_h22_redacted_line_before_a_heading_04MADRID4687() -> None:
    cable = cablegram.parse_cable(MADRID4687)
    assert cable.classified_by.name == "Bob Manzanares"
    assert cable.signature is None  # a redaction is not a signature
    assert any("XXXXXXXXXXXX" in p.text for p in cable.paragraphs)
    assert uncovered(cable) == []


# 05TASHKENT284, lines 29-34 (long lines cut at 200 characters)
TASHKENT284 = """\
¶4. (C) Aside from her interests in the telecommunications industry, Emboff also heard \
from XXXXXXXXXXXX that Gulnora struck a deal with local Mafia boss XXXXXXXXXXXX to take \
over his share of Zeromax

COMMENT
-------
XXXXXXXXXXXX
PURNELL
"""


def test_h22_redacted_comment_before_signature_05TASHKENT284() -> None:
    cable = cablegram.parse_cable(TASHKENT284, year=2005)
    assert cable.signature.text == "PURNELL"
    assert "XXXXXXXXXXXX" in cable.paragraphs[-1].text
    assert uncovered(cable) == []


# ======================================================= H-23 wrappers and partial texts

# 06TRIPOLI498, lines 1-75
TRIPOLI498 = """\
null
Brooke F Adams  09/14/2006 04:41:27 PM  From  DB/Inbox:  Brooke F Adams

Cable
Text:


S E C R E T        TRIPOLI 00498

SIPDIS
CXCAIRO:
    ACTION: POL
    INFO:   CONS RSO AMB AID PA ORA OMC LEGAT IPS ECON DEA
            DCM DAO

DISSEMINATION: POL
CHARGE: PROG

VZCZCCRO880
PP RUEHEG
DE RUEHTRO #0498/01 2571301
ZNY SSSSS ZZH
P 141301Z SEP 06
FM AMEMBASSY TRIPOLI
TO RUEHC/SECSTATE WASHDC PRIORITY 1206
INFO RUEHEG/AMEMBASSY CAIRO PRIORITY 0418
RUEHLO/AMEMBASSY LONDON PRIORITY 0440
RUEKJCS/SECDEF WASHINGTON DC
RUEAIIA/CIA WASHDC
RUEHAM/AMEMBASSY AMMAN 0018
RUEHVT/AMEMBASSY VALLETTA 0102
RUEHAS/AMEMBASSY ALGIERS 0304
RUEHTU/AMEMBASSY TUNIS 0546
RUEHTRO/AMEMBASSY TRIPOLI 1366

S E C R E T        TRIPOLI 00498

SIPDIS
CXCAIRO:
    ACTION: POL
    INFO:   CONS RSO AMB AID PA ORA OMC LEGAT IPS ECON DEA
            DCM DAO

DISSEMINATION: POL
CHARGE: PROG

VZCZCCRO880
PP RUEHEG
DE RUEHTRO #0498/01 2571301
ZNY SSSSS ZZH
P 141301Z SEP 06
FM AMEMBASSY TRIPOLI
TO RUEHC/SECSTATE WASHDC PRIORITY 1206
INFO RUEHEG/AMEMBASSY CAIRO PRIORITY 0418
RUEHLO/AMEMBASSY LONDON PRIORITY 0440
RUEKJCS/SECDEF WASHINGTON DC
RUEAIIA/CIA WASHDC
RUEHAM/AMEMBASSY AMMAN 0018
RUEHVT/AMEMBASSY VALLETTA 0102
RUEHAS/AMEMBASSY ALGIERS 0304
RUEHTU/AMEMBASSY TUNIS 0546
RUEHTRO/AMEMBASSY TRIPOLI 1366\tS E C R E T SECTION 01 OF 05 TRIPOLI 000498

SIPDIS

STATE NEA/MAG FOR GAVITO, CRITTENBERGER, VCI/BIO HAYESLIP; CAIRO
FOR DR. MARIE RICCIARDONE, NAMRUY  FOR DR. BRUCE BOYNTON

E.O. 12958: DECL:  9/14/2016
TAGS: CW PARM PREL AF LY
SUBJECT: U.S./UK/LIBYA TSCC BIO SUBCOMMITTEE MEETING, AUGUST 8-10,
2006

CLASSIFIED BY: Ethan Goldrich, CDA, Embassy Tripoli, State.
REASON: 1.4 (b), (d)
"""


def test_h23_mail_wrapper_and_doubled_header_06TRIPOLI498() -> None:
    cable = cablegram.parse_cable(TRIPOLI498)
    assert cable.wrapper[0].text == "null"
    assert cable.reference_id == "06TRIPOLI498"
    assert cable.date == dt.datetime(2006, 9, 14, 13, 1, tzinfo=UTC)
    assert cable.origin.address == "AMEMBASSY TRIPOLI"
    assert [a.address for a in cable.recipients] == ["SECSTATE WASHDC"]
    assert cable.declassification.date == dt.date(2016, 9, 14)
    assert [t.code for t in cable.tags] == ["CW", "PARM", "PREL", "AF", "LY"]
    assert cable.subject.text == "U.S./UK/LIBYA TSCC BIO SUBCOMMITTEE MEETING, AUGUST 8-10, 2006"
    assert cable.classified_by.name == "Ethan Goldrich"
    assert uncovered(cable) == []


def test_h23_guardian_dateline_01PRETORIA1173() -> None:
    cable = cablegram.parse_cable(PRETORIA1173)
    assert [w.text for w in cable.wrapper] == ["Friday, 23 February 2001, 15:53"]
    assert cable.date == dt.datetime(2001, 2, 23, 15, 53, tzinfo=UTC)  # from the DTG
    b = cable.banner
    assert (b.section.number, b.section.total, b.serial) == (1, 2, "001173")
    assert [h.text for h in cable.handling] == ["FOR AF AND S/S FROM AMBASSADOR"]
    assert cable.classified_by.name == "DELANO E. LEWIS"
    assert uncovered(cable) == []


# 05GABORONE411, lines 1-24
GABORONE411 = """\
This record is a partial extract of the original cable. The full text of the original \
cable is not available.


ACTION AF-00

INFO  LOG-00   NP-00    AID-00   AMAD-00  CIAE-00  INL-00   USNW-00
      DODE-00  DS-00    EB-00    OIGO-00  UTED-00  VC-00    H-00
      TEDE-00  INR-00   IO-00    L-00     VCE-00   DCP-00   NSAE-00
      NSCE-00  OIC-00   NIMA-00  PA-00    PER-00   GIWI-00  PRS-00
      P-00     SP-00    STR-00   TRSE-00  FMP-00   DSCC-00  PRM-00
      DRL-00   G-00     SAS-00   SWCI-00    /000W
                  ------------------CDA50C  181236Z /38
FM AMEMBASSY GABORONE
TO SECSTATE WASHDC 1869
INFO SOUTHERN AFRICAN DEVELOPMENT COMMUNITY

UNCLAS GABORONE 000411

SIPDIS

SENSITIVE BUT UNCLASSIFIED

E.O. 12958: N/A
TAGS: PGOV PHUM BC SAN CKGR
"""


def test_h23_post_distribution_block_05GABORONE411() -> None:
    cable = cablegram.parse_cable(GABORONE411)
    copy = cable.received_copy
    assert copy is not None
    assert [(o.office, o.copies) for o in copy.action] == [("AF", 0)]
    assert (copy.info[0].office, copy.total, copy.copy_mark) == ("LOG", 0, "W")
    assert copy.separator.startswith("------------------CDA50C")
    # no PAGE line anywhere: no station or serial, so no document number
    assert (copy.page_station, copy.serial, copy.time) == (None, None, None)
    assert cable.document_number is None
    assert cable.origin.address == "AMEMBASSY GABORONE"
    (to,) = cable.recipients
    assert (to.address, to.number) == ("SECSTATE WASHDC", "1869")
    assert [a.address for a in cable.info_recipients] == ["SOUTHERN AFRICAN DEVELOPMENT COMMUNITY"]
    assert uncovered(cable) == []


def test_h23_cable_dated_line_gives_the_date_05SANAA1352() -> None:
    cable = cablegram.parse_cable(SANAA1352)
    assert cable.date == dt.datetime(2005, 5, 23, 14, 26, tzinfo=UTC)
    assert cable.date_precision is DatePrecision.MINUTE  # the line gives the time
    assert cable.reference_id == "05SANAA1352"
    assert uncovered(cable) == []


# ======================================================= H-24 encodings


def test_h24_comma_for_apostrophe_kept_as_written_06SANJOSE1955() -> None:
    cable = cablegram.parse_cable(SANJOSE1955)
    assert cable.subject.text == "COSTA RICA ON CUBAN TRANSITION: WE,LL DO IT OUR WAY"
    assert 'use Costa Rica,s "moral stature"' in cable.paragraphs[0].text
    assert uncovered(cable) == []


def test_h24_curly_apostrophe_kept_as_written_00HARARE5461() -> None:
    cable = cablegram.parse_cable(HARARE5461, year=2000)
    assert cable.subject.text == (
        "ZANU-PF REPORTEDLY INTERESTED IN DEAL WITH MDC THAT INVOLVES MUGABE’S DEPARTURE"
    )
    assert uncovered(cable) == []


# 08TEGUCIGALPA459, lines 68-68
TEGUCIGALPA459 = """\
¶14. (S) Finally, Zelaya recently is fond of saying that we need to improve our \
communication, which I interpret to mean that we need to agree with him more often. A \
similar fate has befallen Cardinal Rodriguez who used to meet, as I do, regularly with \
the President. As the Cardinal in recent months has found himself in disagreement with \
Zelaya and is not participating publicly in his projects, Zelaya is working \
increasingly with pastors in the evangelical community. The Cardinal recently told me \
that he and the President hardly speak now as the President is unhappy that he doesn't \
agree with the direction Zelaya is taking the country. For Zelaya, communicating means \
agreeing unquestionably with his point of view.
"""


def test_h24_non_breaking_space_in_paragraph_08TEGUCIGALPA459() -> None:
    assert "\u00a0" in TEGUCIGALPA459
    cable = cablegram.parse_cable(TEGUCIGALPA459, year=2008)
    (p,) = cable.paragraphs
    assert (p.number, p.marking.level) == ("14", "S")
    assert p.text.startswith("Finally, Zelaya recently is fond of saying")
    assert " ".join(p.text.split()) == " ".join(src(TEGUCIGALPA459, p).split()[2:])
    assert uncovered(cable) == []


# ======================================================= H-25 NNNN and BT

# 08SANJOSE928, lines 1-20
SANJOSE928 = """\
O 262221Z NOV 08
FM AMEMBASSY SAN JOSE
TO SECSTATE WASHDC IMMEDIATE 0307

UNCLAS SAN JOSE 000928

BT

DEPARTMENT FOR USAID/OFDA: ROB THAYER
SIPDIS
ALDAC

E.O. 12958: N/A
TAGS: PGOV EAID AEMR ASEC PHUM KFLO CS
SUBJECT:  COLD FRONT AFFECTING CARIBBEAN COAST OF COSTA RICA AND
PANAMA: DECLARATION OF DISASTER

¶1. As result of flood damage caused by the interaction of a high and
low pressure systems on the Caribbean Coast of Costa Rica from
November 22-26, 2008, the Chief of Mission has determined that the
"""


def test_h25_bt_line_after_banner_08SANJOSE928() -> None:
    cable = cablegram.parse_cable(SANJOSE928)
    assert cable.reference_id == "08SANJOSE928"
    assert "BT" not in [h.text for h in cable.handling]
    assert "DEPARTMENT FOR USAID/OFDA: ROB THAYER" in [h.text for h in cable.handling]
    assert uncovered(cable) == []


# 04CARACAS2200, lines 118-131
CARACAS2200 = """\
COMMENT
-------

¶7. (C) WHILE MARKSMAN'S STATEMENTS MAY BE BIASED, SHE DOES
OFFER A UNIQUE PERSPECTIVE INTO THE CURRENT PRESIDENT. HER
CHARACTERIZATION OF CHAVEZ AS AN AMBITIOUS, DETERMINED MAN
CONTRASTS WITH THE OPPOSITION'S PORTRAYAL OF HIM AT TIMES AS
A BUFFOON. CHAVEZ'S UNWILLINGNESS TO TRUST OTHERS, HOWEVER,
LIKELY CONTRIBUTES TO HIS GOVERNMENT'S FAILURE IN EXECUTING
MANY OF HIS INITIATIVES.
MCFARLAND

NNNN
2004CARACA02200 - CONFIDENTIAL
"""


def test_h25_nnnn_and_partner_footer_04CARACAS2200() -> None:
    cable = cablegram.parse_cable(CARACAS2200, year=2004)
    assert cable.signature.text == "MCFARLAND"
    assert [f.text for f in cable.footer] == ["NNNN", "2004CARACA02200 - CONFIDENTIAL"]
    p = cable.paragraphs[-1]
    assert p.number == "7" and p.text.endswith("FAILURE IN EXECUTING MANY OF HIS INITIATIVES.")
    assert errors(cable) == []
    assert uncovered(cable) == []


# ======================================================= H-26 XMT, collectives, offices


def test_h26_offices_and_collective_without_ri_08STATE85663() -> None:
    cable = cablegram.parse_cable(STATE85663)
    coll = cable.info_recipients[0]
    assert (coll.routing_indicator, coll.address, coll.collective, coll.precedence) == (
        None,
        "ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE",
        True,
        Precedence.IMMEDIATE,
    )
    by_offices = {a.offices: a for a in cable.info_recipients if a.offices}
    assert by_offices[("USD:SOLIC",)].address == "SECDEF WASHINGTON DC"
    assert by_offices[("DAMO-AOC-CAT", "PCC")].address == "DA WASHINGTON DC"
    assert by_offices[("J-1", "J-3:JOD")].address == "JOINT STAFF WASHINGTON DC"
    js = by_offices[("J-1", "J-3:JOD")]
    assert (js.routing_indicator, js.precedence) == ("RUEKJCS", Precedence.IMMEDIATE)
    assert src(STATE85663, js) == "RUEKJCS/JOINT STAFF WASHINGTON DC//J-1//J-3:JOD// IMMEDIATE"
    assert uncovered(cable) == []


# 10SARAJEVO134, lines 1-16
SARAJEVO134 = """\
VZCZCXRO9701
RR RUEHDBU RUEHFL RUEHKW RUEHLA RUEHNP RUEHROV RUEHSL
DE RUEHVJ #0134/01 0401233
ZNY SSSSS ZZH
R 091233Z FEB 10
FM AMEMBASSY SARAJEVO
TO RUEHC/SECSTATE WASHDC 1374
INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE
RHEHNSC/NSC WASHDC
RUEAIIA/CIA WASHINGTON DC
RHEFDIA/DIA WASHINGTON DC
RUEKJCS/JCS WASHINGTON DC
RUEKJCS/SECDEF WASHDC
XMT AMCONSUL STRASBOURG

S E C R E T SECTION 01 OF 04 SARAJEVO 000134
"""


def test_h26_xmt_belongs_to_the_collective_10SARAJEVO134() -> None:
    cable = cablegram.parse_cable(SARAJEVO134)
    coll, *others = cable.info_recipients
    assert (coll.address, coll.collective) == ("EUROPEAN POLITICAL COLLECTIVE", True)
    assert coll.excluded == ("AMCONSUL STRASBOURG",)
    assert all(a.excluded == () for a in others)
    assert [a.address for a in cable.excluded] == ["AMCONSUL STRASBOURG"]
    assert uncovered(cable) == []


def test_h26_xmt_line_and_repeated_plad_09STATE67105() -> None:
    cable = cablegram.parse_cable(STATE67105)
    coll, tripoli = cable.recipients
    assert (coll.address, coll.collective) == ("SECURITY OFFICER COLLECTIVE", True)
    assert (tripoli.address, tripoli.excluded) == ("AMEMBASSY TRIPOLI", ())
    assert "AMCONSUL JOHANNESBURG" in coll.excluded
    (casablanca,) = cable.info_recipients
    assert casablanca.excluded == ()
    assert {a.address for a in cable.excluded} == {"AMCONSUL JOHANNESBURG"}
    assert uncovered(cable) == []


# ======================================================= H-27 precedence typos

# 09BAKU179, lines 1-29
BAKU179 = """\
P 061232Z MAR 09
FM AMEMBASSY BAKU
TO SECSTATE WASHDC PRIORITY 0872
INFO IRAN COLLECTIVE PRIORITY
AMEMBASSY ABU DHABI PRIORITY
AMEMBASSY ANKARA PRIORITY
AMEMBASSY LONDON PRIORITY
AMEMBASSY NEW DELHI PIORITY
AMCONSUL ISTANBUL PRIORITY 012
CDR USCENTCOM MACDILL AFB FL PRIORITY
CDR USEUCOM VAIHINGEN GE PRIORITY
CIA WASHINGTON DC PRIORITY
DEPT OF TREASURY WASHDC PRIORITY
DIA WASHDC PRIORITY
JOINT STAFF WASHDC PRIORITY
NSC WASHDC PRIORITY
SECDEF WASHDC PRIORITY

S E C R E T BAKU 000179


NOFORN

E.O. 12958: DECL: 3/7/2019
TAGS: ETTC ETRD ENRG UE UK TU AJ IR
SUBJECT: IRANIAN SOURCE NAMES "U.K.-REGISTERED" COMPANY AS
IRAN SANCTIONS-BUSTER POSSIBLY SUPPORTING BUSHEIR PROJECT

Classified By: POLECON COUNSELOR ROB GARVERICK, REASON 1.5 (B and D)
"""


def test_h27_piority_read_as_priority_09BAKU179() -> None:
    cable = cablegram.parse_cable(BAKU179)
    (delhi,) = [a for a in cable.info_recipients if "NEW DELHI" in a.address]
    assert (delhi.address, delhi.precedence, delhi.precedence_raw) == (
        "AMEMBASSY NEW DELHI",
        Precedence.PRIORITY,
        "PIORITY",
    )
    (typo,) = [d for d in cable.diagnostics if d.code == "precedence-typo"]
    assert typo.severity is Severity.INFO
    assert uncovered(cable) == []


def test_h27_precedence_before_cut_number_09BAKU179() -> None:
    cable = cablegram.parse_cable(BAKU179)
    (ist,) = [a for a in cable.info_recipients if "ISTANBUL" in a.address]
    assert (ist.address, ist.precedence, ist.number) == (
        "AMCONSUL ISTANBUL",
        Precedence.PRIORITY,
        "012",
    )
    assert uncovered(cable) == []


# 08BRASILIA93, lines 1-20
BRASILIA93 = """\
O 151856Z JAN 08
FM AMEMBASSY BRASILIA
TO SECSTATE WASHDC IMMEDIATE 0861
SECDEF WASHDC IMMEDIATE
INFO AMEMBASSY BUENOS AIRES PRIOITY
AMEMBASSY CARACAS PRIORITY
AMEMBASSY MOSCOW PRIORITY
AMMBASSY NEW DELHI PRIORITY 0415
AMEMBASSY ARIS PRIORITY
AMCONSUL RIO DE JANEIRO PRIORITY

C O N F I D E N T I A L  BRASILIA 000093

Classified By: Ambassador Clifford Sobel.  Reason 1.5 (b) (d)

DEPARTMENT FOR WHA, M, T

E.O. 12958: DECL: 01/08/2018
TAGS: MASSMNUC NPT PARM PREL
SUBJECT: BRAZIL'S NUCLEAR SUBMARINE AMBITIONS
"""


def test_h27_prioity_read_as_priority_08BRASILIA93() -> None:
    cable = cablegram.parse_cable(BRASILIA93)
    ba = cable.info_recipients[0]
    assert (ba.address, ba.precedence, ba.precedence_raw) == (
        "AMEMBASSY BUENOS AIRES",
        Precedence.PRIORITY,
        "PRIOITY",
    )
    assert "precedence-typo" in codes(cable)
    assert uncovered(cable) == []


def test_h27_misspelt_plads_kept_as_written_08BRASILIA93() -> None:
    cable = cablegram.parse_cable(BRASILIA93)
    addresses = [a.address for a in cable.info_recipients]
    assert "AMMBASSY NEW DELHI" in addresses and "AMEMBASSY ARIS" in addresses
    (delhi,) = [a for a in cable.info_recipients if a.address == "AMMBASSY NEW DELHI"]
    assert (delhi.precedence, delhi.number) == (Precedence.PRIORITY, "0415")
    assert uncovered(cable) == []


# ======================================================= H-28 case

# 88BAGHDAD28, lines 1-17
BAGHDAD28 = """\
R 021258Z JAN 88
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC 9118

S e c r e t state 068250

Sipdis

E.o. 12958: decl: 07/01/2034
Tags: mtcre, parm, prel, ettc, mnuc, tspa, ir, gm, ch
Subject: german test chamber sold by chinese subsidiary to
iran's dio (s)

Classified By: ISN/MTR DIRECTOR PAM DURHAM FOR REASONS
1.4 (b), (c), and (d).

¶1. (U) This is an action request. Embassy Berlin please see paragraph 3.
"""


def test_h28_lower_and_mixed_case_header_88BAGHDAD28() -> None:
    cable = cablegram.parse_cable(BAGHDAD28)
    b = cable.banner
    assert (b.classification, b.classification_raw, b.origin, b.serial) == (
        Classification.SECRET,
        "S e c r e t",
        "state",
        "068250",
    )
    assert [c.name for c in cable.captions] == ["SIPDIS"]
    d = cable.declassification
    assert (d.raw, d.date) == ("E.o. 12958: decl: 07/01/2034", dt.date(2034, 7, 1))
    assert [src(BAGHDAD28, t) for t in cable.tags][:3] == ["mtcre", "parm", "prel"]
    assert [t.code.upper() for t in cable.tags] == [
        "MTCRE", "PARM", "PREL", "ETTC", "MNUC", "TSPA", "IR", "GM", "CH"
    ]  # fmt: skip
    assert cable.subject.text == "german test chamber sold by chinese subsidiary to iran's dio (s)"
    c = cable.classified_by
    assert (c.name, c.office, c.reason_letters) == ("PAM DURHAM", "ISN/MTR", ("b", "c", "d"))
    # H-1: the text is 2009's STATE 068250 under a 1988 BAGHDAD header
    assert "banner-header-mismatch" in codes(cable)
    assert uncovered(cable) == []


# ======================================================= H-29 footers and signatures

# 09BRUSSELS536, lines 313-320
BRUSSELS536 = """\
next round.  End Comment.)

¶18.  (U) AA/S Glaser has cleared this message.

MINIMIZE CONSIDERED

MURRAY
.
"""


def test_h29_minimize_considered_before_signature_09BRUSSELS536() -> None:
    cable = cablegram.parse_cable(BRUSSELS536, year=2009)
    assert cable.signature.text == "MURRAY"
    assert [f.text for f in cable.footer] == ["MINIMIZE CONSIDERED", "."]
    assert cable.paragraphs[-1].text == "AA/S Glaser has cleared this message."
    assert uncovered(cable) == []


def test_h29_signature_written_twice_09BELGRADE765() -> None:
    cable = cablegram.parse_cable(BELGRADE765, year=2009)
    assert cable.signature.text == "BRUSH BRUSH"
    assert src(BELGRADE765, cable.signature) == "BRUSH BRUSH"
    assert uncovered(cable) == []


# 03RANGOON1452, lines 31-37 (long lines cut at 200 characters)
RANGOON1452 = """\
¶5. (C) Contrary to the GOI's assertions that Shekhawat underscored the importance of \
democratization during his trip to Burma (ref A), our GOB contacts indicate that the \
Indians raised few political

Comment:  A Missed Opportunity

¶6.  (C) Vice President Shekhawat's visit was a domestic public relations success for \
the Burmese regime and reflects an emerging SPDC strategy to host senior-level leaders \
and regional meetings to in

Martinez
"""


def test_h29_mixed_case_signature_03RANGOON1452() -> None:
    cable = cablegram.parse_cable(RANGOON1452, year=2003)
    assert cable.signature.text == "Martinez"
    assert src(RANGOON1452, cable.signature) == "Martinez"
    assert "Martinez" not in cable.paragraphs[-1].text
    assert uncovered(cable) == []


# 05NEWDELHI9527, lines 112-116 (long lines cut at 200 characters)
NEWDELHI9527 = """\
¶15.  (C) The GOI's unwillingness and inability to make the difficult decisions \
required to prevent destruction of the forests and end the exploitation and \
victimization of tribals plays into the hand

¶16.  (U) Visit New Delhi's Classified Website: \
(http://www.state.sgov.gov/p/sa/newdelhi/)

BLAKE.
"""


def test_h29_signature_with_period_after_website_line_05NEWDELHI9527() -> None:
    cable = cablegram.parse_cable(NEWDELHI9527, year=2005)
    assert cable.signature.text == "BLAKE"
    assert src(NEWDELHI9527, cable.signature) == "BLAKE"
    assert not any("BLAKE" in p.text for p in cable.paragraphs)
    assert "Visit" not in cable.signature.text
    assert uncovered(cable) == []


# ======================================================= H-30 Julian day, DTG and Created


def test_h30_de_dtg_and_created_disagree_10BUENOSAIRES71() -> None:
    # A corrected copy: DE day 039 (8 Feb) 14:33, DTG 4 Feb 16:14, WikiLeaks Created
    # 2010-02-04 16:04.  The DTG gives the date, the DE line the filing time; both kept.
    created = {"created": "2010-02-04 16:04"}
    cable = cablegram.parse_cable(BUENOSAIRES71, metadata=created)
    assert cable.date == dt.datetime(2010, 2, 4, 16, 14, tzinfo=UTC)
    st = cable.transmission.station
    assert (st.julian_day, st.time) == (39, "1433")
    assert cable.metadata == created
    assert cable.captions[0].name == "CORRECTED COPY"
    assert "de-julian-day" not in codes(cable)
    assert uncovered(cable) == []
