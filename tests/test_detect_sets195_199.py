"""What the first runs on blind held-out sets 195 to 199 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 01.12.2026)."""

from __future__ import annotations

from checks import features
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, page

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


def test_a_table_layouts_meeting_page_with_a_head_count_names_no_members():
    # jurmalasceluuzturesana: the page is one table row, its menu links ("Sākums", "Par iestādi" …) beside
    # "Veloinfrastruktūras darba grupas sanāksmju kopsavilkumi" and "<b>17.10.2026.</b> — Piedalījās 7 darba grupas
    # locekļi. Izskatītas …"
    menu = "\n".join(f'<a href="/{i}/">{label}</a>' for i, label in enumerate(
        ["Sākums", "Par iestādi", "Darbība", "Pakalpojumi", "Jaunumi", "Sabiedrības līdzdalība", "Kontakti"]))
    def layout(content: str) -> str:
        return (f'<table><tr><td colspan="2"><b>Jūrmalas ceļu uzturēšana</b></td></tr><tr><td>{menu}</td>'
                f"<td>{content}</td></tr></table>")
    def meetings(attended: str) -> tuple:
        content = ("<h1>Veloinfrastruktūras darba grupas sanāksmju kopsavilkumi</h1><p><b>17.10.2026.</b> — "
                   f"{attended} Izskatītas veloceliņa savienojuma problēmas; nolemts lūgt iekļaut remontu budžetā.</p>")
        return m07_rows(page(HOME, layout("<h1>Sākums</h1>")),
                        page(HOME + "lidzdaliba/sanaksmes/", layout(content), title="Darba grupas sanāksmes"))["5"]
    assert meetings("Piedalījās 7 darba grupas locekļi.") == (False, "needs_review")  # summaries, no members
    assert meetings("Piedalījās darba grupas locekļi Anna Kalniņa, Jānis Bērziņš un Ilze Ozola.") == (True, "detected")


def test_an_english_version_naming_latvian_places_is_in_english():
    # preiluceluuzturesana /en/: lingua reads its text as French with the names Preiļi, Riebiņi, Vārkava in it
    home = page(HOME, '<a href="/en/" hreflang="en">English</a><main><h1>Preiļu ceļu uzturēšana</h1><p>Uzturam '
                "1340 km pašvaldības ceļu un 74 km ielu Preiļos, Aglonā, Riebiņos un Vārkavā.</p></main>")
    en = page(HOME + "en/", "<main><h1>Preiļi Road Maintenance</h1><p>We maintain 1,340 km of municipal roads and "
              "74 km of streets in Preiļi, Aglona, Riebiņi and Vārkava.</p><h2>Areas of activity</h2><p>Road and "
              "street maintenance Winter service Traffic management Bridges and culverts</p><h2>News</h2><p>27 "
              "November 2026 — Information webinar on the winter service</p><p>22 November 2026 — Public "
              "consultation on traffic scheme changes in the centre of Preiļi</p></main>", lang="en")
    assert m08_rows(home, en)["5"] == (True, "detected")


def test_abbreviated_days_wednesday_to_friday_state_the_hours():
    # saldusdzirnavas /kontakti/: "<td>Konsultācijas par apmeklējumu un muzeja pakalpojumiem</td><td>+371 63881247
    # (T.–Pk. 9:00–17:00)</td>"
    def m09(hours: str) -> dict:
        contacts = page(HOME + "kontakti/", "<main><h1>Kontakti</h1><table><tr><td>Konsultācijas par apmeklējumu un "
                        f"muzeja pakalpojumiem</td><td>+371 63881247 ({hours})</td></tr></table></main>",
                        title="Kontakti")
        return contact_rows(page(HOME, "<main><h1>Sākums</h1></main>"), contacts)["M09"]
    assert m09("T.–Pk. 9:00–17:00")["2"] == (True, "detected")
    assert m09("9:00–17:00")["2"] == (True, "needs_review")   # a time with no days: hours not stated


def test_the_end_a_survey_page_promises_does_not_close_it():
    # bauskasdzirnavas: a post "Aptauja atvērta līdz <in 18 days>" with "Kas jādara" steps, the concept PDF and
    # "Aptaujas rezultātus … publicēsim … mēneša laikā pēc aptaujas noslēguma"
    def m06_3(closing: str) -> tuple:
        post = page(HOME + "aptauja/", "<main><h1>Aptauja: kādu vēlaties redzēt ekspozīciju?</h1><p>Publicēts "
                    "21.11.2026.</p><p>Aptauja atvērta līdz 19.12.2026.</p><h2>Kas jādara</h2><ol><li>Iepazīstieties "
                    'ar <a href="/faili/koncepcija.pdf">ekspozīcijas koncepciju (PDF)</a>.</li><li>Aizpildiet aptauju '
                    f"šajā lapā līdz 19.12.2026.</li></ol><p>{closing}</p><form><textarea name='viedoklis'></textarea>"
                    "<button>Iesniegt</button></form></main>", title="Aptauja")
        home = page(HOME, '<main><h1>Sākums</h1><article><h2><a href="/aptauja/">Aptauja: kādu vēlaties redzēt '
                    "ekspozīciju?</a></h2><p>Aicinām līdz 19.12.2026. aizpildīt aptauju par ekspozīcijas koncepciju."
                    "</p></article></main>")
        return m06_rows(home, post)["3"]
    assert m06_3("Rezultātus publicēsim mēneša laikā pēc aptaujas noslēguma.") == (True, "detected")
    assert m06_3("Aptauja noslēgusies 20.11.2026.") == (False, "not_detected")


def test_another_bodys_round_the_clock_line_is_no_consultation_line():
    # rezeknespansionats /kontakti/: "<h2>Citi noderīgi tālruņi</h2><p>Biedrības „Sudraba pavediens” senioru atbalsta
    # tālrunis 67118800 (visu diennakti, biedrības brīvprātīgie).</p>" beside its own line in working hours
    def m09(line: str) -> dict:
        contacts = page(HOME + "kontakti/", "<main><h1>Kontakti</h1><p>Sociālā darbiniece: +371 64622314. "
                        "Konsultācijas pa tālruni darba dienās 8:30–17:00.</p><h2>Citi noderīgi tālruņi</h2>"
                        f"<p>{line}</p></main>", title="Kontakti")
        return contact_rows(page(HOME, "<main><h1>Sākums</h1></main>"), contacts)["M09"]
    other = m09("Biedrības „Sudraba pavediens” senioru atbalsta tālrunis 67118800 (visu diennakti, biedrības "
                "brīvprātīgie).")
    assert (other["1"], other["2"]) == ((False, "not_detected"), (True, "detected"))
    assert m09("Senioru atbalsta tālrunis 67118800 (visu diennakti).")["1"] == (True, "detected")
