"""What the first runs on blind held-out sets 33 to 39 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page, rows, view

HOME = "http://www.iestade.gov.lv/"
START = page(HOME, "<p>Sākums</p>")


# --- M13: services received electronically -------------------------------------------------------------------


def test_the_national_portal_named_in_the_footer_says_no_service_is_online():
    # possessor, taiib: "Noderīgas saites: Valsts pārvaldes pakalpojumu portāls Latvija.gov.lv"
    footer = page(HOME, '<main><p>Sākums</p></main><footer><div>Noderīgas saites Valsts pārvaldes pakalpojumu portāls '
                  '<a href="https://www.latvija.gov.lv/">Latvija.gov.lv</a></div></footer>')
    assert m13_rows(footer)["3"] == (True, "detected")
    # … while a sentence that sends a service there still says it (vdi of set 4)
    told = page(HOME, "<p>Iesniegumu varat iesniegt elektroniski valsts pārvaldes pakalpojumu portālā "
                "Latvija.gov.lv.</p>")
    assert m13_rows(told)["1"] == (True, "detected")


def test_booking_buying_and_self_service_online_are_e_services():
    def section(text: str) -> dict:
        return m13_rows(START, page(HOME + "pakalpojumi/", f"<main><p>{text}</p></main>"))
    # airbaltic: "Rezervācija notiek tiešsaistē: izvēlieties lidojumu …"
    assert section("Rezervācija notiek tiešsaistē: izvēlieties lidojumu un samaksājiet ar karti.")["2"] == (
        True, "detected")
    # lvs: "Iegāde tiešsaistē. Standartus var iegādāties LVS e-veikalā"
    assert section("Standartus var iegādāties LVS e-veikalā.")["2"] == (True, "detected")
    # lmt: a list of tasks before "var tiešsaistē pašapkalpošanās vietnē" (98 characters apart)
    assert section("Rēķinus apmaksāt, tarifu mainīt, papildpakalpojumus pieslēgt un atteikt, kā arī numuru pārnest "
                   "uz LMT var tiešsaistē pašapkalpošanās vietnē Mana LMT.")["2"] == (True, "detected")
    # kki: "… rēķinu izsniedzam elektroniski …, tāpēc uz institūtu nav jābrauc"
    assert section("Testēšanas pārskatu izsniedzam elektroniski, tāpēc uz institūtu nav jābrauc.")["2"] == (
        True, "detected")


def test_a_long_paragraph_is_read_sentence_by_sentence():
    # liepu: the admissions paragraph is 440 characters; its first sentence says it
    filler = "Programmas izvēlies prioritārā secībā un pievieno centralizēto eksāmenu rezultātus. " * 4
    long = page(HOME + "uznemsana/", "<main><p>Pieteikumu var iesniegt elektroniski portālā Latvija.gov.lv. "
                f"{filler}</p></main>")
    assert m13_rows(START, long)["2"] == (True, "detected")


def test_a_chat_for_questions_about_services_is_no_e_service():
    # edi (set 31): "… Zvaniet pakalpojumu konsultantam … vai rakstiet tiešsaistes tērzēšanā"
    chat = page(HOME + "pakalpojumi/", "<main><p>Jautājumi par pakalpojumiem? Zvaniet pakalpojumu konsultantam "
                "67558160 darba dienās vai rakstiet tiešsaistes tērzēšanā šīs lapas apakšā.</p></main>")
    assert m13_rows(START, chat)["3"] == (True, "detected")


def test_documents_signed_electronically_and_sent_to_the_e_address_are_no_e_service():
    # rpa (set 11): a contacts page asks for e-signed documents at the official e-address
    contacts = page(HOME + "kontakti/", "<main><p>Dokumentus un iesniegumus, kas parakstīti ar drošu elektronisko "
                    "parakstu, lūdzam sūtīt uz oficiālo e-adresi.</p></main>")
    assert m13_rows(START, contacts)["3"] == (True, "detected")


# --- M08: homepage structure, surveys, rating and feedback, languages ----------------------------------------------


def card_grid(titles: list[str]) -> str:
    return "".join(f'<div class="card"><h3><a href="/{i}/">{t}</a></h3><p>Apraksts par šo sadaļu un tās saturu.</p>'
                   "</div>" for i, t in enumerate(titles))


def test_a_short_heading_ending_in_jomas_or_virzieni_names_areas():
    # taiib: "Izmeklēšanas jomas" over civil aviation, railways, shipping
    home = page(HOME, '<h2>Izmeklēšanas jomas</h2><ul><li><a href="/aviacija/">Civilā aviācija</a></li></ul>')
    assert m08_rows(home)["4"] == (True, "detected")


def test_a_grid_of_tasks_or_site_sections_is_no_areas_of_activity():
    # airbaltic: tiles "Biļetes — tiešsaistē …", "Reģistrējieties lidojumam tiešsaistē", "Pārvaldīt rezervāciju"
    tasks = card_grid(["Biļetes — tiešsaistē", "Reģistrējieties lidojumam", "Pārvaldīt rezervāciju",
                       "Rokas bagāža", "Ceļošana ar dzīvniekiem", "Palīdzība"])
    assert m08_rows(page(HOME, f"<main><div>{tasks}</div></main>"))["4"] == (False, "not_detected")
    # vdt: "Pirkt biļetes internetā", "Repertuārs", "Dāvanu kartes", "Izrādes", "Skatītāju aptauja", "Par teātri"
    sections = card_grid(["Pirkt biļetes internetā", "Repertuārs", "Dāvanu kartes", "Izrādes", "Skatītāju aptauja",
                          "Par teātri"])
    assert m08_rows(page(HOME, f"<main><div>{sections}</div></main>"))["4"] == (False, "not_detected")


def test_a_grid_of_policy_areas_below_the_news_names_areas():
    # daugavpils: modules "Izglītība", "Kultūra un sports", "Sociālā aizsardzība", "Pilsētas attīstība" after news
    areas = card_grid(["Izglītība", "Kultūra un sports", "Sociālā aizsardzība", "Pilsētas attīstība"])
    home = page(HOME, f'<main><h2><a href="/jaunumi/1/">Pabeigta ielas atjaunošana</a></h2><div>{areas}</div></main>')
    assert m08_rows(home)["4"] == (True, "detected")


def site_survey(heading: str) -> str:
    return (f"<h1>{heading}</h1><form><fieldset><legend>1. Cik bieži apmeklējat?</legend><input type=radio name=a>"
            "<input type=radio name=a></fieldset><fieldset><legend>2. Vai atradāt meklēto?</legend><input type=radio "
            "name=b><label>Jā</label><input type=radio name=b><label>Nē</label></fieldset><label>3. Ieteikumi</label>"
            "<textarea name=c></textarea></form>")


def test_a_website_visitors_survey_is_about_the_site_and_its_questions_invite_no_rating():
    # siva: "Tīmekļvietnes apmeklētāju aptauja" asks "Vai atradāt meklēto?" among five questions
    survey = page(HOME + "aptauja/", f"<main><div><p>Lūdzam atbildēt uz jautājumiem.</p>"
                  f"{site_survey('Tīmekļvietnes apmeklētāju aptauja')}</div></main>")
    found = m08_rows(START, survey)
    assert found["1"] == (True, "detected") and found["8"] == (True, "detected")
    assert found["2"] == (False, "not_detected")
    assert m07_rows(START, survey)["2"] == (False, "not_detected")


def test_satisfaction_and_visit_surveys_rate_the_service():
    # rpnc: "Pacientu apmierinātības anketa"
    patients = page(HOME + "aptauja/", site_survey("Pacientu apmierinātības anketa"))
    assert m08_rows(START, patients)["8"] == (True, "detected")
    # vdt: a tile titled "Skatītāju aptauja" (a Google Forms link) over "Kā jums klājās mūsu teātrī? …"
    tile = page(HOME, '<article><h2><a href="https://docs.google.com/forms/d/e/x/viewform">Skatītāju aptauja</a></h2>'
                "<p>Kā jums klājās mūsu teātrī? Novērtējiet kases un garderobes darbu.</p></article>")
    assert m08_rows(tile)["8"] == (True, "detected")


def test_a_guestbook_is_feedback():
    # sportamuzejs: "Viesu grāmata — Dalieties iespaidos par muzeja apmeklējumu!" with a text area
    book = page(HOME + "viesu-gramata/", "<h1>Viesu grāmata</h1><p>Dalieties iespaidos par muzeja apmeklējumu!</p>"
                '<form><textarea name="ieraksts"></textarea><input type="submit" value="Ierakstīt"></form>')
    assert m08_rows(START, book)["8"] == (True, "detected")


def test_a_full_english_homepage_that_names_one_latvian_only_study_is_no_stub():
    # valoda: "Our latest study … is available in Latvian" on an English homepage of 150+ words
    about = " ".join(["The agency advises on Latvian spelling, grammar and terminology."] * 18)   # 162 words
    home = page(HOME, '<p>Aģentūra</p><a href="/en/" hreflang="en">EN</a>')
    english = page(HOME + "en/", f"<main><p>{about}</p><p>Our latest study is available in Latvian.</p></main>",
                   lang="en")
    assert m08_rows(home, english)["5"] == (True, "detected")


# --- M09, M11, M12: consultations --------------------------------------------------------------------------------


def test_every_day_with_a_time_range_states_working_hours():
    # rundale: "Pa tālruni 63962197 pils kases darbinieki katru dienu no 10.00 līdz 18.00 konsultē par biļetēm"
    desk = page(HOME + "kontakti/", "<main><p>Pa tālruni 63962197 pils kases darbinieki katru dienu no 10.00 līdz "
                "18.00 konsultē par biļetēm un maršrutiem.</p></main>")
    assert contact_rows(START, desk)["M09"]["2"] == (True, "detected")


def test_an_information_service_around_the_clock_is_a_24_7_consultation():
    # dslimnica: "65 405 400 – visu diennakti … Sniedzam informāciju par pacientu uzņemšanu, pakalpojumiem"
    line = page(HOME + "kontakti/", "<main><p>Tālr. 65405400 – visu diennakti. Sniedzam informāciju par pacientu "
                "uzņemšanu, nodaļām un pakalpojumiem.</p></main>")
    assert contact_rows(START, line)["M09"]["1"] == (True, "detected")


def test_a_floating_write_to_us_button_is_a_general_contact():
    # cesis: <a href="mailto:dome@…" aria-label="Raksti mums"> straight in the body, after the footer, of a page
    # whose content names questions elsewhere
    body = page(HOME, "<main><p>Jautājumi par pakalpojumiem? Skatiet sadaļu Pakalpojumi.</p></main><footer><h2>"
                'Sekojiet mums</h2></footer><a class="chat-fab" href="mailto:dome@iestade.lv" aria-label="Raksti mums">'
                "✉</a>")
    assert contact_rows(body)["M11"]["2"] == (True, "detected")


def test_a_phone_column_under_a_consultations_heading_is_a_consultation_phone():
    # vmd (set 10), vpvb (set 17): "Virsmežniecības (konsultācijas par pakalpojumiem)" over a table whose
    # "Tālrunis" column holds the numbers
    table = page(HOME + "kontakti/", "<main><h2>Virsmežniecības (konsultācijas par pakalpojumiem)</h2><table><tr>"
                 "<th>Virsmežniecība</th><th>Tālrunis</th><th>Pieņemšanas laiki</th></tr><tr><td>Rīgas</td>"
                 "<td>67222620</td><td>P. 8.30–12.00</td></tr></table></main>")
    found = contact_rows(START, table)
    assert found["M11"]["1"] == (True, "detected") and found["M12"]["2"] == (True, "detected")


def test_a_public_hearing_watched_on_ms_teams_is_no_online_consultation():
    # ogre: "… vai rakstiski klientu apkalpošanas centrā … Publiskās apspriešanas sanāksme … attālināti MS Teams"
    hearing = page(HOME + "lidzdaliba/", "<main><p>Priekšlikumus iesniedziet klientu apkalpošanas centrā. Publiskās "
                   "apspriešanas sanāksmi varēs vērot attālināti MS Teams platformā.</p></main>")
    assert contact_rows(START, hearing)["M12"]["1"] == (False, "not_detected")


# --- M06, M07: participation -----------------------------------------------------------------------------------


def test_a_forum_link_in_a_passage_about_an_event_is_a_conference():
    # va: "Forumā uzstāsies pētnieki …, reģistrēties var foruma mājaslapā forums.va.lv"
    news = page(HOME + "jaunumi/", "<main><p>Forumā uzstāsies pētnieki, notiks paneļdiskusija; reģistrēties var "
                '<a href="https://forums.iestade.lv/">forums.iestade.lv</a>.</p></main>')
    assert m07_rows(START, news)["3"] == (False, "not_detected")


def test_a_skype_link_that_starts_a_call_is_no_chat():
    # vaivari: "videozvanā Skype: <a href="skype:…?call">"
    call = page(HOME + "pieraksts/", '<main><p>Konsultācijas videozvanā Skype: <a href="skype:iestade.konsultacijas'
                '?call">iestade.konsultacijas</a></p></main>')
    assert m07_rows(START, call)["3"] == (False, "not_detected")
    assert contact_rows(START, call)["M12"]["1"] == (True, "detected")     # still an online consultation


def test_attendance_lists_and_summaries_of_council_meetings():
    # cesis: "<p><strong>Sēdē piedalās:</strong> …</p><p><strong>Sēdes kopsavilkums:</strong> …</p>" on "Domes sēdes"
    bold = page(HOME + "sedes/", "<main><h1>Domes sēdes</h1><div><p><strong>Sēdē piedalās:</strong> deputāti A. "
                "Bērziņa, K. Dambis.</p><p><strong>Sēdes kopsavilkums:</strong> apstiprināts budžets.</p></div></main>",
                title="Domes sēdes")
    assert m07_rows(START, bold)["5"] == (True, "detected")
    # valmiera: a table headed "Sēde | Piedalās | Kopsavilkums" on the page "Domes sēdes"
    table = page(HOME + "sedes/", "<main><table><tr><th>Sēde</th><th>Piedalās</th><th>Kopsavilkums</th></tr><tr>"
                 "<td>Nr. 14</td><td>J. Baiks, K. Ēķis</td><td>Apstiprināti budžeta grozījumi.</td></tr></table>"
                 "</main>",
                 title="Domes sēdes")
    assert m07_rows(START, table)["5"] == (True, "detected")
    # jelgava: "Domes kārtējā sēde Nr. 5" with "Sēdē piedalās" and "Pieņemtie lēmumi (kopsavilkums)"
    meeting = page(HOME + "sede-5/", "<main><h2>Sēdē piedalās</h2><p>Deputāti: I. Jakovļeva, A. Rublis.</p><h2>"
                   "Pieņemtie lēmumi (kopsavilkums)</h2><p>Apstiprināts budžets.</p></main>",
                   title="Domes kārtējā sēde Nr. 5")
    assert m07_rows(START, meeting)["5"] == (True, "detected")


def test_minutes_kept_in_a_secretariat_are_not_published():
    # riga: "Padomju sastāvu apstiprina …; sēžu protokoli glabājas padomju sekretariātos."
    kept = page(HOME + "padomes/", "<main><p>Konsultatīvās padomes sniedz ieteikumus. Padomju sastāvu apstiprina dome; "
                "sēžu protokoli glabājas padomju sekretariātos.</p></main>")
    value, status = m07_rows(START, kept)["5"]
    assert value is not True and status != "detected"


def test_a_consultation_card_under_a_current_consultations_heading_is_a_notice():
    # vidzemesslimnica: "<h2>Šobrīd apspriešanā</h2><div class="card"><h3><a>Stratēģija (projekts)</a></h3>
    # <p>Priekšlikumu iesniegšanas termiņš: …</p></div>", its page with the draft and an e-mail address
    listing = page(HOME + "lidzdaliba/", '<main><h2>Šobrīd apspriešanā</h2><div class="card"><h3><a href="/lidzdaliba/'
                   'strategija/">Attīstības stratēģija 2026–2030 (projekts)</a></h3><p>Priekšlikumu iesniegšanas '
                   "termiņš: 17.12.2026.</p></div></main>")
    home = page(HOME, '<a href="/lidzdaliba/">Sabiedrības līdzdalība</a>')
    assert m07_rows(home, listing)["1"] == (True, "detected")


def test_the_tap_portals_front_page_on_a_page_that_says_nothing_is_open_is_no_issue():
    # satv: "… tās tīmekļvietnē netiek rīkotas sabiedriskās apspriešanas. … pieejami Tiesību aktu projektu portālā"
    page_ = page(HOME + "lidzdaliba/", "<main><p>Iestāde neizstrādā likumprojektus, tāpēc tās tīmekļvietnē netiek "
                 "rīkotas sabiedriskās apspriešanas.</p><p>Tiesību aktu projekti, kas nodoti sabiedriskajai "
                 'apspriešanai, ir pieejami <a href="https://tapportals.mk.gov.lv/">Tiesību aktu projektu portālā</a>. '
                 "Tur ikviens var iesniegt priekšlikumus.</p></main>")
    found = m06_rows(page(HOME, '<a href="/lidzdaliba/">Sabiedrības līdzdalība</a>'), page_)
    assert found["3"] == (False, "not_detected") and found["2"][1] == "not_detected"


def test_a_consultation_reported_completed_is_no_current_issue():
    # jelgava: "Public consultation on the city development programme completed" (five days ago)
    news = page(HOME, "<ul><li>24.11.2026. Public consultation on the development programme completed</li></ul>")
    assert m07_rows(news)["1"] == (False, "not_detected")


# --- E18_03: files that could be open data ------------------------------------------------------------------------


def e18_03(link: str, url: str, heading: str = "Dokumenti") -> dict:
    doc = Document(url, "pdf", link, found_on=HOME)
    return rows(opendata.e18_03(view(page(HOME, f'<h1>{heading}</h1><p><a href="{url}">{link}</a></p>', docs=[doc]))),
                "E18_03")


def test_rules_explanatory_notes_and_policy_drafts_hold_no_data_and_a_monitoring_does():
    # pv: carriage rules; a timetable consultation's explanatory note (its file name says "saraksta")
    assert e18_03("Pasažieru pārvadājumu noteikumi", HOME + "parvadajumu-noteikumi.pdf")["2"] == (True, "detected")
    assert e18_03("Paskaidrojuma raksts (PDF)", HOME + "saraksta-projekts-paskaidrojums.pdf")["2"] == (True, "detected")
    # lumii: "Politikas projekts (PDF)" on the page "Datu pārvaldības politika"
    assert e18_03("Politikas projekts (PDF)", HOME + "politikas-projekts.pdf",
                  heading="Datu pārvaldības politika")["2"] == (True, "detected")
    # va: "Absolventu monitorings 2025: nodarbinātība un ienākumi (PDF)"
    assert e18_03("Absolventu monitorings 2025 (PDF)", HOME + "absolventu-monitorings-2025.pdf")["1"] == (
        True, "detected")
