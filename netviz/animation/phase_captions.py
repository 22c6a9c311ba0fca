"""What each phase of a training step does, in plain words with this step's counts, in the chosen language.

Every sentence is one message for the translators (context "Picture"), its numbers and names in
``%1``, ``%2`` slots and its count as Qt's ``%n``; a sentence whose English differs between one
and many ("1 of its units is dead" / "3 of its units are dead") is two messages, so that English
reads right with no catalogue installed. Equations (z = W·a + b, dL/dz) stay as they are.
"""

from __future__ import annotations

from netviz.engine.trace import LayerTrace, StepTrace
from netviz.i18n import translate

from . import backprop as bp
from .phases import Phase
from .words import fill, layer_label


def fmt(v: float) -> str:
    """A number as every caption writes it (4 significant digits; "nan", "inf")."""
    from .captions import fmt as caption_fmt  # one number format for captions and equations

    return caption_fmt(v)


def loss_name(kind: str) -> str:
    """The loss of an output kind, named in the chosen language."""
    names = {"sigmoid": translate("Picture", "binary cross-entropy"),
             "softmax": translate("Picture", "cross-entropy"),
             "linear": translate("Picture", "mean squared error"),
             "tanh": translate("Picture", "squared error / 2")}
    return names.get(kind, kind)


def _act_title(lt: LayerTrace) -> str:
    return bp.ACTIVATION_TITLES.get(lt.activation_name, lt.activation_name)


def _source(trace: StepTrace, layer: int) -> str:
    """What layer ``layer`` takes: 'the 2 inputs' or 'the outputs of hidden 1'."""
    if layer == 0:
        n = int(trace.inputs.shape[1])  # (a plain name: lupdate reads only a name as the count)
        return translate("Picture", "the input", None, n) if n == 1 else translate("Picture", "the %n inputs", None, n)
    return fill(translate("Picture", "the outputs of %1"), layer_label(trace.layers[layer - 1].name))


def _units(n: int) -> str:
    """'1 unit', '8 units': a layer's size, as a slot of the sentences above."""
    return translate("Picture", "1 unit") if n == 1 else translate("Picture", "%n units", None, n)


def _output_result(kind: str) -> str:
    results = {"sigmoid": translate("Picture", "sigmoid turns z into the predicted probability"),
               "softmax": translate("Picture", "softmax turns the z of all outputs into class probabilities"),
               "linear": translate("Picture", "z itself is the prediction"),
               "tanh": translate("Picture", "tanh turns z into the prediction, between -1 and +1 (the labels)")}
    return results.get(kind, "")


def _forward_sentence(trace: StepTrace, phase: Phase) -> str:
    """The phase's first sentence: what the layer computes from what."""
    layer = phase.layer
    assert layer is not None
    lt = trace.layers[layer]
    name, units, source = layer_label(lt.name), int(lt.units), _source(trace, layer)
    if phase.kind == "batch_norm":
        batch = int(trace.inputs.shape[0])  # a plain name: lupdate reads only a name as the count
        return fill(translate("Picture", "Batch norm: %1 normalises each unit's weighted sum over the batch of %n "
                                         "examples (subtract the batch mean, divide by the batch standard deviation), "
                                         "scales it by gamma and shifts it by beta; then %2 gives a = f(z).",
                              None, batch), name, _act_title(lt))
    count = _units(units)
    if layer == len(trace.layers) - 1:
        text = translate("Picture", "Forward pass: the output layer takes %1 and computes z = W·a + b for its %2; "
                                    "%3.")
        return fill(text, source, count, _output_result(lt.activation_name))
    if lt.batch_norm is not None:
        text = translate("Picture", "Forward pass: %1 takes %2 and computes the weighted sums W·a + b of its %3; "
                                    "batch norm comes next.")
        return fill(text, name, source, count)
    if lt.activation_name == "linear":
        text = translate("Picture", "Forward pass: %1 takes %2 and computes z = W·a + b for its %3, then keeps z as "
                                    "it is (linear).")
        return fill(text, name, source, count)
    text = translate("Picture", "Forward pass: %1 takes %2 and computes z = W·a + b for its %3, then %4.")
    return fill(text, name, source, count, _act_title(lt))


def _summary_sentence(lt: LayerTrace, forward: bool) -> str:
    """A conv or embedding layer's phase, said as what its summary nodes show."""
    name = layer_label(lt.name)
    if lt.kind == "conv" and forward:
        text = translate("Picture", "Forward pass: %1 is a convolution: each of its filters slides over its "
                                    "input; one node per channel shows the channel's mean over its positions.")
    elif lt.kind == "conv":
        text = translate("Picture", "Backward pass: the gradient flows back into %1, a convolution drawn as one "
                                    "node per channel: each node's colour is the RMS of dl/dz over the channel's "
                                    "positions (batch mean), its bar the gradient norm of its filters.")
    elif forward:
        text = translate("Picture", "Forward pass: %1 is an embedding: it looks up a vector for each token; one "
                                    "node per dimension shows its mean over the tokens.")
    else:
        text = translate("Picture", "Backward pass: the gradient flows back into %1, an embedding drawn as one "
                                    "node per dimension: each node's colour is the RMS of dl/dz over the tokens "
                                    "(batch mean), its bar the gradient norm of its table.")
    return fill(text, name)


