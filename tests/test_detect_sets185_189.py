"""What the first runs on blind held-out sets 185 to 189 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import m06_rows, m07_rows, m08_rows, m13_rows, page

HOME = "http://www.iestade.lv/"
START = page(HOME, '<main><h1>Sākums</h1><p><a href="/lidzdaliba/">Līdzdalība</a></p></main>')


def test_a_call_to_fill_in_the_online_survey_below_names_the_form_a_survey():
    # rigasdejuskola /sabiedribas-lidzdaliba/attistibas-strategija/: "Aizpildiet tiešsaistes aptauju zemāk" over a form
    # of three choice questions with no survey word of its own
    def consultation(call: str):
        return page(HOME + "lidzdaliba/", f"<main><h1>Stratēģijas projekts</h1><h2>Kā piedalīties</h2><ol><li>{call}"
                    "</li></ol><form><p>1. Vai atbalstāt projektu?</p><label><input type='radio' name='a'> Jā</label>"
                    "<label><input type='radio' name='a'> Nē</label><input type='submit' value='Iesniegt'></form>"
                    "</main>", title="Stratēģijas projekts")
    online = consultation("Aizpildiet tiešsaistes aptauju zemāk (aizņem ~7 minūtes).")
    assert m07_rows(START, online)["2"] == (True, "detected")
    assert m08_rows(START, online)["1"] == (True, "detected")
    assert m07_rows(START, consultation("Izlasiet projektu un atbildiet uz jautājumiem."))["2"][0] is not True


def test_a_page_rating_widgets_comment_field_is_no_form_for_questions_and_proposals():
    # liepajasdejuskola: the footer's "Vai šajā lapā atradāt nepieciešamo informāciju? Jā Nē · Jūsu komentārs par šo
    # lapu (neobligāti)" on a closed consultation's page, under no heading of its own, after the paragraph "… saņemti 3
    # priekšlikumi" (a lead-in naming proposals)
    def issue(form: str):
        return page(HOME + "lidzdaliba/", "<main><h1>Nolikuma grozījumu projekts</h1><p>Apspriešana noslēdzās. "
                    "Apspriešanas laikā saņemti 3 priekšlikumi.</p></main>"
                    f"<section>{form}</section>", title="Nolikuma grozījumi")
    widget = ("<form><p><strong>Vai šajā lapā atradāt nepieciešamo informāciju?</strong> <button name='h' value='1'>Jā"
              "</button> <button name='h' value='0'>Nē</button></p><label for='k'>Jūsu komentārs par šo lapu "
              "(neobligāti)</label><textarea id='k'></textarea><button>Nosūtīt atsauksmi</button></form>")
    assert m07_rows(START, issue(widget))["6"][0] is not True
    proposals = "<form><label for='p'>Jūsu komentārs</label><textarea id='p'></textarea><button>Nosūtīt</button></form>"
    assert m07_rows(START, issue(proposals))["6"] == (True, "detected")


def test_a_modal_forms_own_title_heads_it_not_the_previous_modals():
    # aizkrauklesmernieciba (set 178): a star-rating modal "Novērtējiet mūsu vietni" then a modal whose own title is
    # "Uzdot jautājumu vai iesniegt priekšlikumu" (Jautājums / Priekšlikums / Iebildums and a text area)
    rating = ("<form><h5>Novērtējiet mūsu vietni</h5><p>Cik ērti bija atrast informāciju?</p>"
              + "".join(f"<label><input type='radio' name='v' value='{n}'>★</label>" for n in range(1, 6))
              + "<label for='k'>Komentārs (neobligāti)</label><textarea id='k'></textarea><button>Nosūtīt</button>"
              "</form>")
    question = ("<form><h5>Uzdot jautājumu vai iesniegt priekšlikumu</h5><label for='t'>Ziņa</label><textarea id='t'>"
                "</textarea><button>Nosūtīt</button></form>")
    start = "<main><h1>Sākums</h1></main>"
    assert m07_rows(page(HOME, f"{start}<div>{rating}</div><div>{question}</div>"))["6"] == (True, "detected")
    assert m07_rows(page(HOME, f"{start}<div>{rating}</div>"))["6"][0] is not True


def test_a_closed_consultations_card_does_not_head_the_card_beside_it():
    # madonasjasanascentrs /sabiedribas-lidzdaliba/: Bootstrap columns, each holding a card; the closed consultation's
    # title "Manēžas rekonstrukcijas ieceres apspriešana" read as the heading over the working group's card, whose
    # "Pieteikšanās līdz …" made it a consultation open now
    def cards(second_title: str):
        return page(HOME + "lidzdaliba/", "<main><h1>Līdzdalība</h1><div class='row'>"
                    "<div class='col'><div class='card'><h2><a href='/lidzdaliba/maneza/'>Manēžas rekonstrukcijas "
                    "apspriešana</a></h2><p>Apspriešana noslēdzās 30.09.2026.</p></div></div>"
                    "<div class='col'><div class='card'><span>Pieteikšanās līdz 17.12.2026.</span>"
                    f"<h2><a href='/lidzdaliba/grupa/'>{second_title}</a></h2><p>Aicinām jātniekus.</p></div></div>"
                    "</div></main>", title="Līdzdalība")
    assert m07_rows(START, cards("Darba grupa jāšanas taku tīklam"))["1"][0] is not True
    assert m07_rows(START, cards("Jāšanas taku tīkla apspriešana"))["1"] == (True, "detected")


def test_a_footers_columns_do_not_run_services_into_the_portals_name():
    # liepajasrestauracija: a mega footer's column "Iestāde: … Pakalpojumi …" beside "Noderīgas saites: Latvija.gov.lv
    # …", read as one block, said services are online on the homepage
    def home(footer: str):
        return page(HOME, f"<main><h1>Sākums</h1><p>Restaurācijas konsultācijas klātienē.</p></main><footer>{footer}"
                    "</footer>")
    columns = ("<div><h2>Iestāde</h2><ul><li><a href='/par/'>Par iestādi</a></li><li><a href='/pakalpojumi/'>"
               "Pakalpojumi</a></li></ul><h2>Noderīgas saites</h2><ul><li><a href='https://www.latvija.gov.lv/'>"
               "Latvija.gov.lv</a></li></ul></div>")
    assert m13_rows(home(columns))["1"][0] is not True
    said = "<div><p>Pakalpojumus var pieteikt tiešsaistē Latvija.gov.lv.</p></div>"
    assert m13_rows(home(said))["1"] == (True, "detected")


def test_a_numbered_step_takes_its_deadline_from_the_step_after_it():
    # jekabpilsrestauracija: a post's "Kā piedalīties" steps "2. Aizpildiet tiešsaistes aptauju: <a>aptauja par plāna
    # projektu</a>" and "3. Aptauja ir atvērta līdz 17.12.2026." read the survey's step as undated
    def post(last_step: str):
        return page(HOME + "aptauja/", "<main><h1>Aicinām piedalīties aptaujā</h1><p>Darbnīca ir sagatavojusi apbūves "
                    "plāna projektu.</p><h2>Kā piedalīties</h2><ol><li>Iepazīstieties ar <a href='/plans.pdf'>plāna "
                    "projektu (PDF)</a>.</li><li>Aizpildiet tiešsaistes aptauju: <a href='https://www.visidati.lv/aptauja/"
                    f"1/'>aptauja par plāna projektu</a>.</li><li>{last_step}</li></ol></main>", title="Aptauja")
    home = page(HOME, '<main><h1>Sākums</h1><p><a href="/aptauja/">Aicinām piedalīties aptaujā</a></p></main>')
    assert m07_rows(home, post("Aptauja ir atvērta līdz 17.12.2026."))["1"] == (True, "detected")
    assert m06_rows(home, post("Aptauja ir atvērta līdz 17.12.2026."))["2"] == (True, "detected")
    assert m07_rows(home, post("Aptauja bija atvērta līdz 17.10.2026."))["1"][0] is not True
