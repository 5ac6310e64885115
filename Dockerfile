# Einblick application image (gunicorn). Used by docker-compose.yml.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=einblick.settings.production \
    PORT=8000

RUN apt-get update \
    && apt-get install -y --no-install-recommends libjpeg62-turbo zlib1g \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir .
COPY . .
# Static files are collected at build time and served by WhiteNoise.
RUN SECRET_KEY=build-only DATABASE_URL=postgres://build@localhost/build \
    python manage.py collectstatic --noinput -v 0

RUN useradd --system --home /app einblick && mkdir -p /app/media && chown einblick /app/media
USER einblick
EXPOSE 8000
# One thread per worker: Django's ContentType cache and Wagtail's site caches are
# process-wide state; threads would share them across regions mid-request.
CMD ["sh", "-c", "python manage.py migrate --noinput && gunicorn einblick.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --threads 1 --timeout 60 --access-logfile -"]
