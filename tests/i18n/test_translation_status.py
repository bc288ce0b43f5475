"""Translation status that tells the truth: a page says which of its texts are in the reader's
language, marks the English ones lang="en", and is "available" in a language only when it is all
written in it; the API and the admin give the same figures (compendium/core/translation_status.py)."""

import html as html_lib
import re

import pytest
from django.conf import settings
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from compendium.core import translation_status as ts
from tests import factories

pytestmark = pytest.mark.django_db

SASSA = "/{lang}/countries/za/sassa-mobile-outreach/"
OTHER_LANGUAGES = [code for code in settings.LANGUAGE_CODES if code != "en"]


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def notice_of(html):
    """The text of the translation notice at the top of the page, or None."""
    match = re.search(r'<p class="notice (?:translation|fallback)-notice" role="note">(.*?)</p>', html, re.S)
    return html_lib.unescape(match.group(1)) if match else None


def element_with(html, tag, css_class):
    """The opening tag `<tag class="css_class" …>` of the page."""
    match = re.search(rf'<{tag} class="{css_class}"[^>]*>', html)
    assert match, (tag, css_class)
    return match.group(0)


def page(slug):
    return Page.objects.get(slug=slug).specific


def full_case_study(demo, language, **extra):
    """A case study with every text written in English and in `language`."""
    from casestudies.models import CaseStudyFigure

    parent = factories.country_page(demo["countries"], "KH")
    fields = {
        f"title_{language}": "ការពារសង្គមពេញលេញ",
        f"summary_{language}": "សេចក្តីសង្ខេបជាភាសាខ្មែរ។",
        "lessons_en": "<p>Lesson.</p>",
        f"lessons_{language}": "<p>មេរៀន។</p>",
        "body_en": [("paragraph", "<p>Body.</p>")],
        f"body_{language}": [("paragraph", "<p>អត្ថបទ។</p>")],
        **extra,
    }
    study = factories.case_study(parent, title="Fully translated", summary="English summary.", countries=["KH"], principles=["a"], **fields)
    link = study.principle_links.get()
    setattr(link, f"explanation_{language}", "ពន្យល់។")
    link.save()
    CaseStudyFigure.objects.create(page=study, value="12", label_en="districts", **{f"label_{language}": "ស្រុក"})
    study.save_revision().publish()
    return study


# -- the function ---------------------------------------------------------------------------


def test_a_demo_case_study_has_only_its_title_and_summary_in_khmer_and_lao(demo):
    study = page("sassa-mobile-outreach")
    for language in ("km", "lo"):
        status = ts.translation_status(study, language)
        assert status.translated == ["title", "summary"]
        assert {"body", "lessons", "principle_links.explanation", "figures.label"} <= set(status.in_english)
        assert not status.complete and status.partial
    assert ts.translation_status(study, "en").complete
    assert "km" not in ts.complete_languages(study) and "km" in ts.partial_languages(study)


def test_a_fully_written_page_is_complete_and_one_missing_child_text_makes_it_partial(demo):
    study = full_case_study(demo, "km")
    assert ts.translation_status(study, "km").complete
    assert ts.complete_languages(study) == ["en", "km"]
    link = study.principle_links.get()
    link.explanation_km = ""
    link.save()
    status = ts.translation_status(page(study.slug), "km")
    assert status.in_english == ["principle_links.explanation"]
    assert not status.complete


def test_a_text_empty_in_english_is_not_asked_of_other_languages(demo):
    parent = factories.country_page(demo["countries"], "KH")
    study = factories.case_study(parent, title="Short", summary="Only a summary.", countries=["KH"], title_km="ខ្លី", summary_km="សង្ខេប។")
    status = ts.translation_status(study, "km")
    assert status.complete and status.translated == ["title", "summary"]


def test_an_experts_name_is_not_a_text_to_translate(demo):
    expert = page("netnapis-suchonwanich")
    assert "title" not in ts.translated_field_names(type(expert))
    assert "bio" in ts.translated_field_names(type(expert))


# -- case study pages in Khmer and Lao -----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "km",
            "ចំណងជើង និង\u200bសេចក្តីសង្ខេប ជាភាសាខ្មែរ; "  # ICU joins two items with a zero-width space
            "ឈ្មោះកម្មវិធី, អត្ថបទពេញ, មេរៀនដែលទទួលបាន, ស្ថាប័ន, របៀបដែលបទពិសោធន៍នេះអនុវត្តគោលការណ៍ និង ស្លាកតួលេខវិសាលភាពគ្របដណ្តប់ ជាភាសាអង់គ្លេស។",
        ),
        (
            "lo",
            "ຫົວຂໍ້ ແລະ ບົດສະຫຼຸບ ເປັນພາສາລາວ; ຊື່ແຜນງານ, ເນື້ອໃນເຕັມ, ບົດຮຽນທີ່ໄດ້ຮັບ, ສະຖາບັນ, ວິທີນຳຫຼັກການໄປປະຕິບັດ, ຄຳອະທິບາຍຕົວເລກການຄຸ້ມຄອງ ເປັນພາສາອັງກິດ.",
        ),
    ],
)
def test_khmer_and_lao_case_study_says_which_parts_are_in_the_readers_language(client, demo, language, expected):
    html = get_html(client, SASSA.format(lang=language))
    assert notice_of(html) == expected
    available = element_with(html, "dd", "available-in")
    assert available == '<dd class="available-in">'
    listed = re.search(r'<dd class="available-in">(.*?)</dd>', html).group(1)
    assert 'lang="en"' in listed and f'lang="{language}"' not in listed  # not "Available in ខ្មែរ"
    partly = re.search(r'<dd class="partly-in">(.*?)</dd>', html).group(1)
    assert 'lang="km"' in partly and 'lang="lo"' in partly


