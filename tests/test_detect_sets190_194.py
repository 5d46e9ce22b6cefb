"""What the first runs on blind held-out sets 190 to 194 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, page

HOME = "http://www.iestade.lv/"


def test_a_website_satisfaction_survey_is_about_the_site():
    # daugavpilssautuve /lv/aptauja/: "Tīmekļvietnes apmierinātības aptauja" linking a Microsoft Forms questionnaire
    def survey(title: str):
        return page(HOME + "aptauja/", f"<main><h1>{title}</h1><p>Aptauja aizņems 2–3 minūtes.</p><p><a "
                    "href='https://forms.office.com/e/abc'>Atvērt aptaujas anketu</a></p></main>", title=title)
    home = page(HOME, "<main><h1>Sākums</h1><p><a href='/aptauja/'>Aptauja</a></p></main>")
    site_survey = survey("Tīmekļvietnes apmierinātības aptauja")
    assert m07_rows(home, site_survey)["2"][0] is not True
    assert m08_rows(home, site_survey)["1"] == (True, "detected")
    assert m07_rows(home, survey("Klientu apmierinātības aptauja"))["2"] == (True, "detected")


def test_a_link_to_give_an_opinion_in_one_survey_is_no_participation_section():
    # kuldigassautuve: a homepage post "… izsaki viedokli aptaujā" linking the development plan's survey page
    target = page(HOME + "aptauja-plans/", "<main><h1>Aptauja par attīstības plānu</h1><p>Izsakiet viedokli par "
                  "attīstības plāna projektu līdz 10.12.2026.</p></main>", title="Aptauja")
    def home(label: str):
        return page(HOME, f"<main><h1>Sākums</h1><p>Gatavojam attīstības plānu – <a href='/aptauja-plans/'>{label}</a>"
                    "</p></main>")
    assert m06_rows(home("izsaki viedokli aptaujā"), target)["1"][0] is not True
    assert m06_rows(home("Izsaki viedokli"), target)["1"] == (True, "detected")
    # … but a section's tile may describe it with a survey word (lau, set 43: "Sabiedrības iesaiste — Aptaujas un darba
    # grupas")
    assert m06_rows(home("Sabiedrības iesaiste Aptaujas un darba grupas"), target)["1"] == (True, "detected")


def test_a_notice_naming_the_participation_section_has_not_closed():
    # rigasudensglabsana /jaunumi/aptauja-jauna-stacija/: "Aptauja pieejama sadaļā „Sabiedrības līdzdalība”" read
    # "līdz" (until) in "līdzdalība", and the news item of 12 days ago as a closed consultation
    def news(last: str):
        return page(HOME + "jaunumi/aptauja/", "<main><h1>Izsakiet viedokli par jaunās stacijas vietu</h1>"
                    f"<p>17.11.2026.</p><p>Aicinām aizpildīt aptauju par jaunās stacijas vietu. {last}</p></main>",
                    title="Jaunumi")
    home = page(HOME, "<main><h1>Sākums</h1><ul><li>17.11.2026. <a href='/jaunumi/aptauja/'>Izsakiet viedokli par "
                "jaunās stacijas vietu</a></li></ul></main>")
    assert m07_rows(home, news("Aptauja pieejama sadaļā „Sabiedrības līdzdalība”."))["1"] == (True, "detected")
    assert m07_rows(home, news("Aptauja bija pieejama līdz 20.11.2026."))["1"][0] is not True


def test_a_service_booked_by_phone_is_no_consultation_line_beside_an_in_person_consultation():
    # bauskasaptieka /pakalpojumi/: a list of services "Farmaceita konsultācijas klātienē aptiekā" · "Asinsspiediena,
    # cukura un holesterīna mērījumi – pēc pieraksta pa tālruni 28814407"
    def services(item: str):
        return page(HOME + "pakalpojumi/", "<main><h1>Pakalpojumi</h1><ul><li>Recepšu zāles</li><li>Farmaceita "
                    f"konsultācijas klātienē aptiekā</li><li>{item}</li></ul></main>", title="Pakalpojumi")
    home = page(HOME, "<main><h1>Sākums</h1><p><a href='/pakalpojumi/'>Pakalpojumi</a></p></main>")
    booked = contact_rows(home, services("Mērījumi – pēc pieraksta pa tālruni 28814407"))
    assert booked["M12"]["2"][0] is not True
    asked = contact_rows(home, services("Konsultācijas arī pa tālruni 28814407"))
    assert asked["M12"]["2"] == (True, "detected")


def test_a_sidebar_sign_up_on_a_page_of_customers_quotes_is_no_feedback():
    # bauskasaptieka: the menu's "Atsauksmes" opens quotes and "Komentāri ir slēgti"; the WordPress sidebar on every
    # page holds "Jaunumu abonēšana" (an e-mail box and "Pierakstīties")
    sidebar = ("<aside><section><h2>Jaunumu abonēšana</h2><form action='/' method='post'><label>E-pasts <input "
               "type='email' name='e'></label><input type='submit' value='Pierakstīties'></form></section></aside>")
    home = page(HOME, f"<nav><a href='/atsauksmes/'>Atsauksmes</a></nav><main><h1>Sākums</h1></main>{sidebar}")
    def quotes(extra: str):
        return page(HOME + "atsauksmes/", f"<main><h1>Atsauksmes</h1><p>“Paldies!” – Ilona</p>{extra}</main>{sidebar}",
                    title="Atsauksmes")
    assert m08_rows(home, quotes("<p>Komentāri ir slēgti.</p>"))["8"][0] is not True
    form = "<form><label for='a'>Jūsu atsauksme</label><textarea id='a'></textarea><button>Sūtīt</button></form>"
    assert m08_rows(home, quotes(form))["8"] == (True, "detected")


def test_a_survey_strip_after_a_grid_of_service_tiles_is_read_by_its_own_words():
    # madonasaptieka: "Jūsu viedoklis par jauno tīmekļvietni: piedalieties tīmekļvietnes lietotāju aptaujā – <a>atvērt
    # anketu</a>" after a grid of tiles naming "mūsu aptiekās" and services: a survey of the website, no e-participation
    tiles = "".join(f"<a class='tile' href='/p{n}/'><h3>Pakalpojums {n}</h3><p>Zāļu nodošana visās aptiekās – "
                    f"mūsu pakalpojumi klientiem.</p></a>" for n in range(6))
    def home(strip: str):
        return page(HOME, f"<main><h1>Sākums</h1><section>{tiles}</section><div>{strip} – <a "
                    "href='https://forms.gle/abc'>atvērt anketu</a>.</div><section><h2>Jaunumi</h2></section></main>")
    site_strip = "Jūsu viedoklis par jauno tīmekļvietni: piedalieties tīmekļvietnes aptaujā"
    assert m07_rows(home(site_strip))["2"][0] is not True
    assert m07_rows(home("Jūsu viedoklis par jauno filiāli: piedalieties aptaujā"))["2"] == (True, "detected")
    # … and a link alone in its paragraph is read with the paragraph before it, whole (rix, set 30: "Piedalieties īsā
    # aptaujā par mūsu tīmekļvietni – kā atrodat lidojumu informāciju, …" then "<a>Piedalīties aptaujā</a>")
    lead = ("Piedalieties īsā aptaujā par mūsu tīmekļvietni – kā atrodat lidojumu informāciju, vai saprotama "
            "navigācija un ko vēlaties vietnē redzēt, lai mēs varētu to uzlabot nākamgad. Aptauja aizņems 3 minūtes.")
    aside = page(HOME, f"<main><h1>Sākums</h1><aside><h2>Palīdziet uzlabot</h2><p>{lead}</p><p><a "
                 "href='https://www.visidati.lv/aptauja/1/'>Piedalīties aptaujā</a></p></aside></main>")
    assert m07_rows(aside)["2"][0] is not True


def test_a_row_of_tiles_is_read_cell_by_cell_for_an_opinion_survey():
    # lkc (set 26): a table row of tiles "Pašvaldībām — Lauku attīstības plānošana …" beside "Jūsu viedoklis —
    # Novērtējiet mūsu konsultantu darbu! Aizpildīt klientu aptauju" read as a survey asking opinions on a plan
    def home(third: str):
        return page(HOME, "<main><h1>Centrs</h1><p>25.11.2026. Jaunumi.</p><table><tr><td><b><a href='/p/'>Pašvaldībām"
                    "</a></b><br>Lauku attīstības plānošana un projektu sagatavošana.</td>"
                    f"<td><b>Jūsu viedoklis</b><br>{third} <a href='https://docs.google.com/forms/d/e/x/viewform'>"
                    "Aizpildīt klientu aptauju</a></td></tr></table></main>")
    assert m07_rows(home("Novērtējiet mūsu konsultantu darbu!"))["1"][0] is not True
    assert m07_rows(home("Izsakiet viedokli par attīstības plānu!"))["1"][0] is not False
