"""What the first runs on blind held-out sets 100 to 104 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, page, rows, view

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")
NAME = "Ventspils pašvaldības Klientu apkalpošanas centrs"


def test_the_institutions_name_in_every_title_is_no_consultation_cue():
    # ventspilsklientucentrs: titles "Kontakti - Ventspils pašvaldības Klientu apkalpošanas centrs"; the contacts give
    # the office ("Kanceleja (sekretāre) | 63601100") and a bare address
    home = page(HOME, "<main><p>Sākums</p></main>", title=f"Sākums - {NAME}")
    body = ('<main><h1>Kontakti</h1><table><tr><td>Kanceleja (sekretāre)</td><td>63601100</td></tr><tr><td>E-pasts</td>'
            '<td><a href="mailto:dome@ventspils.lv">dome@ventspils.lv</a></td></tr></table></main>')
    found = contact_rows(home, page(HOME + "kontakti/", body, title=f"Kontakti - {NAME}"))
    assert found["M11"]["2"] == (True, "detected")
    assert found["M12"]["99"] == (True, "detected")


def test_a_consultation_line_under_the_page_title_still_counts_on_such_a_site():
    home = page(HOME, "<main><p>Sākums</p></main>", title=f"Sākums - {NAME}")
    body = "<main><h1>Konsultācijas</h1><p>Konsultācijas par pakalpojumiem: tālr. 63601111.</p></main>"
    found = contact_rows(home, page(HOME + "konsultacijas/", body, title=f"Konsultācijas - {NAME}"))
    assert found["M11"]["1"] == (True, "detected")


def test_a_table_layouts_footer_row_is_not_labelled_by_the_content_above_it():
    # ventspilsnodarbinatiba /kontakti/: the content cell ends with "<h2>Ugāles klientu apkalpošanas vieta</h2>"; the
    # footer row below it gives the secretary's number
    body = ('<table><tr><td><h1>Kontakti</h1><p>Sekretāre: 63 622 110</p><h2>Klientu pieņemšanas laiks</h2><p>P. '
            "8.30-18.00</p><h2>Ugāles klientu apkalpošanas vieta</h2><p>Skolas iela 2, Ugāle.</p></td></tr>"
            "<tr><td><font>© Filiāle, Saules iela 49, Ventspils | Tālr. 63 622 110</font></td></tr></table>")
    found = contact_rows(page(HOME, "<p>Sākums</p>"), page(HOME + "kontakti/", body, title="Kontakti - Filiāle"))
    assert found["M11"]["2"] == (True, "detected")


def test_consultations_around_the_clock_about_an_e_shop_are_around_the_clock():
    # rezekneskoncertzale /biletes/: "Jautājumi par biļešu iegādi e-veikalā? Zvaniet … +371 6600 4242 — konsultējam
    # visu diennakti, 7 dienas nedēļā." ("E-pakalpojumi pieejami 24/7" stays no consultation line)
    body = ("<main><p>Jautājumi par biļešu iegādi e-veikalā? Zvaniet e-veikala klientu atbalstam +371 6600 4242 — "
            "konsultējam visu diennakti, 7 dienas nedēļā.</p></main>")
    assert contact_rows(page(HOME, body))["M09"]["1"] == (True, "detected")
    body = "<main><p>Konsultācijas: tālr. 63601111, darba dienās 9.00–17.00. E-pakalpojumi pieejami 24/7.</p></main>"
    assert contact_rows(page(HOME, body))["M09"]["1"] == (False, "not_detected")


def test_a_draft_and_a_blank_application_hold_no_data():
    # ventspilsklientucentrs /dokumenti/ ("Dokumenti un statistika"): "Klientu apkalpošanas standarta projekts (PDF)";
    # liepajasnodarbinatiba: "vakances pieteikumu" → vakances-pieteikums.docx
    for name, text in [("standarts-projekts.pdf", "Klientu apkalpošanas standarta projekts (PDF)"),
                       ("vakances-pieteikums.docx", "vakances pieteikumu")]:
        url = HOME + "dokumenti/" + name
        doc = Document(url, name.rsplit(".", 1)[1], text, found_on=HOME + "dokumenti/")
        body = f'<main><h1>Dokumenti un statistika</h1><ul><li><a href="{url}">{text}</a></li></ul></main>'
        docs = page(HOME + "dokumenti/", body, title="Dokumenti un statistika", docs=[doc])
        assert rows(opendata.e18_03(view(START, docs)), "E18_03")["1"] == (False, "not_detected")


def test_a_page_rating_form_is_no_survey_form():
    # salacgrivaspagasts: "Novērtējiet šo lapu: ★★★★★ Nosūtīt vērtējumu" below a closed survey's heading
    stars = "".join(f'<input type="radio" name="vertejums" value="{i}"><label>★</label>' for i in range(5, 0, -1))
    body = ("<main><h2>Iedzīvotāju aptauja</h2><p>Aptauja ir noslēgusies.</p></main><section><form action=\"/v/\">"
            f"<span>Novērtējiet šo lapu:</span>{stars}<button>Nosūtīt vērtējumu</button></form></section>")
    assert m08_rows(page(HOME, body))["1"] == (False, "not_detected")


def test_a_consultations_results_on_a_councils_agenda_are_no_open_consultation():
    # ropazupagasts /padome/: a minutes table row "<date 14 days ago> | Ceļu greiderēšana; Silakroga laukuma
    # apspriešanas rezultāti | PDF"
    body = ("<main><table><tr><th>Sēde</th><th>Izskatītie jautājumi</th></tr><tr><td>15.11.2026.</td><td>Ceļu "
            "greiderēšana; Silakroga laukuma apspriešanas rezultāti</td></tr></table></main>")
    assert m07_rows(START, page(HOME + "padome/", body))["1"] == (False, "not_detected")


def test_one_consultations_notice_is_no_participation_section():
    # ogresklientucentrs: a homepage post "Sabiedriskā apspriešana par KAC jaunajām telpām"
    body = ('<main><article><h2><a href="/apspriesana-telpas/">Sabiedriskā apspriešana par KAC jaunajām telpām</a>'
            "</h2></article></main>")
    assert m06_rows(page(HOME, body))["1"] == (False, "not_detected")
    section = '<nav><a href="/lidzdaliba/">Sabiedriskā apspriešana</a></nav>'
    assert m06_rows(page(HOME, section))["1"] == (True, "detected")


def test_minutes_published_once_approved_are_none_yet():
    # rigasnodarbinatiba /lidzdaliba/: members named, "Padomes sēžu protokoli tiek publicēti pēc to apstiprināšanas."
    body = ("<main><h1>Konsultatīvā padome</h1><h2>Padomes sastāvs</h2><ul><li>Anna Bērziņa</li><li>Jānis Kalniņš"
            "</li></ul><p>Padomes sēžu protokoli tiek publicēti pēc to apstiprināšanas.</p></main>")
    found = m07_rows(START, page(HOME + "padome/", body, title="Konsultatīvā padome"))
    assert found["5"] == (False, "needs_review")     # members without minutes: a person looks


def test_a_one_question_poll_of_the_site_with_worded_answers_is_still_a_survey_form():
    # ikvd (set 8): a left-column "Aptauja": "Kā Jūs vērtējat mūsu mājas lapu?" with four worded answers, "Balsot"
    answers = ["Ļoti laba, viss viegli atrodams", "Apmierinoša", "Grūti atrast vajadzīgo", "Slikta"]
    choices = "".join(f'<input type="radio" name="balss" value="{i}" id="b{i}"><label for="b{i}">{a}</label><br>'
                      for i, a in enumerate(answers, 1))
    body = (f"<table><tr><td><b>Aptauja</b></td></tr><tr><td><form>Kā Jūs vērtējat mūsu mājas lapu?<br>{choices}"
            '<input type="submit" value="Balsot"></form></td></tr></table>')
    assert m08_rows(page(HOME, body))["1"] == (True, "detected")
