"""``python -m incidents``: the same command line as the ``incidents`` script."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())
