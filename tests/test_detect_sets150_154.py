"""What the first runs on blind held-out sets 150 to 154 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from tests.detect_helpers import contact_rows, m06_rows, m07_rows, page

HOME = "http://www.iestade.lv/"


def test_admitting_pupils_on_an_assessment_commissions_opinion_is_no_call_to_join_it():
    # liepajasspecskola: /uznemsana/ "Izglītojamos uzņem ar pedagoģiski medicīniskās komisijas atzinumu. Pieteikties
    # var visu gadu."
    home = page(HOME, '<main><h1>Sākums</h1><p><a href="/uznemsana/">Uzņemšana</a></p></main>')
    def admission(text: str):
        return page(HOME + "uznemsana/", f"<main><h1>Uzņemšana</h1><p>{text}</p></main>", title="Uzņemšana")
    pupils = "Izglītojamos uzņem ar pedagoģiski medicīniskās komisijas atzinumu. Pieteikties var visu gadu."
    assert m07_rows(home, admission(pupils))["4"] == (False, "not_detected")
    council = "Skolas padomē aicinām pieteikties jaunus vecāku pārstāvjus. Pieteikties var visu gadu."
    assert m07_rows(home, admission(council))["4"] == (True, "detected")


def test_a_get_involved_link_to_a_page_on_taking_part_in_the_schools_decisions_is_the_participation_section():
    # valmierasspecskola: the menu's "Iesaisties" opens "Šeit aicinām vecākus, darbiniekus un sadarbības partnerus
    # piedalīties skolas lēmumu sagatavošanā." over tiles of a survey and a working group
    home = page(HOME, '<header><nav><a href="/iesaisties/">Iesaisties</a></nav></header><main><h1>Sākums</h1></main>')
    def section(text: str):
        return page(HOME + "iesaisties/", f"<main><h1>Iesaisties!</h1><p>{text}</p></main>", title="Iesaisties")
    decisions = "Šeit aicinām vecākus un darbiniekus piedalīties skolas lēmumu sagatavošanā."
    assert m06_rows(home, section(decisions))["1"] == (True, "detected")
    volunteering = "Šeit aicinām vecākus un darbiniekus palīdzēt skolas talkā."
    assert m06_rows(home, section(volunteering))["1"] == (False, "not_detected")


def test_consultations_in_the_chat_with_their_hours_make_the_chat_the_consultation_contact():
    # rezeknesspecskola: /kontakti/ "<strong>Konsultācijas vecākiem:</strong> tiešsaistes tērzētavā darba dienās
    # 9.00–15.00 (poga lapas apakšā)." beside the office's phone
    def contacts(chat: str):
        return page(HOME, "<main><h1>Kontakti</h1><p>Kanceleja: tālr. 64600000, e-pasts <a href='mailto:skola@x.lv'>"
                          f"skola@x.lv</a></p><p><strong>Konsultācijas vecākiem:</strong> {chat}</p></main>")
    assert contact_rows(contacts("tiešsaistes tērzētavā darba dienās 9.00–15.00."))["M11"]["1"] == (True, "detected")
    assert contact_rows(contacts("tiešsaistes tērzētavā."))["M11"]["2"] == (True, "detected")


def test_a_prompt_for_questions_over_a_chat_link_with_its_hours_is_the_consultation_contact():
    # gaizinatrase: every page's "<strong>Jautājumi?</strong><br><a href="https://wa.me/…">Raksti mums WhatsApp</a>
    # (darba dienās 9.00–18.00 …)"; the only phone says "konsultācijas pa šo tālruni netiek sniegtas"
    def home(prompt: str):
        return page(HOME, f"<main><h1>Sākums</h1><div><strong>{prompt}</strong><br><a href='https://wa.me/3712590311'>"
                          "Raksti mums WhatsApp</a> (darba dienās 9.00–18.00)</div><p>E-pasts: "
                          "<a href='mailto:info@x.lv'>info@x.lv</a></p></main>")
    assert contact_rows(home("Jautājumi?"))["M11"]["1"] == (True, "detected")
    assert contact_rows(home("Sekojiet mums"))["M11"]["2"] == (True, "detected")


def test_a_number_marked_as_a_messaging_apps_is_that_chat_not_a_phone_line():
    # ventspilsjahtuosta: "Konsultācijas … sniedzam WhatsApp tērzēšanā darba dienās no 8.00 līdz 18.00: +371 26543210
    # (WhatsApp)."
    def contacts(mark: str):
        return page(HOME, "<main><h1>Kontakti</h1><p>Konsultācijas par ostas pakalpojumiem sniedzam WhatsApp tērzēšanā "
                          "darba dienās no 8.00 līdz 18.00: <a href='https://wa.me/37126543210'>+371 26543210</a>"
                          f"{mark}.</p></main>")
    whatsapp = contact_rows(contacts(" (WhatsApp)"))
    assert whatsapp["M12"]["2"] == (False, "not_detected") and whatsapp["M12"]["1"] == (True, "detected")
    assert contact_rows(contacts(" (tālrunis)"))["M12"]["2"] == (True, "detected")


def test_a_paragraph_opening_with_a_number_under_a_duty_service_that_consults_is_its_phone():
    # liepajasjahtuosta: "<h2>Ostas dežūrdienests</h2><p><strong>+371 63427715</strong><br>VHF 14. kanāls</p><p>
    # Dežuranti visu diennakti konsultē par piestāšanos …</p>"
    def home(first: str):
        return page(HOME, f"<main><h1>Sākums</h1><div class='box'><h2>Ostas dežūrdienests</h2><p>{first}<br>VHF 14. "
                          "kanāls</p><p>Dežuranti visu diennakti konsultē par piestāšanos un ostas pakalpojumiem.</p>"
                          "</div></main>")
    found = contact_rows(home("<strong>+371 63427715</strong>"))
    assert found["M12"]["2"] == (True, "detected") and found["M09"]["1"] == (True, "detected")
    assert contact_rows(home("Zvaniet dežurantiem"))["M12"]["99"] == (True, "detected")   # no number given


def test_a_blogs_closed_comments_and_its_sidebar_of_other_posts_close_no_survey():
    # salacgrivasjahtuosta (WordPress): the survey post's excerpt on /jaunumi/ ends "Birkas: slips · Komentāri ir
    # slēgti"; the post's sidebar lists another post "Ostas akvatorijā pabeigta padziļināšana"
    sidebar = ('<aside class="widget-area"><h2>Jaunākie ieraksti</h2><ul><li><a href="/jaunumi/padzilinasana/">Ostas '
               "akvatorijā pabeigta padziļināšana</a></li></ul></aside>")
    news = page(HOME + "jaunumi/", '<main><article><h2><a href="/jaunumi/aptauja/">Aptauja: kur izvietot jauno slipu?'
                "</a></h2><p>28.11.2026.</p><p>Osta gatavo jaunā slipa projektu, un pirms lēmuma pieņemšanas vēlamies "
                "uzzināt jūsu viedokli aptaujā.</p><footer>Birkas: slips · Komentāri ir slēgti</footer></article>"
                "</main>" + sidebar, title="Jaunumi")
    post = page(HOME + "jaunumi/aptauja/", "<main><h1>Aptauja: kur izvietot jauno slipu?</h1><p>Aptauja atvērta līdz "
                "17.12.2026.</p><p><a href='https://forms.gle/Slips'>Aizpildīt aptauju</a></p></main>" + sidebar,
                title="Aptauja")
    home = page(HOME, '<main><h1>Sākums</h1><p><a href="/jaunumi/">Jaunumi</a></p></main>')
    assert m07_rows(home, news, post)["1"] == (True, "detected")
