"""What the first runs on blind held-out sets 7 to 12 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test."""

from __future__ import annotations

from checks import eservices, features, opendata, participation
from checks.artifacts import Document, PortalRecord
from checks.siteview import SiteView
from tests.detect_helpers import contact_rows, m07_rows, m08_rows, options, page, rows, site

HOME = "http://www.iestade.gov.lv/"


def test_rating_legend_without_a_question_mark_and_help_us_improve_form():
    widget = page(HOME, '<section><h2>Palīdziet mums uzlabot tīmekļvietni</h2><form><fieldset>'
                  "<legend>Novērtējiet, vai šajā lapā atradāt nepieciešamo informāciju</legend>"
                  '<label><input type="radio" name="n" value="ja"> Jā</label>'
                  '<label><input type="radio" name="n" value="ne"> Nē</label></fieldset>'
                  "<textarea name=k></textarea><button>Iesniegt</button></form></section>")
    found = m08_rows(widget)
    assert found["2"] == (True, "detected") and found["8"] == (True, "detected")


def test_yes_no_question_inside_a_survey_is_not_a_page_rating_widget():
    survey = page(HOME + "klientu-aptauja/", '<main><h1>Klientu apmierinātības aptauja</h1><form>'
                  + "".join(f'<fieldset><legend>Jautājums {i}?</legend><input type="radio" name="q{i}">'
                            f'<input type="radio" name="q{i}"></fieldset>' for i in (1, 2))
                  + '<fieldset><legend>Vai informācija bija saprotama?</legend><label><input type="radio" name="q3">'
                  'Jā</label><label><input type="radio" name="q3">Nē</label></fieldset></form></main>')
    found = m08_rows(page(HOME, "<p>Sākums</p>"), survey)
    assert found["1"] == (True, "detected") and found["2"] == (False, "not_detected")


def test_poll_under_a_bold_table_heading_is_a_survey_of_the_site():
    poll = page(HOME, '<table><tr><td><b>Aptauja</b></td></tr><tr><td><form>Kā Jūs vērtējat mūsu mājas lapu?'
                '<input type="radio" name="b" value="1"><label>Laba</label><input type="radio" name="b" value="2">'
                "<label>Slikta</label><textarea name=i></textarea></form></td></tr></table>")
    found, m07 = m08_rows(poll), m07_rows(poll)
    assert (found["1"], found["2"], found["8"]) == ((True, "detected"),) * 3
    assert m07["2"] == (False, "not_detected")     # a survey of the website is no e-participation survey


def test_policy_survey_is_an_e_participation_survey_but_no_site_feedback():
    survey = page(HOME, '<main><h2>Aptauja par kultūrpolitikas prioritātēm</h2><form>'
                  '<input type="checkbox" name="a"><input type="checkbox" name="b"></form></main>')
    assert m07_rows(survey)["2"] == (True, "detected")
    assert m08_rows(survey)["8"] == (False, "not_detected")


def test_audience_cards_with_span_titles_and_column_headings():
    tiles = "".join(f'<div class="row"><a href="/{i}/"><span class="tile-title">{name}</span>'
                    f'<span class="tile-text">Apraksts par tēmu numur {i}</span></a></div>'
                    for i, name in enumerate(["Ārstniecības personām", "Izglītības iestādēm", "Pētniekiem"]))
    columns = "".join(f'<div class="col"><h3>{name}</h3><p>Teksts.</p><a href="/x{i}/">Uzzināt vairāk</a></div>'
                      for i, name in enumerate(["Zemes īpašniekiem", "Dabas tūristiem", "Pašvaldībām un plānotājiem"]))
    assert m08_rows(page(HOME, f'<section><h2>Informācija</h2><div class="tiles">{tiles}</div></section>'))["3"] == (
        True, "detected")
    useful = page(HOME, f'<h2>Jums noderīgi</h2><div class="columns">{columns}</div>')
    assert m08_rows(useful)["3"] == (True, "detected")


def test_areas_of_activity_after_a_possessive_or_as_a_bold_cell():
    assert m08_rows(page(HOME, "<h2>Mūsu darbības jomas</h2>"))["4"] == (True, "detected")
    assert m08_rows(page(HOME, "<table><tr><td><b>Darbības jomas</b></td></tr></table>"))["4"] == (True, "detected")
    assert m08_rows(page(HOME, "<p>Mūsu <b>darbības jomas</b> ir plašas.</p>"))["4"] == (False, "not_detected")


