"""Exchange formats: a registry of exporters (CSV, Anki, ...), no Qt."""
