"""What the first runs on blind held-out sets 125 to 129 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test."""

from __future__ import annotations

from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, page

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_a_sidebar_heading_over_a_tag_cloud_names_no_areas_of_activity():
    # rigasvidusskola (Drupal-like): <div id="block-tagi"><h2>Tēmas</h2><a href="/tagi/uznemsana/">uzņemšana</a> …
    def home(links: str):
        return page(HOME, f'<main><p>Sākums</p></main><aside><div class="block"><h2>Tēmas</h2><div>{links}</div>'
                    "</div></aside>")
    assert m08_rows(home('<a href="/tagi/uznemsana/">uzņemšana</a> <a href="/jaunumi/">visi jaunumi</a>'))["4"] == (
        False, "not_detected")
    assert m08_rows(home('<a href="/izglitiba/">Izglītība</a> <a href="/sports/">Sports</a>'))["4"] == (
        True, "detected")


def test_an_address_written_in_a_table_row_for_consultations_is_a_consultation_contact():
    # madonasnovadpetnieciba /kontakti/: <tr><th>Konsultācijas par pakalpojumiem, krājuma un arhīva izmantošanu</th>
    # <td>tiešsaistes tērzēšana …; arhivs@…</td></tr> beside the secretary's row; no mailto links on the page
    rows = ("<tr><th>Sekretāre</th><td>64807330</td><td>muzejs@iestade.lv</td></tr><tr><th>Konsultācijas par "
            "pakalpojumiem un arhīva izmantošanu</th><td>darba dienās 10:00–16:00; arhivs@iestade.lv</td></tr>")
    contacts = page(HOME + "kontakti/", f"<main><h1>Kontakti</h1><table>{rows}</table></main>", title="Kontakti")
    assert contact_rows(START, contacts)["M11"]["1"] == (True, "detected")
    only_secretary = page(HOME + "kontakti/", "<main><h1>Kontakti</h1><table><tr><th>Sekretāre</th><td>64807330</td>"
                          "<td>muzejs@iestade.lv</td></tr></table></main>", title="Kontakti")
    assert contact_rows(START, only_secretary)["M11"]["1"] == (False, "not_detected")


def test_questions_about_personal_data_are_no_consultation_contact_nor_an_invitation_for_proposals():
    # valmierasnovadpetnieciba /privatuma-politika/: "Jautājumus par datu apstrādi sūtiet datu aizsardzības
    # speciālistam uz das@valmierasnovads.lv."
    def policy(sentence: str):
        return page(HOME + "privatuma-politika/", f"<main><h1>Privātuma politika</h1><p>{sentence}</p></main>",
                    title="Privātuma politika")
    dpo = policy("Jautājumus par datu apstrādi sūtiet datu aizsardzības speciālistam uz das@iestade.lv.")
    assert m07_rows(START, dpo)["6"] == (False, "not_detected")
    assert contact_rows(START, dpo)["M11"]["1"] == (False, "not_detected")
    asked = policy("Jautājumus un priekšlikumus par muzeja darbu sūtiet uz muzejs@iestade.lv.")
    assert m07_rows(START, asked)["6"] == (True, "detected")
    # zemgalestiesa (set 76): protecting personal data is only the reason to answer in writing
    reason = page(HOME + "apmekletajiem/", "<main><h1>Apmeklētājiem</h1><p>Lai aizsargātu lietas dalībnieku personas "
                  "datus, informāciju par lietām pa tālruni nesniedzam. Jautājumus par lietas stāvokli lūdzam rakstīt "
                  'uz e-pastu <a href="mailto:kanceleja@iestade.lv">kanceleja@iestade.lv</a>.</p></main>',
                  title="Apmeklētājiem")
    assert contact_rows(START, reason)["M11"]["1"] == (True, "detected")


def test_an_address_in_a_table_row_labelled_for_consultations_is_a_consultation_contact():
    # ventspilsenergoagentura (set 109, HTML 4.01 tables): <tr><td><b>Konsultācijas par renovāciju</b></td><td>
    # Tiešsaistes tērzēšanā … vai e-pastā <a href="mailto:konsultacijas@…">…</a></td></tr>
    def contacts(label: str):
        return page(HOME + "kontakti/", f"<main><h1>Kontakti</h1><table><tr><td><b>{label}</b></td><td>darba dienās "
                    '8:30–16:30, e-pastā <a href="mailto:birojs@iestade.lv">birojs@iestade.lv</a></td></tr></table>'
                    "</main>", title="Kontakti")
    assert contact_rows(START, contacts("Konsultācijas par renovāciju"))["M11"]["1"] == (True, "detected")
    assert contact_rows(START, contacts("Grāmatvedība"))["M11"]["1"] == (False, "not_detected")


