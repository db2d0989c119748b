"""docsign: upload a document, invite signers, collect signatures, seal it."""
