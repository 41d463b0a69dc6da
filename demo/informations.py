"""The four demo information pages the footer links to (cooperative, contact, legal, data).

A visitor who finds stories about real villages first asks who publishes them and what
happens to what people send; the demo must answer that too. Pages are looked up by slug,
so a second run (or an editor's changes) is left alone.
"""

from __future__ import annotations

from recits.arborescence import enfant_publie
from recits.models import HomePage, InformationPage

A_COMPLETER = "<strong>[à compléter]</strong>"

PAGES_INFORMATION: list[dict] = [
    {
        "slug": "la-cooperative",
        "title": "La coopérative",
        "chapo": (
            "Une foncière solidaire qui achète et rénove des murs dans les villages pour y "
            "installer des cafés, des épiceries, des boulangeries et des tiers-lieux."
        ),
        "corps": (
            "<h2>Ce que nous faisons</h2>"
            "<p>Quand le dernier commerce d'un village ferme, le bâtiment reste souvent vide "
            "faute d'acheteur. La coopérative achète ces murs avec l'épargne de ses "
            "sociétaires, les rénove, puis les loue à un prix raisonnable à des personnes "
            "qui veulent y ouvrir un lieu de vie : un café, une épicerie, un fournil, un "
            "multi-commerce ou un tiers-lieu.</p>"
            "<h2>Pourquoi ce site</h2>"
            "<p>Les mètres carrés rénovés, les emplois et les euros se comptent. Ce qu'un "
            "lieu change pour celles et ceux qui vivent autour ne se compte pas : une "
            "personne âgée qui ressort de chez elle, des voisins qui se parlent de nouveau, "
            "un marché qui revient. <em>Récits vivants</em> rassemble ces histoires, "
            "racontées par les lieux eux-mêmes et par les habitants, pour les partager et "
            "pour rendre compte chaque année de notre utilité sociale.</p>"
            "<h2>Comment les récits arrivent ici</h2>"
            "<p>Chaque année, les personnes qui font vivre les lieux reçoivent un lien "
            "personnel pour raconter un moment, envoyer des photos ou transmettre les mots "
            "d'un habitant. L'équipe éditoriale relit chaque envoi, respecte la façon dont "
            "chacun a choisi d'être nommé, puis publie les récits avec l'accord de leurs "
            "auteurs.</p>"
            "<p><em>Site de démonstration : cette coopérative et ses lieux sont "
            "imaginaires.</em></p>"
        ),
    },
    {
        "slug": "contact",
        "title": "Contact",
        "chapo": "Une question, un récit à corriger ou à retirer, un lieu à nous signaler : écrivez-nous.",
        "corps": (
            "<h2>Écrire à l'équipe</h2>"
            '<p>Par e-mail : <a href="mailto:contact@recits-vivants.exemple.fr">'
            "contact@recits-vivants.exemple.fr</a> (adresse de démonstration).</p>"
            "<p>Par courrier : Coopérative des lieux de village (démonstration), "
            "1 place de l'Exemple, 00000 Villexemple.</p>"
            "<p>Nous répondons en général sous une semaine.</p>"
            "<h2>Vous faites vivre un lieu</h2>"
            "<p>Pour envoyer un récit, utilisez le lien personnel reçu par e-mail pour votre "
            "lieu. S'il ne fonctionne plus, écrivez à la personne de la coopérative qui suit "
            "votre lieu, ou à l'adresse ci-dessus : nous vous enverrons un lien à jour.</p>"
            "<h2>Un récit vous concerne</h2>"
            "<p>Si vous êtes nommé·e ou reconnaissable dans un récit ou sur une photo et "
            "souhaitez qu'il soit corrigé ou retiré, écrivez-nous en indiquant l'adresse de "
            "la page : nous le retirons d'abord, nous en parlons ensuite.</p>"
        ),
    },
    {
        "slug": "mentions-legales",
        "title": "Mentions légales",
        "chapo": (
            "Qui publie ce site et qui l'héberge. Les passages marqués [à compléter] sont "
            "à remplir par la coopérative avant la mise en ligne."
        ),
        "corps": (
            "<h2>Éditeur</h2>"
            f"<p>Coopérative des lieux de village (nom de démonstration) — forme juridique "
            f"et capital : {A_COMPLETER} — siège : {A_COMPLETER} — numéro SIREN / RCS : "
            f"{A_COMPLETER}.</p>"
            '<p>Contact : <a href="mailto:contact@recits-vivants.exemple.fr">'
            "contact@recits-vivants.exemple.fr</a> (adresse de démonstration).</p>"
            "<h2>Directeur ou directrice de la publication</h2>"
            f"<p>Nom et fonction : {A_COMPLETER}.</p>"
            "<h2>Hébergeur</h2>"
            f"<p>Nom, adresse et téléphone de l'hébergeur : {A_COMPLETER}.</p>"
            "<h2>Contenus</h2>"
            "<p>Les récits, témoignages et photos sont publiés avec l'accord de leurs "
            "auteurs et des personnes reconnaissables. Ils restent la propriété de celles et "
            "ceux qui les ont écrits ou pris ; toute reprise demande leur accord et celui de "
            "la coopérative.</p>"
            "<p>Les personnes nommées le sont comme elles l'ont choisi : prénom, pseudonyme "
            "ou anonymat. Pour demander une correction ou un retrait, voyez la page "
            "Contact.</p>"
        ),
    },
    {
        "slug": "donnees-personnelles",
        "title": "Données personnelles",
        "chapo": (
            "Ce que le site garde de celles et ceux qui racontent, pourquoi, combien de "
            "temps, et comment tout retirer."
        ),
        "corps": (
            "<h2>Si vous visitez le site</h2>"
            "<p>Le site ne dépose aucun cookie de mesure d'audience ni de publicité et ne "
            "demande aucun compte. Le serveur garde, comme tout serveur web, un journal "
            "technique des connexions pour la sécurité (durée de conservation : "
            f"{A_COMPLETER}).</p>"
            "<h2>Si vous envoyez un récit</h2>"
            "<p>Par le lien personnel de votre lieu, nous recevons ce que vous écrivez : "
            "le texte, les mots d'un habitant, les photos et leurs légendes, la façon dont "
            "chaque personne a choisi d'être nommée (prénom, pseudonyme ou anonyme) et, si "
            "vous la donnez, votre adresse e-mail pour vous répondre.</p>"
            "<ul>"
            "<li><strong>Photos</strong> : à l'arrivée, nous retirons de chaque photo ses "
            "métadonnées (EXIF), dont la position GPS, le modèle du téléphone et la date "
            "de prise de vue. Les photos non publiées ne sont accessibles par aucune "
            "adresse publique.</li>"
            "<li><strong>Accord</strong> : vous donnez un accord séparé pour le site, le "
            "rapport annuel et la presse. Nous gardons le texte exact de l'accord que vous "
            "avez accepté et sa date. Rien n'est publié sur un support sans son accord.</li>"
            "<li><strong>Relecture</strong> : l'équipe éditoriale peut remplacer un nom par "
            "un pseudonyme avant publication ; elle ne publie jamais un nom que vous n'avez "
            "pas choisi de montrer.</li>"
            "</ul>"
            "<h2>Retirer ce que vous avez envoyé</h2>"
            "<p>À tout moment, même après la fin de la collecte, rouvrez votre lien "
            "personnel et touchez « Retirer ». Le récit disparaît aussitôt du site et de la "
            "recherche, et tout ce que vous avez envoyé est effacé : texte, noms, e-mail, "
            "photos. Il ne reste qu'une ligne qui dit qu'un envoi a été retiré, sans aucun "
            "contenu.</p>"
            "<p>Si votre lien ne marche plus, ou si vous êtes une personne citée dans un "
            "récit, demandez l'effacement à l'équipe (page Contact) : il est fait de la même "
            "façon, entièrement.</p>"
            "<h2>Combien de temps</h2>"
            "<p>Un récit publié reste en ligne tant que vous ne le retirez pas. Un envoi "
            f"non publié est effacé au plus tard {A_COMPLETER} après la fin de sa "
            "collecte. Les rapports annuels déjà imprimés ne peuvent pas être repris.</p>"
            "<h2>Qui contacter</h2>"
            "<p>Pour toute question ou demande (accès, correction, effacement) : "
            '<a href="mailto:donnees@recits-vivants.exemple.fr">'
            "donnees@recits-vivants.exemple.fr</a> (adresse de démonstration). Responsable "
            f"du traitement : {A_COMPLETER}. Vous pouvez aussi vous adresser à la CNIL "
            "(cnil.fr).</p>"
        ),
    },
]


def creer_pages_information() -> list[InformationPage]:
    """The information pages under the home page, the missing ones created and published."""
    accueil = HomePage.objects.get()
    return [enfant_publie(accueil, InformationPage, **donnees) for donnees in PAGES_INFORMATION]