def test_english_passages_of_a_khmer_page_carry_lang_en(client, demo):
    html = get_html(client, SASSA.format(lang="km"))
    assert 'lang="en"' in element_with(html, "div", "body")
    assert re.search(r'<section class="lessons"><h2>[^<]+</h2><div lang="en">', html)
    explanations = re.findall(r"<dd( lang=\"en\")?>", html.split('<section class="principles">')[1].split("</section>")[0])
    assert explanations and all(explanations)  # every principle explanation is English, and says so
    # the Khmer title and summary are not marked English
    assert re.search(r"<h1>អាហ្វ្រិកខាងត្បូង", html)
    assert element_with(html, "p", "lead") == '<p class="lead">'


def test_figure_labels_shown_in_english_carry_lang_en(client, demo):
    from casestudies.models import CaseStudyFigure

    parent = factories.country_page(demo["countries"], "KH")
    study = factories.case_study(parent, title="Figures", summary="With figures.", countries=["KH"], title_km="តួលេខ", summary_km="សង្ខេប។")
    CaseStudyFigure.objects.create(page=study, value="7", label_en="provinces")
    CaseStudyFigure.objects.create(page=study, value="12", label_en="districts", label_km="ស្រុក")
    study.save_revision().publish()
    html = get_html(client, study.url.replace("/en/", "/km/", 1))
    assert '<strong>7</strong> <span lang="en">provinces</span>' in html
    assert "<strong>12</strong> <span>ស្រុក</span>" in html


def test_english_readers_see_no_marks_and_no_notice(client, demo):
    html = get_html(client, SASSA.format(lang="en"))
    assert notice_of(html) is None
    assert element_with(html, "div", "body") == '<div class="body">'


def test_a_fully_translated_case_study_says_available_in_khmer(client, demo):
    study = full_case_study(demo, "km")
    html = get_html(client, study.url.replace("/en/", "/km/", 1))
    assert notice_of(html) is None
    listed = re.search(r'<dd class="available-in">(.*?)</dd>', html).group(1)
    assert 'lang="km">ខ្មែរ<' in listed
    assert 'class="partly-in"' not in html
    assert 'lang="en"' not in element_with(html, "div", "body")
    assert "អត្ថបទ។" in html and "ពន្យល់។" in html


def test_a_page_with_nothing_translated_says_so_in_the_readers_language(client, demo):
    parent = factories.country_page(demo["countries"], "KH")
    study = factories.case_study(parent, title="Only in English", summary="English only.", countries=["KH"])
    html = get_html(client, study.url.replace("/en/", "/th/", 1))
    with translation.override("th"):
        expected = translation.gettext("This page is not yet available in %(language)s — it is shown in English.") % {"language": "ไทย"}
    assert notice_of(html) == expected
    assert "fallback-notice" in html
    assert re.search(r'<h1 lang="en">Only in English</h1>', html)


@pytest.fixture
def title_everywhere(demo):
    """A case study whose title and summary are written in all ten languages, its body only in English."""
    parent = factories.country_page(demo["countries"], "KH")
    texts = {build_localized_fieldname(field, code): f"{field} {code}" for field in ("title", "summary") for code in OTHER_LANGUAGES}
    body = [("paragraph", "<p>Body.</p>")]
    return factories.case_study(parent, title="Everywhere", summary="Everywhere.", countries=["KH"], body_en=body, **texts)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_notice_is_translated_in_every_language(client, title_everywhere, language):
    html = get_html(client, title_everywhere.url.replace("/en/", f"/{language}/", 1))
    notice = notice_of(html)
    assert notice, language
    with translation.override(language):
        english_pattern = "%(translated)s in %(language)s; %(rest)s in %(english)s."
        assert translation.gettext(english_pattern) != english_pattern, language
        full_text = translation.gettext("full text")
    assert full_text != "full text" and full_text in notice, (language, notice)
    assert " in English" not in notice and "English" not in notice, (language, notice)


# -- other page types ------------------------------------------------------------------------


