#!/bin/sh
# Sign the .app and the .dmg with a Developer ID and have Apple notarise them.
#   packaging/macos/sign_and_notarize.sh "<path>/SIP ALG Doctor.app" "<path>.dmg"
# Runs only when the signing secrets are present (CI: repository secrets); otherwise it
# says so and leaves the build unsigned (users then open it with right-click > Open).
#   MACOS_CERTIFICATE           base64 of the Developer ID Application .p12
#   MACOS_CERTIFICATE_PASSWORD  its password
#   MACOS_SIGNING_IDENTITY      e.g. "Developer ID Application: Example Ltd (TEAMID1234)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for notarytool
set -eu
APP="$1"
DMG="${2:-}"
HERE="$(cd "$(dirname "$0")" && pwd)"

if [ -z "${MACOS_SIGNING_IDENTITY:-}" ] || [ -z "${MACOS_CERTIFICATE:-}" ]; then
    echo "Skipping code signing and notarisation: MACOS_SIGNING_IDENTITY / MACOS_CERTIFICATE are not set. The build is unsigned."
    exit 0
fi

KEYCHAIN="$RUNNER_TEMP/sipalg-signing.keychain-db"
KEYPASS="$(openssl rand -hex 16)"
echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/cert.p12"
security create-keychain -p "$KEYPASS" "$KEYCHAIN"
security set-keychain-settings -lut 3600 "$KEYCHAIN"
security unlock-keychain -p "$KEYPASS" "$KEYCHAIN"
security import "$RUNNER_TEMP/cert.p12" -k "$KEYCHAIN" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYPASS" "$KEYCHAIN"
security list-keychains -d user -s "$KEYCHAIN"

codesign --force --deep --timestamp --options runtime \
    --entitlements "$HERE/entitlements.plist" --sign "$MACOS_SIGNING_IDENTITY" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

if [ -n "$DMG" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$DMG"
    if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
        xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
        xcrun stapler staple "$DMG"
    else
        echo "Skipping notarisation: APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD are not set."
    fi
fi
