"""What the first runs on blind held-out sets 105 to 109 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import m07_rows, page

HOME = "http://www.iestade.lv/"
NAME = "Kuldīgas lauksaimniecības konsultāciju birojs"


def test_the_institutions_name_in_every_title_does_not_head_every_page_for_questions():
    # an advisory bureau's name ("… konsultāciju birojs") names consultations on every page; "Rakstiet mums" with an
    # address on its "Par mums" page invites no questions or proposals (M07.6), as on any other site
    home = page(HOME, "<main><p>Sākums</p></main>", title=f"Sākums | {NAME}")
    about = page(HOME + "par-mums/", "<main><h1>Par mums</h1><p>Rakstiet mums: birojs@kuldiga.lv</p></main>",
                 title=f"Par mums | {NAME}")
    assert m07_rows(home, about)["6"] == (False, "not_detected")
    # under the bureau's own "Konsultācijas" page the same words still do
    advice = page(HOME + "konsultacijas/", "<main><h1>Konsultācijas</h1><p>Rakstiet mums: birojs@kuldiga.lv</p></main>",
                  title=f"Konsultācijas | {NAME}")
    assert m07_rows(home, advice)["6"] == (True, "detected")
