"""The settings' words (label, column heading, unit, tooltip) in the window's language.

The settings are declared once, in the engine (``netviz.engine.spec``), in English and free of
Qt; their words are marked here for lupdate (context "Settings") and translated where the
window shows them. tests/ui/test_window_language.py checks that every declared word is here.
Choices (relu, sigmoid, adam...) stay as written: they are the names a lesson file uses. The
data sets' names are shown in the window's language (context "DataSets"; English shows the
names a lesson file uses); the controls keep each name's id as the item's data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from netviz.engine.datasets import dataset_info
from netviz.engine.settings import Setting
from netviz.i18n import translate
from netviz.ui.texts import QT_TRANSLATE_NOOP

CONTEXT = "Settings"

# Every label, short heading and unit of a declared setting (engine/spec.py).
WORDS = (
    QT_TRANSLATE_NOOP("Settings", "Data set"), QT_TRANSLATE_NOOP("Settings", "Examples"),
    QT_TRANSLATE_NOOP("Settings", "examples"), QT_TRANSLATE_NOOP("Settings", "Noise"),
    QT_TRANSLATE_NOOP("Settings", "Validation share"), QT_TRANSLATE_NOOP("Settings", "Units"),
    QT_TRANSLATE_NOOP("Settings", "units"), QT_TRANSLATE_NOOP("Settings", "Activation"),
    QT_TRANSLATE_NOOP("Settings", "activation"), QT_TRANSLATE_NOOP("Settings", "Dropout"),
    QT_TRANSLATE_NOOP("Settings", "dropout"), QT_TRANSLATE_NOOP("Settings", "Batch norm"),
    QT_TRANSLATE_NOOP("Settings", "BN"), QT_TRANSLATE_NOOP("Settings", "Frozen"),
    QT_TRANSLATE_NOOP("Settings", "frozen"), QT_TRANSLATE_NOOP("Settings", "Inputs"),
    QT_TRANSLATE_NOOP("Settings", "Outputs"), QT_TRANSLATE_NOOP("Settings", "Output layer"),
    QT_TRANSLATE_NOOP("Settings", "Input features"), QT_TRANSLATE_NOOP("Settings", "Output layer frozen"),
    QT_TRANSLATE_NOOP("Settings", "Initializer"), QT_TRANSLATE_NOOP("Settings", "Init scale"),
    QT_TRANSLATE_NOOP("Settings", "Initial bias"), QT_TRANSLATE_NOOP("Settings", "LeakyReLU slope"),
    QT_TRANSLATE_NOOP("Settings", "ELU alpha"), QT_TRANSLATE_NOOP("Settings", "Precision"),
    QT_TRANSLATE_NOOP("Settings", "Seed"), QT_TRANSLATE_NOOP("Settings", "Optimizer"),
    QT_TRANSLATE_NOOP("Settings", "Learning rate"), QT_TRANSLATE_NOOP("Settings", "Momentum"),
    QT_TRANSLATE_NOOP("Settings", "Adam beta1"), QT_TRANSLATE_NOOP("Settings", "Adam beta2"),
    QT_TRANSLATE_NOOP("Settings", "Adam epsilon"), QT_TRANSLATE_NOOP("Settings", "L1"),
    QT_TRANSLATE_NOOP("Settings", "L2"), QT_TRANSLATE_NOOP("Settings", "Gradient clipping"),
    QT_TRANSLATE_NOOP("Settings", "gradient norm"), QT_TRANSLATE_NOOP("Settings", "Batch size"),
    QT_TRANSLATE_NOOP("Settings", "Steps"), QT_TRANSLATE_NOOP("Settings", "steps"),
    QT_TRANSLATE_NOOP("Settings", "Patience"), QT_TRANSLATE_NOOP("Settings", "Evaluate every"),
    QT_TRANSLATE_NOOP("Settings", "Shuffle batches"),
)


# The built-in data sets' names as shown (engine.datasets.DATASET_NAMES, the ids, in English).
DATASET_WORDS = (
    QT_TRANSLATE_NOOP("DataSets", "circle"), QT_TRANSLATE_NOOP("DataSets", "xor"),
    QT_TRANSLATE_NOOP("DataSets", "gaussian"), QT_TRANSLATE_NOOP("DataSets", "spiral"),
    QT_TRANSLATE_NOOP("DataSets", "reg-plane"), QT_TRANSLATE_NOOP("DataSets", "reg-gaussian"),
    QT_TRANSLATE_NOOP("DataSets", "digits"),
)


# Each built-in data set's description (engine.datasets.dataset_info; a test holds them equal)
# and its task, for the playground's tooltips.
DATASET_DESCRIPTIONS = {
    "circle": QT_TRANSLATE_NOOP("DataSets", "Playground circle: a disc of positives inside a ring of negatives."),
    "xor": QT_TRANSLATE_NOOP("DataSets", "Playground XOR: positive where x and y have the same sign."),
    "gaussian": QT_TRANSLATE_NOOP("DataSets",
                                  "Playground two Gaussians: positives near (2, 2), negatives near (-2, -2)."),
    "spiral": QT_TRANSLATE_NOOP("DataSets", "Playground spiral: two interleaved spiral arms, one per class."),
    "reg-plane": QT_TRANSLATE_NOOP("DataSets", "Playground plane: target (x + y) / 10, a tilted plane."),
    "reg-gaussian": QT_TRANSLATE_NOOP("DataSets", "Playground multi-Gaussian: six bumps of target +1 or -1."),
    "digits": QT_TRANSLATE_NOOP("DataSets", "Handwritten digits (UCI): 8x8 pixel images in [0, 1], 10 classes."),
}
DATASET_TASKS = {
    "binary": QT_TRANSLATE_NOOP("DataSets", "binary"),
    "regression": QT_TRANSLATE_NOOP("DataSets", "regression"),
    "multiclass": QT_TRANSLATE_NOOP("DataSets", "multiclass"),
}


def dataset_tooltip(name: str) -> str:
    """A built-in data set's tooltip in the language installed now: what it shows, its task and
    its default size (English: exactly ``engine.datasets.describe``)."""
    task, samples, description = dataset_info(name)
    text = QCoreApplication.translate("DataSets", "%1 (%2, %n examples by default)", "", samples)
    words = translate("DataSets", DATASET_DESCRIPTIONS.get(name, description))
    return text.replace("%1", words).replace("%2", translate("DataSets", DATASET_TASKS.get(task, task)))


def dataset_name(name: str) -> str:
    """A built-in data set's name in the language installed now (an unknown id as it is)."""
    return translate("DataSets", name) if name in DATASET_WORDS else name


