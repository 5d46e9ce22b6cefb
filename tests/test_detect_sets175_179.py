"""What the first runs on blind held-out sets 175 to 179 taught (tests/labels/README.md), each rule on a
hand-made page whose right answer is stated in the test (NOW is 29.11.2026)."""

from __future__ import annotations

from checks import features
from tests.detect_helpers import m07_rows, m08_rows, page

HOME = "http://www.iestade.lv/"


def test_a_tag_without_a_page_is_still_a_tag_of_the_cloud():
    # ventspilszivaudzetava: a Drupal sidebar "<h2>Tēmas</h2><div class='field--name-field-tags'><a href=/tags/lasis/>
    # lasis</a> <span class=tag>Venta</span> <a>līdzdalība</a></div>" names the news' tags, not areas of activity
    def home(venta: str):
        return page(HOME, "<main><h1>Sākums</h1><p>Zivju audzētava audzē lašu un taimiņu mazuļus.</p></main><aside>"
                          "<div class='block'><h2>Tēmas</h2><div class='field--name-field-tags'><a href='/tags/lasis/'>"
                          f"lasis</a> {venta} <a href='/lidzdaliba/'>līdzdalība</a></div></div></aside>")
    assert m08_rows(home("<span class='tag'>Venta</span>"))["4"] == (False, "not_detected")
    assert m08_rows(home("<span>Ventas upes baseina zivju resursu pētījumi</span>"))["4"] == (True, "detected")


def test_a_stubs_own_date_is_no_news_of_a_language_version():
    # dobelesmernieciba /ru/: one page "Подробная информация доступна на латышском языке. … Страница обновлена
    # 14.03.2023." beside fresh LV and EN news
    news = "<main><h2>Jaunumi</h2><p>25.11.2026. Pārvalde sākusi kadastrālo uzmērīšanu Bērzes pagastā.</p></main>"
    home = page(HOME, f'<a href="/en/" hreflang="en">EN</a> <a href="/ru/" hreflang="ru">RU</a>{news}')
    en = page(HOME + "en/", "<main><h2>News</h2><p>24 November 2026. The office has started cadastral surveying in "
              'Bērze parish.</p><a href="/en/about/">About us</a></main>', lang="en")
    about = page(HOME + "en/about/", "<main><h1>About us</h1><p>We survey land and buildings.</p></main>", lang="en")
    def ru(words: str):
        return page(HOME + "ru/", "<main><h1>Информация на русском языке</h1><p>Управление землемерия выполняет "
                    f"кадастровые обмеры земли и строений. {words}</p><p>Страница обновлена 14.03.2023.</p></main>",
                    lang="ru")
    assert m08_rows(home, en, about, ru("Подробная информация доступна на латышском языке."))["6"] == (
        True, "detected")
    full = ("Обмеры заказывают в канцелярии по телефону или электронной почте, а результаты обмеров передаются в "
            "Государственную земельную службу для регистрации в кадастре. Приёмные часы канцелярии: понедельник "
            "8.00–18.00, вторник–четверг 8.00–17.00, пятница 8.00–14.00. Адрес: улица Бривибас 17, Добеле. Договоры "
            "на обмеры заключаются в приёмные часы при предъявлении документа, удостоверяющего личность.")
    assert m08_rows(home, en, about, ru(full))["6"] == (False, "not_detected")   # a Russian version, stale


def test_a_box_whose_form_names_a_register_looks_up_the_register_not_the_site():
    # gulbenesmernieciba's left column: "<b>Kadastra numura meklēšana</b><br><form action='/kadastra-meklesana/'>
    # <input type=text name=kadastra_nr><input type=submit value='Meklēt kadastrā'></form>"; aizkrauklesmernieciba:
    # "<label for=adr>Adreses meklēšana adrešu reģistrā</label>" over a box posting to /adreses-meklesana/
    def home(form: str):
        return page(HOME, f"<table><tr><td><b>Meklēšana</b><br>{form}</td></tr></table><main><h1>Sākums</h1></main>")
    def found(form: str) -> bool | None:
        return features.site_search([home(form)]).value
    numbered = ("<form action='/kadastra-meklesana/' method='get'><input type='text' name='kadastra_nr'>"
                "<input type='submit' value='{}'></form>")
    assert found(numbered.format("Meklēt kadastrā")) is False
    assert found(numbered.format("Meklēt")) is True
    labelled = ("<form action='/adreses-meklesana/'><label for='adr'>{}</label><input id='adr' name='adrese'>"
                "<button type='submit'>Atrast</button></form>")
    assert found(labelled.format("Adreses meklēšana adrešu reģistrā")) is False
    assert found(labelled.format("Meklēšana vietnē")) is True


