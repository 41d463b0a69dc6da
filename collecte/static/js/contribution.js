/* Progressive enhancement of the contribution form: without JavaScript everything works. */
(function () {
    "use strict";
    var PREFIXE = "recits-brouillon:";
    // The text is kept on the device (a draft); photos only while this page stays open.
    var GARDE = "Votre texte est gardé sur cet appareil ; gardez cette page ouverte pour ne pas " +
        "avoir à rechoisir les photos.";
    var ECHEC = "L'envoi n'a pas abouti. " + GARDE + " Vérifiez la connexion, puis réessayez.";
    function stockage() {
        try { return window.localStorage; } catch (e) { return null; }
    }
    // The thank-you page says which form was sent: its draft can go.
    var envoye = document.querySelector("[data-brouillon-envoye]");
    if (envoye && stockage()) {
        try { stockage().removeItem(PREFIXE + envoye.getAttribute("data-brouillon-envoye")); } catch (e) { /* full or blocked */ }
    }

    function demarrer(fichiersGardes) {
        var formulaire = document.querySelector(".formulaire");
        if (!formulaire) { return; }
        var bouton = formulaire.querySelector('button[type="submit"]');
        var MESSAGES = {};
        try { MESSAGES = JSON.parse(document.getElementById("messages-formulaire").textContent); } catch (e) { /* no messages: the server still checks */ }
        // How long a send may stay silent, and the largest photo (both from the settings).
        var REGLAGES = { silence_ms: 75000, reponse_ms: 130000 };
        try { REGLAGES = JSON.parse(document.getElementById("reglages-envoi").textContent); } catch (e) { /* defaults */ }

        // Nothing typed is lost: a draft stays on this device (reload, closed tab, lost
        // network) until the story is sent. Photos cannot be kept by a browser; secrets are not.
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

        // Photos chosen before a refused send stay chosen: the same file inputs come back.
        (fichiersGardes || []).forEach(function (ancien) {
            var nouveau = formulaire.querySelector('input[type="file"][name="' + ancien.name + '"]');
            if (nouveau && nouveau.getAttribute("aria-invalid") !== "true") {
                ["id", "aria-describedby", "aria-invalid"].forEach(function (nom) {
                    if (nouveau.hasAttribute(nom)) { ancien.setAttribute(nom, nouveau.getAttribute(nom)); } else { ancien.removeAttribute(nom); }
                });
                nouveau.parentNode.replaceChild(ancien, nouveau);
            }
        });
        var aRechoisir = document.querySelector(".a-rechoisir");
        if (aRechoisir && fichiersGardes && fichiersGardes.length &&
                !formulaire.querySelector('input[type="file"][aria-invalid="true"]')) {
            aRechoisir.hidden = true;
        }
        // Photos 2 to 6 are folded: a fold that hides a kept photo or restored words opens.
        var repli = formulaire.querySelector(".plus-de-photos");
        var rempli = repli && Array.prototype.some.call(repli.querySelectorAll("input"), function (el) {
            if (el.type === "file") { return el.files && el.files.length > 0; }
            return el.type === "radio" ? el.checked : el.value.trim() !== "";
        });
        if (rempli) { repli.open = true; }

        function valeur(nom) {
            var el = formulaire.elements[nom];
            if (!el) { return ""; }
            if (el.length !== undefined && el.tagName !== "SELECT") {
                var coche = formulaire.querySelector('input[name="' + nom + '"]:checked');
                return coche ? coche.value : "";
            }
            return (el.value || "").trim();
        }

        // Show the testimony questions only when "témoignage" is chosen.
        var bloc = document.getElementById("bloc-temoignage");
        function majTemoignage() {
            var afficher = valeur("genre") === "temoignage";
            var enErreur = bloc && bloc.querySelector(".errorlist");
            if (bloc) { bloc.hidden = !(afficher || enErreur); }
        }
        formulaire.querySelectorAll('input[name="genre"]').forEach(function (radio) {
            radio.addEventListener("change", majTemoignage);
        });
        majTemoignage();

        // Three steps on one page: the same form, shown a part at a time.
        var etapes = Array.prototype.slice.call(formulaire.querySelectorAll(".etape"));
        var navigation = formulaire.querySelector(".etapes");
        var courante = 1;
        function montrer(numero, focaliser) {
            courante = numero;
            etapes.forEach(function (etape, i) { etape.hidden = i + 1 !== numero; });
            navigation.querySelectorAll("li").forEach(function (li, i) {
                if (i + 1 === numero) { li.setAttribute("aria-current", "step"); } else { li.removeAttribute("aria-current"); }
            });
            if (focaliser) {
                var titre = etapes[numero - 1].querySelector("h2");
                titre.focus();
                titre.scrollIntoView({ block: "start" });
            }
        }
        function etapeDe(el) {
            var etape = el && el.closest(".etape");
            return etape ? parseInt(etape.getAttribute("data-etape"), 10) : null;
        }

        // The step's required fields, checked with the server's own words.
        function effacerErreurs(etape) {
            etape.querySelectorAll(".errorlist").forEach(function (liste) { liste.remove(); });
            etape.querySelectorAll('[aria-invalid="true"]').forEach(function (el) {
                el.removeAttribute("aria-invalid");
                var decrit = (el.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
                    return id && !/_error$/.test(id);
                });
                if (decrit.length) { el.setAttribute("aria-describedby", decrit.join(" ")); } else { el.removeAttribute("aria-describedby"); }
            });
        }
        function signaler(nom, message, erreurs) {
            var el = formulaire.elements[nom];
            if (!el) { return; }
            var groupe = el.length !== undefined && el.tagName !== "SELECT";
            var premier = groupe ? el[0] : el;
            var id = premier.id.replace(/_0$/, "") + "_error";
            var liste = document.createElement("ul");
            liste.className = "errorlist";
            liste.id = id;
            var ligne = document.createElement("li");
            ligne.textContent = message;
            liste.appendChild(ligne);
            var cibles = groupe ? Array.prototype.slice.call(el) : [el];
            if (groupe) {
                var cadre = premier.closest("fieldset");
                var legende = cadre.querySelector("legend");
                cadre.insertBefore(liste, legende ? legende.nextSibling : cadre.firstChild);
            } else {
                el.parentNode.insertBefore(liste, el);
            }
            cibles.forEach(function (cible) {
                cible.setAttribute("aria-invalid", "true");
                var decrit = (cible.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
                decrit.push(id);
                cible.setAttribute("aria-describedby", decrit.join(" "));
            });
            erreurs.push(premier);
        }
        function verifier(numero) {
            var etape = etapes[numero - 1];
            var erreurs = [];
            effacerErreurs(etape);
            var genre = valeur("genre");
            if (numero === 1) {
                if (!valeur("titre")) { signaler("titre", MESSAGES.requis, erreurs); }
                if (genre !== "temoignage" && !valeur("texte")) { signaler("texte", MESSAGES.texte, erreurs); }
                if (genre === "temoignage") {
                    if (!valeur("temoin_paroles")) { signaler("temoin_paroles", MESSAGES.temoin_paroles, erreurs); }
                    var temoin = valeur("temoin_signature");
                    if (temoin && temoin !== "anonyme" && !valeur("temoin_nom")) { signaler("temoin_nom", MESSAGES.temoin_nom, erreurs); }
                }
                if (valeur("quand_mois") && !valeur("quand_annee")) { signaler("quand_annee", MESSAGES.quand_annee, erreurs); }
            } else if (numero === 2) {
                var avecPhoto = 0;
                etape.querySelectorAll("fieldset.photo").forEach(function (cadre) {
                    var fichier = cadre.querySelector('input[type="file"]');
                    var prefixe = fichier.name.replace(/fichier$/, "");
                    var choisi = fichier.files && fichier.files.length > 0;
                    if (choisi) {
                        avecPhoto += 1;
                        // Refused by the server anyway: say it before minutes of upload.
                        if (REGLAGES.photo_max && fichier.files[0].size > REGLAGES.photo_max) {
                            signaler(fichier.name, MESSAGES.photo_trop_grande.replace("{nom}", fichier.files[0].name)
                                .replace("{max}", REGLAGES.photo_max_lisible), erreurs);
                        }
                        if (!valeur(prefixe + "description")) { signaler(prefixe + "description", MESSAGES.photo_description, erreurs); }
                        if (!valeur(prefixe + "reconnaissable")) { signaler(prefixe + "reconnaissable", MESSAGES.photo_reconnaissable, erreurs); }
                    } else if (valeur(prefixe + "legende") || valeur(prefixe + "description")) {
                        signaler(fichier.name, MESSAGES.photo_fichier, erreurs);
                    }
                });
                if (genre === "photos" && !avecPhoto) {
                    signaler(etape.querySelector('input[type="file"]').name, MESSAGES.photos_aucune, erreurs);
                }
            } else if (numero === 3) {
                var signature = valeur("signature");
                if (!signature) { signaler("signature", MESSAGES.requis, erreurs); }
                if (signature && signature !== "anonyme" && !valeur("signature_nom")) { signaler("signature_nom", MESSAGES.signature_nom, erreurs); }
            }
            if (erreurs.length) {
                var replie = erreurs[0].closest("details");
                if (replie) { replie.open = true; }
                erreurs[0].focus();
                return false;
            }
            return true;
        }

        if (etapes.length === 3 && navigation) {
            navigation.hidden = false;
            etapes.forEach(function (etape, i) {
                etape.querySelector(".etape__compte").textContent = "Étape " + (i + 1) + " sur 3";
                var boutons = document.createElement("div");
                boutons.className = "etape__boutons";
                if (i > 0) {
                    var retour = document.createElement("button");
                    retour.type = "button";
                    retour.className = "bouton bouton--secondaire";
                    retour.textContent = "Retour";
                    retour.addEventListener("click", function () { montrer(i, true); });
                    boutons.appendChild(retour);
                }
                if (i < 2) {
                    var suivant = document.createElement("button");
                    suivant.type = "button";
                    suivant.className = "bouton etape__suivant";
                    suivant.textContent = "Suivant";
                    suivant.addEventListener("click", function () {
                        if (verifier(i + 1)) { montrer(i + 2, true); }
                    });
                    boutons.appendChild(suivant);
                    etape.appendChild(boutons);
                } else {
                    etape.insertBefore(boutons, bouton.nextSibling);
                }
            });
            // The server's errors open the step that holds the first one.
            var erreurServeur = formulaire.querySelector(".errorlist, [aria-invalid='true']");
            var depart = erreurServeur ? etapeDe(erreurServeur) : null;
            if (!depart && document.getElementById("erreurs")) {
                depart = valeur("genre") === "photos" ? 2 : 3;
            }
            montrer(depart || 1, false);
            // A link of the error summary opens the step of its field before jumping to it.
            var resume = document.getElementById("erreurs");
            if (resume) {
                resume.addEventListener("click", function (evenement) {
                    var lien = evenement.target.closest("a[href^='#']");
                    var cible = lien && document.getElementById(lien.getAttribute("href").slice(1));
                    if (cible && etapeDe(cible)) {
                        montrer(etapeDe(cible), false);
                        var replie = cible.closest("details");
                        if (replie) { replie.open = true; }
                    }
                });
            }
            window.recitsEtapes = { montrer: montrer };
        }

        // Sending: the page stays as it is until the server answers; a failed send is retried
        // with the same one-time key (the server stores it once), text and photos untouched.
        // No limit on the whole send (photos take minutes on a rural line): it gives up only
        // when nothing moves for a while, or when the server is silent once all is sent.
        var echec = formulaire.querySelector(".envoi-echec");
        var progres = formulaire.querySelector(".envoi-progres");
        var enCours = false;
        function remettreBouton() {
            enCours = false;
            bouton.disabled = false;
            bouton.textContent = "Envoyer mon récit";
            progres.hidden = true;
            progres.textContent = "";
        }
        function afficherEchec(message, reessai) {
            remettreBouton();
            echec.textContent = "";
            var texte = document.createElement("p");
            texte.textContent = message;
            echec.appendChild(texte);
            if (reessai) {
                var reessayer = document.createElement("button");
                reessayer.type = "button";
                reessayer.className = "bouton";
                reessayer.textContent = "Réessayer l'envoi";
                reessayer.addEventListener("click", envoyer);
                echec.appendChild(reessayer);
            }
            echec.hidden = false;
            echec.focus();
        }
        // The network failed: the same send may go through, so a retry is offered.
        function montrerEchec() { afficherEchec(ECHEC, true); }
        // The server refused this send (too heavy, too many…): sending it again as it is would
        // fail the same way, so no retry button; « Envoyer mon récit » once it is changed.
        function montrerRefus(motif) { afficherEchec(motif, false); }
        function lirePage(html) {
            return new DOMParser().parseFromString(html || "", "text/html");
        }
        // A refusal (too heavy, too many sends, campaign closed…): its French words, shown
        // here, the form kept as it is; a proxy's own page (nginx's 413) has none.
        function motifDuRefus(requete) {
            var alerte = lirePage(requete.responseText).querySelector("main [role='alert']");
            var motif = alerte ? alerte.textContent.replace(/\s+/g, " ").trim() : "";
            if (!motif) { motif = requete.status === 413 ? MESSAGES.envoi_trop_lourd : MESSAGES.envoi_refuse; }
            return motif + " " + GARDE;
        }
        function remplacerPage(html) {
            var nouvelle = lirePage(html);
            var principal = nouvelle.querySelector("main");
            if (!principal || !principal.querySelector(".formulaire")) { montrerEchec(); return; }
            var gardes = Array.prototype.filter.call(
                formulaire.querySelectorAll('input[type="file"]'),
                function (el) { return el.files && el.files.length > 0; }
            );
            document.title = nouvelle.title;
            document.querySelector("main").replaceWith(document.adoptNode(principal));
            demarrer(gardes);
            window.scrollTo(0, 0);
        }
        function envoyer() {
            if (enCours) { return; }
            enCours = true;
            echec.hidden = true;
            echec.textContent = "";
            progres.textContent = "";
            progres.hidden = true;
            bouton.disabled = true;
            bouton.textContent = "Envoi en cours…";
            var requete = new XMLHttpRequest();
            var veille = null;
            var annonce = -1;
            function guetter(ms) {
                window.clearTimeout(veille);
                veille = window.setTimeout(function () { requete.abort(); }, ms);
            }
            requete.open("POST", formulaire.action || window.location.href);
            requete.upload.addEventListener("progress", function (evenement) {
                guetter(REGLAGES.silence_ms);
                if (evenement.lengthComputable && evenement.total > 100000) {
                    // Said by tens, so that a screen reader is not flooded.
                    var dizaine = Math.floor(10 * evenement.loaded / evenement.total) * 10;
                    if (dizaine !== annonce) {
                        annonce = dizaine;
                        progres.hidden = false;
                        progres.textContent = "Envoi des photos : " + dizaine + " %";
                    }
                }
            });
            requete.upload.addEventListener("load", function () {
                guetter(REGLAGES.reponse_ms);
                if (!progres.hidden) { progres.textContent = "Photos envoyées, enregistrement en cours…"; }
            });
            requete.addEventListener("loadend", function () { window.clearTimeout(veille); });
            requete.addEventListener("load", function () {
                var ici = window.location.href.split("#")[0];
                if (requete.status >= 500 || requete.status === 0) {
                    montrerEchec();
                } else if (requete.responseURL && requete.responseURL !== ici) {
                    window.location.assign(requete.responseURL);
                } else if (requete.status === 200) {
                    remplacerPage(requete.responseText);
                } else {
                    montrerRefus(motifDuRefus(requete));
                }
            });
            requete.addEventListener("error", montrerEchec);
            requete.addEventListener("abort", montrerEchec);
            guetter(REGLAGES.silence_ms);
            requete.send(new FormData(formulaire));
        }
        formulaire.addEventListener("submit", function (evenement) {
            if (etapes.length === 3 && navigation) {
                evenement.preventDefault();
                // Enter in a field of an earlier step moves on, it does not send.
                if (courante < 3) {
                    if (verifier(courante)) { montrer(courante + 1, true); }
                    return;
                }
                for (var n = 1; n <= 3; n += 1) {
                    if (!verifier(n)) {
                        montrer(n, false);
                        verifier(n);
                        return;
                    }
                }
                envoyer();
                return;
            }
            // Without steps (an older page): disable the button, so a double tap sends once.
            bouton.disabled = true;
            bouton.textContent = "Envoi en cours…";
        });

        // Bring the error summary into view and focus for screen readers.
        var erreurs = document.getElementById("erreurs");
        if (erreurs) { erreurs.focus(); }
    }

    // Coming back with the browser's back button: the button works again.
    window.addEventListener("pageshow", function () {
        var bouton = document.querySelector('.formulaire button[type="submit"]');
        if (bouton) {
            bouton.disabled = false;
            bouton.textContent = "Envoyer mon récit";
        }
    });
    demarrer(null);
}());
