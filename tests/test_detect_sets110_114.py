"""What the first runs on blind held-out sets 110 to 114 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page, rows, view

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_a_council_one_cannot_apply_to_and_an_election_commission_invite_no_one_to_join():
    # liepajastirgus: "… individuāla pieteikšanās padomē nav paredzēta"; vestniecibalondona: "Pieteikumu balsošanai
    # pa pastu varēs iesniegt, kad Centrālā vēlēšanu komisija izsludinās pieteikšanās termiņu"
    council = page(HOME + "padome/", "<main><h1>Tirgotāju padome</h1><p>Padomes locekļus deleģē biedrība; "
                   "individuāla pieteikšanās padomē nav paredzēta.</p></main>", title="Tirgotāju padome")
    vote = page(HOME + "velesanas/", "<main><h1>Vēlēšanas</h1><p>Pieteikumu balsošanai pa pastu varēs iesniegt, kad "
                "Centrālā vēlēšanu komisija izsludinās pieteikšanās termiņu.</p></main>", title="Vēlēšanas")
    assert m07_rows(START, council, vote)["4"] == (False, "not_detected")
    call = page(HOME + "padome/", "<main><h1>Tirgotāju padome</h1><p>Aicinām tirgotājus pieteikties darbam padomē "
                "līdz 20.12.2026.</p></main>", title="Tirgotāju padome")
    assert m07_rows(START, call)["4"] == (True, "detected")


def _e18_03(page_title: str, name: str, text: str) -> tuple:
    url = HOME + "dokumenti/" + name
    doc = Document(url, name.rsplit(".", 1)[1], text, found_on=HOME + "lapa/")
    body = f'<main><h1>{page_title}</h1><ul><li><a href="{url}">{text}</a></li></ul></main>'
    return rows(opendata.e18_03(view(START, page(HOME + "lapa/", body, title=page_title, docs=[doc]))), "E18_03")["1"]


def test_a_list_of_fees_is_text_and_a_consultations_spreadsheet_annex_is_data():
    # vestniecibavasingtona: "Konsulāro nodevu saraksts (PDF)" on "Konsulārā informācija"; valmierastirgus and
    # jelgavaspasakumi: a consultation's "Pielikums: tirdzniecības vietu noslodze 2025. gadā pa mēnešiem (XLSX)"
    assert _e18_03("Konsulārā informācija", "konsularas-nodevas.pdf", "Konsulāro nodevu saraksts (PDF)") == (
        False, "not_detected")
    title = "Sabiedriskā apspriešana: tirgus noteikumu projekts"
    assert _e18_03(title, "pielikums-noslodze-2025.xlsx", "Pielikums: vietu noslodze 2025. gadā (XLSX)") == (
        True, "detected")
    assert _e18_03(title, "pagalmu-saraksts.pdf", "Pagalmu saraksts un karte (PDF)") == (False, "not_detected")


def test_a_foreign_number_given_for_consultations_is_a_phone_consultation():
    # vestniecibavilna /kontakti/: "Konsulārā nodaļa – konsultācijas pa tālruni (darba dienās 9:00–13:00): +370 5 213
    # 1266"
    body = ("<main><ul><li>Konsulārā nodaļa – konsultācijas pa tālruni (darba dienās 9:00–13:00): +370 5 213 1266</li>"
            "</ul></main>")
    found = contact_rows(page(HOME, body))
    assert found["M12"]["2"] == (True, "detected")
    assert found["M09"]["2"] == (True, "detected")


def test_a_civil_record_made_online_is_a_service_received_electronically():
    # vestniecibavilna /konsulara-informacija/: "Dzīvesvietas deklarēšanu un bērna dzimšanas reģistrāciju var veikt arī
    # elektroniski portālā Latvija.gov.lv."
    info = page(HOME + "konsulara-informacija/", "<main><h1>Konsulārā informācija</h1><p>Pasi var pieteikt "
                "vēstniecībā. Dzīvesvietas deklarēšanu un bērna dzimšanas reģistrāciju var veikt arī "
                "elektroniski portālā Latvija.gov.lv.</p></main>", title="Konsulārā informācija")
    assert m13_rows(START, info)["2"] == (True, "detected")


def test_an_opinion_survey_on_a_plan_being_prepared_is_a_current_issue():
    # cesutirgus homepage: "Plānojam mainīt tirgus darba laiku … Pirms lēmuma pieņemšanas lūdzam tirgotāju viedokli –
    # aizpildiet aptauju līdz …"
    home = page(HOME, '<main><div><h2>Tirgotāju aptauja par darba laiku</h2><p>Plānojam mainīt tirgus darba laiku. '
                "Pirms lēmuma pieņemšanas lūdzam tirgotāju viedokli – aizpildiet aptauju līdz 11.12.2026. "
                '<a href="https://docs.google.com/forms/d/e/x/viewform">Aizpildīt aptauju</a></p></div></main>')
    assert m07_rows(home)["1"] == (True, "detected")
    assert m06_rows(home)["2"] == (True, "detected")     # its survey service link is the way to take part
    # a satisfaction survey asks opinions on no plan
    service = page(HOME, "<main><p>Jūsu viedoklis mums ir svarīgs – aizpildiet klientu aptauju līdz 11.12.2026.</p>"
                   "</main>")
    assert m07_rows(service)["1"] == (False, "not_detected")


def test_a_notices_issue_page_linked_after_it_in_its_item_is_its_page():
    # vestniecibastokholma: the notice's paragraph, then "Aptauja atvērta līdz …" with the survey and "Plāna projekts un
    # vairāk informācijas" → the issue page (what, documents, how, until when)
    home = page(HOME, '<main><article><h2>Aicinām piedalīties diasporas aptaujā</h2><div><p>Vēstniecība gatavo '
                "sadarbības plānu 2027. gadam un vēlas uzzināt latviešu viedokli. Aptauja ir anonīma.</p><p>Aptauja "
                'atvērta līdz 13.12.2026. <a href="/aptauja/">Plāna projekts un vairāk informācijas</a></p></div>'
                "</article></main>")
    issue = page(HOME + "aptauja/", '<main><h1>Diasporas aptauja</h1><p>Dokumenti: <a href="/plans.pdf">Plāna projekts '
                 '(PDF)</a></p><p>Kā piedalīties? Aizpildiet tiešsaistes aptauju līdz 13.12.2026. <a href="https://'
                 'docs.google.com/forms/d/e/x/viewform">Aizpildīt aptauju</a></p></main>', title="Diasporas aptauja")
    assert m06_rows(home, issue)["3"] == (True, "detected")


def test_a_feedback_link_to_a_page_of_quotes_and_a_search_box_on_it_give_no_feedback():
    # jelgavastirgus: footer "Tirgotāju atsauksmes" → a page of traders' quotes with the header's search form
    head = '<header><form action="/"><label>Meklēt:</label><input name="s"></form></header>'
    home = page(HOME, f'{head}<main><p>Sākums</p></main><footer><a href="/atsauksmes/">Tirgotāju atsauksmes</a>'
                "</footer>")
    quotes = page(HOME + "atsauksmes/", f"{head}<main><h1>Tirgotāju atsauksmes</h1><blockquote>“Tirgojos jau 15 gadus."
                  '”</blockquote></main><footer><a href="/atsauksmes/">Tirgotāju atsauksmes</a></footer>',
                  title="Tirgotāju atsauksmes")
    assert m08_rows(home, quotes)["8"] == (False, "not_detected")
    form = page(HOME + "atsauksmes/", f"{head}<main><h1>Atsauksmes</h1><form action=\"/a/\"><textarea name=t>"
                "</textarea><button>Nosūtīt</button></form></main>", title="Atsauksmes")
    assert m08_rows(home, form)["8"] == (True, "detected")


def test_a_star_vote_under_a_rating_verb_invites_rating_the_page():
    # jurmalaspasakumi (Joomla): "Lūdzu, novērtējiet" over "1 zvaigzne … 5 zvaigznes" and "Novērtēt"
    options = "".join(f'<option value="{i}">{i} zvaigzne</option>' for i in range(1, 6))
    vote = page(HOME + "jaunumi/x/", f'<main><p>Koncertu sezona.</p><form method="post" action=""><label for="v">'
                f'Lūdzu, novērtējiet</label><select id="v" name="user_rating">{options}</select><input type="submit" '
                'value="Novērtēt"></form></main>')
    assert m08_rows(START, vote)["2"] == (True, "detected")


def test_a_mega_menu_columns_bare_darbiba_heading_is_no_homepage_structure():
    # zemgalesvirsmeznieciba: <header><nav> … <h3>Darbība</h3> … over the menu's links
    menu = ('<header><nav><div><h3>Darbība</h3><a href="/a/">Meža ugunsdrošība</a><a href="/b/">Cirsmas</a></div>'
            "</nav></header>")
    assert m08_rows(page(HOME, f"{menu}<main><p>Sākums</p></main>"))["4"] == (False, "not_detected")
    assert m08_rows(page(HOME, "<main><h2>Darbība</h2><p>Meža ugunsdrošība.</p></main>"))["4"] == (True, "detected")
