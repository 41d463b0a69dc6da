"""Private file storage for contributed photos, kept out of the public media folder.

Wagtail serves every image file publicly; photos of contributions that are not yet
published must not have a URL, so they live in the `prive` storage of STORAGES (a local
folder, PRIVATE_MEDIA_ROOT, or a private bucket when AWS_STORAGE_BUCKET_NAME_PRIVE is set)
until an editor publishes the story.
"""

from django.core.files.storage import Storage, storages


def stockage_prive() -> Storage:
    """The `prive` storage: never served by any public URL."""
    return storages["prive"]
