"""What the first runs on blind held-out sets 50 to 59 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (the test time is 29.11.2026)."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import contact_rows, m06_rows, m07_rows, m08_rows, m13_rows, page, rows, view

HOME = "http://www.iestade.gov.lv/"
START = page(HOME, "<p>Sākums</p>")


def test_a_notice_without_a_deadline_on_an_issue_page_that_closed_later_is_past():
    # smiltene: "Publiskās apspriešanas sanāksme notika 04.11.2026." under "termiņš: no 15.10.2026. līdz 14.11.2026."
    issue = page(HOME + "detalplanojums/", "<main><h1>Detālplānojums Dakteru ielā 12</h1><p>Publiskās apspriešanas "
                 "termiņš: no 15.10.2026. līdz 14.11.2026.</p><p>Priekšlikumus varēja iesniegt Geolatvija.lv.</p>"
                 "<p>Publiskās apspriešanas sanāksme notika 04.11.2026. pašvaldības zālē.</p></main>")
    assert m07_rows(START, issue)["1"] == (False, "not_detected")
    assert m06_rows(START, issue)["3"] == (False, "not_detected")


def test_a_news_item_naming_an_issue_page_whose_deadline_passed_is_past():
    # dienvidkurzeme: a news item of 26 days ago links the page of its title, "… līdz" 5 days ago
    home = page(HOME, '<article><time>03.11.2026.</time> <a href="/parks/">Izsakiet viedokli par parka attīstības '
                "koncepciju</a></article>")
    issue = page(HOME + "parks/", "<main><h1>Izsakiet viedokli par parka attīstības koncepciju</h1><p>Koncepcija: "
                 '<a href="/k.pdf">koncepcija.pdf</a></p><p>Priekšlikumus var iesniegt līdz 24.11.2026., rakstot uz '
                 '<a href="mailto:a@dkn.lv">a@dkn.lv</a>.</p></main>')
    assert m07_rows(home, issue)["1"] == (False, "not_detected")
    assert m06_rows(home, issue)["2"] == (False, "not_detected")


def test_a_participatory_budget_vote_is_a_current_issue_with_its_way_to_take_part():
    # livani: "Līdzdalības budžets 2026 … Balsošana notiek līdz …" with "Balsot" to the page "Kā balsot … Tiešsaistē:"
    home = page(HOME, '<div class="alert"><p>Līdzdalības budžets 2026: projekti gaida jūsu balsi! Balsošana notiek '
                'līdz 08.12.2026.</p><a href="/budzets/">Balsot</a></div>')
    vote = page(HOME + "budzets/", '<main><h1>Līdzdalības budžets 2026</h1><p><a href="/p.pdf">Projektu apraksti '
                "(PDF)</a></p><h2>Kā balsot</h2><ul><li>Tiešsaistē: balso.novads.lv</li><li>Klātienē: klientu centrā"
                "</li></ul><p>Balsošana ilgst līdz 08.12.2026.</p></main>")
    found = m06_rows(home, vote)
    assert found["2"] == (True, "detected") and found["3"] == (True, "detected")
    assert m07_rows(home, vote)["1"] == (True, "detected")


def test_project_descriptions_hold_no_data():
    # livani: "projektu apraksti (PDF)" → lidzdalibas-budzets-2026-projekti.pdf ("budžets" in the name is no table)
    url = HOME + "f/lidzdalibas-budzets-2026-projekti.pdf"
    doc = Document(url, "pdf", "projektu apraksti (PDF)", found_on=HOME)
    home = page(HOME, f'<p>Projekti: <a href="{url}">projektu apraksti (PDF)</a></p>', docs=[doc])
    found = opendata.e18_03(view(home))
    assert rows(found, "E18_03")["2"] == (True, "detected")


def test_a_table_of_phones_takes_no_cue_from_the_grid_column_beside_it():
    # livani: a column "Pašvaldība … / Klientu apkalpošanas centrs … jautājumus … tērzētavā" beside a column with a
    # table "Struktūrvienība | Tālrunis"
    contacts = page(HOME + "kontakti/", '<main><div class="row"><div class="col"><h2>Pašvaldība</h2><p>Sekretāre: '
                    "65381800</p><h2>Klientu apkalpošanas centrs</h2><p>Jautājumus par pakalpojumiem varat uzdot "
                    'tērzētavā vai e-pastā <a href="mailto:e@novads.lv">e@novads.lv</a>.</p></div><div class="col">'
                    "<table><tr><th>Struktūrvienība</th><th>Tālrunis</th></tr><tr><td>Sociālais dienests</td>"
                    "<td>65307250</td></tr></table></div></div></main>")
    assert contact_rows(START, contacts)["M12"]["2"] == (False, "not_detected")


def test_patients_and_specialists_are_audiences():
    # tos: the main menu's "Pacientiem" and "Speciālistiem"
    home = page(HOME, '<nav><ul><li><a href="/par/">Par slimnīcu</a></li><li><a href="/pacientiem/">Pacientiem</a>'
                '</li><li><a href="/specialistiem/">Speciālistiem</a></li></ul></nav>')
    assert m08_rows(home)["3"] == (True, "detected")


def test_a_form_headed_as_an_application_is_no_survey():
    # lsk: "Pieteikuma anketa" to volunteer, with checkboxes "Kur vēlaties palīdzēt?"
    volunteer = page(HOME + "brivpratigajiem/", "<main><h1>Kļūsti par brīvprātīgo</h1><h2>Pieteikuma anketa</h2><form>"
                     '<input name="v"><input type="checkbox" name="a"> Paku izdale <input type="checkbox" name="b"> '
                     "Senioru apciemošana<button>Pieteikties</button></form></main>")
    assert m08_rows(START, volunteer)["1"] == (False, "not_detected")
    assert m07_rows(START, volunteer)["2"] == (False, "not_detected")


def test_staff_who_will_help_by_phone_are_a_consultation_contact():
    # gors, vas: "Neizdodas nopirkt biļeti internetā? Kases darbinieces palīdzēs pa tālruni 64607180 kases darba laikā"
    tickets = page(HOME + "biletes/", "<main><p><strong>Neizdodas nopirkt biļeti internetā?</strong> Kases darbinieces "
                   "palīdzēs pa tālruni 64607180 kases darba laikā.</p></main>")
    found = contact_rows(START, tickets)
    assert found["M11"]["1"] == (True, "detected") and found["M12"]["2"] == (True, "detected")


def test_have_a_question_over_we_will_answer_in_the_chat_is_a_consultation_contact():
    # cesukoncertzale: "Ir jautājums?" over "… ātrāk atbildēsim tērzētavā – ikona lapas labajā apakšējā stūrī"
    contacts = page(HOME + "kontakti/", "<main><p>Administrācija: 64121400</p><div><h2>Ir jautājums?</h2><p>Par "
                    "biļetēm un pasākumiem ātrāk atbildēsim tērzētavā – ikona lapas stūrī.</p></div></main>"
                    '<script src="https://code.tidio.co/abc.js"></script>')
    assert contact_rows(START, contacts)["M11"]["1"] == (True, "detected")


def test_how_to_become_a_working_group_member_is_an_invitation_to_apply():
    # rvkm: "Kā kļūt par darba grupas dalībnieku" … "Pieteikumus pieņemam visu gadu"
    group = page(HOME + "darba-grupa/", "<main><h1>Konsultatīvā darba grupa</h1><h2>Kā kļūt par darba grupas "
                 "dalībnieku</h2><p>Pieteikumus pieņemam visu gadu.</p></main>")
    assert m07_rows(START, group)["4"] == (True, "detected")


def test_what_a_council_meeting_discussed_and_agreed_is_its_summary():
    # valmierasteatris: "Tikšanās …", "Piedalījās: …", "Runājām par: …", "Norunāts: …"
    council = page(HOME + "padome/", "<main><h1>Skatītāju padome</h1><h2>Padomes tikšanās</h2><h3>Tikšanās 03.11.2026."
                   "</h3><p><strong>Piedalījās:</strong> padomes locekļi I. Bērziņa, A. Kalniņš.</p><p><strong>Runājām "
                   "par:</strong> repertuāru.</p><p><strong>Norunāts:</strong> izmēģināt 18:30 sākumu.</p></main>",
                   title="Skatītāju padome")
    assert m07_rows(START, council)["5"] == (True, "detected")


def test_a_wish_to_submit_documents_electronically_is_no_e_service():
    # vases: "biežākais ieteikums — ieviest iespēju iesniegt dokumentus elektroniski"
    survey = page(HOME + "aptauja/", "<main><p>Klientu aptaujā biežākais ieteikums — ieviest iespēju iesniegt "
                  "dokumentus elektroniski.</p></main>")
    assert m13_rows(START, survey)["3"] == (True, "detected")


def test_a_line_that_answers_questions_around_the_clock_is_a_24_7_consultation_line():
    # rpp: "Tālrunis 67181818. Dežuranti … atbild uz iedzīvotāju jautājumiem par … – 24 stundas diennaktī"
    contacts = page(HOME + "kontakti/", "<main><p>Tālrunis 67181818. Dežuranti pieņem ziņas par pārkāpumiem un atbild "
                    "uz iedzīvotāju jautājumiem par evakuētiem transportlīdzekļiem, stāvēšanas noteikumiem un sodu "
                    "samaksu – 24 stundas diennaktī, 7 dienas nedēļā.</p></main>")
    assert contact_rows(START, contacts)["M09"]["1"] == (True, "detected")


def test_a_clock_in_a_sentence_that_gives_other_hours_is_not_the_consultations():
    # tos: "Pieraksts un informācija par pakalpojumiem: 67392300, darba dienās 8.00–17.00 Uzņemšanas nodaļa
    # Neatliekamā palīdzība – visu diennakti" (two entries, no full stop between them)
    home = page(HOME, '<main><div>Pieraksts un informācija par pakalpojumiem: <a href="tel:+37167392300">67392300</a>'
                ", darba dienās 8.00–17.00 Uzņemšanas nodaļa Neatliekamā palīdzība traumu gadījumā – visu diennakti"
                "</div></main>")
    found = contact_rows(home)["M09"]
    assert found["1"] == (False, "not_detected") and found["2"] == (True, "detected")


def test_a_survey_asking_how_satisfied_clients_are_is_feedback():
    # llkc: "Kā vērtējat mūsu konsultantu darbu?" … "cik apmierināts esat ar saņemto palīdzību"
    news = page(HOME + "jaunumi/aptauja/", "<main><h1>Kā vērtējat mūsu konsultantu darbu?</h1><p>Lūdzam pastāstīt, cik "
                "apmierināts esat ar saņemto palīdzību.</p><p><a href=\"https://docs.google.com/forms/d/x/viewform\">"
                "Atvērt aptauju</a></p></main>")
    assert m08_rows(START, news)["8"] == (True, "detected")


def test_auctions_and_procurement_cards_are_site_sections_not_areas():
    # zmni: the homepage opens with cards "Meliorācijas sistēmas", "Nekustamo īpašumu noma", "Izsoles", "Iepirkumi"
    cards = "".join(f'<div><h3>{t}</h3><a href="/{i}/">Skatīt sadaļu un dokumentus šeit</a></div>'
                    for i, t in enumerate(["Meliorācijas sistēmas", "Nekustamo īpašumu noma", "Izsoles", "Iepirkumi"]))
    home = page(HOME, f"<main><section>{cards}</section></main>")
    assert m08_rows(home)["4"] == (False, "not_detected")


# --- sets 55 to 59 ---------------------------------------------------------------------------------------


def test_a_notice_on_a_page_that_says_the_consultation_ended_is_past():
    # varaklani: "Apspriešanas laikā saņemti 2 priekšlikumi … apstiprināts domes sēdē 10.11.2026." under
    # "Publiskā apspriešana notika no … līdz 20.10.2026." and "Apspriešana ir noslēgusies."
    issue = page(HOME + "detalplanojums/", "<main><h1>Paziņojums par detālplānojuma publisko apspriešanu</h1>"
                 "<p>Publiskā apspriešana notika no 20.09.2026. līdz 20.10.2026.</p><p>Apspriešanas laikā saņemti 2 "
                 "priekšlikumi. Detālplānojums apstiprināts domes sēdē 10.11.2026.</p><p>Apspriešana ir noslēgusies."
                 "</p></main>")
    assert m07_rows(START, issue)["1"] == (False, "not_detected")


def test_an_address_to_send_proposals_to_written_on_the_issue_page_is_its_channel():
    # rigascirks: "Savus priekšlikumus un iebildumus sūti uz apspriesana@cirks.lv līdz …" (no mailto link)
    home = page(HOME, '<article><h3><a href="/parbuve/">Sabiedriskā apspriešana par ēkas pārbūvi</a></h3><p>Līdz '
                "18.12.2026. aicinām sūtīt priekšlikumus e-pastā.</p></article>")
    issue = page(HOME + "parbuve/", '<main><h1>Sabiedriskā apspriešana par ēkas pārbūvi</h1><ul><li><a href="/s.pdf">'
                 "Būvprojekta skices (PDF)</a></li><li>Savus priekšlikumus un iebildumus sūti uz apspriesana@cirks.lv "
                 "līdz 18.12.2026.</li></ul></main>")
    found = m06_rows(home, issue)
    assert found["2"] == (True, "detected") and found["3"] == (True, "detected")


def test_an_undated_platform_link_in_a_sidebar_makes_no_page_an_issue_page():
    # ljk: "Tiesību aktu projekti (TAP portāls)" among the useful links of every page; /par-koledzu/ "… iesniedzot
    # rakstisku pieprasījumu" is no issue page
    side = ('<table><tr><td><a href="https://tapportals.mk.gov.lv/">Tiesību aktu projekti (TAP portāls)</a></td></tr>'
            "</table>")
    home = page(HOME, f'<p><a href="/par/">Par koledžu</a></p>{side}')
    about = page(HOME + "par/", "<p>Padomes protokoli glabājas lietvedībā; ar tiem var iepazīties, iesniedzot "
                 f'rakstisku pieprasījumu kancelejā pa pastu. <a href="/nolikums.pdf">Nolikuma projekts</a></p>{side}')
    assert m06_rows(home, about)["3"] == (False, "not_detected")


def test_emergency_care_around_the_clock_is_no_24_7_consultation_line():
    # tukumaslimnica, ogresslimnica: "Neatliekamā palīdzība visu diennakti, speciālistu konsultācijas …"
    home = page(HOME, "<main><p>Neatliekamā palīdzība visu diennakti, speciālistu konsultācijas un diagnostika.</p>"
                '<p>Reģistratūra: <a href="tel:+37163122222">63122222</a>, darba dienās 8.00–16.00, konsultācijas par '
                "pierakstu.</p></main>")
    found = contact_rows(home)["M09"]
    assert found["1"] == (False, "not_detected") and found["2"] == (True, "detected")


def test_a_table_cell_holding_a_number_alone_is_a_phone():
    # aknistes: "Sociālā darbiniece | 65 237 118 | konsultācijas piederīgajiem darba dienās 8:00–16:30" (no headers)
    contacts = page(HOME + "kontakti/", "<main><table><tr><td>Kanceleja</td><td>65 237 101</td></tr><tr><td>Sociālā "
                    "darbiniece</td><td>65 237 118</td><td>konsultācijas piederīgajiem darba dienās 8:00–16:30</td>"
                    "</tr></table></main>")
    found = contact_rows(START, contacts)
    assert found["M12"]["2"] == (True, "detected") and found["M09"]["2"] == (True, "detected")


def test_a_label_and_its_bracketed_note_may_stand_before_the_number():
    # mct: "Skatītāju informācijas tālrunis (konsultācijas par izrādēm un biļetēm): +371 67 225 398"
    contacts = page(HOME + "kontakti/", "<main><ul><li>Kanceleja: 67225395</li><li>Skatītāju informācijas tālrunis "
                    "(konsultācijas par izrādēm un biļetēm): +371 67 225 398</li></ul></main>")
    assert contact_rows(START, contacts)["M12"]["2"] == (True, "detected")


def test_no_pairing_across_the_parts_of_a_block_of_several_headed_parts():
    # aknistes: "Brīvprātīgie … pieteikšanās" then "Komitejas … Ētikas komiteja" in one article body
    about = page(HOME + "par/", "<main><div><h2>Vadība</h2><p>Valdes loceklis N. Vanags.</p><h2>Brīvprātīgie</h2><p>"
                 "Slimnīcā darbojas brīvprātīgie — pieteikšanās.</p><h2>Komitejas</h2><p>Slimnīcā darbojas Ētikas "
                 "komiteja.</p></div></main>")
    assert m07_rows(START, about)["4"] == (False, "not_detected")


def test_tickets_bought_online_and_a_customer_portal_are_e_services():
    # motormuzejs: a homepage tile "Biļetes tiešsaistē — Nopērc biļeti internetā"; lenergija: "Pieteikumu …
    # iesniedziet klienta portālā"; ba: "Aizpildi e-pieteikumu … — dokumentus klātienē iesniegt nav nepieciešams"
    home = page(HOME, '<a class="tile" href="/biletes/"><span>Biļetes tiešsaistē</span><span>Nopērc biļeti internetā '
                "un ienāc bez rindas.</span></a>")
    assert m13_rows(home)["1"] == (True, "detected")
    portal = page(HOME + "klientiem/", "<main><p>Pieteikumu tehnisko noteikumu saņemšanai iesniedziet klienta "
                  "portālā.</p></main>")
    assert m13_rows(START, portal)["2"] == (True, "detected")
    apply = page(HOME + "uznemsana/", "<main><p>Aizpildi e-pieteikumu un augšupielādē dokumentus — dokumentus "
                 "klātienē iesniegt nav nepieciešams.</p></main>")
    assert m13_rows(START, apply)["2"] == (True, "detected")


def test_an_e_signature_note_on_a_contacts_page_is_no_e_service():
    # km, rpa of sets 7 and 11: "Iesniegumus, kas parakstīti ar drošu elektronisko parakstu, lūdzam sūtīt uz e-adresi"
    contacts = page(HOME + "kontakti/", "<main><p>Iesniegumus, kas parakstīti ar drošu elektronisko parakstu, lūdzam "
                    "sūtīt uz e-adresi.</p></main>")
    assert m13_rows(START, contacts)["3"] == (True, "detected")


def test_an_audience_survey_about_how_visitors_were_served_is_feedback():
    # liepajasteatris: "… vai kasē un garderobē jūs laipni apkalpoja … lai uzlabotu skatītāju apkalpošanu";
    # lap: "Pasažieru aptauja: Kā vērtējat braucienus ar mūsu autobusiem?"
    news = page(HOME + "aptauja/", "<main><h1>Pasažieru aptauja</h1><p>Kā vērtējat braucienus ar mūsu autobusiem? "
                '<a href="https://www.visidati.lv/aptauja/123/">Piedalīties aptaujā</a></p></main>')
    assert m08_rows(START, news)["8"] == (True, "detected")


def test_a_short_label_ending_in_participation_is_a_participation_section():
    # lap: the header menu's "Pasažieru līdzdalība"
    home = page(HOME, '<nav><a href="/iesaisties/">Pasažieru līdzdalība</a></nav>')
    assert m06_rows(home)["1"] == (True, "detected")


def test_to_apply_one_fills_in_an_application():
    # preili: "Padomēs var darboties ikviens … Lai pieteiktos, aizpildiet pieteikumu"
    councils = page(HOME + "lidzdaliba/", "<main><p>Padomēs var darboties ikviens novada iedzīvotājs. Lai pieteiktos, "
                    "aizpildiet pieteikumu.</p></main>")
    assert m07_rows(START, councils)["4"] == (True, "detected")
