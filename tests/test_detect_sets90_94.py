"""What the first runs on blind held-out sets 90 to 94 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks.text import find_term
from tests.detect_helpers import contact_rows, linked_file_rows, m06_rows, m07_rows, m08_rows, m13_rows, page

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_cats_on_an_english_page_are_no_chat():
    # jelgavaspatversme /en/: a link "73 cats are waiting for a home" read as the Latvian chat label "čats"
    body = '<main><h1>Adopt</h1><p><a href="/en/cats/">73 cats are waiting for a home</a></p></main>'
    found = m07_rows(START, page(HOME + "en/", body, lang="en"))
    assert found["3"] == (False, "not_detected")
    assert contact_rows(START, page(HOME + "en/", body, lang="en"))["M12"]["1"] == (False, "not_detected")


def test_the_latvian_chat_label_keeps_its_diacritics():
    # "Čats ar konsultantu" and "Rakstiet mums čatā" are chats; "catalogue" and "cats" (folded alike) are not
    labels = ["tērzē", "=čat"]
    assert find_term("Čats ar konsultantu", labels) == "čat"
    assert find_term("Rakstiet mums čatā!", labels) == "čat"
    assert find_term("Library catalogue", labels) is None
    assert find_term("73 cats", labels) is None
    assert find_term("73 cats", labels, folded=True) is None


def test_a_manager_who_will_advise_on_the_phone_is_a_consultation_line():
    # ventspilspatversme: "iepriekš piezvaniet patversmes vadītājai …, tālr. 26 333 444 (darba dienās 9–17). Inga
    # pastāstīs par katra dzīvnieka raksturu un veselību un ieteiks, kurš būs piemērotākais jūsu ģimenei."
    body = ("<main><p>Ja vēlaties paņemt kādu no mūsu dzīvniekiem, iepriekš piezvaniet patversmes vadītājai Ingai "
            "Kalējai, tālr. 26 333 444 (darba dienās 9–17). Inga pastāstīs par katra dzīvnieka raksturu un "
            "veselību un ieteiks, kurš būs piemērotākais jūsu ģimenei.</p></main>")
    found = contact_rows(page(HOME, body))
    assert found["M11"]["1"] == (True, "detected")
    assert found["M12"]["2"] == (True, "detected")
    assert found["M09"]["2"] == (True, "detected")


def test_a_consultations_paper_questionnaire_is_no_e_service():
    # daugavpilspatversme: a public consultation's page: "Ja nav iespējams aizpildīt tiešsaistē, papīra anketu
    # var saņemt un atstāt patversmē darba laikā."
    body = ("<main><h1>Publiskā apspriešana: bezsaimnieka kaķu programmas projekts</h1><h2>Kas jādara</h2><ol>"
            "<li>Iepazīstieties ar projektu.</li><li>Ja nav iespējams aizpildīt tiešsaistē, papīra anketu var saņemt "
            "un atstāt patversmē darba laikā.</li></ol></main>")
    found = m13_rows(START, page(HOME + "apspriesana/", body, title="Kaķu programmas apspriešana"))
    assert found["2"] == (False, "not_detected")
    assert found["3"] == (True, "detected")


def test_a_head_count_at_a_meeting_is_no_member_list():
    # valmieraspatversme /par-mums/padome/: "<strong>03.10.2026.</strong> — piedalījās 7 padomes locekļi. … Kopsavilkums
    # (PDF)": summaries, but no member names
    body = ('<main><h1>Dzīvnieku labturības padome</h1><h2>Sēdes</h2><ul><li><strong>03.10.2026.</strong> — '
            "piedalījās 7 padomes locekļi. Izskatīts jaunās ēkas būvniecības plāns. "
            '<a href="/padome/kopsavilkums.pdf">Kopsavilkums (PDF)</a></li></ul></main>')
    found = m07_rows(START, page(HOME + "padome/", body, title="Dzīvnieku labturības padome"))
    assert found["5"] == (False, "needs_review")     # summaries without members: a person looks


def test_a_page_rating_form_is_not_how_to_take_part():
    # ogressportaskola /lidzdaliba/attistibas-strategija/: a draft and its deadline; the only form on the page rates
    # the page ("Novērtējiet šīs lapas saturu" ★★★★★, "Komentārs", "Nosūtīt vērtējumu")
    issue = HOME + "lidzdaliba/strategija/"
    home = page(HOME, f'<main><p><a href="{issue}">Sabiedriskā apspriešana: stratēģijas projekts – apspriešana '
                      "līdz 10.12.2026.</a></p></main>")
    rating = ('<form action="/kontakti/" method="post"><p><strong>Novērtējiet šīs lapas saturu</strong></p>'
              + "".join(f'<label><input type="radio" name="v" value="{i}">★</label>' for i in range(1, 6))
              + '<textarea name="komentars"></textarea><button type="submit">Nosūtīt vērtējumu</button></form>')
    body = ("<main><h1>Skolas attīstības stratēģijas projekts</h1><p>Projekts nodots sabiedriskajai apspriešanai "
            'līdz 10.12.2026.</p><p><a href="/faili/projekts.pdf">Stratēģijas projekts (PDF)</a></p>'
            f"{rating}</main>")
    found = m06_rows(home, page(issue, body))
    assert found["3"] != (True, "detected")
    assert found["3"][0] is False


def test_questions_by_phone_and_an_address_to_book_a_video_call_are_no_question_form():
    # ogressportaskola /pakalpojumi/: "Jautājumus par uzņemšanu … varat uzdot pa tālruni …. Ja ērtāk, piesakieties
    # videokonsultācijai (Zoom) …, rakstot uz konsultacijas@…"
    body = ("<main><h2>Konsultācijas par pakalpojumiem</h2><p>Jautājumus par uzņemšanu, nomu un nodarbībām varat "
            "uzdot pa tālruni 650 22 710 darba dienās 8.00–17.00. Ja ērtāk, piesakieties videokonsultācijai (Zoom) "
            "ar pakalpojumu speciālisti, rakstot uz konsultacijas@iestade.lv – vienosimies par laiku.</p></main>")
    assert m07_rows(START, page(HOME + "pakalpojumi/", body))["6"] == (False, "not_detected")


def test_questions_by_phone_or_e_mail_still_invite_questions():
    # the convention (tests/labels/README.md): an e-mail invitation for questions about a topic is M07 option 6
    body = ("<main><p>Jautājumus par uzņemšanu varat uzdot pa tālruni 650 22 710 vai rakstot uz "
            "info@iestade.lv.</p></main>")
    assert m07_rows(START, page(HOME + "pakalpojumi/", body))["6"] == (True, "detected")


def test_a_competitions_results_protocol_holds_data():
    # jelgavassportaskola /dokumenti/: "Pilsētas čempionāta vieglatlētikā rezultātu protokols" (PDF); a meeting's
    # protocol is text
    found = linked_file_rows(HOME, "cempionats-rezultati.pdf", "Pilsētas čempionāta vieglatlētikā rezultātu protokols")
    assert found["1"] == (True, "detected")
    minutes = linked_file_rows(HOME, "sedes-protokols.pdf", "Padomes sēdes protokols Nr. 3")
    assert minutes["1"] == (False, "not_detected")


def test_sidebar_boxes_for_parents_pupils_and_coaches_are_audiences():
    # ventspilssportaskola: three tables, each titled "<b>Informācija vecākiem</b>", "… audzēkņiem", "… treneriem"
    boxes = "".join(f'<table class="kaste"><tr><td><b>Informācija {who}</b></td></tr><tr><td><a href="/{i}/">Saite</a>'
                    "</td></tr></table><br>" for i, who in enumerate(["vecākiem", "audzēkņiem", "treneriem"]))
    body = f'<table><tr><td><p>Jaunumi</p></td><td width="230">{boxes}</td></tr></table>'
    assert m08_rows(page(HOME, body))["3"] == (True, "detected")


def test_accordions_for_residents_relatives_and_volunteers_are_audiences_but_faq_questions_are_not():
    # rigasaprupe: <details> titled "Topošajiem iemītniekiem un viņu ģimenēm", "Iemītnieku tuviniekiem",
    # "Brīvprātīgajiem un praktikantiem"
    titles = ["Topošajiem iemītniekiem un viņu ģimenēm", "Iemītnieku tuviniekiem", "Brīvprātīgajiem un praktikantiem"]
    body = "<main>" + "".join(f"<details><summary>{t}</summary><p>Teksts.</p></details>" for t in titles) + "</main>"
    assert m08_rows(page(HOME, body))["3"] == (True, "detected")
    faq = ["Kā pieteikties pabalstiem?", "Kas jādara senioriem?", "Kur vērsties vecākiem?"]
    body = "<main>" + "".join(f"<details><summary>{t}</summary><p>Teksts.</p></details>" for t in faq) + "</main>"
    assert m08_rows(page(HOME, body))["3"] == (False, "not_detected")


def test_a_sidebar_survey_of_the_website_is_no_e_participation_survey_on_a_page_about_visits():
    # ventspilsaprupe: the sidebar "Palīdziet mums uzlabot mājaslapu" → visidati.lv, on "Maksa un apmeklējumi"
    body = ('<main><h1>Maksa un apmeklējumi</h1><p>Apmeklējumi katru dienu.</p></main><aside><h2>Palīdziet mums '
            "uzlabot mājaslapu</h2><p>Vai mūsu mājaslapā viegli atrast vajadzīgo informāciju?</p><p>"
            '<a href="https://www.visidati.lv/aptauja/2118745/">Atvērt anketu par mājaslapu</a></p></aside>')
    visits = page(HOME + "maksa-un-apmeklejumi/", body, title="Maksa un apmeklējumi")
    assert m07_rows(START, visits)["2"] == (False, "not_detected")
    assert m08_rows(START, visits)["1"] == (True, "detected")


def test_a_price_list_pdf_holds_no_data_but_any_unlisted_spreadsheet_does():
    # ogressportaskola /pakalpojumi/: "cenrādis (PDF)" is a price list, not data (jelgavaspatversme read its own so);
    # an unlisted XLSX is a closed-format spreadsheet whatever its name (the convention; set 48's jurmalasudens)
    assert linked_file_rows(HOME, "cenradis.pdf", "cenrādis (PDF)")["1"] == (False, "not_detected")
    assert linked_file_rows(HOME, "udens-merijumi.xlsx", "Ūdens mērījumi 2025")["1"] == (True, "detected")
