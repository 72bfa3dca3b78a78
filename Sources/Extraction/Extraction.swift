// Module Extraction: see README.md for its role.
