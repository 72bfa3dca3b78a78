// Module Store: see README.md for its role.
