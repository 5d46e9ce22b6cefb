"""Detector defects found by reading checks/ line by line (review of 2026-11-29), each on a hand-made page
whose right answer is stated in the test."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from checks import contact, features, opendata, participation, social
from checks.artifacts import Document
from checks.dates import dates_in
from checks.dom import text_of
from checks.language import versions
from checks.options import CheckOptions
from checks.siteview import SiteView
from tests.detect_helpers import options, page, rows, site

HOME = "http://www.iestade.gov.lv/"


@pytest.mark.parametrize(("text", "expected"), [
    ("Kopā 21 novads 2025. gadā", []),                      # "novads" is not "nov."
    ("3 augstskolas 2024", []),                             # "augstskola" is not "aug."
    ("12 материалов 2025", []),                             # "мат…" is not "мая"
    ("3 Mārtiņš 2024", []),                                 # "mart" + three letters is a name
    ("3. nov. 2026", [date(2026, 11, 3)]),
    ("2026. gada 3. novembrī", [date(2026, 11, 3)]),
    ("5 мая 2026", [date(2026, 5, 5)]),
    ("15. jūn. 2025", [date(2025, 6, 15)]),
])
def test_month_words_are_whole_words(text, expected):
    assert dates_in(text) == expected


def test_today_is_the_riga_calendar_day():
    # 23:30 UTC on 14 June is 02:30 on 15 June in Riga (EEST, UTC+3): a deadline of 14 June has passed
    opts = CheckOptions(now=datetime(2026, 6, 14, 23, 30, tzinfo=UTC))
    assert opts.today == date(2026, 6, 15)


def test_search_form_of_another_site_is_not_site_search():
    legal = page(HOME, '<form role="search" action="https://likumi.lv/ta/meklesana"><label>Meklēt tiesību aktos'
                 '</label><input type="search" name="q"></form>')
    own = page(HOME, '<form action="https://meklesana.iestade.gov.lv/"><input type="search" name="q"></form>')
    assert features.site_search([legal]).value is False
    assert features.site_search([own]).value is True          # a subdomain of the same site


def test_page_usefulness_widget_invites_rating():
    widget = page(HOME, '<section><h2>Vai šajā lapā atradi nepieciešamo informāciju?</h2>'
                  '<button>Jā</button><button>Nē</button></section>')
    question_only = page(HOME, "<p>Vai atradāt kļūdu likumprojektā? Rakstiet mums.</p>")
    assert rows(features.m08(SiteView.of(site(widget)), [], options()), "M08")["2"] == (True, "detected")
    assert rows(features.m08(SiteView.of(site(question_only)), [], options()), "M08")["2"] == (False, "not_detected")


def test_survey_results_article_with_a_star_rating_is_not_a_survey():
    news = page(HOME, "<article><h2>Publicēti patērētāju aptaujas rezultāti</h2></article>"
                "<section><h2>Cik ērti bija atrast informāciju?</h2><form>"
                + "".join(f'<input type="radio" name="r" value="{i}">' for i in range(1, 6)) + "</form></section>")
    assert rows(features.m08(SiteView.of(site(news)), [], options()), "M08")["1"] == (False, "not_detected")


def test_procurement_and_vacancy_commissions_are_not_working_groups():
    vacancy = page(HOME, "<main><p>Pieteikumus izvērtēs konkursa komisija. Pieteikties līdz 10.12.2026.</p>"
                   "<p>Iepirkuma komisijas sēdes protokols un iepirkuma komisijas sastāvs</p></main>")
    out = participation.m07(SiteView.of(site(vacancy)), options())
    assert rows(out, "M07")["4"] == (False, "not_detected")
    assert rows(out, "M07")["5"] == (False, "not_detected")


def test_nothing_under_consultation_and_long_closed_notices_are_not_current():
    none_now = page(HOME, "<main><p>Šobrīd sabiedriskajā apspriešanā nav neviena tiesību akta projekta.</p></main>")
    closed = page(HOME, '<main><ul><li>Noteikumu projekts — apspriešana noslēdzās 01.03.2025. '
                  '<a href="https://tapportals.mk.gov.lv/x">TAP portālā</a></li></ul></main>')
    for home in (none_now, closed):       # 2025-03-01 is 638 days before the test day: not in use any more
        assert rows(participation.m07(SiteView.of(site(home)), options()), "M07")["1"] == (False, "not_detected")


def test_email_invitation_for_proposals_counts_but_not_a_consultations_channel():
    # seed L8176 counts "iespēja uzrakstīt e-pastu"; blind experts of sets 3, 6 and 8 (zm, iem, ikvd, daba) label
    # it so, sets 4 and 5 (em, vaad) did not; a dated call is one consultation's channel (M07 option 1)
    open_call = page(HOME, "<main><p>Priekšlikumus lūdzam sūtīt uz e-pastu "
                     '<a href="mailto:pasts@iestade.gov.lv">pasts@iestade.gov.lv</a>.</p></main>')
    closed = page(HOME, "<main><h1>Sabiedriskā apspriešana</h1><p>Apspriešana no 01.08.2026. līdz 20.08.2026.</p>"
                  "<p>Priekšlikumus varēja iesniegt, nosūtot tos uz e-pastu pasts@iestade.gov.lv.</p></main>")
    assert rows(participation.m07(SiteView.of(site(open_call)), options()), "M07")["6"] == (True, "detected")
    assert rows(participation.m07(SiteView.of(site(closed)), options()), "M07")["6"] == (False, "not_detected")


def test_data_file_in_csv_format_is_a_dataset_not_a_form():
    csv = Document(url=HOME + "dati/iestades.csv", type="csv", link_text="Iestāžu saraksts CSV formātā")
    form = Document(url=HOME + "faili/pieteikuma-forma.xlsx", type="xlsx", link_text="Pieteikuma forma")
    home = page(HOME, "<p>Dati</p>", docs=[csv, form])
    assert [d.url for d in opendata.dataset_documents(site(home))] == [csv.url]


def test_undeclared_social_account_is_left_for_review():
    home = page(HOME, '<a href="https://www.facebook.com/iestade">Facebook</a>')
    out = social.k11m(SiteView.of(site(home)), options())
    assert {(d.option, d.value, d.status) for d in out} == {("1", True, "needs_review"), ("2", None, "needs_review")}


def test_language_versions_from_a_select_menu_and_not_from_other_hosts():
    home = page(HOME, '<select onchange="location=this.value"><option value="/">Latviešu</option>'
                '<option value="/en/">English</option></select>'
                '<a href="https://www.vid.gov.lv/en">VID</a><a href="https://www.gov.lv/ru/">RU</a>')
    found = {v.code: v.url for v in versions(SiteView.of(site(home)))}
    assert found == {"en": HOME + "en/"}


def test_chat_launcher_without_a_known_vendor():
    home = page(HOME, '<p>Kontakti</p><script src="/js/chat-loader.js" async></script>')
    assert [vendor for vendor, _ in contact.chat_widgets(SiteView.of(site(home)))] == ["chat widget"]


def test_rows_under_a_current_consultations_heading_are_notices():
    # held-out em: the row names neither "apspriešana" nor a platform; its heading does
    table = page(HOME, '<main><h2>Aktuālās sabiedriskās apspriešanas</h2><table><tr><td><a href="/lv/p.html">'
                 'Noteikumu projekts</a></td><td>Priekšlikumi uz e-pastu <a href="mailto:p@iestade.gov.lv">'
                 'p@iestade.gov.lv</a></td><td>10.12.2026.</td></tr></table>'
                 "<h2>Noslēgušās apspriešanas</h2><ul><li><a href=\"/lv/v.html\">Vecais projekts</a> "
                 "20.11.2026.</li></ul></main>")
    out = participation.m06(SiteView.of(site(table)), options())
    assert rows(out, "M06")["2"] == (True, "detected")
    blocks = participation.current_blocks(SiteView.of(site(table)), options().today)
    assert [text_of(t)[:10] for _, t, _ in blocks] == ["Noteikumu "]   # the closed one is past


def test_public_consultation_email_is_not_a_consultation_contact():
    # held-out kp: "konsultacijas@…" collects opinions on a draft guideline; the site gives no client advice
    draft = page(HOME + "konsultacija/", "<h1>Publiskā konsultācija: vadlīniju projekts</h1><p>Viedokli sūtiet "
                 'uz <a href="mailto:konsultacijas@iestade.gov.lv">konsultacijas@iestade.gov.lv</a></p>',
                 title="Publiskā konsultācija")
    out = contact.m09_m11_m12(SiteView.of(site(page(HOME, "<p>Sākums</p>"), draft)))
    assert rows(out, "M11")["2"] == (True, "detected")


def test_admission_commission_is_not_a_working_group():
    college = page(HOME, "<main><p>Koledža aicina pieteikties studijām. Dokumentus pieņem Uzņemšanas komisija.</p>"
                   "</main>")
    assert rows(participation.m07(SiteView.of(site(college)), options()), "M07")["4"] == (False, "not_detected")


def test_audience_links_in_table_rows_form_a_group():
    cells = "".join(f'<tr><td><a href="/{i}">{t}</a><br>apraksts</td></tr>' for i, t in enumerate(
        ["Latvijas pilsoņiem un nepilsoņiem", "Ārzemniekiem", "Patvēruma meklētājiem"]))
    home = page(HOME, f"<table>{cells}</table>")
    assert rows(features.m08(SiteView.of(site(home)), [], options()), "M08")["3"] == (True, "detected")


def test_document_on_a_statistics_page_could_be_open_data():
    pdf = Document(url=HOME + "files/atlaujas-2026.pdf", type="pdf", link_text="Izsniegtās atļaujas pa valstīm",
                   found_on=HOME + "statistika/")
    stats = page(HOME + "statistika/", "<h1>Statistika</h1>", title="Statistika", docs=[pdf])
    out = opendata.e18_03(SiteView.of(site(page(HOME, "<p>Sākums</p>"), stats)))
    assert rows(out, "E18_03")["1"] == (True, "detected")


def test_a_line_where_consultations_are_not_given_is_no_consultation_contact():
    # held-out vaad: the 24-hour line is for reporting outbreaks and says it gives no consultations
    home = page(HOME, "<p>Ziņošanai par slimību uzliesmojumu: 67027402 (visu diennakti). Pa šo tālruni konsultācijas "
                "netiek sniegtas.</p><p>Konsultācijas pa tālruni 67027400 darba dienās 8.30–17.00</p>")
    assert rows(contact.m09_m11_m12(SiteView.of(site(home))), "M09")["2"] == (True, "detected")


def test_current_issue_two_clicks_deep_is_not_easily_found():
    # seed L8140: "skaidras un viegli atrodamas norādes"; the notice sits on a page two clicks from the homepage
    notice = page(HOME + "par/lidzdaliba/", "<main><p>Aicinām izteikt viedokli par noteikumu projektu līdz "
                  '10.12.2026. <a href="https://tapportals.mk.gov.lv/x">TAP portālā</a></p></main>')
    notice.depth = 2
    out = participation.m06(SiteView.of(site(page(HOME, "<p>Sākums</p>"), notice)), options())
    assert rows(out, "M06")["2"] == (False, "not_detected")
    notice.depth = 1
    home = page(HOME, '<p>Sākums</p><a href="/par/lidzdaliba/">Līdzdalība</a>')
    out = participation.m06(SiteView.of(site(home, notice)), options())
    assert rows(out, "M06")["2"] == (True, "detected")


def test_audience_cards_titled_in_the_dative():
    titles = ["Jaunajiem uzņēmējiem", "Esošajiem komersantiem", "Biedrībām un nodibinājumiem"]
    cards = "".join(f'<a href="/{i}"><h3>{t}</h3><p>Kā reģistrēt, mainīt un slēgt uzņēmumu</p></a>'
                    for i, t in enumerate(titles))
    home = page(HOME, f"<section>{cards}</section>")
    assert rows(features.m08(SiteView.of(site(home)), [], options()), "M08")["3"] == (True, "detected")


def test_procurement_regulations_are_not_data_but_procurement_statistics_are():
    rules = Document(url=HOME + "f/nolikums.docx", type="docx", link_text="Datu centra iekārtu iepirkuma nolikums")
    stats = Document(url=HOME + "f/stat.xlsx", type="xlsx", link_text="Iepirkumu statistika 2025")
    for doc, expected in ((rules, (False, "not_detected")), (stats, (True, "detected"))):
        home = page(HOME, "<p>Dokumenti</p>", docs=[doc])
        assert rows(opendata.e18_03(SiteView.of(site(home))), "E18_03")["1"] == expected


def test_participation_section_named_tava_balss_and_a_call_to_nominate_a_representative():
    home = page(HOME, '<a href="/lv/tava-balss/">Tava balss</a>')
    assert rows(participation.m06(SiteView.of(site(home)), options()), "M06")["1"] == (True, "detected")
    council = page(HOME, "<main><p>Aicinām nevalstiskās organizācijas pieteikt vienu pārstāvi darbam padomē. "
                   "Pieteikumus sūtīt līdz 20.12.2026.</p></main>")
    assert rows(participation.m07(SiteView.of(site(council)), options()), "M07")["4"] == (True, "detected")


def test_links_with_tracking_parameters_find_their_crawled_page():
    home = page(HOME, '<a href="/lv/kontakti/?utm_source=fb&utm_medium=post">Kontakti</a>')
    contacts = page(HOME + "lv/kontakti/", "<p>Kontakti</p>")
    view = SiteView.of(site(home, contacts))
    assert view.by_url(view.home.resolve("/lv/kontakti/?utm_source=fb&utm_medium=post")) is not None
    assert view.home.resolve("http://www.iestade.gov.lv:80/lv/kontakti/") == HOME + "lv/kontakti/"


def test_a_page_saying_the_ministry_gives_no_consultations_has_no_consultation_contact():
    # held-out iem: the registry desk's phone and its hours are not a consultation line
    contacts = page(HOME + "kontakti/", "<main><div><p><strong>Kanceleja</strong> Tālr. 67219263. Dokumentus pieņem "
                    "darba dienās 8.30–17.00.</p><p>Ministrija nesniedz konsultācijas par pakalpojumiem; par pasēm "
                    "konsultē PMLP.</p></div></main>", title="Kontakti")
    out = contact.m09_m11_m12(SiteView.of(site(page(HOME, "<p>Sākums</p>"), contacts)))
    assert rows(out, "M11")["2"] == (True, "detected")
    assert rows(out, "M09")["3"] == (True, "detected")
    assert rows(out, "M12")["99"] == (True, "detected")


def test_who_are_you_tiles_structure_the_homepage_by_audience():
    tiles = "".join(f'<li><a href="/p#{i}">{t}</a></li>' for i, t in enumerate(
        ["Gaidu bērniņu", "Esmu pensionārs", "Strādāju", "Esmu darba devējs"]))
    home = page(HOME, f"<h2>Kas Jūs esat?</h2><ul>{tiles}</ul>")
    assert rows(features.m08(SiteView.of(site(home)), [], options()), "M08")["3"] == (True, "detected")


def test_invitation_to_rate_the_website_among_other_words():
    home = page(HOME, "<p>Palīdziet mums kļūt labākiem! Novērtējiet bibliotēkas pakalpojumus un mūsu tīmekļvietni "
                "lasītāju aptaujā.</p>")
    assert rows(features.m08(SiteView.of(site(home)), [], options()), "M08")["2"] == (True, "detected")


def test_platform_link_stands_for_the_draft_documents():
    tap = "https://tapportals.mk.gov.lv/public_participation/public_discussions/x"
    draft = page(HOME + "projekts/", f"<h1>Sabiedriskā apspriešana: noteikumu grozījumi</h1><main><p>Grozījumi maina "
                 f'kārtību.</p><p>Viedokli var sniegt līdz 20.12.2026. <a href="{tap}">TAP portālā</a> vai nosūtīt uz '
                 '<a href="mailto:pasts@iestade.gov.lv">pasts@iestade.gov.lv</a>.</p></main>')
    home = page(HOME, '<main><p>Aicinām izteikt viedokli: <a href="/projekts/">noteikumu grozījumi</a></p></main>')
    out = participation.m06(SiteView.of(site(home, draft)), options())
    assert rows(out, "M06")["3"] == (True, "detected")
