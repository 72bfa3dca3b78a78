// Module API: see README.md for its role.
