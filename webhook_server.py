"""Start the selfcare server: ``python webhook_server.py`` (the same as ``selfcare serve``)."""

from selfcare.cli import main

if __name__ == "__main__":
    import sys

    sys.argv[1:1] = ["serve"]
    main()
