"""What the first runs on blind held-out sets 85 to 89 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, linked_file_rows, m07_rows, m08_rows, m13_rows, page, rows, view

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_no_need_to_come_in_person_with_an_e_signed_application_is_an_e_service():
    # tukumabarintiesa /pakalpojumi/: "Nav obligāti jāierodas klātienē: iesniegumu, kas parakstīts ar drošu
    # elektronisko parakstu, varat nosūtīt uz bāriņtiesas e-adresi"
    body = ("<main><h1>Pakalpojumi</h1><p>Nav obligāti jāierodas klātienē: iesniegumu, kas parakstīts ar drošu "
            "elektronisko parakstu, varat nosūtīt uz bāriņtiesas e-adresi.</p></main>")
    found = m13_rows(START, page(HOME + "pakalpojumi/", body))
    assert found["2"] == (True, "detected")
    assert found["3"] == (False, "not_detected")


def test_a_commissions_sittings_on_teams_are_no_online_consultation():
    # jurmalasdzimtsaraksti /komisija/: "Komisija izskata jautājumus par … Komisijas sēdes notiek attālināti MS Teams"
    body = ("<main><h1>Ģimenes svētku komisija</h1><p>Komisija izskata jautājumus par pašvaldības rīkotajiem ģimenes "
            "svētkiem. Komisijas sēdes notiek attālināti MS Teams platformā.</p></main>")
    assert contact_rows(START, page(HOME + "komisija/", body))["M12"]["1"] == (False, "not_detected")


def test_a_switchboard_under_a_consultations_heading_is_no_consultation_line():
    # jurmalasdzimtsaraksti /kontakti/: "Konsultācijas" over e-mail consultations and the municipality's switchboard
    body = ('<main><h1>Kontakti</h1><details open><summary>Konsultācijas</summary><p>Konsultācijas sniedzam '
            'klātienē un rakstiski – jautājumus sūtiet uz <a href="mailto:info@iestade.lv">info@iestade.lv</a>.</p>'
            "<p>Pašvaldības "
            "centrālais tālrunis (savienošana ar iestādēm): 67093816.</p></details></main>")
    found = contact_rows(START, page(HOME + "kontakti/", body))
    assert found["M12"]["99"] == (True, "detected")
    assert found["M11"]["1"] == (True, "detected")


def test_a_paper_under_how_to_take_part_holds_no_data():
    # liepajasdzimtsaraksti: "Kā piedalīties" over "Iepazīstieties ar informatīvo ziņojumu … (PDF)"
    issue = HOME + "aptauja/"
    url = HOME + "dokumenti/informativais-zinojums.pdf"
    doc = Document(url, "pdf", "informatīvo ziņojumu par iespējamām izmaiņām (PDF)", found_on=issue)
    body = (f"<main><h1>Vai laulību reģistrācijai jābūt arī svētdienās?</h1><h2>Kā piedalīties</h2><p>"
            f'Iepazīstieties ar <a href="{url}">informatīvo ziņojumu par iespējamām izmaiņām (PDF)</a>.</p></main>')
    assert rows(opendata.e18_03(view(START, page(issue, body, docs=[doc]))), "E18_03")["2"] == (True, "detected")


def test_did_the_consultation_help_heads_a_service_survey():
    # rigasjauniesucentrs /konsultacijas/: "Vai konsultācija tev palīdzēja?" over a Google Forms questionnaire
    body = ("<main><h1>Konsultācijas</h1><h2>Vai konsultācija tev palīdzēja?</h2><p>Mēs gribam kļūt labāki. "
            'Aizpildi īsu anketu.</p><p><a href="https://docs.google.com/forms/d/e/x/viewform">Atvērt anketu</a>'
            "</p></main>")
    assert m08_rows(START, page(HOME + "konsultacijas/", body))["8"] == (True, "detected")


def test_a_call_to_be_announced_is_no_invitation_to_apply():
    # ventspilsjauniesucentrs: "… par pieteikšanos nākamajam sastāvam paziņosim pirms … pilnvaru beigām"
    body = ("<main><h1>Jaunatnes lietu komisija</h1><p>Komisijas sastāvu dome apstiprina uz trim gadiem; par "
            "pieteikšanos nākamajam sastāvam paziņosim pirms pašreizējā sastāva pilnvaru beigām.</p></main>")
    assert m07_rows(START, page(HOME + "komisija/", body))["4"] == (False, "not_detected")


def test_a_youth_councils_members_and_summaries_are_published_meetings():
    # cesujauniesucentrs /jauniesu-dome/: "Domes sastāvs" (names) and "Sēžu kopsavilkumi"
    body = ("<main><h1>Jauniešu dome</h1><h2>Domes sastāvs</h2><ul><li>Anna Kalniņa</li><li>Roberts Ozols</li>"
            "<li>Elza Liepa</li></ul><h2>Sēžu kopsavilkumi</h2><p>28.10.2026. – runājām par skeitparku. "
            '<a href="/k1.pdf">Kopsavilkums</a></p></main>')
    assert m07_rows(START, page(HOME + "jauniesu-dome/", body, title="Jauniešu dome"))["5"] == (True, "detected")


def test_events_and_consultations_cards_are_no_areas():
    # valmierasjauniesucentrs: "Pasākumi", "Konsultācijas", "Brīvprātīgais darbs", "Jaunatnes padome"
    cards = "".join(f'<div class="card"><h2><a href="/{n}/">{t}</a></h2><p>Apraksts par {t.lower()}.</p></div>'
                    for n, t in enumerate(["Pasākumi", "Konsultācijas", "Brīvprātīgais darbs", "Jaunatnes padome"]))
    assert m08_rows(page(HOME, f"<main><section>{cards}</section></main>"))["4"] == (False, "not_detected")


def test_a_consent_form_holds_no_data():
    # ogrespoliklinika: "Piekrišana analīžu rezultātu saņemšanai e-pastā" (DOCX to sign)
    found = linked_file_rows(HOME, "piekrisana-rezultatiem-epasta.docx",
                             "Piekrišana analīžu rezultātu saņemšanai e-pastā")
    assert found["2"] == (True, "detected")


def test_a_price_list_spreadsheet_holds_data():
    # rigasveselibascentrs: "Pilns cenrādis (vairāk nekā 300 pozīcijas): maksas-pakalpojumu-cenradis.xlsx"
    found = linked_file_rows(HOME, "maksas-pakalpojumu-cenradis.xlsx", "maksas-pakalpojumu-cenradis.xlsx")
    assert found["1"] == (True, "detected")


def test_a_consultative_phone_line_is_a_consultation_contact():
    # ogrespoliklinika footer: "Reģistratūra: 650 00000 Diennakts konsultatīvais tālrunis: 650 00024"
    footer = "<footer><p>Reģistratūra: 650 00000<br>Diennakts konsultatīvais tālrunis: 650 00024</p></footer>"
    found = contact_rows(page(HOME, f"<main><p>Sākums</p></main>{footer}"))
    assert found["M11"]["1"] == (True, "detected")
    assert found["M12"]["2"] == (True, "detected")


def test_a_drivers_medical_board_is_no_council_to_join():
    # rigasveselibascentrs homepage: "Obligātās veselības pārbaudes darbiniekiem un autovadītāju komisija. Cenas un
    # pieteikšanās."
    home = page(HOME, '<main><p>Obligātās veselības pārbaudes darbiniekiem un autovadītāju komisija. <a href="/p/">'
                "Cenas un pieteikšanās</a>.</p></main>")
    assert m07_rows(home)["4"] == (False, "not_detected")

