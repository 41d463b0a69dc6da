// Accept or reject a suggestion without leaving the editor (and without losing unsaved edits).
// Without JavaScript the buttons still work: they post the form to the decision view.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var bouton = event.target.closest("[data-suggestions-assistant] button[data-decision]");
    if (!bouton || !window.fetch) {
      return;
    }
    event.preventDefault();
    var panneau = bouton.closest("[data-suggestions-assistant]");
    var item = bouton.closest("[data-codage]");
    var message = panneau.querySelector("[data-suggestions-message]");
    var jeton = document.querySelector("input[name=csrfmiddlewaretoken]");
    var donnees = new FormData();
    donnees.append("decision", bouton.dataset.decision);
    bouton.disabled = true;
    fetch(bouton.getAttribute("formaction"), {
      method: "POST",
      body: donnees,
      credentials: "same-origin",
      headers: {
        "X-CSRFToken": jeton ? jeton.value : "",
        Accept: "application/json",
      },
    })
      .then(function (reponse) {
        return reponse.json().then(function (json) {
          return { ok: reponse.ok, json: json };
        });
      })
      .then(function (resultat) {
        message.textContent = resultat.json.message;
        if (resultat.ok) {
          item.querySelector("[data-statut]").textContent = resultat.json.statut;
          // One truth: the story's indicator boxes follow the accepted codings at once,
          // so saving the page afterwards does not undo the decision.
          var caseIndicateur = document.querySelector(
            'input[name="indicateurs"][value="' + resultat.json.indicateur + '"]'
          );
          if (caseIndicateur && resultat.json.accepte) {
            caseIndicateur.checked = true;
          }
          var actions = item.querySelector(".suggestions-assistant__actions");
          if (actions) {
            actions.remove();
          }
        } else {
          bouton.disabled = false;
        }
      })
      .catch(function () {
        message.textContent = "La décision n'a pas pu être enregistrée ; réessayez.";
        bouton.disabled = false;
      });
  });
})();
