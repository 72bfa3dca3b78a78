// Module Ingestion: see README.md for its role.
