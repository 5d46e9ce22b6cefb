"""What the first runs on blind held-out sets 200 to 204 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 01.12.2026)."""

from __future__ import annotations

from tests.detect_helpers import contact_rows, page

HOME = "http://www.iestade.lv/"


def test_a_description_lists_term_labels_its_24_7_line():
    # dobelesmeteostacija /kontakti/: "<dt>Dežurējošais sinoptiķis – konsultācijas par laikapstākļiem un novērojumu
    # datiem</dt><dd><strong>+371 63721488, visu diennakti</strong></dd>" between two lines with working hours
    def m09(term: str) -> dict:
        contacts = page(HOME + "kontakti/", "<main><h1>Kontakti</h1><dl><dt>Kanceleja (centrālais tālrunis)</dt>"
                        f"<dd>+371 63721480, darba dienās 8.30–17.00</dd><dt>{term}</dt><dd><strong>+371 63721488, "
                        "visu diennakti</strong></dd><dt>Agrometeoroloģiskās konsultācijas</dt><dd>+371 63721484, "
                        "darba dienās 8.30–17.00</dd></dl></main>", title="Kontakti")
        return contact_rows(page(HOME, "<main><h1>Sākums</h1></main>"), contacts)["M09"]
    assert m09("Dežurējošais sinoptiķis – konsultācijas par laikapstākļiem")["1"] == (True, "detected")
    assert m09("Bojājumu pieteikšana")["1"] == (False, "not_detected")
