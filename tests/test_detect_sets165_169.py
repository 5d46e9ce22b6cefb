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
