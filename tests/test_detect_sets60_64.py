"""What the first runs on blind held-out sets 60 to 64 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page, rows, view

HOME = "http://www.iestade.gov.lv/"
START = page(HOME, "<p>Sākums</p>")


def _card(title: str, text: str, href: str) -> str:
    return (f'<div class="col"><div class="card"><h2 class="card-title">{title}</h2><p>{text}</p>'
            f'<a href="{href}">Lasīt</a></div></div>')


def test_a_grid_of_site_sections_opening_the_homepage_names_no_areas():
    # r1g: four cards under the masthead, "Jaunumi", "Uzņemšana", "Olimpiādes", "Galerija": two name sections
    cards = (_card("Jaunumi", "Skolas dzīves notikumi un paziņojumi.", "/jaunumi/")
             + _card("Uzņemšana", "Iestājpārbaudījumi un uzņemšanas noteikumi.", "/uznemsana/")
             + _card("Olimpiādes", "Mūsu skolēnu sasniegumi olimpiādēs.", "/olimpiades/")
             + _card("Galerija", "Foto no skolas pasākumiem un koncertiem.", "/galerija/"))
    home = page(HOME, f'<main><div class="row">{cards}</div></main>')
    assert m08_rows(home)["4"] == (False, "not_detected")


def test_news_of_e_government_in_general_says_no_service_of_ours_is_online():
    # r1g, lok, lps: digital-skills lessons on the state's e-services, and a count of e-services that grew
    lessons = page(HOME + "jaunumi/digitalas-prasmes/", "<main><article><h1>Digitālo prasmju nedēļa</h1><p>Digitālo "
                   "prasmju nedēļā skolēni iepazinās ar to, kā valsts pārvalde arvien vairāk pakalpojumu piedāvā "
                   "elektroniski portālā Latvija.gov.lv.</p><p>Seniori mācīsies lietot valsts e-pakalpojumus portālā "
                   "latvija.gov.lv.</p></article></main>")
    home = page(HOME, '<main><ul><li><a href="/jaunumi/skaits/">Pašvaldību e-pakalpojumu skaits portālā '
                "Latvija.gov.lv pieaudzis par trešdaļu</a></li></ul></main>")
    found = m13_rows(home, lessons)
    assert found["1"] == (False, "not_detected") and found["2"] == (False, "not_detected")
    assert found["3"] == (True, "detected")


def test_comments_awaited_until_a_date_to_come_is_a_current_issue():
    # ltrk: "LTRK aicina biedrus sniegt viedokli … – komentārus gaidām līdz …" linking the page with the e-mail
    home = page(HOME, '<main><ul class="news"><li><span>26.11.2026.</span> <a href="/viedoklis/">Aicinām biedrus '
                "sniegt viedokli par nodokļu politikas pārskatu – komentārus gaidām līdz 08.12.2026.</a></li></ul>"
                "</main>")
    issue = page(HOME + "viedoklis/", "<main><h1>Aicinām biedrus sniegt viedokli par nodokļu politikas pārskatu</h1>"
                 '<p>Komentārus lūdzam sūtīt uz <a href="mailto:politika@kamera.lv">politika@kamera.lv</a> līdz '
                 "08.12.2026.</p></main>")
    assert m07_rows(home, issue)["1"] == (True, "detected")
    assert m06_rows(home, issue)["2"] == (True, "detected")


def test_a_tile_bidding_to_give_an_opinion_until_a_date_to_come_is_a_current_issue():
    # lddk: "Aktuālā konsultācija … Sniedz savu viedokli līdz …" and its page's "Viedokļu iesniegšanas termiņš"
    home = page(HOME, '<main><div class="tile"><h2>Aktuālā konsultācija</h2><p><strong>Grozījumi Darba likumā</strong>'
                " – par virsstundu apmaksu. Sniedz savu viedokli līdz 13.12.2026.</p><p><a href=\"/konsultacija/\">"
                "Iepazīties ar projektu un sniegt viedokli</a></p></div></main>")
    issue = page(HOME + "konsultacija/", "<main><h1>Konsultācija: Grozījumi Darba likumā</h1><p>Statuss: atvērta · "
                 "Viedokļu iesniegšanas termiņš: 13.12.2026.</p><p><a href=\"/p.pdf\">Likumprojekts (PDF)</a></p>"
                 "<h2>Kā sniegt viedokli</h2><p>Aizpildiet formu zemāk.</p><form><textarea name=\"v\"></textarea>"
                 "</form></main>")
    assert m07_rows(home, issue)["1"] == (True, "detected")
    assert m06_rows(home, issue)["2"] == (True, "detected")


def test_minutes_kept_for_members_are_not_published():
    # ltrk: a council's members listed, "Padomes sēžu protokoli pieejami biedriem … biedru portālā"
    councils = page(HOME + "padomes/", "<main><h1>Nozaru padomes</h1><h2>Digitalizācijas padome</h2><p><strong>Sastāvs:"
                    "</strong> Andris Sproģis, Līva Ziediņa, Kaspars Grants.</p><p>Padomes sēžu protokoli pieejami "
                    "biedriem biedru portālā.</p></main>")
    assert m07_rows(START, councils)["5"][1] == "needs_review"      # members without summaries: a person looks


def test_members_under_a_details_summary_pair_with_the_summaries():
    # patentu: "<details><summary>Padomes locekļi</summary><ul>…" and "<summary>Sanāksmju kopsavilkumi</summary>"
    council = page(HOME + "padome/", "<main><h1>Konsultatīvā padome</h1><details open><summary>Padomes locekļi"
                   "</summary><ul><li>Sanita Irbe — direktore</li><li>Agris Krūze — asociācija</li></ul></details>"
                   '<details open><summary>Sanāksmju kopsavilkumi</summary><ul><li><a href="/f/padomes-sanaksmes-'
                   'kopsavilkums.pdf">Sanāksmes kopsavilkums (13.10.2026.)</a></li></ul></details></main>')
    assert m07_rows(START, council)["5"] == (True, "detected")


def test_a_post_with_a_selection_commission_is_no_council_to_join():
    # konkurence: "Aicinām pieteikties juriskonsulta amatam … Atlases komisija izvērtēs pretendentus"
    job = page(HOME + "darbs/", "<main><article><p>Aicinām pieteikties juriskonsulta amatam. Pieteikšanās termiņš: "
               "16.12.2026. CV un motivācijas vēstuli sūtiet uz personals@iestade.gov.lv. Atlases komisija izvērtēs "
               "pretendentus divās kārtās.</p></article></main>")
    assert m07_rows(START, job)["4"] == (False, "not_detected")


def test_an_audience_asked_how_it_was_served_rates_the_service():
    # lfs: "Līdzjutēju aptauja — Kā vērtē spēles dienas organizāciju?" on Google Forms; lnb: "Lasītāju aptauja"
    home = page(HOME, '<main><div class="card"><h2>Līdzjutēju aptauja</h2><p>Kā vērtē spēles dienas organizāciju '
                'stadionā? Aizpildi aptauju 3 minūtēs.</p><a href="https://forms.gle/Abc123">Aizpildīt aptauju</a>'
                "</div></main>")
    found = m08_rows(home)
    assert found["1"] == (True, "detected") and found["8"] == (True, "detected")
    assert m07_rows(home)["2"] == (True, "detected")


def test_a_career_programme_is_no_job_seekers_contact():
    # lok: "Par … sportistu karjeras programmu konsultē Sportistu atbalsta nodaļa – zvaniet 67 037 915 darba dienās"
    support = page(HOME + "atbalsts/", "<main><h1>Sportistu atbalsts</h1><h2>Konsultācijas sportistiem</h2><p>Par "
                   "stipendijām un sportistu karjeras programmu konsultē atbalsta nodaļa – zvaniet 67 037 915 darba "
                   "dienās no 9.00 līdz 16.00.</p></main>")
    found = contact_rows(START, support)
    assert found["M12"]["2"] == (True, "detected")
    assert found["M09"]["2"] == (True, "detected")


def test_a_bid_to_write_on_a_consultations_page_invites_questions_by_e_mail():
    # lvif: "Konsultācijas" … "E-pasts: Rakstiet uz konsultacijas@… — atbildi sniegsim 3 darba dienu laikā"
    body = ("<h2>E-pasts</h2><p>Rakstiet uz <a href=\"mailto:konsultacijas@fonds.lv\">konsultacijas@fonds.lv</a> — "
            "atbildi sniegsim 3 darba dienu laikā.</p></main>")
    advice = page(HOME + "konsultacijas/", "<main><h1>Konsultācijas</h1>" + body)
    assert m07_rows(START, advice)["6"] == (True, "detected")
    # the same words on a contacts page are the general address, no invitation
    contacts = page(HOME + "kontakti/", "<main><h1>Kontakti</h1>" + body)
    assert m07_rows(START, contacts)["6"] == (False, "not_detected")


def test_an_emotional_support_line_around_the_clock_is_no_consultation_line():
    # krizescentrs: "116123 | Emocionālā atbalsta tālrunis pieaugušajiem (biedrība “Skalbes”) | visu diennakti"
    lines = page(HOME + "talruni/", "<main><h1>Krīzes tālruņi</h1><table><tr><td>116123</td><td>Emocionālā atbalsta "
                 "tālrunis pieaugušajiem (biedrība “Skalbes”)</td><td>visu diennakti</td></tr></table><h2>Konsultācijas"
                 "</h2><p>Konsultācijas: zvaniet 67 123 456 darba dienās 9.00–17.00.</p></main>")
    found = contact_rows(START, lines)["M09"]
    assert found["1"] == (False, "not_detected") and found["2"] == (True, "detected")


def test_a_registration_questionnaire_to_fill_in_holds_no_data():
    # dziesmusvetki: "piesakās ar reģistrācijas anketu" → registracijas-anketa.docx ("reģistr" is no register here)
    url = HOME + "dokumenti/registracijas-anketa.docx"
    doc = Document(url, "docx", "reģistrācijas anketu", found_on=HOME)
    home = page(HOME, f'<p>Kolektīvs piesakās ar <a href="{url}">reģistrācijas anketu</a>.</p>', docs=[doc])
    assert rows(opendata.e18_03(view(home)), "E18_03")["2"] == (True, "detected")