def test_english_stub_is_not_an_english_version_and_one_language_has_no_news_in_all_languages():
    home = page(HOME, '<a href="/en/" hreflang="en">English</a><main><h2>Jaunumi</h2>'
                "<p>27.11.2026. Inspekcija pārbaudījusi 200 uzņēmumus Rīgā un reģionos.</p></main>")
    stub = page(HOME + "en/", "<main><h1>State Environmental Service</h1><p>The State Environmental Service is a "
                "state institution. The English version of our website is being updated. For enquiries in English "
                "please write to us by e-mail and we will answer within ten working days.</p></main>", lang="en")
    assert m08_rows(home, stub)["5"] == (False, "not_detected")
    only_lv = page(HOME, "<main><h2>Jaunumi</h2><p>27.11.2026. Inspekcija pārbaudījusi uzņēmumus.</p></main>")
    assert m08_rows(only_lv)["6"] == (False, "not_detected")


def test_search_form_of_another_application_on_a_subdomain_is_not_site_search():
    hydrants = page(HOME, '<form role="search" action="https://hidranti.iestade.gov.lv/karte" '
                    'aria-label="Hidrantu meklēšana"><input type="search" name="adrese"></form>')
    assert features.site_search([hydrants]).value is False


def test_remote_council_meeting_is_no_online_consultation():
    meeting = page(HOME, "<main><p>14.12.2026. plkst. 10.00 – Nacionālā kultūras padome (attālināti, MS Teams)"
                   "</p></main>")
    weekly = page(HOME + "k/", "<main><p>Katru ceturtdienu tiešraides konsultācija MS Teams par ugunsdrošību.</p>"
                  "</main>")
    assert contact_rows(meeting)["M12"]["1"] == (False, "not_detected")
    assert contact_rows(meeting, weekly)["M12"]["1"] == (True, "detected")


def test_around_the_clock_needs_its_consultation_cue_next_to_it_and_not_e_services():
    report = page(HOME, "<aside><h2>Ziņot par pārkāpumu</h2><p>Ziņojiet diennakts tālrunī 8000 2020.</p>"
                  "<p>Jūsu viedoklis mums ir svarīgs, aizpildiet aptauju par mūsu darbu un sniegtajiem pakalpojumiem, "
                  "tas aizņems trīs minūtes no Jūsu laika.</p><p>Ja vēlaties uzdot jautājumu, rakstiet.</p></aside>")
    services = page(HOME + "e/", "<section><h2>E-pakalpojumi — 24/7, bez rindām</h2><p>Pakalpojumus var saņemt "
                    "elektroniski, neierodoties klientu apkalpošanas centrā. Tālr. 67000000.</p></section>")
    assert contact_rows(report)["M09"]["1"][0] is False      # not around the clock (hours are another matter)
    assert contact_rows(services)["M09"]["1"][0] is False


def test_call_with_questions_is_a_consultation_phone_but_a_press_contact_is_not():
    questions = page(HOME, "<main><h3>Jautājumi par reģistrāciju</h3><p>Ja jums ir jautājumi par reģistrāciju, "
                     "zvaniet 67819680 darba dienās no 9.00 līdz 12.00.</p></main>")
    found = contact_rows(questions)
    assert found["M11"]["1"] == (True, "detected") and found["M12"]["2"] == (True, "detected")
    assert found["M09"]["2"] == (True, "detected")
    press = page(HOME, "<main><h1>Klientu apkalpošanas rokasgrāmata</h1><p>Informāciju sagatavoja: Komunikācijas "
                 'departaments, <a href="mailto:prese@iestade.gov.lv">prese@iestade.gov.lv</a></p></main>'
                 '<footer><p><a href="mailto:pasts@iestade.gov.lv">pasts@iestade.gov.lv</a></p></footer>')
    assert contact_rows(press)["M11"]["1"] == (False, "not_detected")


def test_closed_consultation_and_nothing_under_consultation_are_no_current_issue():
    closed = page(HOME, "<main><ul><li>13.10.2026. Noslēgusies sabiedriskā apspriešana par ekspertu atlases "
                  'kārtību. <a href="/izzina/">Izziņa</a></li></ul></main>')
    nothing = page(HOME, "<main><p>Šobrīd aktuālu sabiedrisko apspriešanu nav.</p></main>")
    assert m07_rows(closed)["1"] == (False, "not_detected")
    assert m07_rows(nothing)["1"] == (False, "not_detected")


