"""What the first runs on blind held-out sets 180 to 184 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import m06_rows, m07_rows, page

HOME = "http://www.iestade.lv/"
START = page(HOME, '<main><h1>Sākums</h1><p><a href="/lidzdaliba/">Līdzdalība</a></p></main>')


def test_a_working_group_whose_call_has_closed_invites_no_one_to_join():
    # liepajasizdevnieciba /lidzdaliba/: "Pieteikšanās darba grupai ir noslēgusies, jaunus dalībniekus vairs
    # nepieņemam."
    def group(sentence: str):
        return page(HOME + "lidzdaliba/", "<main><h1>Līdzdalība</h1><h2>Darba grupa “Avīzes digitalizācija”</h2>"
                    f"<p>{sentence}</p></main>", title="Līdzdalība")
    closed = "Pieteikšanās darba grupai ir noslēgusies, jaunus dalībniekus vairs nepieņemam."
    assert m07_rows(START, group(closed))["4"] == (False, "not_detected")
    assert m07_rows(START, group("Aicinām pieteikties darba grupai, aizpildot pieteikuma formu."))["4"] == (
        True, "detected")


def test_a_summary_the_writers_promise_to_publish_is_not_available_yet():
    # bauskasizdevnieciba: "Priekšlikumus izvērtēs valde; kopsavilkumu publicēsim šajā lapā." under a council of
    # seven (a head count, no names)
    def council(sentence: str):
        return page(HOME, f"<main><p>Padomes sastāvs: 7 locekļi.</p><p>Padome izskatīja nolikumu. {sentence}</p>"
                          "</main>")
    assert m07_rows(council("Sēdes kopsavilkumu publicēsim šajā lapā."))["5"][0] is not True
    assert m07_rows(council("Sēdes kopsavilkums: vienojās par nolikuma projektu."))["5"] == (True, "detected")


def test_a_sidebars_latest_news_of_a_consultation_makes_no_page_an_issue_page():
    # daugavpilssportamedicina: the sidebar "15.11.2026. Apspriešanā – … kārtība" on every page made the services page
    # (instructions, a price list PDF, a booking form) an issue page; the issue's own page shows no documents
    news = ("<aside><h2>Jaunākais</h2><p><a href='/jaunumi/kartiba/'>15.11.2026. Apspriešanā – pārbaužu kārtība</a>"
            "</p></aside>")
    home = page(HOME, "<main><h1>Sākums</h1><p><a href='/lidzdaliba/kartiba/'>Pārbaužu kārtība</a> – viedokli "
                f"e-pastā var izteikt līdz 13.12.2026.</p><p><a href='/pakalpojumi/'>Pakalpojumi</a></p></main>{news}")
    issue = page(HOME + "lidzdaliba/kartiba/", "<main><h1>Apspriešana: pārbaužu kārtība</h1><p>Projekts pieejams "
                 "iepazīšanai klātienē 204. kabinetā.</p><p>Viedokli sūtiet uz e-pastu <a href='mailto:a@iestade.lv'>"
                 f"a@iestade.lv</a> līdz 13.12.2026.</p></main>{news}", title="Apspriešana")
    def services(aside: str):
        return page(HOME + "pakalpojumi/", "<main><h1>Pakalpojumi</h1><p>Pieteikumu iesniedziet, aizpildot formu. "
                    f"<a href='/cenradis.pdf'>Cenrādis (PDF)</a></p></main>{aside}", title="Pakalpojumi")
    assert m06_rows(home, issue, services(news))["3"][0] is not True
