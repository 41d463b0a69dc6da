"""The demo's French text: fictional places, hand-written stories and composable fragments.

Everything here is invented: villages, people, figures. Story bodies are written as small
tuples, turned into StreamField blocks by the loader:

- ``("p", "texte")``: a paragraph (several with a blank line between them);
- ``("t", "citation", "nom", "rôle")``: a testimony (empty name for someone unnamed);
- ``("img", "variante", "légende")``: one of the place's illustrations;
- ``("gal", "titre", [("variante", "légende"), …])``: a gallery.

``variante`` names one of the place's pictures (see ``VARIANTES``).
"""

from datetime import date

# Slugs of the stories loaded as drafts (never published), for "nothing unpublished leaks".
BROUILLONS = [
    "club-tricot-pres-du-poele",
    "le-bus-ne-passe-plus-le-mercredi",
    "veillee-pour-ceux-qui-sont-seuls",
]

# ---------------------------------------------------------------------------
# Pictures: what each variant shows, and how it is drawn (moment, props, season)
# ---------------------------------------------------------------------------
VARIANTES: dict[str, dict] = {
    "aube": {
        "moment": "aube",
        "decor": {"velo"},
        "texte": "à l'aube, la vitrine déjà éclairée",
        "legendes": ["À l'aube, la vitrine est déjà allumée.", "Avant le lever du jour."],
    },
    "matin": {
        "moment": "matin",
        "decor": {"terrasse", "velo"},
        "texte": "un matin ensoleillé, la terrasse installée",
        "legendes": ["Le matin, avant l'arrivée des premiers.", "La terrasse au petit matin."],
    },
    "place": {
        "moment": "midi",
        "decor": {"fontaine", "monde"},
        "texte": "en plein jour, la place et sa fontaine",
        "legendes": ["En plein jour, la place et sa fontaine.", "La place à l'heure du déjeuner."],
    },
    "marche": {
        "moment": "midi",
        "decor": {"marche", "monde"},
        "texte": "un jour de marché, les étals sur la place",
        "legendes": ["Les étals sur la place.", "Un jour de marché devant la façade."],
    },
    "couchant": {
        "moment": "couchant",
        "decor": {"terrasse", "monde"},
        "texte": "au coucher du soleil, la terrasse animée",
        "legendes": ["En fin de journée, la lumière dorée sur la façade.", "Au coucher du soleil."],
    },
    "soiree": {
        "moment": "crepuscule",
        "decor": {"guirlande", "terrasse", "monde"},
        "texte": "un soir de fête, sous les guirlandes",
        "legendes": [
            "Le soir, sous les guirlandes.",
            "À la tombée de la nuit, la terrasse s'anime.",
        ],
    },
    "nuit": {
        "moment": "nuit",
        "decor": {"fontaine"},
        "texte": "la nuit, les fenêtres allumées",
        "legendes": [
            "Tard dans la nuit, les dernières lumières.",
            "La façade éclairée, à la fermeture.",
        ],
    },
    "hiver": {
        "moment": "hiver",
        "decor": {"monde"},
        "saison": "hiver",
        "texte": "un matin d'hiver, sous la neige",
        "legendes": ["Sous la neige.", "Un matin d'hiver."],
    },
    # Inside views: the furniture follows the place's activity (demo/interieurs.py).
    "comptoir": {
        "moment": "matin",
        "decor": set(),
        "vue": "interieur",
        "texte": "en journée, à l'intérieur",
        "legendes": ["À l'intérieur, en pleine journée.", "Le coin des habitués."],
    },
    "veillee": {
        "moment": "crepuscule",
        "decor": set(),
        "vue": "interieur",
        "texte": "un soir, à l'intérieur sous les lampes",
        "legendes": ["Le soir, sous les lampes.", "À l'intérieur, la soirée commence."],
    },
}
# Variants whose light is the evening's: an inside view of the same story is lit by lamps.
VARIANTES_DU_SOIR = {"soiree", "nuit", "couchant", "veillee"}

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
# `le`, `au`, `du`: the name with its article, for sentences; `a_commune`, `de_commune`
# likewise for the village; `porteur`: the first name of who runs the place day to day.
LIEUX: list[dict] = [
    {
        "slug": "cafe-de-la-fontaine",
        "title": "Café de la Fontaine",
        "le": "le Café de la Fontaine",
        "au": "au Café de la Fontaine",
        "du": "du Café de la Fontaine",
        "type_activite": "cafe",
        "commune": "Saint-Martial-des-Fonts",
        "a_commune": "à Saint-Martial-des-Fonts",
        "de_commune": "de Saint-Martial-des-Fonts",
        "code_postal": "07310",
        "departement": "07",
        "region": "Auvergne-Rhône-Alpes",
        "date_ouverture": date(2021, 5, 8),
        "latitude": "44.87420",
        "longitude": "4.32150",
        "porteur": "Élodie",
        "contact_nom": "Élodie Mercier",
        "contact_email": "cafe.fontaine@exemple.fr",
        "description": (
            "Fermé depuis 2014, le café de la place a rouvert au printemps 2021, porté par une "
            "coopérative d'une quarantaine d'habitants. On y sert le café dès 7 h 30 et un plat "
            "du jour le midi. Le jeudi, sa cour accueille les producteurs du petit marché ; les "
            "jours sans tournée de boulanger, il fait aussi dépôt de pain."
        ),
        "dessin": {
            "graine": 701, "relief": "cevennes", "enseigne": "CAFÉ DE LA FONTAINE",
            "facade": "#e3cfa8", "store": "#b5412e", "volets": "#3f6e8c", "position": 0.42,
        },
        "variantes": ["matin", "marche", "couchant", "soiree", "hiver"],
    },
    {
        "slug": "boulangerie-du-vieux-four",
        "title": "Boulangerie du Vieux Four",
        "le": "la Boulangerie du Vieux Four",
        "au": "à la Boulangerie du Vieux Four",
        "du": "de la Boulangerie du Vieux Four",
        "type_activite": "boulangerie",
        "commune": "Saint-Auban-sur-Roubion",
        "a_commune": "à Saint-Auban-sur-Roubion",
        "de_commune": "de Saint-Auban-sur-Roubion",
        "code_postal": "26450",
        "departement": "26",
        "region": "Auvergne-Rhône-Alpes",
        "date_ouverture": date(2023, 9, 16),
        "latitude": "44.59310",
        "longitude": "4.98270",
        "porteur": "Inès",
        "contact_nom": "Inès Garnier",
        "contact_email": "vieux.four@exemple.fr",
        "description": (
            "Le four à bois du village, construit en 1923, s'était éteint en 2011 avec le départ "
            "à la retraite du dernier boulanger. La foncière a racheté et rénové le fournil ; "
            "Inès et Mathieu l'ont rallumé en septembre 2023. Pain au levain, farines de blés "
            "anciens du plateau voisin, tournée dans les hameaux deux fois par semaine."
        ),
        "dessin": {
            "graine": 2601, "relief": "provence", "enseigne": "BOULANGERIE",
            "facade": "#efd9b4", "store": "#c79a2e", "volets": "#8aa0c0", "position": 0.6,
        },
        "variantes": ["aube", "matin", "marche", "couchant", "nuit"],
    },
    {
        "slug": "epicerie-du-lavoir",
        "title": "L'Épicerie du Lavoir",
        "le": "l'épicerie du Lavoir",
        "au": "à l'épicerie du Lavoir",
        "du": "de l'épicerie du Lavoir",
        "type_activite": "epicerie",
        "commune": "Pradelle-sur-Eygues",
        "a_commune": "à Pradelle-sur-Eygues",
        "de_commune": "de Pradelle-sur-Eygues",
        "code_postal": "26110",
        "departement": "26",
        "region": "Auvergne-Rhône-Alpes",
        "date_ouverture": date(2022, 3, 5),
        "latitude": "44.35880",
        "longitude": "5.21640",
        "porteur": "Anaïs",
        "contact_nom": "Anaïs Lefebvre",
        "contact_email": "epicerie.lavoir@exemple.fr",
        "description": (
            "Une épicerie associative installée dans l'ancienne remise du lavoir, avec une "
            "salariée et une vingtaine de bénévoles. Produits du quotidien, rayon vrac, fruits "
            "et légumes de la vallée de l'Eygues, point relais colis. On y vient avec ses bocaux."
        ),
        "dessin": {
            "graine": 2602, "relief": "provence", "enseigne": "ÉPICERIE DU LAVOIR",
            "facade": "#e8c9a0", "store": "#3a7d44", "volets": "#6c8f9f", "position": 0.5,
            "voisins": ["#e6d3b3", "#d7b48e"],
        },
        "variantes": ["matin", "place", "marche", "couchant", "soiree"],
    },
    {
        "slug": "la-remise",
        "title": "La Remise",
        "le": "la Remise",
        "au": "à la Remise",
        "du": "de la Remise",
        "type_activite": "tiers-lieu",
        "commune": "Saint-Sébastien-en-Trièves",
        "a_commune": "à Saint-Sébastien-en-Trièves",
        "de_commune": "de Saint-Sébastien-en-Trièves",
        "code_postal": "38710",
        "departement": "38",
        "region": "Auvergne-Rhône-Alpes",
        "date_ouverture": date(2022, 6, 18),
        "latitude": "44.80550",
        "longitude": "5.70320",
        "porteur": "Thibault",
        "contact_nom": "Thibault Chevalier",
        "contact_email": "la.remise@exemple.fr",
        "description": (
            "L'ancien entrepôt de la coopérative agricole est devenu un tiers-lieu : atelier "
            "partagé, repair café le troisième samedi du mois, cantine le vendredi midi, "
            "concerts au chapeau. L'étage a été aménagé en chantier participatif."
        ),
        "dessin": {
            "graine": 3801, "relief": "alpes", "enseigne": "LA REMISE", "facade_type": "grange",
            "facade": "#d6cdbd", "store": "#d0782a", "volets": "#5d4a3c", "toit": "#5b6470",
            "position": 0.38,
        },
        "variantes": ["matin", "place", "soiree", "nuit", "hiver"],
    },
    {
        "slug": "le-relais-des-sucs",
        "title": "Le Relais des Sucs",
        "le": "le Relais des Sucs",
        "au": "au Relais des Sucs",
        "du": "du Relais des Sucs",
        "type_activite": "multi-commerce",
        "commune": "Chaudeyrac-les-Sucs",
        "a_commune": "à Chaudeyrac-les-Sucs",
        "de_commune": "de Chaudeyrac-les-Sucs",
        "code_postal": "43150",
        "departement": "43",
        "region": "Auvergne-Rhône-Alpes",
        "date_ouverture": date(2021, 10, 2),
        "latitude": "44.94120",
        "longitude": "4.15480",
        "porteur": "Damien",
        "contact_nom": "Damien Brun",
        "contact_email": "relais.sucs@exemple.fr",
        "description": (
            "Sur le plateau, à 1 200 mètres d'altitude, le Relais est à la fois bar, épicerie, "
            "dépôt de pain, point poste et tabac-presse. Il appartient à une coopérative de près "
            "de deux cents sociétaires. L'hiver, quand la route ferme, c'est le seul commerce "
            "ouvert à vingt kilomètres."
        ),
        "dessin": {
            "graine": 4301, "relief": "plateau", "enseigne": "LE RELAIS",
            "facade": "#cfc6b8", "store": "#8a2f3a", "volets": "#3d5c4a", "toit": "#5b6470",
            "position": 0.55, "voisins": ["#bdb3a3", "#c9bfae"],
        },
        "variantes": ["hiver", "matin", "couchant", "soiree", "nuit"],
    },
    {
        "slug": "le-bistrot-de-la-place",
        "title": "Le Bistrot de la Place",
        "le": "le Bistrot de la Place",
        "au": "au Bistrot de la Place",
        "du": "du Bistrot de la Place",
        "type_activite": "cafe",
        "commune": "Saint-Privat-de-Cèze",
        "a_commune": "à Saint-Privat-de-Cèze",
        "de_commune": "de Saint-Privat-de-Cèze",
        "code_postal": "30630",
        "departement": "30",
        "region": "Occitanie",
        "date_ouverture": date(2020, 7, 4),
        "latitude": "44.25170",
        "longitude": "4.38940",
        "porteur": "Nadia",
        "contact_nom": "Nadia Belkacem",
        "contact_email": "bistrot.place@exemple.fr",
        "description": (
            "Sous les platanes de la place, un bistrot de village rouvert à l'été 2020 par une "
            "association d'habitants. Cuisine du marché, vins de la cave coopérative voisine, "
            "concours de pétanque le mercredi soir et concerts l'été."
        ),
        "dessin": {
            "graine": 3001, "relief": "garrigue", "enseigne": "BISTROT",
            "facade": "#ecd6b0", "store": "#1f6f8b", "volets": "#9bb3a0", "position": 0.58,
            "voisins": ["#e9cda6", "#dcc1a0"],
        },
        "variantes": ["matin", "marche", "couchant", "soiree", "nuit"],
    },
    {
        "slug": "epicerie-des-sources",
        "title": "L'Épicerie des Sources",
        "le": "l'épicerie des Sources",
        "au": "à l'épicerie des Sources",
        "du": "de l'épicerie des Sources",
        "type_activite": "epicerie",
        "commune": "Le Pont-de-Tarnon",
        "a_commune": "au Pont-de-Tarnon",
        "de_commune": "du Pont-de-Tarnon",
        "code_postal": "48400",
        "departement": "48",
        "region": "Occitanie",
        "date_ouverture": date(2022, 11, 5),
        "latitude": "44.30260",
        "longitude": "3.60510",
        "porteur": "Lucie",
        "contact_nom": "Lucie Fabre",
        "contact_email": "epicerie.sources@exemple.fr",
        "description": (
            "La seule épicerie à quinze kilomètres à la ronde, au fond d'une vallée cévenole. "
            "Un tiers de ce qu'elle vend vient de producteurs voisins : pélardons, miel de "
            "châtaignier, agneau du causse. Livraisons le vendredi pour ceux qui ne peuvent pas "
            "se déplacer."
        ),
        "dessin": {
            "graine": 4801, "relief": "cevennes", "enseigne": "ÉPICERIE",
            "facade": "#c9bba3", "store": "#a0522d", "volets": "#55706b", "toit": "#6b5e58",
            "position": 0.45, "clocher": False,
        },
        "variantes": ["matin", "place", "marche", "couchant", "hiver"],
    },
    {
        "slug": "le-fournil-des-ecrins",
        "title": "Le Fournil des Écrins",
        "le": "le Fournil des Écrins",
        "au": "au Fournil des Écrins",
        "du": "du Fournil des Écrins",
        "type_activite": "boulangerie",
        "commune": "Villar-Saint-Jacques",
        "a_commune": "à Villar-Saint-Jacques",
        "de_commune": "de Villar-Saint-Jacques",
        "code_postal": "05200",
        "departement": "05",
        "region": "Provence-Alpes-Côte d'Azur",
        "date_ouverture": date(2022, 4, 9),
        "latitude": "44.62780",
        "longitude": "6.41230",
        "porteur": "Aurore",
        "contact_nom": "Sébastien Michel",
        "contact_email": "fournil.ecrins@exemple.fr",
        "description": (
            "Boulangerie-pâtisserie au pied des pistes, ouverte toute l'année. Le fournil forme "
            "un apprenti et, le dimanche, deux tables au fond de la boutique réunissent les "
            "habitants et les saisonniers de la station voisine."
        ),
        "dessin": {
            "graine": 501, "relief": "alpes", "enseigne": "LE FOURNIL",
            "facade": "#e6dccb", "store": "#7b2d26", "volets": "#4e6e8e", "toit": "#4f5863",
            "position": 0.62,
        },
        "variantes": ["aube", "matin", "couchant", "nuit", "hiver"],
    },
    {
        "slug": "l-atelier-des-lavandes",
        "title": "L'Atelier des Lavandes",
        "le": "l'Atelier des Lavandes",
        "au": "à l'Atelier des Lavandes",
        "du": "de l'Atelier des Lavandes",
        "type_activite": "tiers-lieu",
        "commune": "Revest-des-Combes",
        "a_commune": "à Revest-des-Combes",
        "de_commune": "de Revest-des-Combes",
        "code_postal": "04230",
        "departement": "04",
        "region": "Provence-Alpes-Côte d'Azur",
        "date_ouverture": date(2021, 9, 25),
        "latitude": "44.05140",
        "longitude": "5.82310",
        "porteur": "Clément",
        "contact_nom": "Clément Vidal",
        "contact_email": "atelier.lavandes@exemple.fr",
        "description": (
            "Dans l'ancienne distillerie de lavande, un tiers-lieu avec café associatif, "
            "espace de travail partagé, atelier couture, cinéma en plein air l'été et "
            "résidences d'artistes. Au pied de la montagne de Lure."
        ),
        "dessin": {
            "graine": 401, "relief": "provence", "enseigne": "L'ATELIER", "facade_type": "grange",
            "facade": "#f0dcc0", "store": "#7d5ba6", "volets": "#7d5ba6", "position": 0.4,
            "voisins": ["#ead0a8", "#e2c4a2"],
        },
        "variantes": ["matin", "place", "couchant", "soiree", "nuit"],
    },
    {
        "slug": "la-maison-du-village",
        "title": "La Maison du Village",
        "le": "la Maison du Village",
        "au": "à la Maison du Village",
        "du": "de la Maison du Village",
        "type_activite": "multi-commerce",
        "commune": "Saint-Léger-des-Dentelles",
        "a_commune": "à Saint-Léger-des-Dentelles",
        "de_commune": "de Saint-Léger-des-Dentelles",
        "code_postal": "84190",
        "departement": "84",
        "region": "Provence-Alpes-Côte d'Azur",
        "date_ouverture": date(2020, 11, 21),
        "latitude": "44.17630",
        "longitude": "5.05220",
        "porteur": "Sandrine",
        "contact_nom": "Sandrine Rey",
        "contact_email": "maison.village@exemple.fr",
        "description": (
            "Épicerie, bar, agence postale communale et relais de la bibliothèque : la Maison "
            "du Village rassemble sous un même toit les services que le village avait perdus "
            "un à un. Une conseillère numérique y tient permanence le mardi."
        ),
        "dessin": {
            "graine": 8401, "relief": "provence", "enseigne": "MAISON DU VILLAGE",
            "facade": "#f2dfc1", "store": "#c0392b", "volets": "#5f8f8f", "position": 0.52,
            "voisins": ["#e8cfa6", "#eddcc0"],
        },
        "variantes": ["matin", "place", "marche", "couchant", "soiree"],
    },
    {
        "slug": "cafe-des-alpages",
        "title": "Café des Alpages",
        "le": "le Café des Alpages",
        "au": "au Café des Alpages",
        "du": "du Café des Alpages",
        "type_activite": "cafe",
        "commune": "La Combe-des-Bauges",
        "a_commune": "à La Combe-des-Bauges",
        "de_commune": "de La Combe-des-Bauges",
        "code_postal": "73630",
        "departement": "73",
        "region": "Auvergne-Rhône-Alpes",
        "date_ouverture": date(2022, 12, 10),
        "latitude": "45.63520",
        "longitude": "6.15480",
        "porteur": "Maëlle",
        "contact_nom": "Maëlle Perrier",
        "contact_email": "cafe.alpages@exemple.fr",
        "description": (
            "Le café du village, fermé en 2016, a rouvert en décembre 2022 en pleine tempête "
            "de neige. Petite restauration, table d'hôte le lundi, point d'information pour les "
            "randonneurs du GR et veillées contes l'hiver."
        ),
        "dessin": {
            "graine": 7301, "relief": "alpes", "enseigne": "CAFÉ DES ALPAGES",
            "facade": "#d9c7a7", "store": "#2e5e4e", "volets": "#8c3b2f", "toit": "#4f5863",
            "position": 0.47, "voisins": ["#cbbba0", "#d3c4ad"],
        },
        "variantes": ["matin", "couchant", "soiree", "nuit", "hiver"],
    },
    {
        "slug": "epicerie-de-la-halle",
        "title": "L'Épicerie de la Halle",
        "le": "l'épicerie de la Halle",
        "au": "à l'épicerie de la Halle",
        "du": "de l'épicerie de la Halle",
        "type_activite": "epicerie",
        "commune": "Saint-Maurice-du-Bugey",
        "a_commune": "à Saint-Maurice-du-Bugey",
        "de_commune": "de Saint-Maurice-du-Bugey",
        "code_postal": "01450",
        "departement": "01",
        "region": "Auvergne-Rhône-Alpes",
        "date_ouverture": date(2021, 3, 13),
        "latitude": "46.05270",
        "longitude": "5.47380",
        "porteur": "Karim",
        "contact_nom": "Karim Haddad",
        "contact_email": "epicerie.halle@exemple.fr",
        "description": (
            "Face à la halle du XVIIIe siècle, une épicerie de village avec rayon vrac, "
            "fromages et vins du Bugey, point relais colis. Le jeudi, des paniers sont livrés "
            "aux personnes qui ne peuvent plus se déplacer."
        ),
        "dessin": {
            "graine": 101, "relief": "bugey", "enseigne": "ÉPICERIE DE LA HALLE",
            "facade": "#e0d5c1", "store": "#e3b23c", "volets": "#3f5f7f", "toit": "#8a4b38",
            "position": 0.55,
        },
        "variantes": ["matin", "place", "marche", "couchant", "soiree"],
    },
    {
        "slug": "la-forge",
        "title": "La Forge",
        "le": "la Forge",
        "au": "à la Forge",
        "du": "de la Forge",
        "type_activite": "tiers-lieu",
        "commune": "Saint-Genest-des-Monts",
        "a_commune": "à Saint-Genest-des-Monts",
        "de_commune": "de Saint-Genest-des-Monts",
        "code_postal": "42440",
        "departement": "42",
        "region": "Auvergne-Rhône-Alpes",
        "date_ouverture": date(2023, 2, 4),
        "latitude": "45.67810",
        "longitude": "3.84960",
        "porteur": "Yanis",
        "contact_nom": "Yanis Morel",
        "contact_email": "la.forge@exemple.fr",
        "description": (
            "L'atelier du dernier forgeron des monts du Forez est devenu un tiers-lieu : "
            "atelier vélo, repair café, aide aux démarches en ligne le jeudi matin, bals et "
            "concerts. Ouvert en février 2023."
        ),
        "dessin": {
            "graine": 4201, "relief": "bugey", "enseigne": "LA FORGE", "facade_type": "grange",
            "facade": "#c8bfb0", "store": "#4a4a52", "volets": "#a0522d", "toit": "#5b6470",
            "position": 0.4, "voisins": ["#bcb2a2", "#cfc4b2"],
        },
        "variantes": ["matin", "place", "soiree", "nuit", "hiver"],
    },
    {
        "slug": "le-comptoir-du-coiron",
        "title": "Le Comptoir du Coiron",
        "le": "le Comptoir du Coiron",
        "au": "au Comptoir du Coiron",
        "du": "du Comptoir du Coiron",
        "type_activite": "multi-commerce",
        "commune": "Les Balmes-du-Coiron",
        "a_commune": "aux Balmes-du-Coiron",
        "de_commune": "des Balmes-du-Coiron",
        "code_postal": "07400",
        "departement": "07",
        "region": "Auvergne-Rhône-Alpes",
        "date_ouverture": date(2022, 7, 2),
        "latitude": "44.66740",
        "longitude": "4.56890",
        "porteur": "Amel",
        "contact_nom": "Amel Benali",
        "contact_email": "comptoir.coiron@exemple.fr",
        "description": (
            "Café, épicerie, dépôt de pain et presse sur le plateau basaltique du Coiron. Le "
            "Comptoir est une coopérative dont les sociétaires sont, pour la plupart, des "
            "habitants ; deux salariés le tiennent six jours sur sept."
        ),
        "dessin": {
            "graine": 702, "relief": "plateau", "enseigne": "LE COMPTOIR",
            "facade": "#b9b0a4", "store": "#d35400", "volets": "#2f5d62", "toit": "#7a4a3a",
            "position": 0.5, "voisins": ["#a9a196", "#c4bcb0"],
        },
        "variantes": ["matin", "marche", "couchant", "soiree", "hiver"],
    },
]  # fmt: skip