def test_call_for_views_is_a_current_issue():
    call = page(HOME, '<section><h2>Izsaki viedokli par satiksmes drošību!</h2><p>Līdz 20.12.2026. aicinām '
                'piedalīties aptaujā.</p><p><a href="/aptauja/">Piedalīties aptaujā</a></p></section>')
    assert m07_rows(call)["1"] == (True, "detected")


def test_monitoring_group_application_by_e_mail_is_joining_a_working_group():
    group = page(HOME, "<main><h2>Pieteikšanās uzraudzības grupā</h2><p>Ja vēlaties iesaistīties uzraudzības "
                 "grupas darbā, pieteikumu nosūtiet uz pasts@iestade.gov.lv.</p></main>")
    assert m07_rows(group)["4"] == (True, "detected")


def test_volunteering_get_involved_is_no_participation_section_nor_a_news_item_url():
    home = page(HOME, '<nav><a href="/iesaisties/">Iesaisties!</a></nav><main><a href="/jaunumi/sabiedriska-'
                'apspriesana-riezupe/">Plāns apspriešanā</a></main>')
    volunteers = page(HOME + "iesaisties/", "<main><h1>Iesaisties!</h1><p>Ūdensputnu uzskaite janvārī.</p></main>")
    found = rows(participation.m06(SiteView.of(site(home, volunteers)), options()), "M06")
    assert found["1"] == (False, "not_detected")
    participation_page = page(HOME + "iesaisties/", "<main><h1>Iesaisties!</h1><p>Sabiedriskā apspriešana: "
                              "izsakiet viedokli par noteikumu projektu.</p></main>")
    found = rows(participation.m06(SiteView.of(site(home, participation_page)), options()), "M06")
    assert found["1"] == (True, "detected")


def test_current_issue_reached_only_through_the_footer_is_not_pointed_to():
    home = page(HOME, '<main><p>Sākums</p></main><footer><a href="/normativie-akti/">Normatīvie akti</a></footer>')
    draft = page(HOME + "normativie-akti/", "<main><ul><li>Noteikumu projekts apspriešanā līdz 13.12.2026. "
                 '<a href="https://tapportals.mk.gov.lv/">TAP portālā</a></li></ul></main>')
    draft.depth = 1
    found = rows(participation.m06(SiteView.of(site(home, draft)), options()), "M06")
    assert found["2"] == (False, "not_detected")


def test_e_services_from_home_and_not_proposals_submitted_online():
    remote = page(HOME, "<p>Kartes vari apskatīt, pasūtīt un lejupielādēt Ģeoportālā – bez klātienes vizītes.</p>")
    proposals = page(HOME, "<p>Iepazīstieties ar projektu un iesniedziet savus priekšlikumus tiešsaistē.</p>")
    assert rows(eservices.m13(SiteView.of(site(remote))), "M13")["1"] == (True, "detected")
    assert rows(eservices.m13(SiteView.of(site(proposals))), "M13")["3"] == (True, "detected")


def test_blank_forms_and_files_on_the_portal_are_not_e18_03():
    listed = "http://www.iestade.gov.lv/dati/registrs.xlsx"
    docs = [
        Document("http://www.iestade.gov.lv/f/iesniegums.docx", "docx", "Iesniegums reģistrācijai (DOCX)",
                 found_on=HOME),
        Document(listed, "xlsx", "Reģistrs (XLSX)", found_on=HOME),
    ]
    art = site(page(HOME, "<main><h1>Reģistrs</h1></main>", docs=docs))
    art.portal = [PortalRecord(url=listed, listed=True)]
    assert rows(opendata.e18_03(SiteView.of(art)), "E18_03")["2"] == (True, "detected")
    art.portal = []
    assert rows(opendata.e18_03(SiteView.of(art)), "E18_03")["1"] == (True, "detected")


