# selfcare server image. Build: docker build -t selfcare .
# Run:  docker run --env-file .env -p 8000:8000 -v selfcare-data:/app/data selfcare
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    SELFCARE_CACHE_DIR=/app/cache
WORKDIR /app

RUN useradd --system --home /app --shell /usr/sbin/nologin selfcare
COPY pyproject.toml README.md ./
COPY src ./src
COPY webhook_server.py ./
RUN pip install . && mkdir -p /app/data /app/cache && chown selfcare /app/data /app/cache

USER selfcare
# Compile the knowledge base once at build time, so every start loads it in under a second.
RUN python -c "from selfcare.assistant.engine import engine; engine().warm()"
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz').status == 200 else 1)"
# WEB_WORKERS processes share the database (PostgreSQL for more than one).
CMD ["sh", "-c", "exec selfcare serve --workers ${WEB_WORKERS:-1}"]