# ---------------------------------------------------------------------------
# Hand-written stories
# ---------------------------------------------------------------------------
RECITS: list[dict] = [
    {
        "lieu": "cafe-de-la-fontaine",
        "titre": "Marcel vient pour le pain et reste pour le café",
        "date": date(2023, 2, 16),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Élodie",
        "source": "contribution",
        "photo": "hiver",
        "tags": ["aînés", "dépôt de pain"],
        "indicateurs": ["lutte-isolement", "lien-social", "convivialite"],
        "passages": {"lutte-isolement": "Avant, je ne savais plus rien du village. Je parlais à la télévision."},
        "chapo": (
            "Depuis la mort de sa femme, Marcel ne sortait plus guère. Un matin de novembre, il "
            "est venu chercher une baguette au dépôt de pain du café. Il n'est reparti qu'à "
            "onze heures."
        ),
        "corps": [
            ("p", "Marcel a quatre-vingt-sept ans et habite la dernière maison de la route du Moulin, à deux kilomètres de la place. Quand le café a rouvert, il ne venait pas : « le café, c'est pour les jeunes », disait-il à sa voisine. Il achetait son pain au camion du mardi et le congelait pour la semaine."),
            ("p", "L'hiver dernier, le camion a cessé de passer. Sa voisine l'a convaincu de venir chercher sa baguette chez nous, puisque nous faisons dépôt de pain. Il est arrivé à huit heures, a pris sa baguette, puis a demandé s'il pouvait s'asseoir cinq minutes. Il connaissait le père de Bernard, qui lisait le journal au comptoir. Ils ont parlé de la foire aux bestiaux de 1962 jusqu'à onze heures."),
            ("t", "Maintenant je descends tous les matins. Je prends mon pain, mon café, je lis le journal et je sais qui est malade, qui a vendu sa maison. Avant, je ne savais plus rien du village. Je parlais à la télévision.", "Marcel", "habitant"),
            ("p", "Il a désormais sa table, près du poêle. Quand il ne vient pas, quelqu'un passe voir si tout va bien. C'est arrivé une fois, en janvier : une bronchite. Des habitués du café lui ont monté ses courses pendant une semaine."),
        ],
    },
    {
        "lieu": "cafe-de-la-fontaine",
        "titre": "Le jeudi, le marché tient dans la cour du café",
        "date": date(2023, 6, 22),
        "genre": "photos",
        "signature": "prenom",
        "auteur": "Bernard",
        "source": "contribution",
        "photo": "marche",
        "tags": ["marché", "producteurs locaux"],
        "indicateurs": ["dynamisme-territorial", "services-proximite", "transition-ecologique"],
        "chapo": (
            "Trois producteurs au départ, neuf aujourd'hui : le petit marché du jeudi soir s'est "
            "installé dans la cour du Café de la Fontaine et a trouvé ses habitués."
        ),
        "corps": [
            ("p", "L'idée vient de Sophie, maraîchère à la sortie du village, qui n'avait pas le temps de descendre au marché de la ville. Elle a demandé si elle pouvait poser ses cageots dans la cour, un jeudi de mai, de 17 h à 19 h. Le fromager de la ferme des Chabannes l'a suivie la semaine d'après, puis un apiculteur, une boulangère de la vallée, un éleveur de volailles."),
            ("gal", "Un jeudi de juin", [("marche", "Les étals dans la cour, vers 17 h 30."), ("couchant", "À la fermeture, on reste boire un verre sur la terrasse."), ("matin", "Le lendemain matin, la cour a retrouvé ses tables.")]),
            ("t", "Je vends plus en deux heures ici qu'en une matinée au marché de la ville, et surtout je ne fais plus soixante kilomètres. Les gens me commandent au comptoir les légumes de la semaine suivante.", "Sophie", "maraîchère"),
            ("p", "Le café n'y gagne rien directement, sinon les verres servis à la fermeture. Mais le jeudi, la place est pleine, et l'on voit descendre des gens des hameaux qu'on ne voyait jamais. Tout ce qui se vend dans la cour a poussé ou a été fabriqué à moins de quinze kilomètres."),
        ],
    },
    {
        "lieu": "cafe-de-la-fontaine",
        "titre": "La première paie de Lina",
        "date": date(2024, 8, 29),
        "genre": "temoignage",
        "signature": "prenom",
        "auteur": "Lina",
        "source": "contribution",
        "photo": "couchant",
        "tags": ["jeunes", "premier emploi"],
        "indicateurs": ["emploi-insertion", "mixite"],
        "passages": {"mixite": "Maintenant je connais leurs histoires."},
        "chapo": (
            "Lina a seize ans. Cet été, elle a servi les cafés et les diabolos en terrasse, deux "
            "jours par semaine. Elle raconte son premier emploi, et ce qu'elle a appris des "
            "habitués."
        ),
        "corps": [
            ("t", "J'avais envoyé des CV en ville pour l'été, personne ne m'a répondu. Élodie m'a proposé de venir le mercredi et le samedi. Le premier jour, j'ai renversé un plateau entier sur la terrasse. Marcel a applaudi. Après, ça allait.", "Lina", "salariée saisonnière"),
            ("p", "Elle a été embauchée pour huit semaines, quatorze heures par semaine. Élodie lui a appris la caisse, le percolateur, les commandes aux fournisseurs. Lina a aussi appris les prénoms : qui prend son café allongé, qui veut le journal avant de commander, qui n'aime pas qu'on lui parle avant dix heures."),
            ("t", "Avant, les vieux du village, pour moi, c'étaient des gens qui râlaient contre le bruit des scooters. Maintenant je connais leurs histoires. Ils me demandent mes notes du bac blanc.", "Lina", "salariée saisonnière"),
            ("p", "Avec sa première paie, elle a payé son code de la route. Elle reviendra l'été prochain, « si Élodie veut bien »."),
        ],
    },
    {
        "lieu": "boulangerie-du-vieux-four",
        "titre": "Douze ans après, le four s'est rallumé",
        "date": date(2023, 9, 16),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Inès",
        "source": "contribution",
        "photo": "aube",
        "tags": ["pain", "ouverture"],
        "indicateurs": ["bien-vivre", "dynamisme-territorial"],
        "passages": {"bien-vivre": "Ce matin, on a gagné quelque chose."},
        "chapo": (
            "Le dernier boulanger de Saint-Auban avait éteint son four à bois en 2011. Samedi, à "
            "quatre heures du matin, Inès et Mathieu l'ont rallumé. À sept heures, la queue "
            "allait jusqu'à la fontaine."
        ),
        "corps": [
            ("p", "Le four date de 1923. Quand Roger a pris sa retraite, personne n'a repris : le bâtiment était trop vétuste, le prêt trop lourd pour un jeune boulanger. La foncière a racheté les murs en 2022, refait la toiture et l'électricité, puis cherché des boulangers. Nous sommes arrivés de Lyon avec l'envie de faire du pain au levain dans un village qui en manquait."),
            ("p", "Il a fallu trois semaines pour sécher le four. On l'a chauffé un peu plus chaque jour, comme nous l'avait expliqué Roger, qui passait surveiller. La veille de l'ouverture, il a posé la main sur la voûte et il a dit : « Il est prêt. Il a la couleur. »"),
            ("t", "Quand j'ai senti l'odeur du pain depuis ma fenêtre, à six heures, j'ai pleuré. On avait perdu l'école, la poste, le boulanger. Ce matin, on a gagné quelque chose.", "Josiane", "habitante"),
            ("p", "Nous avions fait cent vingt pains. À neuf heures et demie, il n'en restait plus. Roger est reparti avec le premier, qu'il a tenu à payer."),
        ],
    },
    {
        "lieu": "boulangerie-du-vieux-four",
        "titre": "Le pain part en tournée dans les hameaux",
        "date": date(2024, 1, 25),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Mathieu",
        "source": "contribution",
        "photo": "matin",
        "tags": ["tournée", "aînés", "pain"],
        "indicateurs": ["services-proximite", "lutte-isolement"],
        "chapo": (
            "Deux fois par semaine, Mathieu charge la camionnette et fait le tour des hameaux de "
            "la montagne. Onze arrêts, quarante-deux kilomètres, et beaucoup plus que du pain."
        ),
        "corps": [
            ("p", "La tournée est née d'une demande de la mairie : dans les hameaux des Blaches et de Combe-Noire, une vingtaine de personnes âgées ne conduisent plus. Le mardi et le vendredi, je pars à dix heures avec le pain, quelques viennoiseries, et les commandes passées par téléphone à l'épicerie, qui me confie ses sacs."),
            ("p", "À chaque arrêt, je klaxonne deux fois. Les gens sortent, parfois en chaussons. On parle de la météo, des petits-enfants, de l'état de la route. Madame Fabre, aux Blaches, m'attend avec un café. Je n'ai pas le temps, mais je le bois quand même."),
            ("t", "Le pain, je pourrais le congeler. Ce que je ne peux pas congeler, c'est voir quelqu'un deux fois par semaine. Quand il ne passe pas, à cause de la neige, la semaine est longue.", "Mme Fabre", "habitante des Blaches"),
            ("p", "Deux fois cet hiver, j'ai trouvé une porte qui ne s'ouvrait pas. La première fois, la dame était chez sa fille. La seconde, elle était tombée dans sa cuisine. J'ai appelé les pompiers. Elle va bien."),
        ],
    },
    {
        "lieu": "boulangerie-du-vieux-four",
        "titre": "Le blé de Jean-Pierre, à quatorze kilomètres du four",
        "date": date(2024, 7, 11),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Inès",
        "source": "contribution",
        "photo": "couchant",
        "tags": ["producteurs locaux", "blés anciens"],
        "indicateurs": ["transition-ecologique", "dynamisme-territorial"],
        "chapo": (
            "Depuis cet été, toute la farine de la boulangerie vient d'un seul paysan, installé "
            "sur le plateau. Une histoire de blés anciens, de moulin à meules de pierre et de "
            "confiance."
        ),
        "corps": [
            ("p", "Jean-Pierre cultivait du blé pour une grosse coopérative, qui l'expédiait on ne sait où. Quand il a appris qu'un four s'était rallumé au village, il est venu avec un sac de touselle, un blé ancien que semait son grand-père. Le pain était plus dense, plus parfumé. Nous avons décidé de tout faire avec son blé."),
            ("p", "Il a fallu trouver un moulin : un meunier de la vallée moud encore à la pierre pour les petits paysans. Le blé fait maintenant quatre kilomètres jusqu'au moulin et dix jusqu'au four, au lieu de traverser la France. Jean-Pierre a converti ses parcelles en bio cette année."),
            ("img", "marche", "Le samedi matin, le pain de Jean-Pierre part en moins de deux heures."),
            ("t", "Je vends mon blé deux fois plus cher qu'à la coopérative, et je vois les gens le manger. Le samedi, je viens acheter mon pain comme tout le monde, et on me demande comment s'annonce la moisson.", "Jean-Pierre", "agriculteur"),
        ],
    },
    {
        "lieu": "epicerie-du-lavoir",
        "titre": "L'épicerie qui garde les colis",
        "date": date(2023, 4, 13),
        "genre": "temoignage",
        "signature": "anonyme",
        "auteur": "",
        "source": "contribution",
        "photo": "place",
        "tags": ["colis", "point relais"],
        "indicateurs": ["services-proximite", "lien-social"],
        "chapo": (
            "Depuis que l'épicerie est devenue point relais, plus personne ne fait trente "
            "kilomètres pour récupérer un paquet. Et en venant chercher son colis, on reste parler."
        ),
        "corps": [
            ("p", "Avant, quand on n'était pas là au passage du livreur, le colis partait au bureau de poste de la ville. Pour Claudine, qui n'a plus de voiture, c'était une demi-journée perdue et un service à demander aux voisins. L'épicerie a signé avec deux réseaux de points relais en 2022 ; elle reçoit entre vingt et quarante colis par semaine."),
            ("t", "Je suis venue chercher un colis, je suis repartie avec des œufs, des nouvelles de tout le monde et l'adresse d'un plombier. Le colis, c'étaient des chaussettes.", "Claudine", "habitante"),
            ("t", "Les colis ne rapportent presque rien : quelques dizaines de centimes chacun. Mais les gens qui viennent pour un colis entrent. Certains n'avaient jamais passé la porte avant.", "Anaïs", "gérante de l'épicerie"),
            ("p", "Dans l'arrière-boutique, les étagères débordent en décembre. Anaïs tient un tableau des noms : elle sait qui est à l'hôpital, qui est parti chez ses enfants, et garde le colis le temps qu'il faut."),
        ],
    },
    {
        "lieu": "epicerie-du-lavoir",
        "titre": "Vrac, bocaux consignés et une balance de 1950",
        "date": date(2024, 3, 21),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Anaïs",
        "source": "contribution",
        "photo": "matin",
        "tags": ["vrac", "zéro déchet"],
        "indicateurs": ["transition-ecologique", "participation"],
        "passages": {"participation": "Les bénévoles ont décidé en réunion de passer au lait en bouteilles consignées"},
        "chapo": (
            "À l'épicerie du Lavoir, on vient avec ses bocaux. Ceux qui les oublient en "
            "empruntent un, consigné cinquante centimes. En un an, la poubelle de l'épicerie a "
            "diminué de moitié."
        ),
        "corps": [
            ("p", "Le rayon vrac a commencé avec six silos donnés par une épicerie de la ville qui fermait : lentilles, riz, pâtes, farine, flocons d'avoine, sucre. Il y en a trente aujourd'hui. Des habitants ont apporté leurs vieux bocaux ; on les a lavés et étiquetés avec les enfants de l'école, un mercredi après-midi."),
            ("t", "Au début, je trouvais ça compliqué. Et puis j'ai compris que je pouvais acheter trois cuillères de cumin au lieu d'un paquet qui finit périmé. Je gaspille moins et je dépense moins.", "Paulette", "habitante"),
            ("p", "La balance, une Testut de 1950, a été donnée par la petite-fille de l'ancienne épicière. Elle ne sert plus à peser — la balance électronique s'en charge — mais tout le monde veut poser son bocal dessus."),
            ("p", "Les bénévoles ont décidé en réunion de passer au lait en bouteilles consignées, celui d'une ferme à huit kilomètres. Trois cents bouteilles tournent maintenant entre la ferme, l'épicerie et les cuisines du village."),
        ],
    },
    {
        "lieu": "epicerie-du-lavoir",
        "titre": "Le cahier des bénévoles",
        "date": date(2025, 2, 6),
        "genre": "recit",
        "signature": "pseudonyme",
        "auteur": "Grain de Sel",
        "source": "contribution",
        "photo": "soiree",
        "tags": ["bénévoles", "vie associative"],
        "indicateurs": ["participation", "lien-social"],
        "passages": {"participation": "Le lundi d'après, j'étais trésorière."},
        "chapo": (
            "Sur le comptoir, un cahier d'écolier à spirale. Chacun y note ses heures, ses idées, "
            "ses râleries. En trois ans, il en est au septième tome."
        ),
        "corps": [
            ("p", "L'épicerie a une salariée, Anaïs, et dix-neuf bénévoles qui tiennent la caisse le samedi, font la mise en rayon, les livraisons et les comptes. Le cahier est né parce qu'on ne savait jamais qui avait commandé quoi. Il est devenu autre chose."),
            ("p", "On y lit : « Plus de farine T80, j'ai appelé le moulin. » Ou : « Proposition : une soirée soupe en février ? » Ou encore : « Merci à celui qui a réparé la porte du frigo, c'est qui ? » La soirée soupe a eu lieu. Personne n'a jamais su qui avait réparé le frigo."),
            ("t", "Je suis arrivée au village il y a deux ans, je ne connaissais personne. J'ai écrit dans le cahier que je savais faire des tableurs. Le lundi d'après, j'étais trésorière.", "Morgane", "bénévole"),
            ("p", "Les décisions importantes se prennent à la réunion du premier lundi du mois, dans l'arrière-boutique. Le cahier, lui, dit ce que les gens ont envie de faire. On le relit avant chaque réunion."),
        ],
    },
    {
        "lieu": "la-remise",
        "titre": "Un samedi au repair café de la Remise",
        "date": date(2023, 11, 18),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Thibault",
        "source": "contribution",
        "photo": "place",
        "tags": ["repair café", "réemploi"],
        "indicateurs": ["transition-ecologique", "mixite", "lien-social"],
        "passages": {"mixite": "Il voulait tout savoir sur le village dans les années soixante-dix."},
        "chapo": (
            "Un grille-pain de 1978, une tondeuse, trois ordinateurs, un ours en peluche dont "
            "l'œil pendait. Le troisième samedi du mois, la Remise devient un atelier de "
            "réparation ouvert à tous."
        ),
        "corps": [
            ("p", "Le repair café a démarré avec deux bénévoles et une caisse à outils. Ils sont neuf aujourd'hui : un électricien à la retraite, une couturière, un lycéen qui démonte les ordinateurs plus vite que son ombre, un ancien garagiste. La règle : on répare avec la personne, pas à sa place."),
            ("p", "Ce samedi-là, Mme Reynaud est venue avec le grille-pain que son mari avait acheté l'année de leur mariage. Le thermostat était grillé. Jean-Luc en a trouvé un sur une carcasse donnée le mois précédent. Il a fallu deux heures et trois cafés."),
            ("t", "Le grille-pain, j'aurais pu en racheter un. Mais c'était le sien. Et j'ai passé l'après-midi à discuter avec le lycéen. Il voulait tout savoir sur le village dans les années soixante-dix.", "Mme Reynaud", "habitante"),
            ("p", "Sur l'année, le registre de l'atelier compte cent quatre-vingt-deux objets apportés et cent vingt-neuf réparés. Ce qui ne peut pas l'être part en pièces détachées dans les bacs du fond, pour la prochaine fois."),
        ],
    },
    {
        "lieu": "la-remise",
        "titre": "Cent quarante personnes et un piano dans la Remise",
        "date": date(2024, 6, 8),
        "genre": "photos",
        "signature": "prenom",
        "auteur": "Clara",
        "source": "edition",
        "photo": "soiree",
        "tags": ["concert", "culture"],
        "indicateurs": ["convivialite", "dynamisme-territorial", "mixite"],
        "chapo": (
            "Le quatuor devait jouer devant cinquante personnes. Il en est venu cent quarante, "
            "des hameaux, des bourgs voisins, de Grenoble. On a sorti les bancs de l'église."
        ),
        "corps": [
            ("p", "La Remise accueille un concert par mois, au chapeau. Celui-ci avait été proposé par une violoncelliste installée dans la vallée depuis l'hiver. Le piano, un droit un peu fatigué, avait été donné par une famille du canton et accordé pour l'occasion par un bénévole."),
            ("gal", "Le soir du concert", [("soiree", "Vers 20 h, la file d'attente devant la grande porte."), ("nuit", "Après le concert, la buvette a tenu jusqu'à minuit."), ("matin", "Le lendemain, rangement collectif des bancs.")]),
            ("t", "Je n'étais jamais allée à un concert de musique classique. Les grandes salles, ça m'intimide. Ici, c'était la grange de mon voisin, j'avais mes bottes, et j'ai pleuré au deuxième mouvement.", "Gaëlle", "agricultrice"),
            ("p", "Le chapeau a rapporté 1 380 euros pour les musiciens. La buvette, tenue par les bénévoles, a payé quarante chaises pliantes. On n'empruntera plus les bancs de l'église."),
        ],
    },
    {
        "lieu": "la-remise",
        "titre": "Le plancher de l'étage, posé par trente paires de mains",
        "date": date(2023, 4, 22),
        "genre": "recit",
        "signature": "pseudonyme",
        "auteur": "Le Grand Louis",
        "source": "contribution",
        "photo": "matin",
        "tags": ["chantier participatif", "bois"],
        "indicateurs": ["participation", "lien-social"],
        "chapo": (
            "Pour transformer le grenier de la Remise en salle d'atelier, il fallait un "
            "plancher. Un charpentier, trente volontaires et deux week-ends de printemps ont suffi."
        ),
        "corps": [
            ("p", "Le devis d'une entreprise dépassait de loin ce que l'association pouvait payer. La foncière a financé le bois, du mélèze du Trièves, et Pascal, charpentier au village, a accepté d'encadrer un chantier participatif. L'appel a été affiché à la boulangerie et à la mairie."),
            ("p", "Ils sont venus à trente, de vingt à soixante-quatorze ans. Certains n'avaient jamais tenu une visseuse. Pascal a fait des équipes : ceux qui portent, ceux qui mesurent, ceux qui vissent, ceux qui font la soupe. Le samedi soir, on a dîné dans la cour, sur des planches posées sur des tréteaux."),
            ("t", "Quand je passe dans la salle d'atelier, je regarde la troisième planche près de la fenêtre. C'est la mienne. Elle n'est pas très droite, Pascal l'a laissée quand même.", "Noémie", "habitante"),
            ("t", "J'ai appris plus en deux week-ends qu'en un an de tutoriels. Depuis, Pascal m'a pris deux semaines en stage.", "Nolan", "bénévole"),
        ],
    },
    {
        "lieu": "le-relais-des-sucs",
        "titre": "Quand la neige ferme la route, le Relais reste ouvert",
        "date": date(2024, 1, 19),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Damien",
        "source": "contribution",
        "photo": "hiver",
        "tags": ["hiver", "solidarité"],
        "indicateurs": ["services-proximite", "lien-social", "lutte-isolement"],
        "passages": {"lien-social": "On a rechargé des téléphones, chauffé des biberons, servi de la soupe."},
        "chapo": (
            "Trois jours de tempête en janvier, la départementale fermée, plus de courant dans "
            "les hameaux. Le seul endroit chauffé et éclairé du plateau, c'était le Relais."
        ),
        "corps": [
            ("p", "Le mardi soir, la neige a commencé à tomber. Le mercredi matin, il y en avait soixante centimètres et le vent formait des congères de deux mètres. Le chasse-neige ne passait plus. À onze heures, le courant a sauté dans la moitié de la commune. Au Relais, le groupe électrogène acheté l'hiver précédent a démarré."),
            ("p", "On a ouvert de sept heures à vingt-deux heures. Les gens venaient à pied, en raquettes, sur le tracteur du fils Brun. On a rechargé des téléphones, chauffé des biberons, servi de la soupe. Le troisième jour, avec le maire, on a fait en quad la tournée des personnes seules pour livrer pain et médicaments."),
            ("t", "Je ne sais pas ce qu'on aurait fait sans le Relais. Ma mère a quatre-vingt-onze ans, elle était sans chauffage. On l'a installée près du poêle avec une couverture. Elle a joué aux cartes toute la journée ; elle dit que ce sont ses meilleures vacances de l'année.", "Valérie", "habitante"),
            ("t", "Une commune sans commerce, dans ces moments-là, c'est une commune sans rien. On s'en est rendu compte.", "Henri", "maire"),
        ],
    },
    {
        "lieu": "le-relais-des-sucs",
        "titre": "La belote du mardi, ou comment Gérard a retrouvé des partenaires",
        "date": date(2023, 10, 17),
        "genre": "temoignage",
        "signature": "prenom",
        "auteur": "Gérard",
        "source": "contribution",
        "photo": "soiree",
        "tags": ["cartes", "aînés"],
        "indicateurs": ["convivialite", "lutte-isolement"],
        "passages": {"lutte-isolement": "Je regardais les jeux à la télé, je parlais au chien."},
        "chapo": (
            "Depuis que le bar du bourg avait fermé, en 2009, on ne jouait plus aux cartes qu'en "
            "famille. Au Relais, la belote a repris le mardi après-midi. Gérard raconte."
        ),
        "corps": [
            ("t", "Quand ma femme est partie en maison de retraite, je restais à la maison. Je regardais les jeux à la télé, je parlais au chien. Un jour, Damien m'a téléphoné : il manquait un quatrième à la belote. J'y suis allé pour rendre service.", "Gérard", "retraité"),
            ("p", "Ils sont maintenant douze réguliers, trois tables. On joue de quatorze à dix-sept heures, avec un café, puis un vin chaud l'hiver ou une limonade l'été. Les scores sont notés dans un carnet depuis le premier jour. Les contestations aussi."),
            ("t", "Maintenant j'ai un agenda : le mardi la belote, le jeudi le marché, le samedi je garde mes petits-enfants. Le dimanche, je vais voir ma femme et je lui raconte qui a triché.", "Gérard", "retraité"),
            ("p", "En décembre, le Relais a organisé le premier concours depuis quinze ans. Vingt-quatre équipes, des jambons à gagner, et deux lycéennes arrivées en demi-finale."),
        ],
    },
    {
        "lieu": "le-relais-des-sucs",
        "titre": "Ce que Suzanne a dit à l'assemblée générale",
        "date": date(2025, 4, 12),
        "genre": "temoignage",
        "signature": "anonyme",
        "auteur": "",
        "source": "edition",
        "photo": "couchant",
        "tags": ["coopérative", "assemblée"],
        "indicateurs": ["participation", "bien-vivre"],
        "chapo": (
            "À l'assemblée générale de la coopérative du Relais, une sociétaire de quatre-vingts "
            "ans a demandé la parole. Elle n'avait jamais parlé en public. Voici ce qu'elle a dit."
        ),
        "corps": [
            ("t", "Je n'ai pas beaucoup d'argent, j'ai pris deux parts à cinquante euros. Mais je voulais vous dire que pour la première fois de ma vie, je suis propriétaire d'un commerce. Et j'en suis fière. Alors je viens aux réunions, je vote, et je donne mon avis sur les yaourts.", "Suzanne", "sociétaire"),
            ("p", "La coopérative compte cent quatre-vingt-sept sociétaires : des habitants, la commune, deux producteurs, la foncière. Chacun a une voix. Cette année, l'assemblée a voté l'ouverture le dimanche matin en hiver, demandée par les habitants des hameaux, et l'embauche d'un second salarié à mi-temps."),
            ("t", "Avant, on râlait parce que le bar avait fermé. Maintenant, si ça ne va pas, c'est à nous de le dire et de le changer. C'est plus fatigant, mais c'est mieux.", "Pierre", "sociétaire"),
        ],
    },
    {
        "lieu": "le-bistrot-de-la-place",
        "titre": "Sous les platanes, vacanciers et vignerons à la même table",
        "date": date(2023, 8, 10),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Fabien",
        "source": "contribution",
        "photo": "couchant",
        "tags": ["été", "pétanque", "tourisme"],
        "indicateurs": ["mixite", "convivialite", "dynamisme-territorial"],
        "chapo": (
            "L'été, le village triple de population. Au Bistrot de la Place, les Hollandais du "
            "camping, les vignerons de la cave et les anciens du banc se retrouvent autour de la "
            "même partie de pétanque."
        ),
        "corps": [
            ("p", "En juillet et en août, le bistrot sert jusqu'à deux cents couverts par jour. Le reste de l'année, une trentaine. Notre souci, c'est que l'été ne chasse pas les habitués : la table du fond, sous le troisième platane, reste réservée aux anciens, même un 15 août."),
            ("p", "Le mercredi soir, on organise un concours de pétanque en doublettes tirées au sort. Le tirage mélange tout le monde : un vigneron avec une touriste de Rotterdam, un ado du village avec un retraité lyonnais qui a une maison ici. On explique les règles en trois langues et avec les mains."),
            ("t", "La première année, les touristes, on les regardait de loin. Maintenant il y a un Hollandais qui m'envoie une carte à Noël. Il m'a battu en finale, je ne lui ai pas encore pardonné.", "Robert", "habitant"),
            ("p", "Le vin vient de la cave coopérative, à cent mètres. Les vignerons passent le soir, et des touristes repartent avec des cartons. La cave a vu ses ventes au caveau augmenter depuis que le bistrot a rouvert."),
        ],
    },
    {
        "lieu": "le-bistrot-de-la-place",
        "titre": "Nadia, serveuse en 2021, gérante en 2025",
        "date": date(2025, 3, 14),
        "genre": "temoignage",
        "signature": "prenom",
        "auteur": "Nadia",
        "source": "contribution",
        "photo": "matin",
        "tags": ["emploi", "formation"],
        "indicateurs": ["emploi-insertion"],
        "passages": {"emploi-insertion": "la foncière m'a payé une formation de gestion"},
        "chapo": (
            "Elle avait quitté l'école à seize ans et enchaîné les contrats courts. Au bistrot, "
            "elle a commencé en extra un soir de concert. Cette année, elle en a repris la gérance."
        ),
        "corps": [
            ("t", "Quand je suis arrivée, je ne savais pas faire un café correct. Fabien m'a formée, puis la foncière m'a payé une formation de gestion, le soir, pendant six mois. J'avais peur de ne pas y arriver, surtout avec les chiffres.", "Nadia", "gérante"),
            ("p", "Nadia a été embauchée en CDI en 2022. Quand Fabien est parti s'installer dans le Jura, l'association qui exploite le bistrot lui a proposé de reprendre. Le loyer modéré fixé par la foncière a rendu l'opération possible."),
            ("t", "Mes parents sont venus le jour où j'ai signé. Mon père n'avait jamais mis les pieds dans un bistrot de village, il disait que ce n'était pas pour nous. Il est resté trois heures, il a joué aux boules.", "Nadia", "gérante"),
            ("p", "Elle emploie aujourd'hui deux personnes à l'année et trois saisonniers, dont deux jeunes du village qui trouvent là leur premier emploi."),
        ],
    },
    {
        "lieu": "le-bistrot-de-la-place",
        "titre": "La nuit où le bistrot est devenu salle des fêtes",
        "date": date(2024, 10, 19),
        "genre": "recit",
        "signature": "anonyme",
        "auteur": "",
        "source": "contribution",
        "photo": "nuit",
        "tags": ["inondation", "entraide"],
        "indicateurs": ["lien-social", "lutte-isolement"],
        "chapo": (
            "Un épisode cévenol a fait déborder la Cèze en octobre. La salle des fêtes était "
            "inondée. Les sinistrés ont été accueillis au bistrot, qui n'a pas fermé de la nuit."
        ),
        "corps": [
            ("p", "Il est tombé trois cents millimètres en douze heures. Vers vingt heures, les pompiers ont évacué les six maisons du bas du village, au bord de la rivière. La salle des fêtes, prévue pour l'hébergement d'urgence, avait vingt centimètres d'eau. Le maire a appelé Nadia : « Tu peux ouvrir ? »"),
            ("p", "On a poussé les tables, descendu les matelas du grenier et récupéré ceux qu'apportaient les voisins. Quatorze personnes ont dormi dans la salle, dont un bébé et un chien. Des habitants du haut du village sont descendus avec des soupes, des pyjamas, des thermos. Vers deux heures du matin, quelqu'un a sorti une guitare."),
            ("t", "J'avais tout perdu au rez-de-chaussée. Mais cette nuit-là, je n'étais pas seule. Des gens que je saluais à peine m'ont prêté des vêtements, m'ont aidée à vider ma maison le lendemain. Je les connais tous, maintenant.", "", "habitante du bord de la rivière"),
        ],
    },
    {
        "lieu": "epicerie-des-sources",
        "titre": "J'ai rendu mon permis, pas mon autonomie",
        "date": date(2024, 2, 8),
        "genre": "temoignage",
        "signature": "prenom",
        "auteur": "Yvette",
        "source": "contribution",
        "photo": "place",
        "tags": ["aînés", "mobilité"],
        "indicateurs": ["services-proximite", "bien-vivre", "lutte-isolement"],
        "passages": {"services-proximite": "je fais mes courses à pied, tous les deux jours"},
        "chapo": (
            "À quatre-vingt-quatre ans, Yvette a arrêté de conduire. Elle craignait de dépendre "
            "de ses enfants pour tout. L'épicerie, à trois cents mètres de chez elle, a changé la "
            "donne."
        ),
        "corps": [
            ("t", "Ma fille voulait que j'aille en résidence, en ville. Je ne voulais pas. Avec l'épicerie, je fais mes courses à pied, tous les deux jours, avec mon chariot. J'achète peu à la fois : c'est plus léger, et je sors plus souvent.", "Yvette", "habitante"),
            ("p", "L'épicerie propose l'essentiel du quotidien : produits frais, pain, fruits et légumes, produits d'entretien, et les commandes de la pharmacie du bourg, déposées deux fois par semaine. Pour ceux qui ne peuvent pas se déplacer, Lucie livre le vendredi."),
            ("t", "Le matin, je m'arrête chez la voisine et on descend ensemble. On met une heure pour trois cents mètres. C'est ma promenade, et je suis heureuse de la faire.", "Yvette", "habitante"),
            ("p", "Sa fille a fini par se ranger à son avis. Elle appelle parfois l'épicerie pour prendre des nouvelles."),
        ],
    },
    {
        "lieu": "epicerie-des-sources",
        "titre": "Pélardons, miel de châtaignier et agneau du causse : le rayon des voisins",
        "date": date(2023, 5, 25),
        "genre": "photos",
        "signature": "prenom",
        "auteur": "Lucie",
        "source": "contribution",
        "photo": "marche",
        "tags": ["producteurs locaux", "circuit court"],
        "indicateurs": ["dynamisme-territorial", "transition-ecologique"],
        "chapo": (
            "Un tiers du chiffre d'affaires de l'épicerie vient de producteurs installés à moins "
            "de vingt kilomètres. Lucie nous présente trois d'entre eux."
        ),
        "corps": [
            ("p", "Quand l'épicerie a ouvert, nous avions deux producteurs locaux. Ils sont dix-sept. Le pélardon vient de chez Mathilde, en amont de la vallée ; le miel de châtaignier de chez Abel, qui a cent vingt ruches dans les Cévennes ; l'agneau, de chez les Martin, sur le causse. Pas d'intermédiaire : ils livrent eux-mêmes, en circuit court, et sont payés à trente jours."),
            ("gal", "Chez nos voisins producteurs", [("marche", "Le vendredi, Mathilde livre ses pélardons."), ("matin", "Les pots de miel d'Abel, en vitrine."), ("couchant", "Fin de journée, avant la fermeture.")]),
            ("t", "Pour une petite ferme comme la mienne, l'épicerie, c'est un débouché régulier, pas de route à faire, et des clients qui me connaissent. Certains viennent voir les chèvres le dimanche.", "Mathilde", "éleveuse de chèvres"),
            ("p", "Des touristes de passage repartent avec des colis de produits. Deux restaurants de la vallée se fournissent désormais par l'épicerie."),
        ],
    },
    {
        "lieu": "le-fournil-des-ecrins",
        "titre": "Apprenti à dix-sept ans au Fournil",
        "date": date(2024, 9, 19),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Sébastien",
        "source": "contribution",
        "photo": "aube",
        "tags": ["apprentissage", "jeunes"],
        "indicateurs": ["emploi-insertion"],
        "chapo": (
            "Kylian avait décroché du lycée en seconde. Il voulait « faire quelque chose avec "
            "ses mains ». Depuis un an, il est apprenti au Fournil des Écrins."
        ),
        "corps": [
            ("p", "Il est arrivé par la mission locale, pour un stage de deux semaines. Il avait du mal à se lever, mais il ne ratait jamais une cuisson. Au bout de dix jours, il faisait les baguettes seul. Nous lui avons proposé un contrat d'apprentissage : CAP boulanger, une semaine au centre de formation, trois semaines au fournil."),
            ("t", "Ce qui me plaît, c'est qu'à six heures les premiers clients viennent chercher ce que j'ai fait. Le vieux Paul me dit si la croûte est bonne. Il est dur, mais il a raison.", "Kylian", "apprenti boulanger"),
            ("p", "Le fournil emploie maintenant trois personnes : Sébastien au four, Aurore à la vente, et Kylian. Son examen est prévu en juin. S'il l'obtient, il aimerait rester dans la vallée."),
            ("t", "On n'aurait jamais pu prendre un apprenti avec un loyer de centre-ville. Le loyer de la foncière nous laisse cette marge-là.", "Sébastien", "boulanger"),
        ],
    },
    {
        "lieu": "le-fournil-des-ecrins",
        "titre": "Les croissants du dimanche et les saisonniers de la station",
        "date": date(2025, 1, 26),
        "genre": "recit",
        "signature": "pseudonyme",
        "auteur": "Miette",
        "source": "contribution",
        "photo": "hiver",
        "tags": ["saisonniers", "station"],
        "indicateurs": ["mixite", "lien-social"],
        "chapo": (
            "L'hiver, la station voisine emploie une centaine de saisonniers logés au village. "
            "Le dimanche matin, au fournil, ils croisent les habitants à l'année. Ça n'a pas "
            "toujours été simple."
        ),
        "corps": [
            ("p", "Les premiers hivers, les saisonniers restaient entre eux, les habitants aussi. Les uns trouvaient que les autres faisaient du bruit, les autres que le village était mort. Le fournil est l'un des rares endroits où tout le monde passe, et tôt : les perchistes avant de monter, les anciens avant la messe."),
            ("p", "Aurore a eu l'idée d'installer deux tables et une machine à café au fond de la boutique. Le dimanche, les croissants se mangent sur place. On a vu un moniteur de ski apprendre le patois à la table d'à côté, et une retraitée prêter sa machine à laver à deux serveuses dont le logement n'en avait pas."),
            ("t", "Je suis saisonnière depuis huit ans, dans des stations où je ne connaissais personne à part les collègues. Ici, la boulangère connaît mon prénom et madame Gauthier me garde des confitures.", "Jade", "saisonnière"),
        ],
    },
    {
        "lieu": "l-atelier-des-lavandes",
        "titre": "Ciné sous les étoiles dans la cour de la distillerie",
        "date": date(2023, 7, 27),
        "genre": "photos",
        "signature": "prenom",
        "auteur": "Clément",
        "source": "edition",
        "photo": "soiree",
        "tags": ["cinéma", "été"],
        "indicateurs": ["convivialite", "mixite", "bien-vivre"],
        "chapo": (
            "Un drap tendu sur le mur de l'ancienne distillerie, des transats et des coussins, "
            "un projecteur prêté par une association voisine : tout l'été, le jeudi, l'Atelier "
            "fait cinéma en plein air."
        ),
        "corps": [
            ("p", "La programmation est choisie par un comité de huit habitants qui se réunit en mai. Cette année, on a vu un dessin animé japonais, une comédie italienne des années soixante, un documentaire sur les bergers de la montagne de Lure en présence du réalisateur. Entrée libre, participation au chapeau."),
            ("gal", "Un jeudi de juillet", [("couchant", "Installation des transats avant la nuit."), ("soiree", "La buvette des bénévoles, à l'entracte."), ("nuit", "Après la séance, sous la guirlande.")]),
            ("t", "Le cinéma le plus proche est à quarante minutes. Avec trois enfants, on n'y allait jamais. Ici, ils s'endorment sur les coussins au milieu du film, et on rentre à pied. C'est un bonheur simple.", "Amandine", "habitante"),
            ("p", "En moyenne, cent dix spectateurs par séance. Les plus âgés apportent leur chaise pliante, les ados s'installent au fond, sur les ballots de paille."),
        ],
    },
    {
        "lieu": "l-atelier-des-lavandes",
        "titre": "Le mercredi, on coud, on parle, on rit",
        "date": date(2024, 11, 20),
        "genre": "temoignage",
        "signature": "anonyme",
        "auteur": "",
        "source": "contribution",
        "photo": "place",
        "tags": ["couture", "atelier"],
        "indicateurs": ["lutte-isolement", "lien-social", "mixite"],
        "passages": {"lutte-isolement": "Je ne connaissais personne, je ne sortais plus."},
        "chapo": (
            "L'atelier couture du mercredi après-midi réunit une dizaine de femmes, de "
            "vingt-cinq à quatre-vingt-deux ans. Certaines sont venues pour apprendre à coudre. "
            "Elles sont restées pour autre chose."
        ),
        "corps": [
            ("t", "Après mon divorce, je suis venue habiter chez ma mère, ici. Je ne connaissais personne, je ne sortais plus. Une voisine m'a amenée un mercredi, presque de force. Maintenant, c'est le moment de la semaine que j'attends.", "", "participante de l'atelier"),
            ("p", "Les machines à coudre ont été données par des familles et remises en état par le repair café. Josette, couturière à la retraite, anime l'atelier bénévolement. On y fait des ourlets, des sacs en tissu pour l'épicerie, des costumes pour la fête de l'école. On y parle de tout."),
            ("t", "Les jeunes m'apprennent à trouver des patrons sur internet, moi je leur apprends à poser une fermeture éclair. Et on se raconte nos vies. Il y a eu des larmes, ici, et beaucoup de fous rires.", "Josette", "bénévole"),
        ],
    },
    {
        "lieu": "l-atelier-des-lavandes",
        "titre": "Un bureau à la campagne, et une famille de plus au village",
        "date": date(2025, 5, 15),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Hugo",
        "source": "contribution",
        "photo": "matin",
        "tags": ["télétravail", "école"],
        "indicateurs": ["dynamisme-territorial"],
        "chapo": (
            "Hugo est développeur pour une entreprise de Marseille. Il voulait quitter la ville "
            "sans s'enfermer chez lui. L'espace de travail partagé de l'Atelier l'a convaincu de "
            "s'installer à Revest."
        ),
        "corps": [
            ("p", "Il y a six postes dans l'ancienne salle des alambics, une bonne connexion, une imprimante et la machine à café de l'association. Nous sommes quatre réguliers : une traductrice, un architecte, une comptable indépendante et moi. Nous payons soixante euros par mois, ce qui finance une partie du loyer."),
            ("p", "Quand nous avons visité la maison, avec ma compagne, l'agent immobilier ne parlait que de la vue. C'est l'Atelier qui nous a décidés : je savais que je ne travaillerais pas seul face à mon écran, et que nous rencontrerions du monde. Nos deux enfants sont entrés à l'école du village en septembre."),
            ("t", "L'école risquait de perdre une classe. Trois familles se sont installées en deux ans, dont deux qui travaillent à l'Atelier. Ça a suffi à la garder.", "Martine", "maire"),
        ],
    },
    {
        "lieu": "la-maison-du-village",
        "titre": "La poste a fermé, la Maison du Village a pris le relais",
        "date": date(2023, 1, 19),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Sandrine",
        "source": "contribution",
        "photo": "place",
        "tags": ["poste", "services"],
        "indicateurs": ["services-proximite"],
        "chapo": (
            "En 2021, le bureau de poste n'ouvrait plus que deux matinées par semaine. Depuis "
            "qu'il a fermé, c'est à la Maison du Village qu'on envoie ses recommandés et qu'on "
            "retire un peu d'argent."
        ),
        "corps": [
            ("p", "L'agence postale communale a été installée dans un coin de la boutique, derrière le rayon des conserves. On y affranchit, on retire ses recommandés, on fait de petits retraits d'espèces. C'est ouvert six jours sur sept, de sept heures et demie à dix-neuf heures : bien plus que l'ancien bureau."),
            ("t", "Avant, j'organisais ma semaine autour du mardi matin, l'ouverture de la poste. Maintenant je passe quand je veux, et j'achète mon pain au passage.", "Gilbert", "habitant"),
            ("p", "Sandrine, la gérante, a suivi une formation de La Poste. Elle reconnaît les écritures sur les enveloppes : la lettre mensuelle de Mme Arnaud à son fils en Nouvelle-Calédonie, les cartes postales d'un collectionneur qui écrit à la France entière."),
        ],
    },
    {
        "lieu": "la-maison-du-village",
        "titre": "Le goûter des écoliers chez les anciens",
        "date": date(2024, 4, 11),
        "genre": "recit",
        "signature": "pseudonyme",
        "auteur": "Tata Jo",
        "source": "contribution",
        "photo": "couchant",
        "tags": ["enfants", "école", "aînés"],
        "indicateurs": ["mixite", "bien-vivre", "lien-social"],
        "passages": {"mixite": "On aide pour les devoirs si on nous le demande."},
        "chapo": (
            "À seize heures trente, la sortie de l'école se fait à la Maison du Village. Les "
            "enfants y prennent leur goûter pendant que les anciens finissent leur partie de "
            "rami. Une cohabitation qui a ses règles."
        ),
        "corps": [
            ("p", "Ça s'est fait tout seul : l'école est en face, les parents travaillent en ville, et les enfants attendaient sur le muret. Sandrine a proposé de les accueillir à l'intérieur en attendant les parents, avec l'accord de la mairie. Il y a maintenant un coin avec des livres, des jeux de société et la boîte à goûters."),
            ("p", "La règle, écrite à la craie sur l'ardoise : on dit bonjour en entrant, on range, on ne court pas entre les rayons. Les anciens ont ajouté une ligne : « On aide pour les devoirs si on nous le demande. » Raymond, ancien instituteur, ne se fait pas prier pour les dictées."),
            ("t", "Ma petite voisine m'a appris le Uno, je lui apprends la belote. Elle gagne aux deux.", "Raymond", "retraité"),
            ("t", "Je sais que ma fille n'attend pas seule sur le trottoir, et qu'elle a des grands-parents de cœur. Les siens habitent à Lille.", "Caroline", "maman d'une écolière"),
        ],
    },
    {
        "lieu": "la-maison-du-village",
        "titre": "À quatre-vingt-un ans, Raymonde a appris à se servir d'une tablette",
        "date": date(2025, 6, 5),
        "genre": "temoignage",
        "signature": "prenom",
        "auteur": "Raymonde",
        "source": "contribution",
        "photo": "matin",
        "tags": ["numérique", "aînés"],
        "indicateurs": ["services-proximite", "lutte-isolement"],
        "chapo": (
            "Les démarches pour la retraite, les photos des arrière-petits-enfants : tout "
            "passait par internet, et Raymonde ne savait pas s'en servir. Le mardi, à la Maison "
            "du Village, une conseillère numérique l'a aidée."
        ),
        "corps": [
            ("t", "J'avais honte de demander. Tout le monde dit que c'est facile. La conseillère, Yasmine, a été patiente, elle m'a fait un petit cahier avec des dessins. Maintenant j'appelle ma fille au Canada en vidéo.", "Raymonde", "habitante"),
            ("p", "La permanence a lieu le mardi de quatorze à dix-sept heures, dans l'arrière-salle, avec deux ordinateurs. Elle est financée par la communauté de communes. Une trentaine de personnes y viennent chaque mois, pour des démarches de retraite, d'impôts, de santé, ou pour apprendre à se débrouiller seules."),
            ("t", "Je vois ma fille plus souvent qu'avant, même si c'est sur l'écran. Je me sens moins seule. Et je montre les photos à tout le monde à la boutique.", "Raymonde", "habitante"),
        ],
    },
    {
        "lieu": "cafe-des-alpages",
        "titre": "Premier hiver au Café des Alpages",
        "date": date(2023, 1, 28),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Maëlle",
        "source": "contribution",
        "photo": "hiver",
        "tags": ["hiver", "ouverture"],
        "indicateurs": ["bien-vivre", "dynamisme-territorial", "lien-social"],
        "passages": {"bien-vivre": "Je me sens plus chez moi au village depuis qu'il y a de la lumière sur la place le soir."},
        "chapo": (
            "Nous avons ouvert le 10 décembre, en pleine tempête de neige. Tout le monde nous "
            "disait qu'un café, l'hiver, dans un village de deux cents habitants, ne tiendrait "
            "pas. Bilan de deux mois."
        ),
        "corps": [
            ("p", "Le premier jour, il y avait plus de monde dehors à déneiger que dedans. Et puis les gens sont entrés, pour voir. Le café était fermé depuis 2016 ; certains n'y avaient pas remis les pieds depuis le dernier patron. Ils cherchaient l'ancien comptoir : on l'a gardé et poncé."),
            ("p", "Janvier a été plus calme que prévu : les vacanciers ne viennent qu'aux vacances scolaires. Mais les habitants, eux, viennent. Le matin, les agriculteurs après la traite et l'employé communal après le déneigement ; l'après-midi, les retraités ; le soir, les jeunes, avant de redescendre dans la vallée."),
            ("t", "On a un endroit pour se retrouver après le ski de fond, on n'est plus obligés de descendre. Je me sens plus chez moi au village depuis qu'il y a de la lumière sur la place le soir.", "Fanny", "habitante"),
            ("p", "Nous avons fait l'équilibre en janvier, pas de bénéfice. Mais nous restons."),
        ],
    },
    {
        "lieu": "cafe-des-alpages",
        "titre": "Randonneurs et bergers à la table d'hôte du lundi",
        "date": date(2024, 8, 8),
        "genre": "recit",
        "signature": "anonyme",
        "auteur": "",
        "source": "contribution",
        "photo": "couchant",
        "tags": ["randonnée", "été"],
        "indicateurs": ["mixite", "convivialite", "dynamisme-territorial"],
        "chapo": (
            "Le GR passe à cent mètres du café. L'été, une vingtaine de randonneurs s'y arrêtent "
            "chaque soir. Le lundi, ils partagent la table d'hôte avec les gens du village."
        ),
        "corps": [
            ("p", "La table d'hôte, c'est un plat unique, souvent une tartiflette ou une polenta, servi sur la grande table en bois à dix-neuf heures trente. On ne choisit pas sa place. Les randonneurs s'assoient entre un berger, une famille du village et un couple de Belges qui fait la traversée des Alpes."),
            ("p", "Les bergers racontent la montagne, les loups, les alpages ; les randonneurs racontent d'où ils viennent. On a vu naître des amitiés, des correspondances, et un randonneur revenir l'année suivante pour aider aux foins. Les gîtes du village affichent complet tout l'été."),
            ("t", "Je passe tout l'été seul en alpage avec mes brebis. Le lundi, je descends. Parler à des gens d'ailleurs, ça me fait du bien, et je crois que ça leur fait du bien aussi d'entendre ce qu'est notre métier.", "Yann", "berger"),
        ],
    },
    {
        "lieu": "cafe-des-alpages",
        "titre": "Veillée contes au coin du poêle",
        "date": date(2025, 11, 22),
        "genre": "recit",
        "signature": "pseudonyme",
        "auteur": "La Marmotte",
        "source": "contribution",
        "photo": "nuit",
        "tags": ["contes", "veillée"],
        "indicateurs": ["convivialite", "participation", "mixite"],
        "chapo": (
            "Une fois par mois, de novembre à mars, le café éteint la musique, charge le poêle et "
            "laisse la parole aux conteurs. Et pas seulement aux professionnels."
        ),
        "corps": [
            ("p", "La première veillée a été proposée par Odette, qui se souvenait de celles de son enfance, dans les fermes, quand on cassait les noix en se racontant des histoires. Elle a raconté la légende du lac devant trente personnes. Le mois suivant, trois autres habitants ont voulu raconter à leur tour."),
            ("p", "Aujourd'hui, le programme est fait par les habitants eux-mêmes : une histoire de loup par un chasseur, des souvenirs de l'école à classe unique, un conte berbère par Samir, arrivé au village il y a cinq ans, des histoires drôles par les enfants de l'école. Un soir, un randonneur de passage a chanté en gaélique."),
            ("t", "Je n'avais jamais raconté devant des gens. Mais les histoires de mon grand-père, si je ne les raconte pas, elles disparaissent avec moi. Maintenant, les enfants me les redemandent.", "Odette", "habitante"),
        ],
    },
    {
        "lieu": "epicerie-de-la-halle",
        "titre": "Les paniers du jeudi pour ceux qui ne peuvent plus venir",
        "date": date(2023, 12, 7),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Karim",
        "source": "contribution",
        "photo": "matin",
        "tags": ["livraison", "aînés"],
        "indicateurs": ["lutte-isolement", "services-proximite"],
        "passages": {"lutte-isolement": "la visite du jeudi est la seule de la semaine"},
        "chapo": (
            "Chaque jeudi, Karim et deux bénévoles préparent une quinzaine de paniers pour des "
            "personnes qui ne peuvent plus se déplacer. La livraison prend tout l'après-midi, "
            "parce qu'on ne repart jamais sans un café."
        ),
        "corps": [
            ("p", "Les commandes arrivent par téléphone le mardi, parfois par l'intermédiaire des infirmières ou de l'aide à domicile. On livre dans un rayon de dix kilomètres, dans les hameaux du Bugey. Le panier moyen est de vingt-cinq euros : du pain, du fromage, des fruits, une bouteille de lait, et ce qu'on a oublié de noter."),
            ("p", "La livraison est gratuite, financée en partie par la commune. Pour beaucoup de ces personnes, la visite du jeudi est la seule de la semaine, en dehors de l'infirmière. Les bénévoles le savent : on prend le temps, on regarde si la maison est chauffée, si le courrier s'accumule."),
            ("t", "Le jeudi, je me fais belle. Je mets du rouge à lèvres pour Karim. Il me raconte ce qui se passe au village, je lui raconte le village d'avant.", "Germaine", "habitante"),
            ("t", "Une fois, une dame ne répondait pas. Elle était tombée la veille. On a appelé le 15. Depuis, on a les numéros de toutes les familles.", "Chantal", "bénévole"),
        ],
    },
    {
        "lieu": "epicerie-de-la-halle",
        "titre": "La fête des voisins sous la vieille halle",
        "date": date(2024, 5, 31),
        "genre": "photos",
        "signature": "prenom",
        "auteur": "Chantal",
        "source": "contribution",
        "photo": "soiree",
        "tags": ["fête", "voisins"],
        "indicateurs": ["convivialite", "lien-social", "mixite"],
        "chapo": (
            "Cent vingt personnes, des tables de toutes les tailles, des plats de tous les pays : "
            "pour la fête des voisins, l'épicerie a sorti les tréteaux sous la halle."
        ),
        "corps": [
            ("p", "La halle du XVIIIe siècle, restaurée par la commune, ne servait plus que de parking. L'épicerie a proposé d'y organiser la fête des voisins, chacun apportant un plat. On a vu arriver un couscous, des gâteaux de Savoie, un tajine, une salade de lentilles, un gratin de ravioles, des nems."),
            ("gal", "Le soir de la fête", [("soiree", "Sous les guirlandes, les tables mises bout à bout."), ("couchant", "L'apéritif offert par l'épicerie."), ("place", "Le lendemain, on a rangé ensemble.")]),
            ("t", "J'habite le lotissement depuis huit ans, je ne connaissais que mes voisins directs. Ce soir-là, j'ai parlé avec des gens qui habitent le centre depuis toujours. On s'est promis de recommencer.", "Hélène", "habitante"),
        ],
    },
    {
        "lieu": "epicerie-de-la-halle",
        "titre": "De l'usine à l'épicerie, une reconversion",
        "date": date(2025, 9, 18),
        "genre": "temoignage",
        "signature": "prenom",
        "auteur": "Sabrina",
        "source": "contribution",
        "photo": "place",
        "tags": ["reconversion", "emploi"],
        "indicateurs": ["emploi-insertion"],
        "chapo": (
            "Après quinze ans à la chaîne dans une usine de plasturgie de la vallée, Sabrina a été "
            "licenciée. Elle a choisi de se former au commerce. Son stage, elle l'a fait à "
            "l'épicerie de la Halle."
        ),
        "corps": [
            ("t", "À l'usine, je ne parlais à personne de la journée, avec les bouchons d'oreille. Ici, on me parle tout le temps ! Au début, c'était fatigant. Maintenant, je ne pourrais plus revenir en arrière.", "Sabrina", "vendeuse"),
            ("p", "Sabrina a suivi une formation de vendeuse-conseil en alimentation, avec un stage de dix semaines. Karim lui a appris les commandes, la gestion des produits frais, la relation avec les producteurs. À la fin du stage, l'épicerie a créé un poste à temps partiel, grâce au développement des paniers du jeudi."),
            ("t", "Elle a apporté quelque chose que je n'avais pas : la rigueur de l'usine. Les rayons n'ont jamais été aussi bien rangés.", "Karim", "gérant"),
        ],
    },
    {
        "lieu": "la-forge",
        "titre": "L'atelier vélo, ou comment les ados ont adopté la Forge",
        "date": date(2023, 5, 17),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Yanis",
        "source": "contribution",
        "photo": "matin",
        "tags": ["vélo", "jeunes", "réparation"],
        "indicateurs": ["mixite", "transition-ecologique", "emploi-insertion"],
        "chapo": (
            "Le mercredi après-midi, l'atelier vélo de la Forge est plein d'adolescents. Ils "
            "réparent leurs vélos, ceux des autres, et depuis peu ceux des cyclotouristes de "
            "passage."
        ),
        "corps": [
            ("p", "Au départ, il y avait un tas de vieux vélos récupérés à la déchetterie et Yanis, animateur et mécanicien amateur. Les collégiens qui attendaient le car sur la place sont venus voir. Ils ont démonté, remonté, prélevé des pièces sur les uns pour les autres. Au bout de trois mois, chacun avait un vélo qui roule."),
            ("p", "Depuis cet été, l'atelier propose aussi un petit service de réparation pour les cyclotouristes, le samedi. Les ados le tiennent avec Yanis et touchent une indemnité de l'association. Pour deux d'entre eux, c'est le premier argent gagné."),
            ("t", "Avant, le mercredi, je restais sur mon téléphone. Maintenant je sais changer une chambre à air, régler un dérailleur. J'ai réparé le vélo de madame Perrin, la voisine, elle m'a payé en tarte aux myrtilles.", "Enzo", "collégien"),
            ("t", "Ce sont les mêmes jeunes dont on se plaignait parce qu'ils traînaient sur la place. Ils avaient juste besoin d'un endroit et de quelqu'un qui leur fasse confiance.", "Martine", "habitante"),
        ],
    },
    {
        "lieu": "la-forge",
        "titre": "Aide aux papiers, sans rendez-vous",
        "date": date(2024, 10, 3),
        "genre": "temoignage",
        "signature": "anonyme",
        "auteur": "",
        "source": "edition",
        "photo": "place",
        "tags": ["démarches", "numérique"],
        "indicateurs": ["services-proximite", "emploi-insertion"],
        "chapo": (
            "Dossier de retraite, déclaration d'impôts, carte Vitale, inscription à France "
            "Travail : le jeudi matin, la Forge tient une permanence d'aide aux démarches. Sans "
            "rendez-vous, sans jugement."
        ),
        "corps": [
            ("p", "La permanence est tenue par Sophie, écrivaine publique bénévole, et un volontaire en service civique. Ils aident à remplir les formulaires, numériser les pièces, créer une adresse électronique. Une vingtaine de personnes passent chaque jeudi : des retraités, des jeunes qui cherchent un premier emploi, des agriculteurs perdus dans leurs déclarations."),
            ("t", "J'ai failli perdre mon allocation parce que je n'avais pas vu un message sur mon espace en ligne. Je ne savais même pas que j'avais un espace en ligne. Sophie a tout rattrapé en une matinée, et m'a aidé à refaire mon CV.", "", "habitant, demandeur d'emploi"),
            ("t", "Le plus important, c'est que les gens n'aient pas honte. Ici, on boit un café, on parle d'autre chose, et puis on fait le dossier ensemble.", "Sophie", "bénévole"),
        ],
    },
    {
        "lieu": "la-forge",
        "titre": "Bal folk dans l'ancienne forge",
        "date": date(2025, 2, 22),
        "genre": "photos",
        "signature": "pseudonyme",
        "auteur": "Bourrée à trois temps",
        "source": "contribution",
        "photo": "soiree",
        "tags": ["bal folk", "musique"],
        "indicateurs": ["convivialite", "dynamisme-territorial", "mixite"],
        "chapo": (
            "Deux cents danseurs, un accordéon diatonique, une vielle à roue et une cornemuse : "
            "le bal folk de février a fait trembler le plancher de la Forge jusqu'à deux heures "
            "du matin."
        ),
        "corps": [
            ("p", "Le bal est organisé avec l'association des musiciens traditionnels du Forez. Initiation à dix-neuf heures pour ceux qui ne connaissent pas les pas — bourrées, scottishs, cercles circassiens —, puis bal jusqu'au bout de la nuit. Les danseurs viennent de Saint-Étienne, de Clermont, de Lyon, et du village."),
            ("gal", "La nuit du bal", [("soiree", "Vers 20 h, l'initiation sur la place."), ("nuit", "Pendant le bal, on prend l'air dehors."), ("hiver", "Le lendemain matin, la Forge sous la neige.")]),
            ("t", "J'ai dansé avec mon petit-fils, puis avec une étudiante de Lyon, puis avec le maire. Ma dernière bourrée, c'était à mon mariage, en 1968.", "Georgette", "habitante"),
            ("p", "La buvette et la petite restauration, tenues par les bénévoles, ont rapporté de quoi financer le prochain bal. Les gîtes des environs étaient complets."),
        ],
    },
    {
        "lieu": "le-comptoir-du-coiron",
        "titre": "Le Comptoir a deux ans, et les sociétaires ont fait la fête",
        "date": date(2024, 7, 6),
        "genre": "photos",
        "signature": "prenom",
        "auteur": "Julien",
        "source": "contribution",
        "photo": "couchant",
        "tags": ["anniversaire", "fête", "bénévoles"],
        "indicateurs": ["participation", "convivialite"],
        "chapo": (
            "Pour les deux ans du Comptoir, les sociétaires ont tout organisé : le repas, la "
            "musique, la tombola, la buvette. L'équipe salariée n'avait qu'une consigne : "
            "s'asseoir et profiter."
        ),
        "corps": [
            ("p", "L'idée est venue du conseil coopératif : fêter l'anniversaire sans faire travailler Julien et Amel, qui tiennent le Comptoir six jours sur sept. Trente bénévoles se sont réparti les tâches. Un agriculteur a prêté sa remorque pour la scène, la fanfare du bourg est venue gratuitement, les enfants ont fait la décoration."),
            ("gal", "Le 6 juillet au Comptoir", [("marche", "L'après-midi, le marché des producteurs."), ("couchant", "Le repas partagé sur la place."), ("soiree", "La fanfare, à la nuit tombée.")]),
            ("t", "Pour une fois, c'est nous qui avons été servis. J'ai vu derrière le comptoir des gens que je n'aurais jamais imaginés là. Le Comptoir, ce n'est pas le nôtre, c'est celui du village.", "Amel", "salariée du Comptoir"),
        ],
    },
    {
        "lieu": "le-comptoir-du-coiron",
        "titre": "Pourquoi nous nous sommes installés aux Balmes",
        "date": date(2025, 8, 28),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Aurélie",
        "source": "contribution",
        "photo": "matin",
        "tags": ["nouveaux habitants", "école"],
        "indicateurs": ["dynamisme-territorial", "mixite", "services-proximite"],
        "chapo": (
            "Nous cherchions une maison en Ardèche depuis deux ans. Nous avons visité vingt "
            "villages. Aux Balmes-du-Coiron, il y avait le Comptoir. Ça a fait la différence."
        ),
        "corps": [
            ("p", "Avec deux enfants de quatre et sept ans, nous ne voulions pas d'un village où il faut prendre la voiture pour acheter du lait. Au Comptoir, on trouve le pain, l'épicerie, le journal, et un café où les enfants boivent un sirop pendant qu'on discute. Le jour de la visite, Amel nous a présentés à trois personnes en dix minutes."),
            ("p", "Nous sommes arrivés en février. Mon compagnon est menuisier : son premier chantier, c'est un voisin rencontré au Comptoir qui le lui a confié. J'ai rejoint le conseil coopératif, aux côtés d'agriculteurs installés là depuis quatre générations. Les enfants vont à l'école du village, qui compte maintenant dix-neuf élèves."),
            ("t", "Des familles comme la leur, on en a accueilli quatre depuis l'ouverture du Comptoir. Pour un village de cent soixante habitants, c'est énorme.", "Françoise", "maire"),
        ],
    },
    {
        "lieu": "le-comptoir-du-coiron",
        "titre": "Ici, on se dit bonjour",
        "date": date(2023, 9, 14),
        "genre": "temoignage",
        "signature": "anonyme",
        "auteur": "",
        "source": "edition",
        "photo": "marche",
        "tags": ["village", "rencontres"],
        "indicateurs": ["lien-social", "bien-vivre", "mixite"],
        "passages": {"bien-vivre": "Je suis fier de mon village, maintenant."},
        "chapo": (
            "Cinq habitants du Coiron, croisés au comptoir un matin de septembre, disent en une "
            "phrase ce qui a changé depuis l'ouverture."
        ),
        "corps": [
            ("t", "Avant, je croisais les gens en voiture. On levait deux doigts du volant. Maintenant, on se dit bonjour, on sait comment on s'appelle.", "Daniel", "agriculteur"),
            ("t", "Je viens pour le pain et pour les nouvelles. Les nouvelles, c'est gratuit.", "Mireille", "retraitée"),
            ("t", "Je suis arrivée de Marseille il y a un an. Sans le Comptoir, je ne connaîtrais personne.", "Samia", "nouvelle habitante"),
            ("t", "C'est le seul endroit où les chasseurs et les écolos boivent un café ensemble. Ils ne sont pas d'accord, mais ils se parlent.", "Amel", "salariée du Comptoir"),
            ("t", "Je suis fier de mon village, maintenant. Quand des amis viennent, je les emmène au Comptoir.", "Lucas", "lycéen"),
        ],
    },
]  # fmt: skip