def test_rating_questionnaire_without_the_word_survey_is_a_survey():
    # three questions under "Novērtējiet mūsu tīmekļvietni" (set 10's pkc, set 9's nkc); a yes/no widget with a
    # comment box (two questions) stays a rating widget, not a survey
    survey = page(HOME, "<main><h1>Novērtējiet mūsu tīmekļvietni</h1><form><select name=a><option>1</option>"
                  '</select><input type="radio" name="b"><input type="radio" name="b"><textarea name=c></textarea>'
                  "</form></main>")
    widget = page(HOME, "<main><h2>Vai atradāt meklēto?</h2><form><label><input type=radio name=b>Jā</label>"
                  "<label><input type=radio name=b>Nē</label><textarea name=c></textarea></form></main>")
    assert m08_rows(survey)["1"] == (True, "detected")
    assert m08_rows(widget)["1"] == (False, "not_detected")


def test_one_paragraph_english_page_is_a_stub():
    home = page(HOME, '<a href="/en/" hreflang="en">English</a><main><p>Ministrija.</p></main>')
    short = page(HOME + "en/", "<main><h1>Ministry of Transport</h1><p>The Ministry of Transport of the Republic of "
                 "Latvia. Gogoļa iela 3, Riga, LV-1743, Latvia. Contacts: phone 67028000, e-mail pasts@sam.gov.lv."
                 "</p></main>", lang="en")
    body = " ".join(["The ministry develops transport policy for roads, railways, ports, aviation and logistics."] * 8)
    full = page(HOME + "en/", f"<main><h1>Ministry of Transport</h1><p>{body}</p></main>", lang="en")
    assert m08_rows(home, short)["5"] == (False, "not_detected")      # 21 words of content, one English page
    assert m08_rows(home, full)["5"] == (True, "detected")            # 97 words


def test_english_version_whose_header_links_the_latvian_news_has_no_news_of_its_own():
    home = page(HOME, '<a href="/eng/" hreflang="en">ENG</a><main><a href="/jaunumi.html">Jaunumi</a>'
                "<p>27.11.2026. Jauna struktūrvienība Rēzeknē atvērta klientiem.</p></main>")
    english = page(HOME + "eng/", '<a href="/jaunumi.html">Jaunumi</a><main><h1>State Probation Service</h1><p>News '
                   "2 October 2024 – The Service hosted a delegation of the Lithuanian Probation Service.</p></main>",
                   lang="en")
    news = page(HOME + "jaunumi.html", "<main><h1>Jaunumi</h1><p>27.11.2026. Jauna struktūrvienība Rēzeknē atvērta "
                "klientiem un darbiniekiem.</p></main>")
    assert m08_rows(home, english, news)["6"] == (False, "not_detected")


def test_areas_named_what_we_do_and_a_forum_named_for_a_year_is_an_event():
    assert m08_rows(page(HOME, "<h2>Ko mēs darām</h2>"))["4"] == (True, "detected")
    event = page(HOME, '<a href="/lv/eksports/forums">Eksportētāju forums 2026</a>')
    forum = page(HOME, '<a href="/forums/">Diskusiju forums</a>')
    assert m07_rows(event)["3"] == (False, "not_detected")
    assert m07_rows(forum)["3"] == (True, "detected")


def test_minutes_that_will_be_published_are_not_available():
    council = page(HOME, "<main><p>Padomes sastāvs: 12 locekļi.</p><p>Padome izskatīja plānu. Sēdes protokols tiks "
                   "publicēts pēc apstiprināšanas.</p></main>")
    assert m07_rows(council)["5"][0] is not True


def test_emergency_number_around_the_clock_is_no_consultation_but_a_consular_advice_line_is():
    fire = page(HOME, "<main><p>Par meža ugunsgrēku ziņojiet vienotajā ārkārtas palīdzības tālrunī 112 (visu "
                "diennakti).</p></main>")
    consular = page(HOME, "<main><p>Konsulārā departamenta konsultatīvais tālrunis 67016207 darbojas visu diennakti: "
                    "sniedz konsultācijas par konsulārajiem pakalpojumiem.</p></main>")
    assert contact_rows(fire)["M09"]["1"][0] is False
    assert contact_rows(consular)["M09"]["1"] == (True, "detected")


def test_questions_asked_by_phone_and_a_job_contact():
    museum = page(HOME, "<main><p>Jautājumus par apmeklējumu un biļetēm uzdodiet pa tālruni 67357527 muzeja darba "
                  "laikā.</p></main>")
    jobs = page(HOME, '<main><p>Aktuālās vakances publicētas karjeras portālā. Jautājumus par konkursiem var sūtīt uz '
                '<a href="mailto:personals@iestade.gov.lv">personals@iestade.gov.lv</a>.</p></main>')
    assert contact_rows(museum)["M11"]["1"] == (True, "detected")
    assert contact_rows(jobs)["M11"]["1"] == (False, "not_detected")


