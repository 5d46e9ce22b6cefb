"""Unit tests of the checklist detectors on small literal pages; expected answers worked out by hand
from the questionnaire wording (seed L8086–8411) and DESIGN.md's encoding."""

from __future__ import annotations

from datetime import date, timedelta

from checks import contact, eservices, features, opendata, participation, social
from checks.artifacts import Document, Feed, PortalRecord
from checks.dates import dates_in
from checks.dom import cells_before, parse, row_of, text_without
from checks.registry import run_all
from checks.siteview import SiteView
from checks.text import find_term, fold, near
from tests.detect_helpers import NOW, options, page, rows, site

HOME = "http://www.iestade.gov.lv/"


def d(days: int) -> str:
    return (NOW.date() + timedelta(days=days)).strftime("%d.%m.%Y.")


def test_fold_and_terms_match_latvian_inflections_and_word_ends():
    assert fold("Sabiedrības Līdzdalība") == "sabiedribas lidzdaliba"
    assert find_term("Aicinām pieteikties konsultatīvajā padomē", ["padome"]) == "padome"
    assert find_term("Noderīgi padomi", ["padome"]) is None  # advice, not a council
    assert find_term("elektroniskie sakari", ["elektroniski$"]) is None
    assert find_term("var pieteikt elektroniski.", ["elektroniski$"]) == "elektroniski"
    assert near(fold("Pieteikšanās darba grupā līdz 1. maijam"), ["darba grup"], ["pieteik"], 30)


def test_row_cells_and_a_blocks_text_without_its_other_entries():
    soup = parse("<table><tr><th>Konsultācijas</th><td>Pirmdienās</td><td id=c><a href='mailto:k@x.lv'>k@x.lv</a>"
                 "</td></tr></table><div id=d>Cenrādis <a id=l href='/c.pdf'>PDF</a> <p>Cenas 2026</p> <p><a>Arhīvs"
                 "</a></p></div>")
    cell = soup.find(id="c")
    assert row_of(cell) is soup.find("tr") and row_of(soup.find("a")) is None
    assert [c.get_text() for c in cells_before(cell)] == ["Konsultācijas", "Pirmdienās"]   # document order
    assert cells_before(soup.find(id="d")) == []                                              # not a cell
    block, link = soup.find(id="d"), soup.find(id="l")
    # the other link's paragraph goes, the link itself and the plain paragraph stay
    assert text_without(block, link, lambda c: c.find("a") is not None or c.name == "a") == "Cenrādis PDF Cenas 2026"


def test_dates_in_latvian_english_and_numeric_forms():
    text = ("Publicēts 26.11.2026. un 2026. gada 3. decembrī; 12 March 2026; March 5, 2026; 2026-01-02; "
            "5. maijā 2025")
    assert dates_in(text) == [
        date(2026, 11, 26),
        date(2026, 12, 3),
        date(2026, 3, 12),
        date(2026, 3, 5),
        date(2026, 1, 2),
        date(2025, 5, 5),
    ]


def test_phone_needs_a_label_and_accepts_any_grouping():
    view = SiteView.of(
        site(
            page(
                HOME,
                "<p>Tālr. 67 612 345</p><p>Reģ. Nr. 90000012345</p>"
                "<p>Bezmaksas tālrunis 8000 1234</p><p>Konts LV12HABA0551000000000</p>",
            )
        )
    )
    assert sorted(n for _, n in contact.phones(view.pages[0])) == ["67 612 345", "8000 1234"]


def test_m09_m11_m12_single_choice_encoding():
    home = page(
        HOME,
        "<footer><p>Informatīvais tālrunis 67 000 000, darba dienās 8.30–17.00</p>"
        '<script src="https://embed.tawk.to/abc/default"></script></footer>',
    )
    out = contact.m09_m11_m12(SiteView.of(site(home)))
    assert rows(out, "M09") == {
        "1": (False, "not_detected"),
        "2": (True, "detected"),
        "3": (False, "not_detected"),
    }
    assert rows(out, "M11") == {"1": (True, "detected"), "2": (False, "not_detected")}
    assert rows(out, "M12") == {
        "1": (True, "detected"),
        "2": (True, "detected"),
        "99": (False, "not_detected"),
    }


