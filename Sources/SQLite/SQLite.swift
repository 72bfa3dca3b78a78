// Module SQLite: see README.md for its role.