def test_guidelines_are_no_data_and_a_link_to_the_proposal_form_is_a_channel():
    docs = [Document("http://www.iestade.gov.lv/f/vadlinijas-datu-apstrade.pdf", "pdf", "Vadlīnijas (PDF)",
                     found_on=HOME)]
    art = site(page(HOME, "<main><h1>Datu aizsardzība</h1></main>", docs=docs))
    assert rows(opendata.e18_03(SiteView.of(art)), "E18_03")["2"] == (True, "detected")
    issue = page(HOME + "apspriesana/", "<main><h1>Sabiedriskā apspriešana: grozījumi likumā</h1><p>Termiņš: "
                 '10.12.2026.</p><p>Dokumenti: <a href="/p.pdf">likumprojekts (PDF)</a></p><ol><li>Iepazīstieties ar '
                 'likumprojektu.</li><li>Aizpildiet <a href="/f.html">priekšlikumu formu</a>.</li></ol></main>')
    home = page(HOME, '<main><a href="/apspriesana/">Grozījumi likumā apspriešanā</a></main>')
    assert rows(participation.m06(SiteView.of(site(home, issue)), options()), "M06")["3"] == (True, "detected")


def test_survey_subject_decides_e_participation_and_feedback():
    def survey(heading: str, first: str):
        return page(HOME, f"<main><h1>{heading}</h1><form><p>{first}</p><input type=radio name=a>"
                    "<input type=radio name=a><input type=radio name=b></form></main>")
    site_survey = survey("Tīmekļvietnes lietotāju aptauja", "Cik viegli atradāt informāciju?")
    customers = survey("Klientu apmierinātības aptauja", "Cik apmierināts esat ar mūsu tīmekļvietni kopumā?")
    policy = survey("Aptauja par sabiedrisko transportu", "Cik bieži braucat ar vilcienu?")
    assert (m07_rows(site_survey)["2"][0], m08_rows(site_survey)["8"][0]) == (False, True)
    assert (m07_rows(customers)["2"][0], m08_rows(customers)["8"][0]) == (True, True)   # the heading decides
    assert (m07_rows(policy)["2"][0], m08_rows(policy)["8"][0]) == (True, False)


def test_undated_platform_pointer_asks_for_review_and_a_header_row_is_no_notice():
    pointer = page(HOME, "<main><p>Aktuālie projekti sabiedriskajai apspriešanai ir publicēti "
                   '<a href="https://tapportals.mk.gov.lv/">Tiesību aktu portālā</a>.</p></main>')
    header = page(HOME, "<main><p>Šobrīd aktuālu sabiedrisko apspriešanu nav.</p><table><tr><th>Dokuments</th>"
                  "<th>Apspriešanas laiks</th></tr></table></main>")
    assert m07_rows(pointer)["1"] == (None, "needs_review")
    assert m07_rows(header)["1"] == (False, "not_detected")


def test_draft_open_for_objections_is_a_current_issue_and_its_page_an_issue_page():
    home = page(HOME, '<main><a href="/projekti/">Normatīvo aktu projekti</a></main>')
    drafts = page(HOME + "projekti/", "<main><h1>Normatīvo aktu projekti</h1><table><tr><td>Noteikumu projekts "
                  '"Grozījumi noteikumos"</td><td>10.12.2026.</td></tr><tr><td colspan=2>Ar projektu var iepazīties: '
                  '<a href="/p.pdf">projekta teksts (PDF)</a>. Iebildumus un priekšlikumus lūdzam rakstiski sūtīt uz '
                  "e-pastu info@iestade.gov.lv līdz 10.12.2026.</td></tr></table></main>")
    found = rows(participation.m06(SiteView.of(site(home, drafts)), options()), "M06")
    assert m07_rows(home, drafts)["1"] == (True, "detected") and found["3"] == (True, "detected")


def test_questions_by_e_mail_and_a_moderated_discussion():
    questions = page(HOME, "<main><p>Jautājumus par dienesta kompetencē esošiem jautājumiem varat sūtīt uz e-pastu "
                     '<a href="mailto:info@iestade.gov.lv">info@iestade.gov.lv</a>.</p></main>')
    discussion = page(HOME, "<main><h2>Diskusija (3)</h2><p>Inese K.: Lūdzu biežākus vilcienus.</p><form>"
                      "<textarea name=k></textarea><button>Pievienot komentāru</button></form></main>")
    assert m07_rows(questions)["6"] == (True, "detected")
    assert m07_rows(discussion)["3"] == (True, "detected")


