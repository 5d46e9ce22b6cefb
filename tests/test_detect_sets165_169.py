"""What the first runs on blind held-out sets 165 to 169 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import contact_rows, page

HOME = "http://www.iestade.lv/"


def test_a_paragraph_opening_with_its_own_label_is_not_labelled_by_the_paragraph_before():
    # kuldigaspirts /kontakti/: "<p><strong>Jautājumi par pakalpojumiem:</strong> tiešsaistes tērzētavā …</p>
    # <p><strong>Rezervācijas tālrunis:</strong> <a href=tel:…>+371 26330415</a> — tikai privātās pirts un pirts rituālu
    # rezervēšanai</p>"
    def contacts(label: str):
        return page(HOME + "kontakti/", "<main><h1>Kontakti</h1><div class='entry-content'><p><strong>Jautājumi par "
                    "pakalpojumiem:</strong> tiešsaistes tērzētavā šīs lapas stūrī, darba dienās 10.00–16.00.</p>"
                    f"<p><strong>{label}:</strong> <a href='tel:+37126330415'>+371 26330415</a> — privātās pirts "
                    "rezervēšanai</p></div></main>", title="Kontakti")
    assert contact_rows(contacts("Rezervācijas tālrunis"))["M12"]["2"] == (False, "not_detected")
    assert contact_rows(contacts("Konsultācijas pa tālruni"))["M12"]["2"] == (True, "detected")


def test_a_line_booking_a_named_consultation_under_a_list_of_services_is_no_consultation_phone():
    # valmierashospiss /pakalpojumi/: a list naming "Paliatīvās aprūpes ārsta konsultācija – ambulatori hospisā, pēc
    # pieraksta", then "<P>Pieraksts uz paliatīvās aprūpes ārsta konsultāciju – reģistratūrā, tālr. 64 207 110.</P>"
    def services(line: str):
        return page(HOME + "pakalpojumi/", "<h2>Pakalpojumi</h2><ul><li><b>Stacionārā aprūpe</b> – diennakts "
                    "uzraudzība.</li><li><b>Paliatīvās aprūpes ārsta konsultācija</b> – ambulatori, pēc pieraksta.</li>"
                    f"</ul><p>{line}, tālr. 64 207 110.</p>", title="Pakalpojumi")
    booking = "Pieraksts uz paliatīvās aprūpes ārsta konsultāciju – reģistratūrā"
    assert contact_rows(services(booking))["M12"]["2"] == (False, "not_detected")
    assert contact_rows(services("Ārsts konsultē arī pa tālruni"))["M12"]["2"] == (True, "detected")