def test_m09_around_the_clock_and_unstated_hours_and_none():
    clock = page(HOME, "<p>Konsultācijas pa tālruni 8000 5555 visu diennakti</p>")
    assert rows(contact.m09_m11_m12(SiteView.of(site(clock))), "M09")["1"] == (True, "detected")
    unstated = page(HOME, "<p>Konsultācijas pa tālruni 67 123 456</p>")
    assert {s for _, s in rows(contact.m09_m11_m12(SiteView.of(site(unstated))), "M09").values()} == {
        "needs_review"
    }
    mail_only = page(HOME, '<p>Ar jautājumiem raksti: <a href="mailto:info@iestade.gov.lv">info@iestade.gov.lv</a></p>')
    out = contact.m09_m11_m12(SiteView.of(site(mail_only)))
    assert rows(out, "M09")["3"] == (True, "detected")
    assert rows(out, "M12") == {
        "1": (False, "not_detected"),
        "2": (False, "not_detected"),
        "99": (True, "detected"),
    }
    assert rows(out, "M11")["1"] == (True, "detected")


def test_general_contacts_are_not_consultation_contacts():
    # seed L2345-2353: experts marked M11 "no" where a site gave only general contacts; a switchboard
    # number labelled "Tālrunis" on a contacts page, and a year range that looks like a phone number
    general = page(HOME + "kontakti/", "<address>Tālrunis: 67 123 456</address>"
                   "<p>ES fondu periods 2021-2027, tālr. nav</p>", title="Kontakti")
    out = contact.m09_m11_m12(SiteView.of(site(page(HOME, "<p>Sākums</p>"), general)))
    assert rows(out, "M11") == {"1": (False, "not_detected"), "2": (True, "detected")}
    assert rows(out, "M12")["99"] == (True, "detected")
    assert rows(out, "M09")["3"] == (True, "detected")


def test_hours_under_a_consultation_heading_and_no_clock_from_diennakts():
    # the hours sit in the paragraph after the one with the phone, under the heading "… konsultācijas"
    home = page(HOME, "<h2>Informācija un konsultācijas</h2><p>Konsultācijas pa tālruni 67027010.</p>"
                "<p>Darba laiks: pirmdien–ceturtdien 8.30–17.00</p>"
                "<p>LVGMC: diennakts vidējā temperatūra, tālr. 67032600; informatīvais apskats</p>")
    assert rows(contact.m09_m11_m12(SiteView.of(site(home))), "M09")["2"] == (True, "detected")


def test_online_consultation_by_video_and_chat_launcher_button():
    video = page(HOME, "<p>Konsultācijas pa tālruni 67 123 456.</p><ul><li>Videokonsultācija Microsoft Teams — "
                 "piesakieties pa tālruni</li></ul>")
    launcher = page(HOME, '<button class="chat-launcher">Tērzē ar konsultantu</button>')
    assert rows(contact.m09_m11_m12(SiteView.of(site(video))), "M12")["1"] == (True, "detected")
    assert rows(contact.m09_m11_m12(SiteView.of(site(launcher))), "M12")["1"] == (True, "detected")
    # a video consultation is an online channel (M12) but not a forum or chat (M07 option 3)
    assert contact.chat_widgets(SiteView.of(site(video))) == []


def test_m08_audiences_need_two_and_press_does_not_count():
    two = page(HOME, '<nav><a href="/a">Iedzīvotājiem</a><a href="/b">Uzņēmējiem</a></nav>')
    press = page(HOME, '<nav><a href="/a">Iedzīvotājiem</a><a href="/m">Medijiem</a></nav>')
    assert rows(features.m08(SiteView.of(site(two)), [], options()), "M08")["3"] == (True, "detected")
    assert rows(features.m08(SiteView.of(site(press)), [], options()), "M08")["3"] == (False, "not_detected")


