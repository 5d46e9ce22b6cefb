"""What the first runs on blind held-out sets 40 to 44 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page

HOME = "http://www.iestade.gov.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_ideas_submitted_online_are_participation_not_a_service():
    # rezekne: "Iesniedz savu ideju tiešsaistē un apspried to ar citiem Ideju forumā"
    ideas = page(HOME, "<p>Iesniedz savu ideju tiešsaistē un apspried to ar citiem Ideju forumā.</p>")
    assert m13_rows(ideas)["3"] == (True, "detected")


def test_a_link_tile_that_books_online_is_an_e_service():
    # gulbene: <a class="tile"><span>Pieraksties vizītei Sociālajā dienestā tiešsaistē</span><span>…</span></a>
    tile = page(HOME, '<section aria-label="Ātri"><a class="tile" href="https://pieraksts.iestade.lv/"><span>'
                "Pieraksties vizītei Sociālajā dienestā tiešsaistē</span><span>Izvēlies laiku</span></a><a "
                'class="tile" href="/priekslikumi/"><span>Iesniegt priekšlikumu</span></a></section>')
    assert m13_rows(tile)["1"] == (True, "detected")


def test_forum_software_on_a_page_is_a_forum():
    # rezekne: a bbPress page ("bbp-forums") headed "Ideju forums"
    forum = page(HOME + "ideju-forums/", '<div class="bbpress-wrapper"><ul class="bbp-forums"><li>Tēmas</li></ul></div>'
                 "<h1>Ideju forums</h1>")
    assert m07_rows(START, forum)["3"] == (True, "detected")


def test_a_sign_up_form_for_a_council_meeting_is_no_question_form():
    # tukums: "Pieteikšanās domes vai komitejas sēdes apmeklējumam" asks "Jautājums, par kuru vēlaties izteikties"
    signup = page(HOME + "dome/pieteikums/", "<h1>Pieteikšanās domes sēdes apmeklējumam</h1><form><label>Jautājums, "
                  "par kuru vēlaties izteikties</label><textarea name=j></textarea></form>")
    assert m07_rows(START, signup)["6"] == (False, "not_detected")


def test_an_opinion_asked_on_the_customer_service_is_no_consultation():
    # sigulda: "Klientu apkalpošanas centrs aicina izteikt viedokli par apkalpošanu … aizpildīt īsu aptauju"
    news = page(HOME, "<ul><li>14.11.2026. Klientu apkalpošanas centrs aicina izteikt viedokli par apkalpošanu.</li>"
                "</ul>")
    assert m07_rows(news)["1"] == (False, "not_detected")


def test_a_consultation_that_ended_is_closed_whatever_follows_it():
    # bauska: "Sabiedriskajā apspriešanā, kas noslēdzās 15.11.2026., saņemti 23 priekšlikumi. … dome skatīs 07.12.2026."
    news = page(HOME, "<ul><li>Sabiedriskajā apspriešanā, kas noslēdzās 15.11.2026., saņemti 23 priekšlikumi; dome "
                "tos skatīs 07.12.2026.</li></ul>")
    assert m07_rows(news)["1"] == (False, "not_detected")


def test_a_survey_link_on_an_issue_page_is_its_channel():
    # rvt: "Kā piedalīties": the draft PDF and a Google Forms survey, until a date
    home = page(HOME, '<ul><li><a href="/jaunumi/strategija/">Aicinām izteikt viedokli par stratēģiju</a> līdz '
                "11.12.2026.</li></ul>")
    issue = page(HOME + "jaunumi/strategija/", '<main><h1>Aicinām izteikt viedokli par stratēģiju</h1><p>Stratēģijas '
                 'projekts: <a href="/f/projekts.pdf">projekts (PDF)</a>.</p><h2>Kā piedalīties</h2><p>Aizpildiet '
                 '<a href="https://docs.google.com/forms/d/e/x/viewform">aptauju</a> līdz 11.12.2026.</p></main>')
    assert m06_rows(home, issue)["3"] == (True, "detected")


def test_a_police_line_around_the_clock_is_no_24_7_consultation():
    # limbazi: "Konsultācijas par pakalpojumiem: 64070000 (darba dienās 8.00–17.00) Pašvaldības policija (visu
    # diennakti): 64070005" in one footer block
    both = page(HOME + "kontakti/", "<main><p>Konsultācijas par pakalpojumiem: tālr. 64070000 (darba dienās "
                "8.00–17.00) Pašvaldības policija (visu diennakti): 64070005</p></main>")
    found = contact_rows(START, both)["M09"]
    assert found["1"] == (False, "not_detected") and found["2"] == (True, "detected")


def test_a_column_of_bold_policy_area_headings_names_areas():
    # madona: "<b>Izglītība</b> … <b>Kultūra un sports</b> … <b>Sociālais dienests</b> …" in a table cell
    areas = ["Izglītība", "Kultūra un sports", "Sociālais dienests", "Būvvalde un attīstība"]
    cell = "".join(f"<font><b>{t}</b></font><br><font>Apraksts. <a href='/{i}/'>Vairāk</a></font><br>"
                   for i, t in enumerate(areas))
    home = page(HOME, f"<table><tr><td><p>Jaunumi</p></td><td>{cell}</td></tr></table>")
    assert m08_rows(home)["4"] == (True, "detected")


def test_summaries_sent_to_members_are_not_published():
    # teatris: "Sēžu kopsavilkumi tiek nosūtīti padomes locekļiem un teātra valdei." beside the member list
    council = page(HOME + "padome/", "<main><p>Padomē darbojas 12 locekļi.</p><p>Padomes sēžu kopsavilkumi tiek "
                   "nosūtīti padomes locekļiem.</p></main>", title="Skatītāju padome")
    value, status = m07_rows(START, council)["5"]
    assert value is not True and status != "detected"


def test_a_competition_is_no_working_group_to_join():
    # latvijaskoncerti: "Pieteikums konkursam" of a young musicians' programme judged by a commission
    call = page(HOME + "jaunie-muzikai/", "<main><p>Konkursa laureātus izvēlas ekspertu komisija. Pieteikties "
                "konkursam var līdz 31.01.2027.</p></main>")
    assert m07_rows(START, call)["4"] == (False, "not_detected")


def test_our_activity_names_areas():
    # latvijaskoncerti, lso: "Mūsu darbība" over concerts, education programmes, recordings
    home = page(HOME, '<h2>Mūsu darbība</h2><ul><li><a href="/koncerti/">Koncertdarbība</a></li></ul>')
    assert m08_rows(home)["4"] == (True, "detected")


def test_a_messenger_invitation_for_questions_is_a_consultation_contact():
    # lso: "Jautājumi par koncertiem, biļetēm vai abonementiem? Rakstiet mums Messenger"
    contacts = page(HOME + "kontakti/", '<main><p>Jautājumi par koncertiem vai biļetēm? Rakstiet mums <a href="https:'
                    '//m.me/orkestris">Messenger</a>.</p><p>Birojs: tālr. 63425588</p></main>')
    assert contact_rows(START, contacts)["M11"]["1"] == (True, "detected")


def test_an_invitation_to_give_an_opinion_by_a_date_is_a_consultation_notice():
    # rigasudens: "Aicinām iedzīvotājus un uzņēmumus izteikt viedokli līdz 13.12.2026."
    banner = page(HOME, "<p><strong>Tarifu projekts.</strong> Aicinām iedzīvotājus un uzņēmumus izteikt viedokli līdz "
                  '13.12.2026. – <a href="/tarifu-projekts/">dokumenti</a>.</p>')
    assert m07_rows(banner)["1"] == (True, "detected")


def test_a_self_service_portal_open_around_the_clock_is_no_24_7_consultation():
    # rigasudens: "… varat kārtot tiešsaistē pašapkalpošanās portālā Mans Rīgas ūdens – bez rindām un visu diennakti"
    portal = page(HOME, "<main><p>Rēķinus varat kārtot tiešsaistē pašapkalpošanās portālā Mans Rīgas ūdens – bez "
                  "rindām un visu diennakti. Jautājumi par rēķiniem? Zvaniet 67088555 darba dienās 8.00–17.00.</p>"
                  "</main>")
    found = contact_rows(portal)["M09"]
    assert found["1"] == (False, "not_detected") and found["2"] == (True, "detected")
