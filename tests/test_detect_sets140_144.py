"""What the first runs on blind held-out sets 140 to 144 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page, view

HOME = "http://www.iestade.lv/"


def test_a_refusal_that_names_the_booking_line_voids_only_that_line():
    # ogresledushalle: the booking modal says "Rezervāciju līnijā netiek sniegtas konsultācijas par nodarbībām –
    # lūdzam zvanīt uz informācijas tālruni", /kontakti/ gives "Informācija un konsultācijas par pakalpojumiem:
    # +371 65055120"
    def home(refusal: str):
        return page(HOME, f"<main><p>Ledus rezervācijas: +371 26334455. {refusal}</p></main>")
    contacts = page(HOME + "kontakti/", "<main><h1>Kontakti</h1><p><strong>Informācija un konsultācijas par "
                    "pakalpojumiem:</strong> <a href='tel:+37165055120'>+371 65055120</a></p></main>", title="Kontakti")
    one_line = ("Rezervāciju līnijā netiek sniegtas konsultācijas par nodarbībām – lūdzam zvanīt uz informācijas "
                "tālruni.")
    assert contact_rows(home(one_line), contacts)["M12"]["2"] == (True, "detected")
    every_line = "Pa tālruni konsultācijas netiek sniegtas."   # no phone of the site is then for consultations
    assert contact_rows(home(every_line), contacts)["M12"]["2"] == (False, "not_detected")


def test_the_page_of_a_closed_consultation_is_no_issue_page():
    # daugavpilsmajokli: the homepage's "Apspriešanas laikā saņemti 11 priekšlikumi …" links the news item of the
    # consultation, which gives the draft PDF and "Priekšlikumus sūtiet uz e-pastu … līdz <25 days ago>"
    home = page(HOME, '<main><p>Apspriešanas laikā saņemti 11 priekšlikumi. <a href="/apspriesana/">Sabiedriskā '
                      "apspriešana par izīrēšanas kārtību</a></p></main>")
    def issue(until: str):
        return page(HOME + "apspriesana/", "<main><h1>Sabiedriskā apspriešana: izīrēšanas kārtības projekts</h1><p>"
                    'Projekts: <a href="/projekts.pdf">projekts.pdf</a>.</p><p>Priekšlikumus sūtiet uz e-pastu <a '
                    f"href='mailto:info@x.lv'>info@x.lv</a> līdz {until}</p></main>", title="Apspriešana")
    assert m06_rows(home, issue("04.11.2026."))["3"][0] is False
    assert m06_rows(home, issue("14.12.2026."))["3"] == (True, "detected")


def test_a_feedback_link_to_a_page_of_quotes_with_a_table_layouts_search_form_leads_nowhere():
    # rigasmajokli (HTML 4.01 tables): the header row's <form action="/meklesana/">Meklēt vietnē: <input type="text"
    # name="q"> stands on every page, the menu's "Atsauksmes" opens a page of thanks
    header = ('<table><tr><td><form action="/meklesana/" method="get">Meklēt vietnē: <input type="text" name="q"> '
              '<input type="submit" value="Meklēt"></form></td></tr><tr><td><a href="/atsauksmes/">Atsauksmes</a>'
              "</td></tr></table>")
    home = page(HOME, f"{header}<h1>Sākums</h1>")
    def quotes(extra: str):
        return page(HOME + "atsauksmes/", f"{header}<h1>Atsauksmes</h1><p>Paldies visiem!</p><blockquote>Paldies "
                    f"par pacietību. — Anna</blockquote>{extra}", title="Atsauksmes")
    assert m08_rows(home, quotes(""))["8"] == (False, "not_detected")
    form = '<form action="/atsauksmes/" method="post"><textarea name="t"></textarea><input type="submit"></form>'
    assert m08_rows(home, quotes(form))["8"] == (True, "detected")


def test_two_links_on_two_lines_are_two_entries_not_a_call_to_join_a_council():
    # valmierasbjc: <h2>Vecākiem</h2><p>Kā pieteikt bērnu pulciņam …</p><p><a>Pieteikšanās un maksa</a><br>
    # <a>Iestādes padome</a></p>, and the council's page says no one can apply now
    def home(links: str):
        return page(HOME, "<table><tr><td><h2>Vecākiem</h2><p>Kā pieteikt bērnu pulciņam, maksa un atvieglojumi.</p>"
                          f"<p>{links}</p></td></tr></table>")
    two = '<a href="/pakalpojumi/">Pieteikšanās un maksa</a><br><a href="/padome/">Iestādes padome</a>'
    assert m07_rows(home(two))["4"] == (False, "not_detected")
    call = '<a href="/padome/">Aicinām pieteikties darbam iestādes padomē</a>'
    assert m07_rows(home(call))["4"] == (True, "detected")


def test_a_strategy_itself_is_a_policy_text_though_a_page_of_documents_and_data_lists_it():
    # bauskaspartneriba /dati/ "Dokumenti un dati": <a>Vietējās attīstības stratēģija 2023.–2027. gadam</a> | PDF
    def listed(name: str):
        url = HOME + "dati/d.pdf"
        body = (f"<main><h1>Dokumenti un dati</h1><table><tr><td><a href='/dati/d.pdf'>{name}</a></td><td>PDF</td>"
                "</tr></table></main>")
        docs = view(page(HOME, "<p>Sākums</p>"), page(HOME + "dati/", body, title="Dokumenti un dati",
                                                      docs=[Document(url, "pdf", name)]))
        return opendata.e18_03(docs)[0].value
    assert listed("Vietējās attīstības stratēģija 2023.–2027. gadam") is False
    assert listed("Vietējās attīstības stratēģijas izpildes pārskats 2025") is True


def test_a_notice_in_a_link_tile_is_that_tile_not_the_grid_with_its_lookup_form():
    # dobelespartneriba: a tile <a href="https://www.dobele.lv/…"><h3>Līdzdalība</h3><p>Sabiedriskās apspriešanas
    # Dobeles novada pašvaldības tīmekļvietnē.</p></a> beside a tile holding a project-number lookup form
    home = page(HOME, '<main><div class="tiles"><a class="tile" href="/pakalpojumi/"><h3>Uzņēmējiem</h3><p>Atbalsts '
                      'ražošanai.</p></a><a class="tile" href="https://www.novads.lv/lidzdaliba"><h3>Līdzdalība</h3>'
                      "<p>Sabiedriskās apspriešanas novada pašvaldības tīmekļvietnē.</p></a><div class='tile'><h3>"
                      "Atrodi projektu</h3><form action='/projekti/'><input name='nr'><button>Atrast</button></form>"
                      "</div></div></main>")
    # the grid's other tile opens a page whose form takes answers now (the youth council's application form)
    services = page(HOME + "pakalpojumi/", "<main><h1>Pakalpojumi</h1><form action='/pieteikums/'><label>Jūsu ideja"
                    "</label><textarea name='t'></textarea><button>Sūtīt</button></form></main>", title="Pakalpojumi")
    found = m07_rows(home, services)
    assert found["1"] == (None, "needs_review")   # an undated pointer, not a current issue with a live form


def test_a_block_naming_the_news_section_is_no_news_item():
    # madonaspartneriba /pakalpojumi/: "Projektu iesniegumus iesniedz elektroniski Lauku atbalsta dienesta
    # Elektroniskajā pieteikšanās sistēmā (EPS). Kārtu izsludināšanu publicējam sadaļā <a href="/jaunumi/">Jaunumi</a>."
    def services(link: str):
        return page(HOME + "pakalpojumi/", "<main><h1>Pakalpojumi</h1><p>Projektu iesniegumus iesniedz elektroniski "
                    "Lauku atbalsta dienesta <a href='https://eps.lad.gov.lv/login'>Elektroniskajā pieteikšanās "
                    f"sistēmā (EPS)</a>. Kārtu izsludināšanu publicējam sadaļā {link}.</p></main>", title="Pakalpojumi")
    home = page(HOME, '<main><a href="/pakalpojumi/">Pakalpojumi</a></main>')
    assert m13_rows(home, services('<a href="/jaunumi/">Jaunumi</a>'))["2"] == (True, "detected")
    # a block linking one news item is that item's teaser, news of an e-service
    assert m13_rows(home, services('<a href="/jaunumi/jauna-karta/">Jaunumi</a>'))["2"] == (False, "not_detected")


def test_a_board_whose_minutes_are_published_is_a_council_with_its_member_table():
    # ludzaspartneriba (a local action group): <h1>Valde</h1> over a table of persons, their roles ("valdes
    # locekle") and whom they represent, then <h2>Valdes sēžu protokoli</h2> over two PDF minutes
    members = ("<table><tr><th>Vārds, uzvārds</th><th>Amats</th><th>Pārstāv</th></tr><tr><td>Valentīna Maslova</td>"
               "<td>valdes priekšsēdētāja</td><td>biedrība „Ludzas amatnieku centrs”</td></tr><tr><td>Jānis Stepiņš"
               "</td><td>valdes loceklis</td><td>Ludzas novada pašvaldība</td></tr></table>")
    minutes = ('<h2>Valdes sēžu protokoli</h2><ul><li><a href="/p5.pdf">Valdes sēdes protokols Nr. 5</a> (04.11.2026.)'
               '</li><li><a href="/p4.pdf">Valdes sēdes protokols Nr. 4</a> (09.09.2026.)</li></ul>')
    board = page(HOME + "valde/", f"<main><h1>Valde</h1>{members}{minutes}</main>", title="Valde")
    home = page(HOME, '<main><h1>Sākums</h1><p><a href="/valde/">Valde</a></p></main>')
    assert m07_rows(home, board)["5"] == (True, "detected")
    # a company's management board in its contacts, with no minutes, is no council (liepajasatkritumi, set 134)
    company = page(HOME + "valde/", f"<main><h1>Valde</h1>{members}</main>", title="Valde")
    assert m07_rows(home, company)["5"] == (False, "not_detected")
