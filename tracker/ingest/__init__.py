"""Ingestion: contract files (txt, pdf, docx, md, html) to a clean Document with its 条/項/号 tree."""
