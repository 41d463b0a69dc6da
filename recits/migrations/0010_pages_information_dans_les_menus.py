"""Existing information pages keep their place in the footer once it honours show_in_menus.

Before this migration the footer listed every information page whatever the flag, which
defaulted to False; the footer now lists only pages « dans les menus ». The flag is set on
the pages and on their revisions (the editor's form and a revert read a revision), so no
page leaves the footer unless an editor unticks it.
"""

from django.db import migrations


def afficher_dans_les_menus(apps, schema_editor):
    """Tick show_in_menus on every information page and its revisions."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    InformationPage = apps.get_model("recits", "InformationPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    type_page = ContentType.objects.filter(app_label="recits", model="informationpage").first()
    if type_page is None:
        return
    InformationPage.objects.update(show_in_menus=True)
    for revision in Revision.objects.filter(content_type=type_page).iterator():
        if revision.content.get("show_in_menus") is not True:
            revision.content["show_in_menus"] = True
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("recits", "0009_information_page"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(afficher_dans_les_menus, migrations.RunPython.noop)]
