"""snapctl: snapshot a directory, keep the newest few, push them to a remote store."""
