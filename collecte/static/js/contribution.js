/* Progressive enhancement of the contribution form: without JavaScript everything works. */
(function () {
    "use strict";
    var formulaire = document.querySelector(".formulaire");
    if (!formulaire) { return; }

    // Show the testimony questions only when "témoignage" is chosen.
    var bloc = document.getElementById("bloc-temoignage");
    var choix = formulaire.querySelectorAll('input[name="genre"]');
    function majTemoignage() {
        var valeur = formulaire.querySelector('input[name="genre"]:checked');
        var afficher = valeur && valeur.value === "temoignage";
        var enErreur = bloc && bloc.querySelector(".errorlist");
        if (bloc) { bloc.hidden = !(afficher || enErreur); }
    }
    choix.forEach(function (radio) { radio.addEventListener("change", majTemoignage); });
    majTemoignage();

    // Disable the button once sent, so a double tap does not send twice.
    formulaire.addEventListener("submit", function () {
        var bouton = formulaire.querySelector('button[type="submit"]');
        if (bouton) {
            bouton.disabled = true;
            bouton.textContent = "Envoi en cours…";
        }
    });

    // Coming back with the browser's back button: the button works again.
    window.addEventListener("pageshow", function () {
        var bouton = formulaire.querySelector('button[type="submit"]');
        if (bouton) {
            bouton.disabled = false;
            bouton.textContent = "Envoyer mon récit";
        }
    });

    // Bring the error summary into view and focus for screen readers.
    var erreurs = document.getElementById("erreurs");
    if (erreurs) { erreurs.focus(); }
}());