def test_consultations_said_to_be_given_in_the_chat_make_the_chat_their_contact():
    # cesukapsetas /kontakti/: "Konsultācijas par kapavietām … sniedzam tērzētavā (poga „Tērzēt ar konsultantu” lapas
    # apakšā) darba dienās 9.00–16.00. Telefoniskas konsultācijas netiek sniegtas." beside a general e-mail
    def contacts(sentence: str):
        return page(HOME + "kontakti/", f"<main><h1>Kontakti</h1><h2>Konsultācijas</h2><p>{sentence}</p><h2>Citi "
                    'kontakti</h2><p>E-pasts: <a href="mailto:info@iestade.lv">info@iestade.lv</a></p></main>',
                    title="Kontakti")
    given = contacts("Konsultācijas par kapavietām sniedzam tērzētavā darba dienās 9.00–16.00.")
    assert contact_rows(START, given)["M11"]["1"] == (True, "detected")
    absent = contacts("Konsultācijas par kapavietām sniedzam klātienē darba dienās 9.00–16.00.")
    assert contact_rows(START, absent)["M11"]["1"] == (False, "not_detected")


def test_a_russian_page_pointing_to_the_latvian_and_english_pages_is_no_language_version():
    # cesukapsetas /ru/: one page "Подробная информация доступна на латышском и английском языках" beside fresh LV
    # and EN news
    news = "<main><h2>Jaunumi</h2><p>25.11.2026. Kapsētu pārvalde atjaunojusi celiņus Lenču kapos.</p></main>"
    home = page(HOME, f'<a href="/en/" hreflang="en">EN</a> <a href="/ru/" hreflang="ru">RU</a>{news}')
    en = page(HOME + "en/", "<main><h2>News</h2><p>24 November 2026. The cemetery administration has renewed the "
              "paths of Lenči cemetery.</p></main>", lang="en")
    summary = ("Управление кладбищ обслуживает пять муниципальных кладбищ в Цесисе и окрестностях: выделяет места "
               "захоронения, заключает договоры аренды и ухаживает за территорией кладбищ. Приёмные часы: "
               "понедельник 8.00–18.00, вторник–четверг 8.00–17.00, пятница 8.00–14.00. Адрес: улица Ленчу 12, "
               "Цесис. Договоры аренды мест захоронения заключаются в приёмные часы при предъявлении документа, "
               "удостоверяющего личность, и свидетельства о смерти. Уход за местами захоронения можно заказать в "
               "приёмные часы.")   # 68 words with the heading
    ru = page(HOME + "ru/", f"<main><h1>Информация на русском языке</h1><p>{summary}</p><p>Подробная информация "
              "доступна на латышском и английском языках.</p></main>", lang="ru")
    assert m08_rows(home, en, ru)["6"] == (True, "detected")
    plain = page(HOME + "ru/", f"<main><h1>Информация на русском языке</h1><p>{summary}</p></main>", lang="ru")
    assert m08_rows(home, en, plain)["6"] == (False, "not_detected")   # a Russian version without news


def test_a_help_desks_request_form_linked_for_questions_and_proposals_is_a_question_form():
    # jurmalasturisms (set 106) /kontakti/: "Savus jautājumus, ierosinājumus vai sūdzības par mūsu darbu varat jebkurā
    # laikā iesniegt <a href="https://….zendesk.com/…">palīdzības centra pieteikuma formā</a>"
    def contacts(link: str):
        return page(HOME + "kontakti/", "<main><h1>Kontakti</h1><p>Savus jautājumus, ierosinājumus vai sūdzības par "
                    "mūsu darbu varat jebkurā laikā iesniegt <a href=\"https://iestade.zendesk.com/hc/requests/new\">"
                    f"{link}</a>.</p></main>", title="Kontakti")
    assert m07_rows(START, contacts("palīdzības centra pieteikuma formā"))["6"] == (True, "detected")
    assert m07_rows(START, contacts("palīdzības centrā"))["6"] == (False, "not_detected")