ENGLISH = (
    "The Agency administers state social insurance and pays pensions and benefits to residents of Latvia. "
    "Most services can be requested online on the state portal."
)
LATVIAN = (
    "Aģentūra administrē valsts sociālo apdrošināšanu un izmaksā pensijas un pabalstus Latvijas "
    "iedzīvotājiem. Lielāko daļu pakalpojumu var pieprasīt tiešsaistē valsts portālā."
)


def test_m08_english_version_must_exist_and_be_english():
    home = page(HOME, f'<a href="/en/" hreflang="en">EN</a><p>{LATVIAN}</p>')
    fake = page(HOME + "en/", f"<p>{LATVIAN}</p>", lang="en")
    real = page(HOME + "en/", f"<p>{ENGLISH}</p><p>{ENGLISH}</p><p>{ENGLISH}</p>", lang="en")   # not a stub
    assert rows(features.m08(SiteView.of(site(home, real)), [], options()), "M08")["5"] == (True, "detected")
    assert rows(features.m08(SiteView.of(site(home, fake)), [], options()), "M08")["5"] == (
        False,
        "not_detected",
    )
    assert rows(features.m08(SiteView.of(site(home)), [], options()), "M08")["5"] == (None, "needs_review")


def test_m08_news_fresh_in_every_language_within_window():
    home = page(HOME, f'<a href="/en/" hreflang="en">EN</a><p>{LATVIAN}</p><p>{d(-3)} Jaunums</p>')
    en_new = page(HOME + "en/", f"<p>{ENGLISH}</p><p>{d(-10)} News</p>", lang="en")
    en_old = page(HOME + "en/", f"<p>{ENGLISH}</p><p>{d(-91)} News</p>", lang="en")   # window: 90 days
    assert rows(features.m08(SiteView.of(site(home, en_new)), [], options()), "M08")["6"] == (
        True,
        "detected",
    )
    assert rows(features.m08(SiteView.of(site(home, en_old)), [], options()), "M08")["6"] == (
        False,
        "not_detected",
    )


def test_m08_survey_rating_feedback():
    home = page(
        HOME,
        '<a href="https://forms.gle/abc">Aptauja par pakalpojumiem</a>'
        "<section><h2>Vai šī lapa bija noderīga?</h2><button>Jā</button></section>",
    )
    out = features.m08(SiteView.of(site(home)), [], options())
    assert [rows(out, "M08")[o] for o in "128"] == [(True, "detected")] * 3
    weak = page(HOME, '<a href="/aptauja">Aptauja</a>')
    assert rows(features.m08(SiteView.of(site(weak)), [], options()), "M08")["1"] == (None, "needs_review")


def test_m06_current_issue_needs_future_deadline_and_a_way_to_take_part():
    tap = "https://tapportals.mk.gov.lv/public_participations/public_discussions/x"
    current = page(
        HOME,
        f'<a href="/lv/lidzdaliba">Sabiedrības līdzdalība</a><main><ul><li>Noteikumu projekts '
        f'nodots sabiedriskajai apspriešanai: priekšlikumus var iesniegt līdz {d(10)} <a href="{tap}">TAP '
        f"portālā</a></li></ul></main>",
    )
    # the bare platform link says nothing about what to do: option 3 is not decided from it (held-out vzd)
    bare = page(HOME, f'<main><ul><li>Noteikumu projekts — <a href="{tap}">projekts TAP portālā</a></li></ul></main>')
    past = page(HOME, f"<main><ul><li>Sabiedriskā apspriešana noslēdzās {d(-10)}</li></ul></main>")
    out = participation.m06(SiteView.of(site(current)), options())
    assert rows(out, "M06") == {"1": (True, "detected"), "2": (True, "detected"), "3": (True, "detected")}
    assert rows(participation.m06(SiteView.of(site(bare)), options()), "M06")["3"] == (False, "not_detected")
    out = participation.m06(SiteView.of(site(past)), options())
    assert rows(out, "M06") == {
        "1": (False, "not_detected"),
        "2": (False, "not_detected"),
        "3": (False, "not_detected"),
    }


