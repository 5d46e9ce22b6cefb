"""What the first runs on blind held-out sets 155 to 159 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from checks import features
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, page

HOME = "http://www.iestade.lv/"


def test_cards_that_address_the_visitor_in_a_situation_are_audiences_not_areas():
    # ventspilsnaktspatversme: an unheaded grid of cards "Ja tev šonakt nav kur palikt", "Ģimenēm ar bērniem krīzē",
    # "Ja redzi cilvēku nelaimē", "Ja vēlies palīdzēt", "Organizācijām un speciālistiem"
    def home(titles: list[str]):
        cards = "".join(f'<article class="flize"><h2>{t}</h2><p>Kas jāzina un kā rīkoties šajā gadījumā.</p>'
                        f'<a href="/p{i}/">Uzzināt →</a></article>' for i, t in enumerate(titles))
        return page(HOME, f'<main><h1>Naktspatversme</h1><div class="flizes">{cards}</div></main>')
    found = m08_rows(home(["Ja tev šonakt nav kur palikt", "Ģimenēm ar bērniem krīzē", "Ja redzi cilvēku nelaimē",
                           "Ja vēlies palīdzēt", "Organizācijām un speciālistiem"]))
    assert found["3"] == (True, "detected") and found["4"] == (False, "not_detected")
    areas = m08_rows(home(["Naktsmītne", "Sociālā aprūpe", "Ielu sociālais darbs", "Krīzes palīdzība"]))
    assert areas["3"] == (False, "not_detected") and areas["4"] == (True, "detected")


def test_a_line_only_for_free_places_and_registration_is_no_consultation_phone():
    # ventspilsnaktspatversme: "Par brīvo vietu skaitu var uzzināt pie dežuranta pa tālruni 26330412 (tikai vietu
    # pieejamībai un pieteikšanai, katru vakaru 18.00–22.00)."
    def shelter(purpose: str):
        return page(HOME, "<main><h1>Naktsmītne</h1><p>Par brīvo vietu skaitu un konsultācijām var uzzināt pie "
                          f"dežuranta pa tālruni 26330412 ({purpose}, katru vakaru 18.00–22.00).</p></main>")
    assert contact_rows(shelter("tikai vietu pieejamībai un pieteikšanai"))["M12"]["2"] == (False, "not_detected")
    assert contact_rows(shelter("arī brīvdienās"))["M12"]["2"] == (True, "detected")


def test_a_working_group_drafting_a_concept_beside_a_sidebar_website_survey_is_no_current_issue():
    # rezeknesnaktspatversme: "Darba grupa izstrādās naktspatversmes attīstības koncepciju 2027.–2031. gadam. Aicinām
    # pieteikties …" and, in the same layout block, the sidebar's "Palīdziet uzlabot mūsu vietni – aizpildiet īsu
    # mājaslapas lietotāju aptauju"
    filler = " ".join(["Pieteikumā norādiet savu pieredzi darbā ar bezpajumtniekiem."] * 6)
    def group(asked: str):
        return page(HOME + "darba-grupa/", "<div class='layout'><h1>Darba grupa koncepcijas izstrādei</h1><p>Darba "
                    "grupa izstrādās naktspatversmes attīstības koncepciju 2027.–2031. gadam. Aicinām pieteikties līdz "
                    f"22.12.2026. {asked}</p><p>{filler}</p><div class='sidebar'>Palīdziet uzlabot mūsu vietni – "
                    "aizpildiet īsu mājaslapas lietotāju <a href='https://visidati.lv/x'>aptauju</a>.</div></div>",
                    title="Darba grupa")
    home = page(HOME, '<main><h1>Sākums</h1><p><a href="/darba-grupa/">Darba grupa</a></p></main>')
    assert m07_rows(home, group(""))["1"] == (False, "not_detected")
    asked = "Savu viedokli par koncepciju izsakiet arī aptaujā."
    assert m07_rows(home, group(asked))["1"] == (True, "detected")


def test_signing_up_with_a_working_groups_head_for_a_service_is_no_call_to_join_it():
    # talsuugunsdzeseji: /pakalpojumi/ "Ugunsdrošības nodarbības skolām. Bez maksas; pieteikties pie preventīvā darba
    # grupas vadītājas Līgas Āboliņas."
    home = page(HOME, '<main><h1>Sākums</h1><p><a href="/pakalpojumi/">Pakalpojumi</a></p></main>')
    def services(text: str):
        return page(HOME + "pakalpojumi/", f"<main><h1>Pakalpojumi</h1><p>Ugunsdrošības nodarbības skolām. {text}</p>"
                    "</main>", title="Pakalpojumi")
    lessons = "Bez maksas; pieteikties pie preventīvā darba grupas vadītājas Līgas Āboliņas."
    assert m07_rows(home, services(lessons))["4"] == (False, "not_detected")
    joining = "Aicinām iedzīvotājus pieteikties darbam preventīvā darba grupā."
    assert m07_rows(home, services(joining))["4"] == (True, "detected")


def test_a_website_surveys_teaser_asking_whether_you_found_what_you_sought_is_no_rating_invitation():
    # rigasvidesdienests: "Tīmekļvietnes apmeklētāju aptauja. Vai atradāt meklēto? Aizpildiet īsu aptauju par mūsu
    # tīmekļvietni – piedalīties aptaujā." (a survey: M08.1 and M08.8, not M08.2)
    def home(text: str):
        return page(HOME, f"<main><h1>Sākums</h1><p>{text} <a href='https://visidati.lv/x'>piedalīties</a>.</p></main>")
    teaser = "Tīmekļvietnes apmeklētāju aptauja. Vai atradāt meklēto? Aizpildiet īsu aptauju par mūsu tīmekļvietni"
    assert m08_rows(home(teaser))["2"] == (False, "not_detected")
    assert m08_rows(home("Vai atradāt meklēto? Pastāstiet mums"))["2"] == (True, "detected")


def test_one_box_labelled_for_an_address_posting_to_a_search_address_looks_up_permits_not_the_site():
    # rigasvidesdienests: <form action="/atlaujas/meklet/"><label for="adrese">Adrese (iela, mājas nr.):</label>
    # <input id="adrese" name="adrese" type="text"> in the left menu
    def home(label: str):
        return page(HOME, f'<form action="/atlaujas/meklet/" method="get"><label for="adrese">{label}</label>'
                          '<input id="adrese" name="adrese" type="text"><input type="submit" value="Meklēt"></form>')
    assert features.site_search([home("Adrese (iela, mājas nr.):")]).value is False
    assert features.site_search([home("Meklēt vietnē:")]).value is True


def test_a_survey_notice_in_a_link_tile_is_live_through_the_tiles_page():
    # tukumaugunsdzeseji: <a class="flize" href="/aptauja-depo/"><h2>Aptauja: kur būvēt jauno depo?</h2><p>Dome lems
    # par jaunā ugunsdzēsēju depo vietu Kandavā. Izsakiet savu viedokli aptaujā!</p></a>; the page holds the form
    home = page(HOME, '<main><h1>Sākums</h1><a class="flize" href="/aptauja-depo/"><h2>Aptauja: kur būvēt jauno depo?'
                      "</h2><p>Dome lems par jaunā ugunsdzēsēju depo vietu Kandavā. Izsakiet savu viedokli aptaujā!</p>"
                      "</a></main>")
    survey = page(HOME + "aptauja-depo/", "<main><h1>Aptauja: kur būvēt jauno depo?</h1><form action='/paldies/'>"
                  "<label><input type='radio' name='vieta' value='c'> centrā</label><label><input type='radio' "
                  "name='vieta' value='r'> rietumos</label><textarea name='k'></textarea><button>Iesniegt</button>"
                  "</form></main>", title="Aptauja")
    assert m07_rows(home, survey)["1"] == (True, "detected")
    assert m06_rows(home, survey)["2"] == (True, "detected")


def test_a_number_labelled_as_a_messaging_apps_is_that_chat_unless_the_label_names_a_phone_too():
    # daugavpilsintegracija: "Uzdodiet jautājumu WhatsApp: +371 26123456. Konsultanti atbild darba dienās no 10.00
    # līdz 18.00 …"
    def advice(label: str):
        return page(HOME, f"<main><h1>Konsultācijas</h1><p>{label} +371 26123456. Konsultanti atbild darba dienās no "
                          "10.00 līdz 18.00.</p></main>")
    assert contact_rows(advice("Uzdodiet jautājumu WhatsApp:"))["M12"]["2"] == (False, "not_detected")
    assert contact_rows(advice("Uzdodiet jautājumu pa tālruni / WhatsApp:"))["M12"]["2"] == (True, "detected")
    # ogressportacentrs (set 105): "Zvani vai raksti WhatsApp: +371 26 555 014" is a phone too
    assert contact_rows(advice("Konsultācijas. Zvani vai raksti WhatsApp:"))["M12"]["2"] == (True, "detected")
