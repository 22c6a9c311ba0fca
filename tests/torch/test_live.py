"""watch(..., live=True) end to end: a real `netviz follow` window process (offscreen) fed by a torch loop."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("PySide6")

from torch import nn  # noqa: E402

import netviz.torch as nt  # noqa: E402
from netviz.torch import live  # noqa: E402


def _wait_for(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _lines(path: Path) -> list[str]:
    return path.read_text().splitlines() if path.exists() else []


def _train(rec: nt.Recorder, model: nn.Module, steps: int) -> None:
    torch.manual_seed(0)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = nn.BCEWithLogitsLoss()
    for _ in range(steps):
        x = torch.randn(16, 2)
        y = (x[:, :1] * x[:, 1:] > 0).float()
        with rec.step(x, y):
            loss = loss_fn(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()


REAL_FOLLOW_COMMAND = live.follow_command


@pytest.fixture
def logged_window(monkeypatch, tmp_path: Path) -> Path:
    """The live window's command with --log: the log file it writes each received step to."""
    log = tmp_path / "window.log"
    monkeypatch.setattr(live, "follow_command", lambda name: [*REAL_FOLLOW_COMMAND(name), "--log", str(log)])
    return log


@pytest.fixture
def windows():
    """Processes of live windows, ended by their id after the test."""
    started: list[nt.Recorder] = []
    yield started
    for rec in started:
        if rec.live is not None and rec.live.process.poll() is None:
            os.kill(rec.live.process.pid, signal.SIGTERM)
            rec.live.process.wait(10)


def test_a_live_window_receives_the_steps_and_stays_open_after_the_script(logged_window: Path, windows):
    model = nn.Sequential(nn.Linear(2, 6), nn.ReLU(), nn.Linear(6, 1))
    rec = nt.watch(model, every=2, live=True, name="quadrants")
    windows.append(rec)
    assert rec.live is not None
    _train(rec, model, 10)  # steps 0, 2, ..., 8 recorded
    rec.close()
    _wait_for(lambda: "ended" in _lines(logged_window) or rec.live.process.poll() is not None, 60,
              "the window to see the end")
    assert _lines(logged_window) == ["step 0", "step 2", "step 4", "step 6", "step 8", "ended"]
    assert rec.live is not None and rec.live.sent == 5 and rec.live.dropped == 0
    time.sleep(0.5)
    assert rec.live.process.poll() is None, "the window closed when the script ended"


def test_closing_the_window_does_not_stop_training(logged_window: Path, windows, capfd):
    model = nn.Sequential(nn.Linear(2, 6), nn.Tanh(), nn.Linear(6, 1))
    rec = nt.watch(model, every=1, live=True)
    windows.append(rec)
    _train(rec, model, 2)
    _wait_for(lambda: "step 1" in _lines(logged_window), 60, "the first steps shown")
    assert rec.live is not None
    os.kill(rec.live.process.pid, signal.SIGTERM)  # the user closes the window
    rec.live.process.wait(10)
    _train(rec, model, 30)  # goes on: no exception, no wait
    _wait_for(lambda: rec.live is not None and rec.live.broken, 10, "the link to notice")
    _train(rec, model, 3)
    rec.close()
    assert len(rec.traces) == 35
    err = capfd.readouterr().err
    assert err.count("the window was closed; training goes on without it") == 1


def test_a_window_that_falls_behind_drops_steps_and_says_so_once(monkeypatch, capfd, tmp_path: Path):
    """A window that never reads (here: a process that sleeps): the queue fills, steps are
    dropped, training never waits."""
    monkeypatch.setattr(live, "follow_command", lambda name: ["sleep", "60"])
    model = nn.Sequential(nn.Linear(2, 64), nn.ReLU(), nn.Linear(64, 1))
    rec = nt.watch(model, every=1, live=True)
    try:
        started = time.monotonic()
        _train(rec, model, 60)
        assert time.monotonic() - started < 30
        assert rec.live is not None and rec.live.dropped > 0
        assert capfd.readouterr().err.count("the window is behind") == 1
    finally:
        assert rec.live is not None
        os.kill(rec.live.process.pid, signal.SIGTERM)
        rec.live.process.wait(10)
        rec.close()


def test_a_window_that_fails_to_start_is_reported_and_training_goes_on(monkeypatch, capfd):
    monkeypatch.setattr(live, "follow_command", lambda name: [sys.executable, "-c", "raise SystemExit(3)"])
    model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
    rec = nt.watch(model, every=1, live=True)
    _train(rec, model, 3)
    assert rec.live is not None
    rec.live.process.wait(20)  # it has failed: the next write finds the pipe broken
    _train(rec, model, 2)
    _wait_for(lambda: rec.live is not None and rec.live.broken, 20, "the link to notice")
    _train(rec, model, 2)
    rec.close()
    assert len(rec.traces) == 7
    assert "the live window stopped with exit status 3" in capfd.readouterr().err


def test_a_window_that_cannot_be_started_is_a_watch_error(monkeypatch):
    monkeypatch.setattr(live, "follow_command", lambda name: ["/nonexistent/netviz-python"])
    with pytest.raises(nt.WatchError, match="live: the netviz window could not be started"):
        nt.watch(nn.Sequential(nn.Linear(2, 1)), live=True)
