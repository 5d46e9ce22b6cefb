"""What the first runs on blind held-out sets 200 to 204 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 01.12.2026)."""

from __future__ import annotations

from checks import features
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page

HOME = "http://www.iestade.lv/"


def test_a_description_lists_term_labels_its_24_7_line():
    # dobelesmeteostacija /kontakti/: "<dt>Dežurējošais sinoptiķis – konsultācijas par laikapstākļiem un novērojumu
    # datiem</dt><dd><strong>+371 63721488, visu diennakti</strong></dd>" between two lines with working hours
    def m09(term: str) -> dict:
        contacts = page(HOME + "kontakti/", "<main><h1>Kontakti</h1><dl><dt>Kanceleja (centrālais tālrunis)</dt>"
                        f"<dd>+371 63721480, darba dienās 8.30–17.00</dd><dt>{term}</dt><dd><strong>+371 63721488, "
                        "visu diennakti</strong></dd><dt>Agrometeoroloģiskās konsultācijas</dt><dd>+371 63721484, "
                        "darba dienās 8.30–17.00</dd></dl></main>", title="Kontakti")
        return contact_rows(page(HOME, "<main><h1>Sākums</h1></main>"), contacts)["M09"]
    assert m09("Dežurējošais sinoptiķis – konsultācijas par laikapstākļiem")["1"] == (True, "detected")
    assert m09("Bojājumu pieteikšana")["1"] == (False, "not_detected")


CHAT = ('<aside class="chat" id="chat-widget"><header>Tērzētava – jautā ornitologam</header><div class="body"><p>Darba '
        "dienās no 10.00 līdz 16.00 stacijas ornitologi tiešsaistē atbild uz jautājumiem par putniem, atradumiem un "
        'stacijas pakalpojumiem.</p><form id="chat-form"><label for="zina">Jūsu jautājums</label><input id="zina" '
        'name="zina"> <button type="submit">Sūtīt</button></form></div></aside>')


def test_a_chat_widget_on_every_page_is_no_feedback_form_nor_an_e_service():
    # kolkasputnustacija: the chat widget after every page's content, on the page "Atsauksmes" of volunteers' quotes too
    home = page(HOME, f"<main><h1>Kolkas putnu stacija</h1><p>Putnu gredzenošana Kolkasragā.</p></main>{CHAT}")
    quotes = page(HOME + "atsauksmes/", "<main><h1>Atsauksmes</h1><blockquote><p>Trīs nedēļas Kolkā iemācīja vairāk "
                  f"nekā semestris.</p></blockquote></main>{CHAT}", title="Atsauksmes")
    assert m08_rows(home, quotes)["8"] == (False, "not_detected")
    assert m13_rows(home, quotes)["1"] == (False, "not_detected")
    online = page(HOME, "<main><h1>Kolkas putnu stacija</h1><p>Biļetes var iegādāties tiešsaistē.</p></main>")
    assert m13_rows(online)["1"] == (True, "detected")
    # valmierastenisacentrs of set 207: "Tērzēt ar konsultantu — Uzdodiet jautājumu par pakalpojumiem – konsultants
    # tiešsaistē darba dienās 9.00–17.00" in an aside on every page
    asked = page(HOME, "<main><h1>Tenisa centrs</h1></main><aside><p>Tērzēt ar konsultantu Uzdodiet jautājumu par "
                 "pakalpojumiem – konsultants tiešsaistē darba dienās 9.00–17.00.</p></aside>")
    assert m13_rows(asked)["1"] == (False, "not_detected")


def test_questions_sent_to_whatsapp_beside_a_bare_address_are_no_e_mail_invitation():
    # salduslabdariba /kontakti/: "Jautājumus var uzdot arī WhatsApp (26483915) darba dienās 9.00–16.00. E-pasts: …"
    def m07_6(channel: str) -> tuple:
        contacts = page(HOME + "kontakti/", "<main><article><h1>Kontakti</h1><p>Striķu iela 3, Saldus</p><p>Jautājumus "
                        f"var uzdot arī {channel} darba dienās 9.00–16.00.</p><p>E-pasts: veikals@iestade.lv</p>"
                        "</article></main>", title="Kontakti")
        return m07_rows(page(HOME, "<main><h1>Sākums</h1></main>"), contacts)["6"]
    assert m07_6("WhatsApp (26483915)") == (False, "not_detected")
    assert m07_6("rakstot uz e-pastu") == (True, "detected")