# ---------------------------------------------------------------------------
# Drafts: contributions waiting for an editor (never published)
# ---------------------------------------------------------------------------
# `photo_propre`: a picture drawn only for the draft, so "unpublished photos do not leak"
# has something to check. `suggestions`: what the helper proposed, not yet decided.
RECITS_BROUILLONS: list[dict] = [
    {
        "slug": BROUILLONS[0],
        "lieu": "cafe-de-la-fontaine",
        "titre": "Le club tricot s'est installé près du poêle",
        "date": date(2025, 10, 9),
        "genre": "recit",
        "signature": "prenom",
        "auteur": "Élodie",
        "source": "contribution",
        "photo_propre": "aube",
        "tags": ["tricot"],
        "suggestions": [("lien-social", 0.71, "se retrouver, voisine"), ("lutte-isolement", 0.64, "seule, sortir")],
        "chapo": (
            "Depuis la rentrée, cinq tricoteuses occupent la grande table le vendredi "
            "après-midi. Elles ont déjà habillé de laine la rambarde de la fontaine."
        ),
        "corps": [
            ("p", "Tout a commencé quand Monique Vernet, qui habite au-dessus de l'ancienne pharmacie, a demandé si elle pouvait venir tricoter au chaud. Elle a amené sa voisine, puis sa belle-sœur, puis une jeune femme arrivée cet été qui ne savait pas tenir une aiguille."),
            ("t", "Chez moi, je tricotais seule devant la fenêtre. Ici, on se retrouve, on se conseille, on se moque gentiment des mailles ratées.", "Monique Vernet", "habitante"),
        ],
    },
    {
        "slug": BROUILLONS[1],
        "lieu": "la-forge",
        "titre": "Le mercredi, le car ne passe plus",
        "date": date(2025, 11, 13),
        "genre": "temoignage",
        "signature": "anonyme",
        "auteur": "",
        "source": "contribution",
        "photo_propre": "couchant",
        "tags": ["mobilité", "covoiturage"],
        "suggestions": [("services-proximite", 0.58, "sans voiture"), ("transition-ecologique", 0.52, "covoiturage")],
        "chapo": (
            "Depuis septembre, la ligne de car ne dessert plus le village le mercredi. À la "
            "Forge, un tableau de covoiturage s'est rempli en une semaine."
        ),
        "corps": [
            ("t", "Je n'ai pas de voiture. Le mercredi, c'était mon jour de marché en ville. Maintenant, c'est Gilles, du hameau d'en haut, qui m'emmène. On partage l'essence et les potins.", "", "habitante sans voiture"),
            ("p", "Le tableau est accroché à l'entrée de la Forge : on y écrit où l'on va, quand, et combien de places il reste. Une vingtaine de trajets y sont proposés chaque semaine."),
        ],
    },
    {
        "slug": BROUILLONS[2],
        "lieu": "la-maison-du-village",
        "titre": "Un réveillon pour ceux qui seraient seuls",
        "date": date(2025, 12, 4),
        "genre": "recit",
        "signature": "pseudonyme",
        "auteur": "Tata Jo",
        "source": "contribution",
        "photo_propre": "nuit",
        "tags": ["Noël", "solidarité"],
        "suggestions": [("lutte-isolement", 0.82, "seuls, solitude"), ("convivialite", 0.66, "repas partagé")],
        "chapo": (
            "Cette année, la Maison du Village ouvrira le soir du 24 décembre pour un repas "
            "partagé. Une idée de Sandrine, qui ne supportait pas de savoir certains voisins "
            "seuls ce soir-là."
        ),
        "corps": [
            ("p", "La liste d'inscription est posée près de la caisse. On y a déjà lu des prénoms que l'on ne voit jamais aux fêtes : un veuf du hameau des Issards, une famille arrivée en octobre, un saisonnier qui ne rentrera pas chez lui."),
            ("p", "Chacun apporte ce qu'il peut. La mairie prête la vaisselle, l'école les guirlandes."),
        ],
    },
]  # fmt: skip

