"""What the first runs on blind held-out sets 120 to 124 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test."""

from __future__ import annotations

from checks import features, opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m07_rows, m08_rows, m13_rows, options, page, rows, view

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def _e18_03(*pages) -> tuple:
    return rows(opendata.e18_03(view(*pages)), "E18_03")["1"]


def test_a_document_is_judged_by_every_link_to_it_and_a_count_of_participants_is_data():
    # cesuamatumaja: the report is listed beside a consultation's draft as "Iepriekšējās programmas izpildes pārskats
    # 2023–2026 (DOCX)" and on "Statistika" as "… ar pasākumu un dalībnieku skaitu pa pagastiem (DOCX)"
    url = HOME + "faili/programmas-izpilde-2023-2026.docx"
    doc = Document(url, "docx", "Iepriekšējās programmas izpildes pārskats 2023–2026 (DOCX)",
                   found_on=HOME + "apspriesana/")
    issue = page(HOME + "apspriesana/", f'<main><h1>Sabiedriskā apspriešana: mantojuma programma</h1><ul><li><a href="'
                 f'{url}">Iepriekšējās programmas izpildes pārskats 2023–2026 (DOCX)</a></li></ul></main>',
                 title="Sabiedriskā apspriešana", docs=[doc])
    stats = page(HOME + "statistika/", f'<main><h1>Statistika</h1><ul><li><a href="{url}">Programmas izpildes pārskats'
                 " ar pasākumu un dalībnieku skaitu pa pagastiem (DOCX)</a></li></ul></main>", title="Statistika")
    assert _e18_03(START, issue) == (False, "not_detected")    # the consultation's papers alone
    assert _e18_03(START, issue, stats) == (True, "detected")


def test_an_unlisted_spreadsheet_is_data_whatever_its_words_but_a_blank_forms():
    # liepajasamatumaja: "Liepājas amatu meistaru un zeļļu saraksts un kursu dalībnieku skaits (XLSX)"
    def sheet(text: str) -> tuple:
        url = HOME + "faili/saraksts.xlsx"
        body = f'<main><h1>Dokumenti</h1><p><a href="{url}">{text}</a></p></main>'
        return _e18_03(START, page(HOME + "dokumenti/", body, docs=[Document(url, "xlsx", text)]))
    assert sheet("Amatu meistaru saraksts un kursu dalībnieku skaits (XLSX)") == (True, "detected")
    assert sheet("Pieteikuma veidlapa (XLSX)") == (False, "not_detected")


def test_a_tiles_neighbouring_price_list_does_not_make_a_newspaper_issue_data():
    # kuldigasvestis homepage: <div class="tiles"><a>Jaunākais numurs — Nr. 23 (PDF)</a><a>Reklāmas cenrādis — Cenas
    # 2026. gadam (PDF)</a></div>
    issue, prices = HOME + "arhivs/vestis-2026-23.pdf", HOME + "dokumenti/cenradis.pdf"
    body = (f'<main><div class="tiles"><a href="{issue}"><h3>Jaunākais numurs</h3>Nr. 23</a><a href="{prices}"><h3>'
            "Reklāmas cenrādis</h3>Cenas 2026. gadam (PDF)</a></div></main>")
    docs = [Document(issue, "pdf", "Jaunākais numurs Nr. 23", found_on=HOME),
            Document(prices, "pdf", "Reklāmas cenrādis Cenas", found_on=HOME)]
    assert _e18_03(page(HOME, body, docs=docs)) == (False, "not_detected")


def test_a_guestbook_closed_for_entries_above_the_layouts_footer_row_is_no_feedback():
    # bauskasvestis (HTML 4.01 tables): "Viesu grāmata" → "Ierakstu pievienošana viesu grāmatā ir slēgta kopš 2019.
    # gada"; every page's footer row gives "e-pasts: <a href="mailto:…">"
    foot = '<div class="kaje">Bauska. E-pasts: <a href="mailto:info@iestade.lv">info@iestade.lv</a></div>'
    home = page(HOME, f'<table><tr><td><a href="/viesu-gramata/">Viesu grāmata</a></td></tr></table>{foot}')
    closed = page(HOME + "viesu-gramata/", "<table><tr><td><h1>Viesu grāmata</h1><p>Ierakstu pievienošana viesu "
                  f"grāmatā ir slēgta kopš 2019. gada.</p></td></tr></table>{foot}", title="Viesu grāmata")
    assert m08_rows(home, closed)["8"] == (False, "not_detected")


def test_a_fairs_evaluation_commission_and_calls_closed_now_invite_no_one_to_join():
    # jelgavasamatumaja: "… tirgotāja pieteikuma formu tiešsaistē. Izvērtēšanas komisija lēmumu paziņos …";
    # daugavpilsvelesanas: "… pieteikšanās dalībai padomē šobrīd nenotiek"; rigasdabascentrs: "pieteikšanās …
    # netiek izsludināta"
    fair = page(HOME + "gadatirgus/", "<main><h1>Gadatirgus</h1><p>Pieteikumu iesniedz elektroniski. Izvērtēšanas "
                "komisija lēmumu paziņos 10 darba dienu laikā.</p></main>", title="Gadatirgus")
    council = page(HOME + "padome/", "<main><h1>Konsultatīvā padome</h1><p>Padomes sastāvs apstiprināts līdz 2029. "
                   "gadam, tāpēc pieteikšanās dalībai padomē šobrīd nenotiek.</p><p>Pieteikšanās padomes sastāvā "
                   "netiek izsludināta.</p></main>", title="Padome")
    assert m07_rows(START, fair, council)["4"] == (False, "not_detected")
    call = page(HOME + "padome/", "<main><h1>Konsultatīvā padome</h1><p>Aicinām pieteikties darbam padomē.</p></main>",
                title="Padome")
    assert m07_rows(START, call)["4"] == (True, "detected")


