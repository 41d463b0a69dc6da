"""Private file storage for contributed photos, kept out of the public media folder.

Wagtail serves every image file publicly; photos of contributions that are not yet
published must not have a URL, so they live here until an editor publishes the story.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def stockage_prive() -> FileSystemStorage:
    """Storage rooted at PRIVATE_MEDIA_ROOT, never served by any URL."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)