def forward_caption(trace: StepTrace, phase: Phase, b: int) -> str:
    layer = phase.layer
    assert layer is not None
    lt = trace.layers[layer]
    text = _summary_sentence(lt, True) if lt.summary else _forward_sentence(trace, phase)
    if layer == len(trace.layers) - 1 or (phase.kind == "forward" and lt.batch_norm is not None):
        return text
    dead = int(lt.dead_units.sum())
    if dead:
        text += " " + (translate("Picture", "1 of its units is dead (z <= 0 on every example scanned), so it "
                                            "outputs 0.") if dead == 1 else
                       translate("Picture", "%n of its units are dead (z <= 0 on every example scanned), so they "
                                            "output 0.", None, dead))
    if lt.dropout_rate > 0.0:
        dropped = int((~lt.dropout_mask[b]).sum())
        scale = bp.keep_scale(lt)
        sentence = (translate("Picture", "Dropout (rate %1) removes %2 of its %5 for example %3 and scales the "
                                         "others by %4.") if scale > 0 else
                    translate("Picture", "Dropout (rate %1) removes %2 of its %5 for example %3."))
        text += " " + fill(sentence, fmt(lt.dropout_rate), dropped, b + 1, fmt(scale), _units(lt.units))
    return text


def loss_caption(trace: StepTrace) -> str:
    kind = trace.layers[-1].activation_name
    batch, k = trace.targets.shape
    if kind == "softmax":
        text = translate("Picture", "Loss: the prediction is compared with the target by %1, averaged over %n "
                                    "examples: L = %2.", None, batch)
        text = fill(text, loss_name(kind), fmt(trace.loss))
    else:
        text = (translate("Picture", "Loss: the prediction is compared with the target by %1, averaged over %n "
                                     "examples x 1 output: L = %2.", None, batch) if k == 1 else
                translate("Picture", "Loss: the prediction is compared with the target by %1, averaged over %n "
                                     "examples x %3 outputs: L = %2.", None, batch))
        text = fill(text, loss_name(kind), fmt(trace.loss), k)
    if trace.penalty:
        text += " " + fill(translate("Picture", "The regularization penalty %1 is added to it."), fmt(trace.penalty))
    return text


def _output_backward(kind: str) -> str:
    rule = {"sigmoid": "(p - y) / N", "softmax": "(p - y) / B", "linear": "2 (z - y) / N",
            "tanh": "(p - y)(1 - p^2) / N"}.get(kind, "")
    return fill(translate("Picture", "Backward pass: the loss's gradient enters the output layer: dL/dz = %1 for "
                                     "each output of each example (the loss is a mean, hence the division)."), rule)


def backward_caption(trace: StepTrace, phase: Phase, b: int) -> str:
    layer = phase.layer
    assert layer is not None
    lt = trace.layers[layer]
    if layer == len(trace.layers) - 1:
        return _output_backward(lt.activation_name)
    if lt.summary:
        dead = int(lt.dead_units.sum())
        if not dead:
            return _summary_sentence(lt, False)
        return _summary_sentence(lt, False) + " " + (
            translate("Picture", "1 of its channels is dead (z <= 0 at every position of every example) and "
                                 "passes no gradient.") if dead == 1 else
            translate("Picture", "%n of its channels are dead (z <= 0 at every position of every example) and "
                                 "pass no gradient.", None, dead))
    above, name = layer_label(trace.layers[layer + 1].name), layer_label(lt.name)
    slope = (translate("Picture", "1 (linear)") if lt.activation_name == "linear"
             else fill(translate("Picture", "%1's slope f'(z)"), _act_title(lt)))
    if trace.layers[layer + 1].batch_norm is not None:
        text = fill(translate("Picture", "Backward pass: the gradient flows back from %1 into %2 (through %1's "
                                         "batch norm): each unit adds up w·dL/dz over its outgoing edges and "
                                         "multiplies by %3."), above, name, slope)
    else:
        text = fill(translate("Picture", "Backward pass: the gradient flows back from %1 into %2: each unit adds up "
                                         "w·dL/dz over its outgoing edges and multiplies by %3."), above, name, slope)
    dead = int(lt.dead_units.sum())
    if dead:  # only ReLU units die: a leaky slope > 0 always lets some gradient through
        text += " " + (translate("Picture", "Its dead unit (f'(z) = 0) stops the gradient: nothing flows through "
                                            "it.") if dead == 1 else
                       translate("Picture", "Its %n dead units (f'(z) = 0) stop the gradient: nothing flows through "
                                            "them.", None, dead))
    if lt.dropout_rate > 0.0:
        dropped = int((~lt.dropout_mask[b]).sum())
        sentence = (translate("Picture", "The unit dropped for example %1 gets no gradient.") if dropped == 1 else
                    translate("Picture", "%n units dropped for example %1 get no gradient.", None, dropped))
        text += " " + fill(sentence, b + 1)
    if lt.batch_norm is not None:
        text += " " + translate("Picture", "Its own batch norm then passes the gradient to the weighted sums, mixing "
                                           "the batch's examples.")
    return text


def update_caption(trace: StepTrace) -> str:
    if trace.diverged:
        return translate("Picture", "Update: none. This step diverged (NaN or Inf), so the weights stay as they were.")
    rule = bp.update_rule(trace)
    lr = fmt(trace.learning_rate)
    if rule == "gradient":
        text = fill(translate("Picture", "Update: every weight and bias moves against its gradient by the learning "
                                         "rate %1 times dL/dw: w <- w - lr·dL/dw."), lr)
    elif rule == "optimizer":
        text = fill(translate("Picture", "Update: the optimizer moves every weight and bias (learning rate %1); its "
                                         "step is not simply -lr·dL/dw: it also uses earlier steps (momentum, Adam) "
                                         "or clipping."), lr)
    else:
        text = translate("Picture", "Update: nothing changes this step.")
    if trace.clipped:
        text += " " + fill(translate("Picture", "The gradients were clipped: their norm %1 was over the limit."),
                           fmt(trace.grad_norm))
    frozen = [layer_label(lt.name) for lt in trace.layers if lt.frozen]
    if frozen:
        text += " " + fill(translate("Picture", "Frozen, so unchanged: %1."), ", ".join(frozen))
    return text
