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
            "bien vivre\nqualité de vie\nplaisir\nagréable\nfierté\nfier\nheureux\nbonheur\n"
            "sourire\nenvie de rester\nrevivre\ndouceur\nbien-être"
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
            "lien\nse rencontrer\nrencontre\nse retrouver\nretrouvailles\nentraide\ns'entraider\n"
            "voisin\nvoisinage\nse parler\nfaire connaissance\ncoup de main\nsolidarité\nrelation"
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
            "convivialité\nconvivial\nchaleureux\nfête\nrepas partagé\napéro\napéritif\nrire\n"
            "partager\nambiance\nsoirée\nconcert\nbelote\ncafé ensemble\ntrinquer"
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
            "isolement\nisolé\nseul\nsolitude\nrepli sur soi\nsortir de chez soi\npersonne âgée\n"
            "veuve\nveuf\nnouvel arrivant\nne voyait personne\nbriser la solitude"
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
            "service\nproximité\ndépannage\npain\ncourses\ncolis\nrelais\ndistributeur\n"
            "sans voiture\nà pied\nne plus faire de kilomètres\népicerie\nquotidien"
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
            "bénévole\nbénévolat\nparticiper\nparticipation\nproposer\nassemblée\ncoopérative\n"
            "sociétaire\ns'impliquer\norganiser\nchantier participatif\ndécider ensemble"
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
            "mixité\ngénérations\nintergénérationnel\njeunes et anciens\nnéo-ruraux\n"
            "nouveaux habitants\ntouristes\nagriculteurs\ntoutes les générations\nmélange\ndiversité"
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
            "dynamisme\nattractivité\nproducteur local\ncircuit court\nmarché\nrevitaliser\n"
            "redonner vie\nnouvelle famille\ns'installer\nprojet\nanimation\nattirer"
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
            "écologie\nécologique\nvrac\nlocal\nde saison\nbio\nzéro déchet\nréemploi\ncompost\n"
            "covoiturage\nvélo\nsobriété\nrénovation énergétique\nmoins de voiture"
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
            "emploi\nembauche\nembaucher\ntravail\nsalarié\ninsertion\nformation\napprenti\n"
            "stage\nreconversion\npremier emploi\nmétier"
        ),
    },
]
