#!/bin/sh
# /docker-entrypoint-initdb.d hook of the postgres image: creates the owner and runtime roles of the service database
# from the container's environment (OCOP_DB_OWNER[_PASSWORD], OCOP_DB_RUNTIME[_PASSWORD]); see roles.sql. The image
# sources it (configs are not executable), so it sets no shell options of its own; psql stops at the first error.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v database="$POSTGRES_DB" \
  -v owner="$OCOP_DB_OWNER" -v owner_password="$OCOP_DB_OWNER_PASSWORD" \
  -v runtime="$OCOP_DB_RUNTIME" -v runtime_password="$OCOP_DB_RUNTIME_PASSWORD" \
  -f /etc/ocop/roles.sql
