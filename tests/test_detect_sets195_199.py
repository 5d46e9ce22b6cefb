"""What the first runs on blind held-out sets 195 to 199 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 01.12.2026)."""

from __future__ import annotations

from checks import features
from tests.detect_helpers import contact_rows, page

HOME = "http://www.iestade.lv/"


def test_a_search_landmark_that_looks_up_a_catalogue_is_no_site_search():
    # jelgavaszooparks: <form role="search" action="/dzivnieku-katalogs/"><label for="suga">Dzīvnieku sugu katalogs:
    # meklēt sugu pēc nosaukuma</label><input id="suga" name="suga"><button>Atrast sugu</button></form>
    def found(label: str) -> bool | None:
        form = (f'<form role="search" action="/dzivnieku-katalogs/"><label for="suga">{label}</label>'
                '<input id="suga" name="suga"><button type="submit">Atrast</button></form>')
        return features.site_search([page(HOME, f"<main><h1>Sākums</h1>{form}</main>")]).value
    assert found("Dzīvnieku sugu katalogs: meklēt sugu pēc nosaukuma") is False
    assert found("Meklēt vietnē") is True


def test_a_tiles_learn_more_link_is_no_inquiries_desk_around_the_clock():
    # rezeknespansionats: a tile "Sociālā aprūpe — Izmitināšana, ēdināšana, personīgā aprūpe visu diennakti.
    # Uzzināt vairāk"; consultations are by phone on working days
    contacts = page(HOME + "kontakti/", "<main><h1>Kontakti</h1><p>Konsultācijas pa tālruni 64622111 darba dienās "
                    "8:30–17:00.</p></main>", title="Kontakti")
    def m09(tile: str) -> dict:
        home = page(HOME, f'<main><h1>Sākums</h1><div class="tiles"><div class="tile"><h3>Sociālā aprūpe</h3>'
                    f'<p>{tile}</p><a href="/pakalpojumi/">Uzzināt vairāk</a></div></div></main>')
        return contact_rows(home, contacts)["M09"]
    care = m09("Izmitināšana, ēdināšana, personīgā aprūpe visu diennakti.")
    assert (care["1"], care["2"]) == ((False, "not_detected"), (True, "detected"))
    desk = m09("Uzziņas par aprūpi pa tālruni 64622111 visu diennakti.")
    assert desk["1"] == (True, "detected")