def test_business_audiences_and_headings_holding_their_links_and_a_page_filter():
    home = page(HOME, "<h2>Privātpersonām</h2><p>Sūtījumi.</p><h2>Biznesam</h2><p>Līgumi.</p>")
    assert m08_rows(home)["3"] == (True, "detected")
    columns = "".join(f'<div class="col"><h3><a href="/{i}/">{name}</a></h3><p>Teksts.</p></div>'
                      for i, name in enumerate(["Autovadītājiem", "Pārvadātājiem", "Pašvaldībām un pētniekiem"]))
    assert m08_rows(page(HOME, f'<section><div class="columns">{columns}</div></section>'))["3"] == (True, "detected")
    database = page(HOME + "dati.html", '<form role="search" action="/dati.html" aria-label="Kolektīvu meklēšana">'
                    '<input type="search" name="q"></form>')
    assert features.site_search([database]).value is False


def _card(title: str, text: str, href: str) -> str:
    return f'<div class="card"><h2 class="h5"><a href="{href}">{title}</a></h2><p>{text}</p></div>'


def test_unheaded_topic_cards_under_the_masthead_are_areas_of_activity():
    # vmd, nkc (sets 9-10): four described cards, no heading before them, titles that name topics
    areas = page(HOME, '<header><a href="/">Meža dienests</a></header><main><div class="row">'
                 + _card("Meža apsaimniekošana", "Ciršanas apliecinājumi un meža inventarizācija.", "/a/")
                 + _card("Meža atjaunošana", "Atjaunošanas termiņi un reproduktīvais materiāls.", "/b/")
                 + _card("Meža ugunsapsardzība", "Ugunsnedrošais periods un ugunsgrēku statistika.", "/c/")
                 + _card("Medības", "Medību tiesību reģistrācija un mednieku eksāmeni.", "/d/")
                 + "</div></main>")
    assert m08_rows(areas)["4"] == (True, "detected")
    # augi (set 12): the same as bold links in the cells of a table
    cells = [f'<td><b><a href="/{i}/">{t}</a></b><br>{t}: uzraudzība, reģistrācija un kontrole.</td>'
             for i, t in enumerate(["Augu veselība", "Sēklu kontrole", "Mēslošanas līdzekļi", "Laboratorija"])]
    table = f"<table><tr>{''.join(cells[:2])}</tr><tr>{''.join(cells[2:])}</tr></table>"
    assert m08_rows(page(HOME, table))["4"] == (True, "detected")


def test_headed_dated_or_audience_card_grids_are_no_areas_of_activity():
    cards = [("Transportlīdzekļa reģistrācija", "Pieteikties tiešsaistē bez rindas un maksas."),
             ("Tehniskā apskate", "Pierakstīties uz apskati jebkurā stacijā."),
             ("Vadītāja apliecība", "Apmainīt apliecību ar e-parakstu tiešsaistē."),
             ("Sodu punkti", "Pārbaudīt savus pārkāpumu uzskaites punktus.")]
    grid = '<div class="row">' + "".join(_card(t, d, f"/{i}/") for i, (t, d) in enumerate(cards)) + "</div>"
    headed = page(HOME, "<main><h2>Populārākie e-pakalpojumi</h2>" + grid + "</main>")
    assert m08_rows(headed)["4"] == (False, "not_detected")
    news = '<div class="row">' + "".join(_card(t, f"{d} 0{i + 1}.11.2026.", f"/{i}/")
                                         for i, (t, d) in enumerate(cards)) + "</div>"
    assert m08_rows(page(HOME, "<main>" + news + "</main>"))["4"] == (False, "not_detected")
    audiences = '<div class="row">' + "".join(
        _card(t, "Informācija, pakalpojumi un kontakti vienuviet.", f"/{i}/")
        for i, t in enumerate(["Probācijas klientiem", "Cietušajiem", "Brīvprātīgajiem", "Darba devējiem"])) + "</div>"
    assert m08_rows(page(HOME, "<main>" + audiences + "</main>"))["4"] == (False, "not_detected")
