"""The live link: a netviz window started beside the user's training script, fed each recorded trace.

``LiveLink(name, layer_names)`` starts ``python -m netviz follow`` as a child process and
writes the ``netviz.engine.trace_stream`` frames to its standard input (a pipe: local to
the machine, owned by this process alone, nothing to find or to guard with a token).
``send(trace)`` never blocks the training loop: traces wait in a short queue that a writer
thread empties into the pipe; when the window is behind and the queue is full, the trace is
dropped (said once on stderr). A window that was closed or failed makes the pipe break: the
link stops sending (said once) and training goes on. ``close()`` sends the end message and
waits at most ``CLOSE_WAIT_S`` for the queue to drain; the window stays open on the last step.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from typing import IO

from netviz.engine.trace import StepTrace
from netviz.engine.trace_stream import encode_end, encode_hello, encode_trace

QUEUE_TRACES = 8  # traces waiting for the window; more are dropped (the window is behind)
CLOSE_WAIT_S = 5.0
_STOP = object()


def follow_command(name: str) -> list[str]:
    """The window's command line: this Python, netviz's ``follow`` subcommand."""
    return [sys.executable, "-m", "netviz", "follow", "--name", name]


class LiveLink:
    """Sends traces to a window in a child process; ``say`` reports trouble (once per kind)."""

    def __init__(self, name: str, layer_names: Sequence[str], *, command: Sequence[str] | None = None,
                 say: Callable[[str], None] | None = None):
        self.name = name
        self._say = say or (lambda text: print(text, file=sys.stderr, flush=True))
        self._said: set[str] = set()
        self.sent = 0  # traces written to the pipe
        self.dropped = 0  # traces dropped because the window was behind
        self.broken = False  # the window went away: nothing more is sent
        env = dict(os.environ)
        # The child must find the same netviz as this script (a source checkout included).
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_netviz_root(), env.get("PYTHONPATH", "")) if p)
        self.process = subprocess.Popen(
            list(command or follow_command(name)), stdin=subprocess.PIPE, env=env,
            # Its own session: Ctrl-C in the script's terminal stops the script, not the window.
            start_new_session=True)
        stdin = self.process.stdin
        assert stdin is not None
        self._pipe: IO[bytes] = stdin
        self._queue: queue.Queue[object] = queue.Queue(QUEUE_TRACES)
        self._queue.put(encode_hello(name, tuple(layer_names)))
        # A daemon: a window that stops reading must never keep the script from exiting.
        self._writer = threading.Thread(target=self._write_loop, name="netviz live link", daemon=True)
        self._writer.start()

    def send(self, trace: StepTrace) -> bool:
        """Queue ``trace`` for the window; False if it was dropped (the window is behind or gone)."""
        if self.broken:
            return False
        try:
            self._queue.put_nowait(trace)
        except queue.Full:
            self.dropped += 1
            self._once("behind", "netviz: the window is behind; some recorded steps are not shown live")
            return False
        return True

    def close(self, wait_s: float = CLOSE_WAIT_S) -> None:
        """Send the end message (after the traces queued) and wait up to ``wait_s`` for them."""
        if not self.broken:
            try:
                self._queue.put(encode_end(), timeout=wait_s)
                self._queue.put(_STOP, timeout=wait_s)
            except queue.Full:
                pass
        self._writer.join(wait_s)

    def _write_loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                break
            try:
                # Encoded here, off the training thread: a trace is immutable.
                data = encode_trace(item) if isinstance(item, StepTrace) else item
                assert isinstance(data, bytes)
                self._pipe.write(data)
                self._pipe.flush()
            except (BrokenPipeError, ConnectionError, OSError, ValueError):
                self.broken = True
                self._report_gone()
                break
            if isinstance(item, StepTrace):
                self.sent += 1
        try:
            self._pipe.close()
        except OSError:
            pass

    def _report_gone(self) -> None:
        """Say once why nothing more is sent: the window was closed, or it failed."""
        try:
            code = self.process.wait(timeout=2.0)
        except subprocess.TimeoutExpired:
            code = None
        if code in (None, 0) or (code is not None and code < 0):  # closed, or ended by a signal
            self._once("closed", "netviz: the window was closed; training goes on without it")
        else:
            self._once("closed", f"netviz: the live window stopped with exit status {code} (see its message "
                                 "above); training goes on without it")

    def _once(self, key: str, text: str) -> None:
        if key not in self._said:
            self._said.add(key)
            self._say(text)


def _netviz_root() -> str:
    import netviz

    return os.path.dirname(os.path.dirname(os.path.abspath(netviz.__file__)))
