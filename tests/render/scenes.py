"""Scenes for the renderer's tests and benchmark, built from real engine traces."""

from __future__ import annotations

import numpy as np

from netviz.animation.choreography import settled_scene
from netviz.animation.options import SceneOptions
from netviz.animation.scene import SceneState
from netviz.engine import LayerSpec, Network, NetworkSpec


def scene_from_trace(trace, **options) -> SceneState:
    """The settled scene of a trace, with SceneOptions given by keyword."""
    return settled_scene(trace, SceneOptions(**options))


def circle_data(n: int = 64, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(n, 2) points in [-1, 1]^2 and (n, 1) labels: inside a circle or not."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, (n, 2))
    y = (np.hypot(x[:, 0], x[:, 1]) < 0.6).astype(float)[:, None]
    return x, y


def trained_network(hidden: list[LayerSpec], steps: int = 3, *, seed: int = 0, batch: int = 32,
                    learning_rate_steps: int | None = None, **spec_kw) -> tuple[Network, object]:
    """A network of the given hidden layers (2 inputs, 1 sigmoid output), after ``steps`` steps;
    returns it and the last step's trace."""
    net = Network(NetworkSpec(inputs=2, hidden=tuple(hidden), outputs=1, seed=seed, **spec_kw))
    x, y = circle_data(batch, seed)
    trace = None
    for _ in range(max(steps, 1)):
        trace = net.train_step(x, y)
    return net, trace


def mlp_scene(widths: list[int], *, activation: str = "relu", steps: int = 2, seed: int = 0,
              **scene_kw) -> SceneState:
    """Nodes coloured by gradient, edges by weight, for 2 inputs -> widths -> 1 output."""
    _, trace = trained_network([LayerSpec(w, activation) for w in widths], steps, seed=seed)
    scene_kw.setdefault("title", f"[2, {', '.join(map(str, widths))}, 1]")
    return scene_from_trace(trace, **scene_kw)


def vanishing_scene(steps: int = 5) -> SceneState:
    """Ten hidden sigmoid layers of 8: the gradient shrinks by orders of magnitude toward the input."""
    _, trace = trained_network([LayerSpec(8, "sigmoid") for _ in range(10)], steps, seed=1)
    return scene_from_trace(
        trace, title="Vanishing gradients",
        caption=("Ten hidden layers of sigmoid units. Each layer multiplies the gradient flowing back by the "
                 "sigmoid's slope, at most 0.25, so by the time it reaches the first layers almost nothing is "
                 "left: they barely change while the last layers learn."),
    )


def dead_dropout_scene(focus: tuple[int, int] | None = (2, 1)) -> tuple[SceneState, object]:
    """Three ReLU layers: hidden 1 has units killed by a large negative bias, hidden 2 drops
    half its units this step (dropout 0.5), hidden 3 is frozen; returns the scene and trace."""
    spec_hidden = [LayerSpec(8, "relu"), LayerSpec(8, "relu", dropout=0.5), LayerSpec(6, "relu", frozen=True)]
    net = Network(NetworkSpec(inputs=2, hidden=tuple(spec_hidden), outputs=1, seed=3, init="he"))
    w, b = net.get_weights(0)
    b = b.copy()
    b[[1, 4, 6]] = -50.0  # z < 0 for every input in [-1, 1]^2: dead
    net.set_weights(0, w, b)
    x, y = circle_data(32, 3)
    masks = [np.ones((32, 8), bool), np.ones((32, 8), bool), np.ones((32, 6), bool)]
    masks[1][:, [0, 3, 5, 7]] = False  # the same four units dropped for every example
    trace = net.train_step(x, y, dropout_masks=masks, dead_scan_x=x)
    scene = scene_from_trace(
        trace, title="Dead units and dropout", focus=focus,
        caption="Grey, crossed-out units are dead: their weighted sum is below 0 for every example. "
                "Hollow, dashed units are dropped for this step only.",
    )
    return scene, trace


def nan_scene() -> SceneState:
    """A diverged step: NaN and inf in node values, edges, gradient norms and the loss."""
    scene = mlp_scene([4, 4], steps=1)
    cols = list(scene.columns)
    from dataclasses import replace

    v = cols[1].values.copy()
    v[0], v[1] = np.nan, np.inf
    cols[1] = replace(cols[1], values=v, grad_norm=float("nan"))
    cols[2] = replace(cols[2], grad_norm=float("inf"), values=np.full(4, np.nan))
    edges = list(scene.edges)
    e = edges[1].values.copy()
    e[0, 0], e[1, 1], e[2, 2] = np.nan, np.inf, -np.inf
    edges[1] = replace(edges[1], values=e)
    return replace(scene, columns=tuple(cols), edges=tuple(edges), loss=float("nan"),
                   banner="Training diverged: the loss is NaN. Lower the learning rate and reset.",
                   node_range=(float("nan"), 2.0), edge_range=float("nan"))


def saturated_scene() -> tuple[SceneState, object]:
    """Two tanh layers: units 0, 2 and 5 of hidden 1 pushed far out by a bias of +-40, so that
    tanh'(z) is about 0 on every example (saturated), the others in the slope's middle."""
    net = Network(NetworkSpec(inputs=2, hidden=(LayerSpec(6, "tanh"), LayerSpec(4, "tanh")), outputs=1, seed=5))
    w, b = net.get_weights(0)
    b = b.copy()
    b[[0, 2]] = 40.0
    b[5] = -40.0
    net.set_weights(0, w, b)
    x, y = circle_data(32, 5)
    trace = net.train_step(x, y, dead_scan_x=x)
    scene = scene_from_trace(trace, title="Saturated units", caption="Ringed twice: saturated, f'(z) about 0.")
    return scene, trace
