"""What the first runs on blind held-out sets 145 to 149 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from checks import features
from tests.detect_helpers import contact_rows, m07_rows, m08_rows, m13_rows, page

HOME = "http://www.iestade.lv/"


def test_a_sidebar_block_named_for_tags_is_a_tag_cloud_not_areas_of_activity():
    # jelgavasatkaribas (Drupal-like): <div class="block block-taxonomy"><h2>Tēmas</h2><div class="content
    # field-name-field-tags"><a href="/temas/jauniesi/">Jaunieši</a> <a href="/temas/alkohols/">Alkohols</a></div>
    def home(block_class: str):
        return page(HOME, f'<main><h1>Sākums</h1><p>Par centru.</p></main><aside><div class="{block_class}">'
                          '<h2>Tēmas</h2><div class="content"><a href="/temas/jauniesi/">Jaunieši</a> '
                          '<a href="/temas/alkohols/">Alkohols</a></div></div></aside>')
    assert m08_rows(home("block block-taxonomy"))["4"] == (False, "not_detected")
    assert m08_rows(home("block block-stage"))["4"] == (True, "detected")   # "stage" names no tags


def test_a_breadcrumb_naming_the_feedback_page_is_no_way_to_give_feedback():
    # jelgavasatkaribas: the footer's "Atsauksmes" opens a page of clients' quotes under <div class="breadcrumb">
    # <a href="/">Sākums</a> » Atsauksmes</div>
    home = page(HOME, '<main><h1>Sākums</h1></main><footer><a href="/atsauksmes/">Atsauksmes</a></footer>')
    def quotes(crumb_class: str):
        return page(HOME + "atsauksmes/", f'<div class="{crumb_class}"><a href="/">Sākums</a> » Atsauksmes</div>'
                    "<main><h1>Atsauksmes</h1><blockquote>“Atbalsta grupa man palīdzēja.” — Inga</blockquote></main>",
                    title="Atsauksmes")
    assert m08_rows(home, quotes("breadcrumb"))["8"] == (False, "not_detected")
    assert m08_rows(home, quotes("lead"))["8"] == (True, "detected")   # a passage linking on, named for feedback


def test_an_online_form_open_around_the_clock_answered_on_the_next_working_day_is_no_24_7_consultation():
    # daugavpilsatkaribas: "Piesakies konsultācijai tiešsaistē — e-pieteikums pieejams 24/7, konsultants ar jums
    # sazināsies nākamajā darba dienā." beside "Konsultācijas pa tālruni 65 401 234 (P.–Pk. 8:30–17:00)"
    def home(reply: str):
        return page(HOME, "<main><p>Konsultācijas pa tālruni 65 401 234 (P.–Pk. 8:30–17:00).</p><p>Piesakies "
                          f"konsultācijai tiešsaistē — e-pieteikums pieejams 24/7, konsultants {reply}.</p></main>")
    assert contact_rows(home("ar jums sazināsies nākamajā darba dienā"))["M09"]["2"] == (True, "detected")
    assert contact_rows(home("ar jums sazināsies uzreiz"))["M09"]["1"] == (True, "detected")


def test_a_number_named_a_booking_line_on_one_page_is_no_consultation_phone_on_another():
    # jekabpilsatkaribas: /pakalpojumi/ "… konsultācija klātienē. Pierakstīties var … vai pa reģistratūras tālruni
    # 65 207 400."; the footer "Reģistratūra (tikai pierakstam): 65 207 400"; the chat is the consultation channel
    services = page(HOME + "pakalpojumi/", "<main><h1>Pakalpojumi</h1><p>Atkarību konsultanta konsultācija klātienē. "
                    "Pierakstīties var tiešsaistē vai pa reģistratūras tālruni 65 207 400.</p></main>",
                    title="Pakalpojumi")
    def home(footer: str):
        return page(HOME, "<main><p>Anonīmas konsultācijas tērzētavā — atkarību speciālisti atbild darba dienās "
                          f"16:00–20:00.</p></main><footer><div>{footer}</div></footer>")
    booking = contact_rows(home("Reģistratūra (tikai pierakstam): 65 207 400"), services)
    assert booking["M12"]["2"] == (False, "not_detected")
    assert booking["M11"]["1"] == (True, "detected")   # the chat passage: consultations there, specialists answer
    assert contact_rows(home("Reģistratūra: 65 207 400"), services)["M12"]["2"] == (True, "detected")


def test_a_form_of_several_boxes_posting_to_a_search_address_queries_a_catalogue_not_the_site():
    # baldonesobservatorija: "Plašu meklēšana katalogā pēc koordinātām" — Rektascensija, Deklinācija, Rādiuss posting
    # to "/arhivs/meklesana/"
    def archive(boxes: str):
        return page(HOME + "arhivs/", '<h2>Plašu meklēšana katalogā</h2><form method="get" '
                    f'action="/arhivs/meklesana/">{boxes}<input type="submit" value="Atrast plates"></form>')
    catalogue = ('Rektascensija: <input type="text" name="ra"> Deklinācija: <input type="text" name="dec"> '
                 'Rādiuss: <input type="text" name="r" value="2">')
    assert features.site_search([archive(catalogue)]).value is False
    assert features.site_search([archive('<input type="text" name="teksts">')]).value is True


def test_a_tile_opening_a_page_still_being_built_in_a_grid_of_tiles_says_nothing_of_services():
    # valmieraszobarstnieciba: <div class="flises"> of link tiles, one "<h3>E-pakalpojumi</h3><p>Pakalpojumi
    # tiešsaistē.</p>" opening "Sadaļa tiek veidota."
    home = page(HOME, '<main><h2>Noderīgi</h2><div class="flises"><a class="flise" href="/cenas/"><h3>Cenas</h3><p>'
                      'Maksas pakalpojumu cenrādis.</p></a><a class="flise" href="/e-pakalpojumi/"><h3>E-pakalpojumi'
                      '</h3><p>Pakalpojumi tiešsaistē.</p></a></div></main>')
    prices = page(HOME + "cenas/", "<main><h1>Cenas</h1><p>Plombe 45 €.</p></main>", title="Cenas")
    def eservices(body: str):
        return page(HOME + "e-pakalpojumi/", f"<main><h1>E-pakalpojumi</h1>{body}</main>", title="E-pakalpojumi")
    stub = eservices("<p><strong>Sadaļa tiek veidota.</strong> Drīzumā šeit būs informācija.</p>")
    assert m13_rows(home, prices, stub)["3"] == (True, "detected")
    built = eservices("<p>Vizītei var pieteikties tiešsaistē e-pierakstā.</p>")
    assert m13_rows(home, prices, built)["1"] == (True, "detected")


def test_news_of_what_followed_a_consultation_is_no_current_issue():
    # ogreszobarstnieciba: a news item two days old, "Pēc sabiedriskās apspriešanas, kurā iedzīvotāji atbalstīja jauna
    # kabineta izveidi, poliklīnika nākamajā mēnesī atvērs bērnu zobārstniecības kabinetu Ikšķilē"
    home = page(HOME, '<main><h1>Sākums</h1><p><a href="/jaunumi/ikskile/">Ikšķilē durvis vērs kabinets</a></p></main>')
    def news(sentence: str):
        return page(HOME + "jaunumi/ikskile/", f"<main><article><h1>Ikšķilē durvis vērs kabinets</h1><p>27.11.2026."
                    f"</p><p>{sentence}</p></article></main>", title="Jaunumi")
    after = ("Pēc sabiedriskās apspriešanas, kurā iedzīvotāji atbalstīja jauna kabineta izveidi, poliklīnika "
             "nākamajā mēnesī atvērs kabinetu.")
    assert m07_rows(home, news(after))["1"] == (False, "not_detected")
    before = "Sabiedriskā apspriešana par jauna kabineta izveidi: izsakiet viedokli poliklīnikas aptaujā."
    assert m07_rows(home, news(before))["1"] == (True, "detected")


def test_an_address_lookup_in_a_search_landmark_with_a_typeless_box_is_no_site_search():
    # liepajaspludmale: <form action="/peldvietas/" role="search" aria-label="Tuvākās peldvietas meklētājs"><label
    # for="adrese">Atrodiet tuvāko peldvietu – ievadiet savu adresi:</label><input id="adrese" name="adrese"> — an
    # input without a type is a text box (HTML Living Standard)
    def home(box: str):
        return page(HOME, '<main><form action="/peldvietas/" method="get" role="search" aria-label="Tuvākās peldvietas '
                          'meklētājs"><label for="adrese">Atrodiet tuvāko peldvietu – ievadiet savu adresi:</label>'
                          f'{box}<button type="submit">Atrast peldvietu</button></form></main>')
    assert features.site_search([home('<input id="adrese" name="adrese">')]).value is False
    assert features.site_search([home('<input id="adrese" name="q">')]).value is True
