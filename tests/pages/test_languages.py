"""Ten languages for real: translated interface and content on every page type, fallbacks people
can see, complete catalogues, dates and numbers written each language's way."""

import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from compendium.taxonomy import names

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent.parent
PAGES = [
    "/{lang}/",
    "/{lang}/guide/",
    "/{lang}/guide/outreach/",
    "/{lang}/countries/",
    "/{lang}/countries/kh/",
    "/{lang}/countries/za/sassa-mobile-outreach/",
    "/{lang}/experts/",
    "/{lang}/experts/netnapis-suchonwanich/",
    "/{lang}/events/",
    "/{lang}/events/siem-reap-workshop-2013/",
    "/{lang}/search/?q=health",
    "/{lang}/match/?country=KH",
    "/{lang}/experts/request/",
]


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


@pytest.mark.parametrize("language", [code for code in settings.LANGUAGE_CODES if code != "en"])
def test_every_page_type_speaks_the_language(client, demo, language):
    navigation = translated(language, "Good Practices Guide")
    assert navigation != "Good Practices Guide", f"no {language} translation of the navigation"
    for pattern in PAGES:
        url = pattern.format(lang=language)
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{language}"' in html, url
        assert navigation in html, url  # the interface is translated
        assert translated(language, "Request a peer expert") in html, url


@pytest.mark.parametrize(
    ("language", "url", "text"),
    [
        ("km", "/km/countries/za/sassa-mobile-outreach/", "អាហ្វ្រិកខាងត្បូង៖"),  # the case study's Khmer title
        ("lo", "/lo/countries/za/sassa-mobile-outreach/", "ອາຟຣິກາໃຕ້"),
        ("th", "/th/countries/th/thailand-13-digit-id/", "เลขประจำตัว"),
        ("zh-hans", "/zh-hans/guide/", "社会保护底线"),
        ("es", "/es/countries/cl/chile-solidario/", "Chile Solidario"),
        ("fr", "/fr/guide/", "socle de protection sociale"),
    ],
)
def test_content_is_translated(client, demo, language, url, text):
    html = client.get(url).content.decode()
    assert text in html
    assert "fallback-notice" not in html


def test_taxonomy_labels_are_translated_in_all_ten_languages(demo):
    from compendium.taxonomy.models import Guarantee, Principle, Stage, Theme

    for model in (Principle, Guarantee, Theme, Stage):
        for term in model.objects.all():
            labels = set()
            for language in settings.LANGUAGE_CODES:
                with translation.override(language):
                    labels.add(str(term.name))
            assert len(labels) >= 8, (model.__name__, term.key, labels)  # a few languages may share a word


def test_fallback_notice_names_the_language_in_itself(client, demo):
    from tests import factories

    parent = factories.country_page(demo["countries"], "KH")
    page = factories.case_study(parent, title="Only in English", summary="English only.", countries=["KH"])
    html = client.get(page.url.replace("/en/", "/lo/", 1)).content.decode()
    notice = re.search(r'<p class="notice fallback-notice"[^>]*>(.*?)</p>', html).group(1)
    assert "ລາວ" in notice and "Only in English" in html
    assert notice != "This page is not yet available in ລາວ — it is shown in English."  # the notice itself is in Lao


def test_cards_say_which_languages_a_case_study_is_in(client, demo):
    html = client.get("/km/guide/outreach/").content.decode()
    assert 'lang="km">ខ្មែរ<' in html and 'lang="lo">ລາວ<' in html


def test_dates_and_numbers_follow_the_language(client, demo):
    assert names.format_date(datetime.date(2013, 5, 29), "lo") == "29 ພຶດສະພາ 2013"
    assert names.format_date(datetime.date(2013, 5, 29), "th").endswith("2556")  # the Thai (Buddhist) era
    assert names.format_number(12.4, "fr") == "12,4"
    html = client.get("/fr/countries/kh/").content.decode()
    assert "12,4 %" in html
    html = client.get("/km/events/siem-reap-workshop-2013/").content.decode()
    assert "ឧសភា" in html  # May, in Khmer


def test_fonts_for_khmer_lao_and_thai_ship_with_the_site(client):
    css = (ROOT / "static" / "css" / "site.css").read_text()
    for script in ("khmer", "lao", "thai"):
        assert f"noto-sans-{script}-{script}-400-normal.woff2" in css
        assert (ROOT / "static" / "fonts" / f"noto-sans-{script}-{script}-400-normal.woff2").stat().st_size > 5000
    assert "fonts.googleapis" not in css and "@import" not in css


def test_admin_lists_missing_translations(client, demo, django_user_model):
    admin = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(admin)
    listing = client.get("/admin/case_studies/").content.decode()
    assert "sassa-mobile-outreach" in listing or "South Africa" in listing
    assert "Missing" in listing
    missing_thai = client.get("/admin/case_studies/", {"missing_translation": "th"}).content.decode()
    assert "South Africa: mobile trucks" in missing_thai  # no Thai version
    assert "Thailand: a 13-digit identification number" not in missing_thai  # has one
    assert client.get("/admin/case_studies/", {"theme": "1", "missing_translation": "xx"}).status_code == 200


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="gettext's msgfmt is not installed (./scripts/system-deps.sh)")
def test_catalogues_are_complete_and_keep_up_with_the_code(tmp_path):
    """makemessages on a copy of the code: every string it finds must be translated, none fuzzy."""
    # Every app of the project (a folder with an apps.py), so that a new app's strings are checked too.
    apps = sorted(path.parent.name for path in ROOT.glob("*/apps.py"))
    for name in (*apps, "templates", "locale", "manage.py"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
        else:
            shutil.copy(source, tmp_path / name)
    languages = [code.replace("-hans", "_Hans") for code in settings.LANGUAGE_CODES if code != "en"]
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--no-obsolete", "-v", "0", *sum((["-l", code] for code in languages), [])],
        cwd=tmp_path,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "compendium.settings.test", "PATH": "/usr/bin:/bin"},
    )
    for code in languages:
        catalogue = tmp_path / "locale" / code / "LC_MESSAGES" / "django.po"
        stats = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(catalogue)], capture_output=True, text=True).stderr
        assert "untranslated" not in stats and "fuzzy" not in stats, f"{code}: {stats.strip()}"
