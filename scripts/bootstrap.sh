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
    echo "Installing the project into .venv (log: .venv/install.log) …" >&2
    if ! { .venv/bin/python -m pip install --disable-pip-version-check --upgrade pip \
           && .venv/bin/python -m pip install --disable-pip-version-check -e "$spec"; } > .venv/install.log 2>&1; then
        tail -n 30 .venv/install.log >&2
        echo "Installing the project failed; the whole log is in .venv/install.log" >&2
        exit 1
    fi
    rm -f .venv/.installed-"${extra:-base}"-*
    touch "$stamp"
fi
