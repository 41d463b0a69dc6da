#!/usr/bin/env bash
# Starts the web server and the background task worker together; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PORT="${PORT:-8000}"

$PY manage.py migrate --noinput
$PY manage.py load_initial_data --premiere-fois
# Links printed, copied or e-mailed (invitations) carry the port the site answers on.
$PY manage.py initialiser_site --hostname 127.0.0.1 --port "$PORT"
# Private photos left by an interrupted submission (and withdrawals not yet erased).
$PY manage.py nettoyer_fichiers_prives

# The worker is restarted when it dies (killed, out of memory): the site keeps serving,
# and a task it was running goes back to the queue (exploitation/taches.py).
garder_worker() {
    local enfant=""
    arreter_worker() {
        # Like before: the worker gets a signal, then nine seconds, then it is killed.
        if [ -n "$enfant" ]; then
            kill "$enfant" 2>/dev/null || true
            for _ in $(seq 1 18); do kill -0 "$enfant" 2>/dev/null || break; sleep 0.5; done
            kill -KILL "$enfant" 2>/dev/null || true
        fi
        exit 0
    }
    trap arreter_worker INT TERM
    while true; do
        $PY manage.py db_worker --queue-name "*" --no-reload &
        enfant=$!
        code=0
        wait "$enfant" || code=$?
        echo "Le worker de tâches s'est arrêté (code $code) ; il redémarre dans 2 secondes." >&2
        sleep 2
    done
}
garder_worker &
WORKER=$!
# `make dev` reloads the web server on code changes; `make run` does not.
RECHARGEMENT=--noreload
[ "${RECITS_RECHARGEMENT:-0}" = 1 ] && RECHARGEMENT=
$PY manage.py runserver "127.0.0.1:${PORT}" $RECHARGEMENT &
WEB=$!

ARRETE=0
stop() {
    [ "$ARRETE" = 1 ] && return
    ARRETE=1
    kill "$WEB" "$WORKER" 2>/dev/null || true
    # The worker finishes its current task first; after ten seconds, stop it anyway.
    for _ in $(seq 1 20); do
        kill -0 "$WEB" 2>/dev/null || kill -0 "$WORKER" 2>/dev/null || break
        sleep 0.5
    done
    kill -KILL "$WEB" "$WORKER" 2>/dev/null || true
    wait "$WEB" "$WORKER" 2>/dev/null || true
    echo "Récits vivants est arrêté (serveur web et worker)."
}
trap 'stop; exit 0' INT TERM
trap stop EXIT

# Wait until the site answers before telling the address.
for _ in $(seq 1 60); do
    if $PY -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=2)" \
        "http://127.0.0.1:${PORT}/" 2>/dev/null; then
        break
    fi
    sleep 0.5
done

echo
echo "  Récits vivants tourne sur http://127.0.0.1:${PORT}/"
echo "  Administration : http://127.0.0.1:${PORT}/admin/"
echo "  Compte de démonstration : identifiant « editrice », mot de passe « recits-demo »"
echo "  Administrateur de démonstration : « admin », mot de passe « recits-admin »"
echo "  (un worker de tâches tourne aussi en arrière-plan ; Ctrl-C arrête les deux)"
echo
wait -n "$WEB" "$WORKER"