def choice(setting: Setting, value: str) -> str:
    """How one of a setting's choices is shown: a data set's name translated, others as written."""
    return dataset_name(value) if setting.label == "Data set" else value


def word(text: str) -> str:
    """A declared setting's word in the language installed now ("" stays "")."""
    return translate(CONTEXT, text) if text else ""


def label(setting: Setting) -> str:
    return word(setting.label)


def heading(setting: Setting) -> str:
    """A column heading: the short word where there is one."""
    return word(setting.heading)


def describe(setting: Setting) -> str:
    """The tooltip: label, valid values and unit, live or not (Setting.describe, translated;
    bounds in the language's numbers)."""
    if setting.choices:
        values = ", ".join(setting.choices)
    elif setting.each_of:
        values = translate("Settings", "any of {names}").format(names=", ".join(setting.each_of))
    elif setting.kind is bool:
        values = translate("Settings", "on or off")
    else:
        # Python's :g in the language's decimal sign (1e+06 and 0.9 in English, 0,9 in German).
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        bounds = []
        if setting.low is not None:
            bounds.append((">" if setting.low_open else ">=") + " " + locale.toString(float(setting.low), "g", 6))
        if setting.high is not None:
            bounds.append(("<" if setting.high_open else "<=") + " " + locale.toString(float(setting.high), "g", 6))
        values = ", ".join(bounds) or translate("Settings", "any")
        values += f" {word(setting.unit)}" if setting.unit else ""
    live = translate("Settings", "changes between steps")
    when = live if setting.live else translate("Settings", "restarts the run")
    if setting.optional:
        line = translate("Settings", "{label}: {values} (optional); {when}")
    else:
        line = translate("Settings", "{label}: {values}; {when}")
    return line.format(label=label(setting), values=values, when=when)
