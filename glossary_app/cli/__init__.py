"""Command-line interface over the core (no Qt unless the GUI is asked for)."""
