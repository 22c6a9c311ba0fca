"""The words of the picture: number formats, short names, word wrapping, the legend's titles and notes.

Text is measured with ``measure(text, pixel_size, bold) -> width`` (the renderer passes real
font metrics; ``approx_measure`` is a fallback), so this module needs no Qt. Words go through
:func:`netviz.i18n.translate` (context "Picture"); numbers, symbols and equations stay universal
(1.5e-7, dL/dz, a decimal point), the same on screen and in every export.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from netviz.animation.scene import SceneState
from netviz.animation.words import fill, layer_label
from netviz.i18n import translate

MINUS = "\u2212"
BARS_NOTE = "Bar and number under each layer: its gradient norm (same log scale)"


def bars_note() -> str:
    """The legend's note on the bars under the layers, in the chosen language."""
    return translate("Picture", "Bar and number under each layer: its gradient norm (same log scale)")


Measure = Callable[[str, int, bool], float]


def approx_measure(text: str, px: int, bold: bool = False) -> float:
    """A width estimate for sans-serif text (wider than most real text)."""
    return len(text) * px * (0.64 if bold else 0.6)


# Chinese (and Japanese) text has no spaces: a line may break between any two of its
# characters, except before closing punctuation and after opening punctuation.
_NO_LINE_START = frozenset("，。、：；！？）》」』”’%")
_NO_LINE_END = frozenset("（《「『“‘")


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def _pieces(paragraph: str) -> list[tuple[str, str]]:
    """The paragraph cut where a line may break, each piece with what joins it to the one
    before: a space between words, nothing between Chinese characters."""
    pieces: list[tuple[str, str]] = []
    for word in paragraph.split():
        glue, piece = " ", ""
        for prev, ch in zip(" " + word, word):
            breakable = (_is_cjk(ch) or _is_cjk(prev)) and ch not in _NO_LINE_START and prev not in _NO_LINE_END
            if piece and breakable:
                pieces.append((glue, piece))
                glue, piece = "", ""
            piece += ch
        pieces.append((glue, piece))
    return pieces


def _phrases(paragraph: str, width: float, px: int, bold: bool, measure: Measure) -> list[tuple[str, str]]:
    """Like ``_pieces``, but a run of Chinese characters breaks only after its punctuation
    ("批处理归一化，" stays whole: Chinese has no spaces to say where a word ends, and without a
    word list the punctuation is what does), unless the run is wider than a line by itself:
    then it breaks between its characters as ``_pieces`` does."""
    phrases: list[tuple[str, str]] = []
    for glue, piece in _pieces(paragraph):
        joins = glue == "" and phrases and phrases[-1][1][-1:] not in _NO_LINE_START
        if joins and _is_cjk(piece[:1]) and _is_cjk(phrases[-1][1][-1:]):
            phrases[-1] = (phrases[-1][0], phrases[-1][1] + piece)
        else:
            phrases.append((glue, piece))
    out: list[tuple[str, str]] = []
    for glue, phrase in phrases:
        if measure(phrase, px, bold) <= width:
            out.append((glue, phrase))
        else:  # too wide for any line: it breaks where a line may break
            cut = _pieces(phrase)
            out += [(glue, cut[0][1]), *cut[1:]]
    return out


def _joined(row: list[tuple[str, str]]) -> str:
    return "".join(glue + piece for glue, piece in row)[len(row[0][0]):] if row else ""


def _no_lone_character(rows: list[list[tuple[str, str]]], width: float, px: int, bold: bool,
                       measure: Measure) -> None:
    """No line of one Chinese character (with its punctuation) under the others: "2 个输" over
    "入" becomes "2 个" over "输入". The line above gives its last piece when the line below
    then still fits and the line above keeps more than one character."""
    for k in range(len(rows) - 1, 0, -1):
        row, above = rows[k], rows[k - 1]
        lone = _joined(row).strip()
        if len(lone.rstrip("".join(_NO_LINE_START))) != 1 or not _is_cjk(lone[0]) or len(above) < 2:
            continue
        moved = [above[-1], *row]
        if len(_joined(above[:-1]).strip()) > 1 and measure(_joined(moved), px, bold) <= width:
            rows[k - 1], rows[k] = above[:-1], moved


