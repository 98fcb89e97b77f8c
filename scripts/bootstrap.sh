# Sourced by scripts/serve and scripts/test: a virtualenv in .venv with the project installed.
# Usage: source scripts/bootstrap.sh [EXTRA]   (EXTRA: an optional-dependencies group, e.g. test)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

extra="${1:-}"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
spec="."
[ -n "$extra" ] && spec=".[$extra]"
stamp=".venv/.installed-${extra:-base}-$(cat pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
    echo "Installing the project into .venv …" >&2
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
    rm -f .venv/.installed-"${extra:-base}"-*
    touch "$stamp"
fi
