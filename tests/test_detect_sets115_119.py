"""What the first runs on blind held-out sets 115 to 119 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import (
    contact_rows,
    linked_file_rows,
    m06_rows,
    m07_rows,
    m08_rows,
    m13_rows,
    page,
    rows,
    view,
)

HOME = "http://www.iestade.lv/"


def test_a_menus_bare_link_named_for_activity_is_no_homepage_structure():
    # pavilostasosta (HTML 4.01 tables, a left menu outside <nav>): "<a href="/darbiba/">Darbība</a>"
    menu = ('<table><tr><td><a href="/par-ostu/">Par ostu</a></td></tr><tr><td><a href="/darbiba/">Darbība</a>'
            '</td></tr><tr><td><a href="/jaunumi/">Jaunumi</a></td></tr></table>')
    assert m08_rows(page(HOME, menu + "<p>Laipni lūdzam ostā.</p>"))["4"] == (False, "not_detected")
    # a heading that is the word alone still heads the homepage's areas
    home = page(HOME, menu + "<h2>Mūsu darbība</h2><ul><li>Kuģu apkalpošana</li><li>Jahtu piestātne</li></ul>")
    assert m08_rows(home)["4"] == (True, "detected")


def test_a_menu_link_to_a_page_of_quotes_beside_a_search_button_is_no_feedback():
    # liepajasrehabilitacija: the navbar's "Atsauksmes" opens "Pacientu atsauksmes", three quotes and no form; the
    # navbar holds the search form's button
    nav = ('<nav><div><a href="/">Centrs</a><ul><li><a href="/atsauksmes/">Atsauksmes</a></li><li><a href="/kontakti/">'
           'Kontakti</a></li></ul><form action="/meklet/"><input name="q"><button>Meklēt</button></form></div></nav>')
    quotes = page(HOME + "atsauksmes/", nav + "<main><h1>Pacientu atsauksmes</h1><blockquote>“Ļoti atsaucīgs "
                  "personāls.” – Inga</blockquote></main>", title="Atsauksmes")
    assert m08_rows(page(HOME, nav + "<main><p>Sākums</p></main>"), quotes)["8"] == (False, "not_detected")
    # the same link to a page with a feedback form is a way to give feedback
    form = page(HOME + "atsauksmes/", nav + '<main><h1>Atsauksmes</h1><form action="/sutit/"><textarea name="t">'
                "</textarea><button>Sūtīt</button></form></main>", title="Atsauksmes")
    assert m08_rows(page(HOME, nav + "<main><p>Sākums</p></main>"), form)["8"] == (True, "detected")


def test_an_online_survey_on_wished_services_says_no_service_is_received_electronically():
    # cesurehabilitacija /lidzdaliba/: "Aptauja: jaunais hidroterapijas korpuss — Tiešsaistes aptauja – kādus
    # pakalpojumus vēlaties jaunajā korpusā?"
    body = ('<main><h1>Līdzdalība</h1><div><a href="/lidzdaliba/korpuss/">Aptauja: jaunais korpuss</a> Tiešsaistes '
            "aptauja – kādus pakalpojumus vēlaties jaunajā korpusā?</div></main>")
    participation = page(HOME + "lidzdaliba/", body, title="Līdzdalība")
    assert m13_rows(page(HOME, "<p>Sākums</p>"), participation)["3"] == (True, "detected")
    # an application received online still is one
    services = page(HOME + "pakalpojumi/", "<main><p>Pieteikumu rehabilitācijai var iesniegt tiešsaistē.</p></main>",
                    title="Pakalpojumi")
    assert m13_rows(page(HOME, "<p>Sākums</p>"), services)["2"] == (True, "detected")


def test_a_footer_link_to_a_page_of_quotes_headed_over_a_search_box_is_no_feedback():
    # rigasgalerija: the footer line "<a>Apmeklētāju atsauksmes</a> · <a>Publiskie pārskati</a> · <a>Rekvizīti</a>"; the
    # quotes page's header (a <div>, not <header>) holds the search form
    top = ('<div class="top"><form role="search" action="/meklet/"><input type="search" name="q">'
           "<button>Meklēt</button></form></div>")
    foot = ('<footer><p><a href="/atsauksmes/">Apmeklētāju atsauksmes</a> · <a href="/parskati/">Publiskie pārskati</a>'
            ' · <a href="/kontakti/">Rekvizīti</a></p></footer>')
    quotes = page(HOME + "atsauksmes/", top + "<main><h1>Apmeklētāju atsauksmes</h1><p>“Brīnišķīga izstāde!” — Inese"
                  "</p></main>" + foot, title="Apmeklētāju atsauksmes")
    contacts = page(HOME + "kontakti/", top + '<main><h1>Rekvizīti</h1><p><a href="mailto:info@iestade.lv">'
                    "info@iestade.lv</a></p></main>" + foot, title="Rekvizīti")
    assert m08_rows(page(HOME, top + "<main><p>Sākums</p></main>" + foot), quotes, contacts)["8"] == (
        False, "not_detected")


def test_a_survey_of_select_lists_is_a_survey_form():
    # cesugalerija /aptauja-koncepcija/: four <select> questions and a text area, no radio buttons
    selects = "".join(f'<label>{q}</label><select name="q{i}"><option>Jā</option><option>Nē</option></select>'
                      for i, q in enumerate(["Cik bieži apmeklējat izstādes?", "Kuras funkcijas svarīgākās?",
                                             "Kāds darba laiks ērtākais?"]))
    survey = page(HOME + "aptauja/", "<main><h1>Aptauja: jaunā izstāžu nama koncepcija</h1><form method='post'>"
                  f"{selects}<textarea name='t'></textarea><button>Iesniegt atbildes</button></form></main>",
                  title="Aptauja")
    assert m08_rows(page(HOME, '<p><a href="/aptauja/">Aptauja</a></p>'), survey)["1"] == (True, "detected")
    # a question form with a topic list and a text area is no survey
    ask = page(HOME + "jautajumi/", "<main><h1>Uzdodiet jautājumu</h1><form method='post'><select name='tema'><option>"
               "Izstādes</option></select><textarea name='t'></textarea><button>Sūtīt</button></form></main>",
               title="Jautājumi")
    assert m08_rows(page(HOME, '<p><a href="/jautajumi/">Jautājumi</a></p>'), ask)["1"] == (False, "not_detected")


def test_a_municipalitys_around_the_clock_line_is_not_its_institutions_consultations():
    # liepajasgalerija /kontakti/: "Liepājas valstspilsētas pašvaldības diennakts informatīvais tālrunis: 8787
    # (pašvaldības dienests)." beside the gallery's own consultation line in its opening hours
    body = ("<main><h1>Kontakti</h1><p>Apmeklētāju konsultācijas par izstādēm: tālr. +371 63425180, trešdien–svētdien "
            "11:00–19:00</p><p>Liepājas valstspilsētas pašvaldības diennakts informatīvais tālrunis: 8787 (pašvaldības "
            "dienests).</p></main>")
    home = page(HOME, "<p>Sākums</p>", title="Sākums — Liepājas mākslas galerija")
    contacts = page(HOME + "kontakti/", body, title="Kontakti — Liepājas mākslas galerija")
    assert contact_rows(home, contacts)["M09"]["2"] == (True, "detected")
    # a municipal line that says it consults on the institution's matters is a consultation line (ogrespii, set 95)
    queue = body.replace("diennakts informatīvais tālrunis: 8787 (pašvaldības dienests)", "informatīvais tālrunis — "
                         "konsultācijas par pašvaldības pakalpojumiem, t. sk. rindu uz PII (visu diennakti): 8000 1650")
    assert contact_rows(home, page(HOME + "kontakti/", queue, title="Kontakti — Liepājas mākslas galerija"))[
        "M09"]["1"] == (True, "detected")
    # on the municipality's own site the line is its own
    own = page(HOME + "kontakti/", body, title="Kontakti — Liepājas valstspilsētas pašvaldība")
    assert contact_rows(page(HOME, "<p>Sākums</p>", title="Sākums — Liepājas valstspilsētas pašvaldība"), own)[
        "M09"]["1"] == (True, "detected")


def test_a_long_consultation_label_ended_by_a_colon_labels_the_number_after_it():
    # daugavpilsgalerija /kontakti/: "Informācija un konsultācijas apmeklētājiem (izstādes, biļetes, nodarbības,
    # virtuālās ekskursijas): <strong>+371 65423318</strong>, trešdien–svētdien 11:00–18:00"
    body = ("<main><h1>Kontakti</h1><ul><li>Informācija un konsultācijas apmeklētājiem (izstādes, biļetes, nodarbības, "
            "virtuālās ekskursijas): <strong>+371 65423318</strong>, trešdien–svētdien 11:00–18:00</li></ul></main>")
    found = contact_rows(page(HOME, "<p>Sākums</p>"), page(HOME + "kontakti/", body, title="Kontakti"))
    assert found["M12"]["2"] == (True, "detected")
    assert found["M11"]["1"] == (True, "detected")


def test_the_institutions_name_is_no_consultation_cue_nor_is_a_chat_that_is_not_there():
    # valmieraskarjera: the footer "<strong>Valmieras Karjeras konsultāciju centrs</strong> · … · Centrālais tālrunis
    # 64207100 · info@…", its Russian translation "Валмиерский центр карьерных консультаций … info@…", and the help
    # centre's "tiešsaistes tērzēšana nav pieejama … uzdodiet jautājumu konsultācijas laikā"
    name = "Valmieras Karjeras konsultāciju centrs"
    foot = (f"<footer><p><strong>{name}</strong> · Rīgas iela 10 · Centrālais tālrunis 64207100 · "
            '<a href="mailto:info@iestade.lv">info@iestade.lv</a></p></footer>')
    foot_ru = ("<footer><p><strong>Валмиерский центр карьерных консультаций</strong> · Rīgas iela 10 · Центральный "
               'телефон 64207100 · <a href="mailto:info@iestade.lv">info@iestade.lv</a></p></footer>')
    lv = "<main><p>Karjeras konsultanti palīdz izvēlēties profesiju un mācību iestādi visiem novada iedzīvotājiem.</p>"
    ru = "<main><p>Карьерные консультанты помогают выбрать профессию и учебное заведение всем жителям края.</p>"
    help_ = ('<main><h1>Palīdzība</h1><p>Palīdzības centrā tiešsaistes tērzēšana nav pieejama. Ja neatradāt atbildi, '
             "uzdodiet jautājumu konsultācijas laikā.</p></main>")
    pages = [page(HOME, lv + "</main>" + foot, title=f"Sākums | {name}"),
             page(HOME + "ru/", ru + "</main>" + foot_ru, lang="ru", title=f"Главная | {name}"),
             page(HOME + "palidziba/", help_ + foot, title=f"Palīdzība | {name}")]
    assert contact_rows(*pages)["M11"]["2"] == (True, "detected")


def test_an_english_homepage_saying_consultations_are_given_in_english_too_is_no_stub():
    # daugavpilskarjera /en/: "Consultations are available in Latvian, Russian and English." on a short homepage
    en = page(HOME + "en/", "<main><h1>Career Development Centre</h1><p>We provide free career guidance to residents: "
              "pupils, young people, adults and teachers. Consultations are available in Latvian, Russian and English."
              '</p><p><a href="/en/about/">About us</a> · <a href="/en/services/">Services</a></p></main>',
              lang="en", title="Home")
    about = page(HOME + "en/about/", "<main><h1>About us</h1><p>The centre was founded in 2009 by the city council. "
                 "Our counsellors help pupils choose a profession, help adults change careers and train teachers in "
                 "career education. We work with schools, employers and the State Employment Agency.</p></main>",
                 lang="en", title="About us")
    home = page(HOME, '<main><p>Bezmaksas karjeras konsultācijas.</p><p><a href="/en/">EN</a></p></main>')
    assert m08_rows(home, en, about)["5"] == (True, "detected")
    # "The English version is available in Latvian only" still is a stub's phrase
    stub = page(HOME + "en/", "<main><p>Sorry, this page is available in Latvian only.</p></main>", lang="en")
    assert m08_rows(home, stub, about)["5"] == (False, "not_detected")


def test_an_undated_notice_whose_survey_form_takes_answers_is_a_current_issue():
    # daugavpilsceli homepage: "Dienests gatavo Ietvju remonta programmu 2027. gadam. Izsakiet savu viedokli, aizpildot
    # <a>iedzīvotāju aptauju</a>." → a page with the survey's form
    home = page(HOME, "<main><section><h2>Aktuāli</h2><p>Dienests gatavo Ietvju remonta programmu 2027. gadam. "
                'Izsakiet savu viedokli, aizpildot <a href="/aptauja/">iedzīvotāju aptauju</a>.</p></section></main>')
    form = page(HOME + "aptauja/", "<main><h1>Aptauja par ietvju remontu</h1><form method='post'><p>Kuras ietves "
                "remontēt vispirms?</p><input type='radio' name='a' value='1'><input type='radio' name='a' value='2'>"
                "<textarea name='t'></textarea><button>Iesniegt</button></form></main>", title="Aptauja")
    assert m07_rows(home, form)["1"] == (True, "detected")
    assert m06_rows(home, form)["2"] == (True, "detected")
    # a survey that ended takes no answers, though its form is still there
    ended = page(HOME + "aptauja/", "<main><h1>Aptauja par ietvju remontu</h1><p>Aptauja ir noslēgusies.</p><form>"
                 "<input type='radio' name='a'><input type='radio' name='a'></form></main>", title="Aptauja")
    assert m07_rows(home, ended)["1"] != (True, "detected")


def test_a_patients_satisfaction_survey_is_no_consultation():
    # jelgavasrehabilitacija sidebar: "Jūsu viedoklis — Piedalieties pacientu apmierinātības aptaujā" beside a price
    # list "apstiprināts ar … domes lēmumu"
    body = ('<main><div><p>Cenrādis apstiprināts ar domes lēmumu.</p><div><h3>Jūsu viedoklis</h3><p>Piedalieties '
            '<a href="/aptauja/">pacientu apmierinātības aptaujā</a>.</p></div></div></main>')
    form = page(HOME + "aptauja/", "<main><h1>Pacientu aptauja</h1><form method='post'><input type='radio' name='a'>"
                "<input type='radio' name='a'><textarea name='t'></textarea></form></main>", title="Aptauja")
    assert m07_rows(page(HOME, body), form)["1"] == (False, "not_detected")


def test_volumes_and_costs_by_year_in_a_document_could_be_open_data():
    # daugavpilsceli /dokumenti/: "Ietvju remonta apjomi un izmaksas 2021–2025 (DOCX)"
    assert linked_file_rows(HOME, "ietvju-remonta-apjomi-2021-2025.docx",
                            "Ietvju remonta apjomi un izmaksas 2021–2025 (DOCX)")["1"] == (True, "detected")
    # a passage on what a concept will cost does not make the concept data (vlkp, set 87)
    url = HOME + "faili/koncepcija.pdf"
    doc = Document(url, "pdf", "bioatkritumu savākšanas koncepciju (PDF)", found_on=HOME)
    body = (f'<p>Iepazīstieties ar <a href="{url}">bioatkritumu savākšanas koncepciju (PDF)</a>: tās izmaksas un '
            "apjomi ir aprēķināti trim gadiem.</p>")
    assert rows(opendata.e18_03(view(page(HOME, body, docs=[doc]))), "E18_03")["1"] == (False, "not_detected")
