#!/bin/sh
# Regenerates the TEST-ONLY TLS fixtures of EngineIT (they are not secrets and protect nothing):
# test-ca.pem, a CA the engine's Payara trusts through prewarm.tls.extra-ca-file (arquillian.xml),
# and www.example.com.p12 (password changeit), the key and CA-signed certificate of the HTTPS edge
# target the test starts. Valid 20 years; the CA's own key is thrown away.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
kt() { keytool "$@" -storepass changeit; }
kt -genkeypair -alias ca -keyalg EC -groupname secp256r1 -dname "CN=Prewarm EngineIT Test CA" -ext bc:c \
  -validity 7300 -keystore "$work/ca.p12"
kt -exportcert -rfc -alias ca -keystore "$work/ca.p12" -file test-ca.pem
rm -f www.example.com.p12
kt -genkeypair -alias server -keyalg EC -groupname secp256r1 -dname "CN=www.example.com" -validity 7300 \
  -keystore www.example.com.p12
kt -certreq -alias server -keystore www.example.com.p12 -file "$work/server.csr"
kt -gencert -alias ca -keystore "$work/ca.p12" -infile "$work/server.csr" -outfile "$work/server.pem" -rfc \
  -validity 7300 -ext san=dns:www.example.com -ext eku=serverAuth
kt -importcert -noprompt -alias ca -file test-ca.pem -keystore www.example.com.p12
kt -importcert -alias server -file "$work/server.pem" -keystore www.example.com.p12
