"""Paged output through Qt (QTextDocument, QPrinter): the renewal report as PDF, headless or from the GUI."""
