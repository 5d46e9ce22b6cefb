"""The two front doors: the FastAPI app and the ``eindex`` command line."""
