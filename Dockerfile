# Production-like image: Debian's chromium (never a downloaded browser) and the eindex package.
FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY crawler crawler
COPY checks checks
COPY scoring scoring
COPY store store
COPY api api
COPY migrations migrations
RUN pip install --no-cache-dir .
ENV EINDEX_DATA_DIR=/data
VOLUME /data
EXPOSE 8000
CMD ["eindex", "serve", "--host", "0.0.0.0", "--port", "8000"]
