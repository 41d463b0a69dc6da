"""The public pages answer on a fresh tree."""

import pytest


@pytest.mark.django_db
def test_pages_publiques_repondent(client, creer_recit):
    recit = creer_recit(indicateurs=["lien-social"])
    for url in [
        "/",
        "/recits/",
        "/lieux/",
        "/indicateurs/",
        "/indicateurs/lien-social/",
        recit.url,
    ]:
        reponse = client.get(url)
        assert reponse.status_code == 200, url