# ---------------------------------------------------------------------------
# Fragments for the composed stories (see composition.py)
# ---------------------------------------------------------------------------
# Slots: {lieu} {Lieu} {au_lieu} {du_lieu} {commune} {a_commune} {de_commune} {porteur}.
# Each paragraph and testimony carries the indicators it speaks to; a composed story is
# coded with the event's own indicators plus those of the fragments it uses.
# Testimonies: (words, "f"/"m" for the first name drawn, role, indicators).
EVENEMENTS: list[dict] = [
    {
        "cle": "soupe",
        "utilisations": 3,
        "mois": [11, 12, 1, 2],
        "indicateurs": ["convivialite"],
        "tags": ["soupe", "hiver"],
        "photos": ["soiree", "hiver", "nuit", "couchant"],
        "genres": ["recit", "temoignage", "photos"],
        "titres": [
            "Soirée soupes {au_lieu} : onze marmites et pas une de trop",
            "Une soupe, des voisins, et l'hiver passe plus vite {a_commune}",
            "Le concours de soupes {du_lieu}",
        ],
        "chapos": [
            "Chacun apporte sa marmite, {lieu} fournit le pain et les bols. La soirée soupes est devenue le rendez-vous des longues soirées d'hiver {a_commune}.",
            "Dehors, il gelait à pierre fendre. Dedans, une quarantaine de personnes comparaient les mérites de la soupe à l'ortie et du velouté de châtaignes.",
            "Il n'y a rien à gagner, sinon le droit de rapporter sa marmite vide. Récit d'une soirée où l'on a goûté onze soupes et refait le village.",
        ],
        "paragraphes": [
            ("L'idée est venue d'une habitante qui trouvait les soirées de janvier trop longues. Le principe est simple : chacun apporte une soupe, on goûte tout, on vote pour rire. {porteur} s'occupe du pain, des bols et du vin chaud. La première année, il y avait cinq marmites ; cette fois, onze.", ["participation"]),
            ("On a goûté une soupe de lentilles corail à la turque, la garbure d'un Béarnais installé depuis peu, le bouillon de poule de la doyenne du village, une soupe à l'ortie que personne n'osait essayer et qui a gagné. Les enfants ont voté pour la soupe au chocolat, qui n'en était pas vraiment une.", ["mixite"]),
            ("Autour des tables, on parle de tout : du déneigement, de l'école, du prix du fioul, du loup qu'on aurait vu au-dessus du hameau. Des gens qui ne se croisent qu'au cimetière ou à l'assemblée de la chasse se sont retrouvés à la même table, à échanger des recettes.", ["lien-social"]),
            ("À vingt-deux heures, il ne restait plus une goutte de soupe. On a fait la vaisselle ensemble, dans la cuisine trop petite, en se passant les bols de main en main. Rendez-vous est pris pour le mois prochain, avec un thème : les soupes de nos grands-mères.", []),
            ("Les restes ont été portés le lendemain à trois voisins qui n'avaient pas pu venir, malades ou trop fatigués pour sortir par ce froid. Chacun a eu droit à son bocal, et à une visite.", ["lutte-isolement"]),
        ],
        "temoignages": [
            ("Je fais toujours trop de soupe pour moi toute seule. Là, au moins, elle sert à quelque chose, et je rentre avec des compliments.", "f", "habitante", ["lutte-isolement"]),
            ("En janvier, on ne voit personne. Les volets sont fermés à cinq heures. Cette soirée, c'est comme allumer une lampe au milieu de l'hiver.", "m", "habitant", ["bien-vivre"]),
            ("Je suis arrivé au village en octobre. J'ai apporté une soupe de mon pays, on m'a demandé la recette. C'était la première fois qu'on m'invitait à quelque chose ici.", "m", "nouvel habitant", ["mixite"]),
            ("On a ri toute la soirée. Ça fait du bien de rire avec des gens qu'on connaît à peine.", "f", "bénévole", []),
        ],
    },
    {
        "cle": "marche",
        "utilisations": 3,
        "mois": [5, 6, 7, 8, 9, 10],
        "indicateurs": ["dynamisme-territorial"],
        "tags": ["marché", "producteurs locaux"],
        "photos": ["marche", "couchant", "place", "matin"],
        "genres": ["recit", "photos", "recit"],
        "titres": [
            "Un marché de producteurs sur la place {de_commune}",
            "Fromages, légumes et musique : le marché du vendredi {a_commune}",
            "Les producteurs ont trouvé leur place {au_lieu}",
        ],
        "chapos": [
            "Chaque vendredi de la belle saison, une dizaine de producteurs installent leurs étals devant {lieu}. En deux ans, le marché est devenu l'un des plus fréquentés du canton.",
            "Légumes, fromages, pain, miel, viande : tout vient de moins de trente kilomètres. Et ce qui fait venir les gens, c'est aussi l'apéritif qui suit.",
            "Au départ, deux maraîchers. Aujourd'hui, un vrai marché qui fait vivre la place en fin de journée.",
        ],
        "paragraphes": [
            ("Le marché se tient de seize heures à dix-neuf heures trente. Les producteurs ne paient pas de droit de place la première année ; {lieu} prête l'électricité et les tables. La liste d'attente compte maintenant trois noms : une brasseuse, un éleveur de truites et un pépiniériste.", []),
            ("Tout ce qui est vendu est produit à moins de trente kilomètres, souvent en bio, et les habitants viennent avec leurs paniers et leurs boîtes. Les invendus de la maraîchère partent à l'épicerie solidaire du bourg voisin.", ["transition-ecologique"]),
            ("Pour les personnes sans voiture, c'est l'occasion d'acheter des produits frais sans descendre en ville. {porteur} a mis en place un service de commande : on commande au comptoir, le producteur prépare le panier pour la semaine suivante.", ["services-proximite"]),
            ("À dix-neuf heures, les étals se replient et la terrasse se remplit. Les producteurs s'attablent avec leurs clients. C'est souvent là que se décident les coups de main : un chantier de bois, une garde de chèvres, une cueillette de pommes.", ["convivialite", "lien-social"]),
            ("Le marché a ses fidèles : les résidents de la maison de retraite voisine viennent en groupe avec leurs accompagnatrices, choisissent leurs fruits et repartent avec des histoires à raconter au dîner.", ["lutte-isolement"]),
        ],
        "temoignages": [
            ("Avant, je faisais trois marchés en ville par semaine, avec cent kilomètres de route. Ici, je vends autant en deux heures et demie, et je rentre à temps pour la traite.", "f", "éleveuse de chèvres", []),
            ("Le vendredi soir, je ne cuisine pas : j'achète, je m'assois, je mange avec les voisins. C'est mon petit restaurant de la semaine.", "m", "retraité", ["convivialite"]),
            ("Je mange plus de légumes depuis que je connais la personne qui les cultive. Elle me dit comment les préparer.", "f", "habitante", ["transition-ecologique"]),
            ("Le marché a redonné une raison de passer par le village. Même la boulangère dit qu'elle vend plus le vendredi.", "m", "conseiller municipal", []),
        ],
    },
    {
        "cle": "jeux",
        "utilisations": 3,
        "mois": [1, 2, 3, 4, 10, 11, 12],
        "indicateurs": ["convivialite"],
        "tags": ["jeux", "soirée"],
        "photos": ["soiree", "nuit", "couchant"],
        "genres": ["recit", "temoignage", "recit"],
        "titres": [
            "Soirée jeux {au_lieu} : on a ressorti le Monopoly",
            "Tarot, Dixit et petits chevaux {a_commune}",
            "Le premier vendredi du mois, on joue {au_lieu}",
        ],
        "chapos": [
            "Une fois par mois, {lieu} pousse les tables et sort les boîtes de jeux. Joueurs du dimanche et champions de tarot se retrouvent jusqu'à minuit.",
            "Une centaine de jeux de société, donnés par les habitants ou achetés grâce à la tombola : la ludothèque {du_lieu} tourne à plein.",
            "Des parties de belote à deux cents ans d'âge cumulé, des enfants qui expliquent les règles aux grands : chronique d'une soirée jeux.",
        ],
        "paragraphes": [
            ("La soirée commence à vingt heures. Chacun apporte de quoi grignoter, {lieu} s'occupe des boissons. Un bénévole explique les règles aux tables qui découvrent un jeu ; les habitués enchaînent les parties de tarot dans un coin, en silence.", []),
            ("Il y a des tables d'enfants, des tables de retraités, et des tables où l'on se mélange. On y voit des adolescents affronter leurs grands-parents aux petits chevaux, et perdre.", ["mixite"]),
            ("Pour certains, c'est la seule sortie du mois. Un veuf qui ne quittait plus sa maison vient désormais à chaque soirée ; il est devenu imbattable aux échecs et donne des leçons.", ["lutte-isolement"]),
            ("Les éclats de rire s'entendent depuis la place. Quand la partie de loup-garou commence, vers vingt-deux heures, plus personne ne parle bas, et il n'est pas rare que des passants entrent voir ce qui se passe.", []),
            ("La ludothèque s'enrichit à chaque soirée : des jeux donnés par les familles, d'autres réparés par des bénévoles, un jeu de l'oie fabriqué par les enfants de l'école avec les noms des hameaux. On peut les emprunter pour la semaine.", ["participation"]),
        ],
        "temoignages": [
            ("Je n'ai plus de partenaires pour jouer aux cartes à la maison. Ici, j'en ai toujours trois.", "m", "retraité", ["lutte-isolement"]),
            ("C'est le seul soir où mes enfants acceptent de lâcher leurs écrans. Et où je les vois jouer avec des gens de quatre-vingts ans.", "f", "maman de deux enfants", ["mixite"]),
            ("On rit, on triche un peu, on se dispute pour rire. C'est exactement ce qu'il faut en hiver.", "f", "habitante", []),
            ("J'ai appris à jouer au tarot à soixante-dix ans. Il n'est jamais trop tard pour perdre aux cartes.", "m", "habitant", []),
        ],
    },
    {
        "cle": "sante",
        "utilisations": 3,
        "mois": [1, 2, 3, 4, 5, 6, 9, 10, 11],
        "indicateurs": ["services-proximite"],
        "tags": ["santé", "permanence"],
        "photos": ["matin", "place", "aube"],
        "genres": ["recit", "temoignage", "recit"],
        "titres": [
            "La permanence santé du lundi {au_lieu}",
            "Prendre sa tension entre deux courses, {a_commune}",
            "L'infirmière, le café et les nouvelles {du_lieu}",
        ],
        "chapos": [
            "Le médecin le plus proche est à vingt-cinq minutes. Depuis un an, une infirmière de la maison de santé tient une permanence {au_lieu}, le lundi matin.",
            "Prise de tension, conseils, renouvellement de pansements, aide pour prendre rendez-vous : la permanence santé évite bien des kilomètres.",
            "On vient pour un pansement ou un conseil, on reste pour le café. Une permanence de prévention s'est installée dans l'arrière-salle {du_lieu}.",
        ],
        "paragraphes": [
            ("La permanence a été mise en place avec la maison de santé du bourg, qui cherchait à aller vers les villages sans médecin. L'arrière-salle a été aménagée avec un paravent, une table d'examen pliante et un point d'eau. C'est gratuit, sans rendez-vous, de neuf heures à midi.", []),
            ("On y prend sa tension, on fait le point sur son traitement, on renouvelle un pansement. Pour le reste, l'infirmière aide à obtenir un rendez-vous chez les spécialistes, et parfois à trouver quelqu'un pour y conduire.", []),
            ("Beaucoup de personnes qui viennent n'auraient pas consulté autrement. Des problèmes ont été repérés tôt : un diabète, une chute à domicile qu'on cachait à ses enfants, une déprime qu'on n'osait pas nommer chez une personne qui vit seule.", ["lutte-isolement"]),
            ("Le lundi matin est devenu un moment où l'on se croise. Dans la salle d'attente improvisée, c'est-à-dire au comptoir, on compare ses ordonnances et on prend des nouvelles des absents.", ["lien-social"]),
            ("La commune a d'abord douté : qui viendrait parler de sa santé dans un commerce ? Au bout de six mois, la permanence reçoit une quinzaine de personnes chaque lundi, et la mairie envisage d'y ajouter celle de l'assistante sociale.", []),
        ],
        "temoignages": [
            ("Je ne vais jamais chez le médecin, c'est trop loin. Là, l'infirmière m'a trouvé de la tension. J'ai un traitement maintenant. Ma femme dit que c'est le café qui m'a sauvé.", "m", "agriculteur retraité", []),
            ("Les gens me parlent plus facilement ici qu'au cabinet. On est un peu chez eux.", "f", "infirmière", []),
            ("Je vis seule depuis dix ans. Le lundi, je viens pour la tension, et pour parler un peu. L'infirmière, elle écoute.", "f", "habitante", ["lutte-isolement"]),
            ("On a gagné des heures de route pour des choses simples. Pour un village de notre taille, c'est un luxe.", "m", "adjoint au maire", []),
        ],
    },
    {
        "cle": "jardin",
        "utilisations": 3,
        "mois": [3, 4, 5, 6, 7, 9],
        "indicateurs": ["transition-ecologique"],
        "tags": ["jardin", "compost"],
        "photos": ["matin", "place", "couchant"],
        "genres": ["recit", "photos", "temoignage"],
        "titres": [
            "Graines, compost et plants de tomates {au_lieu}",
            "Le coin jardin {du_lieu}",
            "Au printemps, on échange ses graines {a_commune}",
        ],
        "chapos": [
            "Une boîte à graines sur le comptoir, deux composteurs dans la cour, des bacs de culture le long du mur : {lieu} est aussi devenu le point de ralliement des jardiniers.",
            "Tomates anciennes, haricots du pays, courges de la grand-mère : les graines du village circulent désormais de main en main.",
            "Ce qui a commencé avec un bac à compost est devenu un petit jardin collectif, entretenu par une dizaine d'habitants.",
        ],
        "paragraphes": [
            ("La grainothèque est une ancienne boîte à chaussures compartimentée, posée sur le comptoir. On prend des graines, on en rapporte à la fin de la saison. On y trouve la tomate cœur-de-bœuf de Lucienne, des haricots cocos cultivés dans la même famille depuis trois générations, du basilic thaï.", []),
            ("Les deux composteurs de la cour reçoivent les épluchures {du_lieu} et celles des voisins. Un habitant formé au compostage vient les retourner chaque semaine. Le compost nourrit les bacs de légumes et les jardinières de la place.", []),
            ("Le jardin est entretenu par une dizaine de volontaires, qui se sont réparti l'arrosage sur un tableau. Les récoltes sont partagées ou servies au comptoir : la soupe d'automne de {porteur} doit beaucoup aux courges du jardin.", ["participation"]),
            ("Au printemps, une bourse aux plants a réuni une trentaine de jardiniers, des anciens qui cultivent depuis soixante ans aux nouveaux arrivants qui n'avaient jamais semé un radis.", ["mixite", "lien-social"]),
            ("Cette année, les enfants de l'école ont planté un carré de pommes de terre. La récolte, douze kilos, a été cuite en robe des champs et mangée sur place, tous ensemble, un soir de septembre.", ["convivialite"]),
        ],
        "temoignages": [
            ("Ces graines de haricots, ma grand-mère les tenait de sa mère. Je suis contente qu'elles poussent ailleurs que chez moi.", "f", "habitante", []),
            ("J'ai appris à composter ici. Ma poubelle a diminué de moitié, et mes tomates n'ont jamais été aussi belles.", "m", "habitant", []),
            ("Je n'avais jamais jardiné. Les anciens m'ont tout appris, en se moquant un peu de moi, mais gentiment.", "f", "nouvelle habitante", ["mixite"]),
            ("Le jardin, c'est le meilleur prétexte pour se parler. On arrose, on discute, on repart avec une salade.", "m", "bénévole", ["lien-social"]),
        ],
    },
    {
        "cle": "accueil",
        "utilisations": 3,
        "mois": [9, 10, 11, 1],
        "indicateurs": ["lien-social"],
        "tags": ["nouveaux habitants", "accueil"],
        "photos": ["couchant", "soiree", "place"],
        "genres": ["recit", "temoignage", "recit"],
        "titres": [
            "Un pot d'accueil pour les nouveaux habitants {de_commune}",
            "Nouveaux venus {a_commune} : le pot qui fait les présentations",
            "Arrivés cette année, ils ont été accueillis {au_lieu}",
        ],
        "chapos": [
            "Ils viennent de Lyon, de Belgique, du village d'à côté ou de l'autre bout du monde. Pour la deuxième année, {lieu} a invité tous les nouveaux habitants à un pot d'accueil.",
            "Vingt-trois nouveaux habitants cette année : un record. La mairie a fourni la liste, {lieu} l'apéritif, et les anciens les présentations.",
            "S'installer à la campagne, c'est souvent découvrir qu'on ne connaît personne. Un pot d'accueil ne règle pas tout, mais il aide.",
        ],
        "paragraphes": [
            ("Chaque nouvel arrivant a reçu une invitation dans sa boîte aux lettres, avec un petit plan du village dessiné par les enfants de l'école : où trouver le pain, la mairie, le médecin, le ramassage des encombrants.", ["services-proximite"]),
            ("Pour faire les présentations, une douzaine d'habitants de longue date étaient là : la secrétaire de mairie, le président du club de foot, l'ancienne factrice qui connaît tout le monde. Chaque nouveau est reparti avec trois numéros de téléphone et une invitation à dîner.", []),
            ("Parmi les nouveaux, des télétravailleurs, un couple de jeunes agriculteurs installés sur une ferme reprise, une famille syrienne accueillie par la commune, des retraités revenus au pays. Le village change, et chacun y trouve sa place.", ["mixite", "dynamisme-territorial"]),
            ("La soirée s'est prolongée tard. On a parlé de la chasse, du festival de l'été, du car scolaire, de la meilleure façon de tailler les arbres fruitiers ou de protéger ses poules du renard.", ["convivialite"]),
            ("Certains des nouveaux habitants ont déjà rejoint une association, le conseil d'école ou l'équipe des bénévoles. Une jeune ingénieure arrivée au printemps anime désormais l'atelier informatique du samedi.", ["participation"]),
        ],
        "temoignages": [
            ("En ville, j'ai habité dix ans dans le même immeuble sans connaître mes voisins. Ici, au bout d'une soirée, j'avais quelqu'un pour garder mon chat.", "f", "nouvelle habitante", []),
            ("Des jeunes qui s'installent, des familles, des enfants pour l'école : c'est ce qu'on attendait depuis des années.", "m", "conseiller municipal", ["dynamisme-territorial"]),
            ("Je suis née ici. Les nouveaux, avant, on les regardait de travers. Maintenant c'est moi qui leur montre où trouver les champignons. Enfin, pas tous les coins.", "f", "habitante", ["mixite"]),
            ("On ne savait pas à qui demander pour le bois de chauffage. On est repartis avec un fournisseur et un coup de main pour le rentrer.", "m", "nouvel habitant", []),
        ],
    },
    {
        "cle": "vide-grenier",
        "utilisations": 2,
        "mois": [4, 5, 6, 9],
        "indicateurs": ["participation"],
        "tags": ["vide-grenier", "bénévoles"],
        "photos": ["marche", "place", "matin"],
        "genres": ["recit", "photos"],
        "titres": [
            "Vide-grenier {a_commune} : quatre-vingts exposants et la place pleine",
            "Le vide-grenier {du_lieu} a rempli les rues",
            "Tout doit disparaître, ou presque, {a_commune}",
        ],
        "chapos": [
            "Le vide-grenier de printemps avait disparu avec le comité des fêtes. {Lieu} l'a relancé, avec une équipe de bénévoles et quelques tables à tréteaux.",
            "Dès six heures du matin, les premiers exposants déballaient sur la place. À midi, {lieu} avait servi trois cents cafés.",
            "Des jouets, des outils, des pots de confiture vides et une armoire normande : récit d'une journée de déballage où tout le village a mis la main à la pâte.",
        ],
        "paragraphes": [
            ("L'organisation a pris deux mois : autorisation de la mairie, inscriptions au comptoir, plan des emplacements dessiné sur une nappe en papier. Une douzaine de bénévoles se sont relayés le jour venu, de la buvette au parking, en passant par le stand de crêpes tenu par les parents d'élèves.", []),
            ("Quatre-vingts exposants, des habitants pour la plupart, mais aussi des brocanteurs de la vallée. Les visiteurs sont venus de loin : on a compté des plaques de toute la région sur le parking du stade.", ["dynamisme-territorial"]),
            ("Ce qui n'a pas été vendu n'est pas parti à la déchetterie : une association de réemploi est passée en fin de journée récupérer les vêtements, la vaisselle et les livres. Un stand de troc a permis aux enfants d'échanger une centaine de jouets.", ["transition-ecologique"]),
            ("Les bénéfices de la buvette financeront un barnum pour les prochaines fêtes du village. Le comité d'organisation, ouvert à tous, se réunira à la rentrée pour préparer l'édition d'automne.", []),
        ],
        "temoignages": [
            ("J'ai vidé le grenier de ma mère. Chaque objet partait avec une histoire. Des gens m'ont raconté qu'ils avaient eu la même cafetière chez leurs parents.", "f", "habitante", ["lien-social"]),
            ("Je n'avais jamais fait de bénévolat. On m'a mise à la buvette, je n'en suis pas sortie de la journée, et j'ai rencontré la moitié du village.", "f", "bénévole", []),
            ("Pour les commerces, c'est la meilleure journée du printemps. Même la boulangerie était dévalisée avant dix heures.", "m", "conseiller municipal", ["dynamisme-territorial"]),
            ("J'ai acheté un vélo pour mon fils à cinq euros. Il roule encore. C'est mieux que du neuf.", "m", "habitant", ["transition-ecologique"]),
        ],
    },
    {
        "cle": "enfants",
        "utilisations": 2,
        "mois": [1, 2, 3, 4, 5, 10, 11],
        "indicateurs": ["mixite"],
        "tags": ["enfants", "ateliers"],
        "photos": ["matin", "place", "couchant"],
        "genres": ["recit", "temoignage"],
        "titres": [
            "Le mercredi, les enfants prennent possession {du_lieu}",
            "Atelier biscuits : les écoliers {de_commune} aux fourneaux",
            "Des enfants, des anciens et des jeux {au_lieu}",
        ],
        "chapos": [
            "Une fois par mois, le mercredi après-midi, {lieu} accueille un atelier pour les enfants du village, animé par des habitants. Cette fois, il y avait autant de grands-parents que d'enfants.",
            "Quatorze enfants de six à onze ans, trois bénévoles, deux kilos de farine : l'atelier a fini en goûter géant.",
            "Quand il pleut, les enfants n'ont nulle part où aller. Depuis l'automne, {lieu} leur ouvre ses portes le mercredi, et les anciens ne s'en plaignent pas.",
        ],
        "paragraphes": [
            ("L'atelier est animé par des habitants volontaires, chacun avec son talent : une ancienne institutrice pour la lecture, un menuisier pour les nichoirs, une grand-mère pour les crêpes. Les parents participent à tour de rôle.", ["participation"]),
            ("Ce mercredi, on faisait des biscuits avec les recettes apportées par les anciens : des navettes, des croquants aux amandes, des sablés au beurre d'une ferme voisine. Les enfants ont pesé, mélangé, et goûté la pâte crue plus que de raison.", ["convivialite"]),
            ("Pendant que les enfants jouent au fond de la salle, les habitués continuent leur partie de cartes. Il arrive qu'un enfant vienne regarder, qu'un ancien lui explique les règles. Certains jeux ont changé de génération dans l'après-midi.", []),
            ("Pour les familles arrivées récemment, l'atelier est souvent la première occasion de rencontrer d'autres parents. Plusieurs mères ont depuis organisé un covoiturage pour l'école de musique.", ["lien-social"]),
        ],
        "temoignages": [
            ("Mes petits-enfants habitent loin. Ici, j'ai des petits-enfants du mercredi.", "f", "retraitée", []),
            ("Le mercredi, c'est mieux qu'à la maison, parce qu'il y a les copains et les goûters des mamies.", "m", "écolier de huit ans", ["bien-vivre"]),
            ("On n'a pas de centre de loisirs à moins de vingt kilomètres. Cet atelier, pour nous, c'est un vrai service.", "f", "maman de deux enfants", ["services-proximite"]),
            ("J'ai appris à une petite à tenir un rabot. Elle m'a appris à faire une vidéo avec mon téléphone. On est quittes.", "m", "menuisier à la retraite", []),
        ],
    },
    {
        "cle": "musique",
        "utilisations": 2,
        "mois": [6],
        "jour": 21,
        "indicateurs": ["convivialite"],
        "tags": ["musique", "fête"],
        "photos": ["soiree", "nuit", "couchant"],
        "genres": ["photos", "recit"],
        "titres": [
            "Fête de la musique {a_commune} : l'accordéon, la chorale et le groupe du collège",
            "Le 21 juin, {lieu} a sorti les enceintes",
            "La plus courte nuit de l'année, la plus longue fête {du_lieu}",
        ],
        "chapos": [
            "Pas de grande scène, pas de tête d'affiche : pour la fête de la musique, {lieu} a ouvert sa terrasse à tous ceux qui voulaient jouer. Ils étaient onze groupes.",
            "Une chorale de retraitées, trois collégiens et leurs guitares électriques, un joueur de cornemuse : le programme de la soirée tenait sur une ardoise.",
            "La mairie avait prévu des barrières. Il a surtout fallu des chaises, et une deuxième tireuse à bière.",
        ],
        "paragraphes": [
            ("Les inscriptions se sont faites au comptoir, sur une feuille scotchée près de la caisse. Chaque groupe avait vingt minutes. Le matériel a été prêté par l'école de musique intercommunale et installé par des bénévoles dès quinze heures.", ["participation"]),
            ("On a entendu la chorale des aînés chanter Brassens, puis le groupe du collège reprendre les mêmes chansons en plus fort. Un père de famille a ressorti sa trompette pour la première fois depuis vingt ans. Les enfants ont dansé devant la scène jusqu'à ce qu'on les emporte endormis.", ["mixite"]),
            ("La buvette, tenue par l'équipe {du_lieu} et les bénévoles, a servi jusqu'à une heure du matin. On a compté plus de deux cents personnes au plus fort de la soirée, dont beaucoup venues des villages voisins.", ["dynamisme-territorial"]),
            ("Vers minuit, quand les groupes ont eu fini, il restait un guitariste et une vingtaine de personnes qui connaissaient toutes les paroles. La fête s'est terminée en chansons, sous les étoiles, comme autrefois après les moissons.", []),
        ],
        "temoignages": [
            ("C'était notre premier concert. On tremblait. Les gens ont applaudi comme si on était les Rolling Stones.", "m", "collégien, guitariste", ["bien-vivre"]),
            ("La fête de la musique, avant, il fallait aller en ville. Là, je suis rentrée à pied, en chantant. Heureuse.", "f", "habitante", ["bien-vivre"]),
            ("J'ai chanté avec la chorale, puis j'ai dansé avec mon voisin de quatre-vingt-dix ans. Il danse mieux que moi.", "f", "choriste", ["mixite"]),
            ("Ce soir-là, j'ai vu tout le village au même endroit : les anciens, les jeunes, les gens des lotissements, les gens du bourg. Ça n'arrive pas souvent.", "m", "adjoint au maire", ["mixite"]),
        ],
    },
    {
        "cle": "chantier",
        "utilisations": 2,
        "mois": [3, 4, 5, 9, 10],
        "indicateurs": ["participation"],
        "tags": ["chantier participatif"],
        "photos": ["matin", "place", "couchant"],
        "genres": ["recit", "photos"],
        "titres": [
            "Une journée pour repeindre les volets {du_lieu}",
            "La terrasse {du_lieu} construite en un week-end",
            "Journée de travaux collectifs {au_lieu} : vingt-cinq volontaires et une bétonnière",
        ],
        "chapos": [
            "Les volets s'écaillaient, la peinture manquait, les bras pas du tout. Un samedi matin, vingt-cinq personnes ont répondu à l'appel {du_lieu}.",
            "Une journée de travaux collectifs, c'est une liste de tâches sur un tableau, des outils prêtés par tout le village et un repas à midi. Le reste se fait tout seul, ou presque.",
            "Pas besoin de savoir bricoler pour venir : il y avait toujours quelqu'un pour montrer, et toujours quelque chose à porter.",
        ],
        "paragraphes": [
            ("L'appel avait été lancé sur le tableau d'affichage et dans le bulletin municipal. Le matériel a été prêté par les uns et les autres : échafaudages du maçon du village, pinceaux de l'école, bétonnière d'un agriculteur. La foncière a payé la peinture et le bois.", []),
            ("Les équipes se sont formées au hasard des arrivées : un retraité et une étudiante au ponçage, deux voisins fâchés depuis une histoire de haie sur le même échafaudage. Ils sont redescendus réconciliés, ou du moins d'accord sur la couleur.", ["lien-social", "mixite"]),
            ("À midi, le repas avait été préparé par ceux qui ne pouvaient pas monter à l'échelle. Taboulé, caillettes, fromages, tartes : on a mangé sur les tréteaux, dans la poussière, en regardant le travail accompli.", ["convivialite"]),
            ("Ce genre de journée coûte peu et rapporte beaucoup : les travaux auraient été facturés plusieurs milliers d'euros, et chaque participant considère désormais le lieu un peu comme le sien.", []),
        ],
        "temoignages": [
            ("Quand je passe devant, je me dis : ce volet-là, c'est moi. Je suis fier. Ça change le regard qu'on a sur son village.", "m", "habitant", ["bien-vivre"]),
            ("Je ne savais rien faire, on m'a confié le ponçage. À la fin de la journée, je savais poncer.", "f", "étudiante", []),
            ("Les gens ne viennent pas seulement pour aider. Ils viennent pour être ensemble, et ils repartent fiers.", "f", "bénévole", ["bien-vivre"]),
            ("À soixante-quinze ans, je ne monte plus aux échelles. J'ai fait la cuisine pour trente. C'était ma façon de participer.", "f", "retraitée", []),
        ],
    },
]  # fmt: skip

# First names for composed testimonies and signatures, and pseudonyms.
PRENOMS_F = [
    "Josette", "Yvonne", "Sylvie", "Léa", "Fatou", "Gisèle", "Amandine", "Samia", "Maëlle",
    "Odile", "Ana", "Colette", "Yasmine", "Mireille", "Nathalie", "Émilie", "Lucienne",
    "Bernadette", "Inès", "Chloé", "Zoé", "Hélène", "Rachida", "Margaux",
]  # fmt: skip
PRENOMS_M = [
    "Marcel", "Bernard", "Karim", "Noé", "Hugo", "René", "Thierry", "Lucien", "Jonas",
    "Pierrot", "Baptiste", "Simon", "Alain", "Mehdi", "Joël", "Antoine", "Sacha", "Gaston",
    "Tom", "Rémi", "Dédé", "Malik",
]  # fmt: skip
PSEUDONYMES = [
    "La Fourmi du plateau", "Tonton Jo", "Gribouille", "Mam'zelle Bleuet", "Papet",
    "La Pie", "Zaza", "Le Facteur", "Petite Plume", "Brindille",
]  # fmt: skip
TITRES_GALERIE = ["En images", "Quelques images", "La journée en images", "Retour en images"]
