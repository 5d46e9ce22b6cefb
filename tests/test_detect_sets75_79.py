"""What the first runs on blind held-out sets 75 to 79 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m07_rows, m08_rows, page, rows, view

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_a_consultations_tile_bidding_to_write_to_a_lawyer_invites_questions():
    # rezeknespolicija /kontakti/: an "Konsultācijas" tile on a page headed "Kontakti"
    tile = ('<main><h1>Kontakti</h1><section><h2>Konsultācijas</h2><p>Ja jums ir jautājumi par soda naudas samaksu '
            'vai lēmuma apstrīdēšanu, rakstiet mūsu juristei: <a href="mailto:konsultacijas@iestade.lv">'
            'konsultacijas@iestade.lv</a>. Atbildam 3 darba dienu laikā.</p></section></main>')
    assert m07_rows(START, page(HOME + "kontakti/", tile))["6"] == (True, "detected")


def test_a_duty_unit_around_the_clock_is_no_consultation_line():
    # rezeknespolicija /par-mums/: the dispatch works around the clock, the client centre in working hours
    about = ("<main><h1>Par mums</h1><h2>Darba laiks</h2><p>Dežūrdaļa un patruļas — visu diennakti. Klientu centrs: "
             "P. 8.00–18.00, O.–C. 8.00–17.00. Konsultācijas pa tālruni 6460 7711.</p></main>")
    assert contact_rows(START, page(HOME + "par-mums/", about))["M09"]["1"] == (False, "not_detected")


def test_a_chancellery_and_client_centre_phone_is_the_switchboard():
    # rezeknespolicija /kontakti/: "Kanceleja un klientu centrs" over an address, a phone and opening hours
    tile = ("<main><h1>Kontakti</h1><section><h2>Kanceleja un klientu centrs</h2><p>Atbrīvošanas aleja 93, Rēzekne"
            "<br>Tālr. 6460 7700<br>P. 8.00–18.00, O.–C. 8.00–17.00</p></section></main>")
    found = contact_rows(START, page(HOME + "kontakti/", tile))
    assert found["M12"]["2"] == (False, "not_detected")
    assert found["M11"]["2"] == (True, "detected")


def test_refusing_information_by_phone_leaves_the_email_for_questions():
    # zemgalestiesa /apmekletajiem/: no information by phone; questions about a case by e-mail
    text = ('<main><h1>Apmeklētājiem</h1><p>Lai aizsargātu personas datus, informāciju par lietām pa tālruni '
            'nesniedzam. Jautājumus par lietas stāvokli lūdzam rakstīt uz e-pastu '
            '<a href="mailto:kanceleja@iestade.lv">kanceleja@iestade.lv</a>, norādot lietas numuru.</p></main>')
    found = contact_rows(START, page(HOME + "apmekletajiem/", text))
    assert found["M11"]["1"] == (True, "detected")
    assert found["M12"]["99"] == (True, "detected")


def test_choose_who_you_are_over_accordion_titles_is_by_audience():
    # liepajasnamu: "Izvēlieties, kas Jūs esat" over <details> whose links all read "Vairāk"
    cards = "".join(f'<details><summary>{who}</summary><p>… <a href="/pakalpojumi/#{n}">Vairāk</a></p></details>'
                    for n, who in enumerate(["Dzīvokļa īpašnieks", "Pašvaldības dzīvokļa īrnieks",
                                             "Mājas pilnvarotā persona"]))
    home = page(HOME, f"<main><h2>Izvēlieties, kas Jūs esat</h2><div>{cards}</div></main>")
    assert m08_rows(home)["3"] == (True, "detected")


def test_a_file_on_a_consultations_page_is_its_paper():
    # jelgavasnamu: "Pagalmu saraksts un karte (PDF)" beside the draft programme under public consultation
    issue = HOME + "lidzdaliba/pagalmu-programma/"
    url = HOME + "faili/pagalmu-saraksts-karte.pdf"
    doc = Document(url, "pdf", "Pagalmu saraksts un karte (PDF)", found_on=issue)
    body = (f'<main><h1>Pagalmu labiekārtošanas programmas projekts – publiskā apspriešana</h1><h2>Dokumenti</h2>'
            f'<ul><li><a href="{url}">Pagalmu saraksts un karte (PDF)</a></li></ul></main>')
    found = rows(opendata.e18_03(view(START, page(issue, body, docs=[doc]))), "E18_03")
    assert found["2"] == (True, "detected")


def test_what_is_your_situation_over_life_situations_is_by_audience():
    # cesusocialais: "Kas ir jūsu situācija?" over <summary> titles "Esmu seniors …", "Mūsu ģimenē aug bērni …"
    cards = "".join(f"<details><summary>{s}</summary><p>…</p></details>" for s in [
        "Esmu seniors un man kļūst grūtāk tikt galā ar ikdienu", "Mūsu ģimenē aug bērni un vajadzīgs atbalsts",
        "Man vai manam tuviniekam ir invaliditāte"])
    home = page(HOME, f"<main><section><h2>Kas ir jūsu situācija?</h2>{cards}</section></main>")
    assert m08_rows(home)["3"] == (True, "detected")


def test_a_councils_meeting_summary_is_no_data_file():
    # tukumasocialais: "Sēžu kopsavilkumi" – "… izskatītas pakalpojuma izmaksas; ieteikts pārskatīt cenas. Kopsavilkums"
    council = HOME + "padome/"
    url = HOME + "faili/padome-kopsavilkums-4.pdf"
    doc = Document(url, "pdf", "Kopsavilkums (PDF)", found_on=council)
    body = (f"<main><h1>Sociālo pakalpojumu konsultatīvā padome</h1><h2>Sēžu kopsavilkumi</h2><ul><li>28.10.2026. – "
            f'izskatītas aprūpes pakalpojuma izmaksas; ieteikts pārskatīt cenas. <a href="{url}">Kopsavilkums (PDF)</a>'
            "</li></ul></main>")
    found = rows(opendata.e18_03(view(START, page(council, body, docs=[doc]))), "E18_03")
    assert found["2"] == (True, "detected")


def test_a_survey_link_on_its_results_page_is_no_open_survey():
    # latgaleszoo: "Aptaujas rezultāti: …" news with the closed form's link ("… atbildes vairs nepieņem")
    results = page(HOME + "jaunumi/aptaujas-rezultati/", '<main><h1>Aptaujas rezultāti: jaunajā terārijā dzīvos Gila '
                   'ķirzakas</h1><p>Aptauja bija atvērta līdz 15.10.2026. un tagad ir slēgta. <a href="https://docs.'
                   'google.com/forms/d/e/x/viewform">Aptaujas anketa</a> atbildes vairs nepieņem.</p></main>')
    closed = page(HOME + "jaunumi/", '<main><h1>Jaunumi</h1><p><a href="https://docs.google.com/forms/d/e/y/closedform">'
                  "Apmeklētāju aptauja</a></p></main>")
    found = m08_rows(START, results, closed)
    assert found["1"] == (False, "not_detected")


def test_a_specialist_who_answers_questions_by_phone_is_a_consultation_contact():
    # latgaleszoo /ekskursijas/: "… labprāt ieteiks un atbildēs uz jautājumiem pa tālruni 26 455 118 darba dienās …"
    text = ("<main><h1>Ekskursijas</h1><p><strong>Neesat pārliecināti, kura nodarbība piemērota?</strong> Izglītības "
            "darba speciāliste labprāt ieteiks un atbildēs uz jautājumiem pa tālruni 26 455 118 darba dienās no 9.00 "
            "līdz 16.00.</p></main>")
    found = contact_rows(START, page(HOME + "ekskursijas/", text))
    assert found["M11"]["1"] == (True, "detected")
    assert found["M12"]["2"] == (True, "detected")
    assert found["M09"]["2"] == (True, "detected")


def test_a_collection_by_species_and_specimen_count_holds_data():
    # latgaleszoo /dzivnieki/: "Kolekcijas sastāvs pa sugām un īpatņu skaitu gada beigās: Dzīvnieku kolekcija (PDF)"
    url = HOME + "dokumenti/dzivnieku-kolekcija-2025.pdf"
    animals = HOME + "dzivnieki/"
    doc = Document(url, "pdf", "Dzīvnieku kolekcija 31.12.2025 (PDF)", found_on=animals)
    body = (f"<main><h1>Dzīvnieki</h1><p>Kolekcijas sastāvs pa sugām un īpatņu skaitu gada beigās: "
            f'<a href="{url}">Dzīvnieku kolekcija 31.12.2025 (PDF)</a>.</p></main>')
    assert rows(opendata.e18_03(view(START, page(animals, body, docs=[doc]))), "E18_03")["1"] == (True, "detected")


def test_an_address_given_before_a_refusal_by_phone_stays_general():
    # cesubiblioteka /kontakti/ (set 71): "E-pasts: …" above "uzziņas un konsultācijas pa tālruni netiek sniegtas"
    text = ('<td><b>Kontakti</b><br>E-pasts: <a href="mailto:biblioteka@iestade.lv">biblioteka@iestade.lv</a><br>'
            "<i>Lūdzam ņemt vērā: uzziņas un konsultācijas pa tālruni netiek sniegtas. Ar jautājumiem lūdzam vērsties "
            "bibliotēkā klātienē.</i></td>")
    assert contact_rows(START, page(HOME + "kontakti/", f"<table><tr>{text}</tr></table>"))["M11"]["2"] == (
        True, "detected")
