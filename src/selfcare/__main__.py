"""``python -m selfcare`` is the ``selfcare`` command."""

from selfcare.cli import main

main()
