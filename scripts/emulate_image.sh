#!/usr/bin/env bash
# What `docker build` and `docker run` do with our Dockerfile, on a machine without a Docker engine
# (the development VM has only the docker client). Run as root:
#
#     bash scripts/emulate_image.sh [WORKDIR]
#
# It builds the image's /app from the committed tree minus what .dockerignore leaves out, installs
# requirements.txt alone (no dev packages) into a fresh venv, makes /app read-only and root-owned,
# starts Streamlit as an unprivileged user with the Dockerfile's environment, and runs the
# Dockerfile's own HEALTHCHECK command. Exit 0 when the health check passes.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-$(mktemp -d)}
PORT=${PORT:-8599}
APP="$WORK/app"
VENV="$WORK/venv"
USER_NAME=lagebild-img

mkdir -p "$APP"
git -C "$ROOT" archive HEAD | tar -x -C "$APP"
(cd "$APP" && rm -rf .ci tests bench docs scripts Dockerfile .dockerignore .gitignore \
    && find . -name '*.md' ! -path './data/*' -delete)

# A Python outside /root, like the image's /usr/local one (pyenv's lives in root's home).
/usr/bin/python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --no-cache-dir -r "$APP/requirements.txt"

id "$USER_NAME" >/dev/null 2>&1 || useradd --create-home --user-group --shell /usr/sbin/nologin "$USER_NAME"
chown -R root:root "$APP" && chmod -R a-w "$APP" && chmod -R a+rX "$APP" "$VENV" "$WORK"

cd "$APP"
PYTHONDONTWRITEBYTECODE=1 STREAMLIT_SERVER_FILE_WATCHER_TYPE=none STREAMLIT_CLIENT_SHOW_ERROR_DETAILS=type \
STREAMLIT_BROWSER_GATHER_USAGE_STATS=false HOME="/home/$USER_NAME" \
    runuser -u "$USER_NAME" -- "$VENV/bin/streamlit" run streamlit_app.py \
    --server.port="$PORT" --server.address=127.0.0.1 >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT

# The Dockerfile's HEALTHCHECK command, read from the Dockerfile, with this port.
CHECK=$(python3 -c "import json, re, sys; text = open(sys.argv[1]).read(); \
print(json.loads(re.search(r'HEALTHCHECK.*\n\s*CMD (\[.*\])$', text, re.M).group(1))[2])" "$ROOT/Dockerfile")
CHECK=${CHECK//8501/$PORT}
for _ in $(seq 60); do
    if runuser -u "$USER_NAME" -- "$VENV/bin/python" -c "$CHECK" 2>/dev/null; then
        echo "healthy: the app runs from a read-only /app as $USER_NAME with requirements.txt only ($WORK)"
        exit 0
    fi
    sleep 1
done
echo "not healthy after 60 s; server log: $WORK/server.log" >&2
exit 1
