"""What the first runs on blind held-out sets 45 to 49 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page

HOME = "http://www.iestade.gov.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_a_contact_in_a_section_of_several_headed_parts_takes_no_cue_from_the_others():
    # salaspils (English page): "Services … at the Client Service Centre" two headings above the "Contacts" block
    about = page(HOME + "par/", "<div><h2>Pakalpojumi</h2><p>Pakalpojumus sniedz Klientu apkalpošanas centrā.</p>"
                 "<h2>Kontakti</h2><p>Līvzemes iela 8. Tālr. 67981006, darba laiks 8.00–17.00.</p></div>")
    assert contact_rows(START, about)["M11"]["2"] == (True, "detected")


def test_a_news_cards_heading_is_not_the_heading_of_the_next_card():
    # kraslava: a card "Apkopoti pils parka apspriešanas rezultāti" before "Domes sēdē apstiprināti grozījumi budžetā"
    news = page(HOME, '<section><h2>Jaunumi</h2><article><time>10.08.2026.</time><h3><a href="/a/">Apkopoti parka '
                'apspriešanas rezultāti</a></h3></article><article><time>25.11.2026.</time><h3><a href="/b/">Domes '
                "sēdē apstiprināti grozījumi budžetā</a></h3></article></section>")
    assert m07_rows(news)["1"] == (False, "not_detected")


def test_residents_involvement_and_consultations_links_are_participation_sections():
    # kraslava: <summary>Iedzīvotāju iesaiste</summary> … <a href="/iesaiste/">Apspriešanas un iniciatīvas</a>
    home = page(HOME, '<nav><details><summary>Iedzīvotāju iesaiste</summary><ul><li><a href="/iesaiste/">Apspriešanas '
                "un iniciatīvas</a></li></ul></details></nav>")
    assert m06_rows(home)["1"] == (True, "detected")


def test_a_search_box_for_services_says_no_service_is_online():
    # kekava: "Meklēt pakalpojumu Latvija.gov.lv" in the header of every page
    services = page(HOME + "pakalpojumi/", "<main><div><p>Meklēt pakalpojumu Latvija.gov.lv</p></div></main>")
    assert m13_rows(START, services)["3"] == (True, "detected")


def test_the_way_to_take_part_may_be_on_the_issue_page_below_the_notice():
    # cesumuzejs, rmk: the homepage links the issue page; its notice "Viedokli var izteikt līdz …" stands above
    # the page's form
    home = page(HOME, '<p><a href="/koncepcija/">Kāda būs pils nākotne?</a></p>')
    issue = page(HOME + "koncepcija/", "<main><h1>Attīstības koncepcija</h1><p>Viedokli var izteikt līdz "
                 "12.12.2026.</p><form><textarea name=v></textarea></form></main>")
    assert m06_rows(home, issue)["2"] == (True, "detected")


def test_a_museums_activity_names_areas():
    # cesumuzejs: "Muzeja darbība" over collection, exhibitions, research, education
    home = page(HOME, '<h2>Muzeja darbība</h2><ul><li><a href="/krajums/">Krājums</a></li></ul>')
    assert m08_rows(home)["4"] == (True, "detected")


def test_summaries_under_a_commissions_heading_are_its_records():
    # cesumuzejs: "Krājuma komisija" › "Komisijas sastāvs" (members) › "Sēžu kopsavilkumi" with "Piedalījās: …"
    page_ = page(HOME + "krajums/", "<main><h2>Krājuma komisija</h2><h3>Komisijas sastāvs</h3><ul><li>I. Kalniņa</li>"
                 "</ul><h3>Sēžu kopsavilkumi</h3><p><strong>Piedalījās:</strong> I. Kalniņa, M. Ozols.</p></main>",
                 title="Krājums un pētniecība")
    assert m07_rows(START, page_)["5"] == (True, "detected")


def test_minutes_available_on_request_are_not_published():
    # rigazoo: "Komisijas sēžu protokoli ir pieejami pēc pieprasījuma zoodārza birojā."
    council = page(HOME + "lidzdaliba/", "<main><h2>Ētikas komisija</h2><p>Sastāvs: I. Zvaigzne, J. Priedītis.</p><p>"
                   "Komisijas sēžu protokoli ir pieejami pēc pieprasījuma birojā.</p></main>")
    value, status = m07_rows(START, council)["5"]
    assert value is not True and status != "detected"


def test_a_fault_line_is_no_consultation_contact():
    # rigassiltums: "Par siltumapgādes bojājumiem ziņojiet avārijas dienestam pa bezmaksas tālruni 8000 0090"
    news = page(HOME + "jaunumi/", "<main><p>Par bojājumiem ziņojiet avārijas dienestam pa bezmaksas tālruni 8000 0090 "
                "visu diennakti.</p><p>Birojs: tālr. 67017300</p></main>")
    found = contact_rows(START, news)
    assert found["M11"]["2"] == (True, "detected") and found["M09"]["1"] == (False, "not_detected")


def test_say_your_opinion_by_a_date_is_a_consultation_notice():
    # dsatiksme: "Sakiet savu viedokli! Aizpildiet aptauju līdz 11.12.2026."
    banner = page(HOME, '<p>Maršrutu tīkla plāns. Sakiet savu viedokli! Aizpildiet <a href="/aptauja/">aptauju</a> '
                  "līdz 11.12.2026.</p>")
    assert m07_rows(banner)["1"] == (True, "detected")
