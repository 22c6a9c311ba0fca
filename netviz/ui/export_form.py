"""The export dialog's form: the same choices as ``netviz export``, each wrong option shown
beside its field (the controller in ``export_dialog`` runs the job)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netviz.export import FORMATS, PHASES, THEMES, ExportError
from netviz.ui.export_request import JobRequest, settings

SIZES = (("1920x1080 (Full HD)", (1920, 1080)), ("1280x720 (HD)", (1280, 720)),
         ("3840x2160 (4K)", (3840, 2160)), (QT_TRANSLATE_NOOP("ExportDialog", "Custom"), None))
ANIMATION_FORMATS = tuple(FORMATS)  # mp4, webm, gif, png-frames, png, svg
FRAME_FORMATS = ("png", "svg")
FRAME_DESCRIPTIONS = {"png": QT_TRANSLATE_NOOP("ExportDialog", "the frame shown, as a picture in pixels"),
                      "svg": QT_TRANSLATE_NOOP("ExportDialog", "the frame shown, as a vector picture: text stays "
                                                               "text, lines stay lines")}
# The formats' descriptions (netviz.export.FORMATS, in English there) in the window's language;
# tests/ui/test_window_language.py holds them equal to the export's own words.
FORMAT_DESCRIPTIONS = {
    "mp4": QT_TRANSLATE_NOOP("ExportDialog", "H.264 video (yuv420p): PowerPoint, Keynote, Google Slides, browsers"),
    "webm": QT_TRANSLATE_NOOP("ExportDialog", "VP9 video: browsers"),
    "gif": QT_TRANSLATE_NOOP("ExportDialog", "looping GIF, at most 960 px wide unless told otherwise"),
    "png-frames": QT_TRANSLATE_NOOP("ExportDialog", "a folder of numbered PNG frames"),
    "png": QT_TRANSLATE_NOOP("ExportDialog", "one PNG picture (the last step)"),
    "svg": QT_TRANSLATE_NOOP("ExportDialog", "one SVG picture (the last step): text stays text, lines stay lines"),
}
PHASE_TITLES = {"all": QT_TRANSLATE_NOOP("ExportDialog", "All phases"),
                "forward": QT_TRANSLATE_NOOP("ExportDialog", "Forward pass only"),
                "backward": QT_TRANSLATE_NOOP("ExportDialog", "Backward pass only")}
THEME_TITLES = {"dark": QT_TRANSLATE_NOOP("ExportDialog", "Dark"), "light": QT_TRANSLATE_NOOP("ExportDialog", "Light"),
                "high-contrast": QT_TRANSLATE_NOOP("ExportDialog", "High contrast")}


def _tr(text: object) -> str:
    return QCoreApplication.translate("ExportDialog", str(text))

# The job's field names (ExportError.field) -> the dialog row that shows the error.
FIELD_ROWS = {
    "lesson": "lesson", "fix": "lesson",
    "steps": "steps", "from": "steps", "to": "steps",
    "phases": "phases",
    "speed": "pace", "step-seconds": "pace",
    "format": "format",
    "output": "output",
    "size": "size",
    "fps": "fps",
    "theme": "theme",
}



class ExportDialog(QDialog):
    """The export's choices. ``kind``: "animation" (all options) or "frame" (format png/svg,
    path, size, theme). OK validates in the GUI thread; a wrong option is shown beside its
    field and the dialog stays open; a valid request is emitted as ``sigRequest`` and the
    dialog closes."""

    sigRequest = Signal(object)  # JobRequest

    def __init__(self, kind: str, lesson, *, current_step: int = 0, scene=None, parent: QWidget | None = None):
        super().__init__(parent)
        if kind not in ("animation", "frame"):
            raise ValueError(f"kind: 'animation' or 'frame', got {kind!r}")
        self.kind = kind
        self.lesson = lesson
        self.scene = scene
        self.request: JobRequest | None = None
        self._store = settings()
        self.setWindowTitle(self.tr("Export animation") if kind == "animation" else self.tr("Export current frame"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = form

        fix = lesson.fix_applied
        fix_title = lesson.fixes[fix].title if fix and fix in getattr(lesson, "fixes", {}) else (fix or self.tr("none"))
        self.lesson_label = QLabel(self.tr("<b>{lesson}</b> ({name})<br>fix: {fix}").format(
            lesson=lesson.title, name=lesson.name, fix=fix_title))
        self.lesson_label.setTextFormat(Qt.TextFormat.RichText)
        self._row(self.tr("Lesson"), self.lesson_label, "lesson")

        # Steps, phases and pace: the animation only.
        self.first_spin = QSpinBox()
        self.last_spin = QSpinBox()
        for spin in (self.first_spin, self.last_spin):
            spin.setRange(1, 100_000)
        last = max(current_step, 3)
        self.first_spin.setValue(max(1, last - 2))
        self.last_spin.setValue(last)
        steps = QHBoxLayout()
        steps.addWidget(QLabel(self.tr("from")))
        steps.addWidget(self.first_spin, 1)
        steps.addWidget(QLabel(self.tr("to")))
        steps.addWidget(self.last_spin, 1)
        self.phases_combo = QComboBox()
        for name in PHASES:
            self.phases_combo.addItem(_tr(PHASE_TITLES[name]), name)
        self.animated_radio = QRadioButton(self.tr("Animated, speed"))
        self.speed_spin = QDoubleSpinBox()
        self.speed_spin.setRange(0.25, 8.0)
        self.speed_spin.setSingleStep(0.25)
        self.speed_spin.setSuffix("×")
        self.speed_spin.setValue(1.0)
        self.settled_radio = QRadioButton(self.tr("Settled steps,"))
        self.seconds_spin = QDoubleSpinBox()
        self.seconds_spin.setRange(0.02, 60.0)
        self.seconds_spin.setDecimals(2)
        self.seconds_spin.setSingleStep(0.1)
        self.seconds_spin.setValue(0.5)
        self.seconds_spin.setSuffix(self.tr(" s each"))
        self.pace_group = QButtonGroup(self)
        self.pace_group.addButton(self.animated_radio)
        self.pace_group.addButton(self.settled_radio)
        self.animated_radio.setChecked(True)
        pace = QVBoxLayout()
        for radio, spin in ((self.animated_radio, self.speed_spin), (self.settled_radio, self.seconds_spin)):
            line = QHBoxLayout()
            line.addWidget(radio)
            line.addWidget(spin, 1)
            pace.addLayout(line)
        self.animated_radio.toggled.connect(self._pace_changed)
        if kind == "animation":
            self._row(self.tr("Steps"), self._box(steps), "steps")
            self._row(self.tr("Phases"), self.phases_combo, "phases")
            self._row(self.tr("Pace"), self._box(pace), "pace")

        formats = ANIMATION_FORMATS if kind == "animation" else FRAME_FORMATS
        self.format_combo = QComboBox()
        for name in formats:
            description = _tr(FRAME_DESCRIPTIONS[name] if kind == "frame" else FORMAT_DESCRIPTIONS[name])
            self.format_combo.addItem(f"{name}: {description}", name)
        key = "export/format" if kind == "animation" else "export/frame_format"
        saved = str(self._store.value(key, formats[0]))
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(saved)))
        self._row(self.tr("Format"), self.format_combo, "format")

        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        output = QHBoxLayout()
        output.addWidget(self.path_edit, 1)
        output.addWidget(self.browse_button)
        self._row(self.tr("Output"), self._box(output), "output")
        folder = str(self._store.value("export/folder", "") or "")
        if not folder or not os.path.isdir(folder):
            folder = os.getcwd()
        self.path_edit.setText(os.path.join(folder, self._default_name(self.fmt)))
        self._confirmed_path: str | None = None  # overwrite confirmed in the file dialog

        self.size_combo = QComboBox()
        for label, size in SIZES:
            self.size_combo.addItem(_tr(label), size)
        self.width_spin = QSpinBox()
        self.height_spin = QSpinBox()
        for spin in (self.width_spin, self.height_spin):
            spin.setRange(16, 20_000)
            spin.setSuffix(" px")
        self.width_spin.setValue(1920)
        self.height_spin.setValue(1080)
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_combo, 2)
        size_row.addWidget(self.width_spin, 1)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_spin, 1)
        self.size_combo.currentIndexChanged.connect(self._size_changed)
        self._row(self.tr("Size"), self._box(size_row), "size")
        self._size_changed()

        self.fps_spin = QSpinBox()
        self.fps_spin.setRange(1, 240)
        self.fps_spin.setValue(30)
        self.fps_spin.setSuffix(" fps")
        if kind == "animation":
            self._row(self.tr("Frame rate"), self.fps_spin, "fps")

        self.theme_combo = QComboBox()
        for name in THEMES:
            self.theme_combo.addItem(_tr(THEME_TITLES.get(name, name)), name)
        saved_theme = str(self._store.value("export/theme", "dark"))
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(saved_theme)))
        self._row(self.tr("Theme"), self.theme_combo, "theme")

        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self._pace_changed()

    # ----- layout helpers -----------------------------------------------------------

    @staticmethod
    def _box(layout) -> QWidget:
        widget = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(layout)
        return widget

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet("color: #d9534f;")
        label.setVisible(False)
        return label

    def _row(self, title: str, widget: QWidget, field: str) -> None:
        error = self._error_label()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(title, self._box(column))
        self.errors[field] = error

    # ----- values -------------------------------------------------------------------

    @property
    def fmt(self) -> str:
        return self.format_combo.currentData()

    def size(self) -> tuple[int, int]:
        return self.width_spin.value(), self.height_spin.value()

    def set_size(self, width: int, height: int) -> None:
        for i, (_, size) in enumerate(SIZES):
            if size == (width, height):
                self.size_combo.setCurrentIndex(i)
                return
        self.size_combo.setCurrentIndex(len(SIZES) - 1)
        self.width_spin.setValue(width)
        self.height_spin.setValue(height)

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def _default_name(self, fmt: str) -> str:
        stem = self.lesson.name + (f"-{self.lesson.fix_applied}" if self.lesson.fix_applied else "")
        if self.kind == "frame":
            stem += "-frame"
        extension = FORMATS[fmt].extension
        return stem + ("-frames" if extension is None else extension)

    def _size_changed(self) -> None:
        size = self.size_combo.currentData()
        custom = size is None
        self.width_spin.setEnabled(custom)
        self.height_spin.setEnabled(custom)
        if not custom:
            self.width_spin.setValue(size[0])
            self.height_spin.setValue(size[1])

    def _pace_changed(self) -> None:
        animated = self.animated_radio.isChecked()
        self.speed_spin.setEnabled(animated)
        self.seconds_spin.setEnabled(not animated)

    def _format_changed(self) -> None:
        """Keep the file name's extension in step with the format."""
        fmt = self.fmt
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text)
        known = {f.extension for f in FORMATS.values() if f.extension}
        stem = path.stem if path.suffix.lower() in known else path.name
        if stem.endswith("-frames") and FORMATS[fmt].extension is not None:
            stem = stem[: -len("-frames")]
        extension = FORMATS[fmt].extension
        name = stem + extension if extension else (stem if stem.endswith("-frames") else stem + "-frames")
        self.path_edit.setText(str(path.with_name(name)))

    def browse(self) -> None:
        spec = FORMATS[self.fmt]
        options = QFileDialog.Option.DontUseNativeDialog
        if spec.extension is None:
            chosen = QFileDialog.getSaveFileName(self, self.tr("Export frames into the folder"), self.path_edit.text(),
                                                 self.tr("Folder of PNG frames (*)"), options=options)[0]
        else:
            chosen = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(),
                                                 f"{spec.name.upper()} (*{spec.extension})", options=options)[0]
            if chosen and not chosen.lower().endswith(spec.extension):
                chosen += spec.extension
        if chosen:
            self.path_edit.setText(chosen)
            self._confirmed_path = chosen  # the file dialog asked before overwriting

    # ----- OK ------------------------------------------------------------------------

    def make_request(self) -> JobRequest:
        return JobRequest(
            kind=self.kind, fmt=self.fmt, path=os.path.expanduser(self.path_edit.text().strip()), size=self.size(),
            theme=self.theme_combo.currentData(), fps=self.fps_spin.value(), lesson=self.lesson,
            first=self.first_spin.value(), last=self.last_spin.value(), phases=self.phases_combo.currentData(),
            settled_seconds=None if self.animated_radio.isChecked() else self.seconds_spin.value(),
            speed=self.speed_spin.value(), scene=self.scene,
        )

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.setVisible(False)

    def show_error(self, field: str, reason: str) -> None:
        label = self.errors.get(FIELD_ROWS.get(field, ""), None)
        if label is None:
            label = self.general_error
            reason = f"{field}: {reason}"
        label.setText(reason)
        label.setVisible(True)

    def validate(self) -> JobRequest | None:
        """The request if every option is right; else the error is shown and None."""
        self.clear_errors()
        request = self.make_request()
        if not request.path:
            self.show_error("output", self.tr("give a file name"))
            return None
        try:
            request.make_job().validate()
        except ExportError as exc:
            self.show_error(exc.field, exc.reason)
            return None
        return request

    def accept(self) -> None:
        request = self.validate()
        if request is None:
            return  # the dialog stays open with the error beside its field
        path = Path(os.path.abspath(request.path))
        if path.exists() and path.is_file() and self._confirmed_path != request.path:
            answer = QMessageBox.question(self, self.tr("Replace the file?"),
                                          self.tr("{path} exists. Replace it?").format(path=path))
            if answer != QMessageBox.StandardButton.Yes:
                return
        store = self._store
        store.setValue("export/folder", str(path.parent))
        store.setValue("export/format" if self.kind == "animation" else "export/frame_format", request.fmt)
        store.setValue("export/theme", request.theme)
        store.sync()
        self.request = request
        super().accept()
        self.sigRequest.emit(request)
