"""The bundle's entry point: the same `netviz` command that pip installs (netviz.cli:main)."""

from netviz.cli import main

raise SystemExit(main())
