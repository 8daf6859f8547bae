"""The UI language: installs the tracker's and Qt's own translators and the matching default locale.

Installing a translator makes Qt send a LanguageChange event to every widget, whose retranslateUi()
then shows the new language; QLocale.setDefault makes dates follow the same language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tracker.resources import resources_dir

LANGUAGES: tuple[str, ...] = ("ja", "en")
_LOCALES = {
    "ja": QLocale(QLocale.Language.Japanese, QLocale.Country.Japan),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}
# Our translators are children of the application under this name (no module global to keep).
_TRANSLATOR_NAME = "trackerTranslator"


def system_language() -> str:
    """Japanese when the system locale is Japanese, else English (the source language)."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def install_translator(app: QCoreApplication, language: str | None) -> str:
    """Switch the UI to `language` (None: the system's); returns the language now in use."""
    chosen = language if language in LANGUAGES else system_language()
    # The locale first: installing or removing a translator makes every widget retranslate at once,
    # and their dates must already follow the new language.
    QLocale.setDefault(_LOCALES[chosen])
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    files: list[tuple[str, str, type[QTranslator]]] = []
    ours = _translations_dir()
    if ours is not None:
        files.append((f"tracker_{chosen}.qm", str(ours), QTranslator))
    if chosen != "en":  # Qt's own dialogs and buttons; English is their source language
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append((f"qtbase_{chosen}.qm", qt_folder, MnemonicFallbackTranslator))
    for name, folder, kind in files:
        translator = kind(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            translator.setParent(None)
    return chosen


class MnemonicFallbackTranslator(QTranslator):
    """Qt's own catalogue, which lacks texts Qt later gave a mnemonic ("&Look in:", "Files of &type:"
    of the file dialog): those are looked up without it and get it back the Japanese way,
    「アドレス(&L):」."""

    def translate(  # None, not "": Qt then asks the next catalogue
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found or "&" not in source:
            return found or None
        key = source[source.index("&") + 1 : source.index("&") + 2].upper()
        plain = super().translate(context, source.replace("&", ""), disambiguation, n)
        if not plain or not key:
            return None
        colon = plain[-1] if plain[-1] in ":：" else ""
        return f"{plain.removesuffix(colon)}(&{key}){colon}"


def _translations_dir() -> Path | None:
    """resources/translations; a missing resources folder leaves the UI in its English source text."""
    try:
        return resources_dir() / "translations"
    except FileNotFoundError:
        return None
