"""Code tables (CSV); see SOURCES.md."""
