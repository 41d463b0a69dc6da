#!/usr/bin/env bash
# Starts the web server and the background task worker together; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PORT="${PORT:-8000}"

$PY manage.py migrate --noinput
$PY manage.py load_initial_data --premiere-fois

$PY manage.py db_worker --queue-name "*" &
WORKER=$!
$PY manage.py runserver "127.0.0.1:${PORT}" --noreload &
WEB=$!

stop() {
    kill "$WEB" "$WORKER" 2>/dev/null || true
    wait "$WEB" "$WORKER" 2>/dev/null || true
    echo "Récits vivants est arrêté."
}
trap stop INT TERM EXIT

sleep 1
echo
echo "  Récits vivants tourne sur http://127.0.0.1:${PORT}/"
echo "  Administration : http://127.0.0.1:${PORT}/admin/"
echo "  Compte de démonstration : identifiant « editrice », mot de passe « recits-demo »"
echo "  Administrateur de démonstration : « admin », mot de passe « recits-admin »"
echo "  (un worker de tâches tourne aussi en arrière-plan ; Ctrl-C arrête les deux)"
echo
wait -n "$WEB" "$WORKER"
