"""Summary layers: a convolution or an embedding drawn as one node per channel.

A Conv1d/Conv2d output (B, C, *positions) and an Embedding output (B, *positions, C) both
have C channels (a conv's filters, an embedding's dimensions) spread over positions (the
pixels of a feature map, the tokens of a sequence). netviz draws one node per channel;
each (B, n) array of its LayerTrace is a summary over the channel's positions
(``LayerTrace.kind``), computed here from the full tensors the hooks captured.
"""

from __future__ import annotations

import numpy as np

CONV, EMBEDDING = "conv", "embedding"


def by_position(values: np.ndarray, kind: str, channels: int) -> np.ndarray:
    """(B, P, C): a layer's output (or its gradient) with its channels last, P positions.

    Both layouts are also what nn.Flatten makes of the output: channel-major for a conv
    (index c * P + p), channel-minor for an embedding (index p * C + c), so a flattened
    tensor is reshaped the same way."""
    batch = values.shape[0]
    if kind == CONV:
        return values.reshape(batch, channels, -1).transpose(0, 2, 1)
    return values.reshape(batch, -1, channels)


def rms(values: np.ndarray, axis: int | tuple[int, ...]) -> np.ndarray:
    return np.sqrt(np.square(values).mean(axis=axis))


def channel_mean(values: np.ndarray, kind: str, channels: int) -> np.ndarray:
    """(B, C) each example's mean over the channel's positions."""
    return by_position(values, kind, channels).mean(axis=1)


def channel_rms(values: np.ndarray, kind: str, channels: int) -> np.ndarray:
    """(B, C) each example's root mean square over the channel's positions."""
    return rms(by_position(values, kind, channels), axis=1)


def own_weights(weight: np.ndarray, kind: str) -> np.ndarray:
    """(n_in, n) edge values of a summary layer from its weight-shaped array (torch layout):
    a conv's (C_out, C_in, *kernel) gives the RMS of each kernel, transposed; an
    embedding's (vocabulary, C) the RMS of each column over the whole vocabulary (1, C)."""
    if kind == CONV:
        return rms(weight.reshape(weight.shape[0], weight.shape[1], -1), axis=2).T
    return rms(weight, axis=0)[None, :]


def rows_by_channel(weight: np.ndarray, kind: str, channels: int) -> np.ndarray:
    """(C, n) edge values of a dense layer fed by a flattened summary layer of ``kind``:
    ``weight`` is the dense layer's (n_in, n) array, n_in = C * P; each channel's rows
    (its P positions) give their RMS."""
    n = weight.shape[1]
    if kind == CONV:
        return rms(weight.reshape(channels, -1, n), axis=1)
    return rms(weight.reshape(-1, channels, n), axis=0)


def summary_inputs(a_prev: np.ndarray, kind: str) -> np.ndarray:
    """(B, n_inputs) the input column of a model that starts with a summary layer: a conv's
    input channels' means over their positions; an embedding's token ids' mean (one node)."""
    batch = a_prev.shape[0]
    if kind == CONV:
        return a_prev.reshape(batch, a_prev.shape[1], -1).mean(axis=2)
    return a_prev.reshape(batch, -1).mean(axis=1, keepdims=True)
