"""What the first runs on blind held-out sets 210 to 236 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time, detect_helpers.NOW, is 29.11.2026)."""

from __future__ import annotations

from checks import features
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


def test_a_council_in_an_e_mail_address_invites_no_one_to_join_it():
    # pavilostaszvejnieki /en/services/ (the institution is a fisheries board, "padome"): "Berth places — Apply in
    # person or by e-mail to padome@pavilostaszvejnieki.lv."
    def m07_4(sentence: str) -> tuple:
        services = page(HOME + "en/services/", f"<main><h1>Services</h1><h2>Berth places</h2><p>{sentence}</p></main>",
                        lang="en", title="Services")
        return m07_rows(page(HOME, "<main><h1>Sākums</h1></main>"), services)["4"]
    assert m07_4("Apply in person or by e-mail to padome@iestade.lv.") == (False, "not_detected")
    assert m07_4("Apply to join the advisory council by e-mail to info@iestade.lv.") == (True, "detected")


def test_a_consultation_received_by_phone_or_online_is_no_e_service():
    # pavilostaszvejnieki homepage: "Jautājumi par zvejas limitiem? <a href="/konsultacijas/">Saņemiet konsultāciju pa
    # tālruni vai tiešsaistē</a>."
    def m13_1(sentence: str) -> tuple:
        return m13_rows(page(HOME, f"<main><h1>Sākums</h1><p>{sentence}</p></main>"))["1"]
    assert m13_1('Jautājumi par zvejas limitiem? <a href="/konsultacijas/">Saņemiet konsultāciju pa tālruni vai '
                 "tiešsaistē</a>.") == (False, "not_detected")
    assert m13_1("Pieteikumu zvejas rīku limitam var iesniegt tiešsaistē.") == (True, "detected")
    # a consultation booked online is (jurmalasrehabilitacija of set 119: "rezervējiet procedūras un rehabilitologa
    # konsultāciju tiešsaistē")
    assert m13_1("Rezervējiet rehabilitologa konsultāciju tiešsaistē.") == (True, "detected")


def test_a_number_to_book_an_in_person_consultation_is_no_consultation_line():
    # mersragazvejnieki /pakalpojumi/: "<li><strong>Konsultācijas</strong> par limitiem un nozvejas žurnāliem – WhatsApp
    # darba dienās 9.00–17.00 vai klātienē pēc pieraksta (pieraksts pa tālruni 26455813 vai tiešsaistē).</li>"
    def m12_2(booking: str) -> tuple:
        services = page(HOME + "pakalpojumi/", "<main><h1>Pakalpojumi</h1><ul><li><strong>Konsultācijas</strong> par "
                        "limitiem un nozvejas žurnāliem – WhatsApp darba dienās 9.00–17.00 vai klātienē pēc pieraksta "
                        f"({booking} 26455813).</li></ul></main>", title="Pakalpojumi")
        return contact_rows(page(HOME, "<main><h1>Sākums</h1></main>"), services)["M12"]["2"]
    assert m12_2("pieraksts pa tālruni") == (False, "not_detected")
    assert m12_2("arī pa tālruni") == (True, "detected")


def test_a_survey_on_the_variants_of_a_decision_is_a_current_issue():
    # aluksnesslepotrase /lidzdaliba/: a tile "<h3>Aktuāli: jaunās trases maršruts</h3><p>Aptauja par trim maršruta
    # variantiem Vecumu mežā. Atbildes gaidām līdz …</p>" linking the issue page
    def m07_1(subject: str) -> tuple:
        home = page(HOME, '<main><h1>Sākums</h1><a href="/lidzdaliba/">Sabiedrības līdzdalība</a></main>')
        section = page(HOME + "lidzdaliba/", '<main><h1>Sabiedrības līdzdalība</h1><div class="tiles"><a class="tile" '
                       f'href="/lidzdaliba/marsruts/"><h3>Aktuāli: jaunās trases maršruts</h3><p>Aptauja par {subject}'
                       " Vecumu mežā. Atbildes gaidām līdz 19.12.2026.</p></a></div></main>", title="Līdzdalība")
        return m07_rows(home, section)["1"]
    assert m07_1("trim maršruta variantiem") == (True, "detected")
    assert m07_1("slēpošanas paradumiem") == (False, "not_detected")


def test_a_label_opening_a_paragraph_with_its_own_contact_labels_no_next_paragraph():
    # mersragazvejnieki /kontakti/: "<p><strong>Konsultācijas tiešsaistē:</strong> rakstiet mums <a wa.me>WhatsApp</a>
    # darba dienās 9.00–17.00 …</p><p class="small">Vides piesārņojuma vai maluzvejas gadījumā: Valsts vides dienesta
    # diennakts tālrunis 26338800.</p>"
    def m12_2(first: str, second: str) -> tuple:
        contacts = page(HOME + "kontakti/", f"<main><h1>Kontakti</h1><p>{first}</p><p>{second}</p></main>",
                        title="Kontakti")
        return contact_rows(page(HOME, "<main><h1>Sākums</h1></main>"), contacts)["M12"]["2"]
    assert m12_2('<strong>Konsultācijas tiešsaistē:</strong> rakstiet mums <a href="https://wa.me/37126455812">'
                 "WhatsApp</a> darba dienās 9.00–17.00.", "Vides piesārņojuma vai maluzvejas gadījumā: Valsts vides "
                 "dienesta diennakts tālrunis 26338800.") == (False, "not_detected")
    # a label over no contact of its own labels the line under it
    assert m12_2("<strong>Konsultācijas par zvejas limitiem:</strong> darba dienās 9.00–17.00",
                 "Tālrunis 26338800.") == (True, "detected")


