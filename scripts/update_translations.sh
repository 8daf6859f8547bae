#!/usr/bin/env bash
# Collects the GUI's tr() strings into the Qt Linguist sources (resources/translations/*.ts) and
# compiles them to the .qm files the application loads. Translations already made are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
out=resources/translations
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# lupdate cannot see through a module's one-argument helper such as
#     def _t(text): return QCoreApplication.translate("style", text)
# so each such module is copied with every _t("…") spelled out as translate("style", "…").
for module in tracker/gui/*.py; do
    context=$(sed -n 's/^ *return QCoreApplication.translate("\([A-Za-z_]*\)", text)$/\1/p' "$module")
    if [[ -n "$context" ]]; then
        sed "s/\b_t(\"/QCoreApplication.translate(\"$context\", \"/g" "$module" > "$work/$(basename "$module")"
    else
        cp "$module" "$work/"
    fi
done
sources=("$work"/*.py)

# Japanese: every string. English is the source language: only the plural forms (%n) need an entry.
pyside6-lupdate "${sources[@]}" -no-obsolete -locations none -source-language en -target-language ja \
    -ts "$out/tracker_ja.ts"
pyside6-lupdate "${sources[@]}" -no-obsolete -locations none -pluralonly -source-language en \
    -target-language en -ts "$out/tracker_en.ts"
for ts in "$out"/tracker_*.ts; do
    pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
