// Copy buttons: hidden without JavaScript (the field stays selectable by hand), shown here.
(function () {
  "use strict";
  document.querySelectorAll("button[data-copier]").forEach(function (bouton) {
    var champ = document.getElementById(bouton.getAttribute("data-copier"));
    var etat = bouton.parentNode.querySelector("[role=status]");
    if (!champ) {
      return;
    }
    function annoncer(texte) {
      if (etat) {
        etat.textContent = texte;
      }
    }
    bouton.hidden = false;
    champ.addEventListener("focus", function () {
      champ.select();
    });
    bouton.addEventListener("click", function () {
      champ.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(champ.value).then(
          function () {
            annoncer("Adresse copiée. Collez-la dans votre lecteur de flux.");
          },
          function () {
            annoncer("La copie a échoué : l'adresse est sélectionnée, copiez-la à la main.");
          }
        );
        return;
      }
      var reussi = false;
      try {
        reussi = document.execCommand("copy");
      } catch (erreur) {
        reussi = false;
      }
      annoncer(
        reussi
          ? "Adresse copiée. Collez-la dans votre lecteur de flux."
          : "La copie a échoué : l'adresse est sélectionnée, copiez-la à la main."
      );
    });
  });
})();
