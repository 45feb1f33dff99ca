#!/usr/bin/env bash
# Prepares Payara's domain1 for this application while the domain is stopped. Used by ./run.sh and by
# the integration tests, so both run the EAR on the same server settings.
#
#   configure-domain.sh PAYARA_HOME      (env: HTTP_PORT=8080, ADMIN_PORT=4848, KKB_HEAP=1g)
set -euo pipefail

PAYARA_HOME="$1"
HTTP_PORT="${HTTP_PORT:-8080}"
ADMIN_PORT="${ADMIN_PORT:-4848}"
KKB_HEAP="${KKB_HEAP:-1g}"
DOMAIN_XML="$PAYARA_HOME/glassfish/domains/domain1/config/domain.xml"

# Payara rewrites domain.xml (attribute order included), so each edit keys on the element's name only.
# Only the server's own config is touched: the default-config template uses ${...} placeholders.
sed -i \
  -e "/<network-listener[^>]*name=\"http-listener-1\"/ s/port=\"[0-9]*\"/port=\"$HTTP_PORT\"/" \
  -e "/<network-listener[^>]*name=\"admin-listener\"/ s/port=\"[0-9]*\"/port=\"$ADMIN_PORT\"/" \
  -e "0,/<jvm-options>-Xmx[0-9]*[mgMG]<\/jvm-options>/ s/<jvm-options>-Xmx[0-9]*[mgMG]<\/jvm-options>/<jvm-options>-Xmx$KKB_HEAP<\/jvm-options>/" \
  "$DOMAIN_XML"

# Grizzly answers a request line over 8 KiB with an empty 400 before the application sees it; a
# larger buffer lets over-long query parameters reach the API and get a problem+json answer.
sed -i \
  -e '/<protocol name="http-listener-1">/,/<\/protocol>/ { /<http / { /header-buffer-length-bytes/! s/<http /<http header-buffer-length-bytes="65536" / } }' \
  "$DOMAIN_XML"

# Grizzly drops a form POST over 2 MiB (max-form-post-size-bytes) before Faces reads it, multipart
# included: a 3 MB photo sent from a page came back as the page itself, with no message. Raised to the
# Faces servlet's multipart max-request-size, so the application checks each file's size and says so.
sed -i \
  -e '/<protocol name="http-listener-[12]"[^>]*>/,/<\/protocol>/ { /<http / { /max-form-post-size-bytes/! s/<http /<http max-form-post-size-bytes="27262976" / } }' \
  "$DOMAIN_XML"

# The Data Grid member waits five seconds (Hazelcast's default) for other members before it forms a
# cluster of its own, and the whole start waits with it. This server is the domain's first member
# (the administration server, which deployment-group instances join later), so one second will do;
# it also lets the instances of a deployment group join it sooner.
if ! grep -q 'hazelcast.wait.seconds.before.join' "$DOMAIN_XML"; then
  sed -i \
    -e "0,/<jvm-options>-Xmx[0-9]*[mgMG]<\/jvm-options>/ s/\(<jvm-options>-Xmx[0-9]*[mgMG]<\/jvm-options>\)/\1\n        <jvm-options>-Dhazelcast.wait.seconds.before.join=1<\/jvm-options>/" \
    "$DOMAIN_XML"
fi