def _keeps_its_word(row: list[tuple[str, str]], piece: str, width: float, px: int, bold: bool,
                    measure: Measure) -> bool:
    """Whether the row's last piece moves down with ``piece`` (the next row's first): a line
    ends in one Chinese character after a space or a Latin word ("tanh 输" over "出，1") only
    when the character cannot go down with the rest of its word ("tanh" over "输出，1")."""
    if len(row) < 2 or row[-1][0] != " " or len(row[-1][1]) != 1 or not _is_cjk(row[-1][1]):
        return False
    if not (_is_cjk(piece[:1]) and piece[:1] not in _NO_LINE_START):
        return False  # the next row does not go on with Chinese: nothing is split
    return measure(row[-1][1] + piece, px, bold) <= width


def _wrapped_rows(paragraph: str, width: float, px: int, bold: bool, measure: Measure,
                  phrases: bool = False) -> list[list[tuple[str, str]]]:
    """One paragraph's lines, each a list of (glue, piece): greedy, with the Chinese rules above
    (``phrases``: Chinese runs kept whole between punctuation, ``_phrases``)."""
    pieces = _phrases(paragraph, width, px, bold, measure) if phrases else _pieces(paragraph)
    if not pieces:
        return []
    rows: list[list[tuple[str, str]]] = [[("", pieces[0][1])]]
    for glue, piece in pieces[1:]:
        row = rows[-1]
        if measure(_joined(row + [(glue, piece)]), px, bold) <= width:
            row.append((glue, piece))
        elif glue == "" and _keeps_its_word(row, piece, width, px, bold, measure):
            rows.append([row.pop(), (glue, piece)])
        else:
            rows.append([(glue, piece)])  # the glue is kept (dropped in the line) for _no_lone_character
    _no_lone_character(rows, width, px, bold, measure)
    return rows


def _cut_with_ellipsis(row: list[tuple[str, str]], width: float, px: int, bold: bool, measure: Measure) -> str:
    """The row as a last line that ends in " …": whole pieces (a word is never cut in the middle,
    in any language; a Chinese character is a piece of its own), or, when not even the first
    piece fits, as much of it as does."""
    kept = list(row)
    while len(kept) > 1 and measure(_joined(kept) + " …", px, bold) > width:
        kept.pop()
    last = _joined(kept)
    while last and measure(last + " …", px, bold) > width:
        last = last[:-1]
    return last.rstrip() + " …"


def wrap_text(text: str, width: float, px: int, measure: Measure, bold: bool = False,
              max_lines: int | None = None, phrases: bool = False) -> list[str]:
    """Greedy word wrap into lines no wider than ``width``; the last allowed line ends in '…'
    when text is left over. Explicit newlines start new lines. ``phrases``: a run of Chinese
    characters breaks only after its punctuation when it fits a line (for short messages that
    name things, as the divergence banner does; running text fills its lines)."""
    rows: list[list[tuple[str, str]]] = []
    for paragraph in text.strip().splitlines() or [""]:
        rows += _wrapped_rows(paragraph, width, px, bold, measure, phrases)
    lines = [_joined(row) for row in rows]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [_cut_with_ellipsis(rows[max_lines - 1], width, px, bold, measure)]
    return lines


def _plain_or_float(value: float | None) -> str | float:
    """What every number formatter writes alike: '' for None, 'NaN', 'inf', '−inf' and '0';
    any other value comes back as a float, for the formatter's own rule."""
    if value is None:
        return ""
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "inf" if v > 0 else f"{MINUS}inf"
    return "0" if v == 0 else v


def format_value(value: float | None) -> str:
    """A gradient norm or loss for a label: '3.2e-5', '0.43', '12', 'NaN', 'inf'."""
    v = _plain_or_float(value)
    if isinstance(v, str):
        return v
    a = abs(v)
    if 0.01 <= a < 1000:
        return f"{v:.2g}" if a < 100 else f"{v:.0f}"
    mantissa, exponent = f"{v:.1e}".split("e")
    return f"{mantissa}e{int(exponent)}"


# The widest gradient norm a label usually shows (``format_value``): a column whose cell is
# narrower gets its number on a second, staggered row rather than an elided one.
NORM_SAMPLE = "8.8e-10"
_SHORT_NAMES = {"input": "in", "output": "out"}


