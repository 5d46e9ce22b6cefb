"""What the first runs on blind held-out sets 80 to 84 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m07_rows, m08_rows, page, rows, view

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_a_service_survey_headed_how_did_it_go_is_feedback():
    # ogresizglitiba: "Kā Jums veicās?" over a Google Forms survey on applying for a kindergarten place
    body = ('<main><h1>Rinda uz PII</h1><h2>Kā Jums veicās?</h2><p>Mēs vēlamies uzlabot pieteikšanos rindā. Lūdzam '
            'atbildēt uz dažiem jautājumiem.</p><p><a href="https://docs.google.com/forms/d/e/x/viewform">Atbildēt uz '
            "aptaujas jautājumiem</a></p></main>")
    assert m08_rows(START, page(HOME + "rinda/", body))["8"] == (True, "detected")


def test_applying_to_join_a_council_is_no_member_list():
    # jelgavasizglitiba: minutes, and "Pieteikšanās padomes sastāvā" over an application form
    body = ('<main><h1>Izglītības konsultatīvā padome</h1><h2>Sēžu protokoli</h2><ul><li><a href="/p1.pdf">1. sēdes '
            'protokols</a></li><li><a href="/p2.pdf">2. sēdes protokols</a></li></ul><h2>Pieteikšanās padomes sastāvā'
            "</h2><p>Aicinām vecāku organizāciju pārstāvjus pieteikties darbam padomē.</p><form><input name='v'>"
            "<textarea name='m'></textarea></form></main>")
    assert m07_rows(START, page(HOME + "padome/", body))["5"][0] is False


def test_register_for_a_camp_on_google_forms_is_no_survey():
    # liepajasizglitiba /skoleniem/: "reģistrējies nometnei Google formā"
    body = ('<main><h1>Skolēniem</h1><p>Vasaras nometne: <a href="https://docs.google.com/forms/d/e/y/viewform">'
            "reģistrējies nometnei Google formā</a></p></main>")
    assert m07_rows(START, page(HOME + "skoleniem/", body))["2"] == (False, "not_detected")


def test_audience_headers_of_a_mega_menu_structure_the_homepage():
    # valmierasizglitiba: <h6 class="dropdown-header"> "Vecākiem", "Skolēniem un jauniešiem", "Pedagogiem"
    menu = "".join(f'<div><h6 class="dropdown-header">{a}</h6><a href="/{n}/">…</a></div>'
                   for n, a in enumerate(["Vecākiem", "Skolēniem un jauniešiem", "Pedagogiem"]))
    assert m08_rows(page(HOME, f"<nav>{menu}</nav><main><p>Sākums</p></main>"))["3"] == (True, "detected")


def test_a_registry_phone_that_gives_no_consultations_voids_only_itself():
    # rigasbuvvalde /konsultacijas/: consultation phones in a table, then "Lietvedības tālrunis 67 012 900
    # konsultācijas nesniedz"
    body = ("<main><h1>Konsultācijas</h1><h2>Konsultācijas pa tālruni</h2><table><tr><th>Jautājums</th><th>Tālrunis"
            "</th></tr><tr><td>BIS lietošana</td><td>67 012 910</td></tr></table><h2>Ko vērts zināt</h2><p>Lietvedības "
            "tālrunis 67 012 900 konsultācijas nesniedz – tas paredzēts dokumentu aprites jautājumiem.</p></main>")
    assert contact_rows(START, page(HOME + "konsultacijas/", body))["M12"]["2"] == (True, "detected")


def test_a_footer_line_asking_for_feedback_on_the_site_is_a_feedback_link():
    # ventspilsbuvvalde: a footer cell of three lines, the second "Jūsu atsauksmes … par šo mājas lapu sūtiet …: <a>"
    footer = ("<table><tr><td>© Ventspils pilsētas būvvalde · Jūras iela 36, Ventspils · Sekretāre: 63 601 111 · "
              'E-pasts: <a href="mailto:info@iestade.lv">info@iestade.lv</a><br>'
              "Jūsu atsauksmes un ieteikumus par šo mājas lapu sūtiet lapas administratoram: "
              '<a href="mailto:web@iestade.lv">web@iestade.lv</a><br>Lapa vislabāk aplūkojama ar izšķirtspēju 1024x768'
              "</td></tr></table>")
    assert m08_rows(page(HOME, f"<main><p>Sākums</p></main>{footer}"))["8"] == (True, "detected")


def test_a_spreadsheet_under_a_statistics_heading_holds_data():
    # jelgavasbuvvalde /dokumenti/: "Statistika" over "Šogad izsniegtās būvatļaujas (XLSX)"
    docs = HOME + "dokumenti/"
    url = HOME + "faili/izsniegtas-buvatlaujas.xlsx"
    doc = Document(url, "xlsx", "Šogad izsniegtās būvatļaujas", found_on=docs)
    body = (f'<main><h1>Dokumenti</h1><h2>Veidlapas</h2><p>…</p><h2>Statistika</h2><ul><li><a href="{url}">Šogad '
            "izsniegtās būvatļaujas</a> (XLSX)</li></ul></main>")
    assert rows(opendata.e18_03(view(START, page(docs, body, docs=[doc]))), "E18_03")["1"] == (True, "detected")


def test_cards_named_for_site_sections_are_no_areas():
    # liepajasbiznesacentrs: an opening grid "Pakalpojumi", "Atbalsta programma", "Konsultācijas", "Atvērtie dati"
    cards = "".join(f'<div class="card"><h2><a href="/{n}/">{t}</a></h2><p>{d}</p></div>' for n, (t, d) in enumerate([
        ("Pakalpojumi", "Konsultācijas, atbalsta programma, inkubators."),
        ("Atbalsta programma", "Starta granti un izstāžu līdzfinansējums."),
        ("Konsultācijas", "Individuāli par uzņēmuma attīstību."),
        ("Atvērtie dati", "Atbalstītie komersanti un inkubatora dalībnieki.")]))
    assert m08_rows(page(HOME, f"<main><section>{cards}</section></main>"))["4"] == (False, "not_detected")


def test_a_guestbook_that_invites_questions_is_a_question_form():
    # liepajasmakslasskola /viesu-gramata/: "… uzdot jautājumus vai dalīties ieteikumos" over a name/e-mail/text form
    body = ("<h1>Viesu grāmata</h1><p>Šeit varat ierakstīt savas domas par skolu, uzdot jautājumus vai dalīties "
            "ieteikumos. Uz jautājumiem atbild skolas administrācija.</p><form><input name='vards'>"
            "<textarea name='ieraksts'></textarea><input type='submit' value='Ierakstīt'></form>")
    assert m07_rows(START, page(HOME + "viesu-gramata/", body))["6"] == (True, "detected")


def test_a_member_list_to_be_published_after_elections_is_none():
    # ogresmuzikasskola /skolas-padome/: minutes, and "Padomes sastāvs" over "… tiks publicēts pēc vēlēšanām"
    body = ('<main><h1>Skolas padome</h1><h3>Sēžu protokoli</h3><ul><li><a href="/p3.pdf">Padomes sēdes protokols Nr. 3'
            '</a></li><li><a href="/p2.pdf">Padomes sēdes protokols Nr. 2</a></li></ul><h3>Padomes sastāvs</h3>'
            "<p>Jaunā padomes sastāva saraksts tiks publicēts pēc vēlēšanām.</p></main>")
    assert m07_rows(START, page(HOME + "skolas-padome/", body))["5"][0] is False