def test_applications_to_a_working_group_that_closed_invite_no_one():
    # rezeknesarheologi /lidzdaliba/darba-grupa/: "Pieteikšanās darba grupai noslēdzās 04.08.2026.; jaunus dalībniekus
    # darba grupā šobrīd neuzņemam."
    def m07_4(sentence: str) -> tuple:
        group = page(HOME + "lidzdaliba/darba-grupa/", "<main><h1>Darba grupa</h1><p>Darba grupa izveidota "
                     f"koncepcijas izstrādei. {sentence}</p></main>", title="Darba grupa")
        return m07_rows(page(HOME, "<main><h1>Sākums</h1></main>"), group)["4"]
    assert m07_4("Pieteikšanās darba grupai noslēdzās 04.08.2026.") == (False, "not_detected")
    assert m07_4("Jaunus dalībniekus darba grupā šobrīd neuzņemam.") == (False, "not_detected")
    assert m07_4("Pieteikšanās darba grupai atvērta līdz 14.12.2026.") == (True, "detected")


def test_an_e_services_page_in_development_says_nothing_of_services():
    # rezeknesarheologi: menu "E-pakalpojumi" → "Sadaļa ir izstrādes stadijā. Drīzumā šeit būs pieejami pārvaldes
    # e-pakalpojumi."
    def m13_1(note: str) -> tuple:
        home = page(HOME, '<header><nav><a href="/e-pakalpojumi/">E-pakalpojumi</a></nav></header><main><h1>Sākums</h1>'
                    "</main>")
        return m13_rows(home, page(HOME + "e-pakalpojumi/", f"<main><h1>E-pakalpojumi</h1><div>{note}</div></main>",
                                   title="E-pakalpojumi"))["1"]
    assert m13_1("Sadaļa ir izstrādes stadijā. Drīzumā šeit būs pieejami pārvaldes e-pakalpojumi.") == (
        False, "not_detected")
    assert m13_1("Atļauju pieteikumu var iesniegt e-pakalpojumā Latvija.gov.lv.") == (True, "detected")


def test_an_address_for_objections_to_a_plan_is_no_consultation_contact():
    # gulbenesmezsargi /zinas/mezaparka-iecere/ (the homepage repeats the post): "Kā izteikt viedokli: priekšlikumus un
    # iebildumus rakstiski sūtiet uz e-pastu <a>mezaparks@gulbene.lv</a> vai iesniedziet Valsts un pašvaldības
    # vienotajā klientu apkalpošanas centrā (Ābeļu iela 2) līdz …"
    def m11_1(sentence: str) -> tuple:
        post = page(HOME + "zinas/iecere/", f"<main><h1>Mežaparka labiekārtošana</h1><p>{sentence}</p></main>",
                    title="Mežaparka labiekārtošana")
        return contact_rows(page(HOME, "<main><h1>Sākums</h1></main>"), post)["M11"]["1"]
    assert m11_1('Priekšlikumus un iebildumus rakstiski sūtiet uz e-pastu <a href="mailto:parks@iestade.lv">'
                 "parks@iestade.lv</a> vai iesniedziet klientu apkalpošanas centrā līdz 23.12.2026.") == (
        False, "not_detected")
    assert m11_1('Jautājumus rakstiski sūtiet uz e-pastu <a href="mailto:parks@iestade.lv">parks@iestade.lv</a> vai '
                 "uzdodiet klientu apkalpošanas centrā.") == (True, "detected")


def test_the_founding_municipalitys_information_line_and_a_group_booking_line_are_no_consultation_lines():
    # siguldasdabasmaja /kontakti/: "Grupu pieteikšanas tālrunis (tikai ekskursiju un nodarbību rezervācijām):
    # <a tel>29184562</a>" … "Siguldas novada pašvaldības informatīvais tālrunis: 67970844"
    def m12_2(line: str) -> tuple:
        contacts = page(HOME + "kontakti/", '<main><h1>Kontakti</h1><div class="entry-content"><p><strong>Siguldas '
                        f"dabas māja</strong><br>Gaujas iela 9, Sigulda</p><p>{line}</p><p>E-pasts: info@iestade.lv</p>"
                        "</div></main>",
                        title="Kontakti – Siguldas dabas māja")
        home = page(HOME, "<main><h1>Sākums</h1></main>", title="Sākums – Siguldas dabas māja")
        return contact_rows(home, contacts)["M12"]["2"]
    assert m12_2("Siguldas novada pašvaldības informatīvais tālrunis: 67970844") == (False, "not_detected")
    # (the page's consultation words, "informatīvais tālrunis" on the site, reach the booking line through its holder)
    assert m12_2("Grupu pieteikšanas tālrunis (tikai ekskursiju un nodarbību rezervācijām): "
                 '<a href="tel:+37129184562">29184562</a></p><p>Konsultācijas par dabas takām sniedzam klātienē.') == (
        False, "not_detected")
    assert m12_2("Dabas mājas informatīvais tālrunis: 67970844") == (True, "detected")


