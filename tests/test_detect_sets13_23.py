"""What the first runs on blind held-out sets 13 to 23 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import eservices, features, opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, page, rows, view

HOME = "http://www.iestade.gov.lv/"


def test_a_commented_out_chat_snippet_is_no_chat():
    # neplp: the Tawk.to loader sits inside <!-- … --> and loads nothing
    snippet = "<script>var Tawk_API={};s1.src='https://embed.tawk.to/5f2c/default';</script>"
    assert m07_rows(page(HOME, f"<p>Sākums</p><!--\n{snippet}\n-->"))["3"] == (False, "not_detected")
    assert m07_rows(page(HOME, f"<p>Sākums</p>{snippet}"))["3"] == (True, "detected")


def test_a_24_hour_reporting_line_is_no_24_7_consultation_even_in_a_block_with_a_consultation_cue():
    # knab: the around-the-clock phrase is judged in the smallest block that holds it
    home = page(HOME, '<div class="col"><p><b>Ziņot par korupciju</b><br>Anonīmais tālrunis 80002050 (bezmaksas, '
                "visu diennakti)</p><p>Valsts amatpersonām ir jautājumi par interešu konfliktu? Konsultācijas pa "
                "tālruni 67356161 darba dienās 9.00–16.00.</p></div>")
    found = contact_rows(home)["M09"]
    assert found["1"] == (False, "not_detected") and found["2"] == (True, "detected")
    # iaui: "Ziņo par nelegālām azartspēlēm! Diennakts bezmaksas tālrunis" next to a consultation cue
    line = page(HOME, "<p>Ziņo par nelegālām azartspēlēm! Bezmaksas tālrunis 80008008 visu diennakti.</p>")
    found = contact_rows(line)     # a reporting line is no consultation contact at all (rigassiltums, set 48)
    assert found["M09"]["1"] == (False, "not_detected") and found["M11"]["2"] == (True, "detected")


def test_a_contacts_list_entry_speaks_for_itself_unless_it_names_the_phone():
    # neplp: the visitors' reception line does not make the switchboard above it a consultation phone
    entries = ('<div class="contacts"><p>Tālrunis: 67221848</p><p>Licencēšanas jautājumi: licences@iestade.lv</p>'
               "<p>Apmeklētāju pieņemšana: iepriekš piesakoties, darba dienās 9.00–16.00</p></div>")
    found = contact_rows(page(HOME + "kontakti/", "<p>Sākums</p>"), page(HOME + "kontakti/", entries))
    assert found["M12"]["2"] == (False, "not_detected") and found["M09"]["3"] == (True, "detected")
    # pvd: "Konsultācijas pa tālruni: …" is about the number above it
    told = '<div><p>Tālrunis 67 027 402</p><p>Konsultācijas pa tālruni: P.–Pk. 9.00–16.00</p></div>'
    found = contact_rows(page(HOME, told))
    assert found["M12"]["2"] == (True, "detected") and found["M09"]["2"] == (True, "detected")


def test_a_table_cell_number_takes_its_label_from_its_row():
    # tiesibsargs: "Pa tālruni | 67686768 | Darba dienās 9.00–16.00" on a page titled "Konsultācijas"
    table = ("<h1>Konsultācijas</h1><table><tr><th>Veids</th><th>Kontakti</th><th>Laiks</th></tr>"
             "<tr><td>Pa tālruni</td><td>67686768</td><td>Darba dienās 9.00–16.00</td></tr></table>")
    found = contact_rows(page(HOME, "<p>Sākums</p>"), page(HOME + "konsultacijas/", table, title="Konsultācijas"))
    assert found["M11"]["1"] == (True, "detected") and found["M12"]["2"] == (True, "detected")


def test_a_user_support_line_is_a_consultation_line():
    # nvd: "E-veselības lietotāju atbalsts: 67 803 300 — pieejams visu diennakti"
    line = page(HOME, "<p><strong>E-veselības lietotāju atbalsts:</strong> 67 803 300 — pieejams visu diennakti.</p>")
    assert contact_rows(line)["M09"]["1"] == (True, "detected")


def test_e_service_words_meet_in_one_sentence_and_a_council_institution_is_no_council_to_join():
    m13 = lambda body: rows(eservices.m13(view(page(HOME, body))), "M13")  # noqa: E731
    # arhivi: "pieteikšanās" of one card and "tiešsaistē" of the next are two sentences
    cards = ("<div><h3>Lasītavas</h3><p>Darba laiki, pieteikšanās un lietošanas noteikumi.</p>"
             "<h3>Izstādes</h3><p>Aktuālās izstādes arhīva ēkā un tiešsaistē.</p></div>")
    assert m13(cards)["3"] == (True, "detected")
    # neplp: applications "uz padomes oficiālo e-adresi" are a service of the council itself
    council = ("<section><p>Apraides atļaujas pieprasījumu var iesniegt elektroniski – ar drošu elektronisko "
               "parakstu uz padomes oficiālo e-adresi.</p></section>")
    assert m13(council)["1"] == (True, "detected")


def test_a_notice_that_opinions_can_be_given_until_a_date_is_a_current_issue_with_its_named_channel():
    # iaui: no link, the TAP portal named in the text
    notice = page(HOME, '<main><div class="alert"><h4>Aktuāli: Grozījumi noteikumos par azartspēļu reklāmu</h4>'
                  "<p>Ar projektu var iepazīties Tiesību aktu projektu portālā. Viedokli var izteikt līdz "
                  "06.12.2026.</p></div></main>")
    assert m07_rows(notice)["1"] == (True, "detected")
    assert m06_rows(notice)["2"] == (True, "detected")


def test_a_dated_notice_in_a_news_list_keeps_its_own_date():
    # caa: the consultation news item of 47 days ago does not take the date of the newest item in the list
    items = [("28.11.2026.", '<a href="/zinas/karte/">Atjaunota dronu zonu karte</a>'),
             ("13.10.2026.", "Sākta sabiedriskā apspriešana par bezpilota gaisa kuģu lidojumu zonām")]
    news = "".join(f'<div class="item"><p>{day}</p><h2>{title}</h2></div>' for day, title in items)
    article = page(HOME + "zinas/karte/", "<p>Karte atjaunota. Jautājumi: info@iestade.gov.lv</p>")
    found = m06_rows(page(HOME, f'<div class="list">{news}</div>'), article)
    assert found["2"] == (False, "not_detected")


def test_a_closed_consultation_page_is_no_participation_page():
    # cfla: instructions, the draft and an e-mail, but "Apspriešana noslēgusies"
    closed = page(HOME + "apspriesana/", "<main><h1>Nolikuma projekts — sabiedriskā apspriešana</h1>"
                  "<p>Apspriešana noslēgusies 08.10.2026. Priekšlikumus varēja iesniegt līdz 08.10.2026., rakstot uz "
                  '<a href="mailto:atlase@iestade.gov.lv">atlase@iestade.gov.lv</a>.</p>'
                  '<a href="/f/nolikuma-projekts.pdf">Nolikuma projekts (PDF)</a></main>',
                  title="Nolikuma projekts — sabiedriskā apspriešana")
    assert m06_rows(page(HOME, '<a href="/apspriesana/">Līdzdalība</a>'), closed)["3"] == (False, "not_detected")


def test_survey_links_registration_forms_and_the_subject_told_around_the_link():
    # cfla: a "reģistrācijas anketa" on forms.office.com registers people for a seminar
    seminar = page(HOME, '<p>Pieteikties var, aizpildot <a href="https://forms.office.com/e/x">'
                   "reģistrācijas anketu</a>.</p>")
    assert m08_rows(seminar)["1"] == (False, "not_detected") and m07_rows(seminar)["2"] == (False, "not_detected")
    # cvk: the paragraph before a lone link says the survey is about the website
    site_survey = page(HOME + "aptauja/", "<h1>Palīdziet mums uzlabot cvk.lv</h1><p>Atbildiet uz 8 jautājumiem par "
                       'mūsu tīmekļvietni.</p><p><a href="https://forms.gle/abc">Aizpildīt aptauju</a></p>')
    found, m07 = m08_rows(page(HOME, "<p>Sākums</p>"), site_survey), m07_rows(page(HOME, "<p>Sākums</p>"), site_survey)
    assert found["1"] == (True, "detected") and m07["2"] == (False, "not_detected")


def test_rating_the_customer_service_is_no_invitation_to_rate_the_site_and_noderēja_asks_it():
    # iaui: "Novērtējiet mūsu klientu apkalpošanu" (a customer-service survey: feedback, not a site rating)
    service = page(HOME, '<p><a href="https://www.visidati.lv/aptauja/1/">Novērtējiet mūsu klientu apkalpošanu</a></p>')
    found = m08_rows(service)
    assert found["2"] == (False, "not_detected") and found["8"] == (True, "detected")
    # vrs: "Vai šī informācija jums noderēja?" with Jā / Nē buttons
    widget = page(HOME, '<aside><span>Vai šī informācija jums noderēja?</span><form><button name="n" value="ja">Jā'
                  '</button><button name="n" value="ne">Nē</button></form></aside>')
    found = m08_rows(widget)
    assert found["2"] == (True, "detected") and found["8"] == (True, "detected")


def test_audience_panel_titles_over_buttons_and_cards_read_by_their_titles():
    # iaui, cvk: h2 panel titles in the dative plural, each card's link "Uzzināt vairāk"
    panels = "".join(f'<div class="col"><div class="card"><h2 class="card-title">{t}</h2><p>Informācija un '
                     f'pakalpojumi vienuviet šeit.</p><a href="/{i}/">Uzzināt vairāk</a></div></div>'
                     for i, t in enumerate(["Vēlētājiem", "Kandidātiem un partijām", "Vēlēšanu komisijām",
                                            "Ārvalstīs dzīvojošiem"]))
    found = m08_rows(page(HOME, f'<div class="row">{panels}</div>'))
    assert found["3"] == (True, "detected") and found["4"] == (False, "not_detected")


def test_the_discussion_of_a_draft_is_no_forum():
    # vrs: a Russian news link "Обсуждение проекта правил …" is a consultation notice
    link = page(HOME, '<ul><li><a href="/ru/novosti/">Обсуждение проекта правил о режиме пограничной зоны</a>'
                "</li></ul>")
    assert m07_rows(link)["3"] == (False, "not_detected")
    assert m07_rows(page(HOME, '<a href="/forums/">Diskusiju forums</a>'))["3"] == (True, "detected")


def test_who_took_part_is_a_member_list_and_an_eu_call_is_no_working_group():
    # vm: "Piedalījās:" under a council's minutes
    minutes = page(HOME, "<main><h2>Konsultatīvās padomes sēžu protokoli</h2><p><strong>Piedalījās:</strong> D. Ozola, "
                   "J. Liepiņš (padomes locekļi).</p><p>Padomes sēdes kopsavilkums: apspriests plāna projekts.</p>"
                   '<a href="/f/padomes-protokols-3.pdf">Padomes protokols Nr. 3 (PDF)</a></main>')
    assert m07_rows(minutes)["5"] == (True, "detected")
    # viaa: "Eiropas Komisija … uzaicinājums iesniegt priekšlikumus … pieteikumu iesniegšanas termiņš"
    call = page(HOME, "<p>Eiropas Komisija publicējusi Erasmus+ uzaicinājumu. Mobilitātes projektu pieteikumu "
                "iesniegšanas termiņš — 2027. gada februāris.</p>")
    assert m07_rows(call)["4"] == (False, "not_detected")


def test_minutes_hold_no_data_and_the_passage_linking_a_file_can_say_it_does():
    def e18_03(text: str, link: str, url: str) -> dict:
        doc = Document(url, "pdf", link, found_on=HOME)
        return rows(opendata.e18_03(view(page(HOME, f'<p>{text} <a href="{url}">{link}</a></p>', docs=[doc]))),
                    "E18_03")
    # lrvk: "Protokols ar dalībnieku sarakstu (PDF)" is text, whatever "saraksts" says
    assert e18_03("Sēdes materiāli:", "Protokols ar dalībnieku sarakstu (PDF)",
                  HOME + "f/padome-protokols-4.pdf")["2"] == (True, "detected")
    # mfa: "… pa partnervalstīm apkopots pārskatā:" says the linked PDF is a table of figures
    assert e18_03("Projektu finansējums pa partnervalstīm apkopots pārskatā:", "Finansējums 2025 (PDF)",
                  HOME + "f/finansejums-2025.pdf")["1"] == (True, "detected")


# --- sets 17 to 20 ---------------------------------------------------------------------------------------


def test_a_page_that_refuses_phone_consultations_voids_every_phone_but_not_one_line_of_it():
    # prokuratura: "darbinieki pa tālruni juridiskas konsultācijas nesniedz" voids the English page's enquiries phone
    refusal = page(HOME + "kontakti/", "<p>Lūdzam ņemt vērā, ka darbinieki pa tālruni juridiskas konsultācijas "
                   "nesniedz.</p>")
    enquiries = page(HOME + "en/", "<p>For enquiries in English please contact us:</p><p>Phone: +371 67044400</p>",
                     lang="en")
    found = contact_rows(page(HOME, "<p>Sākums</p>"), refusal, enquiries)
    assert found["M12"]["99"] == (True, "detected") and found["M09"]["3"] == (True, "detected")
    # vaad: "Pa šo tālruni konsultācijas netiek sniegtas" voids that line only
    one_line = page(HOME, "<p>Ziņošanai par uzliesmojumu: 67027402. Pa šo tālruni konsultācijas netiek sniegtas.</p>"
                    "<p>Konsultācijas pa tālruni 67027400 darba dienās 8.30–17.00</p>")
    assert contact_rows(one_line)["M12"]["2"] == (True, "detected")


def test_a_headed_grid_opening_the_page_and_a_sectors_heading_are_areas_but_sector_statistics_is_not():
    # lrpv: "Rūpnieciskā īpašuma objekti" over patents, trade marks, designs, geographical indications
    cards = "".join(f'<div class="col"><h3><a href="/{i}/">{t}</a></h3><p>Reģistrācija, atjaunošana un aizsardzība '
                    "Latvijā.</p></div>" for i, t in enumerate(["Preču zīmes", "Patenti", "Dizainparaugi",
                                                                 "Izcelsmes norādes"]))
    grid = f'<section><h2>{{}}</h2><div class="cols">{cards}</div></section>'
    assert m08_rows(page(HOME, grid.format("Rūpnieciskā īpašuma objekti")))["4"] == (True, "detected")
    assert m08_rows(page(HOME, grid.format("Populārākie pakalpojumi")))["4"] == (False, "not_detected")
    # vkkf "Nozares" heading; sam "Nozares statistika" link
    sectors = page(HOME, "<h2>Nozares</h2><ul><li>Literatūra</li><li>Mūzika</li></ul>")
    assert m08_rows(sectors)["4"] == (True, "detected")
    assert m08_rows(page(HOME, '<a href="/stat/">Nozares statistika</a>'))["4"] == (False, "not_detected")


def test_applying_to_an_expert_commission_and_who_was_present_count():
    # vkkf: "Projektu pieteikumus vērtē … komisijas … Pieteikties darbam komisijā var jebkurā laikā"
    apply = page(HOME, "<p>Projektu pieteikumus vērtē nozaru ekspertu komisijas. Pieteikties darbam komisijā var "
                 "jebkurā laikā.</p>")
    assert m07_rows(apply)["4"] == (True, "detected")
    minutes = page(HOME, "<h2>Padomes sēdes</h2><p>Padomes sēdes protokols ar klātesošo sarakstu: "
                   '<a href="/f/padomes-protokols.pdf">Padomes protokols (PDF)</a></p>')
    assert m07_rows(minutes)["5"] == (True, "detected")


def test_visitor_surveys_are_feedback_and_a_short_questionnaires_yes_no_is_no_page_widget():
    # lnvm: "muzeja apmeklētāju aptaujā … kā vērtējat muzeja apkalpošanu" on Google Forms
    visitors = page(HOME, "<h2>Jūsu viedoklis mums ir svarīgs</h2><p>Piedalieties muzeja apmeklētāju aptaujā! "
                    '<a href="https://forms.gle/x">Aizpildīt aptauju</a></p>')
    assert m08_rows(visitors)["8"] == (True, "detected")
    # vsmc: two choice questions, a select and a text area make a questionnaire
    survey = page(HOME + "aptauja/", "<h1>Klientu apmierinātības aptauja</h1><form><fieldset><legend>Kā vērtējat "
                  'apkalpošanu?</legend><input type="radio" name="q1"><input type="radio" name="q1"></fieldset>'
                  "<fieldset><legend>Vai ārsts saprotami izskaidroja rezultātus?</legend><label><input type=radio "
                  'name="q2">Jā</label><label><input type="radio" name="q2">Nē</label></fieldset><select name="q3">'
                  "<option>1</option></select><textarea name=q4></textarea></form>")
    assert m08_rows(page(HOME, "<p>Sākums</p>"), survey)["2"] == (False, "not_detected")


def test_participation_papers_and_templates_hold_no_data():
    def e18_03(link: str, url: str) -> dict:
        doc = Document(url, "pdf", link, found_on=HOME)
        return rows(opendata.e18_03(view(page(HOME, f'<p><a href="{url}">{link}</a></p>', docs=[doc]))), "E18_03")
    for link, name in [("Dalībnieku saraksts (PDF)", "padome-dalibnieki.pdf"),            # vdaa
                       ("Apspriešanas rezultāti (PDF)", "metodika-izzina.pdf"),             # atd
                       ("priekšlikumu apkopojums", "izzinas-kopsavilkums.pdf"),             # mkd
                       ("Budžeta plānošanas veidne (DOCX)", "budzeta-veidne.docx")]:        # jsppa
        assert e18_03(link, HOME + "f/" + name)["2"] == (True, "detected"), link


def test_bold_cell_titles_in_the_dative_are_audiences():
    # arei: "<td><b>Lauksaimniekiem</b><br>…</td>" in a homepage table
    cells = "".join(f"<td><b>{t}</b><br>Pētījumi, dati un konsultācijas.</td>"
                    for t in ["Lauksaimniekiem", "Pētniekiem un studentiem", "Politikas veidotājiem"])
    assert m08_rows(page(HOME, f"<table><tr>{cells}</tr></table>"))["3"] == (True, "detected")


# --- sets 21 to 23 ---------------------------------------------------------------------------------------


def test_rating_an_article_with_stars_rates_the_page():
    # vpk: "Novērtējiet rakstu:" with a select of 1-5 "zvaigznes" under each news article
    stars = page(HOME + "zinas/1/", '<form><span>Novērtējiet rakstu: <select name="user_rating"><option value="1">'
                 '1 zvaigzne</option><option value="5">5 zvaigznes</option></select><input type="submit" '
                 'value="Novērtēt"></span></form>')
    found = m08_rows(page(HOME, "<p>Sākums</p>"), stars)
    assert found["2"] == (True, "detected") and found["8"] == (True, "detected")


def test_registering_electronically_without_going_to_the_office_is_an_e_service():
    # ldc: "Dzīvniekus reģistrējiet elektroniski — EDIS"; "… pasūtīt krotālijas … bez došanās uz klientu centru"
    m13 = lambda body: rows(eservices.m13(view(page(HOME, body))), "M13")  # noqa: E731
    assert m13("<p>Dzīvniekus reģistrējiet elektroniski — EDIS sistēmā.</p>")["1"] == (True, "detected")
    assert m13("<p>Sistēmā var pasūtīt krotālijas jebkurā laikā, bez došanās uz klientu centru.</p>")["1"] == (
        True, "detected")


def test_an_english_page_under_a_shared_latvian_header_is_english():
    # vamoic: a table layout whose Latvian menu sits on every page, also over the English text
    menu = ("<table><tr><td>Sākums | Par centru | Jaunumi | Iepirkumi | Dokumenti | Kontakti | Infrastruktūra"
            "</td></tr></table>")
    home = page(HOME, menu + '<p>Centrs būvē militāro infrastruktūru.</p><a href="/en/">ENG</a>')
    english = page(HOME + "en/", menu + "<p>The State Defence Military Facilities and Procurement Centre is a direct "
                   "administration institution subordinated to the Ministry of Defence. It designs and builds military "
                   "infrastructure, manages defence procurement and the real estate of the defence sector.</p>",
                   lang="en")
    assert features._language_of(view(home).home, view(home, english).by_url(HOME + "en/")) == "en"


def test_buying_tickets_online_is_an_e_service_said_on_the_homepage_not_in_a_section():
    # brivdabasmuzejs: the English start page's "Buy tickets online" is the homepage again, not a section
    home = page(HOME, '<p>Biļetes var iegādāties elektroniski jebkurā diennakts laikā.</p><a href="/en/">EN</a>')
    english = page(HOME + "en/", "<p>Buy tickets online at any time of day.</p>", lang="en")
    found = rows(eservices.m13(view(home, english)), "M13")
    assert found["1"] == (True, "detected") and found["2"] == (False, "not_detected")


def test_a_news_item_whose_issue_page_says_it_closed_is_no_current_issue():
    # sepp: "Aicinām izteikt viedokli …" from 30 days ago links the consultation page, which says it closed
    item = page(HOME, '<article><time>30.10.2026.</time><h3><a href="/apspriesana/">Aicinām izteikt viedokli par '
                "pasūtījuma projektu</a></h3></article>")
    closed = page(HOME + "apspriesana/", "<h1>Pasūtījuma projekts</h1><p>Apspriešana noslēdzās 23.11.2026.</p>")
    assert m07_rows(item, closed)["1"] == (False, "not_detected")


def test_terms_met_across_two_headlines_are_no_invitation_and_a_terminal_sets_no_deadline():
    # vdd: one row names a commission, the next an internship application
    rows_ = page(HOME, "<table><tr><td>27.10.2026.</td><td>Vadītājs piedalās Saeimas komisijas sēdē.</td></tr>"
                 "<tr><td>15.10.2026.</td><td>Izsludināta pieteikšanās vasaras praksei studentiem.</td></tr></table>")
    assert m07_rows(rows_)["4"] == (False, "not_detected")
    # lgs: "Rīgas termināla" is no "termiņš"; vvi: "Aicinām sniegt priekšlikumus …" is a call
    for title in ["Aicinām izteikt viedokli par Rīgas termināla gaisa telpas izmaiņām",
                  "Aicinām sniegt priekšlikumus vadlīnijām par valodu digitālajā vidē"]:
        item = page(HOME, f'<article><time>27.11.2026.</time><h3><a href="/x/">{title}</a></h3></article>')
        assert m07_rows(item)["1"] == (True, "detected"), title


def test_a_site_survey_with_a_suggestions_field_is_no_question_form():
    # lgs: a survey of the website ends with "Jūsu ieteikumi vietnes uzlabošanai"
    survey = page(HOME + "aptauja/", '<h1>Tīmekļvietnes lietotāju aptauja</h1><form><input type="radio" name="q1">'
                  '<input type="radio" name="q1"><select name="q2"><option>Patīk</option></select><label>'
                  'Jūsu ieteikumi vietnes uzlabošanai <textarea name="q3"></textarea></label></form>')
    assert m07_rows(page(HOME, "<p>Sākums</p>"), survey)["6"] == (False, "not_detected")
    # brivdabasmuzejs: a standing "Jūsu atsauksme vai ieteikums" form is one
    form = page(HOME + "atsauksmes/", "<h1>Atsauksmes</h1><form><label>Jūsu atsauksme vai ieteikums <textarea "
                'name="t"></textarea></label></form>')
    assert m07_rows(page(HOME, "<p>Sākums</p>"), form)["6"] == (True, "detected")
