"""CI artifact store: build jobs upload files, people download them through signed links."""
