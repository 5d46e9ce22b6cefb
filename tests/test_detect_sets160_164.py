"""What the first runs on blind held-out sets 160 to 164 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import contact_rows, page

HOME = "http://www.iestade.lv/"


def test_a_tel_link_after_a_fault_reporting_label_under_a_consultation_label_is_no_consultation_phone():
    # ventspilsgaisma /kontakti/: "<strong>Jautājumi par pakalpojumiem:</strong> raksti mums WhatsApp …" and, in the
    # next paragraph, "Dispečers — bojājumu pieteikšana visu diennakti: <a href="tel:+37126552014">26552014</a>"
    def contacts(line: str):
        return page(HOME + "kontakti/", "<main><h1>Kontakti</h1><p><strong>Jautājumi par pakalpojumiem:</strong> "
                    "raksti mums <a href='https://wa.me/37125552300'>WhatsApp +371 25552300</a> — speciālisti atbild "
                    f"darba dienās 8.00–16.30.</p><p>{line}: <a href='tel:+37126552014'>26552014</a></p></main>",
                    title="Kontakti")
    assert contact_rows(contacts("Dispečers — bojājumu pieteikšana visu diennakti"))["M12"]["2"] == (
        False, "not_detected")
    assert contact_rows(contacts("Speciālisti konsultē arī pa tālruni"))["M12"]["2"] == (True, "detected")
