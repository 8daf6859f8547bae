#!/usr/bin/env bash
# Collects the GUI's tr() strings into the Qt Linguist sources (resources/translations/*.ts) and
# compiles them to the .qm files the application loads. Translations already made are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
out=resources/translations
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# lupdate sees only calls spelled QCoreApplication.translate("Context", "text") or self.tr("text"),
# so each module is copied with two shorthands spelled out:
#     def _t(text): return QCoreApplication.translate("style", text)   ->  _t("…") is translate("style", "…")
#     t = QCoreApplication.translate                                    ->  t("Ctx", "…") is translate("Ctx", "…")
for module in tracker/gui/*.py; do
    context=$(sed -n 's/^ *return QCoreApplication.translate("\([A-Za-z_]*\)", text)$/\1/p' "$module")
    script='s/\bt("/QCoreApplication.translate("/g'
    if [[ -n "$context" ]]; then
        script="$script; s/\b_t(\"/QCoreApplication.translate(\"$context\", \"/g"
    fi
    sed "$script" "$module" > "$work/$(basename "$module")"
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
