// Selecting a name in an excerpt fills the « add a missed name » field: one step.
(function () {
  "use strict";
  var champ = document.getElementById("nom-ajoute");
  if (!champ) {
    return;
  }
  document.addEventListener("mouseup", remplir);
  document.addEventListener("keyup", remplir);
  function remplir() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.anchorNode) {
      return;
    }
    var element = selection.anchorNode.parentElement;
    if (!element || !element.closest("[data-noms-extraits]")) {
      return;
    }
    var texte = selection.toString().replace(/\s+/g, " ").trim();
    if (texte && texte.length <= 200) {
      champ.value = texte;
    }
  }
})();
