"""What the first runs on blind held-out sets 130 to 134 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page, rows, view

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_described_area_cards_whose_more_links_open_tag_pages_are_areas_of_activity():
    # jelgavastautasnams: <h2>Mūsu darbības jomas</h2><div class="jomas"><div><h3>Amatiermāksla</h3><p>Kori, deju
    # kolektīvi … <a href="/birkas/amatiermaksla/">Vairāk</a></p></div> …
    cards = "".join(f'<div class="block"><h3>{name}</h3><p>{text} <a href="/birkas/{slug}/">Vairāk</a></p></div>'
                     for name, text, slug in (("Amatiermāksla", "Kori, deju kolektīvi, teātris un folklora.", "am"),
                                              ("Koncerti un izrādes", "Sezonā ap 90 pasākumu lielajā zālē.", "ki"),
                                              ("Izstādes", "Foajē galerijā Zemgales mākslinieku darbi.", "iz")))
    home = page(HOME, f'<main><h2>Mūsu darbības jomas</h2><div class="jomas">{cards}</div></main>')
    assert m08_rows(home)["4"] == (True, "detected")


def test_a_survey_before_a_decision_on_a_plan_or_on_a_draft_strategy_is_a_current_issue():
    # rigasdabasparks: "Plānojam pagarināt … taku par 1,8 km. Pirms lēmuma pieņemšanas aicinām līdz … aizpildīt
    # tiešsaistes aptauju"; daugavpilsmuiza: "Jūsu viedoklis par stratēģiju — Līdz … piedalieties aptaujā par muzeja
    # attīstības stratēģijas 2027–2031 projektu"
    def home(text: str):
        return page(HOME, f'<main><div class="post"><p>{text} <a href="/aptauja/">Piedalīties</a></p></div></main>')
    trail = ("Plānojam pagarināt dabas taku par 1,8 km. Pirms lēmuma pieņemšanas aicinām līdz 10.12.2026. aizpildīt "
             "tiešsaistes aptauju.")
    assert m07_rows(home(trail))["1"] == (True, "detected")
    strategy = "Jūsu viedoklis: līdz 10.12.2026. piedalieties aptaujā par muzeja attīstības stratēģijas projektu."
    assert m07_rows(home(strategy))["1"] == (True, "detected")
    habits = "Aicinām līdz 10.12.2026. aizpildīt tiešsaistes aptauju par jūsu brīvā laika paradumiem."
    assert m07_rows(home(habits))["1"] == (False, "not_detected")   # a survey naming no plan


def test_a_list_of_persons_introduced_as_a_councils_members_is_a_member_list():
    # tukumamuiza /lidzdaliba/: <summary>Muzeja konsultatīvā padome</summary><p>Padome sniedz ieteikumus … Sastāvs:
    # </p><ul><li>Ilmārs Rudzītis – padomes priekšsēdētājs, …</li>…</ul> above its meetings' summaries and a call
    def council(lead: str):
        return page(HOME + "lidzdaliba/", "<main><h1>Sabiedrības līdzdalība</h1><details open><summary>Muzeja "
                    f"konsultatīvā padome</summary><p>{lead}</p><ul><li>Ilmārs Rudzītis – priekšsēdētājs</li><li>"
                    "Sarmīte Kļaviņa – biedrība</li><li>Liene Apine – skolotāja</li></ul><p><strong>Sēžu kopsavilkumi"
                    "</strong></p><ul><li>12.10.2026. – padomes sēdē nolemts atjaunot izstāžu plānu.</li></ul><p>"
                    'Aicinām pieteikties padomē: <a href="/forma/">pieteikuma forma</a>.</p></details></main>',
                    title="Līdzdalība")
    assert m07_rows(START, council("Padome sniedz ieteikumus par muzeja attīstību. Sastāvs:"))["5"] == (
        True, "detected")
    assert m07_rows(START, council("Padome sniedz ieteikumus par muzeja attīstību."))["5"] == (
        False, "needs_review")   # summaries, and names nobody says are its members


def test_a_page_promising_online_services_soon_says_none_is_received_electronically():
    # talsudabasparks /e-pakalpojumi/: "🚧 Sadaļa tiek veidota. Drīzumā šeit būs informācija par pakalpojumiem
    # tiešsaistē."
    home = page(HOME, '<main><a href="/pakalpojumi/">Pakalpojumi</a></main>')
    def services(text: str):
        return page(HOME + "pakalpojumi/", f"<main><h1>Pakalpojumi</h1><p>{text}</p></main>", title="Pakalpojumi")
    assert m13_rows(home, services("Sadaļa tiek veidota. Drīzumā šeit būs informācija par pakalpojumiem tiešsaistē."))[
        "2"] == (False, "not_detected")
    assert m13_rows(home, services("Ekskursijas var pieteikt tiešsaistē, aizpildot e-pieteikumu."))["2"] == (
        True, "detected")


def test_a_cell_opening_with_a_number_beside_a_consultation_label_is_a_consultation_phone():
    # jurmalasdabasparks /kontakti/ (HTML 4.01 tables): <TR><TD><B>Konsultācijas par saimniecisko darbību …</B> —
    # vecākā inspektore Līga Strautiņa</TD><TD>+371 67761425, P.–Pk. 9.00–16.00</TD></TR>
    def contacts(label: str):
        return page(HOME + "kontakti/", f"<main><h1>Kontakti</h1><table><tr><td>{label} — vecākā inspektore Līga "
                    "Strautiņa</td><td>+371 67761425, P.–Pk. 9.00–16.00</td></tr></table></main>", title="Kontakti")
    found = contact_rows(START, contacts("<b>Konsultācijas par saimniecisko darbību dabas parkā</b>"))
    assert found["M12"]["2"] == (True, "detected") and found["M09"]["2"] == (True, "detected")
    assert contact_rows(START, contacts("<b>Grāmatvedība</b>"))["M12"]["2"] == (False, "not_detected")


def test_m06_two_and_three_follow_a_survey_before_a_decision():
    # rigasdabasparks: the homepage's sticky post links the survey's page, which gives the variants' map (PDF), the
    # Google Forms link and the deadline under "Kā piedalīties"
    home = page(HOME, '<main><div class="post"><p>Plānojam pagarināt dabas taku. Pirms lēmuma pieņemšanas aicinām '
                'līdz 10.12.2026. aizpildīt tiešsaistes aptauju. <a href="/aptauja/">Lasīt vairāk</a></p></div></main>')
    issue = page(HOME + "aptauja/", '<main><h1>Aptauja par takas pagarināšanu</h1><h2>Kā piedalīties</h2><ol><li>'
                 'Iepazīstieties ar <a href="/faili/varianti.pdf">maršruta variantu karti (PDF)</a>.</li><li>'
                 'Aizpildiet <a href="https://docs.google.com/forms/d/e/x/viewform">tiešsaistes aptauju</a> līdz '
                 "10.12.2026.</li></ol></main>", title="Aptauja")
    found = m06_rows(home, issue)
    assert found["2"] == (True, "detected") and found["3"] == (True, "detected")


def test_a_tile_linking_a_page_still_being_built_says_nothing_of_e_services():
    # jekabpilspieauguso homepage: <a class="tile" href="/e-pakalpojumi/"><h3>E-pakalpojumi</h3><p>Pakalpojumi
    # tiešsaistē.</p></a> → "Sadaļa tiek veidota"
    home = page(HOME, '<main><div class="tiles"><a class="tile" href="/e-pakalpojumi/"><h3>E-pakalpojumi</h3><p>'
                "Pakalpojumi tiešsaistē.</p></a></div></main>")
    def target(text: str):
        return page(HOME + "e-pakalpojumi/", f"<main><h1>E-pakalpojumi</h1><p>{text}</p></main>", title="E-pakalpojumi")
    assert m13_rows(home, target("Sadaļa tiek veidota."))["1"] == (False, "not_detected")
    assert m13_rows(home, target("Pieteikties kursiem var tiešsaistē."))["1"] == (True, "detected")


def test_a_table_layouts_footer_address_on_a_consultations_page_stays_a_general_contact():
    # daugavpilspieauguso (HTML 4.01 tables): every page's footer row "… Tālr. 65422310 · <a href="mailto:info@…">",
    # also on the page "Karjeras konsultācijas"
    foot = ('<table><tr><td>Centrs · Saules iela 7 · Tālr. 65422310 · <a href="mailto:info@iestade.lv">info@iestade.lv'
            "</a></td></tr></table>")
    home = page(HOME, f"<table><tr><td><p>Sākums</p></td></tr></table>{foot}")
    advice = page(HOME + "karjeras-konsultacijas/", "<table><tr><td><h1>Karjeras konsultācijas</h1><p>Individuālas "
                  f"sarunas par mācību izvēli.</p></td></tr></table>{foot}", title="Karjeras konsultācijas")
    assert contact_rows(home, advice)["M11"]["1"] == (False, "not_detected")


def test_a_chat_widget_box_without_a_vendor_is_a_chat():
    # cesuatkritumi (gov.lv-like): every page's <aside class="chat-widget" aria-label="Tērzēšana"><p><strong>Tērzēt
    # ar konsultantu</strong><br>Darba dienās 9:00–16:00 …</p><button data-chat="open">Sākt sarunu</button></aside>
    def home(kind: str):
        return page(HOME, f'<main><p>Sākums</p></main><aside class="{kind}"><p><strong>Darba dienās 9:00–16:00 '
                    'atbildam uz jautājumiem</strong></p><button type="button">Sākt sarunu</button></aside>')
    assert m07_rows(home("chat-widget"))["3"] == (True, "detected")
    assert contact_rows(home("chat-widget"))["M12"]["1"] == (True, "detected")
    assert m07_rows(home("info-box"))["3"] == (False, "not_detected")


def test_a_table_rows_title_and_figures_by_month_make_its_pdf_link_data():
    # cesuatkritumi /dokumenti/: <tr><td>Šķiroto atkritumu laukumu apmeklējums pa mēnešiem, 2025</td><td><a>PDF</a>
    # </td></tr> beside "Saistošo noteikumu projekts | PDF"
    def e18_03(title: str) -> tuple:
        url = HOME + "dokumenti/faile.pdf"
        body = (f'<main><h1>Dokumenti</h1><table><tr><th>Nosaukums</th><th>Datne</th></tr><tr><td>{title}</td><td>'
                f'<a href="{url}">PDF</a></td></tr></table></main>')
        docs = view(START, page(HOME + "dokumenti/", body, title="Dokumenti", docs=[Document(url, "pdf", "PDF")]))
        return rows(opendata.e18_03(docs), "E18_03")["1"]
    assert e18_03("Šķiroto atkritumu laukumu apmeklējums pa mēnešiem, 2025") == (True, "detected")
    assert e18_03("Saistošo noteikumu projekts") == (False, "not_detected")


def test_a_round_the_clock_client_consultation_line_is_24_7_though_it_answers_on_the_client_portal_too():
    # rezeknesatkritumi /kontakti/: "<strong>Diennakts klientu konsultāciju tālrunis: +371 64625599.</strong> Mūsu
    # klientu konsultanti atbild uz jautājumiem par līgumiem, … un klientu portāla lietošanu visu diennakti"
    contacts = page(HOME + "kontakti/", "<main><h1>Kontakti</h1><p><strong>Diennakts klientu konsultāciju tālrunis: "
                    "+371 64625599.</strong> Mūsu klientu konsultanti atbild uz jautājumiem par līgumiem, rēķiniem un "
                    "klientu portāla lietošanu visu diennakti.</p></main>", title="Kontakti")
    assert contact_rows(START, contacts)["M09"]["1"] == (True, "detected")
    portal = page(HOME + "kontakti/", "<main><h1>Kontakti</h1><p>Klientu konsultācijas: +371 64625510, P.–Pk. "
                  "8:00–17:00. Klientu portāls pieejams visu diennakti.</p></main>", title="Kontakti")
    assert contact_rows(START, portal)["M09"]["1"] == (False, "not_detected")


def test_a_skype_account_given_for_consultations_is_a_contact_for_consultations():
    # cesurehabilitacija (set 119) /kontakti/: "<strong>Skype konsultācijas par pakalpojumiem:</strong>
    # cesu.rehabilitacija, darba dienās 9.00–15.00" beside "Informācija un lietvedība: +371 64122500, pasts@…"
    def contacts(skype: str):
        return page(HOME + "kontakti/", f"<main><h1>Kontakti</h1><p>{skype}</p><p><strong>Informācija un lietvedība:"
                    '</strong> +371 64122500, <a href="mailto:pasts@iestade.lv">pasts@iestade.lv</a></p></main>',
                    title="Kontakti")
    found = contact_rows(START, contacts("<strong>Skype konsultācijas par pakalpojumiem:</strong> iestade.lv, darba "
                                         "dienās 9.00–15.00"))
    assert found["M11"]["1"] == (True, "detected") and found["M12"]["1"] == (True, "detected")
    assert contact_rows(START, contacts("Sekojiet mums sociālajos tīklos."))["M11"]["1"] == (False, "not_detected")
