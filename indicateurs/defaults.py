"""The ten shipped indicators: slugs are fixed, everything else editors may change."""

INDICATEURS_PAR_DEFAUT: list[dict] = [
    {
        "slug": "bien-vivre",
        "nom": "Bien vivre",
        "famille": "Qualité de vie",
        "couleur": "#2f6b4f",
        "definition": (
            "Le lieu rend la vie quotidienne plus agréable : on y trouve du plaisir, du "
            "confort, de la fierté d'habiter le village, l'envie d'y rester."
        ),
        "questions": (
            "Qu'est-ce qui est plus agréable au village depuis que le lieu existe ?\n"
            "Des habitants vous ont-ils dit qu'ils se sentaient mieux, plus fiers de leur village ?"
        ),
        "lexique": (
            "bien vivre\n"
            "mieux vivre\n"
            "fait bon vivre\n"
            "qualité de vie\n"
            "cadre de vie ; 0.5\n"
            "douceur de vivre\n"
            "vie plus douce\n"
            "plaisir\n"
            "plaisant ; 0.5\n"
            "agréable ; 0.5\n"
            "fierté\n"
            "fier\n"
            "heureux\n"
            "bonheur\n"
            "content ; 0.5\n"
            "joie ; 0.5\n"
            "sourire ; 0.5\n"
            "envie de rester\n"
            "envie de vivre\n"
            "revivre ; 0.5\n"
            "douceur ; 0.5\n"
            "bien-être\n"
            "se sentir bien\n"
            "se sentir mieux\n"
            "changer … quotidien\n"
            "changer … vie\n"
            "vivant ; 0.5\n"
            "lieu de vie ; 0.5\n"
            "cœur du village ; 0.5\n"
            "âme du village\n"
            "égayer\n"
            "embellir ; 0.5\n"
            "moral ; 0.5\n"
            "confort ; 0.5\n"
            "attachement ; 0.5"
        ),
    },
    {
        "slug": "lien-social",
        "nom": "Lien social",
        "famille": "Vivre ensemble",
        "couleur": "#1f5a8a",
        "definition": (
            "Le lieu crée ou renforce des relations entre les personnes : on s'y rencontre, "
            "on s'y entraide, des liens naissent entre des gens qui ne se parlaient pas."
        ),
        "questions": (
            "Des personnes se sont-elles rencontrées ou retrouvées grâce au lieu ?\n"
            "Avez-vous vu naître de l'entraide entre des habitants ?"
        ),
        "lexique": (
            "lien social\n"
            "créer … lien\n"
            "recréer … lien\n"
            "tisser … lien\n"
            "renforcer … lien\n"
            "lien ; 0.5\n"
            "sociabilité\n"
            "vivre ensemble\n"
            "se rencontrer\n"
            "rencontre ; 0.5\n"
            "point de rencontre\n"
            "lieu de rencontre\n"
            "lieu de vie ; 0.5\n"
            "se retrouver\n"
            "retrouvailles\n"
            "retrouvaille\n"
            "entraide\n"
            "s'entraider\n"
            "solidarité ; 0.5\n"
            "solidaire ; 0.5\n"
            "voisin ; 0.5\n"
            "voisinage ; 0.5\n"
            "se parler\n"
            "se connaître\n"
            "faire connaissance\n"
            "se croiser\n"
            "se côtoyer ; 0.5\n"
            "se fréquenter\n"
            "s'inviter\n"
            "se dire bonjour\n"
            "dire bonjour ; 0.5\n"
            "prendre des nouvelles\n"
            "donner des nouvelles\n"
            "coup de main\n"
            "échange ; 0.5\n"
            "échanger ; 0.5\n"
            "discuter ; 0.5\n"
            "discussion ; 0.5\n"
            "conversation ; 0.5\n"
            "papoter ; 0.5\n"
            "bavarder ; 0.5\n"
            "ami ; 0.5\n"
            "amie ; 0.5\n"
            "habitué ; 0.5\n"
            "connaître … prénom\n"
            "amitié\n"
            "relation ; 0.5\n"
            "soutien ; 0.5\n"
            "soutenir ; 0.5\n"
            "ensemble ; 0.5\n"
            "rendez-vous ; 0.5\n"
            "cœur du village ; 0.5"
        ),
    },
    {
        "slug": "convivialite",
        "nom": "Convivialité",
        "famille": "Vivre ensemble",
        "couleur": "#b3541e",
        "definition": (
            "Le lieu offre des moments partagés, chaleureux et gratuits : un café pris "
            "ensemble, une fête, un repas, des rires."
        ),
        "questions": (
            "Racontez un moment partagé qui vous a marqué.\n"
            "Qu'est-ce qui fait que les gens restent un peu plus longtemps ?"
        ),
        "lexique": (
            "convivialité\n"
            "convivial\n"
            "chaleureux\n"
            "chaleur ; 0.5\n"
            "bonne humeur\n"
            "bon enfant\n"
            "fête\n"
            "festif\n"
            "fêter\n"
            "repas partagé\n"
            "repas ; 0.5\n"
            "tablée\n"
            "convive\n"
            "banquet\n"
            "pique-nique\n"
            "barbecue\n"
            "goûter ; 0.5\n"
            "apéro\n"
            "apéritif\n"
            "rire\n"
            "rigoler\n"
            "trinquer\n"
            "refaire le monde\n"
            "offrir un café\n"
            "offrir un verre\n"
            "tournée ; 0.5\n"
            "boire un verre\n"
            "boire un coup\n"
            "prendre un verre\n"
            "verre ; 0.5\n"
            "moment de partage\n"
            "partager ; 0.5\n"
            "partage ; 0.5\n"
            "ambiance\n"
            "atmosphère ; 0.5\n"
            "soirée\n"
            "concert\n"
            "bal\n"
            "danser\n"
            "danse ; 0.5\n"
            "guinguette\n"
            "karaoké\n"
            "loto\n"
            "belote\n"
            "tarot\n"
            "pétanque\n"
            "jeu de société\n"
            "jeux de cartes\n"
            "quiz\n"
            "spectacle ; 0.5\n"
            "musique ; 0.5\n"
            "animation ; 0.5"
        ),
    },
    {
        "slug": "lutte-isolement",
        "nom": "Lutte contre l'isolement",
        "famille": "Vivre ensemble",
        "couleur": "#7a3b8f",
        "definition": (
            "Le lieu rompt la solitude et le repli sur soi : des personnes seules, âgées ou "
            "nouvelles au village y trouvent une place et une raison de sortir de chez elles."
        ),
        "questions": (
            "Des personnes qui sortaient peu viennent-elles maintenant au lieu ?\n"
            "Le lieu a-t-il aidé quelqu'un à traverser une période difficile ?"
        ),
        "lexique": (
            "!isolement\n"
            "!isolé\n"
            "!s'isoler\n"
            "!solitude\n"
            "!seul ; 0.5\n"
            "!repli sur soi\n"
            "!repli ; 0.5\n"
            "!sortir de chez\n"
            "!sortir … de chez\n"
            "!enfermer\n"
            "!raison de sortir\n"
            "!enfermé\n"
            "!à l'écart\n"
            "!voir personne\n"
            "!connaître personne\n"
            "!parler à personne\n"
            "parler à quelqu'un\n"
            "personne âgée ; 0.5\n"
            "aîné ; 0.5\n"
            "senior ; 0.5\n"
            "veuf\n"
            "veuve\n"
            "veuvage\n"
            "nouvel arrivant ; 0.5\n"
            "hameau ; 0.5\n"
            "visite de convivialité\n"
            "portage de repas\n"
            "refuge ; 0.5\n"
            "fragile ; 0.5\n"
            "vulnérable ; 0.5\n"
            "!déprime\n"
            "!ennui ; 0.5\n"
            "lien avec l'extérieur"
        ),
    },
    {
        "slug": "services-proximite",
        "nom": "Services de proximité",
        "famille": "Territoire",
        "couleur": "#4d5b12",
        "definition": (
            "Le lieu rend des services qui manquaient près de chez soi : faire ses courses, "
            "acheter son pain, retirer un colis, imprimer un document sans prendre la voiture."
        ),
        "questions": (
            "Quels services le lieu rend-il que l'on devait chercher ailleurs avant ?\n"
            "Qui en profite le plus ?"
        ),
        "lexique": (
            "service de proximité\n"
            "commerce de proximité\n"
            "proximité ; 0.5\n"
            "dépannage\n"
            "dépanner\n"
            "multiservice\n"
            "multiple rural ; 0.5\n"
            "épicerie ; 0.5\n"
            "pain ; 0.5\n"
            "baguette ; 0.5\n"
            "dépôt de pain\n"
            "courses ; 0.5\n"
            "faire ses courses\n"
            "colis\n"
            "point relais\n"
            "relais ; 0.5\n"
            "point poste\n"
            "la poste ; 0.5\n"
            "distributeur\n"
            "retirer de l'argent\n"
            "retrait d'argent\n"
            "photocopie\n"
            "journal ; 0.5\n"
            "gaz ; 0.5\n"
            "médicament\n"
            "pharmacie ; 0.5\n"
            "France Services\n"
            "démarche ; 0.5\n"
            "sans voiture\n"
            "à pied ; 0.5\n"
            "à deux pas\n"
            "au coin de la rue\n"
            "prendre la voiture ; 0.5\n"
            "kilomètre ; 0.5\n"
            "livraison à domicile\n"
            "livrer ; 0.5\n"
            "domicile ; 0.5\n"
            "produit de première nécessité\n"
            "besoin du quotidien\n"
            "service ; 0.5\n"
            "maintenir … service\n"
            "rendre service"
        ),
    },
    {
        "slug": "participation",
        "nom": "Participation",
        "famille": "Pouvoir d'agir",
        "couleur": "#8a1f3d",
        "definition": (
            "Les habitants prennent part au projet : ils donnent du temps, proposent, "
            "décident, organisent des activités, se sentent responsables du lieu."
        ),
        "questions": (
            "Des habitants participent-ils à la vie du lieu (bénévolat, idées, décisions) ?\n"
            "Une activité a-t-elle été proposée par des habitants eux-mêmes ?"
        ),
        "lexique": (
            "bénévole\n"
            "bénévolat\n"
            "bénévolement\n"
            "volontaire\n"
            "participer ; 0.5\n"
            "participation ; 0.5\n"
            "participatif\n"
            "prendre part\n"
            "proposer ; 0.5\n"
            "idée ; 0.5\n"
            "suggestion ; 0.5\n"
            "initiative ; 0.5\n"
            "assemblée générale\n"
            "assemblée ; 0.5\n"
            "coopérative ; 0.5\n"
            "sociétaire\n"
            "part sociale\n"
            "adhérent\n"
            "adhésion ; 0.5\n"
            "s'impliquer\n"
            "implication\n"
            "s'investir\n"
            "s'engager ; 0.5\n"
            "engagement ; 0.5\n"
            "se mobiliser\n"
            "mobiliser ; 0.5\n"
            "organiser ; 0.5\n"
            "habitants eux-mêmes\n"
            "chantier participatif\n"
            "financement participatif\n"
            "décider ensemble\n"
            "décider ; 0.5\n"
            "décision ; 0.5\n"
            "voter\n"
            "gouvernance\n"
            "comité\n"
            "collectivement\n"
            "animer ; 0.5\n"
            "collectif ; 0.5\n"
            "co-construire\n"
            "donner de son temps\n"
            "donner du temps\n"
            "association ; 0.5"
        ),
    },
    {
        "slug": "mixite",
        "nom": "Mixité",
        "famille": "Vivre ensemble",
        "couleur": "#0f6b6b",
        "definition": (
            "Le lieu fait se côtoyer des personnes différentes : âges, origines, anciens et "
            "nouveaux habitants, agriculteurs et néo-ruraux, touristes et villageois."
        ),
        "questions": (
            "Qui se croise au lieu qui ne se croisait pas ailleurs ?\n"
            "Les générations se mélangent-elles ?"
        ),
        "lexique": (
            "mixité\n"
            "génération\n"
            "intergénérationnel\n"
            "les jeunes ; 0.5\n"
            "jeunes et anciens\n"
            "les anciens ; 0.5\n"
            "tous âges\n"
            "tout âge\n"
            "tous horizons\n"
            "tous les publics\n"
            "toutes les générations\n"
            "néo-rural\n"
            "nouvel habitant ; 0.5\n"
            "touriste ; 0.5\n"
            "vacancier ; 0.5\n"
            "estivant ; 0.5\n"
            "agriculteur ; 0.5\n"
            "personne âgée ; 0.5\n"
            "retraité ; 0.5\n"
            "senior ; 0.5\n"
            "lycéen ; 0.5\n"
            "collégien ; 0.5\n"
            "grand-mère ; 0.5\n"
            "grands-parents ; 0.5\n"
            "nonagénaire ; 0.5\n"
            "gens du pays ; 0.5\n"
            "mélange\n"
            "se mélanger\n"
            "se mêler\n"
            "brasser\n"
            "diversité\n"
            "se côtoyer ; 0.5\n"
            "réfugié ; 0.5\n"
            "interculturel\n"
            "origine ; 0.5\n"
            "milieu social\n"
            "classe sociale"
        ),
    },
    {
        "slug": "dynamisme-territorial",
        "nom": "Dynamisme territorial",
        "famille": "Territoire",
        "couleur": "#5a4a12",
        "definition": (
            "Le lieu redonne de l'élan au village : il attire des habitants, fait travailler "
            "les producteurs voisins, suscite d'autres projets, rouvre une place ou une rue."
        ),
        "questions": (
            "Le lieu a-t-il donné naissance à d'autres projets au village ?\n"
            "Travaille-t-il avec des producteurs ou artisans des environs ?"
        ),
        "lexique": (
            "dynamisme\n"
            "dynamique ; 0.5\n"
            "attractivité\n"
            "attractif\n"
            "attirer ; 0.5\n"
            "producteur local\n"
            "producteur ; 0.5\n"
            "circuit court\n"
            "faire travailler\n"
            "économie locale\n"
            "artisan ; 0.5\n"
            "marché ; 0.5\n"
            "revitaliser\n"
            "revitalisation\n"
            "redonner vie\n"
            "redonner … vie\n"
            "redonner du souffle\n"
            "souffle ; 0.5\n"
            "renaître\n"
            "naître ; 0.5\n"
            "voir le jour ; 0.5\n"
            "faire vivre ; 0.5\n"
            "revivre ; 0.5\n"
            "nouvelle famille\n"
            "jeune famille ; 0.5\n"
            "nouvel habitant ; 0.5\n"
            "s'installer ; 0.5\n"
            "installation ; 0.5\n"
            "population ; 0.5\n"
            "projet ; 0.5\n"
            "animation ; 0.5\n"
            "dernier commerce\n"
            "dernier bar\n"
            "dernier café\n"
            "centre-bourg\n"
            "bourg ; 0.5\n"
            "réouverture ; 0.5\n"
            "rouvrir ; 0.5\n"
            "maintenir ; 0.5\n"
            "sauver ; 0.5\n"
            "!déclin\n"
            "!désertification\n"
            "!mourir ; 0.5\n"
            "élan\n"
            "essor\n"
            "rayonnement\n"
            "faire connaître ; 0.5\n"
            "visiteur ; 0.5\n"
            "tourisme ; 0.5\n"
            "activité ; 0.5\n"
            "entreprise ; 0.5\n"
            "premier employeur"
        ),
    },
    {
        "slug": "transition-ecologique",
        "nom": "Transition écologique",
        "famille": "Territoire",
        "couleur": "#2d6a1f",
        "definition": (
            "Le lieu aide à vivre de façon plus sobre : moins de voiture, des produits locaux "
            "et de saison, moins de déchets, du réemploi, un bâtiment rénové et économe."
        ),
        "questions": (
            "Le lieu a-t-il changé des habitudes (déplacements, achats, déchets) ?\n"
            "Quels gestes écologiques y sont devenus ordinaires ?"
        ),
        "lexique": (
            "écologie\n"
            "écologique\n"
            "environnement\n"
            "environnemental\n"
            "transition\n"
            "vrac\n"
            "produit local\n"
            "de saison\n"
            "bio\n"
            "biologique\n"
            "zéro déchet\n"
            "déchet\n"
            "biodéchet\n"
            "réemploi\n"
            "recyclage\n"
            "recycler\n"
            "compost\n"
            "composter\n"
            "consigne\n"
            "bocal ; 0.5\n"
            "réutilisable\n"
            "gaspillage\n"
            "anti-gaspi\n"
            "ressourcerie\n"
            "réparation ; 0.5\n"
            "réparer ; 0.5\n"
            "récupération ; 0.5\n"
            "récupérer ; 0.5\n"
            "covoiturage\n"
            "vélo\n"
            "moins de voiture\n"
            "trajet ; 0.5\n"
            "transport ; 0.5\n"
            "sobriété\n"
            "durable\n"
            "climat\n"
            "carbone\n"
            "rénovation énergétique\n"
            "économie d'énergie\n"
            "panneau solaire\n"
            "photovoltaïque\n"
            "énergie renouvelable\n"
            "eau de pluie\n"
            "pesticide\n"
            "paille ; 0.5\n"
            "chanvre ; 0.5\n"
            "tri ; 0.5\n"
            "trier ; 0.5\n"
            "circuit court ; 0.5"
        ),
    },
    {
        "slug": "emploi-insertion",
        "nom": "Emploi et insertion",
        "famille": "Économie",
        "couleur": "#3b3f8f",
        "definition": (
            "Le lieu crée de l'activité et aide des personnes à (re)trouver un travail, une "
            "formation, une place : premiers emplois, reconversions, parcours d'insertion."
        ),
        "questions": (
            "Le lieu a-t-il permis à quelqu'un de trouver un travail ou une formation ?\n"
            "Qui y a appris un métier ?"
        ),
        "lexique": (
            "emploi\n"
            "embauche\n"
            "embaucher\n"
            "recruter\n"
            "recrutement\n"
            "salarié\n"
            "employer\n"
            "employeur\n"
            "CDI\n"
            "CDD\n"
            "contrat aidé\n"
            "insertion\n"
            "chômage\n"
            "demandeur d'emploi\n"
            "Pôle emploi\n"
            "France Travail\n"
            "RSA\n"
            "travail ; 0.5\n"
            "trouver … travail\n"
            "créer … poste\n"
            "formation ; 0.5\n"
            "former ; 0.5\n"
            "apprenti\n"
            "apprentissage\n"
            "stage ; 0.5\n"
            "stagiaire\n"
            "reconversion\n"
            "se reconvertir\n"
            "premier emploi\n"
            "métier ; 0.5\n"
            "apprendre … métier\n"
            "CAP ; 0.5\n"
            "diplôme ; 0.5\n"
            "qualification\n"
            "service civique\n"
            "temps partiel\n"
            "saisonnier ; 0.5\n"
            "confiance ; 0.5\n"
            "vocation ; 0.5"
        ),
    },
]
