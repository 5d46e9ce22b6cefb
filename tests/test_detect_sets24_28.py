"""What the first runs on blind held-out sets 24 to 28 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from checks.siteview import SiteView
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page, rows, view

HOME = "http://www.iestade.gov.lv/"
START = page(HOME, "<p>Sākums</p>")


def _linked(docs: list[tuple[str, str, str]]) -> SiteView:
    """One page linking (link text, file name, type) documents."""
    links = "".join(f'<li><a href="/faili/{name}">{text}</a></li>' for text, name, _ in docs)
    found = [Document(HOME + f"faili/{name}", kind, text, found_on=HOME) for text, name, kind in docs]
    return view(page(HOME, f"<ul>{links}</ul>", docs=found))


def test_a_chat_button_that_opens_an_e_mail_is_no_chat():
    # ltv, pskus, lr: "💬 Tērzē ar mums" → mailto:
    mail = page(HOME, '<footer><a href="mailto:redakcija@iestade.lv?subject=Tērzēšana">💬 Tērzē ar mums</a></footer>')
    assert m07_rows(mail)["3"] == (False, "not_detected")
    assert contact_rows(mail)["M12"]["1"] == (False, "not_detected")
    chat = page(HOME, '<footer><a href="/tērzētava/">💬 Tērzē ar mums</a></footer>')
    assert m07_rows(chat)["3"] == (True, "detected")


def test_a_form_introduced_as_for_proposals_or_objections_is_a_question_form():
    # ltv: the paragraph before the form asks for "jautājums, ierosinājums vai iebildumi"
    form = ('<form><label>Vārds <input name="v"></label><label>Jūsu atsauksme <textarea name="t"></textarea></label>'
            "<button>Nosūtīt</button></form>")
    told = page(HOME + "atsauksmes/", "<h1>Skatītāju atsauksmes</h1><p>Vai jums ir jautājums, ierosinājums vai "
                f"iebildumi par raidījumiem? Rakstiet mums.</p>{form}")
    assert m07_rows(START, told)["6"] == (True, "detected")
    # pkc: "Lūdzam atbildēt uz dažiem jautājumiem" introduces a questionnaire, not a question form
    asked = page(HOME + "aptauja/", "<h1>Novērtējiet mūsu tīmekļvietni</h1><p>Lūdzam atbildēt uz dažiem jautājumiem "
                 f"par vietnes lietošanu.</p>{form}")
    assert m07_rows(START, asked)["6"] == (False, "not_detected")


def test_a_chat_windows_pre_chat_form_is_the_chat_not_a_question_form():
    # altum: <div id="altum-chat-window"><form>Vārds · Jūsu jautājums · Sākt sarunu</form></div>
    window = page(HOME, '<div id="altum-chat-window"><form><input name="vards"><label>Jūsu jautājums '
                  "<textarea name=\"j\"></textarea></label><button>Sākt sarunu</button></form></div>")
    assert m07_rows(window)["6"] == (False, "not_detected")


def test_a_pdf_of_survey_results_is_no_survey_to_review():
    # ltv: "Aptaujas “Mediju lietošanas paradumi” rezultātu prezentācija (PDF)"
    doc = Document(HOME + "f/aptauja-rezultati.pdf", "pdf", "Aptaujas “Mediju paradumi” rezultātu prezentācija (PDF)",
                   found_on=HOME)
    results = page(HOME, '<ul><li><a href="/f/aptauja-rezultati.pdf">Aptaujas “Mediju paradumi” rezultātu '
                   "prezentācija (PDF)</a></li></ul>", docs=[doc])
    assert m08_rows(results)["1"] == (False, "not_detected")


def test_for_enquiries_on_an_english_page_is_the_general_contact():
    # ltv: "For enquiries please write to ltv@…" on the English stub; "Jautājumi par …? Zvaniet" stays one
    english = page(HOME + "en/", '<p>Our content is available in Latvian. For enquiries please write to '
                   '<a href="mailto:info@iestade.lv">info@iestade.lv</a>.</p>', lang="en")
    assert contact_rows(START, english)["M11"]["2"] == (True, "detected")


def test_a_sentence_that_consultations_give_no_legal_help_refuses_no_phone():
    # at: "Zvaniet … 67020396 … Konsultācijas nesniedz juridisku palīdzību lietas būtībā."
    told = page(HOME + "lietas/", "<h2>Konsultācijas par lietas virzību</h2><p>Jautājumi par lietas virzību? Zvaniet "
                'kancelejai: <a href="tel:+37167020396">67020396</a> darba dienās no 8.30 līdz 17.00. Konsultācijas '
                "nesniedz juridisku palīdzību lietas būtībā.</p>")
    found = contact_rows(START, told)
    assert found["M11"]["1"] == (True, "detected") and found["M12"]["2"] == (True, "detected")


def test_booking_buying_on_the_internet_and_a_list_under_where_to_buy_are_e_services():
    # bkus, rakus: "Pierakstieties pie speciālista tiešsaistē"; lnao: "Biļetes var iegādāties … internetā"
    assert m13_rows(page(HOME, "<p>Pierakstieties pie speciālista tiešsaistē jebkurā laikā.</p>"))["1"] == (
        True, "detected")
    assert m13_rows(page(HOME, "<p>Biļetes var iegādāties kasē vai internetā – e-biļešu kasē.</p>"))["1"] == (
        True, "detected")
    # lnt: "Kur iegādāties" over "• tiešsaistē — Biļešu Paradīzes vietnē"
    tickets = page(HOME + "biletes/", "<h2>Kur iegādāties</h2><ul><li>teātra kasē;</li><li>tiešsaistē — Biļešu "
                   "Paradīzes vietnē.</li></ul>")
    assert m13_rows(START, tickets)["2"] == (True, "detected")


def test_proposals_questions_and_consultations_online_are_no_e_services():
    # vpr: "Kā iesniegt priekšlikumus" over "• elektroniski, sūtot uz e-pastu …"
    proposals = page(HOME + "apspriesana/", "<h2>Kā iesniegt priekšlikumus</h2><ul><li>elektroniski, sūtot uz "
                     "e-pastu plans@iestade.lv;</li></ul>")
    # lbtu: "Uzdot jautājumu vai iesniegt ierosinājumu tiešsaistē"; ldz: "Tiešsaistes konsultācijas: jautājumi par
    # mūsu pakalpojumiem? Rakstiet tērzētavā"
    ask = page(HOME + "kontakti/", "<p>Uzdot jautājumu vai iesniegt ierosinājumu tiešsaistē</p>")
    chat = page(HOME, "<p>Tiešsaistes konsultācijas: jautājumi par mūsu pakalpojumiem? Rakstiet tērzētavā.</p>")
    assert m13_rows(chat, proposals, ask)["3"] == (True, "detected")


def test_a_section_named_for_screen_readers_as_areas_of_activity_structures_the_homepage():
    # lma: <section aria-label="Darbības virzieni"> over four accordions
    folds = "".join(f"<details><summary>{t}</summary><p>Apraksts.</p></details>"
                    for t in ["Studijas", "Māksla un izstādes", "Pētniecība", "Mūžizglītība"])
    assert m08_rows(page(HOME, f'<section aria-label="Darbības virzieni">{folds}</section>'))["4"] == (True, "detected")


def test_a_count_of_applications_is_data_and_an_interface_specification_is_not():
    # rdc: "Pašvaldību e-pakalpojumu pieteikumu skaits 2025. gadā (CSV)" is a dataset, not an application form
    view = _linked([("E-pakalpojumu pieteikumu skaits 2025. gadā pa pašvaldībām (CSV)", "pieteikumi-2025.csv", "csv"),
                    ("Pieteikuma veidlapa (XLSX)", "pieteikums.xlsx", "xlsx")])
    assert [d.url for d in opendata.dataset_documents(view.site)] == [HOME + "faili/pieteikumi-2025.csv"]
    # rdc: "Datu apmaiņas saskarnes specifikācija (PDF)" describes an interface, it holds no data
    spec = _linked([("Datu apmaiņas saskarnes specifikācija, versija 3 (PDF)", "saskarne.pdf", "pdf")])
    assert rows(opendata.e18_03(spec), "E18_03")["2"] == (True, "detected")


def test_a_tile_inviting_to_rate_the_website_and_its_survey_of_the_site():
    # vpvkac: a row of link tiles; one "Novērtējiet mūsu tīmekļvietni! Īsa aptauja: …" → forms.gle
    tiles = ('<section class="tiles"><a class="tile" href="/pakalpojumi/"><span>Pakalpojumi</span><span>Valsts '
             'iestāžu pakalpojumi, ko varat pieteikt klientu centrā</span></a><a class="tile" '
             'href="https://forms.gle/abc"><span>Novērtējiet mūsu tīmekļvietni!</span><span>Īsa aptauja: vai vietnē '
             "viegli atradāt vajadzīgo?</span></a></section>")
    found, m07 = m08_rows(page(HOME, tiles)), m07_rows(page(HOME, tiles))
    assert found["2"] == (True, "detected") and found["8"] == (True, "detected")
    assert m07["2"] == (False, "not_detected")


def test_a_survey_of_the_portals_usability_is_a_survey_of_the_site():
    # lsm: "piedalies 3 minūšu aptaujā par portāla lietojamību" (visidati.lv), no rating verb: M08.1 and M08.8
    # (the conventions; the writer of set 25 also read it as an invitation to rate the site, M08.2, set 21 not)
    invite = page(HOME, '<p>Palīdzi mums: <a href="https://www.visidati.lv/aptauja/298/">piedalies 3 minūšu '
                  "aptaujā par portāla lietojamību</a></p>")
    found = m08_rows(invite)
    assert found["1"] == (True, "detected") and found["8"] == (True, "detected")
    assert found["2"] == (False, "not_detected") and m07_rows(invite)["2"] == (False, "not_detected")
    # iaui: the link's own text names the customer service, whatever the footer around it says of the site
    service = page(HOME, '<footer><p><a href="https://www.visidati.lv/aptauja/1/">Novērtējiet mūsu klientu '
                   "apkalpošanu</a></p><p>Vietnes karte · Par tīmekļvietni</p></footer>")
    assert m07_rows(service)["2"] == (True, "detected")


def test_an_impact_assessment_report_invites_no_rating():
    # ldz: "… iepazīties ar ietekmes uz vidi novērtējuma ziņojumu un … iesniegt rakstiskus priekšlikumus"
    notice = page(HOME, "<p>Aicinām iedzīvotājus iepazīties ar ietekmes uz vidi novērtējuma ziņojumu un līdz "
                  "13.12.2026. iesniegt rakstiskus priekšlikumus.</p>")
    assert m08_rows(notice)["2"] == (False, "not_detected")


def test_a_petition_platform_is_no_forum_and_a_zendesk_widget_without_chat_is_no_chat():
    # saeima: ManaBalss.lv collects signatures
    petition = page(HOME, '<p><a href="https://manabalss.lv/">ManaBalss.lv</a></p>')
    assert m07_rows(petition)["3"] == (False, "not_detected")
    # lsm: zESettings.webWidget.chat.suppress leaves the contact form
    zendesk = '<script src="https://static.zdassets.com/ekr/snippet.js?key=k"></script>'
    suppressed = "<script>window.zESettings = {webWidget: {chat: { suppress: true }}};</script>"
    assert m07_rows(page(HOME, "<p>Sākums</p>" + suppressed + zendesk))["3"] == (False, "not_detected")
    assert m07_rows(page(HOME, "<p>Sākums</p>" + zendesk))["3"] == (True, "detected")


def test_the_document_list_of_a_closed_issue_page_is_no_open_issue():
    # at: an issue page whose deadline passed 20 days ago lists the code in force; no date of its own
    issue = page(HOME + "aktualitates/kodekss/", "<main><h1>Komisija aicina izteikt viedokli par kodeksa "
                 "grozījumiem</h1><p>Priekšlikumus lūgums iesniegt līdz 09.11.2026., rakstot uz "
                 '<a href="mailto:etika@iestade.lv">etika@iestade.lv</a>.</p><ul><li><a href="/f/kodekss.pdf">'
                 "Spēkā esošais kodekss (PDF)</a></li></ul></main>", title="Komisija aicina izteikt viedokli")
    home = page(HOME, '<p><a href="/aktualitates/kodekss/">Aktualitātes</a></p>')
    assert m07_rows(home, issue)["1"] == (False, "not_detected")
    assert m06_rows(home, issue)["3"] == (False, "not_detected")


def test_press_reviews_are_no_feedback():
    # lnso: the menu item "Preses atsauksmes" lists critics' reviews
    reviews = page(HOME, '<ul><li><a href="/prese/">Preses atsauksmes</a></li></ul>')
    assert m08_rows(reviews)["8"] == (False, "not_detected")
    assert m08_rows(page(HOME, '<ul><li><a href="/atsauksmes/">Atsauksmes</a></li></ul>'))["8"] == (True, "detected")


def test_a_study_programme_council_to_join_and_a_consultations_with_the_public_section():
    # lbtu: "Aicinām … pieteikties darbam studiju programmu padomēs" (not admission to a programme)
    call = page(HOME + "padomes/", "<p>Aicinām nozaru asociāciju pārstāvjus pieteikties darbam studiju programmu "
                "padomēs.</p>")
    assert m07_rows(START, call)["4"] == (True, "detected")
    admission = page(HOME + "uznemsana/", "<p>Pieteikties studiju programmā var līdz 15. jūlijam.</p>")
    assert m07_rows(START, admission)["4"] == (False, "not_detected")
    # lb: the homepage heading link "Konsultācijas ar sabiedrību"
    home = page(HOME, '<h2><a href="/konsultacijas/">Konsultācijas ar sabiedrību</a></h2>')
    assert m06_rows(home)["1"] == (True, "detected")
