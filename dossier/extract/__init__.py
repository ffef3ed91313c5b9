"""Reading documents: turning each stored original into pages of text, metadata and attachments."""