def test_an_opinion_survey_on_the_draft_is_the_issue_pages_channel():
    # jurmalaskapsetas /lidzdaliba/attistibas-koncepcija/: "Kā piedalīties: 1. Iepazīstieties ar koncepcijas projektu
    # (PDF). 2. Aizpildiet tiešsaistes aptauju līdz …" (the survey on a page of the site)
    home = page(HOME, '<main><h2>Aktuāli</h2><p>Aicinām izteikt viedokli par <a href="/lidzdaliba/koncepcija/">'
                "kapsētu attīstības koncepcijas projektu</a> līdz 19.12.2026.</p></main>")
    def issue(step: str):
        return page(HOME + "lidzdaliba/koncepcija/", "<main><h1>Kapsētu attīstības koncepcija (projekts)</h1><h2>Kā "
                    'piedalīties</h2><ol><li>Iepazīstieties ar <a href="/faili/projekts.pdf">koncepcijas projektu '
                    f'(PDF)</a>.</li><li>{step}</li></ol></main>', title="Koncepcija")
    survey = 'Aizpildiet <a href="/lidzdaliba/koncepcija/aptauja/">tiešsaistes aptauju</a> līdz 19.12.2026.'
    assert m06_rows(home, issue(survey))["3"] == (True, "detected")
    assert m06_rows(home, issue("Rezultāti tiks publicēti šajā lapā."))["3"] != (True, "detected")


def test_a_call_to_work_on_a_council_is_one_to_join_it_though_it_asks_for_a_motivation_letter():
    # dobeleskoledza /studiju-programmu-padome/: "Koledža aicina … pieteikties darbam padomē. Lai pieteiktos, līdz …
    # sūtiet īsu CV un motivācijas vēstuli uz e-pastu …" (a vacancy asks for the same letter); siguldasvidusskola:
    # "individuāli pieteikties darbam padomē nav iespējams"
    def council(sentence: str):
        return page(HOME + "padome/", f"<main><h1>Studiju programmas padome</h1><p>{sentence}</p></main>",
                    title="Padome")
    call = ("Koledža aicina uzņēmumu pārstāvjus pieteikties darbam padomē. Lai pieteiktos, līdz 24.12.2026. sūtiet "
            "īsu CV un motivācijas vēstuli uz e-pastu padome@iestade.lv.")
    assert m07_rows(START, council(call))["4"] == (True, "detected")
    vacancy = ("Aicinām pieteikties juriskonsulta amatam. Līdz 24.12.2026. sūtiet CV un motivācijas vēstuli uz "
               "personals@iestade.lv.")
    assert m07_rows(START, council(vacancy))["4"] == (False, "not_detected")
    refused = "Vecāku pārstāvjus ievēl sapulcēs; individuāli pieteikties darbam padomē nav iespējams."
    assert m07_rows(START, council(refused))["4"] == (False, "not_detected")


def test_a_form_to_download_and_fill_in_is_no_linked_web_form():
    # rsu (set 27): "Aizpildiet priekšlikumu veidlapu (DOCX) …" beside jurmalasturisms' help-desk request form
    url = HOME + "faili/priekslikumi.docx"
    body = (f'<main><h1>Kontakti</h1><p>Savus priekšlikumus varat iesniegt, aizpildot <a href="{url}">priekšlikumu '
            "veidlapu (DOCX)</a>.</p></main>")
    docx = page(HOME + "kontakti/", body, title="Kontakti", docs=[Document(url, "docx", "priekšlikumu veidlapu")])
    assert m07_rows(START, docx)["6"] == (False, "not_detected")


def test_a_link_to_another_sites_participation_section_is_not_this_sites():
    # dobeleskoledza (HTML 4.01 tables): the footer row's "Sabiedrības līdzdalība (Dobeles novada pašvaldības vietnē)"
    # → https://www.dobele.lv/lv/sabiedribas-lidzdaliba, outside any <footer>
    def home(href: str):
        return page(HOME, f'<table><tr><td>Saturs</td></tr><tr><td><a href="{href}">Sabiedrības līdzdalība</a></td>'
                    "</tr></table>")
    assert m06_rows(home("https://www.dobele.lv/lv/sabiedribas-lidzdaliba"))["1"] == (False, "not_detected")
    assert m06_rows(home("/sabiedribas-lidzdaliba/"))["1"] == (True, "detected")
