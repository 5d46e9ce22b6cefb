"""What the first runs on blind held-out sets 160 to 164 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from checks import features
from tests.detect_helpers import contact_rows, m07_rows, m08_rows, page

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


def test_a_footer_link_ending_in_darbiba_names_the_about_page_not_areas_of_activity():
    # liepajasstadions: mega footer column "Par iestādi" with the link "Iestādes darbība" → /par-mums/; the homepage's
    # content is by audience
    def home(where: str):
        link = '<a href="/par-mums/">Iestādes darbība</a>'
        content = f"<p>{link}</p>" if where == "main" else ""
        footer = f"<div><h3>Par iestādi</h3>{link}</div>" if where == "footer" else ""
        return page(HOME, f"<main><h1>Stadions</h1><h2>Informācija jums</h2>{content}</main><footer>{footer}"
                          "</footer>")
    assert m08_rows(home("footer"))["4"] == (False, "not_detected")
    assert m08_rows(home("main"))["4"] == (True, "detected")


def test_a_box_labelled_in_its_line_or_row_for_something_else_looks_up_results_not_the_site():
    # ventspilsstadions /rezultati/: "Sportista uzvārds: <input name=uzvards>" posting to /rezultati/meklet/; on the
    # homepage the label sits in the cell before the box's cell
    def results(box: str):
        return page(HOME + "rezultati/", f'<main><h1>Rezultāti</h1><form action="/rezultati/meklet/">{box}'
                    '<input type="submit" value="Meklēt"></form></main>')
    line = '{label} <input type="text" name="uzvards">'
    row = '<table><tr><td>{label}</td><td><input type="text" name="uzvards"></td></tr></table>'
    for shape in (line, row):
        assert features.site_search([results(shape.format(label="Sportista uzvārds:"))]).value is False
        assert features.site_search([results(shape.format(label="Meklēt vietnē:"))]).value is True


def test_a_headers_menu_before_its_hotline_link_is_no_feedback_line():
    # madonaskempings: "<nav>… <a>Atsauksmes</a> …</nav> <a class=hotline href=tel:…>☎ 26 554 071 (24/7)</a>" in the
    # header; /atsauksmes/ shows quotes only
    quotes = page(HOME + "atsauksmes/", "<main><h1>Atsauksmes</h1><blockquote>Jauka vieta!</blockquote></main>",
                  title="Atsauksmes")
    def home(between: str):
        return page(HOME, '<header><div class="bar"><nav><a href="/">Sākums</a> <a href="/atsauksmes/">Atsauksmes</a>'
                          f'</nav>{between}<a class="hotline" href="tel:+37126554071">☎ 26 554 071 (24/7)</a></div>'
                          "</header><main><h1>Kempings</h1></main>")
    assert m08_rows(home(""), quotes)["8"] == (False, "not_detected")
    # on one line with a feedback phrase, a contact is given for feedback ("Atsauksmes un ieteikumi: <a>…</a>")
    assert m08_rows(home("Atsauksmes un ieteikumi: "), quotes)["8"] == (True, "detected")


def test_a_survey_link_leaving_the_site_under_a_call_to_fill_it_in_is_an_online_survey():
    # ludzaskempings /lidzdaliba/: "Aizpildiet aptauju līdz …: <a href=https://ej.uz/ludzaskempings-aptauja>
    # ej.uz/ludzaskempings-aptauja</a>" (a shortened address, not a known survey host)
    def participation(call: str, href: str):
        return page(HOME + "lidzdaliba/", "<main><h1>Sabiedrības līdzdalība</h1><h2>Aptauja par kempinga attīstības "
                    f"plānu</h2><p>{call} līdz 20.12.2026.: <a href='{href}'>ej.uz/kempings-aptauja</a></p></main>",
                    title="Sabiedrības līdzdalība")
    home = page(HOME, '<main><h1>Sākums</h1><p><a href="/lidzdaliba/">Sabiedrības līdzdalība</a></p></main>')
    found = m07_rows(home, participation("Aizpildiet aptauju", "https://ej.uz/kempings-aptauja"))
    assert found["2"] == (True, "detected")
    # without the call, or to a page of the site that was not crawled, the link alone asks for review
    assert m07_rows(home, participation("Aptauja", "https://ej.uz/kempings-aptauja"))["2"] == (None, "needs_review")
    assert m07_rows(home, participation("Aizpildiet aptauju", "/aptauja/"))["2"] == (None, "needs_review")


def test_a_table_layouts_repeated_sidebar_is_not_named_by_the_page_title():
    # bauskasmelioracija: every page's left column holds "<b>Ziņot par bojājumu</b><br>… Bojājumu pieteikšanas
    # tālrunis: 26 543 210"; on the page "Meliorācijas jautājumu komisija" (members and summaries, no way to apply)
    # the page's title does not make that fault-report line an application to the commission
    sidebar = ("<table><tr><td><b>Ziņot par bojājumu</b><br>Aizsērējusi caurteka?<br>Bojājumu pieteikšanas tālrunis:"
               "<br><b>26 543 210</b></td></tr></table>")
    home = page(HOME, f'{sidebar}<h1>Meliorācijas dienests</h1><p><a href="/komisija/">Komisija</a></p>')
    def commission(own: str):
        return page(HOME + "komisija/", f"{sidebar}<h1>Meliorācijas jautājumu komisija</h1><p>Komisija izskata "
                    f"strīdus par meliorācijas sistēmām.</p>{own}", title="Meliorācijas jautājumu komisija")
    assert m07_rows(home, commission(""))["4"] == (False, "not_detected")
    # a block of the page's own under that title still is one
    own = "<h2>Kā pieteikties</h2><p>Pieteikumus sūtiet uz komisija@iestade.lv.</p>"
    assert m07_rows(home, commission(own))["4"] == (True, "detected")


def test_cards_whose_last_word_is_a_dative_plural_name_audiences():
    # dobelesmelioracija: "Informācija Jums" cards "Lauksaimniekiem", "Zemes un mājokļu īpašniekiem", "Būvniekiem un
    # projektētājiem": the head noun comes after its genitives
    def home(second: str):
        cards = "".join(f'<div class="col"><div class="card"><h3>{t}</h3><p>Kas jāzina par meliorāciju.</p>'
                        f'<a href="/p{i}/">Uzzināt vairāk</a></div></div>'
                        for i, t in enumerate(["Lauksaimniekiem", second, "Būvniekiem un projektētājiem"]))
        return page(HOME, f'<main><h1>Sākums</h1><h2>Informācija Jums</h2><div class="row">{cards}</div></main>')
    assert m08_rows(home("Zemes un mājokļu īpašniekiem"))["3"] == (True, "detected")
    assert m08_rows(home("Zemes un mājokļu aizsargjoslas"))["3"] == (False, "not_detected")


def test_a_search_landmark_for_a_number_looks_up_a_register_not_the_site():
    # jelgavasmelioracija: <form role=search action=/kadastrs/> "Meklēt meliorācijas kadastra objektu pēc kadastra
    # apzīmējuma:" over <input inputmode=numeric placeholder="piem., 54600050123">
    def home(mode: str, label: str = "Meklēt meliorācijas kadastra objektu pēc kadastra apzīmējuma:"):
        return page(HOME, '<main><h1>Sākums</h1><form role="search" action="/kadastrs/"><label for="k">'
                    f'{label}</label><input id="k" name="nr" {mode}><button>Meklēt</button></form></main>')
    assert features.site_search([home('inputmode="numeric"')]).value is False
    assert features.site_search([home('inputmode="numeric"', "Meklēt:")]).value is False
    assert features.site_search([home("", "Meklēt:")]).value is True
