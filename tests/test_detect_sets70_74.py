"""What the first runs on blind held-out sets 70 to 74 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks.social import account_key
from tests.detect_helpers import contact_rows, linked_file_rows, m07_rows, m08_rows, m13_rows, page

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_a_series_over_years_as_an_image_is_a_chart():
    # gulbenesnovads: "Bezdarba līmeņa dinamika novadā, 2018–2023 (attēls)" → bezdarba-limenis.png
    found = linked_file_rows(HOME, "bezdarba-limenis.png",
                             "Bezdarba līmeņa dinamika novadā, 2018–2023 (attēls)")
    assert found["1"] == (True, "detected")


def test_a_summary_of_opinions_received_holds_no_data():
    # siguldasudens: a closed tariff consultation's "Saņemto viedokļu apkopojums (PDF)"
    found = linked_file_rows(HOME, "viedoklu-apkopojums.pdf", "Saņemto viedokļu apkopojums (PDF)")
    assert found["2"] == (True, "detected")


def test_a_vkontakte_profile_is_a_social_account():
    # daugavpilsbiblioteka declares https://vk.com/lcb_daugavpils
    assert account_key("https://vk.com/lcb_daugavpils") == ("vkontakte", "lcb_daugavpils")


def test_an_international_agency_in_a_footer_is_no_star_rating():
    # jaunatnesagentura: "Jaunatnes starptautisko programmu aģentūra … Jautājumi? … Noderīgi" ("star…" is no star)
    footer = ("<footer><div><p>Jaunatnes starptautisko programmu aģentūra, Rīga. Jautājumi? Raksti: "
              '<a href="mailto:info@jspa.gov.lv">info@jspa.gov.lv</a></p><h2>Noderīgi</h2><ul><li><a href="/p/">'
              "Privātuma politika</a></li></ul></div></footer>")
    assert m08_rows(page(HOME, "<main><p>Sākums</p></main>" + footer))["2"] == (False, "not_detected")


def test_a_surveys_rating_question_in_a_fieldset_is_no_page_widget():
    # liepajaslidosta: three fieldsets, the second "Kā vērtējat termināļa tīrību un ērtības? Labi / Vidēji / Slikti"
    def group(q, name):
        return (f"<fieldset><legend>{q}</legend>" + "".join(
            f'<label><input type="radio" name="{name}" value="{v}"> {v}</label>' for v in ("Labi", "Vidēji", "Slikti"))
            + "</fieldset>")
    form = (f'<form>{group("Cik apmierināts esat ar drošības kontroli?", "q1")}'
            f'{group("Kā vērtējat termināļa tīrību un ērtības?", "q2")}<fieldset><legend>Kādus galamērķus vēlētos '
            'redzēt?</legend><input type="text" name="q3"></fieldset><button>Nosūtīt</button></form>')
    assert m08_rows(START, page(HOME + "aptauja/", f"<main><h1>Pasažieru aptauja</h1>{form}</main>"))["2"] == (
        False, "not_detected")


def test_a_councils_own_competitions_are_no_council_to_join():
    # zinatnespadome: the institution is a council ("Zinātnes padome") and takes competition applications
    grants = page(HOME + "konkursi/", "<main><h1>Konkursi</h1><p>Visus konkursu pieteikumus iesniedz elektroniski "
                  "Zinātnes padomes Informācijas sistēmā.</p></main>")
    assert m07_rows(START, grants)["4"] == (False, "not_detected")


def test_a_meetings_record_of_a_discussion_is_no_current_consultation():
    # mezaparkavidusskola: "20.11.2026. — Apspriesti skolas formas apspriešanas rezultāti; nolemts ieteikt …"
    council = page(HOME + "padome/", "<main><h1>Skolas padome</h1><p>20.11.2026. — Apspriesti skolas formas "
                   "apspriešanas rezultāti; nolemts ieteikt jakas ieviešanu brīvprātīgi.</p></main>")
    assert m07_rows(START, council)["1"] == (False, "not_detected")


def test_help_with_the_state_portal_and_video_consultations_are_no_e_services():
    # valmierasbiblioteka: "Pakalpojumi: … Palīdzība valsts portāla latvija.gov.lv lietošanā"; rpiva: "tiešsaistes
    # videokonsultācijas MS Teams … pieteikšanās uz serviss@…"
    services = page(HOME + "pakalpojumi/", "<main><h1>Pakalpojumi</h1><ul><li>Grāmatu izsniegšana</li><li>Palīdzība "
                    "valsts portāla latvija.gov.lv lietošanā</li><li>Tiešsaistes videokonsultācijas MS Teams katru "
                    "otrdienu — pieteikšanās uz serviss@iestade.lv</li></ul></main>")
    assert m13_rows(START, services)["2"] == (False, "not_detected")


def test_a_fault_lines_hours_in_a_contacts_line_are_not_the_consultations():
    # sadalestikls: the footer's "Klientu konsultācijas: 8020 0403 Bojājumi: 8404 (24/7)"
    home = page(HOME, "<main><p>Sākums</p></main><footer><p>Klientu konsultācijas: 8020 0403 Bojājumi: 8404 (24/7) "
                '<a href="mailto:info@st.lv">info@st.lv</a></p></footer>')
    assert contact_rows(home)["M09"]["1"][0] is False      # no hours of the consultation line: a person looks


def test_a_number_after_a_consultation_label_and_colon_is_a_phone():
    # siguldasudens: "Konsultācijas par līgumiem, rēķiniem un pieslēgumiem: <strong>67 971 238</strong>, darba dienās"
    contacts = page(HOME + "kontakti/", "<main><h1>Kontakti</h1><h2>Klientu daļa</h2><p>Konsultācijas par līgumiem, "
                    "rēķiniem un pieslēgumiem: <strong>67 971 238</strong>, darba dienās 8.00–17.00.</p></main>")
    found = contact_rows(START, contacts)
    assert found["M12"]["2"] == (True, "detected") and found["M09"]["2"] == (True, "detected")


def test_statistics_and_tariffs_cards_are_sections_not_areas():
    # sadalestikls: opening cards "Pieslēgumi", "Bojājumi", "Tarifi", "Statistika"
    cards = "".join(f'<div class="card"><h2>{t}</h2><p>Vairāk par šo tēmu mūsu vietnē.</p><a href="/{i}/">Vairāk</a>'
                    "</div>" for i, t in enumerate(["Pieslēgumi", "Bojājumi", "Tarifi", "Statistika"]))
    assert m08_rows(page(HOME, f'<main><div class="grid">{cards}</div></main>'))["4"] == (False, "not_detected")
