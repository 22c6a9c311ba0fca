"""From training traces to what the picture shows, frame by frame. No Qt.

- ``scene``: SceneState and its parts, the plain data the renderer draws, and ``scenes_equal``.
- ``options``: SceneOptions, what to show (focus, quantities, ranges, example, text, graph).
- ``phases``: the phases of one step (Phase, ``phases_of``), their timing (TimingSettings,
  ``schedule`` -> Timeline, ``Timeline.locate``) and easing.
- ``choreography``: the one scene builder: ``settled_scene(trace, options)``, the settled
  picture of a step, and ``scene_at(trace, phase_index, progress, options)``, one moment of its animation.
- ``captions``: each phase in plain words, and the focused unit's equations with the step's numbers.
- ``compgraph``: the focused unit expanded into its computational graph.
- ``backprop``: the intermediate numbers of backpropagation, read from a trace.
- ``history``: the recorded steps, a ring buffer under a memory ceiling (the timeline slider).
- ``view_model``: what the window shows (step, phase view, focus, display, banner), apart from Qt;
  ``banner_text``, the divergence banner of the window and the export.
- ``view_options``: DisplayOptions, ViewState and ``build_scene``, the one call to the scene builders.
- ``heatmaps``: every node's output over a grid of the input plane (output maps).
"""