def test_expert_event_chapter_and_country_pages_mark_their_english_passages(client, demo):
    expert = get_html(client, "/km/experts/netnapis-suchonwanich/")
    assert 'lang="en"' in element_with(expert, "div", "bio")
    assert re.search(r'<p class="role"><span lang="en">', expert)
    event = get_html(client, "/lo/events/siem-reap-workshop-2013/")
    assert 'lang="en"' in element_with(event, "div", "body")
    assert re.search(r'<section class="session">\s*<h3 lang="en">', event)
    assert "ເປັນພາສາລາວ" in notice_of(event)  # title and summary are in Lao, the rest is not
    chapter = get_html(client, "/km/guide/outreach/")
    assert re.search(r'<section class="background-note"><h2>[^<]+</h2><div lang="en">', chapter)
    assert element_with(chapter, "p", "lead") == '<p class="lead">'  # the introduction is in Khmer
    country_lo = get_html(client, "/lo/countries/kh/")
    assert 'lang="en"' in element_with(country_lo, "div", "intro")
    assert re.search(r'<article class="need[^"]*">\s*<h3 lang="en">', country_lo)
    country_km = get_html(client, "/km/countries/kh/")  # Cambodia's profile is written in Khmer
    assert notice_of(country_km) is None
    assert element_with(country_km, "div", "intro") == '<div class="intro">'


def test_cards_mark_english_titles_and_do_not_claim_more_than_title_and_summary(client, demo):
    parent = factories.country_page(demo["countries"], "KH")
    factories.case_study(parent, title="English card title", summary="English card summary.", countries=["KH"], themes=["outreach"])
    html = get_html(client, "/km/guide/outreach/")
    assert re.search(r'<a href="[^"]+" lang="en">English card title</a>', html)
    with translation.override("km"):
        label = translation.gettext("Title and summary in:")
    assert label != "Title and summary in:" and label in html


def test_search_results_mark_english_titles_and_claim_only_title_and_summary(client, demo):
    parent = factories.country_page(demo["countries"], "KH")
    factories.case_study(parent, title="Zanzibar outreach pilot", summary="English only.", countries=["KH"])
    html = get_html(client, "/km/search/?q=Zanzibar")
    assert re.search(r'<h2><a href="[^"]+" lang="en">[^<]*(<mark>)?Zanzibar', html)
    with translation.override("km"):
        assert translation.gettext("Title and summary in:") in html
        assert translation.gettext("Available in:") not in html


# -- API ---------------------------------------------------------------------------------------


def test_api_gives_translated_fields_per_language(client, demo):
    study = page("sassa-mobile-outreach")
    data = client.get(f"/api/v2/pages/{study.pk}/").json()
    assert data["translated_fields"]["km"]["translated"] == ["title", "summary"]
    assert "body" in data["translated_fields"]["km"]["in_english"]
    assert data["translated_fields"]["km"]["complete"] is False
    assert data["translated_fields"]["en"]["complete"] is True
    assert "available_languages" in data and "translations" in data  # existing fields kept


# -- admin -------------------------------------------------------------------------------------


def test_admin_shows_completeness_per_field_and_language(client, demo, users):
    study = page("sassa-mobile-outreach")
    expected = ts.translation_status(study, "km")
    total = len(expected.translated) + len(expected.in_english)
    client.force_login(users["Editors"])
    html = get_html(client, f"/admin/translation-status/{study.pk}/")
    assert re.search(r'<td class="total" data-language="km">2/' + str(total) + "</td>", html)
    assert re.search(r'<td class="total complete" data-language="en">' + f"{total}/{total}</td>", html)
    body_row = re.search(r'<tr data-field="body">(.*?)</tr>', html, re.S).group(1)
    cells = re.findall(r'<td class="([a-z-]+)">', body_row)
    assert cells[settings.LANGUAGE_CODES.index("en")] == "written"
    assert cells[settings.LANGUAGE_CODES.index("km")] == "in-english"
    title_row = re.search(r'<tr data-field="title">(.*?)</tr>', html, re.S).group(1)
    assert re.findall(r'<td class="([a-z-]+)">', title_row)[settings.LANGUAGE_CODES.index("km")] == "written"
    assert total == 8  # title, programme, summary, body, lessons, institutions, explanations, figure labels


def test_admin_report_lists_pages_with_their_completeness(client, demo, users):
    client.force_login(users["Editors"])
    study = full_case_study(demo, "km")
    html = get_html(client, "/admin/translation-status/?p=1")
    rows = dict(re.findall(r'<tr data-page="(\d+)">(.*?)</tr>', html, re.S))
    assert str(study.pk) in rows
    # title, summary, body, lessons, principle explanation, figure label (no programme, no institutions)
    assert '<td class="total complete" data-language="km">6/6</td>' in rows[str(study.pk)]
    assert '<td class="total" data-language="lo">0/6</td>' in rows[str(study.pk)]
    assert get_html(client, "/admin/translation-status/?p=abc")  # a bad page number is the first page


def test_editor_sees_the_translation_status_button_and_the_listing_column(client, demo, users):
    client.force_login(users["Editors"])
    study = page("sassa-mobile-outreach")
    edit = get_html(client, f"/admin/pages/{study.pk}/edit/")
    assert f"/admin/translation-status/{study.pk}/" in edit
    listing = get_html(client, "/admin/case_studies/")
    assert "Partly translated" in listing


def test_translation_status_admin_needs_a_login(client, demo):
    study = page("sassa-mobile-outreach")
    response = client.get(f"/admin/translation-status/{study.pk}/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.get("/admin/translation-status/999999/").status_code == 302