def test_a_passage_saying_no_consultation_is_announced_is_no_current_issue():
    # jelgavasvelesanas /lidzdaliba/: "Šobrīd pašvaldībā nav izsludinātu sabiedrisko apspriešanu, kuras koordinē …"
    body = "<main><p>Šobrīd pašvaldībā nav izsludinātu sabiedrisko apspriešanu, kuras koordinē komisija.</p></main>"
    participation = page(HOME + "lidzdaliba/", body, title="Līdzdalība")
    assert m07_rows(page(HOME, '<a href="/lidzdaliba/">Līdzdalība</a>'), participation)["1"] == (False, "not_detected")


def test_a_line_around_the_clock_on_election_days_only_gives_working_hours():
    # rigasvelesanas: "67181920 – konsultācijas par vēlēšanu jautājumiem darba dienās 9.00–17.00. Vēlēšanu dienās
    # tālrunis darbojas visu diennakti."
    body = ("<main><p>Tālr. 67181920 – konsultācijas par vēlēšanu jautājumiem darba dienās 9.00–17.00. Vēlēšanu dienās "
            "tālrunis darbojas visu diennakti.</p></main>")
    assert contact_rows(page(HOME, body))["M09"]["2"] == (True, "detected")


def test_a_line_only_for_booking_and_a_switchboard_are_no_consultation_phones():
    # jelgavasvelesanas /kontakti/: "tālr. 63005512 (tikai pierakstam …)", "… informācijas centrs (centrāle):
    # 63005555"; rezeknesdigitalaiscentrs: "Pieteikšanās apmācībām … pa pieraksta tālruni 29 116 408"
    body = ("<main><h1>Kontakti</h1><p>Pieraksts uz pieņemšanu pie komisijas priekšsēdētāja: tālr. 63005512 (tikai "
            "pierakstam, darba dienās 9.00–12.00)</p><p>Pašvaldības informācijas centrs (centrāle): tālr. 63005555</p>"
            "<p>Pieteikšanās apmācībām un konsultācijām — klātienē vai pa pieraksta tālruni 29116408.</p></main>")
    assert contact_rows(START, page(HOME + "kontakti/", body, title="Kontakti"))["M12"]["99"] == (True, "detected")


def test_a_video_tool_kept_for_something_else_is_no_online_consultation():
    # cesudabascentrs: "Skype konts paredzēts tikai pastaigām. Ar jautājumiem lūdzam zvanīt pa tālruni …"
    body = ("<main><h1>Skype pastaigas</h1><p>Skype konts paredzēts tikai pastaigām. Ar jautājumiem lūdzam zvanīt pa "
            "tālruni +371 64122735.</p></main>")
    assert contact_rows(START, page(HOME + "skype/", body, title="Skype pastaigas"))["M12"]["1"] == (
        False, "not_detected")


def test_a_survey_question_on_e_services_says_no_service_is_received_electronically():
    # ogresdigitalaiscentrs survey: "Cik droši jūtaties, lietojot e-pakalpojumus (Latvija.gov.lv, VID EDS)?"
    body = ("<main><h1>Aptauja</h1><form><p>Cik droši jūtaties, lietojot e-pakalpojumus (Latvija.gov.lv, VID EDS)?</p>"
            "<input type='radio' name='a'><input type='radio' name='a'></form></main>")
    assert m13_rows(START, page(HOME + "aptauja/", body, title="Aptauja"))["3"] == (True, "detected")


def test_a_search_engines_form_held_to_the_site_is_a_site_search():
    # ventspilsamatumaja: <form action="https://www.google.com/search"><input type="hidden" name="sitesearch"
    # value="ventspilsamatumaja.lv"> … "Meklēt vietnē:" <input name="q">
    held = ('<form action="https://www.google.com/search"><input type="hidden" name="sitesearch" value="iestade.lv">'
            'Meklēt vietnē: <input type="text" name="q"><input type="submit" value="Meklēt"></form>')
    def search(body: str) -> tuple:
        home = page(HOME, body)
        return rows(features.m08(view(home), [home], options()), "M08")["7"]
    assert search(held) == (True, "detected")
    assert search(held.replace('<input type="hidden" name="sitesearch" value="iestade.lv">', "")) == (
        False, "not_detected")


def test_a_whatsapp_link_for_questions_is_a_contact_for_consultations():
    # kuldigasamatumaja /kontakti/: "Jautājumi par darbnīcām …: rakstiet mums <a href="https://wa.me/…">WhatsApp
    # +371 26473915</a> — atbildam darba dienās 10:00–17:00."
    body = ('<main><p><strong>Jautājumi par darbnīcām:</strong> rakstiet mums <a href="https://wa.me/37126473915">'
            "WhatsApp +371 26473915</a> — atbildam darba dienās 10:00–17:00.</p></main>")
    assert contact_rows(START, page(HOME + "kontakti/", body, title="Kontakti"))["M11"]["1"] == (True, "detected")
