"""The numpy training engine: networks, steps and their traces, data sets and lessons. No Qt."""

from .dataset_types import Dataset
from .network import Network
from .spec import LayerSpec, NetworkSpec, OptimizerSpec, SpecError, TrainSpec
from .trace import BatchNormTrace, LayerTrace, StepTrace

__all__ = [
    "BatchNormTrace",
    "Dataset",
    "LayerSpec",
    "LayerTrace",
    "Network",
    "NetworkSpec",
    "OptimizerSpec",
    "SpecError",
    "StepTrace",
    "TrainSpec",
]
