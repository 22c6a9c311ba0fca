"""From training traces to what the picture shows: SceneState, and (later) the phases of a step. No Qt."""