def test_m07_groups_meetings_and_question_form():
    body = (
        "<main><p>Aicinām nevalstiskās organizācijas pieteikties dalībai darba grupā.</p>"
        "<h2>Konsultatīvās padomes sastāvs</h2><ul><li>Biedrība A</li></ul>"
        "<p>Konsultatīvās padomes sēdes protokols Nr. 2</p>"
        '<form><label>Jūsu jautājums <textarea name="q"></textarea></label></form></main>'
    )
    out = participation.m07(SiteView.of(site(page(HOME, body))), options())
    assert {o: v for o, (v, _) in rows(out, "M07").items()} == {
        "1": False,
        "2": False,
        "3": False,
        "4": True,
        "5": True,
        "6": True,
    }


def test_m13_statements_and_false_friends():
    home = page(HOME, "<main><p>Pakalpojumu var pieteikt elektroniski portālā Latvija.lv.</p></main>")
    other = page(
        HOME + "x",
        "<main><p>Elektronisko sakaru pakalpojumu tarifi.</p>"
        "<p>Mācības par e-pakalpojumu lietošanu.</p></main>",
    )
    out = eservices.m13(SiteView.of(site(home, other)))
    assert rows(out, "M13") == {
        "1": (True, "detected"),
        "2": (False, "not_detected"),
        "3": (False, "not_detected"),
    }
    out = eservices.m13(SiteView.of(site(page(HOME, "<p>Sveiki</p>"), other)))
    assert rows(out, "M13")["3"] == (True, "detected")


def test_account_keys():
    assert social.account_key("https://m.facebook.com/VARAM.lv/") == ("facebook", "varam.lv")
    assert social.account_key("https://twitter.com/Foo") == social.account_key("https://x.com/foo")
    assert social.account_key("https://www.youtube.com/channel/UC1") == ("youtube", "channel/uc1")
    assert social.account_key("https://www.facebook.com/sharer/sharer.php?u=x") is None
    assert social.account_key("https://mastodon.social/@iestade") == ("mastodon", "@iestade@mastodon.social")


def test_k11m_per_declared_account():
    fb, ig = "https://www.facebook.com/iestade", "https://www.instagram.com/iestade"
    home = page(HOME, '<footer><a href="https://facebook.com/Iestade/">Facebook</a></footer>')
    art = site(home)
    art.feeds = [
        Feed(fb, True, latest=(NOW - timedelta(days=20)).isoformat()),
        Feed(ig, True, latest=(NOW - timedelta(days=2)).isoformat()),
    ]
    out = social.k11m(SiteView.of(art), options(declared_social=(fb, ig)))
    assert rows(out, "K11M_C", fb) == {"1": (True, "detected"), "2": (False, "not_detected")}
    assert rows(out, "K11M_C", ig) == {"1": (False, "not_detected"), "2": (True, "detected")}
    assert rows(out, "K11M_A", fb) == {"1": (True, "detected"), "2": (False, "not_detected")}  # > 2 weeks
    assert rows(out, "K11M_A", ig) == {"1": (False, "not_detected"), "2": (True, "detected")}
    assert {s for _, s in rows(out, "K11M_B", fb).values()} == {"needs_review"}


def test_e18_portal_records_and_data_documents():
    csv = Document(url=HOME + "dati/skaits.csv", type="csv", link_text="Iedzīvotāju skaits", found_on=HOME)
    form = Document(url=HOME + "veidlapa.xlsx", type="xlsx", link_text="Iesnieguma veidlapa", found_on=HOME)
    pdf = Document(url=HOME + "gada-parskats.pdf", type="pdf", link_text="Gada pārskats 2025", found_on=HOME)
    art = site(page(HOME, "<p>x</p>", docs=[csv, form, pdf]))
    assert opendata.dataset_documents(art) == [csv]
    assert rows(opendata.e18_01(art), "E18_01")["1"] == (True, "needs_review")  # portal not asked
    art.portal = [PortalRecord(csv.url, listed=True)]
    assert rows(opendata.e18_01(art), "E18_01")["2"] == (True, "detected")
    art.portal = [PortalRecord(csv.url, listed=False)]
    assert rows(opendata.e18_01(art), "E18_01")["1"] == (True, "detected")
    assert rows(opendata.e18_03(SiteView.of(art)), "E18_03")["1"] == (True, "detected")


