"""Municipal noise-complaint desk."""
