"""``python -m cleanarticle``: the same command as the ``cleanarticle`` console script."""

from .cli import main

raise SystemExit(main())