def test_a_survey_on_a_planned_change_is_a_current_issue():
    # ogresakvaparks homepage tile: "<h3>Aptauja: darba laiks pirmdienās</h3><p>Plānojam mainīt akvaparka darba laiku
    # pirmdienās. Aizpildi aptauju līdz …!</p><a href="https://www.visidati.lv/aptauja/…">Aizpildīt aptauju</a>"
    def rows(plan: str) -> tuple:
        home = page(HOME, f'<main><h1>Sākums</h1><div class="flize"><h3>Aptauja: darba laiks pirmdienās</h3><p>{plan} '
                    "Aizpildi aptauju līdz 11.12.2026.!</p><a href=\"https://www.visidati.lv/aptauja/2184733/\">"
                    "Aizpildīt aptauju</a></div></main>")
        return m06_rows(home)["2"], m07_rows(home)["1"]
    assert rows("Plānojam mainīt akvaparka darba laiku pirmdienās.") == ((True, "detected"), (True, "detected"))
    assert rows("Cik bieži apmeklējat akvaparku pirmdienās?") == ((False, "not_detected"), (False, "not_detected"))


def test_a_chat_for_questions_in_the_next_sentence_leaves_an_e_service_one():
    # salaspilsakvaparks /pakalpojumi/: "<h2>E-pakalpojumi</h2><p>Biļetes un abonementus var iegādāties elektroniski
    # <a>e-veikalā</a>, bet bērnu pieteikšana peldētapmācībai notiek tiešsaistē. Ja rodas jautājumi par e-veikala
    # lietošanu, zvaniet … vai rakstiet tērzētavā.</p>"
    def m13_2(first: str) -> tuple:
        services = page(HOME + "pakalpojumi/", f"<main><h1>Pakalpojumi</h1><h2>Peldēšana</h2><p>{first} Ja rodas "
                        "jautājumi par e-veikala lietošanu, zvaniet +371 67945500 vai rakstiet tērzētavā.</p></main>",
                        title="Pakalpojumi")
        return m13_rows(page(HOME, "<main><h1>Sākums</h1></main>"), services)["2"]
    assert m13_2("Biļetes un abonementus var iegādāties elektroniski e-veikalā.") == (True, "detected")
    assert m13_2("Biļetes un abonementus var iegādāties kasē.") == (False, "not_detected")
    # the chat's own sentence says no service is online
    assert m13_2("Ja rodas jautājumi par pakalpojumiem, rakstiet mums tērzētavā tiešsaistē.") == (False, "not_detected")


def test_a_bare_link_to_the_national_portal_in_a_footer_column_of_services_is_no_e_service():
    # ropazurobotika footer: "<h5>Pakalpojumi</h5><ul><li><a>Pieteikšanās pulciņam</a></li><li><a>Visi pakalpojumi</a>
    # </li><li><a href="https://www.ropazi.lv/">Ropažu novada pašvaldība</a></li><li><a href="https://www.latvija.gov.lv/">
    # Latvija.gov.lv</a></li></ul>"
    def m13_1(last: str) -> tuple:
        home = page(HOME, '<main><h1>Sākums</h1></main><footer><div><div><h5>Pakalpojumi</h5><ul><li><a href="/pak/'
                    'pieteiksanas/">Pieteikšanās pulciņam</a></li><li><a href="/pak/">Visi pakalpojumi</a></li><li><a '
                    f'href="https://www.ropazi.lv/">Ropažu novada pašvaldība</a></li><li>{last}</li></ul></div></div>'
                    "</footer>")
        return m13_rows(home)["1"]
    assert m13_1('<a href="https://www.latvija.gov.lv/">Latvija.gov.lv</a>') == (False, "not_detected")
    assert m13_1('Pieteikties var <a href="https://www.latvija.gov.lv/">Latvija.gov.lv</a>') == (True, "detected")


def test_a_search_landmark_that_picks_a_date_is_no_site_search():
    # gulbenesastronomi homepage: '<form action="/pakalpojumi/" role="search" aria-label="Novērojumu kalendārs"><label>
    # Atrast novērojumu vakaru pēc datuma: <input type="date" name="datums"></label><button>Atrast vakaru</button>'
    def found(field: str) -> bool | None:
        home = page(HOME, f'<main><h1>Sākums</h1><form action="/pakalpojumi/" method="get" role="search" aria-label='
                    f'"Novērojumu kalendārs"><label>Atrast novērojumu vakaru: {field}</label><button type="submit">'
                    "Atrast</button></form></main>")
        return features.site_search([home]).value
    assert found('<input type="date" name="datums">') is False
    assert found('<input type="search" name="q">') is True
