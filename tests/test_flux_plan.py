"""The RSS feed and the sitemap list published stories only."""

import html
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db


def test_flux_rss(client, creer_recit):
    creer_recit(title="Publié au flux", slug="publie-au-flux")
    creer_recit(title="Brouillon du flux", slug="brouillon-du-flux", live=False)
    reponse = client.get("/recits/flux/")
    assert reponse.status_code == 200
    assert reponse["Content-Type"].startswith("application/rss+xml")
    canal = ET.fromstring(reponse.content).find("channel")
    titres = [item.findtext("title") for item in canal.findall("item")]
    liens = [item.findtext("link") for item in canal.findall("item")]
    assert titres == ["Publié au flux"]
    assert liens == ["http://testserver/recits/publie-au-flux/"]
    assert canal.findtext("language") == "fr"


def test_flux_echappe_le_html(client, creer_recit):
    creer_recit(title="<script>alert(1)</script>", chapo="<b>gras</b>")
    contenu = client.get("/recits/flux/").content.decode()
    assert "<script>" not in contenu
    assert "&lt;script&gt;" in contenu


def test_flux_chapo_en_texte_html_echappe_une_fois(client, creer_recit):
    chapo = "Pain & fromage, <b>« l'été »</b> \"><svg onload=alert(1)> &amp; fin"
    creer_recit(title="Flux piégé", chapo=chapo)
    canal = ET.fromstring(client.get("/recits/flux/").content).find("channel")
    description = canal.find("item").findtext("description")
    # Decoded from XML, the description is HTML that shows the chapô as typed: no tag,
    # no attribute to break out of, and « & » once (not « &amp; » on screen).
    assert "<" not in description and '"' not in description
    assert html.unescape(description) == chapo
    assert "&amp;amp;" in description  # the chapô's own « &amp; », shown literally


def test_plan_du_site(client, lieu, creer_recit):
    creer_recit(title="Dans le plan", slug="dans-le-plan")
    creer_recit(title="Hors du plan", slug="hors-du-plan", live=False)
    reponse = client.get("/sitemap.xml")
    assert reponse.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = {u.text for u in ET.fromstring(reponse.content).findall("s:url/s:loc", ns)}
    assert "http://testserver/recits/dans-le-plan/" in urls
    assert "http://testserver/lieux/cafe-tilleuls/" in urls
    assert "http://testserver/recits/" in urls
    assert not any("hors-du-plan" in u for u in urls)


def test_recit_depublie_disparait(client, creer_recit):
    recit = creer_recit(title="Bientôt retiré", slug="bientot-retire")
    assert b"Bient" in client.get("/recits/flux/").content
    recit.unpublish()
    assert client.get("/recits/bientot-retire/").status_code == 404
    assert b"Bient" not in client.get("/recits/flux/").content
    assert b"bientot-retire" not in client.get("/sitemap.xml").content
    assert b"Bient" not in client.get("/recits/").content
