"""The PySide6 desktop window: a thin layer over the core. The only package that imports Qt."""
