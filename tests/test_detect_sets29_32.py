"""What the first runs on blind held-out sets 29 to 32 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import features
from tests.detect_helpers import contact_rows, m07_rows, m08_rows, m13_rows, page

HOME = "http://www.iestade.gov.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_an_e_mail_address_named_forum_is_no_forum():
    # conexus: "Baltijas gāzes tirgus forums — pieteikšanās: forums@…" (a conference's address)
    conference = page(HOME + "jaunumi/", '<section id="forums"><h2>Baltijas gāzes tirgus forums</h2><p>Pieteikšanās: '
                      '<a href="mailto:forums@iestade.lv">forums@iestade.lv</a></p></section>')
    assert m07_rows(START, conference)["3"] == (False, "not_detected")


def test_a_24_hour_emergency_or_crisis_line_beside_a_customer_line_is_no_24_7_consultation():
    # conexus: one contacts block with the customer service centre's hours and the gas emergency line 114 (24/7)
    contacts = page(HOME + "kontakti/", "<main><div><p>Birojs: tālr. 67087900</p><p>Klientu apkalpošanas centrs: tālr. "
                    "67087901, darba dienās 8.30–17.00</p><p>Gāzes avārijas dienests: 114 (24/7)</p></div></main>")
    found = contact_rows(START, contacts)["M09"]
    assert found["1"] == (False, "not_detected") and found["2"] == (True, "detected")
    # loto: another organisation's crisis and counselling line "strādā visu diennakti"
    crisis = page(HOME + "atbildiga-spele/", "<p>Ja spēlēšana kļūst par problēmu, zvaniet biedrības krīzes un "
                  "konsultāciju tālrunim 67222922 — tas strādā visu diennakti.</p>")
    found = contact_rows(START, crisis)    # a crisis line is no consultation contact (rigassiltums, set 48)
    assert found["M09"]["1"] == (False, "not_detected") and found["M09"]["3"] == (True, "detected")


def test_an_address_checker_is_no_site_search():
    # tet: <input type="search" name="adrese"> under "Pārbaudi pieslēguma iespējas", posting to /internets/
    checker = page(HOME, '<form action="/internets/" method="get"><label for="adrese">Ievadi savu adresi</label>'
                   '<input id="adrese" type="search" name="adrese" placeholder="Iela, mājas numurs, pilsēta">'
                   "<button>Pārbaudīt</button></form>")
    assert features.site_search([checker]).value is False
    search = page(HOME, '<form action="/lv/meklet/"><input type="search" name="q"></form>')
    assert features.site_search([search]).value is True


def test_paying_bills_in_a_self_service_portal_is_an_e_service():
    # tet: "… apmaksā rēķinus internetā — Mans Tet pašapkalpošanās portālā"
    tile = page(HOME, "<p>Pieslēdz jaunus pakalpojumus un apmaksā rēķinus internetā — pašapkalpošanās portālā.</p>")
    assert m13_rows(tile)["1"] == (True, "detected")


def test_a_zendesk_help_centre_is_no_chat():
    # vestnesis: the help centre's stylesheet comes from static.zdassets.com/hc/, no Web Widget snippet
    centre = page(HOME + "hc/lv/", '<link rel="stylesheet" href="//static.zdassets.com/hc/assets/app.css"><h1>Palīdzība'
                  "</h1><p>Biežāk uzdotie jautājumi.</p>")
    assert m07_rows(START, centre)["3"] == (False, "not_detected")


def test_a_system_up_24_7_with_consultations_in_working_hours_is_no_24_7_consultation():
    # vestnesis: "E-publicēšanas sistēma darbojas 24/7, bet konsultācijas sniedzam tikai darba laikā."
    told = page(HOME + "kontakti/", "<main><p>Klientu atbalsts: tālr. 67 312 345, darba dienās 8.30–17.00.</p><p>"
                "E-publicēšanas sistēma darbojas 24/7, bet konsultācijas sniedzam tikai darba laikā.</p></main>")
    found = contact_rows(START, told)["M09"]
    assert found["1"] == (False, "not_detected") and found["2"] == (True, "detected")


def test_dative_card_titles_five_levels_under_their_row_are_audiences():
    # lka: Bootstrap cards "Reflektantiem", "Studentiem", "Absolventiem", "Darbiniekiem"
    cards = "".join(f'<div class="col"><div class="card"><div class="card-body"><h2><a href="/{i}/">{t}</a></h2>'
                    "<p>Informācija un pakalpojumi.</p></div></div></div>"
                    for i, t in enumerate(["Reflektantiem", "Absolventiem", "Darbiniekiem"]))
    assert m08_rows(page(HOME, f'<div class="row">{cards}</div>'))["3"] == (True, "detected")


def test_an_english_services_page_is_no_section_of_the_latvian_site():
    # edi, du, vbo: only the English pages say services can be ordered online
    home = page(HOME, '<p>Institūts pēta datorzinātnes.</p><a href="/en/">EN</a><a href="/en/services/">Services</a>')
    english = page(HOME + "en/", "<p>The institute does research in computer science and electronics, and offers "
                   "services to companies and public bodies.</p>", lang="en")
    services = page(HOME + "en/services/", "<main><p>Services can be ordered online in the e-service portal of the "
                    "institute, and the results are delivered electronically to the customer.</p></main>", lang="en")
    assert m13_rows(home, english, services)["3"] == (True, "detected")


def test_a_university_konvents_holds_meetings_and_members():
    # rta: "Konvents" — its members and the summaries of its meetings with the minutes
    konvents = page(HOME + "konvents/", "<main><h1>Konvents</h1><h2>Konventa sastāvs</h2><ul><li>J. Bērziņš, "
                    "priekšsēdētājs</li></ul><p>Konventa sēžu kopsavilkumi un protokoli: 2026. gada sēde.</p></main>")
    assert m07_rows(START, konvents)["5"] == (True, "detected")


def test_graduates_testimonials_are_no_feedback():
    # lspa: the menu item "Absolventu atsauksmes" lists graduates' testimonials
    testimonials = page(HOME, '<table><tr><td><a href="/atsauksmes/">Absolventu atsauksmes</a></td></tr></table>')
    assert m08_rows(testimonials)["8"] == (False, "not_detected")


def test_questions_sent_to_the_chat_make_it_the_consultation_contact():
    # dailes: "Jautājumi par biļetēm vai izrādēm? Rakstiet mums tērzētavā" with only info@ in the footer
    tickets = page(HOME + "biletes/", "<main><p>Jautājumi par biļetēm vai izrādēm? Rakstiet mums tērzētavā lapas "
                   "stūrī.</p></main><footer><p>E-pasts: info@iestade.lv</p></footer>")
    assert contact_rows(START, tickets)["M11"]["1"] == (True, "detected")


def test_consultations_around_the_clock_and_a_chat_in_working_hours_stay_24_7():
    # kisc (set 16): the 24/7 sentence is the line's own; the working hours of the next sentence are the chat's
    both = page(HOME + "pakalpojumi/", "<p>Atbalsta dienests konsultē lietotājus visu diennakti: tālr. 67844890. Darba "
                "dienās 9.00–17.00 konsultācijas sniedzam arī tērzēšanā.</p>")
    assert contact_rows(START, both)["M09"]["1"] == (True, "detected")
    # vk (set 8): a news item on a customer-service handbook that mentions chats sends no questions to a chat
    news = page(HOME + "jaunumi/1/", "<article><p>Rokasgrāmata palīdz ieviest vienotus klientu apkalpošanas "
                "standartus, arī tērzēšanas kanālos.</p></article>")
    assert contact_rows(START, news)["M11"]["1"] == (False, "not_detected")
