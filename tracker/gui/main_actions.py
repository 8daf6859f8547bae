"""The main window's actions with their shortcuts, and the menus and toolbar that show them.

The window connects each action's `triggered` to its own slot; this module only builds and labels.
Texts use the "MainWindow" translation context, the window's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainActions(QObject):
    """Builds the actions on `window` and adds its menu bar and toolbar; `retranslate` labels them."""

    def __init__(self, window: QMainWindow, pages: int) -> None:
        super().__init__(window)
        self._window = window
        sp, keys = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.importFiles = self._make(keys.Open, sp.SP_DialogOpenButton)
        self.importFolder = self._make("Ctrl+Shift+O", sp.SP_DirOpenIcon)
        self.samples = self._make()
        self.exportIcs = self._make("Ctrl+E")
        self.exportCsv = self._make()
        self.savePdf = self._make()
        self.printPreview = self._make(keys.Print, sp.SP_FileDialogContentsView)
        self.print = self._make()
        self.settings = self._make("Ctrl+,")
        self.quit = self._make(keys.Quit)
        self.find = self._make(keys.Find)
        self.delete = self._make(keys.Delete, sp.SP_TrashIcon)
        self.refresh = self._make(keys.Refresh, sp.SP_BrowserReload)
        self.back = self._make(keys.Back, sp.SP_ArrowBack)
        self.pages = [self._make(f"Ctrl+{i + 1}") for i in range(pages)]
        self.about = self._make()
        self._buildMenus()

    def _make(
        self, keys: QKeySequence.StandardKey | str | None = None, icon: QStyle.StandardPixmap | None = None
    ) -> QAction:
        action = QAction(self._window)  # on the window, so its shortcut works anywhere in it
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)
        elif keys:
            action.setShortcut(QKeySequence(keys))
        if icon is not None:
            action.setIcon(self._window.style().standardIcon(icon))
        return action

    @staticmethod
    def _fill(target: QMenu | QToolBar, actions: tuple[QAction | None, ...]) -> None:
        """None stands for a separator."""
        for action in actions:
            if action is None:
                target.addSeparator()
            else:
                target.addAction(action)

    def _buildMenus(self) -> None:
        bar = self._window.menuBar()
        self.fileMenu = bar.addMenu("")
        self._fill(self.fileMenu, (self.importFiles, self.importFolder, self.samples, None))
        self.exportMenu = self.fileMenu.addMenu("")
        self._fill(self.exportMenu, (self.exportIcs, self.exportCsv, self.savePdf))
        self._fill(self.fileMenu, (self.printPreview, self.print, None, self.settings, None, self.quit))
        self.editMenu = bar.addMenu("")
        self._fill(self.editMenu, (self.find, self.delete, self.refresh))
        self.viewMenu = bar.addMenu("")
        self._fill(self.viewMenu, (*self.pages, None, self.back))
        self.helpMenu = bar.addMenu("")
        self._fill(self.helpMenu, (self.about,))
        self.toolBar = QToolBar()
        self.toolBar.setObjectName("mainToolBar")  # saveState needs a name
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._fill(
            self.toolBar,
            (self.importFiles, self.importFolder, self.delete, self.refresh, None, self.printPreview),
        )
        self._window.addToolBar(self.toolBar)

    def retranslate(self, page_titles: tuple[str, ...]) -> None:
        self.fileMenu.setTitle(_t("&File"))
        self.editMenu.setTitle(_t("&Edit"))
        self.viewMenu.setTitle(_t("&View"))
        self.helpMenu.setTitle(_t("&Help"))
        self.exportMenu.setTitle(_t("&Export"))
        self.toolBar.setWindowTitle(_t("Main toolbar"))
        self.importFiles.setText(_t("&Import files…"))
        self.importFolder.setText(_t("Import &folder…"))
        self.samples.setText(_t("Load &sample contracts"))
        self.exportIcs.setText(_t("Calendar (.ics)…"))
        self.exportCsv.setText(_t("Spreadsheet (.csv)…"))
        self.savePdf.setText(_t("Renewal report as &PDF…"))
        self.printPreview.setText(_t("Print pre&view of the renewal report…"))
        self.print.setText(_t("&Print the renewal report…"))
        self.settings.setText(_t("&Settings…"))
        self.quit.setText(_t("&Quit"))
        self.find.setText(_t("&Find contracts"))
        self.delete.setText(_t("&Remove contract…"))
        self.refresh.setText(_t("Re&fresh"))
        self.back.setText(_t("&Back to the contract list"))
        self.about.setText(_t("&About"))
        for action, title in zip(self.pages, page_titles, strict=True):
            action.setText(title)
        # toolbar labels without the menus' mnemonics, which translations show as "(&R)"
        self.importFiles.setIconText(_t("Import files"))
        self.importFolder.setIconText(_t("Import folder"))
        self.delete.setIconText(_t("Remove"))
        self.refresh.setIconText(_t("Refresh"))
        self.printPreview.setIconText(_t("Print preview"))
