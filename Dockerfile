# Lagebild as one container: `docker build -t lagebild . && docker run --rm -p 8501:8501 lagebild`
# See docs/deploy.md. The data directory is read-only to the app; the app runs as a non-root user.
FROM python:3.11-slim

# Production overrides of .streamlit/config.toml: no source watcher, no tracebacks in the browser.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    STREAMLIT_SERVER_FILE_WATCHER_TYPE=none \
    STREAMLIT_CLIENT_SHOW_ERROR_DETAILS=type \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false

# The app's user: no password, no login shell, a home for Streamlit's own per-user files.
RUN useradd --create-home --uid 10001 --user-group --shell /usr/sbin/nologin lagebild

WORKDIR /app

# Pinned dependencies first, so code changes do not reinstall them (layer cache).
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

COPY . .

# Everything under /app belongs to root and nobody may write it; data/ in particular is read-only.
RUN chown -R root:root /app \
    && chmod -R a-w /app \
    && chmod -R a+rX /app

USER lagebild

EXPOSE 8501

# Slim images have no curl: ask Streamlit's health endpoint with the standard library.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; r = urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4); sys.exit(0 if r.status == 200 and r.read().strip() == b'ok' else 1)"]

CMD ["streamlit", "run", "streamlit_app.py", "--server.port=8501", "--server.address=0.0.0.0"]
