"""The Qt interface: main window, network view, plots, controls, and the training worker on a QThread."""
