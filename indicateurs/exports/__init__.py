"""Codings leave the site here: CSV, XLSX and REFI-QDA, always with pseudonymised text."""
