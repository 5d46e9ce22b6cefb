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
