"""The inspector's facts for a summary node: one channel of a convolution or one dimension of
an embedding (``LayerTrace.kind``), whose arrays are summaries over the channel's positions.

Every row says which summary it shows (a mean or an RMS over positions), so nothing reads as
the per-unit sum W·a + b that a dense node's facts describe; the exact numbers (bias, its
gradient and update, the layer's gradient norm) are named as such."""

from __future__ import annotations

import numpy as np

from netviz.engine.trace import LayerTrace
from netviz.i18n import translate
from netviz.ui.numbers import figure, layer_title


def summary_title(lt: LayerTrace, node: int) -> str:
    """"0 (Conv2d 3×3), channel 2": the layer as the model names it (its module's name and
    type, a conv's kernel), and the node as what it is."""
    if lt.kind == "conv":
        text = translate("Inspector", "{layer}, channel {number}")
    else:
        text = translate("Inspector", "{layer}, dimension {number}")
    return text.format(layer=layer_title(lt.name), number=node + 1)


def summary_note(lt: LayerTrace) -> str:
    """What a summary node is, shown under the title (too long for the table's value column,
    whose width is the numbers')."""
    if lt.kind == "conv":
        return translate("Inspector", "One filter of a convolution; its positions are the pixels of its "
                                      "feature map.")
    return translate("Inspector", "One dimension of an embedding; its positions are the tokens of the sequence.")


def summary_rows(lt: LayerTrace, node: int, b: int) -> list[tuple[str, str]]:
    """(name, value) rows of a summary node for example ``b`` (0-based)."""
    yes_dead = translate("Inspector", "yes: z <= 0 at every position of every training example")
    yes_saturated = translate("Inspector", "yes: f'(z) < 1% of its largest at every position of every "
                                           "training example")
    no = translate("Inspector", "no")
    rows = [
        (translate("Inspector", "activation"), lt.activation_name),
        (translate("Inspector", "z, mean over positions (example {number})"), figure(lt.pre_activation[b, node])),
        (translate("Inspector", "z, mean over positions and batch"), figure(lt.pre_activation[:, node].mean())),
        (translate("Inspector", "a, mean over positions (example {number})"), figure(lt.activation[b, node])),
        (translate("Inspector", "dL/dz, RMS over positions (example {number})"), figure(lt.node_grad[b, node])),
        (translate("Inspector", "RMS of dl/dz over positions, batch mean (the colour)"),
         figure(lt.example_grad_magnitude[node])),
    ]
    if lt.kind == "conv":  # a filter's bias, exact; an embedding has none
        rows += [(translate("Inspector", "bias b"), figure(lt.biases[node])), ("dL/db", figure(lt.bias_grad[node])),
                 (translate("Inspector", "update of b"), figure(lt.bias_update[node]))]
    rows += [
        (translate("Inspector", "gradient norm of the layer (the bar)"), figure(lt.grad_norm)),
        (translate("Inspector", "dead"), yes_dead if lt.dead_units[node] else no),
        (translate("Inspector", "saturated"), yes_saturated if lt.saturated_units[node] else no),
    ]
    return [(name.format(number=b + 1), value) for name, value in rows]


def edge_columns(lt: LayerTrace, node: int) -> np.ndarray:
    """(n_in, 3) the node's incoming edges: w, dL/dw and the update, each as the trace holds
    it (for a summary layer, or a dense layer fed by one, the RMS of each kernel or row)."""
    return np.column_stack([lt.weights[:, node], lt.weight_grad[:, node], lt.weight_update[:, node]])
