"""Cycles are collected by a GUI-thread timer, with the interpreter's thresholds, never automatically."""

import gc
import weakref

from netviz.ui.gui_gc import GuiThreadCollector


class Node:
    def __init__(self):
        self.me = self  # a cycle: only the cycle collector frees it


def test_automatic_collection_goes_off_and_the_timer_collects_past_the_threshold(qapp):
    gc.enable()
    collector = GuiThreadCollector(1000)
    try:
        assert not gc.isenabled() and collector.timer.isActive()
        gc.collect()
        node = Node()
        gone = weakref.ref(node)
        del node
        collector.check()  # generation 0 holds a few objects, under its threshold: nothing collected
        assert gone() is not None
        garbage = [[] for _ in range(collector.thresholds[0] + 1)]  # tracked objects past the threshold
        collector.check()
        assert gone() is None
        del garbage
    finally:
        collector.timer.stop()

