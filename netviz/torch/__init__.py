"""The PyTorch bridge: watch a user's own MLP train and record netviz StepTraces. No Qt.

    rec = netviz.torch.watch(model, nn.BCEWithLogitsLoss(), every=10, optimizer=opt)
    for x, y in batches:
        with rec.step(x, y):
            loss = loss_fn(model(x), y)
            opt.zero_grad(); loss.backward(); opt.step()
    rec.traces  # the recorded StepTraces; rec.on_trace(fn) hands each one on as it is made

Needs PyTorch (``pip install "netviz[torch]"``). See docs/torch.md.
"""

from .recorder import Recorder, watch
from .structure import WatchError

__all__ = ["Recorder", "WatchError", "watch"]