def test_every_item_and_option_is_answered_and_unreadable_site_is_error():
    from api.evaluate import ITEM_OPTIONS

    home = page(HOME, "<p>Sveiki</p>")
    dets, _ = run_all(site(home), options(declared_social=("https://www.facebook.com/x",)))
    have = {(x.question_id, x.option) for x in dets}
    for item, opts in ITEM_OPTIONS.items():
        if item not in ("M16J", "M17J"):
            assert {(item, o) for o in opts} <= have, item
    for item in ("M09", "M11", "K11M_C", "E18_01", "E18_03"):
        chosen = [x for x in dets if x.question_id == item and x.value]
        assert len(chosen) == 1, item
    broken = site(home)
    broken.pages[0].status, broken.pages[0].html = 500, None
    dets, _ = run_all(broken)
    assert {x.status for x in dets if x.question_id in ("M08", "M06", "M07", "M09", "M13")} == {"error"}


def test_page_clock_is_not_a_news_date():
    stale = page(HOME, f"<main><p>Today: Sunday {NOW.day} November 2026</p><p>{d(-400)} Old news</p></main>")
    assert rows(features.m08(SiteView.of(site(stale)), [], options()), "M08")["6"] == (False, "not_detected")


def test_script_search_box_feedback_passage_and_form_under_a_summary():
    home = page(
        HOME,
        '<div class="search"><input type="text" placeholder="Meklēt..."></div>'
        '<p>Pamanījāt kļūdu? <a href="mailto:web@iestade.gov.lv">Ziņojiet mums</a></p>',
    )
    out = rows(features.m08(SiteView.of(site(home)), [home], options()), "M08")
    assert out["7"] == (True, "detected") and out["8"] == (True, "detected")
    canada = page(
        HOME,
        "<details><summary>Report a problem on this page</summary><form action='#'>"
        "<input type='checkbox' name='p1'> A link is broken <button>Submit</button></form></details>",
        lang="en",
    )
    assert rows(features.m08(SiteView.of(site(canada)), [], options()), "M08")["8"] == (True, "detected")


def test_audience_menu_in_the_dative_plural():
    home = page(
        HOME,
        '<ul class="aud"><li><a href="/a">Lauksaimniekiem</a></li><li><a href="/b">Zivsaimniekiem</a></li>'
        '<li><a href="/c">Pašvaldībām</a></li></ul><nav><a href="/j">Jaunumi</a><a href="/k">Kontakti</a></nav>',
    )
    assert rows(features.m08(SiteView.of(site(home)), [], options()), "M08")["3"] == (True, "detected")


def test_chart_image_by_file_name():
    home = page(HOME, '<p><img src="/img/chart1.jpg" alt=""></p>')
    assert rows(opendata.e18_03(SiteView.of(site(home))), "E18_03")["1"] == (True, "detected")


def test_rating_verb_near_page_and_consultation_item_with_its_link():
    home = page(HOME, '<div class="rate"><span>Novērtējiet šo lapu:</span><button>★</button></div>')
    assert rows(features.m08(SiteView.of(site(home)), [], options()), "M08")["2"] == (True, "detected")
    listing = page(
        HOME,
        f'<main><div class="c"><h2><a href="/x">Vadlīnijas</a></h2><p>Sabiedriskā apspriešana līdz {d(9)}.</p>'
        "</div></main>",
    )
    issue = page(HOME + "x", "<main><h1>Vadlīnijas</h1><form><textarea name='p'></textarea></form></main>")
    assert rows(participation.m06(SiteView.of(site(listing, issue)), options()), "M06")["2"] == (True, "detected")