def short_name(name: str) -> str:
    """'hidden 10' -> 'h10', 'output' -> 'out': for columns too narrow for the full names."""
    parts = name.split()
    if len(parts) == 2 and parts[0] == "hidden" and parts[1].isdigit():
        return fill(translate("Picture", "h%1", "a hidden layer's number, where its name does not fit"), parts[1])
    if len(parts) == 2 and parts[1].isdigit():
        return f"{parts[0][:1]}{parts[1]}"
    if name == "input":
        return translate("Picture", "in", "the input column, where its name does not fit")
    if name == "output":
        return translate("Picture", "out", "the output column, where its name does not fit")
    return _SHORT_NAMES.get(name, name)


def name_candidates(name: str) -> list[str]:
    """A column's name from the fullest to the shortest: 'hidden 10', 'h10', '10'; 'output', 'out'."""
    out = [layer_label(name)]
    for text in (short_name(name), name.split()[-1] if name.split() and name.split()[-1].isdigit() else ""):
        if text and text not in out:
            out.append(text)
    return out


def count_candidates(dead: int, saturated: int, units: int) -> list[str]:
    """The count under a column, fullest first: '3/8 dead', '5/8 saturated' (or both), down
    to '3/8'; the numbers are never dropped."""
    # Each form whole, with the count as Qt's %n (German and Italian agree in number with it).
    forms = [(dead, (translate("Picture", "%n/%1 dead", None, dead), translate("Picture", "%n dead", None, dead),
                     translate("Picture", "%n d", "dead units, where the word does not fit", dead))),
             (saturated, (translate("Picture", "%n/%1 saturated", None, saturated),
                          translate("Picture", "%n saturated", None, saturated),
                          translate("Picture", "%n sat.", "saturated units, where the word does not fit",
                                    saturated)))]
    shown = [(k, texts) for k, texts in forms if k > 0]
    if not shown:
        return [""]
    return [" · ".join(fill(texts[level], units) for _, texts in shown) for level in range(3)] + [
        " · ".join(f"{k}/{units}" for k, _ in shown)]


def fit_caption(caption: str, width: float, px: int, rows: int, measure: Measure) -> tuple[str, ...]:
    """The fullest of ``caption_candidates`` that wraps into ``rows`` lines of ``width`` uncut
    (the last, the bare number of units, is taken whatever its width: it is never cut)."""
    candidates = caption_candidates(caption)
    for text in candidates:
        lines = wrap_text(text, width, px, measure, max_lines=rows)
        if all(measure(line, px, False) <= width for line in lines) and not lines[-1].endswith(" …"):
            return tuple(lines)
    return (candidates[-1],)


def short_caption(caption: str) -> str:
    """'sigmoid output, 1' -> 'sigmoid, 1': the column's name already says "output"."""
    before, _, after = translate("Picture", "%1 output, %2").partition("%1")
    word = after.partition("%2")[0]  # " output, " (what the language puts between)
    if word and word in caption:
        return caption.replace(word, ", ", 1) if word.strip(" ,") else caption
    return caption


def caption_candidates(caption: str) -> list[str]:
    """A column's caption from the fullest to the shortest: 'sigmoid output, 8', 'sigmoid, 8',
    'sig. 8', '8'. Words are abbreviated and dropped, never the number of units."""
    short = short_caption(caption)
    words = short.replace(",", "").split()
    abbreviated = " ".join(w if w.isdigit() or len(w) <= 4 else w[:3] + "." for w in words)
    numbers = " ".join(w for w in words if w.isdigit())
    out: list[str] = []
    for text in (caption, short, abbreviated, numbers):
        if text and text not in out:
            out.append(text)
    return out


def lod_note(total: int, budget: int) -> str:
    return fill(translate("Picture", "showing the %1 strongest of %2 edges; the rest as a grey band"),
                 f"{budget:,}", f"{total:,}")


def nodes_title(node_quantity: str, heatmaps: bool) -> tuple[str, str]:
    """The legend's title for the nodes; ``heatmaps``: some column shows output maps."""
    if heatmaps:
        return translate("Picture", "Nodes: output map"), translate("Picture", "over the input plane, per layer")
    if node_quantity == "gradient":
        # Each example's own gradient (B x the batch-mean loss's), so the colour does not
        # change with the batch size.
        return translate("Picture", "Nodes: gradient"), translate("Picture", "|dl/dz| per example")
    return translate("Picture", "Nodes: activation"), translate("Picture", "mean over the batch")


