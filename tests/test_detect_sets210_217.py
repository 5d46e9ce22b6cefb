"""What the first runs on blind held-out sets 210 to 217 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time, detect_helpers.NOW, is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m13_rows, page

HOME = "http://www.iestade.lv/"


def test_a_widget_named_chat_by_one_of_its_classes_is_a_chat():
    # dobeleskeramika /pakalpojumi/: '<div id="terzetava" class="block chat-widget"><h2>Tiešsaistes tērzētava</h2>
    # <p>Konsultanti atbild darba dienās 10.00–16.00. …</p><form>… <input type="submit" value="Sākt tērzēšanu">'
    def rows(classes: str) -> tuple:
        services = page(HOME + "pakalpojumi/", "<main><h1>Pakalpojumi</h1><h2>Konsultācijas</h2><p>Par pakalpojumiem "
                        "konsultējam pa tālruni +371 63722514 darba dienās 8.30–17.00.</p>"
                        f'<div id="terzetava" class="{classes}"><h2>Tiešsaistes tērzētava</h2><p>Konsultanti atbild '
                        'darba dienās 10.00–16.00. Uzrakstiet savu jautājumu!</p><form action="/kontakti/"><label '
                        'for="m">Jūsu jautājums</label><input id="m" name="zina"> <input type="submit" value="Sākt '
                        'tērzēšanu"></form></div></main>', title="Pakalpojumi")
        home = page(HOME, "<main><h1>Sākums</h1></main>")
        return m07_rows(home, services)["3"], contact_rows(home, services)["M12"]["1"]
    assert rows("block chat-widget") == ((True, "detected"), (True, "detected"))
    assert rows("block chatterbox") == ((False, "not_detected"), (False, "not_detected"))


def test_an_issue_pages_own_survey_form_is_where_to_take_part():
    # siguldaskinoteatris /lidzdaliba/aptauja-seansu-plans-2027/: "Aptauja atvērta līdz …", the plan's draft (PDF),
    # "Kā piedalīties? … atbildiet uz aptaujas jautājumiem zemāk" over a form of radio questions, "Iesniegt atbildes"
    def m06_3(legend: str) -> tuple:
        home = page(HOME, '<main><h1>Sākums</h1><section><h2>Aktuāli</h2><p>Līdz 10.12.2026. aicinām izteikt viedokli '
                    'par seansu plāna 2027. gadam projektu – aizpildiet tiešsaistes aptauju. <a href="/lidzdaliba/'
                    'aptauja/">Piedalīties aptaujā</a></p></section></main>')
        issue = page(HOME + "lidzdaliba/aptauja/", "<main><h1>Aptauja par seansu plāna 2027. gadam projektu</h1><p>"
                     "<strong>Aptauja atvērta līdz 10.12.2026.</strong></p><h2>Dokumenti</h2><ul><li><a href="
                     '"/dokumenti/plans-2027-projekts.pdf">Plāna projekts (PDF)</a></li></ul><h2>Kā piedalīties?</h2>'
                     "<p>Iepazīstieties ar plāna projektu un atbildiet uz aptaujas jautājumiem zemāk.</p><form action="
                     f'"/paldies/" method="post"><fieldset><legend>1. {legend}</legend><label><input type="radio" '
                     'name="q1" value="ja"> Jā</label><label><input type="radio" name="q1" value="ne"> Nē</label>'
                     '</fieldset><fieldset><legend>2. Cik bieži apmeklējat kinoteātri?</legend><label><input '
                     'type="radio" name="q2" value="1"> Reizi mēnesī</label><label><input type="radio" name="q2" '
                     'value="2"> Retāk</label></fieldset><button type="submit">Iesniegt atbildes</button></form>'
                     "</main>",
                     title="Aptauja")
        return m06_rows(home, issue)["3"]
    assert m06_3("Vai atbalstāt rīta seansus senioriem otrdienās?") == (True, "detected")
    # a survey of the website on that page is no way to take part in the plan's survey
    assert m06_3("Vai mūsu mājaslapā viegli atrast seansu laikus?") == (False, "needs_review")


def test_a_page_being_built_promises_no_e_service_in_its_next_paragraph():
    # valkaskartings /e-pakalpojumi/ (menu "E-pakalpojumi"): "<p><i>Sadaļa tiek veidota.</i></p><p>Drīzumā šeit
    # varēsiet pieteikt trases nomu elektroniski. Pagaidām lūdzam sazināties ar sporta centra biroju.</p>"
    def m13(first: str) -> dict:
        home = page(HOME, '<header><nav><a href="/e-pakalpojumi/">E-pakalpojumi</a></nav></header><main><h1>Sākums'
                    "</h1><p>Kartinga trase Valkā.</p></main>")
        stub = page(HOME + "e-pakalpojumi/", f"<main><h1>E-pakalpojumi</h1><p><i>{first}</i></p><p>Drīzumā šeit "
                    "varēsiet pieteikt trases nomu elektroniski. Pagaidām lūdzam sazināties ar sporta centra biroju."
                    "</p></main>", title="E-pakalpojumi")
        return m13_rows(home, stub)
    assert m13("Sadaļa tiek veidota.")["2"] == (False, "not_detected")
    assert m13("Sadaļa tiek veidota.")["3"] == (True, "detected")
    assert m13("Trases nomu var pieteikt arī elektroniski.")["2"] == (True, "detected")