def test_bootstrap_card_titles_in_h5_name_audiences():
    # aizkrauklesmernieciba: "<h2>Kam mēs palīdzam</h2>" over cards "<h5 class='card-title'>🏡 Zemes un māju
    # īpašniekiem</h5>", "… Būvniekiem un projektētājiem", "… Notāriem un kredītiestādēm" (Bootstrap's card title)
    def home(tag: str):
        cards = "".join(f"<div class='card'><div class='card-body'><{tag} class='card-title'>{title}</{tag}><p>Robežu "
                        f"uzmērīšana un kadastrālā uzmērīšana.</p><a href='/p{i}/'>Uzzināt vairāk</a></div></div>"
                        for i, title in enumerate(["🏡 Zemes un māju īpašniekiem", "Būvniekiem un projektētājiem",
                                                   "Notāriem un kredītiestādēm"]))
        return page(HOME, f"<main><h1>Sākums</h1><h2>Kam mēs palīdzam</h2><div class='row'>{cards}</div></main>")
    assert m08_rows(home("h5"))["3"] == (True, "detected")
    assert m08_rows(home("p"))["3"] == (False, "not_detected")   # no title element: plain paragraphs


def test_a_call_to_write_in_one_tile_is_no_invitation_to_the_address_of_another():
    # madonasveterinarija /kontakti/: tiles "<h3>Veterinārārstu konsultācijas</h3><p>… WhatsApp: <a href=wa.me/…>…</a>
    # (rakstiet jautājumus darba dienās 8.00–17.00)</p>" and "<h3>E-pasts</h3><p><a href=mailto:…>…</a></p>"
    def contacts(mail_head: str):
        return page(HOME + "kontakti/", "<main><h1>Kontakti</h1><div class='flises'><div class='flise'><h3>Veterinār"
                    "ārstu konsultācijas</h3><p>WhatsApp: <a href='https://wa.me/37126184407'>+371 26184407</a> "
                    f"(rakstiet jautājumus darba dienās 8.00–17.00)</p>{mail_head}<p><a href='mailto:info@iestade.lv'>"
                    "info@iestade.lv</a></p></div></div></main>", title="Kontakti")
    home = page(HOME, '<main><h1>Sākums</h1><p><a href="/kontakti/">Kontakti</a></p></main>')
    assert m07_rows(home, contacts("</div><div class='flise'><h3>E-pasts</h3>"))["6"] == (False, "not_detected")
    assert m07_rows(home, contacts("<p>vai e-pastā:</p>"))["6"] == (True, "detected")


def test_a_page_feedback_widgets_text_area_is_no_question_form_on_a_page_about_proposals():
    # saldusfestivals, a news item "Apkopoti priekšlikumi par pilsētas svētku koncepciju" over the page-feedback
    # widget "<h2>Vai šī lapa bija noderīga?</h2><form>Jā / Nē, <label>Jūsu atsauksme par lapu</label><textarea>"
    def news(head: str):
        return page(HOME + "aktualitates/koncepcija/", "<main><article><h1>Apkopoti priekšlikumi par pilsētas svētku "
                    f"koncepciju</h1><p>Saņemti 38 priekšlikumi.</p></article><section><h2>{head}</h2><form "
                    "action='/paldies/' method='post'><button name='n' value='1'>Jā</button><button name='n' value='0'>"
                    "Nē</button><label for='t'>Jūsu atsauksme</label><textarea id='t' name='a'></textarea></form>"
                    "</section></main>", title="Apkopoti priekšlikumi")
    home = page(HOME, '<main><h1>Sākums</h1><p><a href="/aktualitates/koncepcija/">Koncepcija</a></p></main>')
    assert m07_rows(home, news("Vai šī lapa bija noderīga?"))["6"] == (False, "not_detected")
    assert m07_rows(home, news("Jūsu priekšlikumi"))["6"] == (True, "detected")
