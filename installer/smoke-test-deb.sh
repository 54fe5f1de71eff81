#!/usr/bin/env bash
# Linux installer smoke test: build the .deb with the documented command, install it, run the installed
# launcher's --version and check on a fresh database, and uninstall it. Needs root (dpkg -i) and Debian's fakeroot
# and dpkg-dev, which it installs when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v fakeroot >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
  apt-get update -qq && apt-get install -y -qq fakeroot dpkg-dev >/dev/null
fi

./mvnw -B -q -Dinstaller -DskipTests package
deb=$(ls target/installer/bedside-neuro_*.deb | head -n 1)
echo "installer smoke test: installing $deb"
# A CI machine has no desktop: give xdg-desktop-menu the folders a desktop has, or the menu entry cannot be installed.
mkdir -p /usr/share/applications /usr/share/desktop-directories
# apt-get resolves what the package depends on (xdg-utils for the menu entry); dpkg -i alone would not.
apt-get install -y -qq "./$deb" >/dev/null

cleanup() { apt-get remove -y -qq bedside-neuro >/dev/null 2>&1 || true; rm -rf "$work"; }
work=$(mktemp -d)
trap cleanup EXIT

launcher=/opt/bedside-neuro/bin/bedside-neuro
"$launcher" --version | tee "$work/version.txt"
grep -q "BedsideNeuro" "$work/version.txt"
"$launcher" --db "$work/fresh.db" check | tee "$work/check.txt"
grep -q "Integrity: *ok" "$work/check.txt"
test -x /opt/bedside-neuro/bin/BedsideNeuro
# Issue #9: postinst made the class-data archive, and the installed runtime can use it (-Xshare:on fails otherwise);
# no class-data message reaches a verb's output.
test -s /opt/bedside-neuro/lib/app/bedside-neuro.jsa
JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1
if grep -qi "\]\[cds\|shared archive" "$work/version.txt" "$work/check.txt"; then
  echo "installer smoke test: a class-data-sharing message reached the output" >&2
  exit 1
fi

apt-get remove -y -qq bedside-neuro >/dev/null
test ! -e "$launcher"
test ! -e /opt/bedside-neuro/lib/app/bedside-neuro.jsa   # prerm removed what postinst made
test -e "$work/fresh.db"   # uninstalling never touches the data
echo "installer smoke test passed: installed, class-data archive made and usable, ran --version and check, uninstalled"
