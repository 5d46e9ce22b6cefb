"""What the first runs on blind held-out sets 135 to 139 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from checks.dom import in_footer, parse, text_by_lines
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, page

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def _layout(menu: str, content: str, footer: str = "") -> str:
    """An HTML 4.01 table layout: a menu column beside the content cell, and a footer row."""
    return (f'<table><tr><td class="leftmenu">{menu}</td><td class="content">{content}</td></tr>'
            f'<tr><td colspan="2" class="footer">{footer}</td></tr></table>')


def test_dom_a_footer_named_by_its_class_and_a_blocks_lines():
    soup = parse('<table><tr><td class="content"><a id="c">x</a></td></tr><tr><td class="footer"><a id="f">y</a>'
                 '</td></tr></table><div class="site-footer-links"><a id="g">z</a></div><div class="footerless">'
                 '<a id="h">w</a></div>')
    assert [in_footer(soup.find(id=i)) for i in "cfgh"] == [False, True, True, False]
    block = parse("<p>Консультации: WhatsApp +371 28812345<br>Касса: <b>+371 26812345</b><br/>Adm<!-- x --></p>").p
    assert text_by_lines(block) == "Консультации: WhatsApp +371 28812345 | Касса: +371 26812345 | Adm"


def test_an_issue_reached_only_through_a_table_layouts_footer_row_is_not_pointed_out_from_the_homepage():
    # ventspilstv: the open ethics-code consultation is listed on /pazinojumi/, which only the footer row
    # <td class="footer">… <a href="/pazinojumi/">Paziņojumi</a></td> links
    def home(menu: str, footer: str):
        return page(HOME, _layout(menu, "<h1>Ventspils Televīzija</h1><p>Ziņas katru dienu.</p>", footer))
    notices = page(HOME + "pazinojumi/", _layout("", '<h1>Paziņojumi</h1><p>24.11.2026. <a href="/pazinojumi/ek/">'
                                                     "Ētikas kodeksa projekta publiskā apspriešana</a></p>"),
                   title="Paziņojumi")
    issue = page(HOME + "pazinojumi/ek/", _layout("", "<h1>Ētikas kodeksa projekta publiskā apspriešana</h1><p>"
                                                      "Priekšlikumus sūtiet uz e-pastu <a href='mailto:vtv@x.lv'>"
                                                      "vtv@x.lv</a> līdz 11.12.2026.</p>"), title="Apspriešana")
    link = '<a href="/pazinojumi/">Paziņojumi</a>'
    assert m06_rows(home("", link), notices, issue)["2"][0] is False
    assert m06_rows(home(link, ""), notices, issue)["2"] == (True, "detected")   # the same link in the menu


def test_a_survey_about_a_plan_or_on_a_plan_being_drafted_is_a_current_issue():
    # saldustv: "Saldus TV gatavo 2027. gada raidījumu plānu – piedalieties aptaujā!" on the homepage, and on
    # /lidzdaliba/ the card "Aptauja par 2027. gada raidījumu plānu — Aktuāla – atvērta līdz …"
    def home(text: str):
        return page(HOME, f'<main><div class="card"><p>{text} <a href="/aptauja/">Aizpildīt</a></p></div></main>')
    assert m07_rows(home("Aptauja par 2027. gada raidījumu plānu. Aktuāla – atvērta līdz 17.12.2026."))["1"] == (
        True, "detected")
    assert m07_rows(home("Saldus TV gatavo 2027. gada raidījumu plānu – piedalieties aptaujā līdz 17.12.2026."))[
        "1"] == (True, "detected")
    # a survey on a programme of classes asks how they are, not what to plan
    assert m07_rows(home("Aptauja par nodarbību programmu. Atvērta līdz 17.12.2026."))["1"] == (False, "not_detected")


def test_homepage_link_tiles_of_areas_and_blocks_headed_by_areas_are_areas_but_cards_of_tasks_are_not():
    # madonaskino: <div class="tiles"><a class="tile" href="/repertuars/"><span class="tile-title">Repertuārs un
    # seansi</span><span class="tile-text">Filmas šonedēļ, biļešu cenas</span></a> … right under the intro
    tiles = "".join(f'<a class="tile" href="/{slug}/"><span class="tile-title">{name}</span><span class="tile-text">'
                    f"{text}</span></a>" for name, text, slug in (
                        ("Repertuārs un seansi", "Filmas šonedēļ un biļešu cenas", "r"),
                        ("Kinoizglītība", "Nodarbības skolām un kino pulciņš", "k"),
                        ("Pasākumi un festivāli", "Brīvdabas kino un kino nedēļa", "p"),
                        ("Zāles noma", "Konferencēm un svinībām pilsētā", "z")))
    assert m08_rows(page(HOME, f'<main><p>Kino Madonā.</p><div class="tiles">{tiles}</div></main>'))["4"] == (
        True, "detected")
    # ventspilsseniori: <section><h2>Veselīga novecošana</h2><div><a>Nūjošanas sezona</a></div>…</section> after an
    # "E-pakalpojumi" block: three of four headings name areas
    blocks = "".join(f'<section class="block"><h2>{name}</h2><div><a href="/{slug}/">{text}</a></div></section>'
                     for name, text, slug in (("Sociālā aprūpe", "Dienas aprūpe senioriem ar demenci", "a"),
                                              ("Veselīga novecošana", "Nūjošanas sezona pie jūras", "b"),
                                              ("Brīvais laiks", "Ziemassvētku tirdziņš centra zālē", "c"),
                                              ("Mūžizglītība", "Datorprasmes un viedierīces senioriem", "d")))
    home = page(HOME, f'<main><div><h2>E-pakalpojumi</h2><p>Piesakieties e-pieteikumā.</p></div><div>{blocks}</div>'
                      "</main>")
    assert m08_rows(home)["4"] == (True, "detected")
    # kuldigasseniori: "Piesakies tiešsaistē", "Nodarbību kalendārs", "Biežāk uzdotie jautājumi", "Senioru lietu
    # padome" open the page: tasks and site sections
    cards = "".join(f'<div class="col"><div class="card"><h2>{name}</h2><p>{text}</p><a href="/{slug}/">Skatīt</a>'
                    "</div></div>" for name, text, slug in (
                        ("Piesakies tiešsaistē", "Nodarbībām var pieteikties elektroniski bez rindām.", "e"),
                        ("Nodarbību kalendārs", "Vingrošana, koris, keramika, datorklase.", "n"),
                        ("Biežāk uzdotie jautājumi", "Atbildes uz jautājumiem par pakalpojumiem.", "b"),
                        ("Senioru lietu padome", "Kļūsti par padomes locekli šogad!", "p")))
    assert m08_rows(page(HOME, f'<main><h1>Centrs</h1><div class="row">{cards}</div></main>'))["4"] == (
        False, "not_detected")


def test_a_booking_line_after_the_consultations_line_of_one_paragraph_is_no_consultation_phone():
    # madonaskino /ru/kontakty/: <p>Консультации: WhatsApp +371 28812345 (рабочие дни 9:00–17:00)<br>Касса,
    # бронирование билетов: +371 26812345<br>Администрация: +371 64812345, kino@…</p>
    def contacts(second_line: str):
        return page(HOME + "kontakti/", "<main><h1>Kontakti</h1><p>Konsultācijas: WhatsApp +371 28812345 (darba "
                    f"dienās 9.00–17.00)<br>{second_line}<br>Administrācija: +371 64812345</p></main>",
                    title="Kontakti")
    assert contact_rows(START, contacts("Kase, biļešu rezervācija: +371 26812345"))["M12"]["2"] == (
        False, "not_detected")
    assert contact_rows(START, contacts("Konsultācijas pa tālruni: +371 26812345"))["M12"]["2"] == (
        True, "detected")


def test_a_notice_in_a_table_layouts_content_cell_is_not_its_row_with_the_menu_column():
    # rezeknesseniori /lidzdaliba/nolikuma-grozijumi/: the notice's cell holds the page's <h1>; its row's menu column
    # links the homepage, whose notice says how to send proposals and whose menu links "Dokumenti" — the homepage
    # is no page of the issue, and the issue's own page shows no documents
    menu = '<a href="/">Sākums</a> <a href="/dokumenti/">Dokumenti</a> <a href="/lidzdaliba/">Līdzdalība</a>'
    home = page(HOME, _layout(menu, "<h1>Laipni lūdzam!</h1><p><b>AKTUĀLI!</b> Līdz 11.12.2026. notiek sabiedriskā "
                                    "apspriešana par nolikuma grozījumiem. Priekšlikumus var sūtīt e-pastā. "
                                    '<a href="/lidzdaliba/ng/">Sīkāk</a></p>'))
    issue = page(HOME + "lidzdaliba/ng/", _layout(menu, "<h1>Sabiedriskā apspriešana: grozījumi nolikumā</h1><p>"
                                                        "Termiņš: 11.12.2026.</p><p>Ar projektu var iepazīties "
                                                        "klātienē.</p><p>Priekšlikumus sūtiet uz e-pastu <a href="
                                                        "'mailto:c@x.lv'>c@x.lv</a> līdz 11.12.2026.</p>"),
                 title="Apspriešana")
    assert m06_rows(home, issue)["3"] == (False, "needs_review")   # instructions and a channel, no documents


def test_a_satisfaction_survey_with_a_score_from_one_to_five_is_a_survey_form_and_feedback():
    # siguldaszinatnescentrs /aptauja/: <select> of services, <input type="number" min="1" max="5"> "Cik
    # apmierināts esat ar apkalpošanu? (1–5)", <textarea> "Ko mēs varētu darīt labāk?"
    def survey(score: str):
        return page(HOME + "aptauja/", '<main><h1>Klientu apmierinātības aptauja</h1><form action="/aptauja/">'
                    "<label>Kuru pakalpojumu izmantojāt?</label><select name='p'><option>Nometne</option>"
                    f"<option>Pulciņš</option></select><label>Cik apmierināts esat? (1–5)</label>{score}"
                    "<label>Ko mēs varētu darīt labāk?</label><textarea name='i'></textarea>"
                    "<input type='submit' value='Iesniegt'></form></main>", title="Aptauja")
    found = m08_rows(START, survey('<input type="number" name="v" min="1" max="5">'))
    assert found["1"] == (True, "detected") and found["8"] == (True, "detected")
    # a number without a scale (how many people come) is no answer
    assert m08_rows(START, survey('<input type="number" name="v">'))["1"][0] is False


def test_link_tiles_of_tasks_and_site_sections_are_no_areas_of_activity():
    # read as link tiles, five earlier homepages' grids were tasks and sections: teatris ("Biļetes tiešsaistē",
    # "Repertuārs", "Dāvanu kartes", "Skatītāju konsultatīvā padome"), rcb ("Mans lasītāja konts", "E-grāmatas",
    # "26 filiāles", "Pasākumi"), liepajasstavvietas ("… Līdzdalība", "Par uzņēmumu", "Kontakti")
    def home(*titles: str):
        tiles = "".join(f'<a class="tile" href="/t{i}/"><h2>{t}</h2><p>Sīkāka informācija par šo tēmu šeit.</p></a>'
                        for i, t in enumerate(titles))
        return page(HOME, f'<main><section class="tiles">{tiles}</section></main>')
    for titles in (("Biļetes tiešsaistē", "Repertuārs", "Dāvanu kartes", "Skatītāju konsultatīvā padome"),
                   ("Mans lasītāja konts", "E-grāmatas", "26 filiāles", "Pasākumi"),
                   ("Zonas un maksa", "Iedzīvotāju atļaujas", "Sodi un apstrīdēšana", "Līdzdalība", "Par uzņēmumu",
                    "Kontakti")):
        assert m08_rows(home(*titles))["4"] == (False, "not_detected"), titles
    assert m08_rows(home("Šķirošana", "Sadzīves atkritumi", "Poligons", "Kompostēšana"))["4"] == (True, "detected")
