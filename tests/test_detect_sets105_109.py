"""What the first runs on blind held-out sets 105 to 109 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import features, opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page, rows, view

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")
NAME = "Kuldīgas lauksaimniecības konsultāciju birojs"


def test_the_institutions_name_in_every_title_does_not_head_every_page_for_questions():
    # an advisory bureau's name ("… konsultāciju birojs") names consultations on every page; "Rakstiet mums" with an
    # address on its "Par mums" page invites no questions or proposals (M07.6), as on any other site
    home = page(HOME, "<main><p>Sākums</p></main>", title=f"Sākums | {NAME}")
    about = page(HOME + "par-mums/", "<main><h1>Par mums</h1><p>Rakstiet mums: birojs@kuldiga.lv</p></main>",
                 title=f"Par mums | {NAME}")
    assert m07_rows(home, about)["6"] == (False, "not_detected")
    # under the bureau's own "Konsultācijas" page the same words still do
    advice = page(HOME + "konsultacijas/", "<main><h1>Konsultācijas</h1><p>Rakstiet mums: birojs@kuldiga.lv</p></main>",
                  title=f"Konsultācijas | {NAME}")
    assert m07_rows(home, advice)["6"] == (True, "detected")


def _linked_from(page_url: str, title: str, name: str, text: str, before: str = "") -> dict:
    url = HOME + "dokumenti/" + name
    doc = Document(url, name.rsplit(".", 1)[1], text, found_on=page_url)
    body = f'<main><h1>{title}</h1>{before}<ul><li><a href="{url}">{text}</a></li></ul></main>'
    return rows(opendata.e18_03(view(START, page(page_url, body, title=title, docs=[doc]))), "E18_03")


def test_a_price_list_in_a_document_is_text_on_a_prices_page():
    # jurmalasturisms, liepajassportacentrs …: "maksas pakalpojumu cenrādis (PDF)" listed on "Cenas" / "Pakalpojumi"
    found = _linked_from(HOME + "cenas/", "Cenas", "cenradis-2026.pdf", "Maksas pakalpojumu cenrādis (PDF)")
    assert found["1"] == (False, "not_detected")
    # a statistics report on the same page still is data
    found = _linked_from(HOME + "cenas/", "Cenas", "apmeklejumu-statistika.pdf", "Apmeklējumu statistika 2025 (PDF)")
    assert found["1"] == (True, "detected")


def test_a_consultations_annex_that_names_statistics_is_data():
    # jelgavasenergoagentura: the heating plan's consultation page lists the draft and "1. pielikums. Siltumenerģijas
    # patēriņa un zudumu statistika 2020–2025 (PDF)"; the draft stays the consultation's paper
    title = "Sabiedriskā apspriešana: siltumapgādes attīstības plāns"
    annex = _linked_from(HOME + "apspriesana/", title, "pielikums-paterins-2020-2025.pdf",
                         "1. pielikums. Siltumenerģijas patēriņa un zudumu statistika 2020–2025 (PDF)")
    assert annex["1"] == (True, "detected")
    places = _linked_from(HOME + "apspriesana/", title, "pagalmu-saraksts.pdf", "Pagalmu saraksts un karte (PDF)")
    assert places["1"] == (False, "not_detected")


def test_a_stub_version_is_no_language_version_whose_news_must_be_fresh():
    # daugavpilsturisms: LV and RU news of last week, and an English "under construction" page of 20 words
    home = page(HOME, '<a href="/ru/" hreflang="ru">RU</a> <a href="/en/" hreflang="en">EN</a><main><h2>Jaunumi</h2>'
                "<p>25.11.2026. Tūrisma informācijas centrs atvēris jaunu izstādi pilsētas vēstures muzejā.</p></main>")
    ru = page(HOME + "ru/", "<main><h2>Новости</h2><p>24.11.2026. Туристический информационный центр открыл новую "
              "выставку в музее истории города.</p></main>", lang="ru")
    en = page(HOME + "en/", "<main><h1>Welcome</h1><p>The English version of our website is under construction. "
              "Thank you for your patience.</p></main>", lang="en")
    assert m08_rows(home, ru, en)["6"] == (True, "detected")
    lv_en = page(HOME, home.html.replace('<a href="/ru/" hreflang="ru">RU</a>', ""))
    assert m08_rows(lv_en, en)["6"] == (False, "not_detected")     # Latvian news alone is news in one language


def test_a_head_count_of_members_is_no_member_list():
    # daugavpilsturisms /padome/protokols-12/ (HTML 4.01 tables): "Sēdē piedalās 7 no 9 padomes locekļiem" over the
    # agenda's items, in one content cell
    minutes = page(HOME + "padome/protokols-12/", "<table><tr><td><p>Tūrisma padomes sēdes protokols Nr. 12</p><p>Sēdē"
                   " piedalās 7 no 9 padomes locekļiem, aģentūras pārstāvji. Darba kārtība:</p><ol><li>Par tūrisma "
                   "zīmola koncepciju.</li><li>Par 2027. gada pasākumu plānu.</li></ol><p>Nolemj:</p><ol><li>Atbalstīt "
                   "plānu ar padomes locekļu ieteiktajiem papildinājumiem.</li></ol></td></tr></table>",
                   title="Padomes sēdes protokols Nr. 12")
    assert m07_rows(START, minutes)["5"] == (False, "needs_review")   # minutes, and no member named
    named = page(HOME + "padome/", "<main><h1>Tūrisma padome</h1><p>Padomes sastāvs: Anna Bērziņa, Jānis Ozols, "
                 "Ilze Kalniņa.</p></main>", title="Tūrisma padome")
    assert m07_rows(START, minutes, named)["5"] == (True, "detected")


def test_a_news_headline_does_not_sit_under_the_headline_before_it():
    # ludzaskonsultacijas /aktualitates/: "Konsultatīvās padomes sēde" then "Birojs piedalās izstādē „Latgales lauki”"
    news = page(HOME + "aktualitates/", "<main><h1>Aktualitātes</h1><article><h2>Konsultatīvās padomes sēde</h2><p>"
                "Padome apsprieda semināru plānu. Sēdes kopsavilkums publicēts.</p></article><article><h2>Birojs "
                "piedalās izstādē „Latgales lauki”</h2><p>Gaidām jūs stendā.</p></article></main>",
                title=f"Aktualitātes | {NAME}")
    assert m07_rows(START, news)["5"] == (False, "needs_review")   # a summary, and no member list


def test_a_documents_link_of_the_sites_menu_is_no_issues_papers():
    # ventspilssportacentrs (HTML 4.01 tables): the menu column's "Dokumenti" beside a consultation notice whose
    # papers can only be seen at the office
    menu = ('<table><tr><td><a href="/">Sākums</a></td></tr><tr><td><a href="/dokumenti/">Dokumenti</a></td></tr>'
            "</table>")
    home = page(HOME, f'{menu}<p><a href="/jaunumi/iecere/">Aicinām izteikt viedokli par stadiona ieceri</a></p>')
    notice = page(HOME + "jaunumi/iecere/", f"{menu}<p>Aicinām izteikt viedokli par stadiona rekonstrukcijas ieceri. "
                  "Ar ieceres materiāliem var iepazīties administrācijā. Viedokli un priekšlikumus var iesniegt līdz "
                  "06.12.2026. e-pastā sports@iestade.lv.</p>", title="Aicinām izteikt viedokli par stadiona ieceri")
    assert m06_rows(home, notice)["3"][0] is not True
    # a link in the notice's text to where the draft is ("…/tarifu-projekti") holds its papers
    linked = page(HOME + "jaunumi/iecere/", f'{menu}<p>Aicinām izteikt viedokli par stadiona rekonstrukcijas ieceri. '
                  'Ar ieceri var iepazīties <a href="https://www.sprk.gov.lv/content/tarifu-projekti">regulatora '
                  "vietnē</a>. Viedokli un priekšlikumus var iesniegt līdz 06.12.2026. e-pastā sports@iestade.lv."
                  "</p>", title="Aicinām izteikt viedokli par stadiona ieceri")
    assert m06_rows(home, linked)["3"] == (True, "detected")


def test_a_footer_link_to_another_sites_participation_section_is_not_this_sites():
    # ogressportacentrs: footer "Sabiedrības līdzdalība Ogres novadā" → ogresnovads.lv
    elsewhere = '<a href="https://www.ogresnovads.lv/lv/sabiedribas-lidzdaliba">Sabiedrības līdzdalība Ogres novadā</a>'
    found = m06_rows(page(HOME, f"<main><p>Sākums</p></main><footer>{elsewhere}</footer>"))
    assert found["1"] == (False, "not_detected")
    own = '<a href="/sabiedribas-lidzdaliba/">Sabiedrības līdzdalība</a>'
    assert m06_rows(page(HOME, f"<main><p>Sākums</p></main><footer>{own}</footer>"))["1"] == (True, "detected")


def test_the_institutions_own_crisis_line_that_consults_is_a_consultation_line_around_the_clock():
    # rigasgimenescentrs /pakalpojumi/krizes-talrunis/
    own = page(HOME, "<main><h1>Krīzes tālrunis 67 037 000</h1><p>Krīzes tālrunis darbojas visu diennakti, 7 dienas "
               "nedēļā. Zvanam atbild sertificēti psihologi, kuri sniedz psiholoģisko konsultāciju krīzes situācijā."
               "</p></main>")
    assert contact_rows(own)["M09"]["1"] == (True, "detected")
    # another body's crisis line stays none (loto of set 36: "biedrības “Skalbes” krīzes un konsultāciju tālrunis")
    other = page(HOME, "<main><p>Ja jūtat, ka spēlēšana kļūst par problēmu, zvaniet biedrības “Skalbes” krīzes un "
                 "konsultāciju tālrunim 67222922 — tas strādā visu diennakti.</p></main>")
    assert contact_rows(other)["M09"]["1"][0] is False


def test_a_line_to_book_a_consultation_is_no_phone_consultation():
    # liepajasgimenescentrs /pakalpojumi/ "Kā pieteikties"
    body = ("<main><h1>Pakalpojumi</h1><h2>Kā pieteikties</h2><p>Pierakstīties uz konsultāciju var reģistratūrā "
            "Lielajā ielā 8 vai pa reģistratūras tālruni 63 400 700 darba laikā.</p></main>")
    assert contact_rows(page(HOME, body, title="Pakalpojumi"))["M12"]["2"] == (False, "not_detected")
    given = "<main><h1>Pakalpojumi</h1><p>Konsultācijas par pakalpojumiem pa tālruni 63 400 700 darba laikā.</p></main>"
    assert contact_rows(page(HOME, given, title="Pakalpojumi"))["M12"]["2"] == (True, "detected")


def test_a_fault_line_and_a_header_row_repeated_on_every_page_are_no_consultation_lines():
    # ventspilsenergoagentura (HTML 4.01 tables): "Siltumapgādes avārijas – SIA “Ventspils siltums” diennakts tālrunis
    # 63 622 222"; the header row "Tālr. 63 601 200 | info@…" on the page "E-pieteikums konsultācijai"
    header = "<table><tr><td>Ventspils aģentūra</td><td>Tālr. 63 601 200 | info@iestade.lv</td></tr></table>"
    home = page(HOME, f"{header}<p>Sākums</p>", title="Sākums - Aģentūra")
    form = page(HOME + "e-pieteikums/", f"{header}<h1>E-pieteikums konsultācijai</h1><p>Siltumapgādes avārijas – SIA "
                "“Ventspils siltums” diennakts tālrunis 63 622 222.</p>", title="E-pieteikums konsultācijai - Aģentūra")
    assert contact_rows(home, form)["M12"]["2"] == (False, "not_detected")


def test_a_webinar_and_a_passage_refusing_consultations_are_no_online_consultation():
    # ludzaskonsultacijas /vebinari/ and a webinar's news item
    refused = page(HOME, "<main><p>Vebināri notiek Zoom platformā. Individuālas konsultācijas vebināros netiek sniegtas"
                   ".</p></main>")
    webinar = page(HOME + "v/", "<main><p>8. decembrī Zoom platformā notiks vebinārs par marķējumu. Lektore – "
                   "konsultante Irēna Locāne.</p></main>")
    assert contact_rows(refused, webinar)["M12"]["1"] == (False, "not_detected")
    offered = page(HOME, "<main><p>Konsultācijas par pakalpojumiem Zoom platformā, iepriekš piesakoties.</p></main>")
    assert contact_rows(offered)["M12"]["1"] == (True, "detected")


def test_an_e_services_link_to_a_page_being_built_says_nothing_of_services():
    # madonaskonsultacijas: menu "E-pakalpojumi" → "Sadaļa tiek veidota. Atvainojamies par sagādātajām neērtībām!"
    home = page(HOME, '<main><p><a href="/e-pakalpojumi/">E-pakalpojumi</a></p></main>')
    stub = page(HOME + "e-pakalpojumi/", "<main><h1>E-pakalpojumi</h1><p>Sadaļa tiek veidota.</p></main>")
    assert m13_rows(home, stub)["3"] == (True, "detected")
    built = page(HOME + "e-pakalpojumi/", "<main><h1>E-pakalpojumi</h1><p>Pieteikumu var iesniegt tiešsaistē.</p>"
                 "</main>")
    assert m13_rows(home, built)["1"] == (True, "detected")


def test_a_form_that_signs_up_or_applies_is_no_question_form():
    # daugavpilsenergoagentura: a working group's form ("Motivācija", "Pieteikties") under "Darba grupa
    # siltumapgādes jautājumos"; rezeknekonsultacijas: a consultation booked with its "Jautājums" field
    join = page(HOME + "darba-grupa/", '<main><h1>Darba grupa siltumapgādes jautājumos</h1><form action="/p/"><label>'
                "Vārds</label><input name=v><label>Motivācija</label><textarea name=m></textarea><button>Pieteikties"
                "</button></form></main>", title="Darba grupa siltumapgādes jautājumos")
    book = page(HOME + "pieteikums/", '<main><h2>Konsultācijas tiešsaistē</h2><form action="/p/"><label>Jautājums'
                "</label><textarea name=j></textarea><button>Iesniegt pieteikumu</button></form></main>")
    assert m07_rows(START, join, book)["6"] == (False, "not_detected")
    ask = page(HOME + "jautajumi/", '<main><h2>Uzdodiet jautājumu</h2><form action="/p/"><label>Jautājums</label>'
               "<textarea name=j></textarea><button>Nosūtīt</button></form></main>")
    assert m07_rows(START, ask)["6"] == (True, "detected")


def test_a_lookup_box_named_for_its_subject_is_no_site_search():
    # valmieraskonsultacijas: "Jūsu pagasts" + "Meklēt" posting to /konsultanti/; daugavpilsenergoagentura: a
    # role=search form "Mājas adrese" posting to /renovacijas-statuss/
    parish = page(HOME, '<form action="/konsultanti/" method="get"><label for="pagasts">Jūsu pagasts</label>'
                  '<input id="pagasts" name="pagasts" type="search" placeholder="piem., Kocēnu"><button>Meklēt</button>'
                  "</form>")
    house = page(HOME, '<form action="/renovacijas-statuss/" role="search"><input aria-label="Mājas adrese" '
                 'name="adrese" type="search"><button>Meklēt</button></form>')
    assert features.site_search([parish]).value is False
    assert features.site_search([house]).value is False
    site = page(HOME, '<form action="/lv/rezultati/" role="search"><input aria-label="Meklēt vietnē" name="frase" '
                'type="search"><button>Meklēt</button></form>')
    assert features.site_search([site]).value is True