def node_key_labels(node_quantity: str) -> tuple[str, str, str, str]:
    """The node key's labels, in its rows' order: dead, saturated, dropped, then the inputs
    (gradients) or nodes without a value (activations)."""
    # Dead: no gradient at all (ReLU, z <= 0 everywhere); saturated: almost none (sigmoid/tanh).
    last = translate("Picture", "input") if node_quantity == "gradient" else translate("Picture", "no value")
    return (translate("Picture", "dead unit"), translate("Picture", "saturated unit"),
            translate("Picture", "dropped this step"), last)


def edges_title(edge_quantity: str) -> str:
    if edge_quantity == "weight":
        return translate("Picture", "Edges: weight W")
    return translate("Picture", "Edges: gradient dL/dW")


def format_loss(value: float | None) -> str:
    """A loss for the status line: three significant digits, 'NaN', 'inf'."""
    v = _plain_or_float(value)
    return v if isinstance(v, str) else f"{v:.3g}"


def status_text(scene: SceneState) -> str:
    """'step 120 · loss 0.432 · val 0.51 · accuracy 94% (val 92%)' (the parts known)."""
    return status_candidates(scene)[0]


def status_candidates(scene: SceneState) -> list[str]:
    """The status line, longest first: in full, with the validation accuracy alone, without
    accuracy (a narrow view keeps the step and the losses whole rather than elide them)."""
    full = _status(scene, scene.accuracy, scene.val_accuracy)
    shorter = [_status(scene, None, scene.val_accuracy), _status(scene, None, None)]
    return [full] + [text for text in shorter if text != full]


def _status(scene: SceneState, accuracy_value: float | None, val_accuracy_value: float | None) -> str:
    parts = [fill(translate("Picture", "step %1"), scene.step)]
    if scene.loss is not None:
        parts.append(fill(translate("Picture", "loss %1"), format_loss(scene.loss)))
    if scene.val_loss is not None:
        parts.append(fill(translate("Picture", "val %1", "the validation loss"), format_loss(scene.val_loss)))
    accuracy = format_accuracy(accuracy_value)
    val_accuracy = format_accuracy(val_accuracy_value)
    if accuracy and val_accuracy:
        parts.append(fill(translate("Picture", "accuracy %1 (val %2)"), accuracy, val_accuracy))
    elif accuracy:
        parts.append(fill(translate("Picture", "accuracy %1"), accuracy))
    elif val_accuracy:
        parts.append(fill(translate("Picture", "val accuracy %1"), val_accuracy))
    return " · ".join(parts)


def format_accuracy(value: float | None) -> str:
    """An accuracy for the status line: '94%', '99.5%' near the top, '' for None or NaN."""
    if value is None or not math.isfinite(value):
        return ""
    percent = 100.0 * value
    # Whole percents, except where rounding would claim a perfect score that is not.
    if 99.5 <= percent < 100.0:
        return f"{math.floor(percent * 10) / 10:.1f}%"  # 99.96% is "99.9%", never "100.0%"
    return f"{percent:.0f}%"


def status_sample(accuracy: bool = True) -> str:
    """The widest status line a run usually shows, in the chosen language: its room in the title
    row. ``accuracy=False``: the shortest one drawn (the step and the losses, never cut)."""
    parts = [fill(translate("Picture", "step %1"), "000000"), fill(translate("Picture", "loss %1"), "0.0000"),
             fill(translate("Picture", "val %1", "the validation loss"), "0.0000")]
    if accuracy:
        parts.append(fill(translate("Picture", "accuracy %1 (val %2)"), "100%", "100%"))
    return " · ".join(parts)


def phase_chip_samples() -> list[str]:
    """The widest phase labels ("Batch norm: hidden 10"), in the chosen language: the chip's room."""
    layer = layer_label("hidden 10")
    return [fill(translate("Picture", template), layer) for template in (_FORWARD, _BATCH_NORM, _BACKWARD)]


# The phase chip's labels (animation.phases says them; the same messages).
_FORWARD, _BATCH_NORM, _BACKWARD = "Forward: %1", "Batch norm: %1", "Backward: %1"


def format_number(v: float | None, digits: int = 3) -> str:
    """A value in the animation's panels and labels: ``digits`` significant digits (3; fewer
    where room is short, never cut), a true minus sign."""
    f = _plain_or_float(v)
    if isinstance(f, str):
        return f
    a = abs(f)
    d = max(1, int(digits))
    text = f"{f:.{d}g}" if 1e-3 <= a < 1e4 else f"{f:.{d - 1}e}".replace("e-0", "e-").replace("e+0", "e")
    return text.replace("-", MINUS)
