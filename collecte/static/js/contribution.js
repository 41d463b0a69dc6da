/* Progressive enhancement of the contribution form: without JavaScript everything works. */
(function () {
    "use strict";
    var PREFIXE = "recits-brouillon:";
    function stockage() {
        try { return window.localStorage; } catch (e) { return null; }
    }
    // The thank-you page says which form was sent: its draft can go.
    var envoye = document.querySelector("[data-brouillon-envoye]");
    if (envoye && stockage()) {
        try { stockage().removeItem(PREFIXE + envoye.getAttribute("data-brouillon-envoye")); } catch (e) { /* full or blocked */ }
    }
    var formulaire = document.querySelector(".formulaire");
    if (!formulaire) { return; }

    // Nothing typed is lost: a draft stays on this device (reload, closed tab, lost network)
    // until the story is sent. Photos cannot be kept by a browser; secrets are not stored.
    var cle = PREFIXE + window.location.pathname;
    var exclus = { csrfmiddlewaretoken: 1, site_web: 1, horodatage: 1, cle_envoi: 1 };
    function champs() {
        return Array.prototype.filter.call(formulaire.elements, function (el) {
            return el.name && !exclus[el.name] &&
                ["file", "hidden", "submit", "button"].indexOf(el.type) === -1;
        });
    }
    function lireBrouillon() {
        var s = stockage();
        if (!s) { return null; }
        try { return JSON.parse(s.getItem(cle) || "null"); } catch (e) { return null; }
    }
    function garder() {
        var s = stockage();
        if (!s) { return; }
        var valeurs = {};
        champs().forEach(function (el) {
            if (el.type === "radio") {
                if (el.checked) { valeurs[el.name] = el.value; }
            } else if (el.type === "checkbox") {
                valeurs[el.name] = valeurs[el.name] || [];
                if (el.checked) { valeurs[el.name].push(el.value); }
            } else {
                valeurs[el.name] = el.value;
            }
        });
        try { s.setItem(cle, JSON.stringify(valeurs)); } catch (e) { /* full or blocked */ }
    }
    function restaurer() {
        var valeurs = lireBrouillon();
        // After a refused send the server shows what was typed: that copy is the fresher one.
        if (!valeurs || document.getElementById("erreurs")) { return; }
        champs().forEach(function (el) {
            if (!(el.name in valeurs)) { return; }
            var v = valeurs[el.name];
            if (el.type === "radio") {
                el.checked = el.value === v;
            } else if (el.type === "checkbox") {
                el.checked = Array.isArray(v) && v.indexOf(el.value) !== -1;
            } else {
                el.value = v;
            }
        });
    }
    restaurer();
    formulaire.addEventListener("input", garder);
    formulaire.addEventListener("change", garder);

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