def test_a_secretarys_line_above_questions_sent_to_whatsapp_is_no_consultation_phone():
    # jelgavasapgaismojums: footer "Sekretāre: <a tel>+371 63005210</a><br>Bojājumu pieteikšana visu diennakti: …<br>
    # Jautājumi par pakalpojumiem: <a wa.me>WhatsApp +371 26115299</a> (darba dienās 8.00–17.00)"; /kontakti/ a row
    # "Jautājumi par pakalpojumiem (WhatsApp, …) | <a href="https://wa.me/37126115299">+371 26115299</a>"
    def m12(first: str, table: str = "") -> dict:
        footer = (f'<footer><div><div>{first}: <a href="tel:+37163005210">+371 63005210</a><br>Bojājumu pieteikšana '
                  'visu diennakti: <a href="tel:+37126115210">+371 26115210</a><br>Jautājumi par pakalpojumiem: <a '
                  'href="https://wa.me/37126115299">WhatsApp +371 26115299</a> (darba dienās 8.00–17.00)</div></div>'
                  "</footer>")
        pages = [page(HOME, f"<main><h1>Sākums</h1>{table}</main>{footer}")]
        return contact_rows(*pages)["M12"]
    assert m12("Sekretāre")["2"] == (False, "not_detected")
    assert m12("Konsultācijas par pakalpojumiem")["2"] == (True, "detected")
    row = ('<table><tr><th>Kontakts</th><th>Tālrunis / saite</th></tr><tr><td>Jautājumi par pakalpojumiem (WhatsApp, '
           'darba dienās 8.00–17.00)</td><td><a href="{}">+371 26115299</a></td></tr></table>')
    assert m12("Sekretāre", row.format("https://wa.me/37126115299"))["2"] == (False, "not_detected")
    assert m12("Sekretāre", row.format("tel:+37126115299"))["2"] == (True, "detected")
    both = ('<p>Konsultācijas par nodarbībām: Zvani vai raksti WhatsApp: <a href="https://wa.me/37126115299">+371 '
            "26115299</a></p>")   # ogressportacentrs of set 105: the number is a phone line too
    assert m12("Sekretāre", both)["2"] == (True, "detected")


def test_a_posts_category_link_is_no_participation_section():
    # valmierasapgaismojums: '<footer class="entry-footer"><span class="cat-links">Kategorija: <a href="/zinas/">
    # Apspriešanas</a></span></footer>' under a post on the homepage
    def m06_1(link: str) -> tuple:
        post = (f'<article><h2><a href="/zinas/ielas/">Rīgas ielas apgaismojums</a></h2><p>Darbi sāksies maijā.</p>'
                f"{link}</article>")
        return m06_rows(page(HOME, f"<main><h1>Sākums</h1>{post}</main>"))["1"]
    assert m06_1('<footer class="entry-footer">Kategorija: <a href="/zinas/">Apspriešanas</a></footer>') == (
        False, "not_detected")
    assert m06_1('<p><a href="/apspriesanas/">Apspriešanas</a></p>') == (True, "detected")


def test_a_search_landmark_for_a_things_name_is_no_site_search():
    # siguldasautobusi: <form role="search" action="/kustibas-saraksti/" aria-label="Pieturu meklētājs"><label
    # for="pietura"><strong>Pieturu meklētājs</strong> – ievadiet pieturas nosaukumu, lai redzētu tuvākos reisus</label>
    def found(label: str) -> bool | None:
        form = (f'<form role="search" action="/kustibas-saraksti/"><label for="pietura">{label}</label><input '
                'id="pietura" name="pietura"><button type="submit">Rādīt</button></form>')
        return features.site_search([page(HOME, f"<main><h1>Sākums</h1>{form}</main>")]).value
    assert found("Pieturu meklētājs – ievadiet pieturas nosaukumu, lai redzētu tuvākos reisus") is False
    assert found("Meklētājs – ievadiet meklējamo vārdu") is True
