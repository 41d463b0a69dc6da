"""Admin form for stories: the base that other apps extend (see `extensions.etendre_formulaire`)."""

from wagtail.admin.forms import WagtailAdminPageForm


class RecitPageForm(WagtailAdminPageForm):
    """The story editor's form; `indicateurs` adds its checkboxes to it."""
