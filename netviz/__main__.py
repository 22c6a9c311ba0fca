"""`python -m netviz` does what the `netviz` command does."""

from netviz.cli import main

raise SystemExit(main())
