"""Ship richer lexicons for the helper, without touching a lexicon an editor has changed."""

from django.db import migrations

from ._lexiques import remplacer_livres

# The lexicons as migration 0002 first shipped them: only these are replaced.
LEXIQUES_INITIAUX = {
    "bien-vivre": "bien vivre\nqualité de vie\nplaisir\nagréable\nfierté\nfier\nheureux\nbonheur\nsourire\nenvie de rester\nrevivre\ndouceur\nbien-être",
    "lien-social": "lien\nse rencontrer\nrencontre\nse retrouver\nretrouvailles\nentraide\ns'entraider\nvoisin\nvoisinage\nse parler\nfaire connaissance\ncoup de main\nsolidarité\nrelation",
    "convivialite": "convivialité\nconvivial\nchaleureux\nfête\nrepas partagé\napéro\napéritif\nrire\npartager\nambiance\nsoirée\nconcert\nbelote\ncafé ensemble\ntrinquer",
    "lutte-isolement": "isolement\nisolé\nseul\nsolitude\nrepli sur soi\nsortir de chez soi\npersonne âgée\nveuve\nveuf\nnouvel arrivant\nne voyait personne\nbriser la solitude",
    "services-proximite": "service\nproximité\ndépannage\npain\ncourses\ncolis\nrelais\ndistributeur\nsans voiture\nà pied\nne plus faire de kilomètres\népicerie\nquotidien",
    "participation": "bénévole\nbénévolat\nparticiper\nparticipation\nproposer\nassemblée\ncoopérative\nsociétaire\ns'impliquer\norganiser\nchantier participatif\ndécider ensemble",
    "mixite": "mixité\ngénérations\nintergénérationnel\njeunes et anciens\nnéo-ruraux\nnouveaux habitants\ntouristes\nagriculteurs\ntoutes les générations\nmélange\ndiversité",
    "dynamisme-territorial": "dynamisme\nattractivité\nproducteur local\ncircuit court\nmarché\nrevitaliser\nredonner vie\nnouvelle famille\ns'installer\nprojet\nanimation\nattirer",
    "transition-ecologique": "écologie\nécologique\nvrac\nlocal\nde saison\nbio\nzéro déchet\nréemploi\ncompost\ncovoiturage\nvélo\nsobriété\nrénovation énergétique\nmoins de voiture",
    "emploi-insertion": "emploi\nembauche\nembaucher\ntravail\nsalarié\ninsertion\nformation\napprenti\nstage\nreconversion\npremier emploi\nmétier",
}



class Migration(migrations.Migration):
    dependencies = [("indicateurs", "0003_analyse")]

    operations = [remplacer_livres(LEXIQUES_INITIAUX)]
