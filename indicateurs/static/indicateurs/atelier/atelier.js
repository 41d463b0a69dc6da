// Select a passage in the story's text, then code it: the script only fills in the
// "Coder un passage" form (block, offsets within the block's plain text, the passage)
// and hands over to it, so the same POST runs with or without JavaScript.
(function () {
  "use strict";
  var atelier = document.querySelector("[data-atelier]");
  var formulaire = atelier && atelier.querySelector("[data-formulaire-coder]");
  if (!formulaire || !window.getSelection) {
    return;
  }
  var barre = atelier.querySelector("[data-barre-selection]");
  var apercu = atelier.querySelector("[data-selection-texte]");
  var annonce = atelier.querySelector("[data-atelier-annonce]");
  var champs = {
    bloc: formulaire.querySelector("[data-bloc]"),
    debut: formulaire.querySelector("[data-debut]"),
    fin: formulaire.querySelector("[data-fin]"),
    passage: formulaire.querySelector("[data-passage]"),
    indicateur: formulaire.querySelector("[data-indicateur]"),
  };
  var courante = null;

  // Characters from the start of the block's text to a point of the range.
  function decalage(bloc, noeud, position) {
    var avant = document.createRange();
    avant.setStart(bloc, 0);
    avant.setEnd(noeud, position);
    return avant.toString().length;
  }

  function lireSelection() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    var plage = selection.getRangeAt(0);
    var depart = plage.startContainer.nodeType === 1 ? plage.startContainer : plage.startContainer.parentElement;
    var bloc = depart && depart.closest("[data-texte]");
    if (!bloc || !bloc.contains(plage.endContainer)) {
      return null;
    }
    var debut = decalage(bloc, plage.startContainer, plage.startOffset);
    var fin = decalage(bloc, plage.endContainer, plage.endOffset);
    var texte = bloc.textContent;
    // Leave out spaces caught at either end of the selection.
    while (debut < fin && /\s/.test(texte.charAt(debut))) { debut += 1; }
    while (fin > debut && /\s/.test(texte.charAt(fin - 1))) { fin -= 1; }
    if (fin <= debut) {
      return null;
    }
    return { cle: bloc.dataset.cle, libelle: bloc.dataset.libelle, debut: debut, fin: fin, texte: texte.slice(debut, fin) };
  }

  // The last passage selected in the text stays offered until another one is selected
  // (pressing the button, or tapping elsewhere on a phone, empties the selection first).
  function suivre() {
    var lue = lireSelection();
    if (!lue) {
      return;
    }
    courante = lue;
    barre.hidden = false;
    apercu.textContent = "« " + courante.texte + " » (" + courante.libelle + ")";
  }

  document.addEventListener("selectionchange", suivre);
  var bouton = atelier.querySelector("[data-coder-selection]");
  bouton.addEventListener("mousedown", function (event) {
    event.preventDefault();
  });

  bouton.addEventListener("click", function () {
    if (!courante) {
      return;
    }
    champs.bloc.value = courante.cle;
    champs.debut.value = courante.debut;
    champs.fin.value = courante.fin;
    champs.passage.value = courante.texte;
    barre.hidden = true;
    annonce.textContent = "Passage sélectionné dans « " + courante.libelle + " » : choisissez l'indicateur puis « Coder ce passage ».";
    formulaire.scrollIntoView({ block: "start" });
    champs.indicateur.focus();
  });

  // A passage typed or changed by hand is looked for again by the server.
  function oublierPositions() {
    champs.debut.value = "";
    champs.fin.value = "";
  }
  champs.passage.addEventListener("input", oublierPositions);
  champs.bloc.addEventListener("change", oublierPositions);
})();
